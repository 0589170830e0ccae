import { api } from '../../api';
import { onLiveChange } from '../../api/live';
import { i18n } from '../../i18n';
import { useCalendar } from '../calendar/store';
import { createReviewStore } from './create-store';

export * from './create-store';

/** The review as the app uses it: the real API, the calendar's loaded range, the language. */
export const useReview = createReviewStore({
  api,
  calendar: () => useCalendar.getState(),
  t: i18n.t.bind(i18n),
});

/** A colleague's change of the post under review: the dialog shows the stored version. */
onLiveChange(['post'], (event) => {
  const { post } = useReview.getState();
  if (!post) return;
  void useReview.getState().remoteChange(event.kind === 'reload' ? { ids: [post.id] } : event);
});
