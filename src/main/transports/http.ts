import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { ApiResult } from '../../shared/api/errors';
import type { Caller, Dispatch } from '../api/dispatch';
import {
  cookieValue,
  isAllowedHost,
  sessionCookie,
  signInCookie,
  signInCookieHeader,
  tokensMatch,
} from './http-auth';
import type { EventsRoute } from './events-route';
import { checkUpload, uploadRefusal, type UploadCheck } from './upload-route';

export type WebHandler = (request: Request) => Promise<Response>;

/** Stores one uploaded file streamed from the request body; resolves with its import result. */
export type UploadHandler = (
  name: string,
  body: AsyncIterable<Uint8Array>,
  options: { maxBytes: number; signal: AbortSignal },
) => Promise<unknown>;

export interface HttpTransportOptions {
  dispatch: Dispatch;
  /**
   * The local gate in front of sign-in: required on every API and media call, as the launch
   * cookie or the x-linimasa-token header. Who is acting comes from the sign-in cookie.
   */
  token: string;
  /** Is this sign-in cookie a live session? Media, uploads and downloads need one. */
  signedIn(sessionId: string | null): boolean;
  renderer: WebHandler;
  media: WebHandler;
  /** 0 picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  /** `POST /upload?name=…` (asset library); absent: 404. */
  upload?: UploadHandler;
  /** `POST /upload/bundle?name=…`: a .linimasa bundle kept aside for bundles.inspect; absent: 404. */
  bundleUpload?: UploadHandler;
  /** `POST /upload/analytics?name=…`: a platform's export kept aside for analytics.import. */
  analyticsUpload?: UploadHandler;
  /** Largest accepted upload; 2 GiB by default. */
  maxUploadBytes?: number;
  /** Largest accepted bundle upload; 64 GiB by default (a year of an office's photos). */
  maxBundleBytes?: number;
  /** `GET /exports/<id>`: finished exports as downloads; absent: 404. */
  exports?: WebHandler;
  /** `GET /events`: the live stream (events-route.ts); closed with the transport. */
  events?: EventsRoute;
}

export interface HttpTransport {
  server: Server;
  port: number;
  origin: string;
  /** The address to open once: it trades the token for a session cookie. */
  loginUrl: string;
  close(): Promise<void>;
}

/**
 * The same API as Electron IPC, over HTTP on 127.0.0.1 only. Browser end-to-end tests drive it,
 * `npm run dev:web` serves it, and `npm start` falls back to it where Electron cannot run.
 */
