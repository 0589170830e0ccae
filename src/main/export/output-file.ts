import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir } from 'node:fs/promises';
import { replaceFile } from '../fs/replace';
import { basename, dirname, join } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDir, removeQuietly } from '../assets/store';
import { hashWhileWriting } from './background-hash';

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Hidden, and recognisable by the sweep: `.<name>.<pid>.<uuid>.partial`. */
const partialPattern = /^\..+\.(\d+)\.[0-9a-f-]{36}\.partial$/;

/**
 * Writes an export so that the target name only ever holds a complete file: the writer fills a
 * hidden temp file beside the target (same folder, so the rename is atomic), which is hashed as
 * it goes, fsynced and renamed over the target. On an error or cancellation the temp file is
 * removed and the target is untouched; a kill leaves only the hidden `.partial`, which
 * `sweepPartials` removes from exports/ at the next start.
 */
export async function writeFileAtomically(
  target: string,
  write: (out: Writable) => Promise<void>,
  signal?: AbortSignal,
  options: { hashInBackground?: boolean } = {},
): Promise<WrittenFile> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  // Whatever an earlier, killed attempt at this same name left beside it goes first.
  await sweepPartials(dir, basename(target));
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomUUID()}.partial`);
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
    return { path: target, bytes, sha256 };
  } catch (error) {
    background?.cancel();
    tap.destroy();
    await written?.catch(() => undefined); // let the file stream close before removing it
    await removeQuietly(temp);
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
  for (const name of names) {
    const match = partialPattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    if (target !== undefined && !name.startsWith(`.${target}.`)) continue;
    await removeQuietly(join(dir, name));
    removed += 1;
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
