import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { createOfficeListener, type OfficeListener } from '../../../src/main/web/office-listener';
import { acting } from '../acting';
import { useTempDir } from '../helpers';
import { apiCall, rawRequest } from '../transports/raw-request';

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
let listener: OfficeListener | undefined;
let blocker: Server | undefined;

afterEach(async () => {
  await listener?.close();
  app?.close();
  blocker?.close();
  listener = app = blocker = undefined;
});

/** The desktop app's open data, and the listener its main process starts beside the window. */
function open() {
  const dataDir = join(tempDir(), 'data');
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Linimasa</title>');
  app = openApp(dataDir);
  listener = createOfficeListener(app, {
    rendererDir,
    interfaces: () => ({}),
    graceMs: 2_000,
  });
  return { app, listener };
}

/** A port free on 127.0.0.2 right now (the address standing in for the office LAN). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.2', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const setSwitch = (target: LinimasaApp, listen: string | null, tls = false) =>
  acting(target)('network.setHostSetting', { listen, tls });

async function until<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const refused = (url: string) =>
  rawRequest(url).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
  );

describe('the desktop app’s office-network listener', () => {
  it('stays closed while the switch is off', async () => {
    const { listener } = open();
    expect(await listener.apply()).toEqual({ state: 'off' });
    expect(listener.info()).toMatchObject({ addresses: [], network: false });
  });

  it('opens on the stored address with the serve command’s rules: no session, 401', async () => {
    const { app, listener } = open();
    const port = await freePort();
    expect((await setSwitch(app, `127.0.0.2:${port}`)).ok).toBe(true);
    expect(await until(listener.state, (state) => state.state === 'on')).toEqual({
      state: 'on',
      listen: `127.0.0.2:${port}`,
    });
    const lan = `http://127.0.0.2:${port}`;
    expect(listener.info()).toMatchObject({
      tls: false,
      addresses: [{ url: `${lan}/` }],
      desktopHost: { state: 'on' },
    });
    const page = await rawRequest(`${lan}/`, { from: '127.0.0.2' });
    expect(page.status).toBe(200);
    const answer = await apiCall(lan, 'settings.get', {}, { from: '127.0.0.2' });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await rawRequest(`${lan}/events`, { from: '127.0.0.2' })).status).toBe(401);
    // An administrator's browser on it learns it is the desktop app's listener (applies at once).
    const info = await apiCall(lan, 'network.info', {}, { from: '127.0.0.2' });
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { network: true, desktopHost: { state: 'on', listen: `127.0.0.2:${port}` } },
    });
    // A foreign Host is refused as by `npm run serve` (DNS rebinding).
    const foreign = await rawRequest(`${lan}/`, { headers: { host: 'evil.example:80' } });
    expect(foreign.status).toBe(421);
  });

  it('serves HTTPS with the data folder’s own certificate when asked', async () => {
    const { app, listener } = open();
    const port = await freePort();
    await setSwitch(app, `127.0.0.2:${port}`, true);
    await until(listener.state, (state) => state.state !== 'starting' && state.state !== 'off');
    const info = listener.info();
    expect(info.tls).toBe(true);
    const answer = await rawRequest(`https://127.0.0.2:${port}/`);
    expect(answer.status).toBe(200);
    expect(answer.fingerprint).toBe(info.fingerprint);
  });

  it('follows a change in Settings at once: closes, and reopens elsewhere', async () => {
    const { app, listener } = open();
    const first = await freePort();
    await setSwitch(app, `127.0.0.2:${first}`);
    await until(listener.state, (state) => state.state === 'on');

    await setSwitch(app, null);
    expect(await until(listener.state, (state) => state.state === 'off')).toEqual({
      state: 'off',
    });
    expect(await refused(`http://127.0.0.2:${first}/`)).toBe(true);

    const second = await freePort();
    await setSwitch(app, `127.0.0.2:${second}`);
    await until(
      listener.state,
      (state) => state.state === 'on' && state.listen.endsWith(`${second}`),
    );
    expect((await rawRequest(`http://127.0.0.2:${second}/`)).status).toBe(200);
  });

  it('leaves the app running when the port is taken, and says so', async () => {
    const { app, listener } = open();
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(port, '127.0.0.2', resolve));
    await setSwitch(app, `127.0.0.2:${port}`);
    expect(await until(listener.state, (state) => state.state === 'failed')).toEqual({
      state: 'failed',
      listen: `127.0.0.2:${port}`,
      problem: 'in_use',
    });
    // The desktop window works as before.
    expect((await acting(app)('settings.get', {})).ok).toBe(true);
    expect(listener.info()).toMatchObject({ addresses: [], desktopHost: { problem: 'in_use' } });

    // Once the other program lets go, saving again opens it.
    await new Promise<void>((resolve) => blocker!.close(() => resolve()));
    blocker = undefined;
    await setSwitch(app, `127.0.0.2:${port}`);
    expect(await until(listener.state, (state) => state.state === 'on')).toMatchObject({
      state: 'on',
    });
  });

  it('an address that is not this computer’s is named, not thrown', async () => {
    const { app, listener } = open();
    // TEST-NET-1 (RFC 5737): never an address of this machine; nothing is sent anywhere.
    await setSwitch(app, '192.0.2.1:8080');
    expect(await until(listener.state, (state) => state.state === 'failed')).toMatchObject({
      problem: 'not_here',
    });
  });

  it('stops gracefully: closed to the network, the app still open', async () => {
    const { app, listener: running } = open();
    const port = await freePort();
    await setSwitch(app, `127.0.0.2:${port}`);
    await until(running.state, (state) => state.state === 'on');
    await running.close();
    expect(await refused(`http://127.0.0.2:${port}/`)).toBe(true);
    expect((await acting(app)('settings.get', {})).ok).toBe(true);
    // A change after the stop opens nothing.
    await setSwitch(app, `127.0.0.2:${port}`);
    expect(await refused(`http://127.0.0.2:${port}/`)).toBe(true);
  });
});
