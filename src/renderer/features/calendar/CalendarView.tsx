import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneLabel, type LocalDate } from '../../../shared/time';
import { EmptyState } from '../../components/EmptyState';
import { CalendarIcon } from '../../components/icons';
import { LoadProblem } from '../../components/LoadProblem';
import { useCurrentPerson } from '../../stores/session';
import { navigate } from '../../navigation/use-route';
import { useCalendar, type ObservanceDay } from './store';
import { useChannels, usePeople } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { ScreenHeader } from '../../components/ScreenHeader';
import { AgendaView } from './AgendaView';
import { CalendarDnd } from './CalendarDnd';
import { CalendarNotice } from './CalendarNotice';
import { CalendarToolbar } from './CalendarToolbar';
import {
  activeFilterCount,
  groupByDay,
  isTypingTarget,
  monthKey,
  visibleRange,
  type DayPost,
} from './model';
import { DayDialog } from './DayDialog';
import { PostEditorPanel } from '../editor/PostEditorPanel';
import { ReviewDialog } from '../review/ReviewDialog';
import { ReviewLauncher } from '../review/ReviewLauncher';
import { FilterBar } from './FilterBar';
import { formatMonthYear, formatWeekRange } from './format';
import { IdeasTray } from './IdeasTray';
import { useCalendarLookups } from './lookups';
import { MonthGrid, type DayActions } from './MonthGrid';
import { gridCommitted } from './perf';
import { SearchBox } from './SearchBox';
import { SetupChecklist } from './SetupChecklist';
import { CalendarBulkBar, CalendarSelection, useBulkInUse } from './CalendarSelection';
import { selectionScope } from './selection-scope';
import { useToday } from '../../hooks/use-today';
import { WeekView } from './WeekView';
import './calendar.css';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * Kalender: the month grid (or week, or agenda) of the office's posts, the ideas tray beside it,
 * filters and search above, the post editor on the side. Without a channel there is nothing to
 * plan yet, and the screen says where to add one.
 */
export function CalendarView() {
  const { t } = useTranslation();
  const channels = useChannels();
  // Wait for the people too: the profile prompt and the checklist depend on them, and popping
  // in later would push the grid down under the user's pointer.
  const peopleSettled = usePeople((state) => state.status === 'ready' || state.status === 'error');

  if (channels.status === 'error') {
    return (
      <>
        <ScreenHeader title={t('calendar.title')} />
        <LoadProblem
          message={channels.loadError?.message ?? ''}
          onRetry={() => void channels.load()}
        />
      </>
    );
  }
  if (channels.status !== 'ready' || !peopleSettled) {
    return <ScreenHeader title={t('calendar.title')} />;
  }
  if (!channels.rows.some((channel) => channel.active)) {
    return (
      <>
        <ScreenHeader title={t('calendar.title')} />
        <EmptyState
          title={t('calendar.noChannelsTitle')}
          icon={<CalendarIcon size={40} />}
          action={
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate({ screen: 'settings', section: 'channels' })}
            >
              {t('calendar.addChannel')}
            </button>
          }
        >
          <p>{t('calendar.noChannelsBody')}</p>
        </EmptyState>
      </>
    );
  }
  return <CalendarScreen />;
}

/** Keeps the previous grouping so unchanged days keep their arrays (and their cells skip rendering). */
function dayGrouper() {
  let previous: Map<LocalDate, DayPost[]> | undefined;
  return (posts: Parameters<typeof groupByDay>[0], zone: string) =>
    (previous = groupByDay(posts, zone, previous));
}
const groupDays = dayGrouper();

function groupObservances(days: ObservanceDay[]): Map<LocalDate, ObservanceDay[]> {
  const byDay = new Map<LocalDate, ObservanceDay[]>();
  for (const day of days) {
    const list = byDay.get(day.date);
    if (list) list.push(day);
    else byDay.set(day.date, [day]);
  }
  return byDay;
}

