import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans, embedded (subset) in every PDF: the standard 14 fonts (Helvetica…) are not
 * embedded and carry only WinAnsi glyphs, so "→ ✓ ©" or a name with "ş" would not print.
 * The files and their licence live in resources/fonts/.
 */
export const fontFiles = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export type FontStyle = keyof typeof fontFiles;

/**
 * resources/fonts at run time. A packaged app has it at <resourcesPath>/resources/fonts
 * (electron-builder's `extraResources`); from source (tsx, vitest) and from the electron-vite
 * bundle (out/main/index.js) it is the repository's resources/ folder, found by walking up from
 * this file, which is the one thing that differs between those layouts.
 */
export function fontsDir(): string {
  const has = (dir: string) => existsSync(join(dir, fontFiles.regular));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath && has(join(resourcesPath, 'resources', 'fonts'))) {
    return join(resourcesPath, 'resources', 'fonts');
  }
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'fonts');
    if (has(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Huruf PDF (${fontFiles.regular}) tidak ditemukan di resources/fonts`);
}

let cached: Record<FontStyle, Buffer> | undefined;

/** The font files, read once per process (1.4 MB; each PDF embeds only the glyphs it uses). */
export function fontData(): Record<FontStyle, Buffer> {
  if (!cached) {
    const dir = fontsDir();
    cached = {
      regular: readFileSync(join(dir, fontFiles.regular)),
      bold: readFileSync(join(dir, fontFiles.bold)),
    };
  }
  return cached;
}
