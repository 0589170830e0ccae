import { join } from 'node:path';

/** The letterhead logo lives in <data dir>/branding/, named by its content hash. */
export const brandingDir = (dataDir: string) => join(dataDir, 'branding');

/** A stored logo's path; `name` is only ever one the app wrote ("logo-<sha256>.png"). */
export function brandingFile(dataDir: string, name: string): string {
  if (!/^logo-[0-9a-f]{64}\.(png|jpg)$/.test(name)) throw new Error('invalid logo name');
  return join(brandingDir(dataDir), name);
}
