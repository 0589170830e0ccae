import { describe, expect, it } from 'vitest';
import {
  classifyInstallFailure,
  diagnoseElectronExit,
} from '../../../scripts/lib/electron-failure.mjs';

const ubuntu = { platform: 'linux', userNamespacesRestricted: true };
const debian = { platform: 'linux', userNamespacesRestricted: null };

describe('classifyInstallFailure', () => {
  it('calls only a failed connection "network" (what @electron/get prints here, offline)', () => {
    // Measured on this machine: node node_modules/electron/install.js → "TypeError: fetch failed".
    expect(classifyInstallFailure({ logText: 'TypeError: fetch failed\n    at …' })).toBe(
      'network',
    );
    expect(classifyInstallFailure({ logText: 'Error: getaddrinfo ENOTFOUND github.com' })).toBe(
      'network',
    );
    expect(classifyInstallFailure({ logText: 'HTTPError: Response code 404 (Not Found)' })).toBe(
      'failed',
    );
    expect(classifyInstallFailure({ logText: 'Error: ENOSPC: no space left on device' })).toBe(
      'failed',
    );
    expect(classifyInstallFailure({ timedOut: true, logText: 'fetch failed' })).toBe('timeout');
  });
});

describe('diagnoseElectronExit', () => {
  it('a normal close, Ctrl+C or SIGTERM is no failure', () => {
    expect(diagnoseElectronExit({ code: 0, signal: null }, ubuntu)).toBeNull();
    expect(diagnoseElectronExit({ code: null, signal: 'SIGINT' }, ubuntu)).toBeNull();
    expect(diagnoseElectronExit({ code: null, signal: 'SIGTERM' }, ubuntu)).toBeNull();
  });

  it('a bare SIGTRAP on Ubuntu 24.04 still points at AppArmor', () => {
    const diagnosis = diagnoseElectronExit({ code: null, signal: 'SIGTRAP', stderr: '' }, ubuntu);
    expect(diagnosis).toMatchObject({ kind: 'aborted', fallback: true });
    expect(diagnosis?.lines.join('\n')).toMatch(/apparmor_restrict_unprivileged_userns=0/);
    const elsewhere = diagnoseElectronExit({ code: 133, signal: null, stderr: '' }, debian);
    expect(elsewhere?.lines.join('\n')).not.toMatch(/apparmor/i);
  });

  it('an unknown library gets a search hint and the .deb alternative', () => {
    const diagnosis = diagnoseElectronExit(
      {
        code: 127,
        signal: null,
        stderr: 'error while loading shared libraries: libfoo.so.7: cannot open shared object',
      },
      debian,
    );
    expect(diagnosis?.kind).toBe('missing-library');
    expect(diagnosis?.lines.join('\n')).toMatch(/apt-file search libfoo\.so\.7/);
    expect(diagnosis?.lines.join('\n')).toMatch(/\.deb/);
  });

  it('names the Ubuntu 24.04 (t64) package where the name changed', () => {
    const diagnosis = diagnoseElectronExit(
      {
        code: 127,
        signal: null,
        stderr: 'error while loading shared libraries: libasound.so.2: x',
      },
      ubuntu,
    );
    expect(diagnosis?.lines.join('\n')).toMatch(/libasound2 \(di Ubuntu 24\.04: libasound2t64\)/);
  });

  it('says it in Indonesian', () => {
    const diagnosis = diagnoseElectronExit({ code: 5, signal: null }, debian);
    expect(diagnosis).toMatchObject({ kind: 'exited', fallback: false });
    expect(diagnosis?.lines[0]).toMatch(/^Linimasa \(Electron\) berhenti dengan kode 5/);
  });
});
