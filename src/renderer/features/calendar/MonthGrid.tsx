import { useDroppable } from '@dnd-kit/core';
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/time';
import type { ObservanceDay } from './store';
import { visibleChips, type DayPost } from './model';
import { formatLongDate, formatWeekdayLong, formatWeekdayShort } from './format';
import type { CalendarLookups } from './lookups';
import { ObservanceBadges } from './ObservanceBadges';
import { PostChip } from './PostChip';

/** What a drop target tells the drop handler. */
export type DropTarget =
  | { kind: 'day'; date: LocalDate }
  | { kind: 'slot'; date: LocalDate; hour: number }
  | { kind: 'tray' };

export interface DayActions {
  /** Open the editor for a new post on this day (asks for a profile first when none is chosen). */
  onCreate(date: LocalDate): void;
  /** "+N lainnya": show every post of the day. */
  onOpenDay(date: LocalDate): void;
}

interface MonthGridProps {
  monthLabel: string;
  /** `YYYY-MM` of the month shown; days outside it are drawn muted. */
  month: string;
  weeks: LocalDate[][];
  today: LocalDate;
  byDay: ReadonlyMap<LocalDate, DayPost[]>;
  observancesByDay: ReadonlyMap<LocalDate, ObservanceDay[]>;
  lookups: CalendarLookups;
  canEdit: boolean;
  actions: DayActions;
}

/**
 * The month as a table of weeks. Cells are memoised and their drop-target ids are positions
 * (`day-0` … `day-41`), not dates, so switching months re-renders the cells but does not make
 * dnd-kit unregister and register 42 targets.
 */
export function MonthGrid({
  monthLabel,
  month,
  weeks,
  today,
  byDay,
  observancesByDay,
  lookups,
  canEdit,
  actions,
}: MonthGridProps) {
  const { t } = useTranslation();
  const firstWeek = weeks[0] ?? [];
  return (
    <div
      className="month-grid"
      role="table"
      aria-label={t('calendar.month.label', { month: monthLabel })}
    >
      <div className="month-grid__head" role="rowgroup">
        <div className="month-grid__row" role="row">
          {firstWeek.map((date) => (
            <div
              key={date}
              className="month-grid__weekday"
              role="columnheader"
              aria-label={formatWeekdayLong(date, lookups.language)}
            >
              {formatWeekdayShort(date, lookups.language)}
            </div>
          ))}
        </div>
      </div>
      <div className="month-grid__body" role="rowgroup">
        {weeks.map((week, weekIndex) => (
          <div key={weekIndex} className="month-grid__row month-grid__row--week" role="row">
            {week.map((date, dayIndex) => (
              <DayCell
                key={weekIndex * 7 + dayIndex}
                slot={weekIndex * 7 + dayIndex}
                date={date}
                inMonth={date.startsWith(month)}
                isToday={date === today}
                items={byDay.get(date)}
                observances={observancesByDay.get(date)}
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

interface DayCellProps {
  slot: number;
  date: LocalDate;
  inMonth: boolean;
  isToday: boolean;
  items: DayPost[] | undefined;
  observances: ObservanceDay[] | undefined;
  lookups: CalendarLookups;
  canEdit: boolean;
  actions: DayActions;
}

const DayCell = memo(function DayCell({
  slot,
  date,
  inMonth,
  isToday,
  items,
  observances,
  lookups,
  canEdit,
  actions,
}: DayCellProps) {
  const { t } = useTranslation();
  const target: DropTarget = { kind: 'day', date };
  const { setNodeRef, isOver } = useDroppable({ id: `day-${slot}`, data: target });
  const { shown, hidden } = visibleChips(items);
  const longDate = formatLongDate(date, lookups.language);
  const day = Number(date.slice(8, 10));

  // A click on the cell's empty space (not on a chip, badge or button) starts a post on that day.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('button, a, .observance')) return;
    actions.onCreate(date);
  };

  return (
    <div
      ref={setNodeRef}
      role="cell"
      className={[
        'day-cell',
        inMonth ? '' : 'day-cell--outside',
        isToday ? 'day-cell--today' : '',
        isOver ? 'day-cell--over' : '',
        observances?.some((item) => item.publicHoliday) ? 'day-cell--holiday' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-current={isToday ? 'date' : undefined}
      data-date={date}
      onClick={onClick}
    >
      <div className="day-cell__head">
        <span className="day-cell__number">
          <span aria-hidden="true">{day}</span>
          <span className="visually-hidden">{longDate}</span>
        </span>
        {isToday && <span className="day-cell__today">{t('calendar.month.todayMark')}</span>}
        {canEdit && (
          <button
            type="button"
            className="day-cell__add"
            aria-label={t('calendar.month.addOn', { date: longDate })}
            title={t('calendar.month.addOn', { date: longDate })}
            onClick={() => actions.onCreate(date)}
          >
            <span aria-hidden="true">+</span>
          </button>
        )}
      </div>
      {observances && <ObservanceBadges days={observances} compact />}
      {shown.length > 0 && (
        <ul className="day-cell__posts">
          {shown.map((item) => (
            <li key={item.post.id}>
              <PostChip post={item.post} time={item.time} lookups={lookups} draggable={canEdit} />
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="day-cell__more" onClick={() => actions.onOpenDay(date)}>
          {t('calendar.month.more', { count: hidden })}
          <span className="visually-hidden"> {t('calendar.month.moreOn', { date: longDate })}</span>
        </button>
      )}
    </div>
  );
});
