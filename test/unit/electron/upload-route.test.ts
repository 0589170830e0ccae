import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { routeAppProtocol } from '../../../src/main/electron/protocol';
import { createUploadRoute } from '../../../src/main/transports/upload-route';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

// The route itself is plain Node; only the module it lives in also registers the scheme.
vi.mock('electron', () => ({ protocol: {} }));

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.close());

/** Electron's linimasa://app/upload, driven with real Request objects and a real library. */
async function electronRoute() {
  app = openApp(join(tempDir(), 'data'));
  await app.library.ready;
  const opened = app;
  const notHere = async () => new Response('static', { status: 200 });
  return routeAppProtocol({
    app: notHere,
    media: notHere,
    upload: createUploadRoute(
      (name, body, options) => opened.library.importStream(name, body, options),
      10_000_000,
    ),
    bundleUpload: createUploadRoute(
      (name, body, options) => opened.services.bundles.upload(name, body, options),
      10_000_000,
    ),
  });
}

const post = (
  body: string | Uint8Array,
  name = 'foto kegiatan.jpg',
  type = 'application/octet-stream',
) =>
  new Request(`linimasa://app/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });

describe('upload route for the Electron scheme', () => {
  it('stores a posted photo in the library and reports a second copy as a duplicate', async () => {
    const route = await electronRoute();
    const jpeg = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#3366aa' },
    })
      .jpeg()
      .toBuffer();
    const first = await route(post(jpeg));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, value: { status: 'imported' } });
    const again = await (await route(post(jpeg, 'salinan.jpg'))).json();
    expect(again).toMatchObject({ ok: true, value: { status: 'duplicate' } });
    expect((await acting(app!)('assets.list', {})) as { ok: boolean }).toMatchObject({ ok: true });
  });

  it('refuses other methods, other content types and a missing name, and leaves the rest to the renderer', async () => {
    const route = await electronRoute();
    expect((await route(new Request('linimasa://app/upload'))).status).toBe(405);
    expect((await route(post('x', 'a.jpg', 'text/plain'))).status).toBe(415);
    expect((await route(post('x', ' '))).status).toBe(400);
    expect(await (await route(new Request('linimasa://app/index.html'))).text()).toBe('static');
  });

  it('keeps a dropped .linimasa aside for the dry run on linimasa://app/upload/bundle', async () => {
    const route = await electronRoute();
    const reply = await route(
      new Request('linimasa://app/upload/bundle?name=desember.linimasa', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: 'bukan zip',
      }),
    );
    const uploaded = (await reply.json()) as {
      ok: true;
      value: { uploadId: string; bytes: number };
    };
    expect(uploaded.value.bytes).toBe(9);
    // The library is untouched: a bundle is not an asset.
    const listed = (await acting(app!)('assets.list', {})) as { value: { items: unknown[] } };
    expect(listed.value.items).toEqual([]);
    const inspect = await acting(app!)('bundles.inspect', {
      source: { uploadId: uploaded.value.uploadId },
    });
    expect(inspect.ok).toBe(true);
  });
});
