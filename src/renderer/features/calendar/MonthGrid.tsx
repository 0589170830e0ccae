import { useDroppable } from '@dnd-kit/core';
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/time';
import type { ObservanceDay } from './store';
import type { DayPost } from './model';
import { formatLongDate, formatWeekdayLong, formatWeekdayShort } from './format';
import type { CalendarLookups } from './lookups';
import { ObservanceBadges } from './ObservanceBadges';
import { PostChip } from './PostChip';
import { useCalendarDensity, type CalendarDensity } from './density';
import { useChipFit } from './use-chip-fit';
import { useCalendarBulk } from './calendar-bulk';

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
 * dnd-kit unregister and register 42 targets. The weeks share the height the window leaves the
 * grid (calendar.css), and each day shows as many chips as fit in it (`use-chip-fit.ts`).
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
  const density = useCalendarDensity((state) => state.density);
  const firstWeek = weeks[0] ?? [];
  return (
    <div
      className={`month-grid month-grid--${density}`}
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
                density={density}
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
  /** Changes the chips' heights: a new value re-renders the cell, which measures again. */
  density: CalendarDensity;
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
  const all = items ?? noPosts;
  const { bodyRef, plan } = useChipFit(all.length);
  const rendered = all.slice(0, plan.rendered);
  const hidden = all.length - plan.shown;
  // Selected posts behind "+N lainnya" (a Shift-range or Ctrl+A took them): said on the button.
  const hiddenSelected = useCalendarBulk((state) =>
    countSelected(state.selection.ids, all, plan.shown),
  );
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
        {/* "+N lainnya" and the observances sit beside the date, not under the chips: every line
            below the date is the posts'. */}
        {hidden > 0 && (
          <button type="button" className="day-cell__more" onClick={() => actions.onOpenDay(date)}>
            {/* A narrow day shows only "+N"; the words stay in the button's name (calendar.css). */}
            <span className="day-cell__more-words">
              {t('calendar.month.more', { count: hidden })}
            </span>
            <span className="day-cell__more-count" aria-hidden="true">
              +{hidden}
            </span>
            <span className="visually-hidden">
              {' '}
              {t('calendar.month.moreOn', { date: longDate })}
            </span>
            {hiddenSelected > 0 && (
              <>
                <span className="day-cell__more-selected" aria-hidden="true">
                  ✓{hiddenSelected}
                </span>
                <span className="visually-hidden">
                  {', '}
                  {t('calendarSelect.moreSelected', { count: hiddenSelected })}
                </span>
              </>
            )}
          </button>
        )}
        {observances && <ObservanceBadges days={observances} compact />}
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
      <div className="day-cell__body" ref={bodyRef}>
        {rendered.length > 0 && (
          <ul className="day-cell__posts">
            {rendered.map((item, index) => (
              // Past `shown`, a spare: laid out at the cell's width but unseen, only to be measured.
              <li key={item.post.id} className={index < plan.shown ? undefined : 'day-cell__spare'}>
                <PostChip post={item.post} time={item.time} lookups={lookups} draggable={canEdit} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});

const noPosts: DayPost[] = [];

function countSelected(ids: ReadonlySet<string>, items: readonly DayPost[], from: number): number {
  if (ids.size === 0) return 0;
  let count = 0;
  for (let index = from; index < items.length; index++) if (ids.has(items[index]!.post.id)) count++;
  return count;
}
