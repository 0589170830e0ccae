import type { TFunction } from 'i18next';
import type { Notification } from '../../../shared/domain/notifications';
import { formatInstant } from '../editor/format';

/** "Nurul menyebut Anda di “Hari Ibu”", in the UI language. */
export function notificationText(notification: Notification, t: TFunction): string {
  return t(`notifications.kinds.${notification.kind}`, {
    name: notification.actor?.name ?? t('notifications.someone'),
    title: notification.postTitle,
  });
}

/**
 * When, as an office says it: "baru saja", "5 menit lalu", "3 jam lalu" within the day, then the
 * date and time in the office zone ("Sen, 21 Des 2026 08.00 WIB").
 */
export function notificationWhen(
  instant: string,
  now: Date,
  zone: string,
  locale: string,
  t: TFunction,
): string {
  const minutes = Math.floor((now.getTime() - new Date(instant).getTime()) / 60_000);
  if (minutes < 1) return t('notifications.justNow');
  if (minutes < 60) return t('notifications.minutesAgo', { count: minutes });
  if (minutes < 12 * 60) return t('notifications.hoursAgo', { count: Math.floor(minutes / 60) });
  return formatInstant(instant, zone, locale);
}
