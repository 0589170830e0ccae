import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The server certificate's SHA-256 fingerprint over HTTPS. */
  fingerprint?: string;
}

/**
 * A request through node:http(s), which (unlike fetch) lets a test forge the Host and Origin
 * headers and choose the client's own loopback address (`from`: 127.0.0.1 or 127.0.0.2).
 */
export function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    from?: string;
  } = {},
): Promise<RawAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.from,
        // The host's self-signed certificate: the test compares its fingerprint instead.
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            fingerprint: (res.socket as TLSSocket).getPeerX509Certificate?.()?.fingerprint256,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A JSON POST to the API, as the renderer sends it. */
export const apiCall = (
  origin: string,
  method: string,
  body: unknown,
  options: { headers?: Record<string, string>; from?: string } = {},
) =>
  rawRequest(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(body),
    from: options.from,
  });
