import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startHttpTransport } from '../../../src/main/transports/http';
import { rawRequest } from './raw-request';

const token = 'test-token-graceful-0123456789';

describe('stopping the host', () => {
  it('stops accepting, ends open streams, lets a running request finish, then resolves', async () => {
    let finishSlow!: () => void;
    let slowBegan!: () => void;
    const slowStarted = new Promise<void>((resolve) => (slowBegan = resolve));
    const streams = new Set<ReadableStreamDefaultController>();
    const http = await startHttpTransport({
      dispatch: async () => ({ ok: true, value: null }),
      token,
      signedIn: () => true,
      graceMs: 10_000,
      renderer: async (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/stream') {
          // Stands in for the event stream: never ends by itself.
          return new Response(
            new ReadableStream({
              start: (controller) => {
                streams.add(controller);
                controller.enqueue(new TextEncoder().encode(': open\n\n'));
              },
            }),
          );
        }
        slowBegan();
        await new Promise<void>((resolve) => (finishSlow = resolve));
        return new Response('fertig');
      },
      media: async () => new Response('media'),
    });
    http.onClose(() => {
      for (const stream of streams) stream.close();
    });
    const headers = { cookie: `linimasa_session=${token}` };
    const stream = rawRequest(`${http.origin}/stream`, { headers });
    const slow = rawRequest(`${http.origin}/slow`, { headers });
    await slowStarted;
    await expect.poll(() => streams.size).toBe(1);

    let closed = false;
    const closing = http.close().then(() => (closed = true));
    // The stream ends at once; the running request is still being answered.
    expect((await stream).status).toBe(200);
    expect(closed).toBe(false);
    // No new connection is accepted.
    await expect(
      new Promise((resolve, reject) => {
        const socket = connect(http.port, '127.0.0.1', () => resolve(socket.end()));
        socket.on('error', reject);
      }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    finishSlow();
    expect((await slow).body).toBe('fertig');
    await closing;
    expect(closed).toBe(true);
  });
});
