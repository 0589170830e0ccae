import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityLogEntry } from '../../../../shared/domain/accounts';
import { usePeople } from '../../../stores/collections';
import { downloadText } from './download-text';
import { clientWords, detailWords, logTime, securityLogFileName } from './log-words';
import { securityLogShown, useSecurity } from './store';

/** The security log, newest first, and "Ekspor CSV" (the whole log, from the host). */
export function SecurityLogTable({ entries, zone }: { entries: SecurityLogEntry[]; zone: string }) {
  const { t, i18n } = useTranslation();
  const exportCsv = useSecurity((state) => state.exportCsv);
  const people = usePeople((state) => state.rows);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const nameOf = (entry: SecurityLogEntry) =>
    people.find((person) => person.id === entry.personId)?.name;

  const download = async () => {
    setNotice(null);
    const reply = await exportCsv();
    if (!reply.ok) return setNotice({ kind: 'error', text: reply.error.message });
    const file = securityLogFileName(zone);
    downloadText(file, reply.value.csv, 'text/csv;charset=utf-8');
    setNotice({ kind: 'done', text: t('accounts.security.exported', { file }) });
  };

  return (
    <div className="security-log">
      <div className="security-log__toolbar">
        <button type="button" className="button" onClick={() => void download()}>
          {t('accounts.security.exportCsv')}
        </button>
        <span role="status">{notice?.kind === 'done' ? notice.text : ''}</span>
        {entries.length >= securityLogShown && (
          <span>{t('accounts.security.logShown', { count: securityLogShown })}</span>
        )}
      </div>
      {notice?.kind === 'error' && (
        <p className="form-error" role="alert">
          {notice.text}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="list-empty">{t('accounts.security.logEmpty')}</p>
      ) : (
        <div
          className="security-log__wrap"
          tabIndex={0}
          role="region"
          aria-label={t('accounts.security.logCaption')}
        >
          <table>
            <caption className="visually-hidden">{t('accounts.security.logCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.security.columns.time')}</th>
                <th scope="col">{t('accounts.security.columns.event')}</th>
                <th scope="col">{t('accounts.security.columns.person')}</th>
                <th scope="col">{t('accounts.security.columns.actor')}</th>
                <th scope="col">{t('accounts.security.columns.client')}</th>
                <th scope="col">{t('accounts.security.columns.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const name = nameOf(entry);
                return (
                  <tr key={entry.num}>
                    <td className="security-log__time">{logTime(entry.at, zone, i18n.language)}</td>
                    <td>{t(`accounts.security.events.${entry.event}`)}</td>
                    <td>{name ? `${name} (${entry.userName})` : entry.userName}</td>
                    <td>{entry.actor}</td>
                    <td>{clientWords(entry.client, t)}</td>
                    <td>{detailWords(entry, t)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
