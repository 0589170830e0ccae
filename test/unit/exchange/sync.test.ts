import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../src/shared/api/errors';
import { exchangeRepository } from '../../../src/main/db/repositories/exchange';
import {
  defaultHandlers,
  handlerRegistry,
  identityHandler,
  type ExchangeKindHandler,
} from '../../../src/main/exchange/handlers';
import { ensureOfficeKey, signBytes } from '../../../src/main/exchange/keys';
import { outboxOf, writeOutboxFile } from '../../../src/main/exchange/outbox';
import { syncOnce, type HashCache } from '../../../src/main/exchange/sync';
import { useTempDir } from '../helpers';
import {
  craftFile,
  envelopeFor,
  introduce,
  makeOffice,
  provinceAndGowa,
  placeNamed,
  type TestOffice,
} from './fixture';

const tempDir = useTempDir('linimasa-exchange-');

/** A test kind: each note lands in a table of the test's own, so state can be compared. */
const noteHandler: ExchangeKindHandler<{ text: string }> = {
  kind: 'catatan',
  payload: z.object({ text: z.string() }),
  apply(payload, { db, envelope }) {
    db.prepare('INSERT INTO test_notes (sender, seq, text) VALUES (?, ?, ?)').run(
      envelope.sender,
      envelope.seq,
      payload.text,
    );
    if (payload.text === 'tolak')
      throw new AppError('invalid_request', {
        key: 'exchange.invalidPayload',
        params: { detail: 'uji' },
      });
  },
};
const handlers = handlerRegistry(identityHandler, noteHandler);

function offices() {
  const { root, folder, province, gowa } = provinceAndGowa(tempDir());
  const maros = makeOffice(root, '73.09', 'Diskominfo Kabupaten Maros', 'kabupaten_kota', folder);
  for (const office of [province, gowa, maros]) {
    office.db.exec('CREATE TABLE test_notes (sender TEXT, seq INTEGER, text TEXT)');
  }
  introduce(province, gowa);
  introduce(province, maros);
  introduce(gowa, province);
  return { root, folder, province, gowa, maros };
}

const notes = (office: TestOffice) =>
  office.db.prepare('SELECT sender, seq, text FROM test_notes ORDER BY sender, seq').all();
const received = (office: TestOffice) =>
  office.db
    .prepare('SELECT sender_code, seq FROM exchange_received ORDER BY sender_code, seq')
    .all();

