import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { api } from '../../api';
import { onLiveChange } from '../../api/live';
import { i18n } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { useCalendar } from '../calendar/store';
import { createEditorOfflineLink } from '../offline/editor-link';
import { onOutboxSent } from '../offline/store';
import { createEditorStore, type EditorOffice } from './create-store';

/**
 * The editor's session store as the app uses it: `create-store.ts` builds it from what it needs,
 * and this file hands it the real API, the office settings, the calendar and the language.
 */
export * from './create-store';

function officeSettings(): EditorOffice {
  const settings = useSettings.getState().settings;
  return {
    zone: settings?.timeZone ?? defaultTimeZone,
    defaultTime: settings?.defaultPostTime ?? '09:00',
    weekStart: settings?.weekStart ?? 1,
  };
}

export const useEditor = createEditorStore({
  api,
  office: officeSettings,
  calendar: () => useCalendar.getState(),
  t: i18n.t.bind(i18n),
  offline: createEditorOfflineLink(window.localStorage),
});

// A save kept while the host was away went out: the open editor and the calendar show it.
onOutboxSent((item, post) => {
  useEditor.getState().rebase(post);
  // A new post written while away now exists: the open "new post" panel carries on with it.
  if (item.postId === null && useEditor.getState().key === item.draftKey)
    useCalendar.getState().openPost(post.id);
  void useCalendar.getState().refresh();
});

/** A colleague's save of the open post: the editor shows it, or keeps it for merging. */
onLiveChange(['post', 'series'], (event) => {
  const { post } = useEditor.getState();
  if (!post) return;
  void useEditor
    .getState()
    .remoteChange(
      event.kind === 'reload' || event.kind === 'series'
        ? { ids: [post.id], by: null, at: new Date().toISOString() }
        : event,
    );
});

/** A comment on the open post is an entry of its activity log too: the log shows it live. */
onLiveChange(['comment'], (event) => {
  const { post } = useEditor.getState();
  if (!post) return;
  void useEditor
    .getState()
    .commentsChanged({ ids: event.kind === 'reload' ? [post.id] : event.ids });
});
