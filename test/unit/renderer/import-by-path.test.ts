import { describe, expect, it, vi } from 'vitest';
import { droppedPaths } from '../../../src/renderer/api/dropped-paths';
import { createFileImporter, type PathImportApi } from '../../../src/renderer/api/import-one';
import type { ImportResult } from '../../../src/shared/domain/assets';
import type { Job } from '../../../src/shared/domain/jobs';

const onDisk = new Map([
  ['Upacara HUT RI.mp4', '/home/humas/Video/Upacara HUT RI.mp4'],
  ['Foto Bupati.jpg', 'C:\\Users\\humas\\Pictures\\Foto Bupati.jpg'],
]);
/** What the Electron preload answers: the path of a file on disk, '' for one made in memory. */
const desktop = { pathForFile: (file: File) => onDisk.get(file.name) ?? '' };
const file = (name: string) => new File([new Uint8Array(16)], name);

const imported = (name: string): ImportResult => ({
  source: name,
  name,
  status: 'imported',
  assetId: '0f0e2a5c-4a1f-4c55-9c1e-7d2f5b1e9a10',
  kind: 'video',
  reason: null,
});

function fakeJobs(runningPolls: number) {
  let polls = 0;
  const job = (state: Job['state'], results: ImportResult[]) =>
    ({ id: 'job-1', state, results }) as unknown as Job;
  const api = {
    importStart: vi.fn(async () => ({ ok: true as const, value: { jobId: 'job-1' } })),
    jobGet: vi.fn(async () =>
      ++polls <= runningPolls
        ? { ok: true as const, value: job('running', []) }
        : { ok: true as const, value: job('done', [imported('/home/humas/Video/x')]) },
    ),
    jobCancel: vi.fn(async () => ({ ok: true as const, value: job('cancelled', []) })),
  } satisfies PathImportApi;
  return api;
}

describe('droppedPaths: path import or upload', () => {
  it('is null in a browser (no desktop API), so the page uploads', () => {
    expect(droppedPaths([file('Foto Bupati.jpg')], undefined)).toBeNull();
  });

  it('gives every path in the desktop app', () => {
    expect(droppedPaths([file('Upacara HUT RI.mp4'), file('Foto Bupati.jpg')], desktop)).toEqual([
      '/home/humas/Video/Upacara HUT RI.mp4',
      'C:\\Users\\humas\\Pictures\\Foto Bupati.jpg',
    ]);
  });

  it('is null when any dropped file is not on disk, or nothing was dropped', () => {
    expect(droppedPaths([file('Upacara HUT RI.mp4'), file('dari-peramban.png')], desktop)).toBe(
      null,
    );
    expect(droppedPaths([], desktop)).toBeNull();
    const throwing = {
      pathForFile: () => {
        throw new TypeError('not a File');
      },
    };
    expect(droppedPaths([file('Foto Bupati.jpg')], throwing)).toBeNull();
  });
});

describe('createFileImporter', () => {
  it('imports a file on disk by path as a job and never uploads it', async () => {
    const api = fakeJobs(2);
    const upload = vi.fn();
    const importOne = createFileImporter({
      upload,
      api,
      pathsOf: (files) => droppedPaths(files, desktop),
      pollMs: 1,
    });
    const result = await importOne(file('Upacara HUT RI.mp4'), new AbortController().signal);
    expect(api.importStart).toHaveBeenCalledExactlyOnceWith({
      paths: ['/home/humas/Video/Upacara HUT RI.mp4'],
    });
    expect(api.jobGet).toHaveBeenCalledTimes(3);
    expect(result).toMatchObject({ status: 'imported', name: 'Upacara HUT RI.mp4' });
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads in a browser, and a desktop file that is not on disk', async () => {
    const api = fakeJobs(0);
    const upload = vi.fn(async (f: Blob & { name: string }) => imported(f.name));
    for (const pathsOf of [
      (files: readonly File[]) => droppedPaths(files, undefined),
      (files: readonly File[]) => droppedPaths(files, desktop),
    ]) {
      const importOne = createFileImporter({ upload, api, pathsOf, pollMs: 1 });
      await importOne(file('dari-peramban.png'), new AbortController().signal);
    }
    expect(upload).toHaveBeenCalledTimes(2);
    expect(api.importStart).not.toHaveBeenCalled();
  });

  it('"Batal" cancels the job in main and rejects with the abort', async () => {
    const api = fakeJobs(Number.POSITIVE_INFINITY);
    const importOne = createFileImporter({
      upload: vi.fn(),
      api,
      pathsOf: (files) => droppedPaths(files, desktop),
      pollMs: 5,
    });
    const abort = new AbortController();
    const running = importOne(file('Upacara HUT RI.mp4'), abort.signal);
    await vi.waitFor(() => expect(api.jobGet).toHaveBeenCalled());
    abort.abort(new DOMException('Dibatalkan.', 'AbortError'));
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(api.jobCancel).toHaveBeenCalledExactlyOnceWith({ id: 'job-1' });
  });

  it('"Batal" while main is still starting the job cancels that job too', async () => {
    const api = fakeJobs(Number.POSITIVE_INFINITY);
    const abort = new AbortController();
    const reason = new DOMException('Dibatalkan.', 'AbortError');
    api.importStart.mockImplementationOnce(async () => {
      abort.abort(reason);
      return { ok: true as const, value: { jobId: 'job-1' } };
    });
    const importOne = createFileImporter({
      upload: vi.fn(),
      api,
      pathsOf: (files) => droppedPaths(files, desktop),
      pollMs: 5,
    });
    await expect(importOne(file('Upacara HUT RI.mp4'), abort.signal)).rejects.toBe(reason);
    expect(api.jobCancel).toHaveBeenCalledExactlyOnceWith({ id: 'job-1' });
  });

  it('a job that cannot start gives a failed result with main’s reason', async () => {
    const api = fakeJobs(0);
    api.importStart.mockResolvedValueOnce({
      ok: false,
      error: { code: 'conflict', message: 'Impor lain sedang berjalan.' },
    } as never);
    const importOne = createFileImporter({
      upload: vi.fn(),
      api,
      pathsOf: (files) => droppedPaths(files, desktop),
    });
    expect(await importOne(file('Foto Bupati.jpg'), new AbortController().signal)).toMatchObject({
      status: 'failed',
      reason: 'Impor lain sedang berjalan.',
    });
  });
});
