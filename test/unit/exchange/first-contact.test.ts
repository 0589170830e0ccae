import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeRepository } from '../../../src/main/db/repositories/exchange';
import { acceptFirstContact, firstContacts } from '../../../src/main/exchange/first-contact';
import { setOwnIdentity } from '../../../src/main/exchange/identity';
import { ensureOfficeKey, fingerprintOf, signBytes } from '../../../src/main/exchange/keys';
import { outboxOf, writeOutboxFile } from '../../../src/main/exchange/outbox';
import { syncOnce } from '../../../src/main/exchange/sync';
import { useTempDir } from '../helpers';
import {
  craftFile,
  envelopeFor,
  introduce,
  makeOffice,
  provinceAndGowa,
  type TestOffice,
} from './fixture';

const tempDir = useTempDir('linimasa-first-contact-');

/** Two offices sharing one folder, strangers to each other. */
function strangers() {
  return provinceAndGowa(tempDir());
}

/** What the app's setup does: this office's card into its own outbox, for every office. */
const sendCard = (office: TestOffice) => {
  const own = exchangeRepository(office.db).own()!;
  const card = { name: own.name, code: own.code, level: own.level, publicKey: own.publicKey };
  return writeOutboxFile(office, 'identity', ['semua'], card);
};

const fingerprintOfOffice = (office: TestOffice) =>
  exchangeRepository(office.db).own()!.fingerprint;

describe('first contact with an unknown office', () => {
  it('refuses its files until the administrator confirms its card; the next pass applies them', async () => {
    const { province, gowa } = strangers();
    await sendCard(gowa);
    // Gowa's name changes before the province ever knew it: a second card, waiting too.
    setOwnIdentity(gowa, {
      code: '73.06',
      name: 'Dinas Kominfo Kabupaten Gowa',
      level: 'kabupaten_kota',
    });
    await sendCard(gowa);

    const before = await syncOnce(province);
    expect(before.items.map((item) => [item.seq, item.outcome, item.reasonKey])).toEqual([
      [1, 'refused', 'exchange.unknownSender'],
      [2, 'refused', 'exchange.unknownSender'],
    ]);
    expect(exchangeRepository(province.db).offices()).toEqual([]);

    // The newest card is offered, with the fingerprint Gowa reads out over the telephone.
    expect(await firstContacts(province)).toEqual([
      {
        code: '73.06',
        name: 'Dinas Kominfo Kabupaten Gowa',
        level: 'kabupaten_kota',
        fingerprint: fingerprintOfOffice(gowa),
        file: expect.stringMatching(/^73\.06\/outbox\/00000002-[0-9a-f]{16}\.identity\./),
        keyDiffers: false,
      },
    ]);

    // A fingerprint read wrongly adds nothing.
    await expect(
      acceptFirstContact(province, '73.06', '0'.repeat(64), 'Admin Provinsi'),
    ).rejects.toMatchObject({ key: 'exchange.fingerprintMismatch' });
    expect(exchangeRepository(province.db).offices()).toEqual([]);

    const { office, added } = await acceptFirstContact(
      province,
      '73.06',
      fingerprintOfOffice(gowa)
        .toLowerCase()
        .replace(/(.{4})/g, '$1 '),
      'Admin Provinsi',
    );
    expect(added).toBe(true);
    expect(office).toMatchObject({
      code: '73.06',
      name: 'Dinas Kominfo Kabupaten Gowa',
      fingerprint: fingerprintOfOffice(gowa),
      addedBy: 'Admin Provinsi',
    });
    expect(await firstContacts(province)).toEqual([]);

    const after = await syncOnce(province);
    expect(after.items.map((item) => [item.seq, item.outcome])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
    expect(exchangeRepository(province.db).office('73.06')?.name).toBe(
      'Dinas Kominfo Kabupaten Gowa',
    );
  });

  it('refuses a forged card: the key it carries did not sign it', async () => {
    const { province, gowa, folder } = strangers();
    // An impostor signs a card that carries Gowa's real public key (so its fingerprint is the
    // one Gowa reads out), hoping to be known under it.
    const impostor = ensureOfficeKey(join(folder, '..', 'impostor'));
    const own = exchangeRepository(gowa.db).own()!;
    const payload = JSON.stringify({
      name: own.name,
      code: own.code,
      level: own.level,
      publicKey: own.publicKey,
    });
    const envelope = Buffer.from(JSON.stringify(envelopeFor('73.06', 1, 'identity', payload)));
    await craftFile(
      outboxOf(folder, '73.06'),
      {
        'kiriman.json': envelope,
        'kiriman.sig': signBytes(impostor, envelope),
        'isi.json': payload,
      },
      1,
      'identity',
    );

    expect(await firstContacts(province)).toEqual([]);
    await expect(
      acceptFirstContact(province, '73.06', fingerprintOfOffice(gowa), 'Admin Provinsi'),
    ).rejects.toMatchObject({ key: 'exchange.identitySignature' });
    expect(exchangeRepository(province.db).offices()).toEqual([]);
    // Its own key's fingerprint does not help either: the card still does not verify.
    await expect(
      acceptFirstContact(province, '73.06', fingerprintOf(impostor.publicKey), 'Admin Provinsi'),
    ).rejects.toMatchObject({ key: 'exchange.identitySignature' });
  });

  it('shows a known code with another key as a warning and never adds it from the folder', async () => {
    const { province, gowa, root, folder } = strangers();
    introduce(gowa, province);
    // Another installation claims Gowa's code with a key of its own, honestly self-signed.
    const other = makeOffice(
      join(root, 'lain'),
      '73.06',
      'Diskominfo Kabupaten Gowa',
      'kabupaten_kota',
      folder,
    );
    await sendCard(other);

    expect(await firstContacts(province)).toMatchObject([
      { code: '73.06', fingerprint: fingerprintOfOffice(other), keyDiffers: true },
    ]);
    await expect(
      acceptFirstContact(province, '73.06', fingerprintOfOffice(other), 'Admin Provinsi'),
    ).rejects.toMatchObject({ key: 'exchange.keyChanged' });
    expect(exchangeRepository(province.db).office('73.06')?.fingerprint).toBe(
      fingerprintOfOffice(gowa),
    );
  });

  it('says so when an office has no complete card in the folder', async () => {
    const { province } = strangers();
    await expect(
      acceptFirstContact(province, '73.09', '0'.repeat(64), 'Admin Provinsi'),
    ).rejects.toMatchObject({ key: 'exchange.noIdentityCard', code: 'not_found' });
  });
});
