import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/people';
import { availableActions } from '../../../shared/domain/post-status';
import { isDirty } from './draft';
import { useReview } from '../review/store';
import { isReadOnly, useEditor } from './store';

interface EditorFooterProps {
  formId: string;
  actor: Person | null;
  onClose(): void;
  onRequestClose(): void;
}

/** The panel's foot: a pending question, the last result, and the buttons. */
export function EditorFooter({ formId, actor, onClose, onRequestClose }: EditorFooterProps) {
  const { t } = useTranslation();
  const ids = useId();
  const editor = useEditor();
  const { post, busy, notice, confirming, setConfirming } = editor;
  const readOnly = isReadOnly(post);
  const dirty = isDirty(editor.original, editor.draft);
  const inSeries = post?.seriesId ?? null;
  // A "Perlu revisi" post is saved and sent back for review in one click.
  const resubmit =
    post?.status === 'changes_requested' &&
    actor !== null &&
    availableActions(
      { status: post.status, submittedBy: post.submittedBy, checkedBy: post.checkedBy },
      { id: actor.id, role: actor.role },
      { allowSelfApproval: false },
    ).includes('revise');

  return (
    <footer className="editor-panel__footer">
      {confirming === 'discard' && (
        <div className="editor-confirm" role="alertdialog" aria-labelledby={`${ids}-discard`}>
          <p id={`${ids}-discard`}>{t('editor.discardConfirm')}</p>
          <div className="form-footer__actions">
            <button type="button" className="button button--danger" onClick={onClose}>
              {t('editor.discard')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(null)}>
              {t('editor.keepEditing')}
            </button>
          </div>
        </div>
      )}
      {confirming === 'deleteSeries' && (
        <div className="editor-confirm" role="alertdialog" aria-labelledby={`${ids}-series-delete`}>
          <p id={`${ids}-series-delete`}>{t('editor.series.deleteConfirm')}</p>
          <div className="form-footer__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => actor && void editor.removeSeries(actor.id)}
            >
              {t('editor.series.delete')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(null)}>
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
        {resubmit && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void editor.saveAndResubmit(actor.id)}
          >
            {t('editor.resubmit.button')}
          </button>
        )}
        {!readOnly && (
          <button
            type="submit"
            form={formId}
            className={`button${resubmit ? '' : ' button--primary'}`}
            disabled={busy}
            aria-keyshortcuts="Control+S"
          >
            {busy ? t('common.saving') : t('editor.save')}
            <kbd className="editor-kbd" aria-hidden="true">
              {t('editor.saveShortcut')}
            </kbd>
          </button>
        )}
        <button type="button" className="button" onClick={onRequestClose}>
          {readOnly || !dirty ? t('editor.closeShort') : t('editor.cancel')}
        </button>
        {post && !dirty && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => useReview.getState().open(post.id)}
          >
            {t('review.open')}
          </button>
        )}
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
            onClick={() => void editor.remove(actor?.id ?? null)}
          >
            {t('editor.delete')}
          </button>
        )}
      </div>
    </footer>
  );
}
