import type { UploadHandler } from './http';

/**
 * The upload routes' rules, once for both doors: `POST …/upload?name=<file>` (and
 * `/upload/bundle`) on the HTTP transport (transports/http.ts, on node:http) and on Electron's
 * `linimasa://app/upload` (createUploadRoute below). An octet-stream body is demanded because it
 * forces a CORS preflight that neither door answers, so no other site can push files in.
 */

/** What the checks read of a request, whichever door it came through. */
export interface UploadRequest {
  method: string | undefined;
  contentType: string | null | undefined;
  /** The `name` query parameter. */
  name: string | null;
  contentLength: string | null | undefined;
}

export type UploadCheck =
  | { ok: true; name: string }
  | { ok: false; status: 400 | 405 | 413 | 415; message: string; headers: Record<string, string> };

export function checkUpload(request: UploadRequest, maxBytes: number): UploadCheck {
  const refuse = (
    status: 400 | 405 | 413 | 415,
    message: string,
    headers: Record<string, string> = {},
  ): UploadCheck => ({ ok: false, status, message, headers });
  if (request.method !== 'POST') return refuse(405, 'Hanya POST.', { allow: 'POST' });
  if (!(request.contentType ?? '').startsWith('application/octet-stream')) {
    return refuse(415, 'Content-Type unggahan harus application/octet-stream.');
  }
  const name = (request.name ?? '').trim();
  if (name === '') return refuse(400, 'Parameter name (nama berkas) wajib diisi.');
  if (Number(request.contentLength ?? Number.NaN) > maxBytes) {
    return refuse(413, `Berkas melebihi batas unggah ${maxBytes} byte.`);
  }
  return { ok: true, name };
}

/** The refusal's body, the same at both doors. */
export const uploadRefusal = (message: string) => ({
  ok: false as const,
  error: { code: 'invalid_request' as const, message },
});

/**
 * `POST …/upload?name=<file>` as a `(Request) => Response` function, for Electron's
 * `linimasa://app/upload`. The body is handed to the asset library as it arrives, never buffered
 * whole. Only the app's own page can reach it: the scheme answers no CORS.
 *
 * The desktop page uses it only for a dropped file that has no path on disk (made in memory by
 * the application it was dragged from): files on disk are imported by path instead
 * (`linimasaDesktop.pathForFile`, src/renderer/api/dropped-paths.ts), because Electron's
 * protocol handler holds a whole request body in memory and never fires `request.signal`.
 */
export function createUploadRoute(upload: UploadHandler, maxBytes: number) {
  return async (request: Request): Promise<Response> => {
    const check = checkUpload(
      {
        method: request.method,
        contentType: request.headers.get('content-type'),
        name: new URL(request.url).searchParams.get('name'),
        contentLength: request.headers.get('content-length'),
      },
      maxBytes,
    );
    if (!check.ok) return json(check.status, uploadRefusal(check.message), check.headers);
    if (!request.body) return json(400, uploadRefusal('Berkas kosong.'));
    const value = await upload(check.name, request.body as unknown as AsyncIterable<Uint8Array>, {
      maxBytes,
      signal: request.signal,
    });
    return json(200, { ok: true, value });
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
