// electron-builder hooks (electron-builder.yml: `afterPack`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { missingNativeFiles, nativeInstallCommand } from './dist-targets.mjs';

/** builder-util's Arch enum, by number (the hook receives the number). */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * Refuses a packaged app that could not start on its target: checked in the packed output, so it
 * holds whatever the configuration, the command line or node_modules said. A Windows package
 * built on Linux once carried Linux's sharp and no sharp-win32-x64; main loaded sharp at start,
 * threw, and left a process without a window. This stops that package from being made at all.
 *
 * Needed, outside the asar archive (native code cannot load from inside it):
 * - better-sqlite3's Node-API prebuild for the target (prebuilds/<platform>-<arch>.node), and no
 *   build/ folder: better-sqlite3 loads build/Release first, which would be the packaging
 *   machine's own compile;
 * - sharp's per-platform packages for the target (@img/sharp-…, @img/sharp-libvips-… where sharp
 *   lists one), of the version the packaged sharp asks for.
 */
export async function afterPack(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = archNames[context.arch] ?? String(context.arch);
  const resources = context.packager.getResourcesDir(context.appOutDir);
  const modulesDir = join(resources, 'app.asar.unpacked', 'node_modules');
  const target = { platform, arch };

  const problems = [];
  if (!existsSync(join(modulesDir, 'sharp', 'package.json')))
    problems.push('sharp (tidak ada di luar arsip asar)');
  problems.push(...missingNativeFiles(modulesDir, target));
  if (existsSync(join(modulesDir, 'better-sqlite3', 'build')))
    problems.push(
      'better-sqlite3/build (hasil kompilasi komputer ini; tidak boleh ikut dipaketkan)',
    );
  if (problems.length === 0) return;
  throw new Error(
    `Paket ${platform}-${arch} tidak akan bisa berjalan: ${problems.join(', ')} ` +
      `(diperiksa di ${modulesDir}). Pasang berkas bawaan target dengan ` +
      `\`${nativeInstallCommand(modulesDir, target)}\` di folder proyek, lalu buat paket dengan \`npm run dist\`.`,
  );
}
