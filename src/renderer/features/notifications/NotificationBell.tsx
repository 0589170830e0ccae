import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../shared/domain/notifications';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { localParts } from '../../../shared/time';
import { navigate } from '../../navigation/use-route';
import { useSession } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { useCalendar } from '../calendar/store';
import { notificationText, notificationWhen } from './words';
import { useNotifications } from './store';
import './notifications.css';

/**
 * The bell in the sidebar with the unread count ("Pemberitahuan, 3 belum dibaca"), and its panel:
 * newest first; a click opens the post in the calendar's editor and marks it read.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useNotifications((state) => state.unread);
  const open = useNotifications((state) => state.open);
  const personId = useSession((state) => state.currentPersonId);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Another person signed in at this window: never show them the previous person's inbox.
    useNotifications.setState({
      items: [],
      unread: 0,
      more: false,
      loaded: false,
      open: false,
    });
    void useNotifications.getState().load();
    const onFocus = () => void useNotifications.getState().load();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [personId]);

  const close = () => {
    useNotifications.getState().setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="bell">
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-label={
          unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')
        }
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => useNotifications.getState().setOpen(!open)}
      >
        <BellIcon />
        <span className="bell__label" aria-hidden="true">
          {t('notifications.bell')}
        </span>
        {unread > 0 && (
          <span className="nav__count bell__count" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
      {/* In <body>: the sidebar is sticky, a stacking context the main screen would cover. */}
      {open && createPortal(<NotificationPanel id={panelId} onClose={close} />, document.body)}
    </div>
  );
}

function NotificationPanel({ id, onClose }: { id: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const items = useNotifications((state) => state.items);
  const unread = useNotifications((state) => state.unread);
  const loaded = useNotifications((state) => state.loaded);
  const more = useNotifications((state) => state.more);
  const loadingMore = useNotifications((state) => state.loadingMore);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const [now] = useState(() => new Date());
  const headingId = `${id}-title`;
  const panelRef = useRef<HTMLElement>(null);

  // Keyboard users land in the panel (it lives at the end of the page).
  useEffect(() => panelRef.current?.focus(), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  function openPost(notification: Notification) {
    void useNotifications.getState().markRead(notification.id);
    const calendar = useCalendar.getState();
    if (notification.postScheduledAt) {
      calendar.goTo(localParts(notification.postScheduledAt, zone).date);
    }
    calendar.openPost(notification.postId);
    navigate({ screen: 'calendar' });
    useNotifications.getState().setOpen(false);
  }

  return (
    <section
      id={id}
      ref={panelRef}
      tabIndex={-1}
      className="bell__panel"
      aria-labelledby={headingId}
    >
      <div className="bell__head">
        <h2 id={headingId} className="bell__title">
          {t('notifications.title')}
        </h2>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={unread === 0}
          onClick={() => void useNotifications.getState().markAllRead()}
        >
          {t('notifications.markAll')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('notifications.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {loaded && items.length === 0 ? (
        <p className="bell__empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="bell__list" aria-label={t('notifications.title')}>
          {items.map((notification) => (
            <li
              key={notification.id}
              className={`bell__item${notification.readAt ? '' : ' bell__item--unread'}`}
            >
              <button type="button" className="bell__open" onClick={() => openPost(notification)}>
                {!notification.readAt && (
                  <span className="visually-hidden">{t('notifications.unread')}: </span>
                )}
                <span className="bell__text">{notificationText(notification, t)}</span>
                <time className="bell__when" dateTime={notification.createdAt}>
                  {notificationWhen(notification.createdAt, now, zone, i18n.language, t)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
      {more && (
        <button
          type="button"
          className="button button--small bell__more"
          disabled={loadingMore}
          onClick={() => void useNotifications.getState().loadMore()}
        >
          {t('notifications.more')}
        </button>
      )}
    </section>
  );
}

/** A bell. */
function BellIcon({ size = 20 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path d="M10 20.5a2 2 0 0 0 4 0" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
