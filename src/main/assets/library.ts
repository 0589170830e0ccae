import { rm } from 'node:fs/promises';
import type { ImportResult } from '../../shared/domain/assets';
import type { Db } from '../db/connection';
import { assetCounts, refreshAssetStats } from '../db/repositories/asset-query';
import { assetsRepository } from '../db/repositories/assets';
import { importPaths, type ImportOptions, type ImportSummary } from './import';
import { finishIngest, type IngestContext } from './ingest-file';
import { importReasonOf, reasonFields } from './messages';
import { ingest, keyedMutex, type Ingested, type StorePaths } from './store';
import { removeUnnamed } from './stored-files';
import { claimLibrary, sweepLibrary, type SweepReport } from './sweep';
import { verifyLibrary, type VerifyOptions, type VerifyReport } from './verify';

export interface AssetLibraryOptions {
  /** Sweep at open (the app, the CLI); tests that sweep by hand turn it off. */
  sweep?: boolean;
}

/**
 * The asset store of one data directory: its start-up sweep, imports from disk and from an
 * upload stream, verification and file removal. Everything that writes waits for the sweep,
 * so the sweep never mistakes this process's own new files for leftovers.
 */
export function createAssetLibrary(db: Db, paths: StorePaths, options: AssetLibraryOptions = {}) {
  const assets = assetsRepository(db);
  const withSha = keyedMutex();
  const ctx: IngestContext = { db, paths, assets, withSha };
  const closing = new AbortController();
  let lockFile: string | null = null;

  /** Planner statistics follow the library's growth: after each batch, and whenever it doubled. */
  const counts = assetCounts(db);
  let statsAt = counts.atLastStats();
  function refreshStats(force: boolean): void {
    if (closing.signal.aborted) return;
    const n = counts.now();
    if (force || n >= Math.max(1, statsAt * 2)) {
      refreshAssetStats(db);
      statsAt = n;
    }
  }

  const ready: Promise<SweepReport | null> = (async () => {
    try {
      const report = options.sweep === false ? null : await sweepLibrary(db, paths, closing.signal);
      if (!closing.signal.aborted) {
        lockFile = await claimLibrary(paths);
        refreshStats(false);
      }
      return report;
    } catch (error) {
      if (!closing.signal.aborted) console.error('[assets] sweep', error);
      return null;
    }
  })();

  return {
    paths,
    /** The start-up sweep's report (null when it was off or failed). */
    ready,
    async importPaths(
      inputs: readonly string[],
      options: ImportOptions = {},
    ): Promise<ImportSummary> {
      await ready;
      const summary = await importPaths(ctx, inputs, options);
      if (summary.imported > 0) refreshStats(true);
      return summary;
    },
    /** One file from a stream (the browser upload); `name` is only a label, never a path. */
    async importStream(
      name: string,
      body: AsyncIterable<Uint8Array>,
      options: { maxBytes?: number; signal?: AbortSignal } = {},
    ): Promise<ImportResult> {
      await ready;
      name = uploadName(name);
      try {
        const ingested = await ingest(paths, body, options);
        const outcome = await finishIngest(ctx, ingested, name, options.signal);
        if (outcome.status === 'imported') refreshStats(false);
        return { source: name, name, ...outcome };
      } catch (error) {
        return {
          source: name,
          name,
          status: 'failed',
          assetId: null,
          kind: null,
          ...reasonFields(importReasonOf(error)),
        };
      }
    },
    /**
     * A file the caller already streamed into incoming/ with `ingest` and checked (a bundle's
     * asset, verified against its expected hash before anything is placed): sniffed, described,
     * thumbnailed, placed and given its row exactly as an import from disk. Throws on failure.
     */
    async finishIngested(ingested: Ingested, name: string, signal?: AbortSignal) {
      await ready;
      const outcome = await finishIngest(ctx, ingested, uploadName(name), signal);
      if (outcome.status === 'imported') refreshStats(false);
      return outcome;
    },
    verify: (options: VerifyOptions = {}): Promise<VerifyReport> =>
      verifyLibrary(assets, paths, options),
    sweep: (signal?: AbortSignal) => sweepLibrary(db, paths, signal),
    /**
     * Removes a deleted asset's file and thumbnails. Call after the row's deletion committed: a
     * crash in between leaves a file without a row (which the next sweep re-adopts: a deleted
     * photo may come back, none is ever lost), never a row without its file. Skipped
     * when an import of the same content re-created the row meanwhile.
     */
    async removeFiles(sha256: string, ext: string): Promise<void> {
      await withSha(sha256, async () => removeUnnamed(db, assets, paths, sha256, ext));
    },
    close(): void {
      closing.abort();
      if (lockFile) void rm(lockFile, { force: true }).catch(() => undefined);
    },
  };
}
export type AssetLibrary = ReturnType<typeof createAssetLibrary>;

/** The last path segment of a browser-given name (either slash), trimmed; never a path. */
export function uploadName(name: string): string {
  const last = name.split(/[\\/]/).at(-1)?.trim().slice(0, 255) ?? '';
  return last === '' || last === '.' || last === '..' ? 'unggahan' : last;
}
