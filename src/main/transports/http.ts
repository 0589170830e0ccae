import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { contract, isMethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { NetworkInfo } from '../../shared/api/methods/network';
import type { DesktopHostState } from '../../shared/domain/office-network';
import type { Caller, Dispatch } from '../api/dispatch';
import type { Interfaces, OpenAddress } from '../network/addresses';
import type { ListenAddress } from '../network/listen-address';
import { createDoor, setSecurityHeaders } from './http-door';
import {
  cookieValue,
  launchCookieHeader,
  sessionCookie,
  signInCookie,
  signInCookieHeader,
  tokensMatch,
} from './http-auth';
import type { EventsRoute } from './events-route';
import { closeGracefully, listenAll, type TlsPair } from './http-servers';
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
  /** 0 picks a free port. Without `listen`: 127.0.0.1 on this port. */
  port?: number;
  /**
   * The office network: every address to listen on (`0.0.0.0`: every interface; port 0 shares
   * one free port). Requests on an address other than 127.0.0.1 need no launch token but a
   * signed-in session for everything except the page itself and public methods.
   */
  listen?: readonly ListenAddress[];
  /** Host names the office uses for this computer (`humas-pc.local`), accepted as Host. */
  names?: readonly string[];
  /** HTTPS on every address; cookies get `Secure`. */
  tls?: TlsPair & { fingerprint: string };
  /** This computer's network cards (for 0.0.0.0); `os.networkInterfaces` by default. */
  interfaces?: () => Interfaces;
  /** How long `close()` lets running requests finish; 10 s by default. */
  graceMs?: number;
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
  /**
   * Served by the desktop app's own listener (web/office-listener.ts): its state, which
   * `network.info` shows, so Settings says the switch applies at once.
   */
  desktopHost?: () => DesktopHostState;
}

export interface HttpTransport {
  /** The first server (127.0.0.1 unless `listen` says otherwise). */
  server: Server;
  servers: Server[];
  /** What is listened on, each with its actual port. */
  listen: ListenAddress[];
  port: number;
  /** This computer's own origin (`http://127.0.0.1:PORT` when listened on). */
  origin: string;
  /** The addresses colleagues can open (per interface for 0.0.0.0), without 127.0.0.1. */
  addresses: OpenAddress[];
  /** The certificate's SHA-256 fingerprint under TLS, else null. */
  fingerprint: string | null;
  /** The address to open once: it trades the token for a session cookie. */
  loginUrl: string;
  /**
   * Called when `close()` begins, after the servers stop accepting: whatever never ends by
   * itself (an event stream) ends here, so that running requests can finish and the host stop.
   */
  onClose(listener: () => void): void;
  /** Stops accepting, ends open streams (`onClose`), lets running requests finish (≤ graceMs). */
  close(): Promise<void>;
}

/**
 * The same API as Electron IPC, over HTTP (or HTTPS) on 127.0.0.1, and for the office network
 * on the addresses given. Browser end-to-end tests drive it, `npm run dev:web` and `npm run
 * serve` serve it, and `npm start` falls back to it where Electron cannot run.
 */
