import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { createEventBus, type EventBus } from '../../../src/main/events/bus';
import {
  createEventsRoute,
  sessionGate,
  type EventsRoute,
} from '../../../src/main/transports/events-route';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import type { ChangeEvent } from '../../../src/shared/api/events';
import { sessionOf } from '../acting';
import { useTempDir } from '../helpers';
import { openStream, type Frame } from './sse-client';

const tempDir = useTempDir();
const token = 'test-token-events-0123456789';
let app: LinimasaApp;
let http: HttpTransport | undefined;
let route: EventsRoute;
const streams: { close(): void }[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await http?.close();
  http = undefined;
  app?.close();
});

async function start(options: { bus?: EventBus; maxBufferedBytes?: number } = {}) {
  app = openApp(join(tempDir(), 'data'));
  route = createEventsRoute({
    bus: options.bus ?? app.events,
    gate: sessionGate(app.services.auth),
    recheckMs: 50,
    maxBufferedBytes: options.maxBufferedBytes,
  });
  http = await startHttpTransport({
    dispatch: app.dispatch,
    token,
    signedIn: (sessionId) => app.services.auth.isLive(sessionId),
    renderer: async () => new Response('renderer'),
    media: async () => new Response('media'),
    events: route,
  });
  const planner = app.services.people.create({ name: 'Nurul', role: 'planner' });
  const approver = app.services.people.create({ name: 'Bu Sari', role: 'approver' });
  return {
    planner: { ...planner, session: await sessionOf(app, planner.id) },
    approver: { ...approver, session: await sessionOf(app, approver.id) },
  };
}

async function listen(session: string | null, query = '', headers: Record<string, string> = {}) {
  const stream = await openStream(`${http!.origin}/events${query}`, {
    'x-linimasa-token': token,
    ...(session ? { cookie: `linimasa_signin=${session}` } : {}),
    ...headers,
  });
  streams.push(stream);
  return stream;
}

const change = (frame: Frame) => frame.event === 'change';
const changeData = (frame: Frame) => frame.data as ChangeEvent;

