import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../src/shared/domain/assets';
import type { QueueProgress } from '../../../../src/renderer/features/assets/import-queue';
import { createUploadQueue } from '../../../../src/renderer/features/assets/upload-queue';

const file = (name: string) => ({ name, size: 10 });
const result = (name: string): ImportResult => ({
  source: name,
  name,
  status: 'imported',
  assetId: null,
  kind: 'image',
  reason: null,
});

describe('the upload queue', () => {
  it('sends one at a time in order when asked to, and ends the batch once', async () => {
    const sent: string[] = [];
    const finished: string[] = [];
    const queue = createUploadQueue({
      concurrency: 1,
      upload: async (f) => {
        sent.push(f.name);
        return result(f.name);
      },
      onProgress: () => undefined,
      onResult: () => undefined,
      onFinish: (outcome) => void finished.push(outcome),
    });
    queue.add([file('1.jpg'), file('2.jpg')]);
    queue.add([file('3.jpg')]);
    expect(queue.active).toBe(true);
    await expect.poll(() => finished).toEqual(['done']);
    expect(sent).toEqual(['1.jpg', '2.jpg', '3.jpg']);
    expect(queue.active).toBe(false);
  });

  it('sends a file added while the batch was finishing once, and counts it in the same batch', async () => {
    const sent: string[] = [];
    const finished: string[] = [];
    let last: QueueProgress | null = null;
    let added = false;
    const queue = createUploadQueue({
      upload: async (f) => {
        sent.push(f.name);
        return result(f.name);
      },
      onProgress: (progress) => {
        last = progress;
        // The last file is done and the workers are stopping: a drop lands in that moment.
        if (!added && progress.filesDone === 2) {
          added = true;
          queueMicrotask(() => queue.add([file('c.jpg')]));
        }
      },
      onResult: () => undefined,
      onFinish: (outcome) => void finished.push(outcome),
    });
    queue.add([file('a.jpg'), file('b.jpg')]);
    await expect.poll(() => finished).toEqual(['done']);
    expect(sent.sort()).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(last).toMatchObject({ filesDone: 3, filesTotal: 3, bytesDone: 30, bytesTotal: 30 });
  });

  it('drops the files not yet sent when cancelled', async () => {
    const finished: string[] = [];
    const sent: string[] = [];
    const queue = createUploadQueue({
      concurrency: 1,
      upload: (f, signal) => {
        sent.push(f.name);
        return new Promise<ImportResult>((_, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        );
      },
      onProgress: () => undefined,
      onResult: () => undefined,
      onFinish: (outcome) => void finished.push(outcome),
    });
    queue.add([file('a.jpg'), file('b.jpg')]);
    await expect.poll(() => sent).toEqual(['a.jpg']);
    queue.cancel();
    await expect.poll(() => finished).toEqual(['cancelled']);
    expect(sent).toEqual(['a.jpg']);
  });
});
