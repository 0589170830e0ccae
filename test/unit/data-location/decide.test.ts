import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configDir, defaultDataDir, legacyDataDir, locateData } from '../../../src/main/data-dir';
import { legacyNotice } from '../../../src/main/data-location/decide';

const platforms = {
  win32: {
    home: 'C:\\Users\\humas',
    env: {
      APPDATA: 'C:\\Users\\humas\\AppData\\Roaming',
      LOCALAPPDATA: 'C:\\Users\\humas\\AppData\\Local',
    },
    legacy: 'C:\\Users\\humas\\AppData\\Roaming\\Linimasa',
    fresh: 'C:\\Users\\humas\\AppData\\Local\\Linimasa\\data',
    db: (dir: string) => `${dir}\\linimasa.db`,
  },
  darwin: {
    home: '/Users/humas',
    env: {},
    legacy: '/Users/humas/Library/Application Support/Linimasa',
    fresh: '/Users/humas/Library/Application Support/Linimasa/data',
    db: (dir: string) => `${dir}/linimasa.db`,
  },
  linux: {
    home: '/home/humas',
    env: {},
    legacy: '/home/humas/.config/Linimasa',
    fresh: '/home/humas/.local/share/linimasa',
    db: (dir: string) => `${dir}/linimasa.db`,
  },
} as const;

const onDisk =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('the platform folders', () => {
  it('puts new data in the machine-local folder and finds the old userData one', () => {
    for (const [platform, case_] of Object.entries(platforms)) {
      const p = platform as NodeJS.Platform;
      expect(defaultDataDir(p, case_.env, case_.home)).toBe(case_.fresh);
      expect(legacyDataDir(p, case_.env, case_.home)).toBe(case_.legacy);
      expect(configDir(p, case_.env, case_.home)).toBe(case_.legacy);
    }
  });

  it('follows XDG_DATA_HOME and XDG_CONFIG_HOME, ignoring empty or relative values', () => {
    const env = { XDG_DATA_HOME: '/data/humas', XDG_CONFIG_HOME: '/cfg' };
    expect(defaultDataDir('linux', env, '/home/humas')).toBe('/data/humas/linimasa');
    expect(legacyDataDir('linux', env, '/home/humas')).toBe('/cfg/Linimasa');
    const bad = { XDG_DATA_HOME: 'relatif', XDG_CONFIG_HOME: '' };
    expect(defaultDataDir('linux', bad, '/home/humas')).toBe('/home/humas/.local/share/linimasa');
    expect(legacyDataDir('linux', bad, '/home/humas')).toBe('/home/humas/.config/Linimasa');
  });

  it('falls back to the profile’s own folders when Windows variables are missing', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\humas')).toBe(platforms.win32.fresh);
    expect(legacyDataDir('win32', {}, 'C:\\Users\\humas')).toBe(platforms.win32.legacy);
  });
});

describe('which folder opens', () => {
  for (const [platform, case_] of Object.entries(platforms)) {
    const facts = {
      platform: platform as NodeJS.Platform,
      env: case_.env as NodeJS.ProcessEnv,
      home: case_.home,
    };

    it(`${platform}: an old install keeps its data and is offered the move`, () => {
      const location = locateData({ ...facts, exists: onDisk(case_.db(case_.legacy)) });
      expect(location).toEqual({ dir: case_.legacy, source: 'legacy', suggested: case_.fresh });
      expect(legacyNotice(location)).toContain(`move-data --to "${case_.fresh}"`);
    });

    it(`${platform}: a first run, a moved install and a chosen folder`, () => {
      expect(locateData({ ...facts, exists: onDisk() })).toEqual({
        dir: case_.fresh,
        source: 'first-run',
      });
      const both = onDisk(case_.db(case_.legacy), case_.db(case_.fresh));
      expect(locateData({ ...facts, exists: both })).toEqual({
        dir: case_.fresh,
        source: 'default',
      });
      const chosen = { dataDir: case_.home + (platform === 'win32' ? '\\Humas' : '/Humas') };
      const location = locateData({
        ...facts,
        config: chosen,
        exists: onDisk(case_.db(case_.legacy)),
      });
      expect(location).toEqual({ dir: chosen.dataDir, source: 'config' });
      expect(legacyNotice(location)).toBeNull();
    });
  }

  it('--data-dir wins over LINIMASA_DATA_DIR, which wins over the config', () => {
    const base = {
      platform: 'linux' as const,
      home: '/home/humas',
      config: { dataDir: '/srv/pilihan' },
      exists: onDisk('/home/humas/.config/Linimasa/linimasa.db'),
    };
    expect(locateData({ ...base, flag: 'data', env: { LINIMASA_DATA_DIR: '/env' } })).toEqual({
      dir: resolve('data'),
      source: 'flag',
    });
    expect(locateData({ ...base, env: { LINIMASA_DATA_DIR: '/env' } })).toEqual({
      dir: '/env',
      source: 'env',
    });
  });
});
