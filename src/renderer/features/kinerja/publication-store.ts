import { longDate } from '../../../shared/time';
import { api } from '../../api';
import { wordKeyed } from '../../api/error-words';
import { i18n } from '../../i18n';
import { useNeedsAction } from '../actions/store';
import { useCalendar } from '../calendar/store';
import { isDirty } from '../editor/draft';
import { useEditor } from '../editor/store';
import { createPublicationStore } from './create-publication-store';

export * from './create-publication-store';

/**
 * The editor's "Terbit" section as the app uses it. After a mark or an undo the post's status
 * may have moved (approved ↔ published) and its log grew: the editor reloads the post unless
 * something is typed and unsaved (then only the calendar and the counter reload, so nothing
 * typed is lost; the editor's version check catches the rest at save).
 */
export const usePublication = createPublicationStore(
  {
    api,
    word: (error) => wordKeyed(error, i18n),
    async onChanged() {
      void useNeedsAction.getState().load();
      const editor = useEditor.getState();
      if (editor.post && !isDirty(editor.original, editor.draft)) await editor.reload();
      else await useCalendar.getState().refresh();
    },
  },
  {
    marked: () => i18n.t('kinerja.publication.markedDone'),
    unmarked: () => i18n.t('kinerja.publication.unmarkedDone'),
    figuresSaved: (asOf) =>
      i18n.t('kinerja.figures.saved', { date: longDate(asOf, i18n.language) }),
    badNumber: () => i18n.t('kinerja.figures.badNumber'),
  },
);
