/**
 * The media worker: a child process (see media-pool.ts for why a process and not a thread) that
 * decodes images and reads metadata for the main process, one job at a time. Everything it
 * loads — sharp and libvips, exifr, mediainfo.js, pdf-lib — stays out of the main process, so a
 * native crash here costs one file, and a missing libvips costs thumbnails, never the app.
 * Built to out/main/media-worker.js (electron.vite.config.ts); run from source under tsx.
 */
import { readFile } from 'node:fs/promises';
import { ImportFailure } from './messages';
import { jobFile, type MediaJob, type MediaReply, type MediaRequest } from './media-protocol';
import { mediaTestHooks } from './media-test-hooks';
import { readMetadataHere } from './metadata-read';
import { renderThumbnails } from './thumbnail-render';

const hooks = mediaTestHooks();

/** Tests only (media-test-hooks.ts): the file's name or bytes carry the agreed marker. */
async function poisoned(job: MediaJob): Promise<boolean> {
  const marker = hooks.crashOn;
  if (!marker) return false;
  if (jobFile(job).includes(marker)) return true;
  const bytes =
    job.kind === 'thumbnails' && typeof job.input !== 'string'
      ? Buffer.from(job.input)
      : await readFile(jobFile(job)).catch(() => null);
  return bytes?.includes(marker) ?? false;
}

async function run(job: MediaJob): Promise<unknown> {
  // Tests only: die mid-job without a word, as a segfault in libvips would.
  if (await poisoned(job)) process.kill(process.pid, 'SIGKILL');
  if (job.kind === 'metadata') return readMetadataHere(job.path, job.sniffed, job.size);
  const input =
    typeof job.input === 'string'
      ? job.input
      : Buffer.from(job.input.buffer, job.input.byteOffset, job.input.byteLength);
  return renderThumbnails(job.paths, input, job.sha256, job.ownerPid);
}

/**
 * Answers the importing process. When it is gone (killed mid-import) there is nobody to answer:
 * the callback takes the EPIPE that would otherwise surface as an unhandled 'error' event, and
 * 'disconnect' below ends this worker.
 */
function send(reply: MediaReply): void {
  if (!process.connected) return;
  process.send?.(reply, undefined, undefined, () => undefined);
}

process.on('message', (message: MediaRequest) => {
  const { id, job } = message;
  const peakRssKb = () => process.resourceUsage().maxRSS;
  run(job).then(
    (value) => send({ id, ok: true, value, peakRssKb: peakRssKb() }),
    (error: unknown) => {
      const failure = error instanceof ImportFailure ? error.reason : undefined;
      const failureKind = error instanceof ImportFailure ? error.kind : undefined;
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const text = error instanceof Error ? error.message : String(error);
      send({ id, ok: false, failure, failureKind, code, message: text, peakRssKb: peakRssKb() });
    },
  );
});

// The main process went away (closed, or crashed itself): nothing is left to answer.
process.on('disconnect', () => process.exit(0));
