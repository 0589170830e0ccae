import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { useCampaigns, useChannels, usePeople } from '../../stores/collections';
import { usePresence } from '../../stores/presence';
import { useSession } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { isDirty, type PostDraft } from './draft';
import type { MergeField } from './merge';
import { MergeView } from './MergeView';
import { useEditor } from './store';
import './live.css';

/**
 * The editor's live parts: who else has the post open, the banner after a colleague's save
 * ("Diubah oleh Nurul pukul 10.42" and what changed), and the merge view.
 */
export function LiveEditorParts({ actorId }: { actorId: string | null }) {
  const { t, i18n } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const remote = useEditor((state) => state.remote);
  const merge = useEditor((state) => state.merge);
  const dirty = useEditor((state) => isDirty(state.original, state.draft));
  const postId = useEditor((state) => state.post?.id ?? null);
  const me = useSession((state) => state.currentPersonId);
  const entries = usePresence((state) => state.entries);
  // Selected whole and filtered here: a selector returning a new array each time would loop.
  const others = useMemo(
    () => [
      ...new Set(
        entries
          .filter((entry) => entry.postId === postId && entry.person.id !== me)
          .map((entry) => entry.person.name),
      ),
    ],
    [entries, postId, me],
  );
  const describe = useDescribe();

  const time = remote ? displayTime(localParts(remote.at, zone).time, i18n.language) : '';
  return (
    <>
      {others.length > 0 && (
        <p className="editor-presence editor-banner editor-banner--info" role="status">
          {t('live.editingBy', {
            names: others.join(', '),
          })}
        </p>
      )}
      {remote && (
        <div className="editor-banner editor-banner--info editor-remote" role="status">
          <p className="editor-banner__title">
            {remote.name
              ? t('live.changedBy', { name: remote.name, time })
              : t('live.changedBySomeone', { time })}
          </p>
          <button
            type="button"
            className="button button--small editor-remote__dismiss"
            aria-label={t('live.dismissLabel')}
            onClick={() => useEditor.getState().dismissRemote()}
          >
            {t('live.dismiss')}
          </button>
          {remote.fields.length > 0 && (
            <p>
              {t('live.changedFields', {
                fields: remote.fields.map((field) => t(`live.fields.${field}`)).join(', '),
              })}
            </p>
          )}
          {dirty && <p>{t('live.unsavedHint')}</p>}
        </div>
      )}
      {merge && (
        <MergeView
          base={merge.base}
          mine={merge.mine}
          theirs={merge.theirs}
          theirsName={remote?.name ?? ''}
          describe={describe}
          onResolve={(merged) => void useEditor.getState().resolveMerge(merged, actorId)}
          onCancel={() => useEditor.getState().cancelMerge()}
        />
      )}
    </>
  );
}

/** A field's value in words: names for people, pillars and channels, the date in full. */
/** A field's value as the merge view shows it (also the offline client's merge). */
export function useDescribe() {
  const { i18n } = useTranslation();
  const people = usePeople((state) => state.rows);
  const campaigns = useCampaigns((state) => state.rows);
  const channels = useChannels((state) => state.rows);
  return useCallback(
    (field: MergeField, draft: PostDraft): string => {
      switch (field) {
        case 'schedule':
          return draft.date
            ? `${longDate(draft.date, i18n.language)}, ${displayTime(draft.time, i18n.language)}`
            : '';
        case 'assigneeId':
          return people.find((person) => person.id === draft.assigneeId)?.name ?? '';
        case 'campaignId':
          return campaigns.find((campaign) => campaign.id === draft.campaignId)?.name ?? '';
        case 'channels':
          return draft.channels
            .map((item) => channels.find((channel) => channel.id === item.channelId)?.name ?? '?')
            .join(', ');
        case 'hashtags':
        case 'tags':
          return draft[field].join(', ');
        case 'assetIds':
          return String(draft.assetIds.length);
        default:
          return draft[field];
      }
    },
    [people, campaigns, channels, i18n.language],
  );
}
