import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/time';
import { ModalDialog } from '../../components/Dialog';
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
  /** In the month and the week, with someone chosen: the view's order, and each row gets the
   *  checkbox of the calendar's selection (posts behind "+N lainnya" are selected here). */
  selectOrder?: readonly string[];
  onCreate(date: LocalDate): void;
  onClose(): void;
}

/**
 * Every post of one day, opened from "+N lainnya", in the shared modal dialog (focus returns to
 * the button that opened it).
 */
export function DayDialog({
  date,
  items,
  observances,
  lookups,
  canEdit,
  selectOrder,
  onCreate,
  onClose,
}: DayDialogProps) {
  const { t } = useTranslation();

  const title = formatLongDate(date, lookups.language);
  return (
    <ModalDialog className="day-dialog" labelledBy="day-dialog-title" onClose={onClose}>
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
        <AgendaList items={items} lookups={lookups} onOpened={onClose} selectOrder={selectOrder} />
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
    </ModalDialog>
  );
}
