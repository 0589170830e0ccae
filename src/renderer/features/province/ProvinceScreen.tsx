import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../shared/domain/channels';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { ScreenHeader } from '../../components/ScreenHeader';
import { routeHash } from '../../navigation/routes';
import { navigate } from '../../navigation/use-route';
import { useOfficeIdentity } from '../../stores/office-identity';
import { useSettings } from '../../stores/settings';
import { useCalendar } from '../calendar/store';
import { PackItemRow } from './PackItemRow';
import { ProvinceHome } from './ProvinceHome';
import { ReportToProvince } from './ReportToProvince';
import { useProvincePacks, type ReceivedPack } from './store';
import './province.css';

/**
 * The province screen: a province's Rekap over its regencies and cities and the packs it sends
 * them (ProvinceHome); for a regency or city, the packs its province sent and its monthly report
 * to the province; before this office has an exchange identity, where to set it up (the
 * navigation does not list the screen then).
 */
export function ProvinceScreen() {
  const level = useOfficeIdentity((state) => state.level);
  useEffect(() => {
    void useOfficeIdentity.getState().load();
  }, []);
  if (level === 'loading') return null;
  if (level === null) return <NotSetUp />;
  if (level === 'provinsi') return <ProvinceHome />;
  return <PacksScreen />;
}

/** `#/provinsi` opened before the exchange is set up: say where to set it up. */
function NotSetUp() {
  const { t } = useTranslation();
  return (
    <section className="province-screen">
      <ScreenHeader title={t('nav.province')} />
      <EmptyState
        title={t('province.notSetUp.title')}
        action={
          <a
            className="button button--primary"
            href={routeHash({ screen: 'settings', section: 'exchange' })}
          >
            {t('province.notSetUp.link')}
          </a>
        }
      >
        {t('province.notSetUp.body')}
      </EmptyState>
    </section>
  );
}

/** "Paket dari Provinsi": what the province asked this office to carry, item by item. */
function PacksScreen() {
  const { t } = useTranslation();
  const { status, packs, error, adopted } = useProvincePacks();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);

  useEffect(() => {
    void useProvincePacks.getState().load();
  }, []);

  const openDraft = (postId: string, scheduledAt: string | null) => {
    const calendar = useCalendar.getState();
    if (scheduledAt) calendar.goTo(localParts(scheduledAt, zone).date);
    calendar.openPost(postId);
    navigate({ screen: 'calendar' });
  };

  return (
    <section className="province-screen">
      <ScreenHeader title={t('province.title')}>{t('province.intro')}</ScreenHeader>
      {error && (
        <p className="province-screen__error" role="alert">
          {error}
        </p>
      )}
      {adopted && (
        <div className="province-screen__notice" role="status">
          <span>
            {t('province.adoptedNotice', { title: adopted.title })}
            {adopted.missingPlatforms.length > 0 &&
              ` ${t('province.missingPlatforms', {
                platforms: adopted.missingPlatforms
                  .map((p) => t(`channels.platforms.${p as Platform}`))
                  .join(', '),
              })}`}
          </span>
          <button type="button" onClick={() => openDraft(adopted.postId, adopted.scheduledAt)}>
            {t('province.item.openDraft')}
          </button>
          <button type="button" onClick={() => useProvincePacks.getState().dismissAdopted()}>
            {t('province.closeNotice')}
          </button>
        </div>
      )}
      {status === 'error' && packs.length === 0 ? (
        <LoadProblem
          message={error ?? t('province.loadFailed')}
          onRetry={() => void useProvincePacks.getState().load()}
        />
      ) : status === 'ready' && packs.length === 0 ? (
        <EmptyState title={t('province.empty.title')}>{t('province.empty.body')}</EmptyState>
      ) : (
        packs.map((received) => (
          <PackCard
            key={received.pack.packId}
            received={received}
            zone={zone}
            onOpenDraft={openDraft}
          />
        ))
      )}
      <ReportToProvince />
    </section>
  );
}

function PackCard({
  received,
  zone,
  onOpenDraft,
}: {
  received: ReceivedPack;
  zone: string;
  onOpenDraft(postId: string, scheduledAt: string | null): void;
}) {
  const { t, i18n } = useTranslation();
  const { pack } = received;
  const deadline = localParts(pack.deadline, zone);
  const states = new Map(received.items.map((state) => [state.itemId, state]));
  const adopted = received.items.filter((state) => state.adoption).length;
  return (
    <article className="pack-card" aria-labelledby={`pack-${pack.packId}`}>
      <header className="pack-card__header">
        <h2 id={`pack-${pack.packId}`}>{pack.title}</h2>
        <p className="pack-card__meta">
          {t('province.pack.meta', {
            deadline: `${longDate(deadline.date, i18n.language)} ${displayTime(deadline.time, i18n.language)}`,
            version: pack.version,
            adopted,
            count: pack.items.length,
          })}
        </p>
        {pack.instructions && <p className="pack-card__instructions">{pack.instructions}</p>}
      </header>
      <ul className="pack-card__items">
        {pack.items.map((item) => (
          <PackItemRow
            key={item.itemId}
            packId={pack.packId}
            item={item}
            state={states.get(item.itemId)}
            onOpenDraft={(postId) => onOpenDraft(postId, null)}
          />
        ))}
      </ul>
    </article>
  );
}
