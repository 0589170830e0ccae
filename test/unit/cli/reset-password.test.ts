import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { runCli } from '../../../src/main/cli/run';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli reset-password', () => {
  it('gives the forgotten administrator a one-time password and logs the CLI with the OS user', async () => {
    const dir = tempDir();
    const setup = openApp(dir);
    await setup.services.auth.setup(
      { name: 'Pak Kabag', userName: 'kabag', password: 'sandi yang terlupa' },
      'pc',
    );
    setup.close();

    expect(await cli('reset-password', '--data-dir', dir)).toMatchObject({ code: 2 });
    expect(await cli('reset-password', '--user', 'siapa', '--data-dir', dir)).toMatchObject({
      code: 1,
      err: 'Tidak ada pengguna "siapa" di folder data ini.',
    });
    const reset = await cli('reset-password', '--user', 'KABAG', '--data-dir', dir);
    expect(reset.code).toBe(0);
    const oneTime = /: ([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})/.exec(reset.out)![1]!;

    const app = openApp(dir);
    try {
      const signedIn = await app.services.auth.signIn(
        { userName: 'kabag', password: oneTime },
        'pc',
      );
      expect(signedIn.signedIn.mustChangePassword).toBe(true);
      const entry = app.services.auth.securityLog(10).find((e) => e.event === 'password_reset')!;
      expect(entry.actor).toBe(`CLI di komputer ini (${userInfo().username})`);
      expect(JSON.stringify(app.services.auth.securityLog(100))).not.toContain(oneTime);
    } finally {
      app.close();
    }
  });
});
