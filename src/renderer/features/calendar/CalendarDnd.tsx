import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar } from './store';
import { timeInHour } from './model';
import { jumpToNeighbour } from './keyboard-drag';
import { formatLongDate } from './format';
import type { DropTarget } from './MonthGrid';
import type { DraggedPost } from './PostChip';
import { displayTime } from '../../../shared/time';

/** A pointer must travel this far before a press becomes a drag; shorter is a click that opens the post. */
const dragDistancePx = 6;

/** The pointer decides when there is one; a keyboard drag has none, so overlap decides. */
const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

/** The drag-and-drop frame around the views and the tray: sensors, the drop rule, announcements. */
export function CalendarDnd({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [dragged, setDragged] = useState<DraggedPost | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: dragDistancePx } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: jumpToNeighbour,
      // Enter still opens the post; Space picks it up and puts it down.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      // When the next week is below the fold the page scrolls under the held post; a smooth
      // scroll would still be running when a quick second Space drops it on the old day.
      scrollBehavior: 'auto',
    }),
  );

  const accessibility = useMemo(() => {
    const describe = (target: DropTarget | undefined): string | undefined => {
      if (!target) return undefined;
      if (target.kind === 'tray') return t('calendar.dnd.trayTarget');
      const date = formatLongDate(target.date, i18n.language);
      return target.kind === 'slot'
        ? `${date}, ${t('calendar.week.hour', { hour: String(target.hour).padStart(2, '0') })}`
        : date;
    };
    const titleOf = (data: unknown) => (data as DraggedPost | undefined)?.title ?? '';
    const announcements: Announcements = {
      onDragStart: ({ active }) =>
        t('calendar.dnd.picked', { title: titleOf(active.data.current) }),
      onDragOver: ({ active, over }) => {
        const target = describe(over?.data.current as DropTarget | undefined);
        const title = titleOf(active.data.current);
        return target
          ? t('calendar.dnd.over', { title, target })
          : t('calendar.dnd.notOver', { title });
      },
      onDragEnd: ({ active, over }) => {
        const target = describe(over?.data.current as DropTarget | undefined);
        const title = titleOf(active.data.current);
        return target
          ? t('calendar.dnd.dropped', { title, target })
          : t('calendar.dnd.cancelled', { title });
      },
      onDragCancel: ({ active }) =>
        t('calendar.dnd.cancelled', { title: titleOf(active.data.current) }),
    };
    return {
      announcements,
      screenReaderInstructions: { draggable: t('calendar.dnd.instructions') },
    };
  }, [t, i18n.language]);

  const onDragStart = ({ active }: DragStartEvent) => {
    setDragged((active.data.current as DraggedPost | undefined) ?? null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const post = active.data.current as DraggedPost | undefined;
    const target = over?.data.current as DropTarget | undefined;
    if (!post || !target) return;
    const { move } = useCalendar.getState();
    if (target.kind === 'tray') void move(post.postId, { date: null });
    else if (target.kind === 'day') void move(post.postId, { date: target.date });
    else
      void move(post.postId, {
        date: target.date,
        time: post.time
          ? timeInHour(post.time, target.hour)
          : `${String(target.hour).padStart(2, '0')}:00`,
      });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      // Scroll only when the pointer is really at the window's edge, not a fifth of the way in,
      // so dropping on the bottom row of a month does not scroll it away.
      autoScroll={{ threshold: { x: 0.05, y: 0.08 } }}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className="chip chip--overlay">
            {dragged.time && (
              <span className="chip__time">{displayTime(dragged.time, i18n.language)}</span>
            )}
            <span className="chip__title">{dragged.title}</span>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
