import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, usage } from '../../../src/main/cli/run';
import { openApp } from '../../../src/main/app';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir();

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli: import-assets and verify-assets', () => {
  it('imports files and folders, one line per file and a summary; exit 1 when one failed', async () => {
    const root = tempDir();
    const data = join(root, 'data');
    const photo = put(root, 'lepas/foto satu.jpg', await image('jpeg', { seed: 1 }));
    put(root, 'acara/a.png', await image('png', { seed: 2 }));
    put(root, 'acara/kosong.jpg', '');
    const result = await cli(['import-assets', photo, join(root, 'acara'), '--data-dir', data]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^\[\d\/3\] foto satu\.jpg — diimpor$/m);
    expect(result.out).toMatch(/kosong\.jpg — GAGAL: Berkas kosong \(0 byte\)\./);
    expect(result.out).toContain('Selesai: 2 diimpor, 0 sudah ada, 1 gagal.');
    expect(result.err).toContain(`${join(root, 'acara', 'kosong.jpg')}: Berkas kosong (0 byte).`);

    const again = await cli(['import-assets', photo, '--data-dir', data]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('foto satu.jpg — sudah ada');
  });

  it('resolves relative paths from where the command was typed (INIT_CWD under npm run)', async () => {
    const root = tempDir();
    put(root, 'foto/a.png', await image('png'));
    const result = await cli(['import-assets', 'foto', '--data-dir', join(root, 'data')], {
      INIT_CWD: root,
    });
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('a.png — diimpor') });
  });

  it('needs at least one path; other commands still refuse arguments', async () => {
    const none = await cli(['import-assets', '--data-dir', tempDir()]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Sebutkan minimal satu berkas atau folder');
    expect((await cli(['verify-assets', 'extra', '--data-dir', tempDir()])).code).toBe(2);
    expect(usage).toContain('import-assets PATH...');
    expect(usage).toContain('verify-assets');
  });

  it('verify-assets rebuilds missing thumbnails and says so', async () => {
    const root = tempDir();
    const data = join(root, 'data');
    put(root, 'in/a.png', await image('png', { seed: 1 }));
    await cli(['import-assets', join(root, 'in'), '--data-dir', data]);
    rmSync(join(data, 'thumbs'), { recursive: true });
    const result = await cli(['verify-assets', '--data-dir', data]);
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringContaining('Gambar mini: 1 hilang, 1 dibuat ulang.'),
    });
    expect((await cli(['verify-assets', '--data-dir', data])).out).not.toContain('Gambar mini');
  });

  it('verify-assets reports a missing file and exits 1; 0 when all is well', async () => {
    const root = tempDir();
    const data = join(root, 'data');
    put(root, 'in/a.png', await image('png', { seed: 1 }));
    put(root, 'in/b.png', await image('png', { seed: 2 }));
    await cli(['import-assets', join(root, 'in'), '--data-dir', data]);
    const ok = await cli(['verify-assets', '--data-dir', data]);
    expect(ok).toMatchObject({
      code: 0,
      out: expect.stringContaining('Diperiksa 2 aset: 2 utuh, 0 hilang, 0 rusak.'),
    });

    const app = openApp(data, { sweepAssets: false });
    const { value } = (await acting(app)('assets.list', { sort: 'name' })) as {
      value: { items: { media: { original: string } }[] };
    };
    app.close();
    rmSync(join(data, value.items[0]!.media.original));
    const bad = await cli(['verify-assets', '--data-dir', data]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/HILANG: a\.png/);
  });
});
