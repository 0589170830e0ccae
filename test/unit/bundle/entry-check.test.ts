import { createHash, randomBytes } from 'node:crypto';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import yazl from 'yazl';
import { openArchive, type Archive, type EntryLayout } from '../../../src/main/bundle/archive';
import { createEntryChecker } from '../../../src/main/bundle/entry-check';
import { BundleError } from '../../../src/main/bundle/errors';
import { defaultBundleLimits } from '../../../src/main/bundle/limits';

const anyName: EntryLayout = { pattern: /^media\/[a-z]+\.bin$/, isLarge: () => true };
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A real zip from yazl: `stored.bin` as is, `deflated.bin` compressed. */
async function writeZip(path: string, stored: Buffer, deflated: Buffer): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(stored, 'media/stored.bin', { compress: false });
  zip.addBuffer(deflated, 'media/deflated.bin', { compress: true });
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
}

describe('createEntryChecker', () => {
  let dir: string;
  let incoming: string;
  let paths: { root: string; assets: string; thumbs: string; incoming: string };
  // Larger than the copier's 256 KiB chunk, and not a multiple of it.
  const stored = randomBytes(700_001);
  const deflated = Buffer.alloc(500_000, 'linimasa ');
  let archive: Archive;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entry-check-'));
    incoming = join(dir, 'incoming');
    mkdirSync(incoming);
    paths = { root: dir, assets: join(dir, 'assets'), thumbs: join(dir, 'thumbs'), incoming };
    await writeZip(join(dir, 'pack.zip'), stored, deflated);
    archive = await openArchive(join(dir, 'pack.zip'), defaultBundleLimits, anyName);
  });
  afterEach(() => {
    archive.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const entry = (name: string) => archive.entries.get(`media/${name}.bin`)!;

  it('copies a stored entry from its place in the zip, off this thread, byte for byte', async () => {
    const read = vi.spyOn(archive, 'read');
    const checker = createEntryChecker(archive);
    const seen: number[] = [];
    try {
      const expected = { size: stored.length, sha256: sha(stored) };
      const copied = await checker.check(entry('stored'), expected, paths, (n) => seen.push(n));
      expect(copied).toMatchObject(expected);
      expect(readFileSync(copied!.temp).equals(stored)).toBe(true);
      expect(seen.reduce((a, b) => a + b, 0)).toBe(stored.length);
      // Checked only: read through, nothing written anywhere.
      expect(await checker.check(entry('stored'), expected)).toBeUndefined();
      expect(readdirSync(incoming)).toEqual([copied!.temp.slice(incoming.length + 1)]);
    } finally {
      await checker.close();
    }
    // The stored bytes never came through yauzl's stream on this thread.
    expect(read).not.toHaveBeenCalled();
  });

  it('inflates a compressed entry through the stream', async () => {
    const checker = createEntryChecker(archive);
    try {
      const expected = { size: deflated.length, sha256: sha(deflated) };
      const copied = await checker.check(entry('deflated'), expected, paths);
      expect(readFileSync(copied!.temp).equals(deflated)).toBe(true);
    } finally {
      await checker.close();
    }
  });

  it('refuses a damaged stored entry as a checksum error and leaves no file behind', async () => {
    archive.close();
    const zipPath = join(dir, 'pack.zip');
    const bytes = readFileSync(zipPath);
    const at = bytes.indexOf(stored.subarray(0, 64)) + 400_000;
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(zipPath, bytes);
    archive = await openArchive(zipPath, defaultBundleLimits, anyName);
    const checker = createEntryChecker(archive);
    const expected = { size: stored.length, sha256: sha(stored) };
    try {
      for (const into of [paths, undefined]) {
        const failure = await checker.check(entry('stored'), expected, into).catch((e) => e);
        expect(failure).toBeInstanceOf(BundleError);
        expect((failure as BundleError).key).toBe('bundle.checksum');
      }
      expect(readdirSync(incoming)).toEqual([]);
      // A listing that names another size is refused before any byte is read.
      const wrongSize = { size: stored.length + 1, sha256: sha(stored) };
      await expect(checker.check(entry('stored'), wrongSize, paths)).rejects.toMatchObject({
        key: 'bundle.sizeMismatch',
      });
    } finally {
      await checker.close();
    }
  });

  it('stops when cancelled and leaves no file behind', async () => {
    const controller = new AbortController();
    const checker = createEntryChecker(archive, controller.signal);
    controller.abort(new Error('dibatalkan'));
    try {
      const expected = { size: stored.length, sha256: sha(stored) };
      await expect(checker.check(entry('stored'), expected, paths)).rejects.toThrow('dibatalkan');
      expect(readdirSync(incoming)).toEqual([]);
    } finally {
      await checker.close();
    }
  });
});
