import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/domain/comments';
import { usePeople } from '../../stores/collections';
import { useCurrentPerson } from '../../stores/session';
import { formatInstant } from '../editor/format';
import { CommentComposer } from './CommentComposer';
import { MentionText } from './MentionText';
import { useComments } from './store';
import './comments.css';

/**
 * The post's comment thread, beside its activity log: oldest first, each with its author, role
 * and time; one's own comments can be changed or deleted; "Ikuti" / "Berhenti mengikuti".
 */
export function CommentThread({ postId, zone }: { postId: string; zone: string }) {
  const { t } = useTranslation();
  const comments = useComments((state) => (state.postId === postId ? state.comments : []));
  const following = useComments((state) => state.following);
  const error = useComments((state) => state.error);
  const people = usePeople((state) => state.rows);
  const me = useCurrentPerson();
  const mentionable = people.filter((person) => person.active && person.id !== me?.id);

  useEffect(() => {
    void useComments.getState().load(postId);
  }, [postId]);

  return (
    <section className="comments" aria-labelledby="post-comments-title">
      <div className="comments__head">
        <h3 id="post-comments-title" className="editor-section__title">
          {t('comments.heading')}
        </h3>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-pressed={following}
          title={following ? t('comments.followingHint') : t('comments.notFollowingHint')}
          onClick={() => void useComments.getState().setFollowing(!following)}
        >
          {following ? t('comments.unfollow') : t('comments.follow')}
        </button>
      </div>
      {comments.length === 0 ? (
        <p className="muted">{t('comments.empty')}</p>
      ) : (
        <ol className="comments__list" aria-label={t('comments.heading')}>
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              zone={zone}
              mine={comment.authorId === me?.id}
              mentionable={mentionable}
            />
          ))}
        </ol>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <CommentComposer
        people={mentionable}
        label={t('comments.label')}
        submitLabel={t('comments.send')}
        onSubmit={(text) => useComments.getState().add(text)}
      />
    </section>
  );
}

function CommentItem({
  comment,
  zone,
  mine,
  mentionable,
}: {
  comment: Comment;
  zone: string;
  mine: boolean;
  mentionable: { id: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deleted = comment.deletedAt !== null;
  return (
    <li className={`comment${deleted ? ' comment--deleted' : ''}`}>
      <p className="comment__byline">
        <strong>
          {t('comments.byline', {
            name: comment.authorName,
            role: t(`people.roles.${comment.authorRole}`),
          })}
        </strong>{' '}
        <time className="muted" dateTime={comment.createdAt}>
          {formatInstant(comment.createdAt, zone, i18n.language)}
        </time>
        {comment.editedAt && !deleted && <span className="muted"> {t('comments.edited')}</span>}
      </p>
      {deleted ? (
        <p className="comment__text comment__text--deleted">{t('comments.deleted')}</p>
      ) : editing ? (
        <CommentComposer
          people={mentionable}
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          initial={comment.text}
          onCancel={() => setEditing(false)}
          onSubmit={async (text) => {
            const saved = await useComments.getState().edit(comment.id, text);
            if (saved) setEditing(false);
            return saved;
          }}
        />
      ) : (
        <p className="comment__text">
          <MentionText text={comment.text} people={comment.mentions} />
        </p>
      )}
      {mine && !deleted && !editing && (
        <div className="comment__actions">
          {confirming ? (
            <>
              <span>{t('comments.confirmDelete')}</span>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => void useComments.getState().remove(comment.id)}
              >
                {t('comments.delete')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setConfirming(false)}
              >
                {t('comments.cancel')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setEditing(true)}
              >
                {t('comments.edit')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setConfirming(true)}
              >
                {t('comments.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
