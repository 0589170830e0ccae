import { create } from 'zustand';
import type { Notification } from '../../../shared/domain/notifications';
import { api } from '../../api';
import { onLiveChange } from '../../api/live';

interface NotificationsState {
  items: Notification[];
  unread: number;
  loaded: boolean;
  open: boolean;
  load(): Promise<void>;
  setOpen(open: boolean): void;
  markRead(id: string): Promise<void>;
  markAllRead(): Promise<void>;
}

/**
 * The signed-in person's inbox. It is read again when the live stream says a notification came
 * (`onLiveChange`), when the panel opens and when the window gets focus (a browser whose stream
 * is not connected still catches up).
 */
export const useNotifications = create<NotificationsState>()((set, get) => {
  const apply = (result: Awaited<ReturnType<typeof api.notifications.list>>) => {
    if (result.ok) set({ items: result.value.items, unread: result.value.unread, loaded: true });
  };
  return {
    items: [],
    unread: 0,
    loaded: false,
    open: false,
    async load() {
      apply(await api.notifications.list({}));
    },
    setOpen(open) {
      set({ open });
      if (open) void get().load();
    },
    async markRead(id) {
      const item = get().items.find((n) => n.id === id);
      if (!item || item.readAt) return;
      apply(await api.notifications.markRead({ ids: [id] }));
    },
    async markAllRead() {
      apply(await api.notifications.markAllRead({}));
    },
  };
});

onLiveChange(['notification'], () => void useNotifications.getState().load());
