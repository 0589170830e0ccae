import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useLibrary } from './app';
import { image, put } from './fixtures';

const library = useLibrary();

describe('import and verify jobs (through the API)', () => {
  it('assets.importStart returns a job the UI polls to the end, results paged by resultsFrom', async () => {
    const { call, source, app } = await library();
    put(source, 'a.png', await image('png', { seed: 1 }));
    put(source, 'b.png', await image('png', { seed: 2 }));
    put(source, 'kosong.jpg', '');
    const { jobId } = await call('assets.importStart', { paths: [source] });
    const running = await call('jobs.get', { id: jobId });
    expect(running).toMatchObject({ id: jobId, kind: 'import' });
    await app.jobs.settled(jobId);

    const job = await call('jobs.get', { id: jobId });
    expect(job).toMatchObject({
      state: 'done',
      progress: { filesDone: 3, filesTotal: 3, current: null },
      summary: { imported: 2, duplicate: 0, failed: 1 },
      resultsCount: 3,
      error: null,
    });
    expect(job.finishedAt).not.toBeNull();
    expect(job.progress.bytesDone).toBe(job.progress.bytesTotal);
    const rest = await call('jobs.get', { id: jobId, resultsFrom: 2 });
    expect(rest.results).toEqual(job.results.slice(2));
    expect((await call('jobs.list', {})).map((j) => j.id)).toContain(jobId);
  });

  it('jobs.cancel stops an import: files done stay, nothing half-made remains', async () => {
    const { call, source, app, storedFiles } = await library();
    for (let n = 0; n < 8; n++) {
      put(source, `f${n}.jpg`, await image('jpeg', { seed: n, width: 1000, height: 750 }));
    }
    const { jobId } = await call('assets.importStart', { paths: [source] });
    // Cancel once the first file is in.
    while ((await call('jobs.get', { id: jobId })).progress.filesDone < 1) {
      await new Promise((r) => setTimeout(r, 5));
    }
    await call('jobs.cancel', { id: jobId });
    await app.jobs.settled(jobId);
    const job = await call('jobs.get', { id: jobId });
    expect(job.state).toBe('cancelled');
    expect(job.summary.imported).toBeGreaterThanOrEqual(1);
    expect(job.summary.imported).toBeLessThan(8);
    const { items } = await call('assets.list', { limit: 500 });
    expect(items).toHaveLength(job.summary.imported);
    const expected = items.flatMap((i) => [
      i.media.original,
      i.media.thumbSmall!,
      i.media.thumbLarge!,
    ]);
    expect(storedFiles()).toEqual(expected.sort());
  });

  it('refuses relative and missing paths before starting', async () => {
    const { fail, source } = await library();
    expect(await fail('assets.importStart', { paths: ['foto/acara'] })).toMatchObject({
      code: 'invalid_request',
      field: 'paths.0',
    });
    expect(
      await fail('assets.importStart', { paths: [source, join(source, 'tidak-ada')] }),
    ).toMatchObject({ code: 'not_found', field: 'paths.1' });
  });

  it('assets.verify is a job that reports problems', async () => {
    const { call, source, app } = await library();
    put(source, 'a.png', await image('png'));
    await app.library.importPaths([source]);
    const { jobId } = await call('assets.verify', {});
    await app.jobs.settled(jobId);
    expect(await call('jobs.get', { id: jobId })).toMatchObject({
      kind: 'verify',
      state: 'done',
      summary: { ok: 1, missing: 0, corrupt: 0 },
      problems: [],
    });
  });

  it('an unknown job id is not_found', async () => {
    const { fail } = await library();
    expect(await fail('jobs.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'not_found',
    });
  });
});
