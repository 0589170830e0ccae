// electron-builder.yml, checked without packaging: our own expectations on the parsed YAML, then
// electron-builder's own loader, schema validation and file filters, all of which run offline.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { afterPack } from '../../../scripts/lib/electron-builder-hooks.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configFile = 'electron-builder.yml';
const yamlText = readFileSync(join(root, configFile), 'utf8');

type Raw = Record<string, unknown> & {
  files: (string | object)[];
  asarUnpack: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  linux: { target: string[]; category: string; maintainer: string; icon: string; files: string[] };
  win: { target: string[]; icon: string; files: string[] };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean };
  mac: {
    target: string[];
    category: string;
    icon: string;
    minimumSystemVersion: string;
    files: string[];
  };
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

  it('ships no separate SQLite binding: better-sqlite3 13 loads its own prebuild in Electron', () => {
    expect(raw.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*'] }]);
    expect(yamlText).not.toMatch(/native\/better_sqlite3|electron-native/);
  });

  it('has an icon for every target, made from the SVG at the sizes electron-builder needs', async () => {
    expect(raw.win.icon).toBe('resources/icons/256x256.png');
    expect(raw.mac.icon).toBe('resources/icons/512x512.png');
    expect(raw.linux.icon).toBe('resources/icons');
    for (const size of [256, 512]) {
      const meta = await sharp(join(root, 'resources', 'icons', `${size}x${size}.png`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });

  it('states the macOS floor of Electron 45', () => {
    expect(raw.mac.minimumSystemVersion).toBe('13.0');
  });
});

describe("afterPack: the packed app must hold its target's native files", () => {
  const sharpManifest = readFileSync(join(root, 'node_modules', 'sharp', 'package.json'), 'utf8');
  const wanted = JSON.parse(sharpManifest).optionalDependencies as Record<string, string>;

  /** A packed app folder (resources/app.asar.unpacked/node_modules/…) holding `files`. */
  function packedApp(files: string[]) {
    const appOutDir = mkdtempSync(join(tmpdir(), 'lm-afterpack-'));
    const modules = join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules');
    const contents: Record<string, string> = { 'sharp/package.json': sharpManifest };
    for (const file of files) {
      const name = file.replace(/\/package\.json$/, '');
      contents[file] = file.endsWith('package.json')
        ? JSON.stringify({ name, version: wanted[name] })
        : '';
    }
    for (const [path, text] of Object.entries(contents)) {
      mkdirSync(dirname(join(modules, path)), { recursive: true });
      writeFileSync(join(modules, path), text);
    }
    return appOutDir;
  }
  const context = (appOutDir: string, electronPlatformName: string, arch: number) => ({
    appOutDir,
    electronPlatformName,
    arch,
    packager: { getResourcesDir: (dir: string) => join(dir, 'resources') },
  });
  const x64 = 1;
  const arm64 = 3;

  it("is the configured hook, and electron-builder's own resolver finds it", async () => {
    expect(raw.afterPack).toBe('./scripts/lib/electron-builder-hooks.mjs');
    // The same loading electron-builder does (require, falling back to import() for ESM), from
    // the project folder it resolves the relative path against.
    const hook = await resolveFunction<unknown>(
      undefined,
      join(root, raw.afterPack as string),
      'afterPack',
      root,
    );
    expect(hook).toBeTypeOf('function');
    expect((hook as { name: string }).name).toBe('afterPack');
  });

  it("refuses a Windows package that carries Linux's sharp (the package that could not start)", async () => {
    const app = packedApp([
      'better-sqlite3/prebuilds/win32-x64.node',
      '@img/sharp-linux-x64/package.json',
      '@img/sharp-libvips-linux-x64/package.json',
    ]);
    try {
      await expect(afterPack(context(app, 'win32', x64))).rejects.toThrow(
        /Paket win32-x64 tidak akan bisa berjalan: @img\/sharp-win32-x64.*npm install --no-save --force @img\/sharp-win32-x64@/,
      );
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('accepts a complete package, and refuses one without the better-sqlite3 prebuild or with a local build/', async () => {
    const complete = [
      'better-sqlite3/prebuilds/linux-arm64.node',
      '@img/sharp-linux-arm64/package.json',
      '@img/sharp-libvips-linux-arm64/package.json',
    ];
    const ok = packedApp(complete);
    const noPrebuild = packedApp(complete.slice(1));
    const withBuild = packedApp([...complete, 'better-sqlite3/build/Release/better_sqlite3.node']);
    try {
      await expect(afterPack(context(ok, 'linux', arm64))).resolves.toBeUndefined();
      await expect(afterPack(context(noPrebuild, 'linux', arm64))).rejects.toThrow(
        /better-sqlite3/,
      );
      await expect(afterPack(context(withBuild, 'linux', arm64))).rejects.toThrow(
        /better-sqlite3\/build/,
      );
      // The same files are not enough for another arch.
      await expect(afterPack(context(ok, 'linux', x64))).rejects.toThrow(/sharp-linux-x64/);
    } finally {
      for (const dir of [ok, noPrebuild, withBuild]) rmSync(dir, { recursive: true, force: true });
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

  it("ships better-sqlite3's prebuild for the target OS and none of its C sources (node_modules filter)", async () => {
    // electron-builder filters node_modules with the "!" patterns of `files` (top level, then the
    // platform's own) after "**/*" (app-builder-lib fileMatcher.getNodeModuleFileMatcher); this
    // runs that very function with each platform's options.
    const config = await getConfig(root, configFile, null);
    // Internal to electron-builder (absent from its .d.ts), hence the cast.
    const { getNodeModuleFileMatcher } = fileMatcher as unknown as {
      getNodeModuleFileMatcher: (...args: unknown[]) => {
        createFilter(): (file: string, stat: never) => boolean;
      };
    };
    const filterFor = (platformOptions: unknown) =>
      getNodeModuleFileMatcher(root, root, (p: string) => p, platformOptions, {
        config,
        debugLogger: { isEnabled: false },
      }).createFilter();
    const prebuild = (name: string) => `node_modules/better-sqlite3/prebuilds/${name}.node`;
    const shipped = (platformOptions: unknown, files: string[]) => {
      const filter = filterFor(platformOptions);
      return files.filter((file) => accepts(filter, file));
    };
    const all = [
      'win32-x64',
      'win32-arm64',
      'darwin-x64',
      'darwin-arm64',
      'linux-x64',
      'linux-arm64',
      'linuxmusl-x64',
    ].map(prebuild);
    expect(shipped(config.win, all)).toEqual([prebuild('win32-x64'), prebuild('win32-arm64')]);
    expect(shipped(config.mac, all)).toEqual([prebuild('darwin-x64'), prebuild('darwin-arm64')]);
    expect(shipped(config.linux, all)).toEqual([prebuild('linux-x64'), prebuild('linux-arm64')]);

    const filter = filterFor(config.win);
    expect(accepts(filter, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(
      false,
    );
    expect(accepts(filter, 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(accepts(filter, 'node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false);
    expect(accepts(filter, 'node_modules/better-sqlite3/binding.gyp')).toBe(false);
    expect(accepts(filter, 'node_modules/better-sqlite3/lib/index.js')).toBe(true);
    expect(accepts(filter, 'node_modules/@img/sharp-win32-x64/lib/libvips-42.dll')).toBe(true);
    // Linux's sharp, installed beside Windows's for a cross build, stays out of the Windows app
    // and the other way round.
    expect(accepts(filter, 'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node')).toBe(
      false,
    );
    expect(accepts(filter, 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8')).toBe(
      false,
    );
    const linux = filterFor(config.linux);
    expect(accepts(linux, 'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node')).toBe(true);
    expect(accepts(linux, 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8')).toBe(
      true,
    );
    expect(accepts(linux, 'node_modules/@img/sharp-win32-x64/lib/libvips-42.dll')).toBe(false);
    const mac = filterFor(config.mac);
    expect(accepts(mac, 'node_modules/@img/sharp-libvips-darwin-arm64/lib/libvips-cpp.dylib')).toBe(
      true,
    );
    expect(accepts(mac, 'node_modules/@img/sharp-linux-x64/package.json')).toBe(false);
    expect(accepts(filter, 'node_modules/zod/package.json')).toBe(true);
  });

  it('unpacks native modules from the asar archive', async () => {
    const config = await getConfig(root, configFile, null);
    const [matcher] =
      fileMatcher.getFileMatchers(config, 'asarUnpack', join(root, 'app'), matcherOptions) ?? [];
    const filter = matcher!.createFilter() as (file: string, stat: never) => boolean;
    expect(accepts(filter, 'node_modules/some-addon/build/Release/addon.node')).toBe(true);
    expect(accepts(filter, 'node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(accepts(filter, 'node_modules/better-sqlite3/prebuilds/win32-x64.node')).toBe(true);
    expect(accepts(filter, 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8')).toBe(
      true,
    );
    expect(accepts(filter, 'out/main/index.js')).toBe(false);
  });
});
