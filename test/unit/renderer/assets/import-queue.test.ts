import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../src/shared/domain/assets';
import {
  runUploadQueue,
  type QueueFile,
  type QueueProgress,
} from '../../../../src/renderer/features/assets/import-queue';

const imported = (name: string): ImportResult => ({
  source: name,
  name,
  status: 'imported',
  assetId: null,
  kind: 'image',
  reason: null,
});

/** An upload that resolves when the test says so (or rejects on abort, as fetch does). */
function controllableUpload() {
  const pending = new Map<string, () => void>();
  let running = 0;
  let peak = 0;
  const upload = (file: QueueFile, signal: AbortSignal) =>
    new Promise<ImportResult>((resolve, reject) => {
      running += 1;
      peak = Math.max(peak, running);
      const done = () => {
        running -= 1;
        pending.delete(file.name);
      };
      pending.set(file.name, () => {
        done();
        resolve(imported(file.name));
      });
      signal.addEventListener('abort', () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  return {
    upload,
    pending,
    peak: () => peak,
    finish: (name: string) => pending.get(name)?.(),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const files = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `foto-${i}.jpg`, size: 100 * (i + 1) }));

describe('upload queue', () => {
  it('sends a few files at a time, never all at once', async () => {
    const fake = controllableUpload();
    const results: ImportResult[] = [];
    const run = runUploadQueue({
      files: files(7),
      upload: fake.upload,
      signal: new AbortController().signal,
      concurrency: 3,
      onProgress: () => undefined,
      onResult: (result) => results.push(result),
    });
    await tick();
    expect([...fake.pending.keys()]).toEqual(['foto-0.jpg', 'foto-1.jpg', 'foto-2.jpg']);
    while (fake.pending.size > 0) {
      fake.finish([...fake.pending.keys()][0]!);
      await tick();
    }
    expect(await run).toBe('done');
    expect(fake.peak()).toBe(3);
    expect(results).toHaveLength(7);
  });

  it('reports files and bytes done, the total, and the names in flight', async () => {
    const fake = controllableUpload();
    const reports: QueueProgress[] = [];
    const run = runUploadQueue({
      files: files(3),
      upload: fake.upload,
      signal: new AbortController().signal,
      concurrency: 2,
      onProgress: (progress) => reports.push(progress),
      onResult: () => undefined,
    });
    await tick();
    expect(reports.at(-1)).toEqual({
      filesDone: 0,
      filesTotal: 3,
      bytesDone: 0,
      bytesTotal: 600,
      current: ['foto-0.jpg', 'foto-1.jpg'],
    });
    fake.finish('foto-1.jpg');
    await tick();
    expect(reports.at(-1)).toMatchObject({
      filesDone: 1,
      bytesDone: 200,
      current: ['foto-0.jpg', 'foto-2.jpg'],
    });
    fake.finish('foto-0.jpg');
    fake.finish('foto-2.jpg');
    await run;
    expect(reports.at(-1)).toMatchObject({ filesDone: 3, bytesDone: 600, current: [] });
  });

  it('cancel keeps what finished and starts nothing more', async () => {
    const fake = controllableUpload();
    const controller = new AbortController();
    const results: ImportResult[] = [];
    const started: string[] = [];
    const run = runUploadQueue({
      files: files(6),
      upload: (file, signal) => {
        started.push(file.name);
        return fake.upload(file, signal);
      },
      signal: controller.signal,
      concurrency: 2,
      onProgress: () => undefined,
      onResult: (result) => results.push(result),
    });
    await tick();
    fake.finish('foto-0.jpg');
    await tick();
    controller.abort();
    expect(await run).toBe('cancelled');
    expect(results.map((r) => r.name)).toEqual(['foto-0.jpg']);
    expect(started).toEqual(['foto-0.jpg', 'foto-1.jpg', 'foto-2.jpg']);
  });

  it('turns an upload that throws into a failed result and carries on', async () => {
    const results: ImportResult[] = [];
    await runUploadQueue({
      files: files(2),
      upload: async (file) => {
        if (file.name === 'foto-0.jpg') throw new Error('disk penuh');
        return imported(file.name);
      },
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onResult: (result) => results.push(result),
    });
    expect(results.map((r) => [r.name, r.status, r.reason])).toEqual([
      ['foto-0.jpg', 'failed', 'disk penuh'],
      ['foto-1.jpg', 'imported', null],
    ]);
  });

  it('takes files added while it runs (a second folder dropped mid-import)', async () => {
    const fake = controllableUpload();
    const list = files(1);
    const results: ImportResult[] = [];
    const run = runUploadQueue({
      files: list,
      upload: fake.upload,
      signal: new AbortController().signal,
      concurrency: 1,
      onProgress: () => undefined,
      onResult: (result) => results.push(result),
    });
    await tick();
    list.push({ name: 'tambahan.jpg', size: 5 });
    fake.finish('foto-0.jpg');
    await tick();
    fake.finish('tambahan.jpg');
    await run;
    expect(results.map((r) => r.name)).toEqual(['foto-0.jpg', 'tambahan.jpg']);
  });
});
