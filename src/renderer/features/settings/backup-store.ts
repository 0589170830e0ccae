import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import { api } from '../../api';
import { i18n } from '../../i18n';

export type BackupFile = ResponseOf<'backup.list'>[number];

/** Survives the reload after a restore, so the section can say what happened. */
const restoredKey = 'linimasa:restored';

interface BackupState {
  /** Copies in backups/, newest first; null until read. */
  backups: BackupFile[] | null;
  busy: 'backup' | 'check' | 'restore' | null;
  /** What the last step did ("Cadangan … dibuat"), read out politely. */
  status: string;
  /** What went wrong, in the host's words. */
  problem: string;
  /** On opening the section: the note a restore left before the reload, then the list. */
  init(): void;
  load(): Promise<void>;
  backupNow(): Promise<void>;
  check(): Promise<void>;
  /**
   * "Pulihkan": true when the backup is back; the page must then reload so that every store
   * reads the restored data (the note waits in sessionStorage for the reloaded page).
   */
  restore(backup: BackupFile): Promise<boolean>;
}

/** "Cadangan" on the settings screen: the copies, "Cadangkan sekarang", the check and "Pulihkan". */
export const useBackups = create<BackupState>()((set, get) => {
  /** Runs one step: the buttons wait, the last problem is cleared, a refusal is shown. */
  async function step<T>(
    busy: NonNullable<BackupState['busy']>,
    run: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
  ): Promise<T | null> {
    set({ busy, problem: '' });
    const result = await run();
    set({ busy: null });
    if (result.ok) return result.value;
    set({ problem: result.error.message });
    return null;
  }

  return {
    backups: null,
    busy: null,
    status: '',
    problem: '',

    init() {
      const restored = sessionStorage.getItem(restoredKey) ?? '';
      sessionStorage.removeItem(restoredKey);
      set({ status: restored, problem: '' });
      void get().load();
    },

    async load() {
      const result = await api.backup.list({});
      if (result.ok) set({ backups: result.value });
      else set({ problem: result.error.message });
    },

    async backupNow() {
      const created = await step('backup', () => api.backup.create({}));
      if (!created) return;
      set({ status: i18n.t('backup.created', { name: created.name }) });
      await get().load();
    },

    async check() {
      const report = await step('check', () => api.backup.check({}));
      if (!report) return;
      if (report.ok) set({ status: i18n.t('backup.checkOk') });
      else {
        const problems = report.problems.slice(0, 5).join('; ');
        set({ problem: i18n.t('backup.checkProblems', { problems }) });
      }
    },

    async restore(backup) {
      const restored = await step('restore', () => api.backup.restore({ name: backup.name }));
      if (!restored) return false;
      sessionStorage.setItem(
        restoredKey,
        i18n.t('backup.restored', { name: backup.name, safety: restored.safetyCopy.name }),
      );
      return true;
    },
  };
});
