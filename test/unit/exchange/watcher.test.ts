import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { watchExchangeFolder } from '../../../src/main/exchange/watcher';
import { openApp } from '../../../src/main/app';
import { exchangeRepository } from '../../../src/main/db/repositories/exchange';
import { identityFile } from '../../../src/main/exchange/identity';
import { fingerprintOf } from '../../../src/main/exchange/keys';
import { writeOutboxFile } from '../../../src/main/exchange/outbox';
import { useTempDir } from '../helpers';
import { provinceOffice } from './fixture';

const tempDir = useTempDir('linimasa-watch-');

describe('exchange folder watcher', () => {
  it('runs a pass after a change in an outbox, once for a burst of changes', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, '73', 'outbox'), { recursive: true });
    let passes = 0;
    const watcher = watchExchangeFolder({
      folder: () => folder,
      pass: async () => void passes++,
      debounceMs: 200,
      rescanMs: 3_600_000,
    });
    try {
      await vi.waitFor(() => expect(passes).toBe(1), { timeout: 10_000 }); // the first look
      for (let i = 0; i < 5; i++) writeFileSync(join(folder, '73', 'outbox', `f${i}`), 'x');
      await vi.waitFor(() => expect(passes).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
      expect(passes).toBeLessThanOrEqual(3);
    } finally {
      watcher.close();
    }
  });

  it('falls back to rescans when the folder cannot be watched, and follows a new folder', async () => {
    vi.useFakeTimers();
    let folder: string | null = null;
    let passes = 0;
    const watcher = watchExchangeFolder({
      folder: () => folder,
      pass: async () => void passes++,
      debounceMs: 10,
      rescanMs: 50,
      watch: (() => {
        throw new Error('tidak dapat diawasi');
      }) as never,
    });
    try {
      await vi.advanceTimersByTimeAsync(500);
      expect(passes).toBe(0); // no folder: nothing to look at
      folder = '/folder/pertukaran';
      await vi.advanceTimersByTimeAsync(120);
      expect(passes).toBe(2); // the rescans at 550 and 600 ms
      watcher.close();
      await vi.advanceTimersByTimeAsync(500);
      expect(passes).toBe(2);
    } finally {
      watcher.close();
      vi.useRealTimers();
    }
  });

  it('never runs two passes at once', async () => {
    const folder = tempDir();
    let active = 0;
    let most = 0;
    let passes = 0;
    const watcher = watchExchangeFolder({
      folder: () => folder,
      pass: async () => {
        active++;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 100));
        active--;
        passes++;
      },
      debounceMs: 5,
      rescanMs: 20,
    });
    try {
      await vi.waitFor(() => expect(passes).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
      expect(most).toBe(1);
    } finally {
      watcher.close();
    }
  });
});

describe('the app watches its exchange folder', () => {
  it('applies a file that arrives while the app is open, and stops with it', async () => {
    const { root, folder, province } = provinceOffice(tempDir());
    const app = openApp(join(root, 'gowa'), { watchExchange: true, sweepAssets: false });
    try {
      // As Settings does: through the API, whose change event makes the watcher follow.
      const api = app.dispatchAs({ kind: 'local', osUser: 'uji' });
      await api('exchange.setIdentity', {
        code: '73.06',
        name: 'Diskominfo Kabupaten Gowa',
        level: 'kabupaten_kota',
      });
      expect(await api('exchange.setFolder', { folder })).toMatchObject({ ok: true });
      const card = identityFile(province);
      app.services.exchange.importOffice(
        JSON.stringify(card),
        fingerprintOf(card.office.publicKey),
        'Admin',
      );
      const changes: string[] = [];
      app.events.subscribe((event) => changes.push(`${event.kind} ${event.method}`));
      const own = exchangeRepository(province.db).own()!;
      await writeOutboxFile(province, 'identity', ['semua'], {
        name: 'Dinas Kominfo Sulsel',
        code: own.code,
        level: own.level,
        publicKey: own.publicKey,
      });
      // The app's watcher debounces 1.5 s and rescans each minute: the change itself must do it.
      await vi.waitFor(
        () => expect(app.services.exchange.arrivals(10)).toMatchObject([{ outcome: 'applied' }]),
        { timeout: 20_000, interval: 100 },
      );
      expect(app.services.exchange.status().offices[0]?.name).toBe('Dinas Kominfo Sulsel');
      await vi.waitFor(() => expect(changes).toContain('settings exchange.sync'));
    } finally {
      app.close();
    }
  });
});
