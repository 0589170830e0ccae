import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { useSettings } from '../../stores/settings';
import { notesDirty, useReportNotes } from './notes-store';

/**
 * The report's "Catatan" for the period shown: the office's notes (saved a moment after the
 * last key, printed in the PDF and XLSX), who saved them last, an older browser-only note offered
 * once, and a colleague's save meanwhile shown with the choice between theirs and mine.
 */
export function NotesField({ periodId }: { periodId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const state = useReportNotes();
  const language = i18n.language;

  useEffect(() => {
    void useReportNotes.getState().load(periodId);
  }, [periodId]);

  const ready = state.period === periodId && state.status === 'ready';
  const savedLine = () => {
    if (state.saving) return t('report.notesStore.saving');
    if (notesDirty(state)) return t('report.notesStore.unsaved');
    const stored = state.stored;
    if (!stored?.updatedAt) return '';
    const { date, time } = localParts(stored.updatedAt, zone);
    return t('report.notesStore.savedBy', {
      name: stored.updatedBy?.name ?? '',
      date: longDate(date, language),
      time: displayTime(time, language),
    });
  };

  return (
    <>
      <label htmlFor={id} className="report-notes__label">
        {t('report.notes.label')}
      </label>
      <textarea
        id={id}
        className="report-notes"
        rows={4}
        maxLength={4000}
        placeholder={t('report.notes.hint')}
        value={state.period === periodId ? state.text : ''}
        disabled={!ready}
        aria-describedby={`${id}-status`}
        onChange={(event) => useReportNotes.getState().type(event.target.value)}
        onBlur={() => void useReportNotes.getState().flush()}
      />
      <p id={`${id}-status`} className="muted" role="status">
        {ready ? savedLine() : ''}
      </p>
      {state.problem && (
        <p className="notice notice--error" role="alert">
          {state.problem}
        </p>
      )}
      {ready && state.conflict && (
        <div className="notice notice--warning">
          <p>{t('report.notesStore.theirs', { name: state.conflict.updatedBy?.name ?? '' })}</p>
          <blockquote className="report-notes__quote">{state.conflict.text || '—'}</blockquote>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => useReportNotes.getState().takeTheirs()}
            >
              {t('report.notesStore.takeTheirs', { name: state.conflict.updatedBy?.name ?? '' })}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void useReportNotes.getState().keepMine()}
            >
              {t('report.notesStore.keepMine')}
            </button>
          </div>
        </div>
      )}
      {ready && state.offer !== null && (
        <div className="notice">
          <p>{t('report.notesStore.offer')}</p>
          <blockquote className="report-notes__quote">{state.offer}</blockquote>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void useReportNotes.getState().acceptOffer()}
            >
              {t('report.notesStore.acceptOffer')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => useReportNotes.getState().dismissOffer()}
            >
              {t('report.notesStore.dismissOffer')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
