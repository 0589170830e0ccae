import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { replaceFile } from '../fs/replace';
import { basename, dirname, join } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { fsyncDir, removeQuietly } from '../assets/store';
import { hashWhileWriting } from './background-hash';

/**
 * The temp file itself, for a writer that copies large files into it with plain fd writes
 * (the bundle: see bundle/zip-direct.ts) instead of through a stream. Writes go strictly one
 * after another at `position`: the file is only ever appended to, as the background hash needs.
 */
export interface DirectFile {
  readonly fd: number;
  /** Bytes written so far: where the next write goes. */
  readonly position: number;
  /** Writes `buffer` at `position` and moves past it. */
  append(buffer: Buffer): Promise<void>;
  /** Moves past `bytes` that were written at `position` through `fd` by someone else. */
  appended(bytes: number): void;
}

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Hidden, and recognisable by the sweep: `.<name>.<pid>.<uuid>.partial`. */
const partialPattern = /^\..+\.(\d+)\.[0-9a-f-]{36}\.partial$/;
/**
 * A record, in the data directory's exports/, of a temp file being written in a user's folder
 * (`--out`, the save dialog): `.pending-output.<pid>.<uuid>.json` holding its path. A kill
 * leaves the record, and the next start's sweep removes that temp file too.
 */
const recordPattern = /^\.pending-output\.(\d+)\.[0-9a-f-]{36}\.json$/;

/**
 * Writes an export so that the target name only ever holds a complete file: the writer fills a
 * hidden temp file beside the target (same folder, so the rename is atomic), which is hashed as
 * it goes, fsynced and renamed over the target. On an error or cancellation the temp file is
 * removed and the target is untouched; a kill leaves only the hidden `.partial`, which
 * `sweepPartials` removes from exports/ at the next start, and from a user's folder when the
 * write was recorded in the data directory (`journal`).
 */
export async function writeFileAtomically(
  target: string,
  write: (out: Writable, file?: DirectFile) => Promise<void>,
  signal?: AbortSignal,
  options: {
    hashInBackground?: boolean;
    /**
     * Also hand the writer the temp file as a DirectFile (implies hashInBackground). `out` then
     * writes through the same file, so a writer may use either, one write at a time.
     */
    direct?: boolean;
    /** The data directory's exports/, when `target` is in a user's folder: see recordPattern. */
    journal?: string;
  } = {},
): Promise<WrittenFile> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  // Whatever an earlier, killed attempt at this same name left beside it goes first.
  await sweepPartials(dir, basename(target));
  const id = randomUUID();
  const temp = join(dir, `.${basename(target)}.${process.pid}.${id}.partial`);
  const record =
    options.journal && join(options.journal, `.pending-output.${process.pid}.${id}.json`);
  if (record) {
    await mkdir(options.journal!, { recursive: true });
    await writeFile(record, JSON.stringify({ temp }));
  }
  if (options.direct) return writeDirect(temp, target, dir, write, record, signal);
  // Large outputs (bundles) are hashed on another thread while they are written.
  const background = options.hashInBackground ? hashWhileWriting(temp) : undefined;
  const hash = background ? undefined : createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash?.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  let written: Promise<void> | undefined;
  try {
    const file = createWriteStream(temp, { flags: 'wx' });
    written = pipeline(tap, file, { signal });
    // The writer ends `tap` itself (pipe, doc.end(), workbook.write) or we end it here.
    await Promise.all([
      write(tap).then(() => {
        if (!tap.writableEnded) tap.end();
      }),
      written,
    ]);
    signal?.throwIfAborted();
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const sha256 = background ? (await background.finish(bytes)).sha256 : hash!.digest('hex');
    await replaceFile(temp, target);
    await fsyncDir(dir);
    if (record) await removeQuietly(record);
    return { path: target, bytes, sha256 };
  } catch (error) {
    background?.cancel();
    tap.destroy();
    await written?.catch(() => undefined); // let the file stream close before removing it
    await removeQuietly(temp);
    if (record) await removeQuietly(record);
    throw error;
  }
}

/** A new, empty file opened for writing, as a DirectFile: appended to from its start. */
export function directFile(handle: FileHandle): DirectFile {
  let position = 0;
  return {
    fd: handle.fd,
    get position() {
      return position;
    },
    async append(buffer) {
      let done = 0;
      while (done < buffer.length) {
        const { bytesWritten } = await handle.write(buffer, done, buffer.length - done, position);
        done += bytesWritten;
        position += bytesWritten;
      }
    },
    appended(bytes) {
      position += bytes;
    },
  };
}

/** writeFileAtomically with the temp file opened here and handed over as a DirectFile. */
async function writeDirect(
  temp: string,
  target: string,
  dir: string,
  write: (out: Writable, file?: DirectFile) => Promise<void>,
  record: string | undefined,
  signal: AbortSignal | undefined,
): Promise<WrittenFile> {
  const handle = await open(temp, 'wx').catch(async (error: unknown) => {
    if (record) await removeQuietly(record);
    throw error;
  });
  const background = hashWhileWriting(temp);
  const file = directFile(handle);
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      file.append(chunk).then(() => done(), done);
    },
  });
  let closed = false;
  try {
    await write(out, file);
    if (!out.writableEnded) out.end();
    await finished(out);
    signal?.throwIfAborted();
    await handle.sync();
    closed = true;
    await handle.close();
    const { sha256 } = await background.finish(file.position);
    await replaceFile(temp, target);
    await fsyncDir(dir);
    if (record) await removeQuietly(record);
    return { path: target, bytes: file.position, sha256 };
  } catch (error) {
    background.cancel();
    out.destroy();
    if (!closed) await handle.close().catch(() => undefined);
    await removeQuietly(temp);
    if (record) await removeQuietly(record);
    throw error;
  }
}

/**
 * Removes `.partial` files that processes no longer running left in `dir` (only those of
 * `target` when given: in a user's folder we touch nothing else).
 */
export async function sweepPartials(dir: string, target?: string): Promise<number> {
  let removed = 0;
  const names = await readdir(dir).catch(() => [] as string[]);
  if (target === undefined) removed += await sweepRecorded(dir, names);
  for (const name of names) {
    const match = partialPattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    if (target !== undefined && !name.startsWith(`.${target}.`)) continue;
    await removeQuietly(join(dir, name));
    removed += 1;
  }
  return removed;
}

/**
 * The temp files in users' folders that `dir`'s records name, of processes no longer running.
 * Only a name that is one of our own `.partial` names of that same process is removed: the
 * record is data from disk, and a user's folder holds nothing else of ours.
 */
async function sweepRecorded(dir: string, names: readonly string[]): Promise<number> {
  let removed = 0;
  for (const name of names) {
    const match = recordPattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    const record = join(dir, name);
    const temp = await readFile(record, 'utf8')
      .then((text) => (JSON.parse(text) as { temp?: unknown }).temp)
      .catch(() => undefined);
    const own = typeof temp === 'string' && partialPattern.exec(basename(temp));
    if (own && own[1] === match[1]) {
      await removeQuietly(temp as string);
      removed += 1;
    }
    await removeQuietly(record);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
