import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import { checkPostWithMedia, mediaFactsOf } from '../../../shared/domain/media-fit';
import type { PostAction } from '../../../shared/domain/post-status';
import type { Activity, Post } from '../../../shared/domain/posts';
import { api } from '../../api';
import { useCurrentPerson } from '../../components/ProfileSwitcher';
import { messageForField } from '../../forms/errors';
import { useCalendar, type EditorMode } from '../calendar/store';
import { useCampaigns, useChannels, usePeople } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { ActivityLog } from './ActivityLog';
import { ApprovalPanel, type TransitionInput } from './ApprovalPanel';
import { useAttachedAssets } from './AssetsField';
import {
  blankDraft,
  changedContent,
  draftContent,
  draftFromPost,
  isDirty,
  limitsInput,
  normaliseTime,
  seriesPatch,
  type PostDraft,
} from './draft';
import { PostFields } from './PostFields';
import { RepeatFields } from './RepeatFields';
import { platformLimits } from './limits';
import { blankRepeat, repeatRule, type RepeatDraft } from './repeat';
import { StatusBadge } from './StatusBadge';
import './editor.css';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * The post editor, a side panel beside the calendar (a non-modal dialog: the calendar stays
 * usable). The calendar store says what to show (`editor`: a new post, an existing one, or
 * nothing); this panel loads, saves, runs approval steps and shows the history.
 */
export function PostEditorPanel() {
  const mode = useCalendar((state) => state.editor);
  if (!mode) return null;
  // A different post (or a new one) is a fresh session: nothing typed for one leaks into another.
  const key = mode.kind === 'edit' ? `edit:${mode.id}` : `new:${mode.date ?? ''}`;
  return <EditorSession key={key} mode={mode} />;
}

interface Loaded {
  loaded: ApiResult<Post>;
  history: ApiResult<Activity[]>;
}

/** The post and its history, fetched together. */
async function fetchPost(id: string): Promise<Loaded> {
  const [loaded, history] = await Promise.all([api.posts.get({ id }), api.posts.activity({ id })]);
  return { loaded, history };
}

type Notice = { tone: 'ok' | 'warning' | 'error'; text: string } | null;
type Confirming = 'discard' | 'deleteSeries' | null;

/** Fields an API error may name, mapped to the input that shows it. */
const fieldOf = (field: string | undefined): string | undefined => {
  const top = field?.split('.')[0];
  switch (top) {
    case 'title':
    case 'caption':
    case 'link':
    case 'firstComment':
    case 'brief':
    case 'channels':
    case 'assetIds':
    case 'schedule':
      return top;
    default:
      return undefined;
  }
};

