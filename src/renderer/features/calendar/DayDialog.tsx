import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/time';
import type { ObservanceDay } from './store';
import { AgendaList } from './AgendaView';
import type { DayPost } from './model';
import { formatLongDate } from './format';
import type { CalendarLookups } from './lookups';
import { ObservanceBadges } from './ObservanceBadges';

interface DayDialogProps {
  date: LocalDate;
  items: DayPost[];
  observances: ObservanceDay[] | undefined;
  lookups: CalendarLookups;
  canEdit: boolean;
  onCreate(date: LocalDate): void;
  onClose(): void;
}

/**
 * Every post of one day, opened from "+N lainnya". A native modal dialog: focus moves in, Tab
 * stays inside, Escape closes, and focus returns to the button that opened it.
 */
export function DayDialog({
  date,
  items,
  observances,
  lookups,
  canEdit,
  onCreate,
  onClose,
}: DayDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);

  const title = formatLongDate(date, lookups.language);
  return (
    <dialog
      ref={dialogRef}
      className="day-dialog"
      aria-labelledby="day-dialog-title"
      // Escape fires `cancel`; the parent unmounts the dialog, whose cleanup closes it. Listening
      // to `close` instead would also catch the cleanup's own close in StrictMode's re-run.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="day-dialog__head">
        <h2 id="day-dialog-title">{title}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('calendar.day.close')}
        </button>
      </div>
      {observances && <ObservanceBadges days={observances} />}
      {items.length === 0 ? (
        <p className="muted">{t('calendar.day.empty')}</p>
      ) : (
        <AgendaList items={items} lookups={lookups} onOpened={onClose} />
      )}
      {canEdit && (
        <div className="day-dialog__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onClose();
              onCreate(date);
            }}
          >
            {t('calendar.day.add')}
          </button>
        </div>
      )}
    </dialog>
  );
}