function CalendarScreen() {
  const { t, i18n } = useTranslation();
  const settings = useSettings((state) => state.settings);
  const zone = settings?.timeZone ?? defaultTimeZone;
  const weekStart = settings?.weekStart ?? 1;
  const view = useCalendar((state) => state.view);
  const anchor = useCalendar((state) => state.anchor);
  const posts = useCalendar((state) => state.posts);
  const ideas = useCalendar((state) => state.ideas);
  const observances = useCalendar((state) => state.observances);
  const status = useCalendar((state) => state.status);
  const loadError = useCalendar((state) => state.loadError);
  const filter = useCalendar((state) => state.filter);
  const loadedKey = useCalendar((state) => state.loadedKey);
  const loadCount = useCalendar((state) => state.loadCount);
  const editor = useCalendar((state) => state.editor);
  const canEdit = useCurrentPerson() !== null;
  const lookups = useCalendarLookups();
  const searchRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const [openDay, setOpenDay] = useState<LocalDate | null>(null);

  // On opening the screen, and again when the week start or the zone changes which days show.
  useEffect(() => {
    useCalendar.getState().init();
  }, [weekStart, zone]);

  useLayoutEffect(() => {
    gridCommitted(loadedKey);
  }, [loadCount, loadedKey]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target as Element | null;
      // The day dialog and the editor panel keep their keys.
      if (target?.closest?.('dialog') || editorRef.current?.contains(target)) return;
      const calendar = useCalendar.getState();
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && !event.altKey && !event.shiftKey && key === 'f') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      // In a text field Ctrl+Z undoes typing, and letters are letters.
      if (isTypingTarget(target)) return;
      if (command && !event.altKey && !event.shiftKey && key === 'z') {
        event.preventDefault();
        void calendar.undo();
        return;
      }
      if (command || event.altKey) return;
      if (event.key === 'PageUp' || event.key === 'PageDown') {
        event.preventDefault();
        calendar.step(event.key === 'PageUp' ? -1 : 1);
      } else if (key === 't' && !event.shiftKey) {
        event.preventDefault();
        calendar.goToday();
      } else if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const actions: DayActions = useMemo(
    () => ({
      onCreate: (date) => {
        const calendar = useCalendar.getState();
        if (!canEdit) {
          calendar.showNotice({ tone: 'warning', message: t('calendar.notices.signInFirst') });
          return;
        }
        calendar.newPost(date);
      },
      onOpenDay: setOpenDay,
    }),
    [canEdit, t],
  );

  const byDay = useMemo(() => groupDays(posts, zone), [posts, zone]);
  const observancesByDay = useMemo(() => groupObservances(observances), [observances]);
  const range = useMemo(
    () => (anchor ? visibleRange(view, anchor, weekStart) : null),
    [view, anchor, weekStart],
  );
  const today = useToday(zone);
  const bulkInUse = useBulkInUse() && view !== 'agenda';
  const scope = useMemo(
    () =>
      range && anchor
        ? selectionScope(range.days, byDay, view === 'month' ? monthKey(anchor) : null)
        : null,
    [range, anchor, byDay, view],
  );

  if (!anchor || !range || !scope) return <ScreenHeader title={t('calendar.title')} />;

  const month = monthKey(anchor);
  const monthLabel = formatMonthYear(anchor, i18n.language);
  const title = view === 'week' ? formatWeekRange(range.from, range.to, i18n.language) : monthLabel;
  const loaded = loadedKey?.startsWith(`${range.from}..${range.to}|`) ?? false;
  // The neighbouring months' days in the grid do not count: "nothing in November" is the message.
  const hasPosts = range.days.some(
    (date) => byDay.has(date) && (view === 'week' || date.startsWith(month)),
  );
  const filtered = activeFilterCount(filter) > 0;

  return (
    // In the month view the screen takes the window's height and the grid what is left of it.
    <div className={`calendar-screen calendar-screen--${view}`}>
      <ScreenHeader title={t('calendar.title')} />
      <SetupChecklist />
      <CalendarToolbar title={title} view={view} zoneLabel={zoneLabel(zone)} zoneName={zone} />
      {/* While posts are selected (or the last bulk results are open) the bar takes the filter
          row's place, so the month keeps its height; the filters keep their state meanwhile. */}
      {bulkInUse && <CalendarBulkBar scope={scope} />}
      <div className="calendar-filters" hidden={bulkInUse}>
        <FilterBar lookups={lookups} />
        <SearchBox lookups={lookups} zone={zone} inputRef={searchRef} />
      </div>
      <p className="calendar-shortcuts muted">
        <span>
          {t('calendar.shortcuts', {
            unit: t(view === 'week' ? 'calendar.unitWeek' : 'calendar.unitMonth'),
          })}
          {canEdit && view !== 'agenda' && (
            <span className="calendar-shortcuts__select" title={t('calendarSelect.keys')}>
              {' · '}
              {t('calendarSelect.hint')}
            </span>
          )}
        </span>
        <ReviewLauncher />
      </p>
      <CalendarDnd>
        <div className={`calendar-layout${editor ? ' calendar-layout--editing' : ''}`}>
          <div className="calendar-layout__main" aria-busy={!loaded || undefined}>
            {status === 'error' && (
              <LoadProblem
                message={loadError?.message ?? ''}
                onRetry={() => void useCalendar.getState().refresh()}
              />
            )}
            {status === 'loading' && (
              <p className="calendar-loading" role="status">
                {t('calendar.loading')}
              </p>
            )}
            {status === 'ready' && loaded && !hasPosts && (
              <div className="calendar-empty">
                <p>
                  {filtered
                    ? t('calendar.month.emptyFiltered', { month: title })
                    : t('calendar.month.empty', { month: title })}
                </p>
                {filtered && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => useCalendar.getState().clearFilters()}
                  >
                    {t('calendar.filters.clear')}
                  </button>
                )}
              </div>
            )}
            {view === 'month' && (
              <CalendarSelection scope={scope}>
                <MonthGrid
                  monthLabel={monthLabel}
                  month={month}
                  weeks={range.weeks}
                  today={today}
                  byDay={byDay}
                  observancesByDay={observancesByDay}
                  lookups={lookups}
                  canEdit={canEdit}
                  actions={actions}
                />
              </CalendarSelection>
            )}
            {view === 'week' && (
              <CalendarSelection scope={scope}>
                <WeekView
                  rangeLabel={title}
                  days={range.days}
                  today={today}
                  byDay={byDay}
                  observancesByDay={observancesByDay}
                  lookups={lookups}
                  canEdit={canEdit}
                  actions={actions}
                />
              </CalendarSelection>
            )}
            {view === 'agenda' && (
              <AgendaView
                monthLabel={monthLabel}
                days={range.days}
                today={today}
                byDay={byDay}
                observancesByDay={observancesByDay}
                lookups={lookups}
              />
            )}
          </div>
          <IdeasTray
            ideas={ideas}
            lookups={lookups}
            canEdit={canEdit}
            onNewIdea={() => useCalendar.getState().newPost()}
          />
          <div className="calendar-layout__editor" ref={editorRef}>
            <PostEditorPanel />
          </div>
        </div>
      </CalendarDnd>
      {openDay && (
        <DayDialog
          date={openDay}
          items={byDay.get(openDay) ?? []}
          observances={observancesByDay.get(openDay)}
          lookups={lookups}
          canEdit={canEdit}
          selectOrder={canEdit && view !== 'agenda' ? scope.order : undefined}
          onCreate={actions.onCreate}
          onClose={() => setOpenDay(null)}
        />
      )}
      <ReviewDialog />
      <CalendarNotice />
    </div>
  );
}
