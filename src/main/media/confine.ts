import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The real path of the regular file `requested` names inside `root`, or null.
 *
 * `requested` is the still percent-encoded path from a URL, relative to `root`. It is decoded
 * exactly once: decoding twice would turn `%252e%252e` into `..`. Then it is checked twice,
 * once as written and once after `realpath`, so neither `../`, an absolute path, nor a symlink
 * placed in the data folder can lead outside it.
 *
 * Containment is decided with `path.relative`, never `startsWith(root)`: a sibling folder such
 * as `data-evil/` shares the prefix of `data` and would pass a prefix check.
 */
export async function resolveInside(root: string, requested: string): Promise<string | null> {
  const decoded = decodeOnce(requested);
  if (decoded === null || decoded === '') return null;
  // NUL truncates paths in C APIs; backslash is a separator on Windows but not in URLs; a colon
  // is a drive letter or an NTFS alternate data stream (`photo.jpg:secret`). Asset paths are
  // hex digits and an extension, so none of these can be legitimate.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;
  if (isAbsolute(decoded)) return null;

  const rootPath = resolve(root);
  const target = resolve(rootPath, decoded);
  if (!isStrictlyInside(rootPath, target)) return null;

  let realRoot: string;
  let realTarget: string;
  try {
    [realRoot, realTarget] = await Promise.all([realpath(rootPath), realpath(target)]);
  } catch {
    return null;
  }
  if (!isStrictlyInside(realRoot, realTarget)) return null;

  try {
    const info = await stat(realTarget);
    return info.isFile() ? realTarget : null;
  } catch {
    return null;
  }
}

function decodeOnce(requested: string): string | null {
  if (typeof requested !== 'string') return null;
  try {
    return decodeURIComponent(requested);
  } catch {
    return null;
  }
}

/** True when `target` is below `root` (not `root` itself). */
export function isStrictlyInside(root: string, target: string): boolean {
  const fromRoot = relative(root, target);
  return (
    fromRoot !== '' &&
    fromRoot !== '..' &&
    !fromRoot.startsWith(`..${sep}`) &&
    !isAbsolute(fromRoot)
  );
}
