import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConnectedSession,
  HostStatus,
  HostWarning,
} from '../../../../shared/domain/host-status';
import { ModalDialog } from '../../../components/Dialog';
import { LoadProblem } from '../../../components/LoadProblem';
import { useIsAdmin } from '../../../stores/session';
import { formatBytes, formatCount } from '../../assets/format';
import { clientWords, logTime } from '../security/log-words';
import { refreshEveryMs, uptimeWords } from './model';
import { useHostStatus } from './store';
import '../accounts/accounts.css';
import './host-status.css';

/**
 * Settings › Status komputer kantor (administrators): what needs attention, the computer's
 * figures, and who is connected, with "Keluarkan" per session. It reads the host when opened,
 * on "Muat ulang", and every 10 s while it stays open.
 */
export function HostStatusSection({ zone }: { zone: string }) {
  const { t, i18n } = useTranslation();
  const isAdmin = useIsAdmin();
  const { status, phase, loadError, load } = useHostStatus();

  useEffect(() => {
    if (!isAdmin) return;
    const refresh = () => void useHostStatus.getState().load();
    refresh();
    const timer = window.setInterval(refresh, refreshEveryMs);
    return () => window.clearInterval(timer);
  }, [isAdmin]);

  if (!isAdmin) return <p className="list-empty">{t('hostStatus.adminOnly')}</p>;
  if (phase === 'error' && !status)
    return <LoadProblem message={loadError?.message ?? ''} onRetry={() => void load()} />;
  if (!status) return null;

  return (
    <div className="host-status">
      <div className="host-status__toolbar">
        <button type="button" className="button" onClick={() => void load()}>
          {t('hostStatus.reload')}
        </button>
        <span className="host-status__checked">
          {t('hostStatus.checkedAt', { time: logTime(status.checkedAt, zone, i18n.language) })}
        </span>
        {phase === 'error' && loadError && (
          <span className="form-error" role="alert">
            {loadError.message}
          </span>
        )}
      </div>
      <Warnings warnings={status.warnings} zone={zone} />
      <Facts status={status} zone={zone} />
      <Sessions sessions={status.sessions} zone={zone} />
    </div>
  );
}

function Warnings({ warnings, zone }: { warnings: HostWarning[]; zone: string }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  const words = (warning: HostWarning) => {
    switch (warning.code) {
      case 'diskLow':
        return t('hostStatus.warnings.diskLow', {
          free: formatBytes(warning.free, i18n.language),
          total: formatBytes(warning.total, i18n.language),
        });
      case 'backupOld':
        return t('hostStatus.warnings.backupOld', {
          when: logTime(warning.at, zone, i18n.language),
        });
      case 'backupNone':
        return t('hostStatus.warnings.backupNone');
    }
  };
  return (
    <section className="host-status__warnings" aria-label={t('hostStatus.warningsLabel')}>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.code}>{words(warning)}</li>
        ))}
      </ul>
    </section>
  );
}

function Facts({ status, zone }: { status: HostStatus; zone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const uptime = uptimeWords(status.uptimeSeconds);
  const rows: [string, string][] = [
    [t('hostStatus.version'), status.version],
    [
      t('hostStatus.runningSince'),
      t('hostStatus.runningFor', {
        since: logTime(status.startedAt, zone, language),
        duration: t(`hostStatus.duration.${uptime.key}`, uptime.params),
      }),
    ],
    [
      t('hostStatus.disk'),
      status.disk
        ? t('hostStatus.diskFree', {
            free: formatBytes(status.disk.free, language),
            total: formatBytes(status.disk.total, language),
          })
        : t('hostStatus.diskUnknown'),
    ],
    [t('hostStatus.database'), formatBytes(status.databaseBytes, language)],
    [
      t('hostStatus.lastBackup'),
      status.lastBackup
        ? t('hostStatus.lastBackupValue', {
            when: logTime(status.lastBackup.createdAt, zone, language),
            size: formatBytes(status.lastBackup.bytes, language),
            name: status.lastBackup.name,
          })
        : t('hostStatus.noBackup'),
    ],
    [
      t('hostStatus.assets'),
      t('hostStatus.assetsValue', {
        count: formatCount(status.assets.count, language),
        size: formatBytes(status.assets.bytes, language),
      }),
    ],
  ];
  return (
    <dl className="host-status__facts" aria-label={t('hostStatus.factsLabel')}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Sessions({ sessions, zone }: { sessions: ConnectedSession[]; zone: string }) {
  const { t, i18n } = useTranslation();
  const [ending, setEnding] = useState<ConnectedSession | null>(null);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const titleId = useId();

  const end = async (session: ConnectedSession) => {
    setEnding(null);
    const reply = await useHostStatus.getState().endSession(session);
    setNotice(
      reply.ok
        ? { kind: 'done', text: t('hostStatus.ended', { name: session.name }) }
        : { kind: 'error', text: reply.error.message },
    );
  };

  return (
    <div className="security-block">
      <h3>{t('hostStatus.sessionsTitle')}</h3>
      <p role="status">{notice?.kind === 'done' ? notice.text : ''}</p>
      {notice?.kind === 'error' && (
        <p className="form-error" role="alert">
          {notice.text}
        </p>
      )}
      {sessions.length === 0 ? (
        <p className="list-empty">{t('hostStatus.noSessions')}</p>
      ) : (
        <div
          className="security-log security-log__wrap"
          tabIndex={0}
          role="region"
          aria-label={t('hostStatus.sessionsTitle')}
        >
          <table>
            <caption className="visually-hidden">{t('hostStatus.sessionsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hostStatus.columns.name')}</th>
                <th scope="col">{t('hostStatus.columns.role')}</th>
                <th scope="col">{t('hostStatus.columns.client')}</th>
                <th scope="col">{t('hostStatus.columns.signedInAt')}</th>
                <th scope="col">{t('hostStatus.columns.lastActivity')}</th>
                <th scope="col">{t('hostStatus.columns.live')}</th>
                <th scope="col">{t('hostStatus.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.ref}>
                  <th scope="row">{session.name}</th>
                  <td>{t(`people.roles.${session.role}`)}</td>
                  <td>{clientWords(session.client, t)}</td>
                  <td className="security-log__time">
                    {logTime(session.signedInAt, zone, i18n.language)}
                  </td>
                  <td className="security-log__time">
                    {logTime(session.lastActivityAt, zone, i18n.language)}
                  </td>
                  <td>
                    {session.liveStreams > 0 ? t('hostStatus.live') : t('hostStatus.notLive')}
                  </td>
                  <td>
                    {session.own ? (
                      t('hostStatus.ownSession')
                    ) : (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('hostStatus.endSessionLabel', { name: session.name })}
                        onClick={() => {
                          setNotice(null);
                          setEnding(session);
                        }}
                      >
                        {t('hostStatus.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ending && (
        <ModalDialog
          className="settings-dialog"
          labelledBy={titleId}
          onClose={() => setEnding(null)}
        >
          <h2 id={titleId}>{t('hostStatus.confirmTitle', { name: ending.name })}</h2>
          <p className="settings-dialog__body">
            {t('hostStatus.confirmBody', {
              name: ending.name,
              client: clientWords(ending.client, t),
            })}
          </p>
          <div className="settings-dialog__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void end(ending)}
            >
              {t('hostStatus.confirm')}
            </button>
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={() => setEnding(null)}
            >
              {t('hostStatus.cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
