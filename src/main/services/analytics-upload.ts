import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AssetLibrary } from '../assets/library';
import { ImportFailure } from '../assets/messages';
import { ingest } from '../assets/store';

/** What the upload route answers: where the file now lies, for `analytics.import`'s `path`. */
export type AnalyticsUpload =
  { ok: true; path: string; name: string; bytes: number } | { ok: false; message: string };

/** An analytics export is a table of at most some 100,000 rows: 64 MB is generous. */
export const maxAnalyticsUploadBytes = 64 * 1024 * 1024;

/**
 * The browser's `POST /upload/analytics?name=…` (Laporan › Impor data platform): the export is
 * streamed into its own folder in incoming/ under its own name, so the import records the name
 * the office knows ("instagram-desember.csv") and the dry run and the import read the same file.
 * The folder is named with our pid, like the store's temp files: the start-up sweep removes it
 * after a restart and leaves it alone while we run. The desktop app opens the file where it lies
 * instead (an open dialog gives its path).
 */
export function analyticsUploadService(library: AssetLibrary) {
  return {
    async upload(
      name: string,
      body: AsyncIterable<Uint8Array>,
      options: { maxBytes: number; signal: AbortSignal },
    ): Promise<AnalyticsUpload> {
      // Only the last part of the name, and nothing a file system refuses: it names a file here.
      const clean =
        basename(name.replaceAll('\\', '/'))
          // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
          .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
          .slice(0, 200) || 'ekspor.csv';
      const folder = join(library.paths.incoming, `${process.pid}.analytics-${randomUUID()}`);
      try {
        const ingested = await ingest(library.paths, body, {
          maxBytes: Math.min(options.maxBytes, maxAnalyticsUploadBytes),
          signal: options.signal,
        });
        await mkdir(folder, { recursive: true });
        const path = join(folder, clean);
        await rename(ingested.temp, path);
        return { ok: true, path, name: clean, bytes: ingested.size };
      } catch (error) {
        await rm(folder, { recursive: true, force: true });
        if (options.signal.aborted) throw error;
        return {
          ok: false,
          // ImportFailure words itself in Indonesian (too large, disk full); nothing else is told.
          message:
            error instanceof ImportFailure
              ? error.message
              : 'Berkas tidak dapat diterima. Coba unggah lagi.',
        };
      }
    },
  };
}
