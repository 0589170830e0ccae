import type { DesktopApi } from '../../shared/api/desktop';
import { changeEventSchema, sseEventNames } from '../../shared/api/events';
import { deliverLiveChange, deliverLiveReload } from './live';

/** What the stream needs of the browser's EventSource (tests pass their own). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

export interface LiveStreamOptions {
  /** Where the stream lives; the page's own origin by default. */
  url?: string;
  open?: EventSourceFactory;
  /** After the browser gave up (the host answered 401, or was gone too long), try again after this. */
  retryMs?: number;
  /**
   * The desktop window's bridge (`window.linimasaDesktop`), whose main process pushes the changes
   * over IPC; null: none (a browser). Tests pass their own.
   */
  desktop?: Pick<DesktopApi, 'onLive'> | null;
}

const closed = 2; // EventSource.CLOSED

/**
 * The window's one live stream (`GET /events`): started after sign-in, stopped on sign-out.
 * The browser reconnects by itself with `Last-Event-ID` and the host replays what was missed;
 * when the browser gives up, this reopens it naming the run and the last seq, so the host can
 * replay or say `reload`. A hello from a different run (the host restarted) means everything
 * shown may be stale: every listener rereads. Returns the stop function.
 */
export function startLiveStream(options: LiveStreamOptions = {}): () => void {
  // The page's `window.linimasaDesktop` (window is globalThis in a page; Node tests pass theirs).
  const desktop =
    options.desktop !== undefined
      ? options.desktop
      : (globalThis as { linimasaDesktop?: Partial<DesktopApi> }).linimasaDesktop;
  if (desktop?.onLive) return followDesktopFeed(desktop.onLive.bind(desktop));
  const base = options.url ?? '/events';
  const open = options.open ?? ((url: string) => new EventSource(url) as EventSourceLike);
  const retryMs = options.retryMs ?? 5_000;
  let runId: string | null = null;
  let lastSeq: number | null = null;
  let source: EventSourceLike | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  function connect(): void {
    const query = new URLSearchParams();
    if (runId) query.set('run', runId);
    if (lastSeq !== null) query.set('last', String(lastSeq));
    const url = query.size > 0 ? `${base}?${query}` : base;
    const current = open(url);
    source = current;
    current.addEventListener(sseEventNames.hello, (event) => {
      const hello = parse(event.data) as { runId?: unknown; seq?: unknown } | null;
      if (!hello || typeof hello.runId !== 'string') return;
      const restarted = runId !== null && hello.runId !== runId;
      runId = hello.runId;
      if (restarted) {
        lastSeq = typeof hello.seq === 'number' ? hello.seq : null;
        deliverLiveReload();
      } else if (lastSeq === null && typeof hello.seq === 'number') {
        lastSeq = hello.seq;
      }
    });
    current.addEventListener(sseEventNames.change, (event) => {
      const change = changeEventSchema.safeParse(parse(event.data));
      if (!change.success) return;
      lastSeq = change.data.seq;
      deliverLiveChange(change.data);
    });
    current.addEventListener(sseEventNames.reload, () => deliverLiveReload());
    current.onerror = () => {
      // CONNECTING: the browser is retrying by itself. CLOSED: it gave up; try again later.
      if (current.readyState !== closed || stopped || source !== current) return;
      retry = setTimeout(connect, retryMs);
    };
  }

  connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    source?.close();
    source = null;
  };
}

/**
 * The desktop window: main sends each change its person may see over IPC (electron/live-ipc.ts),
 * in the one process that also answers every call, so nothing is missed while the window is
 * open and there is no reconnecting to do. The same checks and the same delivery as the stream.
 */
function followDesktopFeed(onLive: DesktopApi['onLive']): () => void {
  return onLive((message) => {
    const change = changeEventSchema.safeParse(message);
    if (change.success) deliverLiveChange(change.data);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
