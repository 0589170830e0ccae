import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { contentTypeFor } from './content-types';
import { parseRange } from './range';

export const readMethods: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** Headers on every response from the app's own handlers. */
export const baseHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function plainResponse(
  status: 404 | 405 | 500,
  extraHeaders: Record<string, string> = {},
): Response {
  const text = { 404: 'Tidak ditemukan', 405: 'Metode tidak diizinkan', 500: 'Kesalahan server' }[
    status
  ];
  return new Response(text, {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders },
  });
}

export const methodNotAllowed = (): Response => plainResponse(405, { Allow: 'GET, HEAD' });

export interface FileResponseOptions {
  headers?: Record<string, string>;
  /** Answer `Range` requests (video seeking); off for the renderer's own files. */
  ranges?: boolean;
}

/**
 * Streams a file already confined by `resolveInside`. The body is a stream, not a buffer, so a
 * 2 GB campaign video does not have to fit in memory to be previewed.
 */
export async function fileResponse(
  request: Request,
  filePath: string,
  options: FileResponseOptions = {},
): Promise<Response> {
  const { size } = await stat(filePath);
  const headers: Record<string, string> = {
    ...baseHeaders,
    'Content-Type': contentTypeFor(filePath),
    ...options.headers,
  };

  let range: { start: number; end: number } | undefined;
  if (options.ranges) {
    headers['Accept-Ranges'] = 'bytes';
    const asked = parseRange(request.headers.get('range'), size);
    if (asked === 'unsatisfiable') {
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${size}` },
      });
    }
    range = asked;
  }

  const length = range ? range.end - range.start + 1 : size;
  headers['Content-Length'] = String(length);
  if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
  const status = range ? 206 : 200;

  if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers });
  const stream = createReadStream(filePath, range ?? {});
  // Node's web-stream type and the global one are the same class at run time but separate
  // declarations in @types/node.
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}
