import { describe, expect, it } from 'vitest';
import { hostStateWords } from '../../../../src/renderer/features/settings/network/host-state';
import { translate } from '../../../../src/shared/i18n/translate';

const words = (state: Parameters<typeof hostStateWords>[0]) => {
  const { key, params } = hostStateWords(state);
  return translate('id', key, params);
};

describe('the desktop listener’s state in Settings › Jaringan kantor', () => {
  it('says where it is open, or that it is closed', () => {
    expect(words({ state: 'on', listen: '0.0.0.0:8080' })).toBe(
      'Terbuka untuk jaringan kantor di 0.0.0.0:8080.',
    );
    expect(words({ state: 'off' })).toContain('Tertutup');
    expect(hostStateWords({ state: 'starting', listen: '0.0.0.0:8080' }).problem).toBe(false);
  });

  it('names the port another program holds, as an alert, and says the app still runs', () => {
    const state = { state: 'failed', listen: '0.0.0.0:8080', problem: 'in_use' } as const;
    expect(hostStateWords(state).problem).toBe(true);
    const text = words(state);
    expect(text).toContain('port 8080 sudah dipakai program lain');
    expect(text).toContain('Linimasa tetap berjalan di komputer ini');
  });

  it('words every problem without a key left over', () => {
    for (const problem of [
      'in_use',
      'not_here',
      'needs_admin',
      'invalid',
      'certificate',
      'failed',
    ] as const) {
      const text = words({ state: 'failed', listen: '192.0.2.1:80', problem });
      expect(text, problem).toMatch(/^Belum terbuka untuk jaringan kantor: /);
      expect(text, problem).not.toMatch(/\{\{|officeNetwork/);
    }
  });
});
