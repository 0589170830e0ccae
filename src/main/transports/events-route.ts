import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeEvent } from '../../shared/api/events';
import { sseEventNames } from '../../shared/api/events';
import type { Person } from '../../shared/domain/people';
import { isAudience } from '../events/audience';
import type { EventBus } from '../events/bus';
import { sessionKey } from '../operations/session-key';

/** Who may follow the stream: the session's person, or null when it is not (or no longer) live. */
export interface StreamGate {
  /** On connect: a live session (this may renew its last use, as any request does). */
  open(sessionId: string | null): Person | null;
  /**
   * While streaming: the same answer without renewing the session, so an open stream does not
   * keep an idle window from locking (services/auth.ts `peek`).
   */
  peek(sessionId: string | null): Person | null;
}

/** The gate from the sign-in service: `isLive` (renews, as any request) on connect, `peek` after. */
export function sessionGate(auth: {
  isLive(sessionId: string | null): boolean;
  peek(sessionId: string | null): Person | null;
}): StreamGate {
  return {
    open: (sessionId) => (auth.isLive(sessionId) ? auth.peek(sessionId) : null),
    peek: (sessionId) => auth.peek(sessionId),
  };
}

export interface EventsRouteOptions {
  bus: EventBus;
  gate: StreamGate;
  /** A comment line this often keeps proxies and the browser from calling the stream dead. */
  heartbeatMs?: number;
  /** How often each stream rechecks its session (revoked, expired, idle-locked: it ends). */
  recheckMs?: number;
  /** A client that reads nothing is cut once this much waits for it (bytes). */
  maxBufferedBytes?: number;
  /** The browser's reconnect delay after a dropped stream. */
  retryMs?: number;
}

export interface LiveSession {
  person: { id: string; name: string; role: Person['role'] };
  /** Open streams of this session (one per open tab). */
  streams: number;
  /** When its oldest open stream started. */
  since: string;
}

export interface EventsRoute {
  /**
   * `GET /events`. `authorised`: today's local launch-token gate, where the transport applies
   * it; the sign-in cookie's session is checked here.
   */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    access: { authorised: boolean; sessionId: string | null },
  ): void;
  /** Open streams per signed-in session, for the administrators' status page. */
  liveSessions(): LiveSession[];
  /** The same counts keyed as the `sessions` table keys a session (operations/session-key.ts). */
  streamCounts(): ReadonlyMap<string, number>;
  /** Ends every stream (the transport is closing). */
  close(): void;
}

interface Stream {
  sessionId: string;
  person: Person;
  openedAt: string;
  end(): void;
}

/**
 * The live stream (server-sent events): per session, only the changes that person may see. An
 * event names what changed, never its content, so the client rereads through the API and its
 * access rules. See src/shared/api/events.ts for the wire format.
 */
export function createEventsRoute(options: EventsRouteOptions): EventsRoute {
  const { bus, gate } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const recheckMs = options.recheckMs ?? 5_000;
  const maxBufferedBytes = options.maxBufferedBytes ?? 1024 * 1024;
  const retryMs = options.retryMs ?? 2_000;
  const streams = new Set<Stream>();

  function handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    access: { authorised: boolean; sessionId: string | null },
  ): void {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' });
      return void res.end();
    }
    const person = access.authorised && access.sessionId ? gate.open(access.sessionId) : null;
    if (!person || !access.sessionId) {
      res
        .writeHead(401, {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
        })
        .end('Masuk terlebih dahulu untuk menerima perubahan langsung.');
      return;
    }
    const sessionId = access.sessionId;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    req.socket.setNoDelay(true);

    const stream: Stream = { sessionId, person, openedAt: new Date().toISOString(), end };
    let ended = false;
    let unsubscribe = (): void => undefined;
    const timers: NodeJS.Timeout[] = [];

    /** Writes one frame; a client that lets too much pile up is cut, not buffered forever. */
    function write(text: string): void {
      if (ended) return;
      const flushed = res.write(text);
      if (!flushed && res.writableLength > maxBufferedBytes) {
        end();
        res.destroy();
      }
    }

    /** Is the session still live? Ends the stream when not; keeps a changed role. */
    function recheck(): boolean {
      const current = gate.peek(sessionId);
      if (!current) {
        end();
        return false;
      }
      stream.person = current;
      return true;
    }

    /** Only what this person may see: `to` names people, `roles` names roles. */
    function maySee(event: ChangeEvent): boolean {
      // A change of people may have revoked this session or changed the role: look again.
      if (event.kind === 'people' && !recheck()) return false;
      return isAudience(event, stream.person);
    }
    const send = (event: ChangeEvent) => {
      if (maySee(event)) write(changeFrame(event));
    };

    function end(): void {
      if (ended) return;
      ended = true;
      unsubscribe();
      for (const timer of timers) clearInterval(timer);
      streams.delete(stream);
      if (!res.destroyed) res.end();
    }

    write(`retry: ${retryMs}\n\n`);
    write(frame(sseEventNames.hello, { runId: bus.runId, seq: bus.lastSeq }));
    // Replay and subscribe in the same turn: no change can fall between the two.
    const missed = replayOrReload(url, req);
    if ('reload' in missed) write(frame(sseEventNames.reload, { reason: missed.reload }));
    else for (const event of missed.replay) send(event);
    if (ended) return; // cut while replaying
    unsubscribe = bus.subscribe(send);
    // A heartbeat comment, and a look at the session (revoked, expired, idle-locked: it ends).
    timers.push(setInterval(() => write(': ping\n\n'), heartbeatMs).unref());
    timers.push(setInterval(recheck, recheckMs).unref());
    streams.add(stream);
    res.on('close', end);
  }

  /**
   * What a reconnecting client missed: replayed in order, or `too_old`/`restarted` when the
   * host no longer holds it (the client rereads everything).
   */
  function replayOrReload(
    url: URL,
    req: IncomingMessage,
  ): { replay: ChangeEvent[] } | { reload: 'too_old' | 'restarted' } {
    const run = url.searchParams.get('run');
    const lastText = headerValue(req, 'last-event-id') ?? url.searchParams.get('last');
    if (run && run !== bus.runId) return { reload: 'restarted' };
    if (lastText === null || lastText === '') return { replay: [] };
    const last = Number(lastText);
    if (!Number.isInteger(last) || last < 0 || last > bus.lastSeq) return { reload: 'restarted' };
    const since = bus.since(last);
    return since === 'too_old' ? { reload: 'too_old' } : { replay: since };
  }
  return {
    handle,
    liveSessions() {
      const bySession = new Map<string, LiveSession>();
      for (const stream of streams) {
        const held = bySession.get(stream.sessionId);
        if (held) {
          held.streams += 1;
          if (stream.openedAt < held.since) held.since = stream.openedAt;
        } else {
          const { id, name, role } = stream.person;
          bySession.set(stream.sessionId, {
            person: { id, name, role },
            streams: 1,
            since: stream.openedAt,
          });
        }
      }
      return [...bySession.values()];
    },
    streamCounts() {
      const counts = new Map<string, number>();
      for (const stream of streams) {
        const key = sessionKey(stream.sessionId);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    },
    close() {
      for (const stream of [...streams]) stream.end();
    },
  };
}

const frame = (event: string, data: unknown) =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const changeFrame = (event: ChangeEvent) =>
  `id: ${event.seq}\n${frame(sseEventNames.change, event)}`;

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