export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxUploadBytes = options.maxUploadBytes ?? 2 * 1024 * 1024 * 1024;
  const maxBundleBytes = options.maxBundleBytes ?? 64 * 1024 * 1024 * 1024;
  // A platform's per-post export: a table, never near this.
  const maxAnalyticsBytes = 64 * 1024 * 1024;
  const secure = Boolean(options.tls);
  const closeListeners: (() => void)[] = [];

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    route(req, res).catch((error: unknown) => {
      console.error('[http]', error);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Kesalahan server lokal.'));
      else res.destroy();
    });
  };
  const { servers, listen } = await listenAll(
    options.listen ?? [{ host: '127.0.0.1', port: options.port ?? 0 }],
    handler,
    options.tls,
  );
  const door = createDoor({
    listen,
    names: options.names ?? [],
    tls: secure,
    interfaces: (options.interfaces ?? networkInterfaces)(),
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!door.hostAllowed(req.headers.host)) {
      res
        .writeHead(421, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Alamat tujuan salah: buka Linimasa lewat alamat yang ditunjukkan komputer kantor.');
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
    // Another site's page may not post to us, nor listen to the stream (a browser names its page).
    if (
      (req.method === 'POST' || url.pathname === '/events') &&
      !door.originAllowed(headerValue(req, 'origin'))
    ) {
      return sendJson(res, 403, failure('forbidden', 'Permintaan dari situs lain ditolak.'));
    }
    const network = door.isNetwork(req);
    // On this computer the launch token is the gate in front of sign-in; colleagues on the
    // office network never see it, so there a signed-in session is the gate.
    const authorised =
      network ||
      tokensMatch(options.token, cookieValue(req.headers.cookie, sessionCookie)) ||
      tokensMatch(options.token, headerValue(req, 'x-linimasa-token'));

    if (url.pathname === '/' && url.searchParams.has('token')) return login(url, res);
    if (url.pathname.startsWith('/api/')) {
      return api(req, res, url.pathname.slice(5), authorised, network);
    }
    // Files (uploads, media, downloads) and the event stream need a signed-in person too.
    const withPerson = authorised && options.signedIn(signInId(req));
    const refusal = withPerson ? null : authorised ? signInRequired() : unauthorised();
    const noPerson = () => sendJson(res, 401, refusal);
    if (url.pathname === '/events' && !withPerson) return noPerson();
    if (url.pathname === '/events' && options.events) {
      return options.events.handle(req, res, url, { authorised, sessionId: signInId(req) });
    }
    if (url.pathname === '/upload') {
      return upload(req, res, url, refusal, options.upload, maxUploadBytes);
    }
    if (url.pathname === '/upload/bundle') {
      return upload(req, res, url, refusal, options.bundleUpload, maxBundleBytes);
    }
    if (url.pathname === '/upload/analytics') {
      return upload(req, res, url, refusal, options.analyticsUpload, maxAnalyticsBytes);
    }
    if (url.pathname.startsWith('/media/')) {
      if (!withPerson) return noPerson();
      return sendWeb(res, await options.media(toWebRequest(req, url)));
    }
    if (url.pathname.startsWith('/exports/') && options.exports) {
      if (!withPerson) return noPerson();
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
        'set-cookie': launchCookieHeader(options.token, secure),
        'cache-control': 'no-store',
      })
      .end();
  }

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    authorised: boolean,
    network: boolean,
  ) {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' });
      return void res.end();
    }
    if (!authorised) return sendJson(res, 401, unauthorised());
    // Over the network, nothing but the public methods (sign-in itself) before signing in.
    // Dispatch checks the same; this keeps the transport's own promise whatever dispatch does.
    const name = decodeURIComponent(method);
    const publicMethod = isMethodName(name) && contract[name].access === 'public';
    if (network && !publicMethod && !options.signedIn(signInId(req))) {
      return sendJson(res, 401, signInRequired());
    }
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
      // The sign-in lock counts failures per client address: one colleague's typos never lock
      // out another computer (test/unit/transports/network-requests.test.ts).
      client: `http ${req.socket.remoteAddress ?? ''}`,
      setSession: (sessionId) => res.setHeader('set-cookie', signInCookieHeader(sessionId, secure)),
      door: doorInfo(network),
    };
    const result = await options.dispatch(name, request, caller);
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
    refusal: ApiResult<never> | null,
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
    if (refusal) return sendJson(res, 401, refusal);
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

  function doorInfo(network: boolean): NetworkInfo {
    return {
      tls: secure,
      fingerprint: options.tls?.fingerprint ?? null,
      addresses: door.addresses,
      network,
      ...(options.desktopHost ? { desktopHost: options.desktopHost() } : {}),
    };
  }

  const port = listen[0]!.port;
  // This computer's own address when it is listened on (directly or through 0.0.0.0).
  const own =
    listen.find((address) => address.host === '127.0.0.1' || address.host === '0.0.0.0') ??
    listen[0]!;
  const origin = `${secure ? 'https' : 'http'}://${own.host === '0.0.0.0' ? '127.0.0.1' : own.host}:${own.port}`;
  let closing: Promise<void> | undefined;

  return {
    server: servers[0]!,
    servers,
    listen,
    port,
    origin,
    addresses: door.addresses,
    fingerprint: options.tls?.fingerprint ?? null,
    loginUrl: `${origin}/?token=${options.token}`,
    onClose: (listener) => void closeListeners.push(listener),
    close: () =>
      (closing ??= closeGracefully(
        servers,
        () => {
          // Open streams never finish by themselves: end them first, then wait for the rest.
          options.events?.close();
          for (const listener of closeListeners.splice(0)) {
            try {
              listener();
            } catch (error) {
              console.error('[http] closing', error);
            }
          }
        },
        options.graceMs ?? 10_000,
      )),
  };
}

const failure = (
  code: 'invalid_request' | 'internal' | 'unauthorized' | 'forbidden',
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

/** Past the launch gate (or on the office network) but nobody signed in: the sign-in page's words. */
const signInRequired = (): ApiResult<never> => ({
  ok: false,
  error: {
    code: 'unauthorized',
    key: 'auth.signInRequired',
    message: 'Silakan masuk dengan nama pengguna dan kata sandi Anda.',
  },
});

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
