import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar } from './store';

/** Information that needs no answer fades after this long; conflicts and errors stay. */
const infoMs = 10_000;

/**
 * The calendar's toast: what a move did, with "Urungkan"; a conflict, with "Muat ulang". The live
 * region is always in the page, so screen readers announce each new message.
 */
export function CalendarNotice() {
  const { t } = useTranslation();
  const notice = useCalendar((state) => state.notice);
  const dismiss = useCalendar((state) => state.dismissNotice);

  useEffect(() => {
    if (!notice || notice.tone === 'error' || notice.reload) return;
    const timer = setTimeout(() => {
      // Keep it while the user is about to press one of its buttons.
      if (!document.activeElement?.closest('.calendar-notice')) dismiss();
    }, infoMs);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="calendar-notice-region" role="status" aria-live="polite">
      {notice && (
        <div key={notice.id} className={`calendar-notice calendar-notice--${notice.tone}`}>
          <p className="calendar-notice__message">{notice.message}</p>
          <div className="calendar-notice__actions">
            {notice.undo && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void useCalendar.getState().undo()}
              >
                {t('calendar.notices.undo')}
              </button>
            )}
            {notice.reload && (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => {
                  dismiss();
                  void useCalendar.getState().refresh();
                }}
              >
                {t('calendar.notices.reload')}
              </button>
            )}
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('calendar.notices.close')}
              title={t('calendar.notices.close')}
              onClick={dismiss}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
