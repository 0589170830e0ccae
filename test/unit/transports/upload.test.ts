import { readFileSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir();
const token = 'test-token-0123456789';
let app: LinimasaApp;
let http: HttpTransport;

afterEach(async () => {
  await http?.close();
  app?.close();
});

async function start(maxUploadBytes?: number) {
  app = openApp(join(tempDir(), 'data'));
  await app.library.ready;
  http = await startHttpTransport({
    dispatch: app.dispatch,
    token,
    signedIn: (sessionId) => app!.services.auth.isLive(sessionId),
    renderer: async () => new Response('renderer'),
    media: async () => new Response('media'),
    upload: (name, body, options) => app.library.importStream(name, body, options),
    maxUploadBytes,
  });
  // Uploads need a signed-in person behind the launch gate.
  const { sessionId } = await app.services.auth.setup(
    { name: 'Admin', userName: 'admin', password: 'jadwal humas aman' },
    'test',
  );
  signedIn = `linimasa_signin=${sessionId}`;
}
let signedIn = '';

const photo = () =>
  sharp({
    create: {
      width: 64,
      height: 48,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .jpeg()
    .toBuffer();

const upload = (
  name: string | null,
  body: Buffer | Uint8Array | string | ReadableStream,
  headers: Record<string, string> = {},
) =>
  fetch(`${http.origin}/upload${name === null ? '' : `?name=${encodeURIComponent(name)}`}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-linimasa-token': token,
      cookie: signedIn,
      ...headers,
    },
    body,
    duplex: 'half',
  } as RequestInit);

const incoming = () =>
  readdirSync(app.paths.incoming).filter((f) => !f.endsWith(`${process.pid}.lock`));

describe('POST /upload', () => {
  it('streams a file into the library and answers with its import result', async () => {
    await start();
    const bytes = await photo();
    const res = await upload('Foto Kegiatan.jpg', bytes);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: true; value: { assetId: string } };
    expect(body).toMatchObject({
      ok: true,
      value: { name: 'Foto Kegiatan.jpg', status: 'imported', kind: 'image', reason: null },
    });
    const asset = await acting(app)('assets.get', { id: body.value.assetId });
    if (!asset.ok) throw new Error('asset missing');
    const stored = (asset.value as { media: { original: string } }).media.original;
    expect(readFileSync(join(app.paths.root, stored)).equals(bytes)).toBe(true);

    const again = await upload('salinan.jpg', bytes);
    expect(await again.json()).toMatchObject({
      value: { status: 'duplicate', assetId: body.value.assetId },
    });
  });

  it('keeps only the last segment of a name: a name is a label, never a path', async () => {
    await start();
    const res = await upload('../../../etc/passwd.jpg', await photo());
    expect(await res.json()).toMatchObject({ value: { name: 'passwd.jpg', status: 'imported' } });
    const windows = await upload('C:\\Users\\humas\\..\\foto.jpg', await photo());
    expect(await windows.json()).toMatchObject({ value: { name: 'foto.jpg' } });
  });

  it('refuses without the token, with a form-like content type, without a name, or by GET', async () => {
    await start();
    const bytes = await photo();
    expect((await upload('a.jpg', bytes, { 'x-linimasa-token': 'wrong' })).status).toBe(401);
    // text/plain is what a cross-site form could send without a preflight.
    expect((await upload('a.jpg', bytes, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await upload(null, bytes)).status).toBe(400);
    const get = await fetch(`${http.origin}/upload?name=a.jpg`, {
      headers: { 'x-linimasa-token': token, cookie: signedIn },
    });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const list = await acting(app)('assets.list', {});
    expect(list).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('refuses a body over the limit, declared or streamed, leaving no temp file', async () => {
    await start(1000);
    expect((await upload('besar.jpg', Buffer.alloc(5000, 1))).status).toBe(413);
    // Chunked: no length up front, so the limit is found while streaming.
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(600));
        controller.close();
      },
    });
    const res = await upload('besar.jpg', chunked);
    expect(await res.json()).toMatchObject({
      value: { status: 'failed', reason: expect.stringMatching(/terlalu besar/) },
    });
    expect(incoming()).toEqual([]);
  });

  it('gives empty and unsupported uploads a per-file reason', async () => {
    await start();
    expect(await (await upload('kosong.jpg', new Uint8Array(0))).json()).toMatchObject({
      value: { status: 'failed', reason: 'Berkas kosong (0 byte).' },
    });
    expect(await (await upload('catatan.jpg', 'teks biasa')).json()).toMatchObject({
      value: { status: 'failed', reason: expect.stringMatching(/tidak sesuai/) },
    });
  });

  it('leaves nothing behind when the browser aborts mid-upload', async () => {
    await start();
    const req = httpRequest({
      host: '127.0.0.1',
      port: http.port,
      method: 'POST',
      path: '/upload?name=video.mp4',
      headers: {
        'content-type': 'application/octet-stream',
        'x-linimasa-token': token,
        cookie: signedIn,
        'content-length': String(50 * 1024 * 1024),
      },
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(3 * 1024 * 1024, 7));
    // The upload in flight: its temp file appears once the store has the first bytes.
    await expect.poll(incoming, { timeout: 10_000 }).toHaveLength(1);
    req.destroy();
    await expect.poll(incoming, { timeout: 10_000 }).toEqual([]);
    expect(readdirSync(app.paths.assets)).toEqual([]);
  });
});
