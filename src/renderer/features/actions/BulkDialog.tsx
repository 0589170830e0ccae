import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channels';
import { ModalDialog } from '../../components/Dialog';
import type { BulkStore } from './bulk-store';
import { needsAcknowledgement } from './model';

/**
 * The one confirmation of a bulk action: how many posts, which are left out and why, the
 * platform warnings of the whole selection shown once (submitting over them needs one tick),
 * the one comment of "Minta revisi", and where "Pindahkan" goes.
 */
export function BulkDialog({
  store,
  channels,
}: {
  store: BulkStore;
  channels: readonly Channel[];
}) {
  const { t } = useTranslation();
  const dialog = store((state) => state.dialog);
  const busy = store((state) => state.busy);
  const problem = store((state) => state.problem);
  const titleId = useId();
  const [comment, setComment] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [moveMode, setMoveMode] = useState<'shift' | 'date'>('shift');
  const [shiftDays, setShiftDays] = useState('7');
  const [date, setDate] = useState('');
  const [touched, setTouched] = useState(false);
  if (!dialog) return null;

  const { action, posts, skipped, warnings } = dialog;
  const warningCount = warnings?.reduce((sum, post) => sum + post.warnings.length, 0) ?? 0;
  const mustAcknowledge = needsAcknowledgement(action) && warningCount > 0;
  const nameOf = (id: string) => channels.find((c) => c.id === id)?.name ?? '';
  const shift = Number(shiftDays);
  const problems = {
    comment: action === 'request_changes' && comment.trim() === '',
    acknowledge: mustAcknowledge && !acknowledged,
    move:
      action === 'move' &&
      (moveMode === 'shift' ? !Number.isInteger(shift) || shift === 0 : date === ''),
  };
  const blocked = warnings === null || Object.values(problems).some(Boolean);

  const submit = () => {
    setTouched(true);
    if (blocked || busy) return;
    void store.getState().run({
      ...(action === 'request_changes' && { comment: comment.trim() }),
      ...(mustAcknowledge && { acknowledgeWarnings: true }),
      ...(action === 'move' && (moveMode === 'shift' ? { shiftDays: shift } : { date })),
    });
  };

  return (
    <ModalDialog
      className="bulk-dialog"
      labelledBy={titleId}
      onClose={() => store.getState().closeDialog()}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId}>{t(`actions.bulk.titles.${action}`, { count: posts.length })}</h2>
        <div className="bulk-dialog__body">
          {skipped.length > 0 && (
            <p className="notice notice--info">
              {t('actions.bulk.skipped', { count: skipped.length })}
            </p>
          )}
          {action === 'delete' && <p>{t('actions.bulk.deleteNote')}</p>}
          {action === 'publish' && <p>{t('actions.bulk.publishNote')}</p>}
          {action === 'request_changes' && (
            <label className="field">
              <span className="field__label">{t('actions.bulk.comment')}</span>
              <textarea
                value={comment}
                rows={3}
                maxLength={2000}
                aria-invalid={touched && problems.comment}
                onChange={(event) => setComment(event.target.value)}
              />
              {touched && problems.comment && (
                <span className="field__error">{t('actions.bulk.commentRequired')}</span>
              )}
            </label>
          )}
          {action === 'move' && (
            <fieldset className="bulk-dialog__move">
              <legend>{t('actions.bulk.moveHow')}</legend>
              <label className="bulk-dialog__choice">
                <input
                  type="radio"
                  name="move-mode"
                  checked={moveMode === 'shift'}
                  onChange={() => setMoveMode('shift')}
                />
                {t('actions.bulk.moveShift')}
              </label>
              {moveMode === 'shift' && (
                <label className="field field--inline">
                  <span className="field__label">{t('actions.bulk.moveDays')}</span>
                  <input
                    type="number"
                    min={-366}
                    max={366}
                    step={1}
                    value={shiftDays}
                    onChange={(event) => setShiftDays(event.target.value)}
                  />
                </label>
              )}
              <label className="bulk-dialog__choice">
                <input
                  type="radio"
                  name="move-mode"
                  checked={moveMode === 'date'}
                  onChange={() => setMoveMode('date')}
                />
                {t('actions.bulk.moveToDate')}
              </label>
              {moveMode === 'date' && (
                <label className="field field--inline">
                  <span className="field__label">{t('actions.bulk.moveDate')}</span>
                  <input
                    type="date"
                    value={date}
                    onChange={(event) => setDate(event.target.value)}
                  />
                </label>
              )}
              {touched && problems.move && (
                <span className="field__error">{t('actions.bulk.moveRequired')}</span>
              )}
            </fieldset>
          )}
          {warnings === null && <p role="status">{t('actions.bulk.checkingWarnings')}</p>}
          {warnings !== null && warningCount > 0 && (
            <section className="bulk-dialog__warnings" aria-labelledby={`${titleId}-warnings`}>
              <h3 id={`${titleId}-warnings`}>
                {t('actions.bulk.warningsHeading', { count: warningCount, posts: warnings.length })}
              </h3>
              <ul>
                {warnings.map((post) => (
                  <li key={post.id}>
                    <strong>{post.title}</strong>
                    <ul>
                      {post.warnings.map((warning, index) => (
                        <li key={index}>
                          {nameOf(warning.channelId) && <span>{nameOf(warning.channelId)}: </span>}
                          {warning.message}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              {mustAcknowledge && (
                <label className="bulk-dialog__acknowledge">
                  <input
                    type="checkbox"
                    checked={acknowledged}
                    onChange={(event) => setAcknowledged(event.target.checked)}
                  />
                  {t('actions.bulk.acknowledge', { count: warningCount })}
                </label>
              )}
              {touched && problems.acknowledge && (
                <span className="field__error">{t('actions.bulk.acknowledgeRequired')}</span>
              )}
            </section>
          )}
          {problem && (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="bulk-dialog__actions">
          <button type="button" className="button" onClick={() => store.getState().closeDialog()}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className={`button ${action === 'delete' ? 'button--danger' : 'button--primary'}`}
            disabled={busy || warnings === null}
          >
            {busy
              ? t('actions.bulk.running')
              : t(`actions.bulk.confirm.${action}`, { count: posts.length })}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
