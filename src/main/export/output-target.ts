import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../../shared/api/errors';

/**
 * Refuses a user-chosen output (the CLI's `--out`, the save dialog's file) that would land inside
 * the data directory: `export --out <data-dir>/linimasa.db` once replaced the live database with
 * CSV. Our own exports/ copies are written by the exports service, never through this check.
 *
 * Both sides are compared as real paths: the target's parent through `realpath` (its nearest
 * existing ancestor when the folders are still to be made), so a symlink or `..` detour into the
 * data directory is seen. Containment is decided with `path.relative`, never `startsWith` (a
 * sibling `data-lain/` shares the prefix of `data`), and case-insensitively where the file system
 * usually is (Windows, macOS), where `C:\Users\…\linimasa` and `c:\users\…\Linimasa` are one folder.
 */
export async function refuseInsideDataDir(
  dataDir: string,
  target: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const root = await realPathOf(resolve(dataDir));
  const file = join(await realPathOf(dirname(resolve(target))), basename(resolve(target)));
  const fold = platform === 'win32' || platform === 'darwin';
  const fromRoot = relative(fold ? root.toLowerCase() : root, fold ? file.toLowerCase() : file);
  const inside =
    fromRoot === '' ||
    (fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot));
  if (inside) throw insideDataDir(root);
}

export const insideDataDir = (dataDir: string): AppError =>
  new AppError('invalid_request', {
    key: 'exportTarget.insideDataDir',
    params: { dataDir },
    field: 'out',
  });

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
async function realPathOf(path: string): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(basename(current));
      current = parent;
    }
  }
}
