import { importResultSchema, type ImportResult } from '../../shared/domain/assets';
import { readReply } from './reply';

/**
 * Sends one file of the person's computer into the asset library: `POST /upload?name=<file>`
 * with the file itself as the body. Handing `fetch` the `File` lets the browser stream it from
 * disk, so a 2 GB video is never read into the page's memory. The session cookie goes along
 * (same origin); the octet-stream type is what the route demands, and it forces a CORS
 * preflight that the host never answers, so no other site can push files in.
 *
 * Never throws for a refusal or a lost connection: those come back as a failed result with a
 * reason a person can act on. Only an abort rejects (with the signal's reason), so a cancelled
 * batch can tell "cancelled" from "failed".
 *
 * In Electron the same relative URL lands on `linimasa://app/upload`; the desktop page sends
 * only files without a path on disk there (see dropped-paths.ts), the rest are imported by path.
 */

export interface UploadMessages {
  network: string;
  refused: (status: number) => string;
  badResponse: string;
}

export interface UploadOptions {
  fetch?: typeof fetch;
  /** Where `/upload` lives; empty means the page's own origin. */
  baseUrl?: string;
  messages: () => UploadMessages;
}

export type UploadFile = (
  file: Blob & { name: string },
  signal: AbortSignal,
) => Promise<ImportResult>;

export function createUploader(options: UploadOptions): UploadFile {
  const baseUrl = options.baseUrl ?? '';
  return async (file, signal) => {
    const doFetch = options.fetch ?? fetch;
    const failed = (reason: string): ImportResult => ({
      source: file.name,
      name: file.name,
      status: 'failed',
      assetId: null,
      kind: null,
      reason,
    });
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        credentials: 'same-origin',
        body: file,
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason ?? error;
      return failed(options.messages().network);
    }
    let reply: unknown;
    try {
      reply = await response.json();
    } catch (error) {
      if (signal.aborted) throw signal.reason ?? error;
      return failed(options.messages().refused(response.status));
    }
    const read = readReply(reply, importResultSchema);
    if (read.kind === 'value') return read.value;
    if (read.kind === 'error' && read.error.message) return failed(read.error.message);
    return failed(
      response.ok ? options.messages().badResponse : options.messages().refused(response.status),
    );
  };
}
