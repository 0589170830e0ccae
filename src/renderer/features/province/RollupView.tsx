import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDecimal, formatRate } from '../../../shared/report/format';
import { rekapMonthName } from '../../../shared/report/rekap';
import { DocumentExportBar } from '../../components/DocumentExportBar';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { useRollup, type Rollup } from './rollup-store';

type Row = Rollup['regencies'][number];
type Figures = Row['current'];

/** Rekap provinsi: regencies ranked on pack adoption and speed, then who carried each item. */
export function RollupView() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const { month, status, rollup, error, exporting } = useRollup();
  useEffect(() => {
    void useRollup.getState().show(useRollup.getState().month);
  }, []);
  const monthName = rekapMonthName(month, locale);
  const withPrevious = (
    row: Row,
    pick: (f: Figures) => number | null,
    show: (v: number | null) => string,
  ) => (
    <>
      {show(pick(row.current))}
      {row.previous && (
        <span className="rollup__previous">
          {t('province.rollup.previous', { value: show(pick(row.previous)) })}
        </span>
      )}
    </>
  );
  return (
    <div className="rollup">
      <div className="rollup__period" role="group" aria-label={t('province.rollup.period')}>
        <button
          type="button"
          onClick={() => useRollup.getState().step(-1)}
          aria-label={t('province.rollup.earlier')}
        >
          ‹
        </button>
        <h2>{monthName}</h2>
        <button
          type="button"
          onClick={() => useRollup.getState().step(1)}
          aria-label={t('province.rollup.later')}
        >
          ›
        </button>
      </div>
      {status === 'error' ? (
        <LoadProblem
          message={error ?? t('province.loadFailed')}
          onRetry={() => void useRollup.getState().show(month)}
        />
      ) : rollup && rollup.regencies.length === 0 ? (
        <EmptyState title={t('province.rollup.empty.title')} headingLevel={3}>
          {t('province.rollup.empty.body')}
        </EmptyState>
      ) : rollup ? (
        <>
          <table className="rollup__table">
            <caption>{t('province.rollup.caption', { month: monthName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('province.rollup.rank')}</th>
                <th scope="col">{t('province.rollup.regency')}</th>
                <th scope="col">{t('province.rollup.report')}</th>
                <th scope="col">{t('province.rollup.adoption')}</th>
                <th scope="col">{t('province.rollup.hours')}</th>
                <th scope="col">{t('province.rollup.planRate')}</th>
                <th scope="col">{t('province.rollup.onTime')}</th>
                <th scope="col">{t('province.rollup.reach')}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.regencies.map((row) => (
                <tr key={row.code}>
                  <td>{row.rank}</td>
                  <th scope="row">
                    {row.name} <span className="rollup__code">{row.code}</span>
                  </th>
                  <td className={`rollup__state rollup__state--${row.report.state}`}>
                    {t(`province.rollup.state.${row.report.state}`)}
                  </td>
                  <td>
                    {t('province.rollup.adopted', {
                      adopted: row.current.itemsAdopted,
                      sent: row.current.itemsSent,
                      share: formatRate(row.current.adoptionShare, locale),
                    })}
                  </td>
                  <td>
                    {withPrevious(
                      row,
                      (f) => f.medianHoursToPublication,
                      (v) => formatDecimal(v, locale),
                    )}
                  </td>
                  <td>
                    {withPrevious(
                      row,
                      (f) => f.planRate,
                      (v) => formatRate(v, locale),
                    )}
                  </td>
                  <td>
                    {withPrevious(
                      row,
                      (f) => f.onTimeRate,
                      (v) => formatRate(v, locale),
                    )}
                  </td>
                  <td>
                    {withPrevious(
                      row,
                      (f) => f.reach,
                      (v) => formatCount(v, locale),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <DocumentExportBar
            verb="download"
            exporting={exporting}
            onExport={(format) => void useRollup.getState().exportAs(format)}
          />
          <h3>{t('province.rollup.itemsTitle')}</h3>
          {rollup.items.length === 0 ? (
            <p>{t('province.rollup.noItems')}</p>
          ) : (
            <ul className="rollup__items">
              {rollup.items.map((item) => (
                <li key={item.itemId}>
                  <strong>{item.title}</strong>{' '}
                  <span className="rollup__code">{item.packTitle}</span>
                  <ul>
                    {item.carriers.map((carrier) => (
                      <li key={carrier.code}>
                        {carrier.publications.length > 0
                          ? t('province.rollup.carried', {
                              name: carrier.name,
                              platforms: carrier.publications
                                .map((p) => t(`channels.platforms.${p.platform}`))
                                .join(', '),
                              hours: formatDecimal(carrier.hoursToPublication, locale),
                            })
                          : carrier.adopted
                            ? t('province.rollup.adoptedOnly', { name: carrier.name })
                            : t('province.rollup.notAdopted', { name: carrier.name })}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
