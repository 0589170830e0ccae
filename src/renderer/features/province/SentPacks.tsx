import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { everyOffice } from '../../../shared/exchange/envelope';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { useCurrentPerson } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { ComposePack } from './ComposePack';
import type { SentPack } from './compose-model';
import { useComposePacks, type KnownRegency } from './compose-store';

/** Who may compose and send: the people who approve posts (the API checks it again). */
const senderRoles = new Set(['approver', 'admin']);

/** "Paket ke kabupaten/kota": the packs sent, "Buat paket", and the composer when open. */
export function SentPacks() {
  const { t } = useTranslation();
  const { status, sent, regencies, loadError, notice, draft } = useComposePacks();
  const person = useCurrentPerson();
  const maySend = person !== null && senderRoles.has(person.role);

  useEffect(() => {
    void useComposePacks.getState().load();
  }, []);

  if (draft) return <ComposePack />;
  if (status === 'error') {
    return (
      <LoadProblem
        message={loadError ?? t('provinceSend.list.loadFailed')}
        onRetry={() => void useComposePacks.getState().load()}
      />
    );
  }
  if (status !== 'ready') return null;
  return (
    <div className="sent-packs">
      {notice && (
        <div className="province-screen__notice" role="status">
          <span>{t('provinceSend.list.sentNotice', { ...notice })}</span>
          <button
            type="button"
            className="button"
            onClick={() => useComposePacks.getState().dismissNotice()}
          >
            {t('provinceSend.list.closeNotice')}
          </button>
        </div>
      )}
      {regencies.length === 0 ? (
        <EmptyState title={t('provinceSend.list.noRegencies.title')}>
          {t('provinceSend.list.noRegencies.body')}
        </EmptyState>
      ) : (
        maySend && (
          <div className="sent-packs__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => useComposePacks.getState().startNew()}
            >
              {t('provinceSend.list.create')}
            </button>
          </div>
        )
      )}
      {sent.length === 0
        ? regencies.length > 0 && (
            <EmptyState title={t('provinceSend.list.empty.title')}>
              {t('provinceSend.list.empty.body')}
            </EmptyState>
          )
        : sent.map((entry) => (
            <SentPackCard
              key={entry.pack.packId}
              sent={entry}
              regencies={regencies}
              maySend={maySend && regencies.length > 0}
            />
          ))}
    </div>
  );
}

function SentPackCard({
  sent,
  regencies,
  maySend,
}: {
  sent: SentPack;
  regencies: KnownRegency[];
  maySend: boolean;
}) {
  const { t, i18n } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const { pack } = sent;
  const when = (instant: string) => {
    const parts = localParts(instant, zone);
    return `${longDate(parts.date, i18n.language)} ${displayTime(parts.time, i18n.language)}`;
  };
  const names = new Map(regencies.map((office) => [office.code, office.name]));
  const recipients = sent.recipients.includes(everyOffice)
    ? t('provinceSend.list.everyone')
    : sent.recipients.map((code) => names.get(code) ?? code).join(', ');
  const headingId = `sent-pack-${pack.packId}`;
  return (
    <article className="pack-card" aria-labelledby={headingId}>
      <header className="pack-card__header">
        <h2 id={headingId}>{pack.title}</h2>
        <p className="pack-card__meta">
          {t('provinceSend.list.meta', {
            version: pack.version,
            sentAt: when(sent.sentAt),
            deadline: when(pack.deadline),
          })}
        </p>
        <p className="pack-card__meta">
          {t('provinceSend.list.recipients', { names: recipients })}
        </p>
        {pack.instructions && <p className="pack-card__instructions">{pack.instructions}</p>}
      </header>
      <p className="pack-card__meta">
        {t('provinceSend.list.items', { count: pack.items.length })}
      </p>
      <ul className="sent-packs__items">
        {pack.items.map((item) => (
          <li key={item.itemId}>
            {item.title} — {longDate(item.suggestedDate, i18n.language)}
            {item.suggestedTime && ` ${displayTime(item.suggestedTime, i18n.language)}`}
          </li>
        ))}
      </ul>
      {maySend && (
        <button
          type="button"
          className="button"
          aria-label={t('provinceSend.list.newVersionOf', { title: pack.title })}
          onClick={() => useComposePacks.getState().startVersion(pack.packId)}
        >
          {t('provinceSend.list.newVersion')}
        </button>
      )}
    </article>
  );
}
