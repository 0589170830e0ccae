import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { api } from '../../api';
import { heldByMe, refreshOnLiveChange } from '../../api/live-refresh';
import { i18n } from '../../i18n';
import { usePeople } from '../../stores/collections';
import { useSession } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { createCalendarStore, type CalendarOffice } from './create-store';
import { calendarStorageKey, parseStoredCalendar, type CalendarViewKind } from './model';
import { markNavigation } from './perf';
import type { LocalDate } from '../../../shared/time';

/**
 * The calendar store as the app uses it: `create-store.ts` builds it from what it needs, and
 * this file hands it the real API, the office settings, the signed-in person, the language and
 * localStorage.
 */
export * from './create-store';

/** The signed-in person, unless the people list says they were deactivated; writes need one. */
export function currentActorId(): string | null {
  const id = useSession.getState().currentPersonId;
  if (!id) return null;
  const person = usePeople.getState().rows.find((row) => row.id === id);
  // Before the people list has loaded, trust the stored choice; the API checks it anyway.
  return !person || person.active ? id : null;
}

function officeSettings(): CalendarOffice {
  const settings = useSettings.getState().settings;
  return {
    zone: settings?.timeZone ?? defaultTimeZone,
    weekStart: settings?.weekStart ?? 1,
    defaultTime: settings?.defaultPostTime ?? '09:00',
  };
}

function remember(view: CalendarViewKind, anchor: LocalDate): void {
  try {
    localStorage.setItem(calendarStorageKey, JSON.stringify({ view, anchor }));
  } catch {
    // Storage switched off: the calendar simply opens on today next time.
  }
}

function readRemembered() {
  try {
    return parseStoredCalendar(localStorage.getItem(calendarStorageKey));
  } catch {
    return undefined;
  }
}

export const useCalendar = createCalendarStore({
  api,
  office: officeSettings,
  actorId: currentActorId,
  t: i18n.t.bind(i18n),
  language: () => i18n.language,
  remembered: readRemembered,
  remember,
  onNavigate: markNavigation,
});

/**
 * Colleagues' changes on the live stream: the open month or week rereads within a second (one
 * read per burst), except for my own save whose answer the calendar already holds.
 */
refreshOnLiveChange({
  kinds: ['post', 'series'],
  refresh: () => {
    if (useCalendar.getState().loadedKey !== null) void useCalendar.getState().refresh();
  },
  held: (event) => {
    const { posts, ideas } = useCalendar.getState();
    return heldByMe(
      event,
      useSession.getState().currentPersonId,
      (id) => (posts.find((p) => p.id === id) ?? ideas.find((p) => p.id === id))?.version,
    );
  },
});
