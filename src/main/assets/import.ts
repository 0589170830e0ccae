import { lstat, readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportResult, JobProgress } from '../../shared/domain/assets';
import { lacksSpace } from '../disk/space';
import { importFailureReason } from './failure-cause';
import { finishIngest, type IngestContext } from './ingest-file';
import { ImportFailure, importReasonOf, reasonFields, type ImportReason } from './messages';
import { sniffFile } from './sniff';
import { ingest, readFileChunks } from './store';

export interface ImportOptions {
  signal?: AbortSignal;
  /** Called often (every MiB read); cheap consumers only. */
  onProgress?: (progress: JobProgress) => void;
  onResult?: (result: ImportResult) => void;
  /** Files larger than this fail with a reason; no limit by default (free disk space still applies). */
  maxFileBytes?: number;
  /** Files worked on at once: one reading while another decodes. */
  concurrency?: number;
}

export interface ImportSummary {
  imported: number;
  duplicate: number;
  failed: number;
  skipped: number;
  cancelled: boolean;
  results: ImportResult[];
}

/** OS clutter that rides along on flash drives: never the office's media. */
const systemNames = new Set([
  'thumbs.db',
  'desktop.ini',
  '$recycle.bin',
  'system volume information',
]);
const isHiddenOrSystem = (name: string) =>
  name.startsWith('.') || systemNames.has(name.toLowerCase());

interface Candidate {
  path: string;
  size: number;
}

/**
 * Imports files and folders (recursively), one result per file, the rest of the batch going
 * on when one fails. Progress counts files and bytes; cancelling stops new files at once and
 * the files in flight at their next chunk, leaving nothing of them behind.
 */
export async function importPaths(
  ctx: IngestContext,
  inputs: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    imported: 0,
    duplicate: 0,
    failed: 0,
    skipped: 0,
    cancelled: false,
    results: [],
  };
  const record = (result: ImportResult) => {
    summary.results.push(result);
    summary[result.status] += 1;
    options.onResult?.(result);
  };

  const files: Candidate[] = [];
  for (const input of inputs) {
    await collect(input, true, files, record, () => (summary.skipped += 1));
  }

  const progress: JobProgress = {
    filesDone: 0,
    filesTotal: files.length + summary.results.length,
    bytesDone: 0,
    bytesTotal: files.reduce((sum, f) => sum + f.size, 0),
    current: null,
  };
  progress.filesDone = summary.results.length;
  let completedBytes = 0;
  const inflight = new Map<Candidate, number>();
  const report = () => {
    let partial = 0;
    for (const bytes of inflight.values()) partial += bytes;
    progress.bytesDone = completedBytes + partial;
    options.onProgress?.({ ...progress });
  };
  report();

  let next = 0;
  const worker = async () => {
    while (next < files.length && !options.signal?.aborted) {
      const file = files[next++]!;
      inflight.set(file, 0);
      progress.current = basename(file.path);
      report();
      const result = await importFile(ctx, file, options, (bytes) => {
        inflight.set(file, (inflight.get(file) ?? 0) + bytes);
        report();
      });
      inflight.delete(file);
      if (result) {
        completedBytes += file.size;
        progress.filesDone += 1;
        record(result);
      }
      if (inflight.size === 0) progress.current = null;
      report();
    }
  };
  const workers = Math.max(1, options.concurrency ?? Math.min(4, availableParallelism()));
  await Promise.all(Array.from({ length: workers }, worker));
  summary.cancelled = options.signal?.aborted ?? false;
  return summary;
}

/** One file from disk; null when the import was cancelled while it was in flight. */
async function importFile(
  ctx: IngestContext,
  file: Candidate,
  options: ImportOptions,
  onBytes: (bytes: number) => void,
): Promise<ImportResult | null> {
  const name = basename(file.path);
  const result = (outcome: Omit<ImportResult, 'source' | 'name'>): ImportResult => ({
    source: file.path,
    name,
    ...outcome,
  });
  try {
    const current = await stat(file.path);
    if (!current.isFile()) throw ImportFailure.notAFile();
    if (current.size === 0) throw ImportFailure.empty();
    if (options.maxFileBytes !== undefined && current.size > options.maxFileBytes) {
      throw ImportFailure.tooLarge(options.maxFileBytes);
    }
    // Sniffing the source first refuses an unsupported 4 GB file before copying it.
    await sniffFile(file.path, name);
    ensureSpace(ctx.paths.incoming, current.size);
    const ingested = await ingest(ctx.paths, () => readFileChunks(file.path), {
      signal: options.signal,
      onBytes,
      maxBytes: options.maxFileBytes,
    });
    return result(await finishIngest(ctx, ingested, name, options.signal));
  } catch (error) {
    if (options.signal?.aborted) return null;
    const reason = importFailureReason(error, ctx.paths, file);
    return result({ status: 'failed', assetId: null, kind: null, ...reasonFields(reason) });
  }
}

/**
 * Refuses a file that would fill the disk, rather than failing half-way through it. The room
 * kept free scales with the disk (disk/space.ts), so a small disk still takes what fits.
 */
function ensureSpace(dir: string, bytes: number): void {
  const shortfall = lacksSpace(dir, bytes);
  if (shortfall) throw ImportFailure.diskFull(shortfall);
}

/**
 * Adds the files under `path` (itself, when it is a file). Hidden and system entries inside
 * folders are passed over and counted; an input named explicitly is always tried. Symbolic
 * links to files are followed, to folders not (they can loop).
 */
async function collect(
  path: string,
  explicit: boolean,
  files: Candidate[],
  fail: (result: ImportResult) => void,
  skip: () => void,
): Promise<void> {
  const name = basename(path);
  const failed = (reason: ImportReason) =>
    fail({
      source: path,
      name,
      status: 'failed',
      assetId: null,
      kind: null,
      ...reasonFields(reason),
    });
  try {
    const link = await lstat(path);
    const target = link.isSymbolicLink() ? await stat(path) : link;
    if (target.isDirectory()) {
      if (link.isSymbolicLink() && !explicit) return skip();
      const entries = (await readdir(path)).sort((a, b) => a.localeCompare(b));
      for (const entry of entries) {
        if (isHiddenOrSystem(entry)) {
          skip();
          continue;
        }
        await collect(join(path, entry), false, files, fail, skip);
      }
      return;
    }
    if (!target.isFile()) return failed(ImportFailure.notAFile().reason);
    files.push({ path, size: target.size });
  } catch (error) {
    failed(importReasonOf(error));
  }
}
