import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/errors';
import type {
  ArrivalView,
  ExchangeStatus,
  FirstContactView,
  PassItemView,
} from '../../../shared/api/methods/exchange';
import type { OfficeLevel } from '../../../shared/exchange/region';
import { api } from '../../api';
import { refreshOnLiveChange } from '../../api/live-refresh';
import { useOfficeIdentity } from '../../stores/office-identity';
import { useSession } from '../../stores/session';

/**
 * Another office's card waiting for the administrator's fingerprint: read from its identity
 * file (`text`), or found in its outbox in the exchange folder (`file`, first contact).
 */
export interface PendingOffice {
  source: { text: string } | { file: string };
  name: string;
  code: string;
  level: OfficeLevel;
  fingerprint: string;
}

/** A line the section shows after an action, from the `exchange.*` catalog. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

interface ExchangeState {
  status: ExchangeStatus | null;
  arrivals: ArrivalView[];
  busy: boolean;
  checking: boolean;
  error: ApiError | null;
  notice: Notice | null;
  pending: PendingOffice | null;
  /** Cards in the folder of offices not known with their key (administrators only). */
  firstContacts: FirstContactView[];
  /** What the last "Periksa sekarang" saw that the log does not keep (files still copying). */
  lastPass: PassItemView[] | null;
  load(): Promise<void>;
  saveIdentity(identity: { code: string; name: string; level: OfficeLevel }): Promise<void>;
  saveFolder(folder: string | null): Promise<void>;
  identityFile(): Promise<{ fileName: string; text: string } | null>;
  readIdentity(text: string): Promise<void>;
  /** "Kenali kantor ini…": the card found in the folder, to confirm in the import dialog. */
  recognise(contact: FirstContactView): void;
  importPending(fingerprint: string): Promise<void>;
  cancelPending(): void;
  removeOffice(code: string): Promise<void>;
  checkNow(): Promise<void>;
}

/** Settings › Pertukaran antar-kantor: this office, the offices it knows, what arrived. */
export const useExchange = create<ExchangeState>()((set, get) => {
  const refused = (error: ApiError) => set({ busy: false, error, notice: null });
  /** The latest read started: a live refresh may overlap an action's own reread. */
  let latest = 0;
  return {
    status: null,
    arrivals: [],
    busy: false,
    checking: false,
    error: null,
    notice: null,
    pending: null,
    firstContacts: [],
    lastPass: null,
    async load() {
      // Only administrators may add an office, and only they are asked (anyone else gets 403).
      const admin = useSession.getState().signedIn?.person.role === 'admin';
      const mine = ++latest;
      const [status, arrivals, contacts] = await Promise.all([
        api.exchange.status({}),
        api.exchange.arrivals({ limit: 200 }),
        admin ? api.exchange.firstContacts({}) : null,
      ]);
      if (mine !== latest) return;
      set({
        ...(status.ok && { status: status.value }),
        ...(arrivals.ok && { arrivals: arrivals.value }),
        ...(contacts?.ok && { firstContacts: contacts.value }),
      });
    },
    async saveIdentity(identity) {
      set({ busy: true, error: null, notice: null });
      const reply = await api.exchange.setIdentity(identity);
      if (!reply.ok) return refused(reply.error);
      set({ busy: false, status: reply.value, notice: { key: 'identity.saved' } });
      // The navigation shows "Provinsi" from now on, even before the live change arrives.
      void useOfficeIdentity.getState().load();
    },
    async saveFolder(folder) {
      set({ busy: true, error: null, notice: null });
      const before = get().status?.identity?.folder ?? null;
      const reply = await api.exchange.setFolder({ folder });
      if (!reply.ok) return refused(reply.error);
      set({ busy: false, status: reply.value, notice: { key: 'folder.saved' } });
      // A folder newly chosen gets this office's card, so that the other offices there see it
      // (first contact: they recognise it with the fingerprint read out by telephone).
      if (folder !== null && folder !== before) {
        const sent = await api.exchange.sendIdentity({});
        if (!sent.ok) set({ error: sent.error });
      }
    },
    async identityFile() {
      set({ error: null, notice: null });
      const reply = await api.exchange.identityFile({});
      if (!reply.ok) {
        refused(reply.error);
        return null;
      }
      set({ notice: { key: 'identity.exported', params: { file: reply.value.fileName } } });
      return reply.value;
    },
    async readIdentity(text) {
      set({ busy: true, error: null, notice: null, pending: null });
      const reply = await api.exchange.readIdentity({ text });
      if (!reply.ok) return refused(reply.error);
      set({ busy: false, pending: { source: { text }, ...reply.value } });
    },
    recognise({ file, keyDiffers: _keyDiffers, ...card }) {
      set({ error: null, notice: null, pending: { source: { file }, ...card } });
    },
    async importPending(fingerprint) {
      const pending = get().pending;
      if (!pending) return;
      set({ busy: true, error: null, notice: null });
      const fromFolder = 'file' in pending.source;
      const reply =
        'text' in pending.source
          ? await api.exchange.importOffice({ text: pending.source.text, fingerprint })
          : await api.exchange.acceptOffice({ code: pending.code, fingerprint });
      if (!reply.ok) return refused(reply.error);
      const { office, added } = reply.value;
      set({
        busy: false,
        pending: null,
        notice: {
          key: added ? 'importDialog.added' : 'importDialog.known',
          params: { name: office.name, code: office.code },
        },
      });
      // First contact: what that office left waiting in the folder is read at once.
      if (fromFolder) await api.exchange.sync({});
      await get().load();
    },
    cancelPending: () => set({ pending: null, error: null }),
    async removeOffice(code) {
      set({ busy: true, error: null, notice: null });
      const reply = await api.exchange.removeOffice({ code });
      if (!reply.ok) return refused(reply.error);
      set({
        busy: false,
        status: reply.value,
        notice: { key: 'offices.removed', params: { code } },
      });
    },
    async checkNow() {
      set({ checking: true, error: null, notice: null });
      const reply = await api.exchange.sync({});
      if (!reply.ok) {
        set({ checking: false, error: reply.error });
        return;
      }
      const count = (outcome: PassItemView['outcome']) =>
        reply.value.items.filter((item) => item.outcome === outcome).length;
      set({
        checking: false,
        lastPass: reply.value.items,
        notice: {
          key: 'arrivals.checked',
          params: {
            applied: count('applied'),
            refused: count('refused'),
            waiting: count('waiting'),
          },
        },
      });
      await get().load();
    },
  };
});

/**
 * Something arrived in the exchange folder: the host's watcher announces a pass that applied or
 * refused a file (an unknown office's card is refused until recognised) as a `settings` change,
 * as are another administrator's changes here. A section read once reads its status, arrivals
 * and first contacts again, so a new office's card shows without "Periksa sekarang".
 */
refreshOnLiveChange({
  kinds: ['settings'],
  refresh: () => {
    if (useExchange.getState().status !== null) void useExchange.getState().load();
  },
});
