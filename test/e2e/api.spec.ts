import { expect, signInCookie, test } from './fixtures';

/** The HTTP transport as a script or another page would meet it: parsed requests, and a token gate. */
test.describe('API lewat HTTP', () => {
  test('permintaan cacat ditolak sebagai invalid_request yang menyebut kolomnya (token di header)', async ({
    request,
    host,
  }) => {
    // A script passes the launch gate with the token and acts as a signed-in person (cookie).
    const headers = { 'x-linimasa-token': host.token, cookie: await signInCookie(host) };
    const reply = await request.post(`${host.http.origin}/api/channels.create`, {
      data: { platform: 'myspace', name: '' },
      headers,
    });
    expect(reply.status()).toBe(200);
    const body = await reply.json();
    expect(body).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'platform' },
    });
    expect(body.error.message).toMatch(/^platform: /);

    const blankName = await request.post(`${host.http.origin}/api/channels.create`, {
      data: { platform: 'instagram', name: '   ' },
      headers,
    });
    expect(await blankName.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'name', message: 'name: Wajib diisi' },
    });

    // Nothing half-valid was stored.
    const list = await request.post(`${host.http.origin}/api/channels.list`, {
      data: { includeInactive: true },
      headers,
    });
    expect(await list.json()).toEqual({ ok: true, value: [] });
  });

  test('permintaan cacat lewat sesi cookie dari halaman juga ditolak dengan nama kolom', async ({
    app,
    host,
  }) => {
    // page.request shares the page's cookie jar: this is the session the login URL set.
    const reply = await app.request.post(`${host.http.origin}/api/channels.create`, {
      data: { platform: 'instagram', name: 'Humas', color: 'merah' },
    });
    expect(await reply.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'color' },
    });

    const valid = await app.request.post(`${host.http.origin}/api/channels.create`, {
      data: { platform: 'instagram', name: 'Humas' },
    });
    expect(await valid.json()).toMatchObject({
      ok: true,
      value: { name: 'Humas', color: '#c13584' },
    });
  });

  test('tanpa token API menjawab 401 unauthorized', async ({ request, host }) => {
    const reply = await request.post(`${host.http.origin}/api/settings.get`, { data: {} });
    expect(reply.status()).toBe(401);
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const wrongToken = await request.post(`${host.http.origin}/api/settings.get`, {
      data: {},
      headers: { 'x-linimasa-token': `${host.token}x` },
    });
    expect(wrongToken.status()).toBe(401);
  });
});
