import { create } from 'zustand';
import type { PostSummary } from '../../../shared/domain/posts';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { provinceOf } from '../../../shared/exchange/region';
import { daysInMonth, todayIn } from '../../../shared/time';
import { api } from '../../api';
import { onLiveChange } from '../../api/live';
import { useSettings } from '../../stores/settings';
import {
  itemDraft,
  missingOf,
  newPackDraft,
  nextVersionDraft,
  sendRequest,
  type ItemDraft,
  type Missing,
  type PackDraft,
  type SentPack,
} from './compose-model';

export interface KnownRegency {
  code: string;
  name: string;
}

/** The notice after a send: which pack, which version, which file. */
export interface SentNotice {
  title: string;
  version: number;
  file: string;
}

interface ComposeState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  sent: SentPack[];
  regencies: KnownRegency[];
  loadError: string | null;
  notice: SentNotice | null;
  /** The pack being composed; null while the list shows. */
  draft: PackDraft | null;
  edited: boolean;
  missing: Missing | null;
  /** Asking "send to N offices?" or "discard the changes?". */
  asking: 'send' | 'discard' | null;
  sending: boolean;
  error: string | null;
  picker: { month: string; posts: PostSummary[]; chosen: string[]; loading: boolean };
  load(): Promise<void>;
  startNew(): void;
  startVersion(packId: string): void;
  edit(update: (draft: PackDraft) => PackDraft): void;
  editItem(itemId: string, update: (item: ItemDraft) => ItemDraft): void;
  removeItem(itemId: string): void;
  showMonth(month: string): Promise<void>;
  choosePost(postId: string, chosen: boolean): void;
  addChosen(): Promise<void>;
  askSend(): void;
  send(): Promise<void>;
  /** Esc or "Batal": leaves at once when nothing was edited, else asks first. */
  cancel(): void;
  answer(yes: boolean): void;
  dismissNotice(): void;
}

const zone = () => useSettings.getState().settings?.timeZone ?? defaultTimeZone;

const monthSpan = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}` };
};

const closed = {
  draft: null,
  edited: false,
  missing: null,
  asking: null,
  sending: false,
  error: null,
} as const;

/**
 * "Paket ke kabupaten/kota": the packs this province sent (newest version of each), the
 * regencies and cities it knows, and the one pack being composed. Reread when a pack is sent
 * (a `province` live change) or the exchange's offices change (`settings`).
 */
export const useComposePacks = create<ComposeState>()((set, get) => ({
  status: 'idle',
  sent: [],
  regencies: [],
  loadError: null,
  notice: null,
  ...closed,
  picker: { month: '', posts: [], chosen: [], loading: false },

  async load() {
    if (get().status === 'idle') set({ status: 'loading' });
    const [sent, status] = await Promise.all([api.province.sent({}), api.exchange.status({})]);
    if (!sent.ok) return set({ status: 'error', loadError: sent.error.message });
    if (!status.ok) return set({ status: 'error', loadError: status.error.message });
    const own = status.value.identity;
    const regencies = status.value.offices
      .filter(
        (office) =>
          own !== null && office.level === 'kabupaten_kota' && provinceOf(office.code) === own.code,
      )
      .map(({ code, name }) => ({ code, name }));
    set({ status: 'ready', sent: sent.value, regencies, loadError: null });
  },

  startNew() {
    set({ ...closed, draft: newPackDraft(zone()), notice: null });
    void get().showMonth(todayIn(zone()).slice(0, 7));
  },

  startVersion(packId) {
    const sent = get().sent.find((entry) => entry.pack.packId === packId);
    if (!sent) return;
    set({ ...closed, draft: nextVersionDraft(sent, zone()), notice: null });
    void get().showMonth(
      sent.pack.items[0]?.suggestedDate.slice(0, 7) ?? todayIn(zone()).slice(0, 7),
    );
  },

  edit(update) {
    const { draft } = get();
    if (draft) set({ draft: update(draft), edited: true, missing: null, error: null });
  },

  editItem(itemId, update) {
    get().edit((draft) => ({
      ...draft,
      items: draft.items.map((item) => (item.itemId === itemId ? update(item) : item)),
    }));
  },

  removeItem(itemId) {
    get().edit((draft) => ({
      ...draft,
      items: draft.items.filter((item) => item.itemId !== itemId),
    }));
  },

  async showMonth(month) {
    set({ picker: { month, posts: [], chosen: [], loading: true } });
    const result = await api.posts.range({ ...monthSpan(month), filter: {} });
    if (get().picker.month !== month) return;
    set({
      picker: { month, posts: result.ok ? result.value : [], chosen: [], loading: false },
      ...(!result.ok && { error: result.error.message }),
    });
  },

  choosePost(postId, chosen) {
    const { picker } = get();
    const others = picker.chosen.filter((id) => id !== postId);
    set({ picker: { ...picker, chosen: chosen ? [...others, postId] : others } });
  },

  async addChosen() {
    const { picker } = get();
    if (picker.chosen.length === 0) return;
    // In calendar order, whatever order the boxes were ticked in.
    const postIds = picker.posts.map((p) => p.id).filter((id) => picker.chosen.includes(id));
    const result = await api.province.itemsFromPosts({ postIds });
    if (!result.ok) {
      set({ error: result.error.message });
      return;
    }
    const { items, shortened } = result.value;
    const added = items.map((item) => itemDraft(item, shortened));
    get().edit((draft) => ({ ...draft, items: [...draft.items, ...added] }));
    set({ picker: { ...get().picker, chosen: [] } });
  },

  askSend() {
    const { draft, sending } = get();
    if (!draft || sending) return;
    const missing = missingOf(draft);
    set(missing ? { missing, asking: null } : { missing: null, asking: 'send', error: null });
  },

  async send() {
    const { draft } = get();
    if (!draft) return;
    set({ asking: null, sending: true, error: null });
    const result = await api.province.sendPack(sendRequest(draft, zone()));
    if (!result.ok) {
      set({ sending: false, error: result.error.message });
      return;
    }
    set({
      ...closed,
      notice: {
        title: draft.title.trim(),
        version: result.value.version,
        // `<code>/outbox/<name>`: the name is what the office finds in the folder.
        file: result.value.file.split('/').pop() ?? result.value.file,
      },
    });
    await get().load();
  },

  cancel() {
    if (get().sending) return;
    if (get().edited) set({ asking: 'discard' });
    else set(closed);
  },

  answer(yes) {
    const { asking } = get();
    set({ asking: null });
    if (!yes) return;
    if (asking === 'send') void get().send();
    if (asking === 'discard') set(closed);
  },

  dismissNotice() {
    set({ notice: null });
  },
}));

onLiveChange(['province', 'settings'], () => {
  if (useComposePacks.getState().status !== 'idle') void useComposePacks.getState().load();
});
