import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/time';
import type { ObservanceDay } from './store';
import { hourOf, visibleChips, weekHours, type DayPost } from './model';
import { formatLongDate, formatWeekdayShort } from './format';
import type { CalendarLookups } from './lookups';
import type { DayActions, DropTarget } from './MonthGrid';
import { ObservanceBadges } from './ObservanceBadges';
import { PostChip } from './PostChip';

interface WeekViewProps {
  rangeLabel: string;
  days: LocalDate[];
  today: LocalDate;
  byDay: ReadonlyMap<LocalDate, DayPost[]>;
  observancesByDay: ReadonlyMap<LocalDate, ObservanceDay[]>;
  lookups: CalendarLookups;
  canEdit: boolean;
  actions: DayActions;
}

/** Per hour slot: the first two chips, then "+N" opening the day. */
const chipsPerSlot = 2;

/**
 * Seven days in hour rows, 06:00–22:00, plus any night hour that holds a post. A post sits in
 * the row of its hour; dropping it on another row keeps its minutes and takes that hour.
 */
export function WeekView({
  rangeLabel,
  days,
  today,
  byDay,
  observancesByDay,
  lookups,
  canEdit,
  actions,
}: WeekViewProps) {
  const { t } = useTranslation();
  const weekPosts = useMemo(() => days.flatMap((date) => byDay.get(date) ?? []), [days, byDay]);
  const hours = useMemo(() => weekHours(weekPosts), [weekPosts]);
  const bySlot = useMemo(() => {
    const slots = new Map<string, DayPost[]>();
    for (const item of weekPosts) {
      const key = `${item.date}T${hourOf(item.time)}`;
      const list = slots.get(key);
      if (list) list.push(item);
      else slots.set(key, [item]);
    }
    return slots;
  }, [weekPosts]);

  return (
    <div
      className="week-grid"
      role="table"
      aria-label={t('calendar.week.label', { range: rangeLabel })}
    >
      <div role="rowgroup">
        <div className="week-grid__row week-grid__row--head" role="row">
          <div className="week-grid__corner" role="columnheader">
            {t('calendar.week.time')}
          </div>
          {days.map((date) => (
            <div
              key={date}
              role="columnheader"
              className={`week-grid__day${date === today ? ' week-grid__day--today' : ''}`}
              aria-current={date === today ? 'date' : undefined}
            >
              <span className="week-grid__weekday" aria-hidden="true">
                {formatWeekdayShort(date, lookups.language)}
              </span>
              <span className="week-grid__date" aria-hidden="true">
                {Number(date.slice(8, 10))}
              </span>
              <span className="visually-hidden">{formatLongDate(date, lookups.language)}</span>
              {date === today && (
                <span className="day-cell__today">{t('calendar.month.todayMark')}</span>
              )}
              {canEdit && (
                <button
                  type="button"
                  className="day-cell__add"
                  aria-label={t('calendar.month.addOn', {
                    date: formatLongDate(date, lookups.language),
                  })}
                  onClick={() => actions.onCreate(date)}
                >
                  <span aria-hidden="true">+</span>
                </button>
              )}
              {observancesByDay.get(date) && (
                <ObservanceBadges days={observancesByDay.get(date)!} compact />
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="week-grid__body">
        {hours.map((hour) => (
          <div key={hour} className="week-grid__row" role="row">
            <div className="week-grid__hour" role="rowheader">
              {t('calendar.week.hour', { hour: String(hour).padStart(2, '0') })}
            </div>
            {days.map((date, column) => (
              <HourSlot
                key={column}
                column={column}
                date={date}
                hour={hour}
                items={bySlot.get(`${date}T${hour}`)}
                lookups={lookups}
                canEdit={canEdit}
                actions={actions}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

interface HourSlotProps {
  column: number;
  date: LocalDate;
  hour: number;
  items: DayPost[] | undefined;
  lookups: CalendarLookups;
  canEdit: boolean;
  actions: DayActions;
}

const HourSlot = memo(function HourSlot({
  column,
  date,
  hour,
  items,
  lookups,
  canEdit,
  actions,
}: HourSlotProps) {
  const { t } = useTranslation();
  const target: DropTarget = { kind: 'slot', date, hour };
  const { setNodeRef, isOver } = useDroppable({ id: `slot-${column}-${hour}`, data: target });
  const { shown, hidden } = visibleChips(items, chipsPerSlot);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('button, a')) return;
    actions.onCreate(date);
  };
  return (
    <div
      ref={setNodeRef}
      role="cell"
      className={`week-grid__slot${isOver ? ' day-cell--over' : ''}`}
      onClick={onClick}
    >
      {shown.map((item) => (
        <PostChip
          key={item.post.id}
          post={item.post}
          time={item.time}
          lookups={lookups}
          draggable={canEdit}
        />
      ))}
      {hidden > 0 && (
        <button type="button" className="day-cell__more" onClick={() => actions.onOpenDay(date)}>
          {t('calendar.month.more', { count: hidden })}
          <span className="visually-hidden">
            {' '}
            {t('calendar.week.moreAt', {
              hour: String(hour).padStart(2, '0'),
              date: formatLongDate(date, lookups.language),
            })}
          </span>
        </button>
      )}
    </div>
  );
});
