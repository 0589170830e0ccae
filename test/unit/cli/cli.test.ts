import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { latestSchemaVersion } from '../../../src/main/db/migrations';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('init creates the data folder and is safe to repeat', async () => {
    const dir = join(tempDir(), 'kantor');
    expect(await cli('init', '--data-dir', dir)).toMatchObject({
      code: 0,
      out: expect.stringContaining(`skema 0 → ${latestSchemaVersion}`),
    });
    expect(await cli('init', '--data-dir', dir)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Sudah siap'),
    });
  });

  it('seed-demo fills an empty office once, and info counts it', async () => {
    const dir = tempDir();
    expect((await cli('seed-demo', '--data-dir', dir)).code).toBe(0);
    const info = await cli('info', '--data-dir', dir);
    expect(info.code).toBe(0);
    expect(info.out).toMatch(new RegExp(`Versi skema\\s+: ${latestSchemaVersion}`));
    expect(info.out).toMatch(/Orang\s+: 5/);
    expect(info.out).toMatch(/Kanal\s+: 6/);
    expect(info.out).toMatch(/Kampanye\s+: 6/);
    expect(info.out).toMatch(/Unggahan\s+: 14/);
    const again = await cli('seed-demo', '--data-dir', dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('sudah berisi data');
  });

  it('seed-bulk spreads N posts over five years on twelve channels', async () => {
    const dir = tempDir();
    const result = await cli('seed-bulk', '--posts', '250', '--data-dir', dir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/250 unggahan dibuat di 12 kanal/);
    const info = await cli('info', '--data-dir', dir);
    expect(info.out).toMatch(/Unggahan\s+: 250/);
    expect(info.out).toMatch(/Kanal\s+: 12/);
  });

  it.each([
    [['seed-bulk', '--posts', 'banyak'], '--posts harus bilangan bulat'],
    [['seed-bulk'], '--posts wajib diisi'],
    [[], 'Perintah belum diberikan'],
    [['frobnicate'], 'Perintah tidak dikenal: frobnicate'],
    [['info', '--bogus'], "Unknown option '--bogus'"],
    [['info', 'extra'], 'Argumen tak terduga: extra'],
    [['info', '--data-dir'], "Option '--data-dir <value>' argument missing"],
  ])('rejects %j with usage and exit code 2', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Pemakaian / usage');
  });

  it('exits non-zero from the real entry point on an unknown command', () => {
    const result = spawnSync('npx', ['tsx', 'src/main/cli/index.ts', 'nope'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Perintah tidak dikenal: nope');
  });
});