describe('exchange sync pass', () => {
  it('applies a signed file once: a second pass, a re-synced copy or a replay changes nothing', async () => {
    const { province, gowa } = offices();
    const written = await writeOutboxFile(province, 'catatan', ['semua'], {
      text: 'Hari Pahlawan',
    });
    expect(written.file).toMatch(/^73\/outbox\/00000001-[0-9a-f]{16}\.catatan\.linimasa-kiriman$/);

    const first = await syncOnce(gowa, { handlers });
    expect(first.items).toMatchObject([
      { senderCode: '73', seq: 1, kind: 'catatan', outcome: 'applied' },
    ]);
    expect(notes(gowa)).toEqual([{ sender: '73', seq: 1, text: 'Hari Pahlawan' }]);

    expect((await syncOnce(gowa, { handlers })).items).toEqual([]);
    // Syncthing deletes and brings the file back (a re-sync): still once.
    const bytes = readFileSync(written.path);
    rmSync(written.path);
    writeFileSync(written.path, bytes);
    expect((await syncOnce(gowa, { handlers })).items).toEqual([]);
    // The same file replayed to a database that lost its log (e.g. restored): a duplicate.
    gowa.db.exec('DELETE FROM exchange_arrivals');
    const replay = await syncOnce(gowa, { handlers });
    expect(replay.items).toMatchObject([{ outcome: 'duplicate' }]);
    expect(notes(gowa)).toHaveLength(1);
    expect(received(gowa)).toEqual([{ sender_code: '73', seq: 1 }]);
  });

  it('ends in the same state whatever order the numbers arrive in', async () => {
    const { province, gowa, maros, folder } = offices();
    const one = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'satu' });
    const two = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'dua' });
    const three = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'tiga' });
    await syncOnce(gowa, { handlers });

    // Maros's copy of the folder receives 3, then 1, then 2.
    const marosFolder = join(folder, '..', 'maros-folder');
    const outbox = outboxOf(marosFolder, '73');
    mkdirSync(outbox, { recursive: true });
    exchangeRepository(maros.db).setFolder(marosFolder);
    for (const file of [three, one, two]) {
      copyFileSync(file.path, join(outbox, file.path.split('/').at(-1)!));
      await syncOnce(maros, { handlers });
    }
    expect(notes(maros)).toEqual(notes(gowa));
    expect(received(maros)).toEqual([1, 2, 3].map((seq) => ({ sender_code: '73', seq })));
  });

  it('refuses a tampered envelope, another key, a wrong recipient, a future schema and a damaged zip', async () => {
    const { province, gowa, folder } = offices();
    const outbox = outboxOf(folder, '73');
    const key = ensureOfficeKey(province.dataDir);
    const payload = JSON.stringify({ text: 'isi' });
    const signed = (seq: number, overrides = {}) => {
      const envelope = Buffer.from(
        JSON.stringify(envelopeFor('73', seq, 'catatan', payload, overrides)),
      );
      return { envelope, signature: signBytes(key, envelope) };
    };

    // 1: the envelope changed after signing (recipients widened), the old signature kept.
    const honest = signed(1, { recipients: ['73.09'] });
    const widened = Buffer.from(honest.envelope.toString().replace('"73.09"', '"semua"'));
    await craftFile(
      outbox,
      { 'kiriman.json': widened, 'kiriman.sig': honest.signature, 'isi.json': payload },
      1,
      'catatan',
    );
    // 2: signed by another key claiming to be the province.
    const impostor = ensureOfficeKey(join(folder, '..', 'impostor'));
    const forged = Buffer.from(JSON.stringify(envelopeFor('73', 2, 'catatan', payload)));
    await craftFile(
      outbox,
      { 'kiriman.json': forged, 'kiriman.sig': signBytes(impostor, forged), 'isi.json': payload },
      2,
      'catatan',
    );
    // 3: properly signed, but for Maros only.
    const forMaros = signed(3, { recipients: ['73.09'] });
    await craftFile(
      outbox,
      { 'kiriman.json': forMaros.envelope, 'kiriman.sig': forMaros.signature, 'isi.json': payload },
      3,
      'catatan',
    );
    // 4: a newer schema.
    const future = signed(4, { schemaVersion: 2 });
    await craftFile(
      outbox,
      { 'kiriman.json': future.envelope, 'kiriman.sig': future.signature, 'isi.json': payload },
      4,
      'catatan',
    );
    // 5: one byte of a real file's envelope flipped, and named by its new hash ("complete").
    const real = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'asli' });
    const bytes = readFileSync(real.path);
    rmSync(real.path);
    // The last digit of the envelope's time: still a valid envelope, but not the one signed.
    const at = bytes.indexOf('Z","entries"') - 1;
    expect(at).toBeGreaterThan(0);
    bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30;
    placeNamed(outbox, bytes, 5, 'catatan');
    // 6: not a zip at all.
    placeNamed(outbox, Buffer.from('bukan zip'), 6, 'catatan');
    // 7: the payload differs from the hash the envelope lists.
    const lying = signed(7);
    await craftFile(
      outbox,
      {
        'kiriman.json': lying.envelope,
        'kiriman.sig': lying.signature,
        'isi.json': JSON.stringify({ text: 'lain' }),
      },
      7,
      'catatan',
    );

    // 8: one byte of a real file's (deflated) payload flipped, renamed likewise.
    const real8 = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'asli juga' });
    const bytes8 = readFileSync(real8.path);
    rmSync(real8.path);
    let nameAt = bytes8.indexOf('isi.json');
    while (bytes8.readUInt32LE(nameAt - 30) !== 0x04034b50)
      nameAt = bytes8.indexOf('isi.json', nameAt + 1);
    const dataAt = nameAt + 'isi.json'.length + bytes8.readUInt16LE(nameAt - 30 + 28);
    bytes8[dataAt + 2] = bytes8[dataAt + 2]! ^ 0xff;
    placeNamed(outbox, bytes8, 8, 'catatan');

    const pass = await syncOnce(gowa, { handlers });
    const reasons = pass.items.map((item) => [item.seq, item.outcome, item.reasonKey]);
    expect(reasons).toEqual([
      [1, 'refused', 'exchange.badSignature'],
      [2, 'refused', 'exchange.badSignature'],
      [3, 'refused', 'exchange.wrongRecipient'],
      [4, 'refused', 'exchange.futureSchema'],
      [5, 'refused', 'exchange.badSignature'],
      [6, 'refused', 'bundle.notZip'],
      [7, 'refused', 'bundle.sizeMismatch'],
      [8, 'refused', expect.stringMatching(/^bundle\.(corrupt|checksum|sizeMismatch)$/)],
    ]);
    expect(notes(gowa)).toEqual([]);
    expect(received(gowa)).toEqual([]);
    // The log keeps each refusal once, with its reason; final refusals are not read again.
    const log = exchangeRepository(gowa.db).arrivals(50);
    expect(log).toHaveLength(8);
    expect(log.every((row) => row.outcome === 'refused' && row.reasonKey)).toBe(true);
    const again = await syncOnce(gowa, { handlers });
    expect(again.items.map((item) => item.reasonKey)).toEqual(['exchange.futureSchema']);
    expect(exchangeRepository(gowa.db).arrivals(50)).toHaveLength(8);
  });

  it('refuses an unknown sender until its identity is imported, then applies the file', async () => {
    const { gowa, maros } = offices();
    // Gowa does not know Maros yet.
    introduce(gowa, maros);
    await writeOutboxFile(maros, 'catatan', ['73.06'], { text: 'dari Maros' });
    const before = await syncOnce(gowa, { handlers });
    expect(before.items).toMatchObject([
      {
        senderCode: '73.09',
        outcome: 'refused',
        reasonKey: 'exchange.unknownSender',
        reasonParams: { code: '73.09' },
      },
    ]);
    expect(notes(gowa)).toEqual([]);
    introduce(maros, gowa);
    const after = await syncOnce(gowa, { handlers });
    expect(after.items).toMatchObject([{ senderCode: '73.09', outcome: 'applied' }]);
    expect(notes(gowa)).toEqual([{ sender: '73.09', seq: 1, text: 'dari Maros' }]);
    expect(exchangeRepository(gowa.db).arrivals(10)).toMatchObject([{ outcome: 'applied' }]);
  });

  it('leaves a partial file unread until it is complete', async () => {
    const { province, gowa, folder } = offices();
    const written = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'panjang' });
    const bytes = readFileSync(written.path);
    writeFileSync(written.path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    // Syncthing's own temp names and conflict copies are never read either.
    const outbox = outboxOf(folder, '73');
    writeFileSync(join(outbox, `.syncthing.${written.path.split('/').at(-1)}.tmp`), bytes);
    writeFileSync(join(outbox, `~syncthing~${written.path.split('/').at(-1)}.tmp`), bytes);
    writeFileSync(
      join(
        outbox,
        '00000001-0123456789abcdef.catatan.sync-conflict-20261203-101010-ABCDEF1.linimasa-kiriman',
      ),
      bytes,
    );

    const hashCache: HashCache = new Map();
    const partial = await syncOnce(gowa, { handlers, hashCache });
    expect(partial.items).toMatchObject([{ seq: 1, outcome: 'waiting' }]);
    expect(partial.ignored).toBe(3);
    expect(exchangeRepository(gowa.db).arrivals(10)).toEqual([]);
    expect(hashCache.size).toBe(1); // the waiting file is not hashed again while unchanged
    expect((await syncOnce(gowa, { handlers, hashCache })).items).toMatchObject([
      { outcome: 'waiting' },
    ]);
    writeFileSync(written.path, bytes);
    const complete = await syncOnce(gowa, { handlers, hashCache });
    expect(complete.items).toMatchObject([{ seq: 1, outcome: 'applied' }]);
    expect(notes(gowa)).toEqual([{ sender: '73', seq: 1, text: 'panjang' }]);
    expect(hashCache.size).toBe(0);
  });

  it('a handler that refuses leaves nothing behind: its writes roll back with the received row', async () => {
    const { province, gowa } = offices();
    await writeOutboxFile(province, 'catatan', ['semua'], { text: 'tolak' });
    const pass = await syncOnce(gowa, { handlers });
    expect(pass.items).toMatchObject([
      { outcome: 'refused', reasonKey: 'exchange.invalidPayload' },
    ]);
    expect(notes(gowa)).toEqual([]);
    expect(received(gowa)).toEqual([]);
  });

  it('refuses a number used again for other content, and a kind this version cannot read', async () => {
    const { province, gowa } = offices();
    const first = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'pertama' });
    await syncOnce(gowa, { handlers });
    // The province's database is restored from an old backup and its outbox emptied: number 1
    // would be given again; the outbox check prevents it while the file is there…
    rmSync(first.path);
    province.db.exec('UPDATE office_identity SET next_seq = 1');
    const again = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'kedua' });
    expect(again.seq).toBe(1);
    const pass = await syncOnce(gowa, { handlers });
    expect(pass.items).toMatchObject([
      { seq: 1, outcome: 'refused', reasonKey: 'exchange.seqReused' },
    ]);
    expect(notes(gowa)).toEqual([{ sender: '73', seq: 1, text: 'pertama' }]);

    await writeOutboxFile(province, 'catatan', ['semua'], { text: 'x' });
    const unknown = await syncOnce(gowa, { handlers: defaultHandlers });
    expect(unknown.items).toMatchObject([
      { seq: 2, outcome: 'refused', reasonKey: 'exchange.unknownKind' },
    ]);
  });

  it('numbers after what the outbox holds, so a restored database never reuses a number', async () => {
    const { province } = offices();
    await writeOutboxFile(province, 'catatan', ['semua'], { text: 'a' });
    await writeOutboxFile(province, 'catatan', ['semua'], { text: 'b' });
    province.db.exec('UPDATE office_identity SET next_seq = 1');
    const third = await writeOutboxFile(province, 'catatan', ['semua'], { text: 'c' });
    expect(third.seq).toBe(3);
    const names = readdirSync(outboxOf(exchangeRepository(province.db).own()!.folder!, '73'));
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(names).toHaveLength(3);
  });

  it('an identity file from a known office updates its name, never its key', async () => {
    const { province, gowa } = offices();
    province.db.exec("UPDATE office_identity SET name = 'Dinas Kominfo Sulsel'");
    const own = exchangeRepository(province.db).own()!;
    await writeOutboxFile(province, 'identity', ['semua'], {
      name: own.name,
      code: own.code,
      level: own.level,
      publicKey: own.publicKey,
    });
    const pass = await syncOnce(gowa);
    expect(pass.items).toMatchObject([{ kind: 'identity', outcome: 'applied' }]);
    expect(exchangeRepository(gowa.db).office('73')?.name).toBe('Dinas Kominfo Sulsel');
  });
});
