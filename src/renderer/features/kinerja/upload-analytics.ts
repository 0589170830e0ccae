import { z } from 'zod';
import { readReply } from '../../api/reply';
import type { UploadMessages } from '../../api/upload';

/** Where the host kept an uploaded export: its path is what `analytics.import` reads. */
export type AnalyticsUploadResult =
  { ok: true; path: string; name: string } | { ok: false; message: string };

const uploadedSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), path: z.string().min(1), name: z.string(), bytes: z.number() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/**
 * The host's answer to `POST /upload/analytics`, as a result a person can act on (read without
 * the network, so unit tests pin it).
 */
export function readAnalyticsUpload(
  status: number,
  reply: unknown,
  messages: UploadMessages,
): AnalyticsUploadResult {
  const read = readReply(reply, uploadedSchema);
  if (read.kind === 'value') {
    const value = read.value;
    return value.ok
      ? { ok: true, path: value.path, name: value.name }
      : { ok: false, message: value.message };
  }
  if (read.kind === 'error' && read.error.message) {
    return { ok: false, message: read.error.message };
  }
  return {
    ok: false,
    message: status >= 200 && status < 300 ? messages.badResponse : messages.refused(status),
  };
}

/**
 * Sends a platform's export from the browser to the host (`POST /upload/analytics?name=…`, the
 * same route rules and cookie as the asset upload in api/upload.ts). An export is a table of a
 * few megabytes at most, so `fetch` without progress is enough. The desktop app never uploads:
 * its open dialog gives the file's path.
 */
export async function uploadAnalytics(
  file: Blob & { name: string },
  options: { signal: AbortSignal; messages: () => UploadMessages; fetch?: typeof fetch },
): Promise<AnalyticsUploadResult> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`/upload/analytics?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason ?? error;
    return { ok: false, message: options.messages().network };
  }
  let reply: unknown;
  try {
    reply = await response.json();
  } catch {
    return { ok: false, message: options.messages().refused(response.status) };
  }
  return readAnalyticsUpload(response.status, reply, options.messages());
}