describe('GET /events', () => {
  it('needs a live session behind the launch gate, and says hello with the run and seq', async () => {
    const { planner } = await start();
    expect((await listen(null)).response.status).toBe(401);
    const noToken = await openStream(`${http!.origin}/events`, {
      cookie: `linimasa_signin=${planner.session}`,
    });
    expect(noToken.response.status).toBe(401);
    const stream = await listen(planner.session);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get('cache-control')).toBe('no-store');
    expect(await stream.next()).toMatchObject({ retry: 2000 });
    expect(await stream.next()).toEqual({
      event: 'hello',
      data: { runId: app.events.runId, seq: app.events.lastSeq },
    });
    expect(route.liveSessions()).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ name: 'Nurul' }), streams: 1 }),
    ]);
  });

  it('sends each person only what is meant for them (to, roles), and real changes with who', async () => {
    const { planner, approver } = await start();
    const mine = await listen(planner.session);
    const hers = await listen(approver.session);
    await mine.next((f) => f.event === 'hello');
    await hers.next((f) => f.event === 'hello');
    const rule = { kind: 'notification', ids: [], by: null } as const;
    app.events.publish({ ...rule, to: [planner.id], method: 'for Nurul' });
    app.events.publish({ ...rule, roles: ['approver'], method: 'for approvers' });
    app.events.publish({ ...rule, to: [approver.id], roles: ['approver'], method: 'for Sari' });
    const created = await app.dispatch(
      'posts.create',
      { title: 'Pengumuman' },
      { sessionId: planner.session, client: 'test', setSession: () => undefined },
    );
    expect(created.ok).toBe(true);
    const nurulSaw = [changeData(await mine.next(change)), changeData(await mine.next(change))].map(
      (e) => e.method,
    );
    expect(nurulSaw).toEqual(['for Nurul', 'posts.create']);
    const sariSaw = [
      changeData(await hers.next(change)),
      changeData(await hers.next(change)),
      changeData(await hers.next(change)),
    ];
    expect(sariSaw.map((e) => e.method)).toEqual(['for approvers', 'for Sari', 'posts.create']);
    expect(sariSaw[2]).toMatchObject({ kind: 'post', by: { id: planner.id, name: 'Nurul' } });
    expect(mine.frames.filter(change).map((f) => f.id)).toEqual(['1', '4']);
  });

  it('replays what came after Last-Event-ID (header or ?last=), in order', async () => {
    const bus = createEventBus(100);
    const { planner } = await start({ bus });
    for (const id of ['a', 'b', 'c']) bus.publish({ kind: 'post', ids: [id], by: null });
    const byHeader = await listen(planner.session, '', { 'last-event-id': '1' });
    expect(changeData(await byHeader.next(change)).ids).toEqual(['b']);
    expect(changeData(await byHeader.next(change)).ids).toEqual(['c']);
    const byQuery = await listen(planner.session, `?last=2&run=${bus.runId}`);
    expect(changeData(await byQuery.next(change)).ids).toEqual(['c']);
    bus.publish({ kind: 'post', ids: ['d'], by: null });
    expect(changeData(await byQuery.next(change)).ids).toEqual(['d']);
    expect(byQuery.frames.some((f) => f.event === 'reload')).toBe(false);
  });

  it('tells a client to reload when it missed more than is held, or the host restarted', async () => {
    const bus = createEventBus(3);
    const { planner } = await start({ bus });
    for (const id of ['a', 'b', 'c', 'd', 'e']) bus.publish({ kind: 'post', ids: [id], by: null });
    const tooOld = await listen(planner.session, '?last=1');
    expect((await tooOld.next((f) => f.event !== 'hello' && f.retry === undefined)).data).toEqual({
      reason: 'too_old',
    });
    const otherRun = await listen(planner.session, '?last=5&run=an-earlier-run');
    expect(await otherRun.next((f) => f.event === 'reload')).toMatchObject({
      data: { reason: 'restarted' },
    });
    // A seq this run never reached: from a run before a restart.
    const ahead = await listen(planner.session, '', { 'last-event-id': '99' });
    expect(await ahead.next((f) => f.event === 'reload')).toMatchObject({
      data: { reason: 'restarted' },
    });
  });

  it('ends the stream when the session is revoked, and every stream when the transport closes', async () => {
    const { planner, approver } = await start();
    const mine = await listen(planner.session);
    const hers = await listen(approver.session);
    await mine.next((f) => f.event === 'hello');
    await hers.next((f) => f.event === 'hello');
    app.services.auth.signOut(planner.session, app.services.people.get(planner.id)!);
    await expect.poll(() => mine.ended, { timeout: 5_000 }).toBe(true);
    expect(route.liveSessions().map((s) => s.person.name)).toEqual(['Bu Sari']);
    await http!.close();
    http = undefined;
    await expect.poll(() => hers.ended, { timeout: 5_000 }).toBe(true);
    expect(route.liveSessions()).toEqual([]);
  });

  it('cuts a client that reads nothing instead of buffering for it forever', async () => {
    const { planner } = await start({ maxBufferedBytes: 64 * 1024 });
    const socket = connect(http!.port, '127.0.0.1');
    let closed = false;
    socket.on('close', () => (closed = true));
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `GET /events HTTP/1.1\r\nHost: 127.0.0.1:${http!.port}\r\nx-linimasa-token: ${token}\r\n` +
        `Cookie: linimasa_signin=${planner.session}\r\n\r\n`,
    );
    socket.pause(); // never reads
    await expect.poll(() => route.liveSessions().length, { timeout: 5_000 }).toBe(1);
    const ids = Array.from({ length: 200 }, (_, i) => `post-${i}-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
    let published = 0;
    // Each event is ~8 KB; the kernel's socket buffers take some MB before node has to hold any.
    await expect
      .poll(
        () => {
          for (let i = 0; i < 200 && route.liveSessions().length > 0; i++) {
            app.events.publish({ kind: 'post', ids, by: null });
            published += 1;
          }
          return route.liveSessions().length;
        },
        { timeout: 20_000, interval: 20 },
      )
      .toBe(0);
    expect(published).toBeLessThan(20_000);
    // The host hung up: reading now drains what was sent and then meets the end.
    socket.resume();
    await expect.poll(() => closed, { timeout: 10_000 }).toBe(true);
    socket.destroy();
  });
});
