import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../shared/domain/posts';
import type { CalendarLookups } from './lookups';
import type { DropTarget } from './MonthGrid';
import { PostChip } from './PostChip';

interface IdeasTrayProps {
  ideas: PostSummary[];
  lookups: CalendarLookups;
  canEdit: boolean;
  onNewIdea(): void;
}

/**
 * "Ide / belum dijadwalkan": posts without a date. Drag one onto a day to schedule it (the
 * office's default time applies), or drag a scheduled chip here to take its date away.
 */
export function IdeasTray({ ideas, lookups, canEdit, onNewIdea }: IdeasTrayProps) {
  const { t } = useTranslation();
  const target: DropTarget = { kind: 'tray' };
  const { setNodeRef, isOver, active } = useDroppable({ id: 'tray', data: target });
  const dragging = active !== null && active.data.current?.time !== null;
  return (
    <section
      ref={setNodeRef}
      className={`ideas${isOver ? ' ideas--over' : ''}${dragging ? ' ideas--target' : ''}`}
      aria-labelledby="ideas-title"
    >
      <div className="ideas__head">
        <h2 id="ideas-title" className="ideas__title">
          {t('calendar.ideas.title')} <span className="ideas__count">({ideas.length})</span>
        </h2>
        {canEdit && (
          <button type="button" className="button button--small" onClick={onNewIdea}>
            {t('calendar.ideas.add')}
          </button>
        )}
      </div>
      {dragging && <p className="ideas__drop-hint">{t('calendar.ideas.dropHere')}</p>}
      {ideas.length === 0 ? (
        <p className="ideas__empty">{t('calendar.ideas.empty')}</p>
      ) : (
        <ul className="ideas__list" aria-label={t('calendar.ideas.listLabel')}>
          {ideas.map((post) => (
            <li key={post.id}>
              <PostChip post={post} lookups={lookups} draggable={canEdit} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
