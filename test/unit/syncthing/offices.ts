import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Real Syncthing instances for tests, one per office, on loopback only.
 *
 * Each office gets its own Syncthing home (keys, config, index) and its own copy of one shared
 * folder, replicated between all offices (a full mesh: with three offices this is what a province
 * sharing one folder with two regencies amounts to, since Syncthing forwards files through any
 * peer). Before the first start the config is written by us so that nothing ever leaves the
 * machine: listen and peer addresses on 127.0.0.1, global and local discovery, relays, NAT, STUN,
 * crash and usage reporting and upgrades all off (the recipe in ../shared/ENVIRONMENT.md).
 *
 * The tests drive the scenarios the issue names: `pause()` / `resume()` an office (all its
 * connections, through the REST API), `kill()` it mid-transfer (SIGKILL) and `start()` it again.
 */

const run = promisify(execFile);

/** The shared folder's id in every office's config. */
const folderId = 'linimasa-pertukaran';

export interface SyncthingOffice {
  readonly name: string;
  /** The office's copy of the shared folder (what Linimasa's exchange setting points at). */
  readonly folder: string;
  readonly deviceId: string;
  /** Start (or restart after `kill`) and wait until its REST API answers. */
  start(): Promise<void>;
  /** Pause every connection of this office (Syncthing keeps running, nothing moves). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** SIGKILL, as a power cut or a task manager would; `start()` brings it back. */
  kill(): Promise<void>;
  /** True when this office is connected to the named peer. */
  connectedTo(peer: SyncthingOffice): Promise<boolean>;
  /** Ask Syncthing to rescan the folder now instead of waiting for its watcher. */
  rescan(): Promise<void>;
}

