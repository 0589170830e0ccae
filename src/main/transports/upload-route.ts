import type { UploadHandler } from './http';

/**
 * `POST …/upload?name=<file>` as a `(Request) => Response` function, for Electron's
 * `linimasa://app/upload` (the HTTP transport has the same route on node:http). The body is an
 * octet stream handed to the asset library as it arrives, never buffered whole. Only the app's
 * own page can reach it: the scheme answers no CORS, so other origins cannot post here.
 *
 * The desktop page uses it only for a dropped file that has no path on disk (made in memory by
 * the application it was dragged from): files on disk are imported by path instead
 * (`linimasaDesktop.pathForFile`, src/renderer/api/dropped-paths.ts), because Electron's
 * protocol handler holds a whole request body in memory and never fires `request.signal`.
 */
export function createUploadRoute(upload: UploadHandler, maxBytes: number) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return json(405, failure('Hanya POST.'), { allow: 'POST' });
    if (!(request.headers.get('content-type') ?? '').startsWith('application/octet-stream')) {
      return json(415, failure('Content-Type unggahan harus application/octet-stream.'));
    }
    const name = (new URL(request.url).searchParams.get('name') ?? '').trim();
    if (name === '') return json(400, failure('Parameter name (nama berkas) wajib diisi.'));
    if (Number(request.headers.get('content-length') ?? Number.NaN) > maxBytes) {
      return json(413, failure(`Berkas melebihi batas unggah ${maxBytes} byte.`));
    }
    if (!request.body) return json(400, failure('Berkas kosong.'));
    const value = await upload(name, request.body as unknown as AsyncIterable<Uint8Array>, {
      maxBytes,
      signal: request.signal,
    });
    return json(200, { ok: true, value });
  };
}

const failure = (message: string) => ({ ok: false, error: { code: 'invalid_request', message } });

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
