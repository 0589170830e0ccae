import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPostWithMedia, mediaFactsOf } from '../../../shared/domain/media-fit';
import { availableActions, awaitedStep } from '../../../shared/domain/post-status';
import type { Post } from '../../../shared/domain/posts';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { ModalDialog } from '../../components/Dialog';
import { useCurrentPerson } from '../../stores/session';
import { mediaSrc } from '../../media/media-src';
import { useChannels } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { isTypingTarget } from '../calendar/model';
import { useAttachedAssets, type AttachedAsset } from '../editor/AssetsField';
import { draftFromPost, limitsInput } from '../editor/draft';
import { formatInstant } from '../editor/format';
import { platformLimits } from '../editor/limits';
import { LimitWarnings } from '../editor/LimitWarnings';
import { useReview } from './store';
import './review.css';

/**
 * "Tinjau": the post as it will go out, for the approver — per channel the caption with its
 * hashtags and the first comment, the media large and in order, the local time, the open
 * warnings — with "Setujui" and "Minta revisi" (reason required) at hand, and N / K (or J / K)
 * to step through the waiting posts.
 */
export function ReviewDialog() {
  const postId = useReview((state) => state.postId);
  if (!postId) return null;
  return <ReviewSession />;
}

function ReviewSession() {
  const { t } = useTranslation();
  const ids = useId();
  const review = useReview();
  const { post, phase, queue, postId } = review;
  const position = postId ? queue.indexOf(postId) : -1;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each post, and each decision, puts focus on the heading: read out first, and N/K keep
  // working even when the button just pressed goes away ("Setujui" once approved) or becomes
  // disabled ("Berikutnya" at the end), which would otherwise drop focus out of the dialog.
  const version = post?.version;
  useEffect(() => {
    if (phase === 'ready') headingRef.current?.focus();
  }, [postId, phase, version]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') {
      event.preventDefault();
      review.step(1);
    } else if (key === 'k' || key === 'p') {
      event.preventDefault();
      review.step(-1);
    }
  };

  return (
    <ModalDialog className="review-dialog" labelledBy={`${ids}-title`} onClose={review.close}>
      <div className="review" onKeyDown={onKeyDown}>
        <header className="review__header">
          <h2 id={`${ids}-title`} className="review__title" ref={headingRef} tabIndex={-1}>
            {post ? t('review.title', { title: post.title }) : t('review.heading')}
          </h2>
          {position >= 0 && (
            <p className="review__position">
              {t('review.position', { index: position + 1, count: queue.length })}
            </p>
          )}
          <div className="review__nav" role="group" aria-label={t('review.navLabel')}>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="K"
              disabled={queue.length === 0 || position === 0}
              onClick={() => review.step(-1)}
            >
              {t('review.previous')}
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="N"
              disabled={queue.length === 0 || position === queue.length - 1}
              onClick={() => review.step(1)}
            >
              {t('review.next')}
            </button>
            <button type="button" className="button" onClick={review.close}>
              {t('review.close')}
            </button>
          </div>
          <p className="review__keys muted">{t('review.keys')}</p>
        </header>
        {phase === 'loading' && <p role="status">{t('review.loading')}</p>}
        {phase === 'missing' && <p role="alert">{t('review.missing')}</p>}
        {phase === 'error' && <p role="alert">{review.loadError}</p>}
        {phase === 'ready' && post && <ReviewBody key={post.id} post={post} />}
      </div>
    </ModalDialog>
  );
}

