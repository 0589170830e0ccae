// The calendar screen lives in views/calendar/; the shell imports it from here.
export { CalendarView } from './calendar/CalendarView';
