import type { Writable } from 'node:stream';

/**
 * Hands a chunk of text to `out` and, when its buffer is full, waits for it to drain, so a big
 * export is never held in memory twice. Rejects when `signal` aborts or `out` fails or closes
 * first (waiting for a 'drain' that can no longer come would hang the export).
 */
export async function writeText(out: Writable, text: string, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  if (out.destroyed) throw new Error('The export output closed before the file was complete');
  if (out.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () =>
      settle(new Error('The export output closed before the file was complete'));
    const onAbort = () => settle(signal!.reason);
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
