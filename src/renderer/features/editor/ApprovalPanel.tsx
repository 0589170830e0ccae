import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { Person } from '../../../shared/domain/people';
import {
  availableActions,
  awaitedStep,
  type ApprovalSteps,
  type PostAction,
} from '../../../shared/domain/post-status';
import type { Post } from '../../../shared/domain/posts';
import { toInstant, zoneLabel } from '../../../shared/time';
import { normaliseTime } from './draft';
import { formatInstant } from './format';
import { TimeField } from './TimeField';
import type { TransitionInput } from './store';
import { DateInput } from '../../components/DateInput';

export type { TransitionInput };

interface ApprovalPanelProps {
  post: Post;
  actor: Person | null;
  people: Person[];
  allowSelfApproval: boolean;
  /** Settings: one step ("Disetujui") or two ("Diperiksa", then "Disetujui"). */
  approvalSteps?: ApprovalSteps;
  /** Unsaved edits: a transition applies to the stored post, so they must be saved first. */
  dirty: boolean;
  warningCount: number;
  zone: string;
  busy: boolean;
  /** Runs the transition; resolves to the error to show here, or null when it went through. */
  onTransition(action: PostAction, input: TransitionInput): Promise<ApiError | null>;
}

/** Actions that need a second step (a comment, a link, a confirmation) before they are sent. */
type Pending = 'request_changes' | 'publish' | 'cancel' | null;

/** Primary look for the step the workflow expects next. */
const primary: readonly PostAction[] = ['submit', 'approve', 'revise', 'reopen'];

/**
 * Status and approval actions. What is offered comes from the same pure function the API
 * decides with (`availableActions`), for the chosen profile's role; the API checks again and
 * its refusal is shown in words.
 */
