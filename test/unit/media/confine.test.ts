import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStrictlyInside, resolveInside } from '../../../src/main/media/confine';

/**
 * <tmp>/data/assets/ab/ab12.jpg   the file a post may show
 * <tmp>/data/linimasa.db          next to the assets, never served through them
 * <tmp>/data-evil/secret.txt      a sibling sharing the prefix "data"
 * <tmp>/secret.txt                just outside
 */
let tmp: string;
let root: string;

beforeEach(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'linimasa-confine-')));
  root = join(tmp, 'data');
  mkdirSync(join(root, 'assets', 'ab'), { recursive: true });
  writeFileSync(join(root, 'assets', 'ab', 'ab12.jpg'), 'foto upacara');
  writeFileSync(join(root, 'linimasa.db'), 'database');
  mkdirSync(join(tmp, 'data-evil'));
  writeFileSync(join(tmp, 'data-evil', 'secret.txt'), 'sibling secret');
  writeFileSync(join(tmp, 'secret.txt'), 'outside secret');
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('returns the real path of a file inside the folder', async () => {
    expect(await resolveInside(root, 'assets/ab/ab12.jpg')).toBe(
      join(root, 'assets', 'ab', 'ab12.jpg'),
    );
  });

  it('decodes percent-encoding exactly once', async () => {
    writeFileSync(join(root, '100%.txt'), 'literal percent in the name');
    writeFileSync(join(root, 'foto rapat.jpg'), 'space in the name');
    expect(await resolveInside(root, '100%25.txt')).toBe(join(root, '100%.txt'));
    expect(await resolveInside(root, 'foto%20rapat.jpg')).toBe(join(root, 'foto rapat.jpg'));
  });

  it.each([
    ['../secret.txt'],
    ['assets/../../secret.txt'],
    ['%2e%2e/secret.txt'],
    ['%2e%2e%2fsecret.txt'],
    ['assets%2f%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['..%2Fsecret.txt'],
  ])('refuses %s, which climbs out of the folder', async (requested) => {
    expect(await resolveInside(root, requested)).toBeNull();
  });

  it('refuses double-encoded dots instead of decoding them into ..', async () => {
    expect(await resolveInside(root, '%252e%252e/secret.txt')).toBeNull();
    expect(await resolveInside(root, '%252e%252e%252fsecret.txt')).toBeNull();
  });

  it('refuses a sibling folder that shares the prefix', async () => {
    expect(await resolveInside(root, '../data-evil/secret.txt')).toBeNull();
    expect(await resolveInside(root, '%2e%2e/data-evil/secret.txt')).toBeNull();
  });

  it('refuses absolute paths', async () => {
    expect(await resolveInside(root, '/etc/passwd')).toBeNull();
    expect(await resolveInside(root, '%2fetc%2fpasswd')).toBeNull();
    expect(await resolveInside(root, join(tmp, 'secret.txt'))).toBeNull();
    expect(await resolveInside(root, encodeURIComponent(join(root, 'linimasa.db')))).toBeNull();
  });

  it('refuses a symlink inside the folder that points out of it', async () => {
    symlinkSync(join(tmp, 'secret.txt'), join(root, 'assets', 'ab', 'link.jpg'));
    symlinkSync(join(tmp, 'data-evil'), join(root, 'assets', 'evil-dir'));
    expect(await resolveInside(root, 'assets/ab/link.jpg')).toBeNull();
    expect(await resolveInside(root, 'assets/evil-dir/secret.txt')).toBeNull();
  });

  it('follows a symlink that stays inside the folder', async () => {
    symlinkSync(join(root, 'assets', 'ab', 'ab12.jpg'), join(root, 'assets', 'alias.jpg'));
    expect(await resolveInside(root, 'assets/alias.jpg')).toBe(
      join(root, 'assets', 'ab', 'ab12.jpg'),
    );
  });

  it('works when the folder itself is reached through a symlink', async () => {
    symlinkSync(root, join(tmp, 'data-link'));
    expect(await resolveInside(join(tmp, 'data-link'), 'assets/ab/ab12.jpg')).toBe(
      join(root, 'assets', 'ab', 'ab12.jpg'),
    );
  });

  it('refuses a path that climbs out, even when it lands on a link back inside', async () => {
    // Checked as written first, so `..` is refused before any link is followed.
    symlinkSync(root, join(tmp, 'data-link'));
    expect(await resolveInside(join(tmp, 'data-link'), '../data/assets/ab/ab12.jpg')).toBeNull();
    symlinkSync(join(root, 'assets', 'ab', 'ab12.jpg'), join(tmp, 'outside-link.jpg'));
    expect(await resolveInside(root, '../outside-link.jpg')).toBeNull();
  });

  it('refuses directories, the folder itself and missing files', async () => {
    expect(await resolveInside(root, 'assets/ab')).toBeNull();
    expect(await resolveInside(root, 'assets/ab/')).toBeNull();
    expect(await resolveInside(root, '')).toBeNull();
    expect(await resolveInside(root, '.')).toBeNull();
    expect(await resolveInside(root, 'assets/ab/missing.jpg')).toBeNull();
    expect(await resolveInside(join(tmp, 'no-such-root'), 'assets/ab/ab12.jpg')).toBeNull();
  });

  it('refuses malformed encoding, NUL bytes, backslashes and colons', async () => {
    // Legal names on Linux, so the refusal is the check's doing and not a missing file.
    writeFileSync(join(root, 'back\\slash.jpg'), 'backslash in the name');
    writeFileSync(join(root, 'ab12.jpg:stream'), 'colon in the name');
    expect(await resolveInside(root, 'back%5Cslash.jpg')).toBeNull();
    expect(await resolveInside(root, 'ab12.jpg%3Astream')).toBeNull();
    expect(await resolveInside(root, '%E0%A4%A')).toBeNull();
    expect(await resolveInside(root, 'assets/ab/%zz.jpg')).toBeNull();
    expect(await resolveInside(root, 'assets/ab/ab12.jpg%00.png')).toBeNull();
    expect(await resolveInside(root, 'assets/ab/ab12.jpg\0')).toBeNull();
    expect(await resolveInside(root, 'assets\\ab\\ab12.jpg')).toBeNull();
    expect(await resolveInside(root, 'assets%5Cab%5Cab12.jpg')).toBeNull();
    expect(await resolveInside(root, '..%5Csecret.txt')).toBeNull();
    expect(await resolveInside(root, 'assets/ab/ab12.jpg:stream')).toBeNull();
  });
});

describe('isStrictlyInside', () => {
  it('compares whole path segments, not string prefixes', () => {
    expect(isStrictlyInside('/srv/data', '/srv/data/assets/a.jpg')).toBe(true);
    expect(isStrictlyInside('/srv/data', '/srv/data-evil/secret.txt')).toBe(false);
    expect(isStrictlyInside('/srv/data', '/srv/data')).toBe(false);
    expect(isStrictlyInside('/srv/data', '/srv')).toBe(false);
    expect(isStrictlyInside('/srv/data', '/srv/data/..foo')).toBe(true);
  });
});
