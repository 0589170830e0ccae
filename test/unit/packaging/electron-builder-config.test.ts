// electron-builder.yml, checked without packaging: our own expectations on the parsed YAML, then
// electron-builder's own loader, schema validation and file filters, all of which run offline.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { afterPack } from '../../../scripts/lib/electron-builder-hooks.mjs';
import { stagedBindingPattern } from '../../../scripts/lib/dist-targets.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configFile = 'electron-builder.yml';
const yamlText = readFileSync(join(root, configFile), 'utf8');

type Raw = Record<string, unknown> & {
  files: (string | object)[];
  asarUnpack: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  linux: { target: string[]; category: string; maintainer: string };
  win: { target: string[] };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean };
  mac: { target: string[]; category: string };
};
const raw = parse(yamlText) as Raw;

// validateConfiguration only reports to the debug logger when it is enabled.
const quietLogger = { isEnabled: false, add() {} } as unknown as Parameters<
  typeof validateConfiguration
>[1];
const validate = (config: unknown) => validateConfiguration(config as Configuration, quietLogger);

/** electron-builder's decision for one file, as its own FileMatcher filter makes it. */
function accepts(filter: (file: string, stat: never) => boolean, relative: string): boolean {
  return filter(join(root, relative), { isDirectory: () => false } as never);
}
const matcherOptions = {
  macroExpander: (pattern: string) => pattern,
  customBuildOptions: {},
  globalOutDir: join(root, 'dist'),
  defaultSrc: root,
};

describe('electron-builder.yml (our expectations)', () => {
  it('names the app', () => {
    expect(raw.appId).toBe('id.linimasa.app');
    expect(raw.productName).toBe('Linimasa');
    expect(raw.directories).toEqual({ output: 'dist' });
  });

  it('targets Linux AppImage + deb, Windows nsis, macOS dmg', () => {
    expect(new Set(raw.linux.target)).toEqual(new Set(['AppImage', 'deb']));
    expect(raw.linux.category).toBe('Office');
    expect(raw.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/); // deb needs a maintainer with an email
    expect(raw.win.target).toEqual(['nsis']);
    expect(raw.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(raw.mac.target).toEqual(['dmg']);
    expect(raw.mac.category).toBe('public.app-category.productivity');
  });

  it('never rebuilds node_modules in place (that would break npm test afterwards)', () => {
    expect(raw.npmRebuild).toBe(false);
    expect(raw.nodeGypRebuild).not.toBe(true);
  });

  it('ships the Electron build of better-sqlite3 as <resources>/native/better_sqlite3.node, from where dist.mjs stages it', () => {
    expect(raw.extraResources).toContainEqual({
      from: stagedBindingPattern,
      to: 'native/better_sqlite3.node',
    });
    expect(raw.extraResources).toContainEqual({
      from: 'resources',
      to: 'resources',
      filter: ['**/*'],
    });
  });

  it('refuses to finish a package that lacks the binding', async () => {
    expect(raw.afterPack).toBe('./scripts/lib/electron-builder-hooks.mjs');
    const appOutDir = mkdtempSync(join(tmpdir(), 'lm-afterpack-'));
    try {
      const context = {
        appOutDir,
        packager: { getResourcesDir: (dir: string) => join(dir, 'resources') },
      };
      await expect(afterPack(context)).rejects.toThrow(
        /native[/\\]better_sqlite3\.node is missing: package with `npm run dist`/,
      );
      mkdirSync(join(appOutDir, 'resources', 'native'), { recursive: true });
      writeFileSync(join(appOutDir, 'resources', 'native', 'better_sqlite3.node'), '');
      await expect(afterPack(context)).resolves.toBeUndefined();
    } finally {
      rmSync(appOutDir, { recursive: true, force: true });
    }
  });
});

describe('electron-builder.yml (electron-builder itself, offline)', () => {
  it("loads with electron-builder's loader and passes its schema validation", async () => {
    const config = await getConfig(root, configFile, null);
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('rejects an unknown key, a misspelled option, a wrong arch and a wrong type: the validation can fail', async () => {
    await expect(validate({ ...raw, npmRebuilt: false })).rejects.toThrow(
      /unknown property 'npmRebuilt'/,
    );
    await expect(validate({ ...raw, nsis: { oneclick: false } })).rejects.toThrow(
      /configuration\.nsis/,
    );
    await expect(
      validate({ ...raw, linux: { ...raw.linux, target: [{ target: 'AppImage', arch: 'x86' }] } }),
    ).rejects.toThrow(/configuration\.linux/);
    await expect(validate({ ...raw, npmRebuild: 'nope' })).rejects.toThrow(
      /configuration\.npmRebuild should be a boolean/,
    );
  });

  it('keeps the Node build of better-sqlite3 out of the package (node_modules filter)', async () => {
    // electron-builder filters node_modules with the "!" patterns of `files` after "**/*"
    // (app-builder-lib fileMatcher.getNodeModuleFileMatcher); this runs that very function.
    const config = await getConfig(root, configFile, null);
    // Internal to electron-builder (absent from its .d.ts), hence the cast.
    const { getNodeModuleFileMatcher } = fileMatcher as unknown as {
      getNodeModuleFileMatcher: (...args: unknown[]) => {
        createFilter(): (file: string, stat: never) => boolean;
      };
    };
    const filter = getNodeModuleFileMatcher(
      root,
      root,
      (p: string) => p,
      {},
      { config, debugLogger: { isEnabled: false } },
    ).createFilter();
    expect(accepts(filter, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(
      false,
    );
    expect(accepts(filter, 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(accepts(filter, 'node_modules/better-sqlite3/lib/index.js')).toBe(true);
    expect(accepts(filter, 'node_modules/zod/package.json')).toBe(true);
  });

  it('unpacks native modules from the asar archive', async () => {
    const config = await getConfig(root, configFile, null);
    const [matcher] =
      fileMatcher.getFileMatchers(config, 'asarUnpack', join(root, 'app'), matcherOptions) ?? [];
    const filter = matcher!.createFilter() as (file: string, stat: never) => boolean;
    expect(accepts(filter, 'node_modules/some-addon/build/Release/addon.node')).toBe(true);
    expect(accepts(filter, 'node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(accepts(filter, 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8')).toBe(
      true,
    );
    expect(accepts(filter, 'out/main/index.js')).toBe(false);
  });
});
