import { api } from '../../api';
import { onLiveChange } from '../../api/live';
import { createNotificationsStore } from './create-store';

export type { NotificationsState } from './create-store';

/**
 * The signed-in person's inbox. It is read again when the live stream says a notification came
 * (`onLiveChange`), when the panel opens and when the window gets focus (a browser whose stream
 * is not connected still catches up).
 */
export const useNotifications = createNotificationsStore(api);

onLiveChange(['notification'], () => void useNotifications.getState().load());
