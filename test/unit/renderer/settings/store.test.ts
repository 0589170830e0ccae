import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';

/**
 * The settings screen's stores for "Hari penting" and "Cadangan" against a scripted host: the
 * renderer's `api` object (which needs a page) is the only stand-in, with a Map for the page's
 * sessionStorage; the stores and the i18n catalogue are the real ones.
 */
const host = vi.hoisted(() => ({
  api: {
    observances: { custom: vi.fn(), create: vi.fn(), delete: vi.fn(), importIcs: vi.fn() },
    backup: { list: vi.fn(), create: vi.fn(), check: vi.fn(), restore: vi.fn() },
  },
}));

vi.mock('../../../../src/renderer/api', () => ({ api: host.api }));

const { useObservances } =
  await import('../../../../src/renderer/features/settings/observances/store');
const { useBackups } = await import('../../../../src/renderer/features/settings/backup-store');

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const refused = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'invalid_request', message },
});

const hariJadi = {
  id: uuid(1),
  name: 'Hari Jadi Kabupaten',
  kind: 'local' as const,
  month: 3,
  day: 14,
  date: null,
  sourceLabel: '',
};
const idulFitri = {
  id: uuid(2),
  name: 'Idul Fitri',
  kind: 'imported' as const,
  month: null,
  day: null,
  date: '2027-03-10',
  sourceLabel: 'libur-2027',
};
const nyepi = { ...idulFitri, id: uuid(3), name: 'Nyepi', date: '2027-03-08' };

describe('observances store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    useObservances.setState({ days: [], status: 'loading', loadError: null });
  });

  it('reads the office’s days and reads them again after an add', async () => {
    host.api.observances.custom.mockResolvedValueOnce(ok([]));
    await useObservances.getState().load();
    expect(useObservances.getState()).toMatchObject({ status: 'ready', days: [] });

    host.api.observances.create.mockResolvedValue(ok(hariJadi));
    host.api.observances.custom.mockResolvedValueOnce(ok([hariJadi]));
    const result = await useObservances.getState().add({ name: hariJadi.name, month: 3, day: 14 });
    expect(result.ok).toBe(true);
    expect(useObservances.getState().days).toEqual([hariJadi]);
  });

  it('keeps the list as it was when an add is refused', async () => {
    host.api.observances.create.mockResolvedValue(refused('Nama hari wajib diisi'));
    const result = await useObservances.getState().add({ name: '', date: '2027-01-01' });
    expect(result.ok).toBe(false);
    expect(host.api.observances.custom).not.toHaveBeenCalled();
  });

  it('shows a list that cannot be read, and keeps the last one while reading again', async () => {
    host.api.observances.custom.mockResolvedValueOnce(refused('Basis data tidak dapat dibaca.'));
    await useObservances.getState().load();
    expect(useObservances.getState()).toMatchObject({
      status: 'error',
      loadError: { message: 'Basis data tidak dapat dibaca.' },
    });
  });

  it('removes a day and says why when the host refuses', async () => {
    useObservances.setState({ days: [hariJadi], status: 'ready' });
    host.api.observances.delete.mockResolvedValue(refused('Hari tidak ditemukan.'));
    host.api.observances.custom.mockResolvedValue(ok([]));
    expect(await useObservances.getState().remove(hariJadi.id)).toBe('Hari tidak ditemukan.');
    expect(useObservances.getState().days).toEqual([]);
  });

  it('removes an imported file’s days and stops at the first refusal, naming the file', async () => {
    host.api.observances.delete
      .mockResolvedValueOnce(ok({ deleted: true }))
      .mockResolvedValueOnce(refused('Hari tidak ditemukan.'));
    host.api.observances.custom.mockResolvedValue(ok([nyepi]));
    const problem = await useObservances
      .getState()
      .removeGroup('libur-2027', [idulFitri, nyepi, { ...nyepi, id: uuid(4) }]);
    expect(problem).toBe('libur-2027: Hari tidak ditemukan.');
    expect(host.api.observances.delete).toHaveBeenCalledTimes(2);
    expect(useObservances.getState().days).toEqual([nyepi]);
  });

  it('reads the list again after an .ics import', async () => {
    host.api.observances.importIcs.mockResolvedValue(ok({ imported: 2, skipped: 0 }));
    host.api.observances.custom.mockResolvedValue(ok([idulFitri, nyepi]));
    const result = await useObservances
      .getState()
      .importIcs({ label: 'libur-2027', text: 'BEGIN:VCALENDAR' });
    expect(result).toEqual(ok({ imported: 2, skipped: 0 }));
    expect(useObservances.getState().days).toHaveLength(2);
  });
});

describe('backup store', () => {
  const stored = new Map<string, string>();
  const backup = {
    name: 'linimasa-2026-12-02T0100.db',
    bytes: 4096,
    createdAt: '2026-12-02T01:00:00.000Z',
    reason: 'manual' as const,
  };

  beforeEach(() => {
    vi.resetAllMocks();
    stored.clear();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    });
    useBackups.setState({ backups: null, busy: null, status: '', problem: '' });
    host.api.backup.list.mockResolvedValue(ok([backup]));
  });

  it('makes a backup, says so and lists it', async () => {
    host.api.backup.create.mockResolvedValue(ok(backup));
    const making = useBackups.getState().backupNow();
    expect(useBackups.getState().busy).toBe('backup');
    await making;
    expect(useBackups.getState()).toMatchObject({ busy: null, problem: '', backups: [backup] });
    expect(useBackups.getState().status).toContain(backup.name);
  });

  it('shows a refused backup in the host’s words and lets the buttons work again', async () => {
    host.api.backup.create.mockResolvedValue(refused('Ruang penyimpanan tidak cukup.'));
    await useBackups.getState().backupNow();
    expect(useBackups.getState()).toMatchObject({
      busy: null,
      problem: 'Ruang penyimpanan tidak cukup.',
      backups: null,
    });
  });

  it('reports the integrity check: fine, or the first problems SQLite found', async () => {
    host.api.backup.check.mockResolvedValueOnce(ok({ ok: true, problems: [] }));
    await useBackups.getState().check();
    expect(useBackups.getState()).toMatchObject({
      status: 'Data utuh: pemeriksaan keutuhan tidak menemukan masalah.',
      problem: '',
    });

    host.api.backup.check.mockResolvedValueOnce(ok({ ok: false, problems: ['page 3', 'page 9'] }));
    await useBackups.getState().check();
    expect(useBackups.getState().problem).toContain('page 3; page 9');
  });

  it('after a restore leaves a note that the reloaded page shows once', async () => {
    host.api.backup.restore.mockResolvedValue(
      ok({
        restored: backup,
        safetyCopy: { ...backup, name: 'sebelum-pemulihan.db' },
        assetsKept: 0,
      }),
    );
    expect(await useBackups.getState().restore(backup)).toBe(true);
    useBackups.setState({ status: '' });
    useBackups.getState().init();
    expect(useBackups.getState().status).toContain('sebelum-pemulihan.db');
    useBackups.getState().init();
    expect(useBackups.getState().status).toBe('');
  });

  it('a refused restore asks for no reload and leaves no note', async () => {
    host.api.backup.restore.mockResolvedValue(refused('Ekspor sedang berjalan.'));
    expect(await useBackups.getState().restore(backup)).toBe(false);
    expect(useBackups.getState().problem).toBe('Ekspor sedang berjalan.');
    expect(stored.size).toBe(0);
  });
});
