import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { useMemo, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPostWithMedia, mediaFactsOf } from '../../../shared/domain/media-fit';
import type { Person } from '../../../shared/domain/people';
import { roleActions } from '../../../shared/domain/post-status';
import { CommentThread } from '../comments/CommentThread';
import { PublicationSection } from '../kinerja/PublicationSection';
import { useCampaigns, useChannels, usePeople } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { ActivityLog } from './ActivityLog';
import { lastChangeRequest } from './activity-text';
import { formatInstant } from './format';
import { ApprovalPanel } from './ApprovalPanel';
import { useAttachedAssets } from './AssetsField';
import { isDirty, limitsInput } from './draft';
import { LiveEditorParts } from './LiveEditorParts';
import { platformLimits } from './limits';
import { PostFields } from './PostFields';
import { RepeatFields } from './RepeatFields';
import { SeriesScope } from './SeriesScope';
import { isReadOnly, useEditor } from './store';

interface EditorFormProps {
  formId: string;
  heading: string;
  actor: Person | null;
  titleRef: RefObject<HTMLInputElement | null>;
}

/** The loaded post: banners, approval steps, the fields and the history. */
export function EditorForm({ formId, heading, actor, titleRef }: EditorFormProps) {
  const { t, i18n } = useTranslation();
  const settings = useSettings((state) => state.settings);
  const zone = settings?.timeZone ?? defaultTimeZone;
  const weekStart = settings?.weekStart ?? 1;
  const allowSelfApproval = settings?.allowSelfApproval ?? false;
  const allChannels = useChannels((state) => state.rows);
  const allPeople = usePeople((state) => state.rows);
  const allCampaigns = useCampaigns((state) => state.rows);
  const editor = useEditor();
  const { post, draft, original, mode } = editor;

  const channels = useMemo(
    () =>
      allChannels.filter(
        (channel) => channel.active || draft.channels.some((item) => item.channelId === channel.id),
      ),
    [allChannels, draft.channels],
  );
  const people = useMemo(
    () => allPeople.filter((person) => person.active || person.id === draft.assigneeId),
    [allPeople, draft.assigneeId],
  );
  const campaigns = useMemo(
    () => allCampaigns.filter((item) => !item.archived || item.id === draft.campaignId),
    [allCampaigns, draft.campaignId],
  );
  const forLimits = useMemo(() => limitsInput(draft, allChannels), [draft, allChannels]);
  const attached = useAttachedAssets(draft.assetIds);
  const { text: warnings, media: mediaWarnings } = useMemo(
    () =>
      checkPostWithMedia(
        forLimits,
        attached.map((asset) => (asset ? mediaFactsOf(asset) : undefined)),
        platformLimits,
      ),
    [forLimits, attached],
  );
  const readOnly = isReadOnly(post);
  const inSeries = post?.seriesId ?? null;
  const changeRequest =
    post?.status === 'changes_requested' ? lastChangeRequest(editor.activity) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save(actor?.id ?? null);
  };

  return (
    <>
      {editor.conflict && (
        <div className="editor-banner editor-banner--warning" role="alert">
          <p className="editor-banner__title">{t('editor.conflict')}</p>
          <p>{t('editor.conflictBody')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void editor.reload()}
          >
            {t('editor.reload')}
          </button>
        </div>
      )}
      <LiveEditorParts actorId={actor?.id ?? null} />
      {!actor && <p className="editor-banner editor-banner--info">{t('editor.signInFirst')}</p>}
      {post && inSeries && (
        <p className="editor-banner editor-banner--info">{t('editor.series.member')}</p>
      )}

      {changeRequest && (
        <section
          className="editor-banner editor-banner--warning editor-banner--request"
          aria-labelledby={`${formId}-request`}
        >
          <p className="editor-banner__title" id={`${formId}-request`}>
            {t('editor.changeRequest.title', {
              name: changeRequest.actorName ?? t('editor.activity.someone'),
              when: formatInstant(changeRequest.at, zone, i18n.language),
            })}
          </p>
          <blockquote className="editor-banner__quote">{changeRequest.comment}</blockquote>
          {!readOnly && <p>{t('editor.changeRequest.hint')}</p>}
        </section>
      )}

      {post && (
        <ApprovalPanel
          post={post}
          actor={actor}
          people={allPeople}
          allowSelfApproval={allowSelfApproval}
          approvalSteps={settings?.approvalSteps ?? 1}
          dirty={isDirty(original, draft)}
          warningCount={warnings.length + mediaWarnings.length}
          zone={zone}
          busy={editor.busy}
          onTransition={async (action, input) =>
            actor ? editor.transition(action, input, actor.id) : null
          }
        />
      )}
      {post && (post.status === 'approved' || post.status === 'published') && (
        <PublicationSection
          post={post}
          channels={allChannels}
          zone={zone}
          canMark={Boolean(actor && roleActions[actor.role].includes('publish'))}
        />
      )}
      {readOnly && <p className="editor-banner editor-banner--info">{t('editor.readOnly')}</p>}

      <form id={formId} className="editor-form" aria-label={heading} noValidate onSubmit={onSubmit}>
        <PostFields
          draft={draft}
          onDraft={editor.setDraft}
          errors={editor.errors}
          disabled={readOnly}
          channels={channels}
          campaigns={campaigns}
          people={people}
          forLimits={forLimits}
          warnings={warnings}
          attached={attached}
          mediaWarnings={mediaWarnings}
          zone={zone}
          titleRef={titleRef}
          repeat={
            mode?.kind === 'new' ? (
              <RepeatFields
                repeat={editor.repeat}
                onRepeat={editor.setRepeat}
                startDate={draft.date}
                time={draft.time}
                zone={zone}
                weekStart={weekStart}
                disabled={readOnly}
              />
            ) : undefined
          }
        />
        {post && inSeries && !readOnly && <SeriesScope />}
      </form>

      {post && <CommentThread postId={post.id} zone={zone} />}
      {post && <ActivityLog entries={editor.activity} zone={zone} />}
    </>
  );
}
