import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { useTempDir } from '../helpers';
import { runCliCaptured } from '../cli-run';

const tempDir = useTempDir();
const fixture = (name: string) => join(__dirname, '../../fixtures/analytics', name);

describe('npm run cli -- import-analytics', () => {
  it('dry run prints the counts and writes nothing; the real run stores the figures', async () => {
    const dataDir = join(tempDir(), 'data');
    const app = openApp(dataDir);
    app.services.people.create({ name: 'Admin Humas', role: 'admin' });
    app.services.channels.create({ platform: 'tiktok', name: 'TikTok Pemkab', handle: '' });
    app.close();

    const dry = await runCliCaptured(
      'import-analytics',
      fixture('tiktok-studio.csv'),
      '--dry-run',
      '--as-of',
      '2026-12-10',
      '--data-dir',
      dataDir,
    );
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('2 baris tiktok untuk kanal TikTok Pemkab, per 2026-12-10.');
    expect(dry.out).toContain(
      'Cocok: 0 · perlu ditinjau: 0 · terbit di luar rencana: 2 · tidak berubah: 0',
    );
    expect(dry.out).toContain('Uji coba: tidak ada yang disimpan.');

    const real = await runCliCaptured(
      'import-analytics',
      fixture('tiktok-studio.xlsx'),
      '--platform',
      'tiktok',
      '--data-dir',
      dataDir,
    );
    expect(real.code).toBe(0);
    expect(real.out).toContain('Tersimpan.');
    const check = openApp(dataDir);
    expect(check.db.prepare('SELECT sum(views) AS views FROM figure_snapshots').get()).toEqual({
      views: 49250,
    });
    check.close();

    const bad = await runCliCaptured(
      'import-analytics',
      fixture('tiktok-studio.csv'),
      '--platform',
      'myspace',
      '--data-dir',
      dataDir,
    );
    expect(bad.code).toBe(2);
  });
});
