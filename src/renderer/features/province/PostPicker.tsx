import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { useSettings } from '../../stores/settings';
import { formatMonthYear } from '../calendar/format';
import { useComposePacks } from './compose-store';

const stepMonth = (month: string, delta: -1 | 1): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** A month of the calendar with a box per scheduled post; the ticked ones become pack items. */
export function PostPicker() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { month, posts, chosen, loading } = useComposePacks((state) => state.picker);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const { showMonth, choosePost, addChosen } = useComposePacks.getState();
  if (!month) return null;
  const monthName = formatMonthYear(`${month}-01`, i18n.language);
  const scheduled = posts.filter((post) => post.scheduledAt !== null);
  return (
    <section className="post-picker" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('provinceSend.compose.pickTitle')}</h3>
      <div className="rollup__period">
        <button
          type="button"
          aria-label={t('provinceSend.compose.earlier')}
          onClick={() => void showMonth(stepMonth(month, -1))}
        >
          ‹
        </button>
        <h4 aria-live="polite">{monthName}</h4>
        <button
          type="button"
          aria-label={t('provinceSend.compose.later')}
          onClick={() => void showMonth(stepMonth(month, 1))}
        >
          ›
        </button>
      </div>
      {!loading && scheduled.length === 0 ? (
        <p>{t('provinceSend.compose.noPosts')}</p>
      ) : (
        <ul
          className="post-picker__list"
          aria-label={t('provinceSend.compose.postsLabel', { month: monthName })}
          aria-busy={loading}
        >
          {scheduled.map((post) => {
            const when = localParts(post.scheduledAt!, zone);
            const boxId = `${ids}-${post.id}`;
            return (
              <li key={post.id} className="checkbox">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={chosen.includes(post.id)}
                  onChange={(event) => choosePost(post.id, event.target.checked)}
                />
                <label htmlFor={boxId}>
                  {post.title}
                  <span className="post-picker__when">
                    {' — '}
                    {longDate(when.date, i18n.language)} {displayTime(when.time, i18n.language)}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="button"
        disabled={chosen.length === 0}
        onClick={() => void addChosen()}
      >
        {t('provinceSend.compose.addPosts', { count: chosen.length })}
      </button>
    </section>
  );
}
