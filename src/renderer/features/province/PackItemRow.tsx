import { useTranslation } from 'react-i18next';
import { displayTime, longDate } from '../../../shared/time';
import { PlatformIcon } from '../../components/PlatformIcon';
import { useProvincePacks, type ReceivedPack } from './store';

type Item = ReceivedPack['pack']['items'][number];
type State = ReceivedPack['items'][number];

/** One pack item: what the province suggests, and what this office did with it. */
export function PackItemRow({
  packId,
  item,
  state,
  onOpenDraft,
}: {
  packId: string;
  item: Item;
  state: State | undefined;
  onOpenDraft(postId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const busy = useProvincePacks((s) => s.busy === item.itemId);
  const { adopt, acknowledge } = useProvincePacks.getState();
  const when = item.suggestedTime
    ? t('province.item.when', {
        date: longDate(item.suggestedDate, i18n.language),
        time: displayTime(item.suggestedTime, i18n.language),
      })
    : longDate(item.suggestedDate, i18n.language);
  const change = state?.change?.kind === 'changed' ? state.change : null;
  return (
    <li className="pack-item">
      <div className="pack-item__main">
        <h3 className="pack-item__title">{item.title}</h3>
        <p className="pack-item__when">{when}</p>
        <ul className="pack-item__platforms" aria-label={t('province.item.platforms')}>
          {item.platforms.map((p) => (
            <li key={p.platform}>
              <PlatformIcon platform={p.platform} />
              <span>{t(`channels.platforms.${p.platform}`)}</span>
            </li>
          ))}
        </ul>
        {item.instructions && <p className="pack-item__instructions">{item.instructions}</p>}
        {change && (
          <p className="pack-item__change" role="status">
            {t('province.item.changed', {
              fields: change.fields.map((f) => t(`province.field.${f}`)).join(', '),
            })}
          </p>
        )}
      </div>
      <div className="pack-item__actions">
        {state?.adoption ? (
          <>
            <span className="pack-item__adopted">{t('province.item.adopted')}</span>
            <button type="button" onClick={() => onOpenDraft(state.adoption!.postId)}>
              {t('province.item.openDraft')}
            </button>
            {change && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void acknowledge(packId, item.itemId)}
              >
                {t('province.item.acknowledge')}
              </button>
            )}
          </>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void adopt(packId, item.itemId)}
          >
            {t('province.item.adopt')}
          </button>
        )}
      </div>
    </li>
  );
}
