import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import type { FormatWriter } from '../../../src/main/export/formats/types';
import type { Schedule } from '../../../src/shared/domain/exports';

/** The demo schedule repeated (fresh post ids) until it spans several chunks of a writer. */
export function repeated(schedule: Schedule, copies: number): Schedule {
  const posts = Array.from({ length: copies }, () =>
    schedule.posts.map((post) => ({ ...post, id: randomUUID() })),
  ).flat();
  return { ...schedule, posts };
}

/**
 * Aborts from the first progress report, so the writer must notice the signal between chunks
 * (not only before it starts); returns what reached the output by then.
 */
export async function abortAfterFirstChunk(format: FormatWriter, schedule: Schedule) {
  const controller = new AbortController();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const reports: [number, number][] = [];
  await expect(
    format.write(schedule, out, {
      signal: controller.signal,
      progress: (done, total) => {
        reports.push([done, total]);
        controller.abort();
      },
    }),
  ).rejects.toThrow(/abort/i);
  await new Promise((resolve) => setImmediate(resolve));
  return { reports, text: Buffer.concat(chunks).toString('utf8') };
}
