import { useTranslation } from 'react-i18next';
import { useCalendar } from './store';
import { calendarViews, type CalendarViewKind } from './model';
import { useCalendarDensity } from './density';
import { TrashButton } from '../editor/TrashDialog';

interface CalendarToolbarProps {
  /** "November 2026" or "9 – 15 November 2026". */
  title: string;
  view: CalendarViewKind;
  zoneLabel: string;
  zoneName: string;
}

/**
 * Previous / Hari ini / next, the period's name, the view switcher and the time zone. The
 * period's name is a live region, so moving with PageUp/PageDown is announced.
 */
export function CalendarToolbar({ title, view, zoneLabel, zoneName }: CalendarToolbarProps) {
  const { t } = useTranslation();
  const step = useCalendar((state) => state.step);
  const goToday = useCalendar((state) => state.goToday);
  const setView = useCalendar((state) => state.setView);
  const density = useCalendarDensity((state) => state.density);
  const setDensity = useCalendarDensity((state) => state.setDensity);
  const week = view === 'week';
  return (
    <div className="calendar-toolbar">
      <div className="calendar-toolbar__nav" role="group" aria-label={t('calendar.toolbarLabel')}>
        <button
          type="button"
          className="button button--small calendar-toolbar__step"
          onClick={() => step(-1)}
          aria-keyshortcuts="PageUp"
          title={`${t(week ? 'calendar.previousWeek' : 'calendar.previousMonth')} (PageUp)`}
        >
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">
            {t(week ? 'calendar.previousWeek' : 'calendar.previousMonth')}
          </span>
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={goToday}
          aria-keyshortcuts="T"
          title={`${t('calendar.today')} (T)`}
        >
          {t('calendar.today')}
        </button>
        <button
          type="button"
          className="button button--small calendar-toolbar__step"
          onClick={() => step(1)}
          aria-keyshortcuts="PageDown"
          title={`${t(week ? 'calendar.nextWeek' : 'calendar.nextMonth')} (PageDown)`}
        >
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">
            {t(week ? 'calendar.nextWeek' : 'calendar.nextMonth')}
          </span>
        </button>
      </div>
      <h2 className="calendar-toolbar__title" aria-live="polite">
        {title}
      </h2>
      <span className="calendar-toolbar__zone" title={t('calendar.zoneHint', { zone: zoneName })}>
        {t('calendar.zone', { zone: zoneLabel })}
      </span>
      <div className="segmented" role="group" aria-label={t('calendar.views.label')}>
        {calendarViews.map((kind) => (
          <button
            key={kind}
            type="button"
            className="segmented__button"
            aria-pressed={view === kind}
            onClick={() => setView(kind)}
          >
            {t(`calendar.views.${kind}`)}
          </button>
        ))}
      </div>
      {view === 'month' && (
        <button
          type="button"
          className="button button--small calendar-toolbar__density"
          aria-pressed={density === 'compact'}
          title={t('calendarDensity.hint')}
          onClick={() => setDensity(density === 'compact' ? 'comfortable' : 'compact')}
        >
          {t('calendarDensity.compact')}
        </button>
      )}
      <TrashButton className="button button--small" />
    </div>
  );
}
