import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startSyncthingOffices,
  syncthingAvailable,
  until,
  type SyncthingOffice,
  type SyncthingOffices,
} from './offices';

/**
 * The carrier the province exchange relies on: real Syncthing (Debian's package, which .ci/run
 * installs), three offices on loopback. These tests pin down what Linimasa's exchange reader may
 * assume of it: a file written temp-then-rename arrives whole under its final name, a paused
 * office catches up on resume, and an office killed in the middle of a transfer ends with the
 * complete file after a restart, never a truncated one under the final name.
 */

const available = await syncthingAvailable();

// On a developer's machine without Syncthing these tests skip; CI installs it, so there they must run.
it.runIf(process.env.CI === 'true')('Syncthing is installed (.ci/run installs it)', () => {
  expect(available).toBe(true);
});

describe.skipIf(!available)('Syncthing on loopback between three offices', () => {
  let base: string;
  let cluster: SyncthingOffices;
  let provinsi: SyncthingOffice;
  let gowa: SyncthingOffice;
  let maros: SyncthingOffice;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'linimasa-syncthing-'));
    cluster = await startSyncthingOffices(base, ['provinsi', 'gowa', 'maros']);
    [provinsi, gowa, maros] = cluster.offices as [
      SyncthingOffice,
      SyncthingOffice,
      SyncthingOffice,
    ];
    await cluster.waitConnected();
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('carries a file written in one office to the other two', async () => {
    const content = randomBytes(64 * 1024);
    publish(provinsi, 'outbox/0001-paket.linimasa', content);
    await arrives(gowa, 'outbox/0001-paket.linimasa', content);
    await arrives(maros, 'outbox/0001-paket.linimasa', content);
  }, 120_000);

  it('lets a paused office catch up when it resumes', async () => {
    await maros.pause();
    const content = randomBytes(32 * 1024);
    publish(provinsi, 'outbox/0002-paket.linimasa', content);
    await arrives(gowa, 'outbox/0002-paket.linimasa', content);
    // Gowa has it, so the send is over; paused Maros must not.
    expect(existsSync(join(maros.folder, 'outbox/0002-paket.linimasa'))).toBe(false);
    await maros.resume();
    await arrives(maros, 'outbox/0002-paket.linimasa', content);
  }, 120_000);

  it('never shows a half-received file under its final name when an office is killed mid-transfer', async () => {
    const content = randomBytes(48 * 1024 * 1024);
    const name = 'outbox/0003-paket-besar.linimasa';
    const target = join(gowa.folder, name);
    const seen: number[] = [];
    publish(provinsi, name, content);
    // Kill Gowa as soon as its transfer has begun (Syncthing's temp file is there).
    await until(
      () => hasSyncthingTemp(gowa.folder) || existsSync(target),
      60_000,
      'transfer to Gowa never began',
    );
    await gowa.kill();
    if (existsSync(target)) seen.push(readFileSync(target).length);
    await gowa.start();
    await arrives(gowa, name, content, seen);
    expect(seen.every((size) => size === content.length)).toBe(true);
  }, 180_000);
});

/** Writes a file into an office's folder the way the exchange does: temp name, then rename. */
function publish(office: SyncthingOffice, name: string, content: Buffer): void {
  const target = join(office.folder, name);
  mkdirSync(join(target, '..'), { recursive: true });
  const temp = join(office.folder, 'outbox', `.tulis-${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, target);
}

/** Waits for the file to arrive whole; every size seen under the final name lands in `seen`. */
async function arrives(
  office: SyncthingOffice,
  name: string,
  content: Buffer,
  seen: number[] = [],
): Promise<void> {
  const target = join(office.folder, name);
  const want = sha256(content);
  await until(
    () => {
      if (!existsSync(target)) return false;
      const got = readFileSync(target);
      seen.push(got.length);
      return sha256(got) === want;
    },
    120_000,
    `${name} did not arrive whole at ${office.name}`,
  );
}

function hasSyncthingTemp(folder: string): boolean {
  const outbox = join(folder, 'outbox');
  if (!existsSync(outbox)) return false;
  return readdirSync(outbox).some(
    (entry) => entry.startsWith('.syncthing.') || entry.startsWith('~syncthing~'),
  );
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
