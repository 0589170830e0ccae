import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../../../src/main/assets/messages';
import {
  hashFile,
  ingest,
  keyedMutex,
  place,
  readFileChunks,
  type StorePaths,
} from '../../../src/main/assets/store';
import { useTempDir } from '../helpers';

const tempDir = useTempDir('linimasa-store-');

function store(): StorePaths {
  const root = tempDir();
  const paths = {
    root,
    assets: join(root, 'assets'),
    thumbs: join(root, 'thumbs'),
    incoming: join(root, 'incoming'),
  };
  for (const dir of [paths.assets, paths.thumbs, paths.incoming]) mkdirSync(dir);
  return paths;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** 3.5 MiB of varied bytes: several 1 MiB chunks and a partial one. */
const bytes = Buffer.from(Array.from({ length: 3.5 * 1024 * 1024 }, (_, i) => (i * 7919) % 251));

describe('content-addressed store', () => {
  it('hashes while streaming into incoming/ and reports every chunk', async () => {
    const paths = store();
    const source = join(paths.root, 'source.bin');
    writeFileSync(source, bytes);
    const chunks: number[] = [];
    const ingested = await ingest(paths, readFileChunks(source), {
      onBytes: (n) => chunks.push(n),
    });
    expect(ingested.sha256).toBe(sha256(bytes));
    expect(ingested.size).toBe(bytes.length);
    expect(ingested.temp.startsWith(join(paths.incoming, `${process.pid}.`))).toBe(true);
    expect(readFileSync(ingested.temp).equals(bytes)).toBe(true);
    // Streamed, never read whole: four reads for 3.5 MiB.
    expect(chunks).toEqual([1, 1, 1, 0.5].map((mib) => mib * 1024 * 1024));
  });

  it('hashFile agrees with a one-shot hash', async () => {
    const paths = store();
    const file = join(paths.root, 'f.bin');
    writeFileSync(file, bytes);
    expect(await hashFile(file)).toEqual({ sha256: sha256(bytes), size: bytes.length });
  });

  it('leaves no temp file when the source fails, is cancelled or is too large', async () => {
    const paths = store();
    async function* failing() {
      yield Buffer.from('abc');
      throw new Error('disk unplugged');
    }
    await expect(ingest(paths, failing())).rejects.toThrow('disk unplugged');

    const controller = new AbortController();
    async function* slow() {
      yield Buffer.from('abc');
      controller.abort();
      yield Buffer.from('def');
    }
    await expect(ingest(paths, slow(), { signal: controller.signal })).rejects.toThrow();

    await expect(
      ingest(paths, Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 }),
    ).rejects.toBeInstanceOf(ImportFailure);

    expect(readdirSync(paths.incoming)).toEqual([]);
  });

  it('places a file under its final name and removes the temp name', async () => {
    const paths = store();
    const ingested = await ingest(paths, Readable.from([bytes]));
    const target = join(paths.assets, 'ab', 'cd.bin');
    await place(ingested.temp, target);
    expect(existsSync(ingested.temp)).toBe(false);
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it('keyedMutex runs work on one key one at a time, other keys freely', async () => {
    const withLock = keyedMutex();
    const log: string[] = [];
    const step = (key: string, name: string, ms: number) =>
      withLock(key, async () => {
        log.push(`${name}:start`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`${name}:end`);
      });
    await Promise.all([step('a', 'a1', 30), step('a', 'a2', 1), step('b', 'b1', 1)]);
    expect(log.indexOf('a2:start')).toBeGreaterThan(log.indexOf('a1:end'));
    expect(log.indexOf('b1:end')).toBeLessThan(log.indexOf('a1:end'));
  });
});
