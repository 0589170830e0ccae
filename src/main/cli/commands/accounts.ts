import { userInfo } from 'node:os';
import { UsageError, type CliCommand } from '../command';

/** The operating-system user at the machine, named in the security log; "?" when unknown. */
function osUser(): string {
  try {
    return userInfo().username || '?';
  } catch {
    return '?';
  }
}

/**
 * Recovery when the last administrator forgot their password: run on the machine itself (local
 * access is the trust boundary). Sets a one-time password, ends the person's sessions and logs
 * the reset as "CLI di komputer ini (<os user>)". Nothing else bypasses sign-in.
 */
export const resetPasswordCommand: CliCommand = {
  name: 'reset-password',
  owner: true,
  summary:
    'beri seseorang kata sandi sementara (harus diganti saat masuk), dicatat di log keamanan',
  options: {
    user: { type: 'string', description: 'nama pengguna orang itu' },
  },
  validate(values) {
    if (typeof values.user !== 'string' || values.user.trim() === '') {
      throw new UsageError('Sebutkan nama penggunanya: --user NAMA');
    }
  },
  async run(app, values, io) {
    const userName = String(values.user).trim();
    const account = app.services.auth
      .accounts()
      .find((a) => a.userName.toLowerCase() === userName.toLowerCase());
    if (!account) {
      io.err(`Tidak ada pengguna "${userName}" di folder data ini.`);
      return 1;
    }
    const reset = await app.services.auth.resetPassword(
      { kind: 'local', osUser: osUser() },
      account.personId,
    );
    io.out(`Kata sandi sementara untuk ${reset.userName}: ${reset.oneTimePassword}`);
    io.out('Kata sandi ini harus diganti saat masuk berikutnya.');
    return 0;
  },
};