export interface SyncthingOffices {
  readonly offices: readonly SyncthingOffice[];
  /** Resolves once every office is connected to every other one. */
  waitConnected(timeoutMs?: number): Promise<void>;
  /** Stops every instance (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

interface Ports {
  listen: number;
  gui: number;
}

interface Instance {
  name: string;
  home: string;
  folder: string;
  deviceId: string;
  apiKey: string;
  ports: Ports;
}

/** Is Debian's `syncthing` installed? Tests skip with a reason when not (CI installs it). */
export async function syncthingAvailable(): Promise<boolean> {
  try {
    await run('syncthing', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** Starts one Syncthing per name under `baseDir`, all sharing one folder, and waits until they run. */
export async function startSyncthingOffices(
  baseDir: string,
  names: readonly string[],
): Promise<SyncthingOffices> {
  const instances: Instance[] = [];
  for (const name of names) {
    const home = join(baseDir, `${name}-syncthing`);
    const folder = join(baseDir, `${name}-pertukaran`);
    mkdirSync(folder, { recursive: true });
    await run(
      'syncthing',
      ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'],
      {
        env: syncthingEnv(),
      },
    );
    const generated = readFileSync(join(home, 'config.xml'), 'utf8');
    const deviceId = /<device id="([A-Z0-9-]+)"/.exec(generated)?.[1];
    if (!deviceId) throw new Error(`syncthing generate wrote no device id for ${name}`);
    instances.push({
      name,
      home,
      folder,
      deviceId,
      apiKey: `linimasa-test-${name}-${deviceId.slice(0, 7)}`,
      ports: { listen: await freePort(), gui: await freePort() },
    });
  }
  // A port found free may be taken by another test's process before Syncthing binds it, and
  // that instance then exits at start: every instance is stopped (none left running) and all
  // start again on new ports, at most three times.
  let offices: SyncthingOffice[] = [];
  for (let attempt = 1; ; attempt++) {
    for (const instance of instances) {
      writeFileSync(join(instance.home, 'config.xml'), loopbackConfig(instance, instances));
    }
    offices = instances.map((instance) => office(instance));
    const started = await Promise.allSettled(offices.map((each) => each.start()));
    const failed = started.find((result) => result.status === 'rejected');
    if (!failed) break;
    await Promise.all(offices.map((each) => each.kill()));
    if (attempt === 3) throw failed.reason;
    for (const instance of instances) {
      instance.ports = { listen: await freePort(), gui: await freePort() };
    }
  }
  return {
    offices,
    async waitConnected(timeoutMs = 60_000) {
      await until(
        async () => {
          for (const a of offices) {
            for (const b of offices) {
              if (a !== b && !(await a.connectedTo(b))) return false;
            }
          }
          return true;
        },
        timeoutMs,
        'Syncthing offices did not connect to each other',
      );
    },
    async stop() {
      await Promise.all(offices.map((each) => each.kill()));
    },
  };
}

function office(instance: Instance): SyncthingOffice {
  let child: ChildProcess | null = null;
  const base = `http://127.0.0.1:${instance.ports.gui}`;
  const rest = async (method: 'GET' | 'POST', path: string): Promise<unknown> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'X-API-Key': instance.apiKey },
    });
    if (!response.ok) throw new Error(`${instance.name}: ${method} ${path} → ${response.status}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : null;
  };
  return {
    name: instance.name,
    folder: instance.folder,
    deviceId: instance.deviceId,
    async start() {
      if (child) return;
      const started = spawn(
        'syncthing',
        ['serve', `--home=${instance.home}`, '--no-browser', '--no-restart', '--no-upgrade'],
        { env: syncthingEnv(), stdio: ['ignore', 'ignore', 'ignore'] },
      );
      child = started;
      started.once('exit', () => {
        if (child === started) child = null;
      });
      await until(
        async () => {
          if (child !== started) throw new Error(`${instance.name}: syncthing exited at start`);
          try {
            await rest('GET', '/rest/system/ping');
            return true;
          } catch {
            return false;
          }
        },
        60_000,
        `${instance.name}: Syncthing's REST API did not answer`,
      );
    },
    async pause() {
      await rest('POST', '/rest/system/pause');
    },
    async resume() {
      await rest('POST', '/rest/system/resume');
    },
    async kill() {
      const running = child;
      if (!running) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGKILL');
      await exited;
    },
    async connectedTo(peer) {
      const reply = (await rest('GET', '/rest/system/connections')) as {
        connections: Record<string, { connected: boolean; paused: boolean }>;
      };
      const connection = reply.connections[peer.deviceId];
      return Boolean(connection?.connected && !connection.paused);
    },
    async rescan() {
      await rest('POST', `/rest/db/scan?folder=${folderId}`);
    },
  };
}

/** Syncthing's environment: no upgrade checks, no default folder, home-made paths only. */
function syncthingEnv(): NodeJS.ProcessEnv {
  return { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1' };
}

/** A config that never reaches beyond 127.0.0.1 (written before the first start). */
function loopbackConfig(self: Instance, all: readonly Instance[]): string {
  const device = (each: Instance): string =>
    `    <device id="${each.deviceId}" name="${each.name}" compression="metadata" introducer="false">
        <address>${each === self ? 'dynamic' : `tcp://127.0.0.1:${each.ports.listen}`}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`;
  const folderDevices = all
    .map((each) => `        <device id="${each.deviceId}"></device>`)
    .join('\n');
  return `<configuration version="36">
    <folder id="${folderId}" label="Pertukaran antar-kantor" path="${xml(self.folder)}" type="sendreceive" rescanIntervalS="60" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
${folderDevices}
        <minDiskFree unit="%">0</minDiskFree>
    </folder>
${all.map(device).join('\n')}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:${self.ports.gui}</address>
        <apikey>${self.apiKey}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.ports.listen}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <stunServer></stunServer>
        <announceLANAddresses>false</announceLANAddresses>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
`;
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** A port nobody listens on right now, on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `condition` until it holds, without fixed sleeps in the tests themselves. */
export async function until(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
  message: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