export function ApprovalPanel({
  post,
  actor,
  people,
  allowSelfApproval,
  approvalSteps = 1,
  dirty,
  warningCount,
  zone,
  busy,
  onTransition,
}: ApprovalPanelProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [pending, setPending] = useState<Pending>(null);
  const [comment, setComment] = useState('');
  const [permalink, setPermalink] = useState('');
  const [publishedDate, setPublishedDate] = useState('');
  const [publishedTime, setPublishedTime] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const ackRef = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  const actions = actor
    ? availableActions(
        { status: post.status, submittedBy: post.submittedBy, checkedBy: post.checkedBy },
        { id: actor.id, role: actor.role },
        { allowSelfApproval, approvalSteps },
      )
    : [];
  const awaiting = awaitedStep(
    { status: post.status, submittedBy: post.submittedBy, checkedBy: post.checkedBy },
    { allowSelfApproval, approvalSteps },
  );
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? '';
  const needsAck = warningCount > 0 && actions.includes('submit');

  const run = async (action: PostAction, input: TransitionInput = {}) => {
    setError(null);
    const failure = await onTransition(action, input);
    if (failure) {
      setError({
        text:
          failure.code === 'forbidden'
            ? t('approval.forbidden', { message: failure.message })
            : failure.message,
        field: failure.field,
      });
      if (failure.field === 'acknowledgeWarnings') ackRef.current?.focus();
      if (failure.field === 'comment') commentRef.current?.focus();
      return;
    }
    setPending(null);
    setComment('');
    setPermalink('');
    setPublishedDate('');
    setPublishedTime('');
    setAcknowledged(false);
  };

  const start = (action: PostAction) => {
    setError(null);
    if (action === 'request_changes' || action === 'publish' || action === 'cancel') {
      setPending(action);
      return;
    }
    if (action === 'submit' && needsAck && !acknowledged) {
      setError({ text: t('approval.acknowledgeNeeded'), field: 'acknowledgeWarnings' });
      ackRef.current?.focus();
      return;
    }
    void run(action, action === 'submit' ? { acknowledgeWarnings: acknowledged } : {});
  };

  const cancelPending = () => {
    setPending(null);
    setError(null);
  };

  const escapeCloses = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // The editor closes on Escape too; here it only closes this step.
      event.stopPropagation();
      cancelPending();
    }
  };

  return (
    <section className="approval" aria-labelledby={`${ids}-title`}>
      <div className="approval__status">
        <h3 id={`${ids}-title`} className="approval__title">
          {t('approval.heading')}
        </h3>
        <span className="visually-hidden">
          {t('approval.statusLabel')}: {t(`approval.status.${post.status}`)}.
        </span>
        <span className="approval__meta">
          {awaiting && approvalSteps === 2 && (
            <span className="approval__step">
              {t(awaiting === 'check' ? 'approval.awaitingCheck' : 'approval.awaitingApproval')}
              {'. '}
            </span>
          )}
          {post.status === 'in_review' &&
            post.submittedBy &&
            t('approval.submittedBy', { name: nameOf(post.submittedBy) })}
          {post.checkedBy && post.checkedAt && (
            <span className="approval__checked">
              {' · '}
              {t('approval.checkedBy', {
                name: nameOf(post.checkedBy),
                when: formatInstant(post.checkedAt, zone, i18n.language),
              })}
            </span>
          )}
          {post.status === 'approved' &&
            post.approvedBy &&
            post.approvedAt &&
            t('approval.approvedBy', {
              name: nameOf(post.approvedBy),
              when: formatInstant(post.approvedAt, zone, i18n.language),
            })}
          {post.status === 'published' &&
            post.publishedAt &&
            t('approval.publishedOn', {
              when: formatInstant(post.publishedAt, zone, i18n.language),
            })}
        </span>
      </div>
      {post.status === 'published' && post.permalink && (
        <p className="approval__permalink">
          <a href={post.permalink} target="_blank" rel="noreferrer noopener">
            {post.permalink}
          </a>
        </p>
      )}

      {!actor ? (
        <p className="approval__note">{t('approval.signInFirst')}</p>
      ) : actions.length === 0 ? (
        <p className="approval__note">{t('approval.noActions')}</p>
      ) : (
        <>
          {dirty && <p className="approval__note">{t('approval.saveFirst')}</p>}
          {needsAck && (
            <div className="approval__ack">
              <input
                ref={ackRef}
                id={`${ids}-ack`}
                type="checkbox"
                name="acknowledgeWarnings"
                checked={acknowledged}
                aria-describedby={`${ids}-ack-hint`}
                onChange={(event) => {
                  setAcknowledged(event.target.checked);
                  if (error?.field === 'acknowledgeWarnings') setError(null);
                }}
              />
              <span>
                <label htmlFor={`${ids}-ack`}>{t('approval.acknowledge')}</label>
                <span id={`${ids}-ack-hint`} className="approval__ack-hint">
                  {t('approval.warningsOpen', { count: warningCount })}
                </span>
              </span>
            </div>
          )}
          <div className="approval__actions" role="group" aria-label={t('approval.actionsLabel')}>
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                className={`button${primary.includes(action) ? ' button--primary' : ''}${
                  action === 'cancel' ? ' button--danger-quiet' : ''
                }`}
                disabled={busy || dirty || pending !== null}
                aria-expanded={
                  action === 'request_changes' || action === 'publish' || action === 'cancel'
                    ? pending === action
                    : undefined
                }
                onClick={() => start(action)}
              >
                {t(`approval.actions.${action}`)}
              </button>
            ))}
          </div>
        </>
      )}

      {pending === 'request_changes' && (
        <form
          className="approval__step"
          aria-label={t('approval.requestChangesTitle')}
          noValidate
          onKeyDown={escapeCloses}
          onSubmit={(event) => {
            event.preventDefault();
            if (!comment.trim()) {
              setError({ text: t('approval.commentRequired'), field: 'comment' });
              commentRef.current?.focus();
              return;
            }
            void run('request_changes', { comment });
          }}
        >
          <div className={`field${error?.field === 'comment' ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${ids}-comment`}>
              {t('approval.comment')}
            </label>
            <textarea
              ref={commentRef}
              id={`${ids}-comment`}
              name="comment"
              rows={3}
              required
              maxLength={2000}
              autoFocus
              value={comment}
              placeholder={t('approval.commentPlaceholder')}
              aria-invalid={error?.field === 'comment' ? true : undefined}
              aria-describedby={error?.field === 'comment' ? `${ids}-step-error` : undefined}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <StepButtons
            submitLabel={t('approval.sendRequest')}
            busy={busy}
            onCancel={cancelPending}
          />
        </form>
      )}

      {pending === 'publish' && (
        <form
          className="approval__step"
          aria-label={t('approval.publishTitle')}
          noValidate
          onKeyDown={escapeCloses}
          onSubmit={(event) => {
            event.preventDefault();
            const input: TransitionInput = {};
            if (permalink.trim()) input.permalink = permalink.trim();
            if (publishedDate)
              input.publishedAt = toInstant(
                publishedDate,
                normaliseTime(publishedTime) ?? '00:00',
                zone,
              );
            void run('publish', input);
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-permalink`}>
              {t('approval.permalink')}{' '}
              <span className="field__optional">{t('common.optional')}</span>
            </label>
            <input
              id={`${ids}-permalink`}
              name="permalink"
              type="url"
              autoFocus
              value={permalink}
              placeholder={t('approval.permalinkPlaceholder')}
              onChange={(event) => setPermalink(event.target.value)}
            />
          </div>
          <div className="editor-when">
            <div className="field field--compact">
              <label className="field__label" htmlFor={`${ids}-published-date`}>
                {t('approval.publishedDate')}{' '}
                <span className="field__optional">{t('common.optional')}</span>
              </label>
              <DateInput
                id={`${ids}-published-date`}
                value={publishedDate}
                aria-describedby={`${ids}-published-hint`}
                onValue={(value) => setPublishedDate(value)}
              />
            </div>
            <TimeField
              id={`${ids}-published-time`}
              label={t('approval.publishedTime', { zone: zoneLabel(zone) })}
              name="publishedTime"
              value={publishedTime}
              onValue={setPublishedTime}
              disabled={!publishedDate}
            />
          </div>
          <p className="field__hint" id={`${ids}-published-hint`}>
            {t('approval.publishedAtHint')}
          </p>
          <StepButtons
            submitLabel={t('approval.confirmPublish')}
            busy={busy}
            onCancel={cancelPending}
          />
        </form>
      )}

      {pending === 'cancel' && (
        <form
          className="approval__step"
          aria-label={t('approval.actions.cancel')}
          onKeyDown={escapeCloses}
          onSubmit={(event) => {
            event.preventDefault();
            void run('cancel');
          }}
        >
          <p>{t('approval.confirmCancel')}</p>
          <StepButtons
            submitLabel={t('approval.confirmCancelYes')}
            busy={busy}
            onCancel={cancelPending}
            cancelLabel={t('approval.confirmCancelNo')}
          />
        </form>
      )}

      {error && (
        <p className="form-error" role="alert" id={`${ids}-step-error`}>
          {error.text}
        </p>
      )}
    </section>
  );
}

function StepButtons({
  submitLabel,
  busy,
  onCancel,
  cancelLabel,
}: {
  submitLabel: string;
  busy: boolean;
  onCancel(): void;
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-footer__actions approval__step-buttons">
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </button>
    </div>
  );
}
