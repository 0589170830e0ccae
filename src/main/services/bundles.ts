import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { ParsedRequestOf } from '../../shared/api/contract';
import { notFound } from '../../shared/api/errors';
import type { Jobs } from '../assets/jobs';
import type { AssetLibrary } from '../assets/library';
import { ingest, removeQuietly } from '../assets/store';
import { applyImport, planImport } from '../bundle';
import type { Db } from '../db/connection';
import { actorCheck } from './actor';

type Source = ParsedRequestOf<'bundles.inspect'>['source'];

/**
 * Bundles from another machine: uploads kept aside in incoming/ (named with our pid, so the
 * start-up sweep removes them after a restart and never while we run), the dry run and the
 * import, each as a job the UI polls.
 */
export function bundlesService(db: Db, library: AssetLibrary, jobs: Jobs) {
  const uploads = new Map<string, { path: string; name: string }>();

  async function resolve(source: Source): Promise<{ path: string; label: string }> {
    if ('uploadId' in source) {
      const upload = uploads.get(source.uploadId);
      if (!upload) throw notFound('bundleUpload', source.uploadId);
      return { path: upload.path, label: upload.name };
    }
    const found = await stat(source.path).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!found) throw notFound('bundleFile', source.path, 'source.path');
    return { path: source.path, label: source.path.split(/[\\/]/).pop() ?? source.path };
  }

  async function discard(uploadId: string): Promise<Record<string, never>> {
    const upload = uploads.get(uploadId);
    uploads.delete(uploadId);
    if (upload) await removeQuietly(upload.path);
    return {};
  }

  return {
    discard,
    /** The browser's `POST /upload/bundle?name=…`: streamed into incoming/, never into memory. */
    async upload(
      name: string,
      body: AsyncIterable<Uint8Array>,
      options: { maxBytes: number; signal: AbortSignal },
    ): Promise<{ uploadId: string; bytes: number }> {
      // The store's temp file (incoming/<pid>.<uuid>.part) is the upload: the start-up sweep
      // removes it after a restart and leaves it alone while we run.
      const ingested = await ingest(library.paths, body, options);
      const uploadId = randomUUID();
      uploads.set(uploadId, { path: ingested.temp, name: name.slice(0, 200) });
      return { uploadId, bytes: ingested.size };
    },

    async inspect({ source }: ParsedRequestOf<'bundles.inspect'>): Promise<{ jobId: string }> {
      const { path } = await resolve(source);
      const jobId = jobs.start('bundle-check', async (control) => {
        const plan = await planImport({ db }, path, {
          signal: control.signal,
          progress: (done, total) =>
            control.progress({
              filesDone: 0,
              filesTotal: 0,
              bytesDone: done,
              bytesTotal: total,
              current: 'verify', // a phase key: the UI words it in its language
            }),
        });
        control.bundle({ plan });
      });
      return { jobId };
    },

    async import(
      request: ParsedRequestOf<'bundles.import'> & { actorId: string | null },
    ): Promise<{ jobId: string }> {
      const { path, label } = await resolve(request.source);
      const jobId = jobs.start('bundle-import', async (control) => {
        const actorId = request.actorId === null ? null : actorCheck(db)(request.actorId).id;
        const summary = await applyImport({ db, library }, path, request.resolutions, {
          signal: control.signal,
          actorId,
          label,
          progress: ({ phase, done, total }) =>
            control.progress({
              filesDone: phase === 'save' ? done : 0,
              filesTotal: phase === 'save' ? total : 0,
              bytesDone: phase === 'save' ? 0 : done,
              bytesTotal: phase === 'save' ? 0 : total,
              current: phase,
            }),
        });
        control.bundle({ summary });
        if ('uploadId' in request.source) await discard(request.source.uploadId);
      });
      return { jobId };
    },
  };
}
