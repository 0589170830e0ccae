import { api } from '../../api';
import { wordKeyed } from '../../api/error-words';
import { onLiveChange } from '../../api/live';
import { i18n } from '../../i18n';
import { createNotesStore, type LegacyNotes } from './create-notes-store';

export * from './create-notes-store';

/** Where an older Linimasa kept the notes, in this browser only: `{ [period]: text }`. */
const legacyKey = 'linimasa.report.notes';

function readLegacy(): Record<string, string> {
  try {
    const raw = window.localStorage.getItem(legacyKey);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const legacyNotes: LegacyNotes = {
  read: (period) => {
    const text = readLegacy()[period];
    return typeof text === 'string' ? text : null;
  },
  forget(period) {
    const rest = readLegacy();
    delete rest[period];
    try {
      if (Object.keys(rest).length === 0) window.localStorage.removeItem(legacyKey);
      else window.localStorage.setItem(legacyKey, JSON.stringify(rest));
    } catch {
      // A blocked storage offers the note again next time; nothing is lost.
    }
  },
};

/** The report's notes as the app uses them: the office's database, this browser's old notes. */
export const useReportNotes = createNotesStore({
  api,
  legacy: legacyNotes,
  word: (error) => wordKeyed(error, i18n),
});

onLiveChange(['report'], () => void useReportNotes.getState().changedElsewhere());
