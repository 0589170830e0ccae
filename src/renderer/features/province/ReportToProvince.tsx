import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMayCall } from '../../../shared/api/methods/define';
import { provinceMethods } from '../../../shared/api/methods/province';
import { monthBefore } from '../../../shared/domain/report';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { rekapMonthName } from '../../../shared/report/rekap';
import { shiftPeriod } from '../../../shared/report/format';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { Dialog } from '../../components/Dialog';
import { Section } from '../../components/Section';
import { useSession } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { currentMonth } from '../report/model';
import { useReportSending } from './send-store';

/** The months one may send: this month and the eleven before it, newest first. */
const monthsUpTo = (month: string): string[] =>
  Array.from({ length: 12 }, (_, i) => shiftPeriod(month, -i));

/**
 * "Laporan ke provinsi" for a regency or city: pick the month (last month first), send it after
 * a confirmation that names the month and the province, and see when each month was last sent.
 */
export function ReportToProvince() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const { province, reports, sending, sent, error } = useReportSending();
  // Sending is an approver's or administrator's step (the contract says who).
  const maySend = useSession((state) =>
    state.signedIn
      ? roleMayCall(provinceMethods['province.sendReport'].access, state.signedIn.person.role)
      : false,
  );
  const thisMonth = currentMonth(zone);
  const months = useMemo(() => monthsUpTo(thisMonth), [thisMonth]);
  const [month, setMonth] = useState(() => monthBefore(thisMonth));
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void useReportSending.getState().load();
  }, []);

  const name = (m: string) => rekapMonthName(m, locale);
  const when = (instant: string) => {
    const { date, time } = localParts(instant, zone);
    return { date: longDate(date, i18n.language), time: displayTime(time, i18n.language) };
  };
  const provinceName = province
    ? (province.name ?? t('province.send.unknownProvince', { code: province.code }))
    : '';
  const last = reports.find((r) => r.month === month);

  return (
    <Section title={t('province.send.title')} description={t('province.send.intro')}>
      <div className="report-send">
        <label className="field">
          <span>{t('province.send.month')}</span>
          <select value={month} onChange={(event) => setMonth(event.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {name(m)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--primary"
          disabled={sending !== null || !maySend}
          onClick={() => setConfirming(true)}
        >
          {t('province.send.button', { month: name(month) })}
        </button>
      </div>
      {!maySend && <p className="muted">{t('province.send.notAllowed')}</p>}
      <p className="report-send__status" role="status">
        {sending && t('province.send.sending')}
        {sent && t('province.send.sent', { month: name(sent.month), ...when(sent.sentAt) })}
        {!sending && !sent && !last && t('province.send.notSent')}
      </p>
      {error && (
        <p className="notice notice--warning" role="alert">
          {error}
        </p>
      )}
      <h3>{t('province.send.history')}</h3>
      {reports.length === 0 ? (
        <p>{t('province.send.historyEmpty')}</p>
      ) : (
        <ul className="report-send__history">
          {reports.map((r) => (
            <li key={r.month}>
              {r.times > 1
                ? t('province.send.lastSentMany', {
                    month: name(r.month),
                    count: r.times,
                    ...when(r.sentAt),
                  })
                : t('province.send.lastSent', { month: name(r.month), ...when(r.sentAt) })}
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog
          title={t('province.send.confirmTitle')}
          onClose={() => setConfirming(false)}
          onSubmit={() => {
            setConfirming(false);
            void useReportSending.getState().send(month);
          }}
          actions={
            <>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('province.send.cancel')}
              </button>
              <button type="submit" className="button button--primary">
                {t('province.send.confirm')}
              </button>
            </>
          }
        >
          <p>
            {t('province.send.confirmBody', {
              month: name(month),
              province: provinceName || t('province.send.unknownProvince', { code: '–' }),
            })}
          </p>
        </Dialog>
      )}
    </Section>
  );
}
