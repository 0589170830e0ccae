import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentPerson, useSession } from '../../stores/session';
import { useCalendar } from '../calendar/store';
import { KeptDraftOffer } from '../offline/KeptDraftOffer';
import { isDirty } from './draft';
import { EditorFooter } from './EditorFooter';
import { EditorForm } from './EditorForm';
import { useFitToWindow, useReturnFocus, useSaveShortcut } from './panel-hooks';
import { StatusBadge } from './StatusBadge';
import { isReadOnly, sessionKey, useEditor, type OpenMode } from './store';
import { usePresenceHeartbeat } from './use-presence';
import './editor.css';

/**
 * The post editor, a side panel beside the calendar (a non-modal dialog: the calendar stays
 * usable). The calendar store says what to show (`editor`: a new post, an existing one, or
 * nothing); the editor store (`store.ts`) loads, saves, runs approval steps and deletes; these
 * views show its state.
 */
export function PostEditorPanel() {
  const mode = useCalendar((state) => state.editor);
  const key = mode ? sessionKey(mode) : null;
  const openKey = useEditor((state) => state.key);

  // Before paint, so the panel never shows the previous post for a frame. Only a different post
  // (a new key) starts a new session; it starts from the mode and profile of that moment.
  useLayoutEffect(() => {
    const next = useCalendar.getState().editor;
    if (!next) return;
    useEditor.getState().open(next, currentPersonId());
    return () => useEditor.getState().close();
  }, [key]);

  if (!mode || openKey !== key) return null;
  // A different post (or a new one) is a fresh session: nothing typed for one leaks into another.
  return <EditorSession key={key} mode={mode} />;
}

function EditorSession({ mode }: { mode: OpenMode }) {
  const { t } = useTranslation();
  const ids = useId();
  const actor = useCurrentPerson();
  const closeEditor = useCalendar((state) => state.closeEditor);
  const phase = useEditor((state) => state.phase);
  const post = useEditor((state) => state.post);
  usePresenceHeartbeat(post && !post.deletedAt ? post.id : null);
  const confirming = useEditor((state) => state.confirming);
  const focus = useEditor((state) => state.focus);
  const titleRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Read once, before the panel takes focus: where focus goes back to on closing.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  // A new post starts in its title; an existing one at its heading, to read before editing.
  // While it loads the panel itself holds focus, so Escape already closes it.
  useEffect(() => {
    if (phase === 'loading') panelRef.current?.focus();
    if (phase !== 'ready') return;
    if (mode.kind === 'new') titleRef.current?.focus();
    else headingRef.current?.focus();
  }, [phase, mode.kind]);

  // A check failed: the field it names takes focus, so its message is read out.
  useEffect(() => {
    if (!focus) return;
    if (focus.field === 'title') titleRef.current?.focus();
    else panelRef.current?.querySelector<HTMLElement>(`[name="${focus.field}"]`)?.focus();
  }, [focus]);

  useSaveShortcut(() => void useEditor.getState().save(actor?.id ?? null));
  useFitToWindow(panelRef);
  useReturnFocus(opener);

  const requestClose = () => {
    const { original, draft, post: current, setConfirming } = useEditor.getState();
    if (isDirty(original, draft) && !isReadOnly(current)) setConfirming('discard');
    else closeEditor();
  };

  const formId = `${ids}-form`;
  const headingId = `${ids}-heading`;
  const heading = mode.kind === 'new' ? t('editor.newTitle') : t('editor.editTitle');

  return (
    <section
      ref={panelRef}
      className="editor-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          if (confirming) useEditor.getState().setConfirming(null);
          else requestClose();
        }
      }}
    >
      <header className="editor-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        {post && <StatusBadge status={post.status} />}
        <button
          type="button"
          className="editor-panel__close"
          aria-label={t('editor.close')}
          aria-keyshortcuts="Escape"
          onClick={requestClose}
        >
          ×
        </button>
      </header>

      <div className="editor-panel__body">
        <LoadState />
        {phase === 'ready' && <KeptDraftOffer />}
        {phase === 'ready' && (
          <EditorForm formId={formId} heading={heading} actor={actor} titleRef={titleRef} />
        )}
      </div>

      {phase === 'ready' && (
        <EditorFooter
          formId={formId}
          actor={actor}
          onClose={closeEditor}
          onRequestClose={requestClose}
        />
      )}
    </section>
  );
}

/** The signed-in person (what `useCurrentPerson` gives), read once. */
function currentPersonId(): string | null {
  return useSession.getState().currentPersonId;
}

/** Loading, gone, or a failed load with "Coba lagi". */
function LoadState() {
  const { t } = useTranslation();
  const phase = useEditor((state) => state.phase);
  const loadError = useEditor((state) => state.loadError);
  const mode = useEditor((state) => state.mode);
  if (phase === 'loading') {
    return (
      <p className="muted" role="status">
        {t('editor.loading')}
      </p>
    );
  }
  if (phase === 'missing') {
    return (
      <p className="notice notice--warning" role="alert">
        {t('editor.notFound')}
      </p>
    );
  }
  if (phase !== 'error') return null;
  return (
    <div className="load-problem" role="alert">
      <p>{loadError}</p>
      {mode?.kind === 'edit' && (
        <button type="button" className="button" onClick={() => void useEditor.getState().retry()}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