function EditorSession({ mode }: { mode: Exclude<EditorMode, null> }) {
  const { t } = useTranslation();
  const ids = useId();
  const settings = useSettings((state) => state.settings);
  const zone = settings?.timeZone ?? defaultTimeZone;
  const defaultTime = settings?.defaultPostTime ?? '09:00';
  const weekStart = settings?.weekStart ?? 1;
  const allowSelfApproval = settings?.allowSelfApproval ?? false;
  const actor = useCurrentPerson();
  const allChannels = useChannels((state) => state.rows);
  const allPeople = usePeople((state) => state.rows);
  const allCampaigns = useCampaigns((state) => state.rows);
  const closeEditor = useCalendar((state) => state.closeEditor);

  const [post, setPost] = useState<Post | null>(null);
  const [phase, setPhase] = useState<'loading' | 'ready' | 'missing' | 'error'>(
    mode.kind === 'new' ? 'ready' : 'loading',
  );
  const [loadError, setLoadError] = useState('');
  const [original, setOriginal] = useState<PostDraft>(() =>
    blankDraft({
      date: mode.kind === 'new' ? mode.date : undefined,
      defaultTime,
      assigneeId: mode.kind === 'new' ? (actor?.id ?? null) : null,
    }),
  );
  const [draft, setDraftState] = useState<PostDraft>(original);
  const [activity, setActivity] = useState<Activity[]>([]);
  const [repeat, setRepeat] = useState<RepeatDraft>(() =>
    blankRepeat(mode.kind === 'new' ? (mode.date ?? '') : ''),
  );
  const [scope, setScope] = useState<'one' | 'series'>('one');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [confirming, setConfirming] = useState<Confirming>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Read once, before the panel takes focus: where focus goes back to on closing.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  const setDraft = (update: (draft: PostDraft) => PostDraft) => {
    setDraftState(update);
    setNotice((current) => (current?.tone === 'ok' ? null : current));
  };

  // ---------- Loading ----------

  const accept = useCallback(
    (loaded: Post) => {
      const fresh = draftFromPost(loaded, zone, defaultTime);
      setPost(loaded);
      setOriginal(fresh);
      setDraftState(fresh);
      setErrors({});
    },
    [zone, defaultTime],
  );

  const loadActivity = useCallback(async (id: string) => {
    const result = await api.posts.activity({ id });
    if (result.ok) setActivity(result.value);
  }, []);

  const applyLoaded = useCallback(
    ({ loaded, history }: Loaded) => {
      if (!loaded.ok) {
        if (loaded.error.code === 'not_found') setPhase('missing');
        else {
          setLoadError(loaded.error.message);
          setPhase('error');
        }
        return;
      }
      accept(loaded.value);
      setActivity(history.ok ? history.value : []);
      setConflict(false);
      setPhase(loaded.value.deletedAt ? 'missing' : 'ready');
    },
    [accept],
  );

  const load = useCallback(async (id: string) => applyLoaded(await fetchPost(id)), [applyLoaded]);

  useEffect(() => {
    if (mode.kind !== 'edit') return;
    let live = true;
    void fetchPost(mode.id).then((loaded) => {
      if (live) applyLoaded(loaded);
    });
    return () => {
      live = false;
    };
  }, [mode, applyLoaded]);

  // A new post starts in its title; an existing one at its heading, to read before editing.
  // While it loads the panel itself holds focus, so Escape already closes it.
  useEffect(() => {
    if (phase === 'loading') panelRef.current?.focus();
    if (phase !== 'ready') return;
    if (mode.kind === 'new') titleRef.current?.focus();
    else headingRef.current?.focus();
  }, [phase, mode.kind]);

  // ---------- Derived ----------

  const channels = useMemo(
    () =>
      allChannels.filter(
        (channel) => channel.active || draft.channels.some((item) => item.channelId === channel.id),
      ),
    [allChannels, draft.channels],
  );
  const people = useMemo(
    () => allPeople.filter((person) => person.active || person.id === draft.assigneeId),
    [allPeople, draft.assigneeId],
  );
  const campaigns = useMemo(
    () => allCampaigns.filter((item) => !item.archived || item.id === draft.campaignId),
    [allCampaigns, draft.campaignId],
  );
  const forLimits = useMemo(() => limitsInput(draft, allChannels), [draft, allChannels]);
  const attached = useAttachedAssets(draft.assetIds);
  const { text: warnings, media: mediaWarnings } = useMemo(
    () =>
      checkPostWithMedia(
        forLimits,
        attached.map((asset) => (asset ? mediaFactsOf(asset) : undefined)),
        platformLimits,
      ),
    [forLimits, attached],
  );
  const dirty = isDirty(original, draft);
  const readOnly = post !== null && (post.status === 'published' || post.status === 'cancelled');
  const inSeries = post?.seriesId ?? null;

  // ---------- Results ----------

  const showError = (error: ApiError) => {
    if (error.code === 'conflict') {
      setConflict(true);
      setNotice(null);
      return;
    }
    const field = fieldOf(error.field);
    if (error.code === 'invalid_request' && field) {
      setErrors({ [field]: messageForField(error) });
      setNotice(null);
      requestAnimationFrame(() => {
        const element = panelRef.current?.querySelector<HTMLElement>(`[name="${field}"]`);
        element?.focus();
      });
      return;
    }
    setNotice({
      tone: 'error',
      text:
        error.code === 'forbidden'
          ? t('approval.forbidden', { message: error.message })
          : error.message,
    });
  };

  const afterChange = async (id: string) => {
    await Promise.all([loadActivity(id), useCalendar.getState().refresh()]);
  };

  // ---------- Save ----------

  const save = async () => {
    if (busy || readOnly) return;
    if (!actor) {
      setNotice({ tone: 'warning', text: t('editor.chooseProfile') });
      return;
    }
    if (draft.title.trim() === '') {
      setErrors({ title: t('editor.titleRequired') });
      titleRef.current?.focus();
      return;
    }
    if (draft.date && normaliseTime(draft.time) !== draft.time) {
      setErrors({ time: t('editor.timeInvalid') });
      panelRef.current?.querySelector<HTMLElement>('[name="time"]')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (mode.kind === 'new') await saveNew(actor.id);
      else if (post) await saveExisting(actor.id, post);
    } finally {
      setBusy(false);
    }
  };

  const saveNew = async (actorId: string) => {
    const rule = draft.date ? repeatRule(repeat, draft.date, draft.time, weekStart) : null;
    const calendar = useCalendar.getState();
    if (rule) {
      const { schedule: _schedule, ...content } = draftContent(draft);
      const result = await api.series.create({ actorId, post: content, rule });
      if (!result.ok) {
        if (result.error.field?.startsWith('rule'))
          setNotice({ tone: 'error', text: result.error.message });
        else showError(result.error);
        return;
      }
      await calendar.refresh();
      calendar.showNotice({
        tone: 'info',
        message: t('editor.repeat.created', { count: result.value.posts.length }),
      });
      calendar.closeEditor();
      return;
    }
    const result = await api.posts.create({ ...draftContent(draft), actorId });
    if (!result.ok) {
      showError(result.error);
      return;
    }
    await calendar.refresh();
    calendar.showNotice({ tone: 'info', message: t('editor.created') });
    // The same panel carries on with the stored post: submit is one click away.
    calendar.openPost(result.value.id);
  };

  const saveExisting = async (actorId: string, current: Post) => {
    const patch = changedContent(original, draft);
    if (Object.keys(patch).length === 0) {
      setNotice({ tone: 'ok', text: t('editor.saved') });
      return;
    }
    let result: ApiResult<{ post: Post; returnedToDraft: boolean }>;
    let seriesText = '';
    if (current.seriesId && scope === 'series') {
      const contentPatch = seriesPatch(original, draft);
      if (Object.keys(contentPatch).length > 0) {
        const updated = await api.series.update({
          seriesId: current.seriesId,
          actorId,
          patch: contentPatch,
        });
        if (!updated.ok) {
          showError(updated.error);
          return;
        }
        seriesText = t('editor.series.updated', updated.value);
      }
      // The schedule is this post's own; the rest went to the whole series.
      const fresh = await api.posts.get({ id: current.id });
      if (!fresh.ok) {
        showError(fresh.error);
        return;
      }
      if (patch.schedule === undefined) {
        accept(fresh.value);
        setNotice({ tone: 'ok', text: seriesText });
        await afterChange(current.id);
        return;
      }
      result = await api.posts.update({
        id: current.id,
        version: fresh.value.version,
        actorId,
        schedule: patch.schedule,
      });
    } else {
      result = await api.posts.update({
        id: current.id,
        version: current.version,
        actorId,
        ...patch,
      });
    }
    if (!result.ok) {
      showError(result.error);
      return;
    }
    accept(result.value.post);
    setNotice(
      result.value.returnedToDraft
        ? { tone: 'warning', text: t('editor.returnedToDraft') }
        : { tone: 'ok', text: [seriesText, t('editor.saved')].filter(Boolean).join(' ') },
    );
    await afterChange(current.id);
  };

  const reload = async () => {
    if (mode.kind !== 'edit') return;
    setNotice(null);
    await load(mode.id);
    await useCalendar.getState().refresh();
  };

  // ---------- Approval ----------

  const transition = async (action: PostAction, input: TransitionInput) => {
    if (!post || !actor) return null;
    setBusy(true);
    try {
      const result = await api.posts.transition({
        id: post.id,
        version: post.version,
        actorId: actor.id,
        action,
        ...input,
      });
      if (!result.ok) {
        if (result.error.code === 'conflict') {
          setConflict(true);
          return null;
        }
        return result.error;
      }
      accept(result.value);
      setNotice({ tone: 'ok', text: t(`approval.done.${action}`) });
      await afterChange(post.id);
      return null;
    } finally {
      setBusy(false);
    }
  };

  // ---------- Delete ----------

  const remove = async () => {
    if (!post) return;
    if (!actor) {
      setNotice({ tone: 'warning', text: t('editor.chooseProfile') });
      return;
    }
    setBusy(true);
    const result = await api.posts.delete({
      id: post.id,
      version: post.version,
      actorId: actor.id,
    });
    setBusy(false);
    if (!result.ok) {
      showError(result.error);
      return;
    }
    const calendar = useCalendar.getState();
    calendar.recordUndo({ kind: 'delete', postId: post.id, title: post.title });
    calendar.showNotice({
      tone: 'info',
      message: t('editor.deleted', { title: post.title }),
      undo: true,
    });
    calendar.closeEditor();
    await calendar.refresh();
  };

  const removeSeries = async () => {
    if (!post?.seriesId || !actor) return;
    setBusy(true);
    const result = await api.series.delete({ seriesId: post.seriesId, actorId: actor.id });
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      showError(result.error);
      return;
    }
    const calendar = useCalendar.getState();
    calendar.showNotice({
      tone: 'info',
      message: t('editor.series.deleted', { count: result.value.deleted }),
    });
    calendar.closeEditor();
    await calendar.refresh();
  };

  // ---------- Closing and keys ----------

  const requestClose = () => {
    if (dirty && !readOnly) setConfirming('discard');
    else closeEditor();
  };

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    // Ctrl+S saves wherever focus is, as in every editor; the browser's "save page" is never wanted here.
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // The panel fits the part of the window below its top edge, so Simpan stays in view whether
  // the page is scrolled to the top (panel starts under the toolbar) or the panel is stuck.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    let frame = 0;
    const fit = () => {
      frame = 0;
      const top = Math.max(panel.getBoundingClientRect().top, 0);
      panel.style.maxHeight = `${Math.max(window.innerHeight - top - 16, 360)}px`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(fit);
    };
    fit();
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);

  // Focus returns to whatever opened the panel (a day, a chip) when it closes.
  useEffect(() => {
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
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
          if (confirming) setConfirming(null);
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
        {phase === 'loading' && (
          <p className="muted" role="status">
            {t('editor.loading')}
          </p>
        )}
        {phase === 'missing' && (
          <p className="notice notice--warning" role="alert">
            {t('editor.notFound')}
          </p>
        )}
        {phase === 'error' && (
          <div className="load-problem" role="alert">
            <p>{loadError}</p>
            {mode.kind === 'edit' && (
              <button type="button" className="button" onClick={() => void load(mode.id)}>
                {t('common.retry')}
              </button>
            )}
          </div>
        )}

        {phase === 'ready' && (
          <>
            {conflict && (
              <div className="editor-banner editor-banner--warning" role="alert">
                <p className="editor-banner__title">{t('editor.conflict')}</p>
                <p>{t('editor.conflictBody')}</p>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void reload()}
                >
                  {t('editor.reload')}
                </button>
              </div>
            )}
            {!actor && (
              <p className="editor-banner editor-banner--info">{t('editor.chooseProfile')}</p>
            )}
            {post && inSeries && (
              <p className="editor-banner editor-banner--info">{t('editor.series.member')}</p>
            )}

            {post && (
              <ApprovalPanel
                post={post}
                actor={actor}
                people={allPeople}
                allowSelfApproval={allowSelfApproval}
                dirty={dirty}
                warningCount={warnings.length + mediaWarnings.length}
                zone={zone}
                busy={busy}
                onTransition={transition}
              />
            )}
            {readOnly && (
              <p className="editor-banner editor-banner--info">{t('editor.readOnly')}</p>
            )}

            <form
              id={formId}
              className="editor-form"
              aria-label={heading}
              noValidate
              onSubmit={onSubmit}
            >
              <PostFields
                draft={draft}
                onDraft={setDraft}
                errors={errors}
                disabled={readOnly}
                channels={channels}
                campaigns={campaigns}
                people={people}
                forLimits={forLimits}
                warnings={warnings}
                attached={attached}
                mediaWarnings={mediaWarnings}
                zone={zone}
                titleRef={titleRef}
                repeat={
                  mode.kind === 'new' ? (
                    <RepeatFields
                      repeat={repeat}
                      onRepeat={setRepeat}
                      startDate={draft.date}
                      time={draft.time}
                      zone={zone}
                      weekStart={weekStart}
                      disabled={readOnly}
                    />
                  ) : undefined
                }
              />
              {post && inSeries && !readOnly && (
                <fieldset className="fieldset editor-scope">
                  <legend>{t('editor.series.scope')}</legend>
                  <label className="radio">
                    <input
                      type="radio"
                      name="scope"
                      checked={scope === 'one'}
                      onChange={() => setScope('one')}
                    />
                    <span>{t('editor.series.onlyThis')}</span>
                  </label>
                  <label className="radio">
                    <input
                      type="radio"
                      name="scope"
                      checked={scope === 'series'}
                      onChange={() => setScope('series')}
                    />
                    <span>
                      {t('editor.series.wholeSeries')}
                      <span className="radio__detail">{t('editor.series.wholeSeriesHint')}</span>
                    </span>
                  </label>
                </fieldset>
              )}
            </form>

            {post && <ActivityLog entries={activity} zone={zone} />}
          </>
        )}
      </div>

      {phase === 'ready' && (
        <footer className="editor-panel__footer">
          {confirming === 'discard' && (
            <div className="editor-confirm" role="alertdialog" aria-labelledby={`${ids}-discard`}>
              <p id={`${ids}-discard`}>{t('editor.discardConfirm')}</p>
              <div className="form-footer__actions">
                <button type="button" className="button button--danger" onClick={closeEditor}>
                  {t('editor.discard')}
                </button>
                <button
                  type="button"
                  className="button"
                  autoFocus
                  onClick={() => setConfirming(null)}
                >
                  {t('editor.keepEditing')}
                </button>
              </div>
            </div>
          )}
          {confirming === 'deleteSeries' && (
            <div
              className="editor-confirm"
              role="alertdialog"
              aria-labelledby={`${ids}-series-delete`}
            >
              <p id={`${ids}-series-delete`}>{t('editor.series.deleteConfirm')}</p>
              <div className="form-footer__actions">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => void removeSeries()}
                >
                  {t('editor.series.delete')}
                </button>
                <button
                  type="button"
                  className="button"
                  autoFocus
                  onClick={() => setConfirming(null)}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
          {/* Always rendered: a live region that appears with its text is often not announced. */}
          <p
            className={`editor-notice editor-notice--${notice?.tone ?? 'ok'}`}
            role="status"
            aria-live="polite"
          >
            {notice && notice.tone !== 'error' ? notice.text : ''}
          </p>
          {notice?.tone === 'error' && (
            <p className="editor-notice editor-notice--error" role="alert">
              {notice.text}
            </p>
          )}
          <div className="editor-panel__actions">
            {!readOnly && (
              <button
                type="submit"
                form={formId}
                className="button button--primary"
                disabled={busy}
                aria-keyshortcuts="Control+S"
              >
                {busy ? t('common.saving') : t('editor.save')}
                <kbd className="editor-kbd" aria-hidden="true">
                  {t('editor.saveShortcut')}
                </kbd>
              </button>
            )}
            <button type="button" className="button" onClick={requestClose}>
              {readOnly || !dirty ? t('editor.closeShort') : t('editor.cancel')}
            </button>
            <span className="editor-panel__spacer" />
            {post && inSeries && (
              <button
                type="button"
                className="button button--danger-quiet"
                disabled={busy}
                onClick={() => setConfirming('deleteSeries')}
              >
                {t('editor.series.delete')}
              </button>
            )}
            {post && (
              <button
                type="button"
                className="button button--danger-quiet"
                disabled={busy}
                onClick={() => void remove()}
              >
                {t('editor.delete')}
              </button>
            )}
          </div>
        </footer>
      )}
    </section>
  );
}
