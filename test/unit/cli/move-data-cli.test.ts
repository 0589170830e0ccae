import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

async function cli(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Linux folders under a temp "home": XDG_CONFIG_HOME holds the old data and config.json.
describe.runIf(process.platform === 'linux')('cli: where the data lives', () => {
  it('keeps an old install working, says how to move it, and moves it', async () => {
    const home = tempDir();
    const env = {
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
    };
    const legacy = join(home, '.config', 'Linimasa');
    const fresh = join(home, '.local', 'share', 'linimasa');
    expect((await cli({}, 'seed-demo', '--data-dir', legacy)).code).toBe(0);

    const before = await cli(env, 'info');
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/Unggahan\s+: 14/);
    expect(before.err).toContain(`npm run cli -- move-data --to "${fresh}"`);

    const moved = await cli(env, 'move-data', '--to', fresh);
    expect(moved).toMatchObject({ code: 0, err: '' });
    expect(moved.out).toContain(`Linimasa kini memakai ${fresh}`);
    expect(JSON.parse(readFileSync(join(legacy, 'config.json'), 'utf8'))).toEqual({
      dataDir: fresh,
    });
    expect(existsSync(join(legacy, 'linimasa.db'))).toBe(false);

    const after = await cli(env, 'info');
    expect(after).toMatchObject({ code: 0, err: '' });
    expect(after.out).toMatch(/Unggahan\s+: 14/);
  });

  it('refuses a folder that is not empty, and asks for --to', async () => {
    const home = tempDir();
    const data = join(home, 'data');
    expect((await cli({}, 'init', '--data-dir', data)).code).toBe(0);
    const busy = join(home, 'berisi');
    mkdirSync(busy);
    writeFileSync(join(busy, 'x.txt'), 'x');
    const env = { XDG_CONFIG_HOME: join(home, '.config') };
    const refused = await cli(env, 'move-data', '--to', busy, '--data-dir', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Folder tujuan harus kosong');
    expect((await cli(env, 'move-data', '--data-dir', data)).code).toBe(2);
  });
});