function ReviewBody({ post }: { post: Post }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const settings = useSettings((state) => state.settings);
  const zone = settings?.timeZone ?? defaultTimeZone;
  const allChannels = useChannels((state) => state.rows);
  const actor = useCurrentPerson();
  const review = useReview();
  const attached = useAttachedAssets(post.assetIds);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const commentRef = useRef<HTMLTextAreaElement>(null);

  const draft = useMemo(
    () => draftFromPost(post, zone, settings?.defaultPostTime ?? '09:00'),
    [post, zone, settings?.defaultPostTime],
  );
  const { text: warnings, media: mediaWarnings } = useMemo(
    () =>
      checkPostWithMedia(
        limitsInput(draft, allChannels),
        attached.map((asset) => (asset ? mediaFactsOf(asset) : undefined)),
        platformLimits,
      ),
    [draft, allChannels, attached],
  );
  const options = {
    allowSelfApproval: settings?.allowSelfApproval ?? false,
    approvalSteps: settings?.approvalSteps ?? 1,
  };
  const actions = actor
    ? availableActions(
        { status: post.status, submittedBy: post.submittedBy, checkedBy: post.checkedBy },
        { id: actor.id, role: actor.role },
        options,
      )
    : [];
  const canCheck = actions.includes('check');
  const canApprove = actions.includes('approve');
  const awaiting = awaitedStep(post, options);
  const canAsk = actions.includes('request_changes');
  const hashtags = post.hashtags.map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)).join(' ');
  const notice = review.notice;

  const sendRequest = async () => {
    if (!actor) return;
    if (comment.trim() === '') {
      useReview.setState({
        notice: { tone: 'error', text: t('approval.commentRequired'), field: 'comment' },
      });
      commentRef.current?.focus();
      return;
    }
    if (await review.decide('request_changes', actor.id, comment)) {
      setAsking(false);
      setComment('');
    }
  };

  return (
    <div className="review__body">
      <p className="review__when">
        <strong>
          {options.approvalSteps === 2 && awaiting
            ? t(awaiting === 'check' ? 'approval.awaitingCheck' : 'approval.awaitingApproval')
            : t(`approval.status.${post.status}`)}
        </strong>
        {' · '}
        {post.scheduledAt
          ? t('review.scheduled', { when: formatInstant(post.scheduledAt, zone, i18n.language) })
          : t('review.unscheduled')}
      </p>

      <section className="review__decision" aria-labelledby={`${ids}-decision`}>
        <h3 id={`${ids}-decision`} className="visually-hidden">
          {t('review.decision')}
        </h3>
        {!actor ? (
          <p>{t('approval.signInFirst')}</p>
        ) : !canCheck && !canApprove && !canAsk ? (
          <p>{t('review.nothingToDecide')}</p>
        ) : (
          <div className="review__actions">
            {canCheck && (
              <button
                type="button"
                className="button button--primary"
                disabled={review.busy || asking}
                onClick={() => void review.decide('check', actor.id)}
              >
                {t('approval.actions.check')}
              </button>
            )}
            {canApprove && (
              <button
                type="button"
                className="button button--primary"
                disabled={review.busy || asking}
                onClick={() => void review.decide('approve', actor.id)}
              >
                {t('approval.actions.approve')}
              </button>
            )}
            {canAsk && (
              <button
                type="button"
                className="button"
                aria-expanded={asking}
                disabled={review.busy}
                onClick={() => setAsking(true)}
              >
                {t('approval.actions.request_changes')}
              </button>
            )}
          </div>
        )}
        {asking && actor && (
          <form
            className="review__request"
            aria-label={t('approval.requestChangesTitle')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void sendRequest();
            }}
          >
            <label className="field__label" htmlFor={`${ids}-comment`}>
              {t('approval.comment')}
            </label>
            <textarea
              ref={commentRef}
              id={`${ids}-comment`}
              rows={3}
              required
              maxLength={2000}
              autoFocus
              value={comment}
              aria-invalid={notice?.field === 'comment' ? true : undefined}
              onChange={(event) => setComment(event.target.value)}
            />
            <div className="review__actions">
              <button type="submit" className="button button--primary" disabled={review.busy}>
                {t('approval.sendRequest')}
              </button>
              <button type="button" className="button" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        )}
        <p
          className={`review__notice review__notice--${notice?.tone ?? 'ok'}`}
          role="status"
          aria-live="polite"
        >
          {notice?.tone === 'ok' ? notice.text : ''}
        </p>
        {notice?.tone === 'error' && (
          <p className="form-error" role="alert">
            {notice.text}
          </p>
        )}
      </section>

      <LimitWarnings
        warnings={warnings}
        mediaWarnings={mediaWarnings}
        channels={allChannels}
        hasChannels={post.channels.length > 0}
      />

      {post.channels.length === 0 ? (
        <p>{t('review.noChannels')}</p>
      ) : (
        post.channels.map((link) => {
          const channel = allChannels.find((item) => item.id === link.channelId);
          const name = channel?.name ?? t('review.unknownChannel');
          return (
            <section
              key={link.channelId}
              className="review__channel"
              aria-labelledby={`${ids}-${link.channelId}`}
            >
              <h3 id={`${ids}-${link.channelId}`} className="review__channel-title">
                {name}
                <span className="review__format">
                  {channel ? ` · ${t(`channels.platforms.${channel.platform}`)}` : ''}
                  {` · ${t(`editor.formats.${link.format}`)}`}
                </span>
              </h3>
              <p className="review__caption">
                {link.captionOverride ?? post.caption}
                {hashtags && (
                  <>
                    {'\n\n'}
                    <span className="review__hashtags">{hashtags}</span>
                  </>
                )}
              </p>
              {post.link && <p className="review__link">{post.link}</p>}
              {post.firstComment && (
                <p className="review__first-comment">
                  <strong>{t('review.firstComment')}</strong> {post.firstComment}
                </p>
              )}
            </section>
          );
        })
      )}

      <ReviewMedia attached={attached} />
    </div>
  );
}

/** The attachments large and in order (the first is the cover). */
function ReviewMedia({ attached }: { attached: AttachedAsset[] }) {
  const { t } = useTranslation();
  if (attached.length === 0) return null;
  return (
    <section className="review__media" aria-label={t('review.media')}>
      <ol className="review__media-list">
        {attached.map((asset, index) => (
          <li key={asset?.id ?? index} className="review__media-item">
            {asset?.media.thumbLarge ? (
              <img
                src={mediaSrc(asset.media.thumbLarge)}
                alt={t('review.mediaAlt', {
                  index: index + 1,
                  name: asset.title || asset.originalName,
                })}
                loading="lazy"
                decoding="async"
              />
            ) : (
              <p className="review__media-missing">
                {t('review.mediaNoPreview', {
                  index: index + 1,
                  name: asset ? asset.title || asset.originalName : '…',
                })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
