import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureElectronSqliteBinding,
  NativeBindingError,
  type Runner,
} from '../../../scripts/electron-native.mjs';
import {
  bindingPaths,
  buildAttempts,
  buildEnv,
  deadScratchDirs,
  type BuildAttempt,
} from '../../../scripts/lib/native-binding.mjs';

const target = { electronVersion: '45.5.0', platform: process.platform, arch: 'x64' };
const tools = {
  prebuildInstall: '/tools/prebuild-install/bin.js',
  nodeGyp: '/tools/node-gyp/bin/node-gyp.js',
};
const nodeBuild = 'NODE-ABI build, loaded by tests and the CLI';

let root: string;

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A project whose node_modules/better-sqlite3 looks like an installed one, Node build included. */
function fakeProject(sqliteVersion = '12.11.1'): void {
  const module = join(root, 'node_modules', 'better-sqlite3');
  write(
    join(module, 'package.json'),
    JSON.stringify({ name: 'better-sqlite3', version: sqliteVersion }),
  );
  write(join(module, 'binding.gyp'), '{}');
  write(join(module, 'src', 'better_sqlite3.cpp'), '// source');
  write(join(module, 'deps', 'sqlite3', 'sqlite3.c'), '/* sqlite */');
  write(join(module, 'lib', 'index.js'), 'module.exports = {}');
  write(join(module, 'build', 'Release', 'better_sqlite3.node'), nodeBuild);
}

/** A runner that "builds" by writing build/Release/better_sqlite3.node for the tools in `succeeds`. */
function fakeRunner(succeeds: string[]) {
  const runs: { attempt: BuildAttempt; cwd: string; copied: string[] }[] = [];
  const run: Runner = (attempt, { cwd }) => {
    runs.push({ attempt, cwd, copied: readdirSync(cwd).sort() });
    if (!succeeds.includes(attempt.name)) return { ok: false, status: 1 };
    write(
      join(cwd, 'build', 'Release', 'better_sqlite3.node'),
      `ELECTRON build by ${attempt.name}`,
    );
    return { ok: true, status: 0 };
  };
  return { run, runs };
}