export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxUploadBytes = options.maxUploadBytes ?? 2 * 1024 * 1024 * 1024;
  const maxBundleBytes = options.maxBundleBytes ?? 64 * 1024 * 1024 * 1024;
  // A platform's per-post export: a table, never near this.
  const maxAnalyticsBytes = 64 * 1024 * 1024;
  let port = options.port ?? 0;

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[http]', error);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Kesalahan server lokal.'));
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      res
        .writeHead(421, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Misdirected request');
      return;
    }
    if (!['GET', 'HEAD', 'POST'].includes(req.method ?? '')) {
      res.writeHead(405, { allow: 'GET, HEAD, POST' });
      return void res.end();
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    // `%E0%A4%A` and friends: decoding them later threw, and the answer was a 500 with a stack
    // trace in the log. A path that does not decode names nothing we serve.
    if (!decodesCleanly(url.pathname)) {
      return sendJson(
        res,
        400,
        failure('invalid_request', 'Alamat tidak valid: kode persen (%) di dalamnya rusak.'),
      );
    }
    const authorised =
      tokensMatch(options.token, cookieValue(req.headers.cookie, sessionCookie)) ||
      tokensMatch(options.token, headerValue(req, 'x-linimasa-token'));

    if (url.pathname === '/' && url.searchParams.has('token')) return login(url, res);
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5), authorised);
    if (url.pathname === '/events' && options.events) {
      return options.events.handle(req, res, url, { authorised, sessionId: signInId(req) });
    }
    // Files (uploads, media, downloads) need a signed-in person behind the launch gate too.
    const withPerson = authorised && options.signedIn(signInId(req));
    if (url.pathname === '/upload') {
      return upload(req, res, url, withPerson, options.upload, maxUploadBytes);
    }
    if (url.pathname === '/upload/bundle') {
      return upload(req, res, url, withPerson, options.bundleUpload, maxBundleBytes);
    }
    if (url.pathname === '/upload/analytics') {
      return upload(req, res, url, withPerson, options.analyticsUpload, maxAnalyticsBytes);
    }
    if (url.pathname.startsWith('/media/')) {
      if (!withPerson) return sendJson(res, 401, unauthorised());
      return sendWeb(res, await options.media(toWebRequest(req, url)));
    }
    if (url.pathname.startsWith('/exports/') && options.exports) {
      if (!withPerson) return sendJson(res, 401, unauthorised());
      return sendWeb(res, await options.exports(toWebRequest(req, url)));
    }
    return sendWeb(res, await options.renderer(toWebRequest(req, url)));
  }

  function login(url: URL, res: ServerResponse): void {
    const token = url.searchParams.get('token');
    if (!tokensMatch(options.token, token)) {
      res
        .writeHead(401, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Token tidak cocok. Buka alamat yang dicetak terakhir oleh Linimasa di terminal.');
      return;
    }
    res
      .writeHead(303, {
        location: '/',
        'set-cookie': `${sessionCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      })
      .end();
  }

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    authorised: boolean,
  ) {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' });
      return void res.end();
    }
    if (!authorised) return sendJson(res, 401, unauthorised());
    // A JSON content type forces a CORS preflight, which we never answer, so another site
    // cannot fire "simple" form posts at the API.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, failure('invalid_request', 'Content-Type harus application/json.'));
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too_large') {
      return sendJson(
        res,
        413,
        failure('invalid_request', `Permintaan melebihi ${maxBodyBytes} byte.`),
      );
    }
    let request: unknown;
    try {
      request = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(
        res,
        400,
        failure('invalid_request', 'Isi permintaan bukan JSON yang valid.'),
      );
    }
    // The session lives in an HttpOnly, SameSite=Strict cookie the page's script cannot read;
    // sign-in sets it, sign-out and an ended session clear it.
    const caller: Caller = {
      sessionId: signInId(req),
      client: `http ${req.socket.remoteAddress ?? ''}`,
      setSession: (sessionId) => res.setHeader('set-cookie', signInCookieHeader(sessionId)),
    };
    const result = await options.dispatch(decodeURIComponent(method), request, caller);
    const status = result.ok
      ? 200
      : result.error.code === 'unknown_method'
        ? 404
        : result.error.code === 'unauthorized'
          ? 401
          : 200;
    sendJson(res, status, result);
  }

  /**
   * A file from the browser, streamed to its handler (the asset store, or a bundle kept aside),
   * never buffered whole. Token-checked like the API; the route's own rules (method, type, name,
   * declared size) are upload-route.ts's, shared with Electron's scheme.
   */
  async function upload(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    authorised: boolean,
    handler: UploadHandler | undefined,
    maxBytes: number,
  ) {
    const check = checkUpload(
      {
        method: req.method,
        contentType: req.headers['content-type'],
        name: url.searchParams.get('name'),
        contentLength: req.headers['content-length'],
      },
      maxBytes,
    );
    // A wrong method is answered first, as on every other route.
    if (!check.ok && check.status === 405) return refuse(res, check);
    if (!authorised) return sendJson(res, 401, unauthorised());
    if (!handler) return sendJson(res, 404, failure('invalid_request', 'Tidak ada.'));
    if (!check.ok) return refuse(res, check);
    const { name } = check;
    const controller = new AbortController();
    // The store reads the body and sees a reset as an error of its own; this listener only keeps
    // a reset that comes before the first read from becoming an uncaught 'error' event.
    req.on('error', () => undefined);
    // The browser gave up (tab closed, fetch aborted): stop and leave nothing behind.
    req.on('close', () => {
      if (!req.complete) controller.abort();
    });
    const value = await handler(name, req, {
      maxBytes,
      signal: controller.signal,
    });
    if (controller.signal.aborted) return void res.destroy();
    if (!req.complete) res.setHeader('connection', 'close'); // the unread rest of an oversize body
    sendJson(res, 200, { ok: true, value });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    server,
    port,
    origin,
    loginUrl: `${origin}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        options.events?.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const failure = (
  code: 'invalid_request' | 'internal' | 'unauthorized',
  message: string,
): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

const unauthorised = () =>
  failure(
    'unauthorized',
    'Sesi tidak sah. Buka alamat yang dicetak Linimasa di terminal (dengan token).',
  );

function signInId(req: IncomingMessage): string | null {
  return cookieValue(req.headers.cookie, signInCookie) || null;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(body));
}

/** An upload refused before reading the body: the connection closes rather than drain it. */
function refuse(res: ServerResponse, check: Extract<UploadCheck, { ok: false }>): void {
  res.setHeader('connection', 'close');
  for (const [header, value] of Object.entries(check.headers)) res.setHeader(header, value);
  sendJson(res, check.status, uploadRefusal(check.message));
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too_large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toWebRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(url, { method: req.method ?? 'GET', headers });
}

async function sendWeb(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  // pipeline destroys the file stream when the browser abandons the request (every video seek
  // does), so no file handle is left open.
  await pipeline(Readable.fromWeb(response.body as WebReadableStream), res).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    },
  );
}

function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
