import { create } from 'zustand';
import type { LinimasaApi } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { Inbox, Notification } from '../../../shared/domain/notifications';

export interface NotificationsState {
  /** Newest first: the newest page, then the older pages "Muat lebih banyak" added. */
  items: Notification[];
  unread: number;
  /** Older notifications follow the last item shown. */
  more: boolean;
  loaded: boolean;
  loadingMore: boolean;
  open: boolean;
  load(): Promise<void>;
  /** "Muat lebih banyak": the next older page after the last item shown. */
  loadMore(): Promise<void>;
  setOpen(open: boolean): void;
  markRead(id: string): Promise<void>;
  markAllRead(): Promise<void>;
}

/**
 * The signed-in person's inbox, built from the API it needs (tests hand it a fake one). The
 * host answers a page at a time (`notifications.list`, `before` the last id shown). Reading the
 * newest page again (a new notification, a mark as read) keeps the older pages already shown:
 * the list does not jump back to the first hundred under the reader's eyes.
 */
export function createNotificationsStore(api: Pick<LinimasaApi, 'notifications'>) {
  return create<NotificationsState>()((set, get) => {
    /** The newest page from the host, then what was shown below it; `read` marks those read. */
    const apply = (result: ApiResult<Inbox>, read?: (item: Notification) => boolean) => {
      if (!result.ok) return;
      const fresh = result.value;
      const shown = get().items;
      const last = fresh.items.at(-1);
      const at = last ? shown.findIndex((item) => item.id === last.id) : -1;
      const older = (at >= 0 ? shown.slice(at + 1) : []).map((item) =>
        !item.readAt && read?.(item) ? { ...item, readAt: new Date().toISOString() } : item,
      );
      set({
        items: [...fresh.items, ...older],
        unread: fresh.unread,
        more: older.length > 0 ? get().more : fresh.more,
        loaded: true,
      });
    };

    return {
      items: [],
      unread: 0,
      more: false,
      loaded: false,
      loadingMore: false,
      open: false,
      async load() {
        apply(await api.notifications.list({}));
      },
      async loadMore() {
        const last = get().items.at(-1);
        if (!last || !get().more || get().loadingMore) return;
        set({ loadingMore: true });
        try {
          const result = await api.notifications.list({ before: last.id });
          // Only when the list still ends where the page was asked from (no person switch).
          if (!result.ok || get().items.at(-1)?.id !== last.id) return;
          const known = new Set(get().items.map((item) => item.id));
          set({
            items: [...get().items, ...result.value.items.filter((item) => !known.has(item.id))],
            unread: result.value.unread,
            more: result.value.more,
          });
        } finally {
          set({ loadingMore: false });
        }
      },
      setOpen(open) {
        set({ open });
        if (open) void get().load();
      },
      async markRead(id) {
        const item = get().items.find((n) => n.id === id);
        if (!item || item.readAt) return;
        apply(await api.notifications.markRead({ ids: [id] }), (shown) => shown.id === id);
      },
      async markAllRead() {
        apply(await api.notifications.markAllRead({}), () => true);
      },
    };
  });
}