const quiet = () => {};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lm-native-'));
  fakeProject();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ensureElectronSqliteBinding', () => {
  it('tries prebuild-install, then node-gyp, in a scratch copy, and installs the result atomically', () => {
    const { run, runs } = fakeRunner(['node-gyp']);
    const file = ensureElectronSqliteBinding({ ...target, root, run, tools, log: quiet });

    const paths = bindingPaths(root, {
      version: '45.5.0',
      platform: process.platform,
      arch: 'x64',
    });
    expect(file).toBe(
      join(
        root,
        '.cache',
        'electron-native',
        `45.5.0-${process.platform}-x64`,
        'better_sqlite3.node',
      ),
    );
    expect(file).toBe(paths.file);
    expect(readFileSync(file, 'utf8')).toBe('ELECTRON build by node-gyp');
    expect(JSON.parse(readFileSync(paths.stamp, 'utf8'))).toMatchObject({
      betterSqlite3: '12.11.1',
      version: '45.5.0',
      builtWith: 'node-gyp',
    });

    expect(runs.map((r) => r.attempt.name)).toEqual(['prebuild-install', 'node-gyp']);
    for (const { cwd, copied } of runs) {
      // The build runs in .cache with the sources only: never in node_modules, never with its build/.
      expect(cwd.startsWith(join(root, '.cache', 'electron-native'))).toBe(true);
      expect(copied).toEqual(['binding.gyp', 'deps', 'package.json', 'src']);
    }
    expect(
      readFileSync(
        join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
        'utf8',
      ),
    ).toBe(nodeBuild);
    // Scratch copies and temporary files are gone.
    expect(readdirSync(paths.cache).sort()).toEqual([
      `45.5.0-${process.platform}-x64`,
      `45.5.0-${process.platform}-x64.log`,
    ]);
    expect(readdirSync(paths.dir).sort()).toEqual(['better_sqlite3.node', 'build-info.json']);
  });

  it('uses a prebuilt when one downloads, and reuses a current build without running anything', () => {
    const first = fakeRunner(['prebuild-install', 'node-gyp']);
    const file = ensureElectronSqliteBinding({
      ...target,
      root,
      run: first.run,
      tools,
      log: quiet,
    });
    expect(first.runs.map((r) => r.attempt.name)).toEqual(['prebuild-install']);
    expect(readFileSync(file, 'utf8')).toBe('ELECTRON build by prebuild-install');

    const again = fakeRunner([]);
    expect(
      ensureElectronSqliteBinding({ ...target, root, run: again.run, tools, log: quiet }),
    ).toBe(file);
    expect(again.runs).toEqual([]);
  });

  it('rebuilds after better-sqlite3 is upgraded (its JS and native halves must match)', () => {
    ensureElectronSqliteBinding({
      ...target,
      root,
      run: fakeRunner(['node-gyp']).run,
      tools,
      log: quiet,
    });
    fakeProject('12.12.0');
    const after = fakeRunner(['node-gyp']);
    ensureElectronSqliteBinding({ ...target, root, run: after.run, tools, log: quiet });
    expect(after.runs).toHaveLength(2);
    const paths = bindingPaths(root, {
      version: '45.5.0',
      platform: process.platform,
      arch: 'x64',
    });
    expect(JSON.parse(readFileSync(paths.stamp, 'utf8')).betterSqlite3).toBe('12.12.0');
  });

  it('does not trust a binding without its stamp (a build killed between the two renames)', () => {
    const paths = bindingPaths(root, {
      version: '45.5.0',
      platform: process.platform,
      arch: 'x64',
    });
    write(paths.file, 'left by a killed build');
    const { run, runs } = fakeRunner(['node-gyp']);
    ensureElectronSqliteBinding({ ...target, root, run, tools, log: quiet });
    expect(runs).toHaveLength(2);
    expect(readFileSync(paths.file, 'utf8')).toBe('ELECTRON build by node-gyp');
  });

  it('fails with a one-paragraph error naming each step and the log, leaving no binding behind', () => {
    const { run } = fakeRunner([]);
    let error: unknown;
    try {
      ensureElectronSqliteBinding({ ...target, root, run, tools, log: quiet });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NativeBindingError);
    const { message, logFile } = error as NativeBindingError;
    expect(message).toMatch(/prebuild-install: exit 1; node-gyp: exit 1/);
    expect(message).not.toMatch(/\n/);
    expect(logFile).toBe(
      join(root, '.cache', 'electron-native', `45.5.0-${process.platform}-x64.log`),
    );
    expect(existsSync(logFile!)).toBe(true);
    const paths = bindingPaths(root, {
      version: '45.5.0',
      platform: process.platform,
      arch: 'x64',
    });
    expect(readdirSync(paths.dir)).toEqual([]);
    expect(readdirSync(paths.cache).filter((name) => name.includes('.build-'))).toEqual([]);
  });

  it('sweeps scratch folders of builds whose process is gone', () => {
    const paths = bindingPaths(root, {
      version: '45.5.0',
      platform: process.platform,
      arch: 'x64',
    });
    const dead = join(paths.cache, `${paths.key}.build-999999999`);
    write(join(dead, 'binding.gyp'), '{}');
    ensureElectronSqliteBinding({
      ...target,
      root,
      run: fakeRunner(['prebuild-install']).run,
      tools,
      log: quiet,
    });
    expect(existsSync(dead)).toBe(false);
  });
});

describe('build decisions', () => {
  it('targets Electron headers for node-gyp and tries the prebuilt first', () => {
    const attempts = buildAttempts({
      target: { version: '45.5.0', platform: 'linux', arch: 'x64' },
      hostPlatform: 'linux',
      tools,
      headersDir: '/h',
    });
    expect(attempts.map((a) => a.name)).toEqual(['prebuild-install', 'node-gyp']);
    expect(attempts[0]!.args).toEqual([
      '--runtime',
      'electron',
      '--target',
      '45.5.0',
      '--arch',
      'x64',
      '--platform',
      'linux',
      '--verbose',
    ]);
    expect(attempts[1]!.args).toEqual([
      'rebuild',
      '--release',
      '--target=45.5.0',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
      '--devdir=/h',
    ]);
  });

  it('only downloads for another platform (node-gyp cannot cross-compile to Windows)', () => {
    const attempts = buildAttempts({
      target: { version: '45.5.0', platform: 'win32', arch: 'x64' },
      hostPlatform: 'linux',
      tools,
      headersDir: '/h',
    });
    expect(attempts.map((a) => a.name)).toEqual(['prebuild-install']);
  });

  it('drops npm settings that would point node-gyp at the wrong headers', () => {
    expect(
      buildEnv({
        PATH: '/bin',
        npm_config_nodedir: '/usr',
        NPM_CONFIG_TARGET: '20',
        npm_config_cache: '/c',
      }),
    ).toEqual({
      PATH: '/bin',
      npm_config_cache: '/c',
    });
  });

  it('recognises dead scratch folders by pid', () => {
    const names = ['k.build-1', 'k.build-2', 'k.build-x', 'other.build-3', 'k'];
    expect(deadScratchDirs(names, 'k', (pid) => pid === 2)).toEqual(['k.build-1']);
  });
});
