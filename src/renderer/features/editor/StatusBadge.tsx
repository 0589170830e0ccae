import { useTranslation } from 'react-i18next';
import type { PostStatus } from '../../../shared/domain/post-status';
import { StatusGlyph } from '../calendar/PostChip';

/**
 * The status in words with the calendar chips' glyph and colours (calendar.css), so a status
 * looks the same in the grid, the agenda and the editor; the word carries the meaning.
 */
export function StatusBadge({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusGlyph status={status} />
      {t(`approval.status.${status}`)}
    </span>
  );
}
