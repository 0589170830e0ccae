import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { ZipFile } from 'yazl';
import { exchangeFileName, type Envelope } from '../../../src/shared/exchange/envelope';
import type { OfficeLevel } from '../../../src/shared/exchange/region';
import { configure } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { exchangeRepository } from '../../../src/main/db/repositories/exchange';
import {
  identityFile,
  importOffice,
  setOwnIdentity,
  type ExchangeContext,
} from '../../../src/main/exchange/identity';
import { fingerprintOf } from '../../../src/main/exchange/keys';

export interface TestOffice extends ExchangeContext {
  code: string;
}

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A data directory with a migrated database and this office's identity, sharing `folder`. */
export function makeOffice(
  root: string,
  code: string,
  name: string,
  level: OfficeLevel,
  folder: string,
): TestOffice {
  const dataDir = join(root, `data-${code}`);
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'linimasa.db'));
  open.push(db);
  configure(db);
  migrate(db);
  const context = { db, dataDir };
  setOwnIdentity(context, { code, name, level });
  exchangeRepository(db).setFolder(folder);
  return { ...context, code };
}

/** The exchange folder `<root>/pertukaran` and the province (73) using it. */
export function provinceOffice(root: string) {
  const folder = join(root, 'pertukaran');
  mkdirSync(folder);
  const province = makeOffice(
    root,
    '73',
    'Diskominfo Provinsi Sulawesi Selatan',
    'provinsi',
    folder,
  );
  return { root, folder, province };
}

/** The province and Gowa (73.06) sharing the exchange folder, strangers to each other. */
export function provinceAndGowa(root: string) {
  const { folder, province } = provinceOffice(root);
  const gowa = makeOffice(root, '73.06', 'Diskominfo Kabupaten Gowa', 'kabupaten_kota', folder);
  return { root, folder, province, gowa };
}

/** `b` knows `a`, as after importing its identity file with the fingerprint confirmed. */
export function introduce(a: TestOffice, b: TestOffice): void {
  const card = identityFile(a);
  importOffice(b, JSON.stringify(card), fingerprintOf(card.office.publicKey), 'Admin uji');
}

/** A zip with these exact entries, named by its own hash as an honest writer would. */
export async function craftFile(
  outbox: string,
  entries: Record<string, Buffer | string>,
  seq: number,
  kind: string,
): Promise<string> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(Buffer.from(content), name, { compress: false });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return placeNamed(outbox, Buffer.concat(chunks), seq, kind);
}

/** Puts bytes into an outbox under the name their hash gives them. */
export function placeNamed(outbox: string, bytes: Buffer, seq: number, kind: string): string {
  mkdirSync(outbox, { recursive: true });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = join(outbox, exchangeFileName(seq, sha256, kind));
  writeFileSync(path, bytes);
  return path;
}

export const sha256Of = (bytes: Buffer | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** An envelope for a crafted file carrying `payload` as isi.json. */
export function envelopeFor(
  sender: string,
  seq: number,
  kind: string,
  payload: string,
  overrides: Partial<Envelope> = {},
): Envelope {
  return {
    format: 'linimasa-kiriman',
    schemaVersion: 1,
    kind,
    sender,
    recipients: ['semua'],
    seq,
    createdAt: '2026-12-03T01:00:00.000Z',
    entries: [{ name: 'isi.json', size: Buffer.byteLength(payload), sha256: sha256Of(payload) }],
    ...overrides,
  };
}
