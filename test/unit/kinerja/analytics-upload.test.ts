import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import { useOffice } from '../posts/fixture';

const token = 'test-token-analytics-0123456789';
const fixture = join(__dirname, '../../fixtures/analytics/meta-instagram.csv');
let http: HttpTransport | undefined;
afterEach(async () => {
  await http?.close();
  http = undefined;
});

describe('POST /upload/analytics: a platform export from the browser', () => {
  const office = useOffice();

  async function host() {
    const setup = await office();
    const { app, people } = setup;
    http = await startHttpTransport({
      dispatch: app.dispatch,
      token,
      signedIn: (sessionId) => app.services.auth.isLive(sessionId),
      renderer: async () => new Response(''),
      media: async () => new Response(''),
      analyticsUpload: (name, body, options) =>
        app.services.analyticsUploads.upload(name, body, options),
    });
    const { sessionId } = await app.services.auth.setup(
      { personId: people.admin.id, userName: 'admin', password: 'jadwal humas aman' },
      'test',
    );
    const send = (name: string, body: Uint8Array) =>
      fetch(`${http!.origin}/upload/analytics?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'x-linimasa-token': token,
          cookie: `linimasa_signin=${sessionId}`,
        },
        body,
      });
    return { ...setup, send };
  }

  it('keeps the file under its own name in incoming/, where analytics.import reads it', async () => {
    const { app, send, call, people } = await host();
    const bytes = readFileSync(fixture);
    const reply = (await (await send('instagram-desember.csv', bytes)).json()) as {
      ok: true;
      value: { ok: true; path: string; name: string; bytes: number };
    };
    expect(reply.value).toMatchObject({ ok: true, name: 'instagram-desember.csv' });
    expect(reply.value.bytes).toBe(bytes.length);
    expect(readFileSync(reply.value.path)).toEqual(bytes);
    // In a folder named with our pid: the start-up sweep removes it after a restart.
    const folder = relative(app.paths.incoming, dirname(reply.value.path));
    expect(folder).toMatch(new RegExp(`^${process.pid}\\.analytics-`));
    expect(readdirSync(app.paths.incoming)).toContain(folder);

    const dry = await call('analytics.import', {
      actorId: people.admin.id,
      path: reply.value.path,
      dryRun: true,
    });
    expect(dry.fileName).toBe('instagram-desember.csv');
    expect(dry.platform).toBe('instagram');
    expect(dry.written).toBe(false);
    // The dry run lists the file's rows with what becomes of each (no plan yet: all unplanned).
    expect(dry.preview).toHaveLength(dry.rows);
    expect(new Set(dry.preview.map((row) => row.outcome))).toEqual(new Set(['unmatched']));
    expect(dry.preview[0]).toMatchObject({ row: expect.any(Number), postTitle: null });
  });

  it('takes only the last part of a name that tries to climb out of incoming/', async () => {
    const { app, send } = await host();
    const reply = (await (await send('../../../etc/passwd.csv', new Uint8Array([65]))).json()) as {
      value: { ok: true; path: string; name: string };
    };
    expect(reply.value.name).toBe('passwd.csv');
    expect(relative(app.paths.incoming, reply.value.path).startsWith('..')).toBe(false);
  });

  it('refuses without a signed-in session', async () => {
    await host();
    const response = await fetch(`${http!.origin}/upload/analytics?name=a.csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-linimasa-token': token },
      body: new Uint8Array([1]),
    });
    expect(response.status).toBe(401);
  });
});
