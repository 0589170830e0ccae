import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localParts } from '../../../shared/time';
import { ModalDialog } from '../../components/Dialog';
import { navigate } from '../../navigation/use-route';
import { useChannels } from '../../stores/collections';
import { useCalendar } from '../calendar/store';
import { useReport } from './store';

/** The posts behind a figure; a title opens the post in the calendar's editor. */
export function PostsDialog({ zone }: { zone: string }) {
  const { t, i18n } = useTranslation();
  const behind = useReport((state) => state.behind);
  const channels = useChannels((state) => state.rows);
  const headingId = useId();
  if (!behind) return null;
  const close = () => useReport.getState().closePosts();
  const channelName = (id: string) => channels.find((c) => c.id === id)?.name ?? '';
  const open = (postId: string, scheduledAt: string | null) => {
    const calendar = useCalendar.getState();
    if (scheduledAt) calendar.goTo(localParts(scheduledAt, zone).date);
    calendar.openPost(postId);
    close();
    navigate({ screen: 'calendar' });
  };
  const when = (scheduledAt: string | null) => {
    if (!scheduledAt) return '';
    const { date, time } = localParts(scheduledAt, zone);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const day_ = new Date(year, month - 1, day, 12).toLocaleDateString(
      i18n.language === 'en' ? 'en-GB' : 'id-ID',
      { weekday: 'short', day: 'numeric', month: 'short' },
    );
    return `${day_} ${i18n.language === 'en' ? time : time.replace(':', '.')}`;
  };
  return (
    <ModalDialog className="report-dialog" labelledBy={headingId} onClose={close}>
      <div className="report-dialog__inner">
        <header className="report-dialog__header">
          <h2 id={headingId}>{t('report.posts.title', { figure: behind.title })}</h2>
          <button type="button" className="button button--quiet" onClick={close}>
            {t('report.posts.close')}
          </button>
        </header>
        {behind.status === 'loading' && <p className="muted">{t('report.posts.loading')}</p>}
        {behind.error && (
          <p className="notice notice--warning" role="alert">
            {behind.error}
          </p>
        )}
        {behind.status === 'ready' && (
          <>
            {behind.posts.length > 0 ? (
              <>
                <p className="muted">{t('report.posts.count', { count: behind.posts.length })}</p>
                <ul className="report-posts">
                  {behind.posts.map((post) => (
                    <li key={post.id}>
                      <button
                        type="button"
                        className="report-posts__title"
                        onClick={() => open(post.id, post.scheduledAt)}
                      >
                        {post.title}
                      </button>
                      <span className="report-posts__meta">
                        {when(post.scheduledAt)} ·{' '}
                        {post.channels.map((c) => channelName(c.channelId)).join(', ')}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              behind.outside === 0 && <p className="muted">{t('report.posts.none')}</p>
            )}
            {behind.outside > 0 && (
              <p className="notice">
                {t('report.posts.outside', { count: behind.outside })}{' '}
                <a href="#/laporan/impor" onClick={close}>
                  {t('report.importLink')}
                </a>
              </p>
            )}
          </>
        )}
      </div>
    </ModalDialog>
  );
}
