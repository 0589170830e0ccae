import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/posts';
import { describeActivity } from './activity-text';
import { formatInstant } from './format';

/**
 * The post's history, oldest first so it reads as a story: who did what, when (office zone),
 * which fields changed, and the comment (a change request's reason).
 */
export function ActivityLog({ entries, zone }: { entries: Activity[]; zone: string }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatInstant(instant, zone, i18n.language);
  const fieldName = (field: string) =>
    field in fieldKeys ? t(fieldKeys[field as keyof typeof fieldKeys]) : field;

  return (
    <section className="activity" aria-labelledby="post-activity-title">
      <h3 id="post-activity-title" className="editor-section__title">
        {t('editor.activity.heading')}
      </h3>
      {entries.length === 0 ? (
        <p className="muted">{t('editor.activity.empty')}</p>
      ) : (
        <ol className="activity__list" aria-label={t('editor.activity.heading')}>
          {entries.map((entry) => {
            const description = describeActivity(entry);
            const fields = description.fields.filter(
              (field) =>
                entry.action === 'edit' || (field !== 'scheduledAt' && field !== 'permalink'),
            );
            return (
              <li key={entry.id} className={`activity__item activity__item--${entry.action}`}>
                <p className="activity__line">
                  <strong>{entry.actorName ?? t('editor.activity.someone')}</strong>{' '}
                  {t(`editor.activity.actions.${entry.action}`)}
                  {description.status && entry.action !== 'returned_to_draft' && (
                    <span className="activity__status">
                      {' '}
                      (
                      {t('editor.activity.fromTo', {
                        from: t(`approval.status.${description.status.from}`),
                        to: t(`approval.status.${description.status.to}`),
                      })}
                      )
                    </span>
                  )}
                </p>
                <p className="activity__when">
                  <time dateTime={entry.at}>{when(entry.at)}</time>
                </p>
                {entry.action === 'edit' && fields.length > 0 && (
                  <p className="activity__detail">
                    {t('editor.activity.changed', { fields: fields.map(fieldName).join(', ') })}
                  </p>
                )}
                {description.schedule && (
                  <p className="activity__detail">
                    {t('editor.activity.schedule', {
                      from: description.schedule.from
                        ? when(description.schedule.from)
                        : t('editor.idea'),
                      to: description.schedule.to
                        ? when(description.schedule.to)
                        : t('editor.idea'),
                    })}
                  </p>
                )}
                {entry.comment && (
                  <blockquote className="activity__comment">{entry.comment}</blockquote>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const fieldKeys = {
  title: 'editor.activity.fields.title',
  brief: 'editor.activity.fields.brief',
  caption: 'editor.activity.fields.caption',
  link: 'editor.activity.fields.link',
  firstComment: 'editor.activity.fields.firstComment',
  hashtags: 'editor.activity.fields.hashtags',
  tags: 'editor.activity.fields.tags',
  campaignId: 'editor.activity.fields.campaignId',
  assigneeId: 'editor.activity.fields.assigneeId',
  channels: 'editor.activity.fields.channels',
  assetIds: 'editor.activity.fields.assetIds',
  scheduledAt: 'editor.activity.fields.scheduledAt',
  permalink: 'editor.activity.fields.permalink',
} as const;
