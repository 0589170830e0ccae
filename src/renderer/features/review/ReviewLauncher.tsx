import { useTranslation } from 'react-i18next';
import { useCalendar } from '../calendar/store';
import { useReview } from './store';

/** "Tinjau yang menunggu (N)" above the calendar, when the range shown has waiting posts. */
export function ReviewLauncher() {
  const { t } = useTranslation();
  const waiting = useCalendar(
    (state) => state.posts.filter((post) => post.status === 'in_review').length,
  );
  if (waiting === 0) return null;
  return (
    <button
      type="button"
      className="button button--small review-launcher"
      onClick={() => useReview.getState().open()}
    >
      {t('review.launch', { count: waiting })}
    </button>
  );
}
