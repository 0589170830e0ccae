import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import {
  identityFile,
  importOffice,
  setOwnIdentity,
  type ExchangeContext,
} from '../../../src/main/exchange/identity';
import { fingerprintOf } from '../../../src/main/exchange/keys';
import { outboxOf } from '../../../src/main/exchange/outbox';
import { sendPack, sendReport } from '../../../src/main/province/exchange-kinds';
import { provinceReports } from '../../../src/main/province/reports';
import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';
import { exchangeFileName } from '../../../src/shared/exchange/envelope';
import type { OfficeLevel } from '../../../src/shared/exchange/region';
import { acting } from '../acting';
import { belaNegaraPack } from '../province/pack-fixture';
import {
  startSyncthingOffices,
  syncthingAvailable,
  until,
  type SyncthingOffice,
  type SyncthingOffices,
} from './offices';

/**
 * Issue 16's path end to end over real Syncthing on loopback: a province sends a content pack,
 * two regencies adopt, approve and publish its items, their monthly reports come back, and the
 * province's Rekap names who carried the pack, where and how fast. Along the way a regency is
 * paused during a send and another is killed and restarted; a file damaged on the way is refused
 * and changes nothing.
 */

const available = await syncthingAvailable();

interface Office {
  app: LinimasaApp;
  context: ExchangeContext;
  sync: SyncthingOffice;
  call<M extends MethodName>(
    method: M,
    request: RequestOf<M> & { actorId?: string },
  ): Promise<ResponseOf<M>>;
  people: { planner: string; approver: string };
  channels: { instagram: string; facebook: string };
}

const itemA = '0190f0a0-0000-7000-8000-00000000000a';
const itemB = '0190f0a0-0000-7000-8000-00000000000b';
const pack = belaNegaraPack({
  pack: {
    packId: '0190f0a0-0000-7000-8000-0000000000aa',
    instructions: 'Unggah di Instagram dan Facebook kantor masing-masing.',
    deadline: '2026-12-19T15:59:00.000Z',
    sentAt: '2026-12-10T01:00:00.000Z',
  },
  ceremony: {
    itemId: itemA,
    platforms: [
      { platform: 'instagram', format: 'feed', caption: 'Upacara bela negara.' },
      { platform: 'facebook', format: 'post', caption: 'Upacara bela negara.' },
    ],
    hashtags: ['#HariBelaNegara'],
  },
  quote: { itemId: itemB, title: 'Kutipan tokoh bela negara' },
});

describe.skipIf(!available)('province ⇄ regencies through Syncthing', () => {
  let base: string;
  let carriers: SyncthingOffices;
  let province: Office;
  let gowa: Office;
  let maros: Office;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'linimasa-province-'));
    carriers = await startSyncthingOffices(base, ['provinsi', 'gowa', 'maros']);
    const [p, g, m] = carriers.offices as [SyncthingOffice, SyncthingOffice, SyncthingOffice];
    province = await office(base, p, '73', 'Biro Humas Provinsi Sulawesi Selatan', 'provinsi');
    gowa = await office(base, g, '73.06', 'Humas Kabupaten Gowa', 'kabupaten_kota');
    maros = await office(base, m, '73.09', 'Humas Kabupaten Maros', 'kabupaten_kota');
    // Identity files carried by hand, fingerprints confirmed: the province knows both, each knows it.
    for (const [a, b] of [
      [province, gowa],
      [province, maros],
      [gowa, province],
      [maros, province],
    ] as const) {
      const card = identityFile(a.context);
      importOffice(b.context, JSON.stringify(card), fingerprintOf(card.office.publicKey), 'Admin');
    }
    await carriers.waitConnected();
  }, 180_000);

  afterAll(async () => {
    for (const each of [province, gowa, maros]) each?.app.close();
    await carriers?.stop();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('carries a pack down and the reports back, through a paused and a killed regency', async () => {
    // Maros is paused while the province sends: Gowa gets the pack, Maros later.
    await maros.sync.pause();
    await sendPack(province.context, pack);
    const gowaPacks = await arrives(gowa, 'pack');
    expect(gowaPacks).toHaveLength(1);
    expect(await received(maros)).toHaveLength(0);
    await maros.sync.resume();
    await arrives(maros, 'pack');

    // Both adopt item A; Gowa publishes it on both channels, Maros only on Instagram.
    await publishAdopted(gowa, '2026-12-19T00:40:00.000Z', ['instagram', 'facebook']);
    await publishAdopted(maros, '2026-12-19T03:00:00.000Z', ['instagram']);

    // Gowa's Syncthing is killed and restarted before its report travels.
    await gowa.sync.kill();
    await gowa.call('province.sendReport', { actorId: gowa.people.approver, month: '2026-12' });
    await sendReport(maros.context, report(maros, '2027-01-03T02:00:00.000Z'));
    await gowa.sync.start();

    // A copy of Maros's report damaged on the way (one byte flipped) is refused, never applied.
    const marosOutbox = outboxOf(join(base, 'maros-pertukaran'), '73.09');
    const original = readdirSync(marosOutbox).find((name) =>
      name.endsWith('.report.linimasa-kiriman'),
    )!;
    const damaged = Buffer.from(readFileSync(join(marosOutbox, original)));
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
    // Named by its own (damaged) content, as a copy cut or altered on the way would be.
    const damagedName = exchangeFileName(
      99,
      createHash('sha256').update(damaged).digest('hex'),
      'report',
    );
    writeFileSync(join(marosOutbox, damagedName), damaged);

    await until(
      async () => {
        await province.app.services.exchange.sync();
        const reports = provinceReports(province.app.db, province.app.services.report);
        return reports
          .rollup('2026-12', regencies, '2027-01-07T00:00:00.000Z')
          .regencies.every((row) => row.report.state !== 'missing');
      },
      120_000,
      'the regencies’ reports did not reach the province',
    );
    const applied = province.app.services.exchange
      .arrivals()
      .filter((arrival) => arrival.kind === 'report' && arrival.outcome === 'applied');
    expect(applied.map((arrival) => arrival.senderCode).sort()).toEqual(['73.06', '73.09']);
    await until(
      async () => {
        await province.app.services.exchange.sync();
        return province.app.services.exchange
          .arrivals()
          .some((arrival) => arrival.file.endsWith(damagedName));
      },
      120_000,
      'the damaged copy never reached the province',
    );
    const refused = province.app.services.exchange
      .arrivals()
      .find((arrival) => arrival.file.endsWith(damagedName))!;
    expect(refused.outcome).toBe('refused');
    expect(refused.reasonKey).toMatch(/^(exchange|bundle)\./);

    const rollup = provinceReports(province.app.db, province.app.services.report).rollup(
      '2026-12',
      regencies,
      '2027-01-07T00:00:00.000Z',
    );
    expect(
      rollup.regencies.map((row) => [
        row.code,
        row.current.itemsAdopted,
        row.current.itemsPublished,
      ]),
    ).toEqual([
      ['73.06', 1, 1],
      ['73.09', 1, 1],
    ]);
    const upacara = rollup.items.find((row) => row.itemId === itemA)!;
    expect(
      upacara.carriers.map((c) => [
        c.code,
        c.publications.map((p) => p.platform).sort(),
        c.hoursToPublication,
      ]),
    ).toEqual([
      ['73.06', ['facebook', 'instagram'], 9 * 24 - 20 / 60],
      ['73.09', ['instagram'], 9 * 24 + 2],
    ]);

    // Through the contract, the province's own regencies come from the offices it knows.
    const viaContract = await province.call('province.rollup', { month: '2026-12' });
    expect(viaContract.regencies.map((row) => [row.code, row.name, row.report.state])).toEqual([
      ['73.06', 'Humas Kabupaten Gowa', 'on_time'],
      ['73.09', 'Humas Kabupaten Maros', 'on_time'],
    ]);

    // Another pass changes nothing: every file arrived once.
    const before = province.app.services.exchange.arrivals().length;
    await province.app.services.exchange.sync();
    expect(province.app.services.exchange.arrivals().length).toBe(before);
  }, 300_000);

  const regencies = [
    { code: '73.06', name: 'Kabupaten Gowa' },
    { code: '73.09', name: 'Kabupaten Maros' },
  ];

  async function received(office: Office) {
    return office.call('province.received', {});
  }

  async function arrives(office: Office, what: 'pack') {
    let packs: ResponseOf<'province.received'> = [];
    await until(
      async () => {
        await office.app.services.exchange.sync();
        packs = await received(office);
        return packs.length > 0;
      },
      120_000,
      `the ${what} did not reach ${office.sync.name}`,
    );
    return packs;
  }

  async function publishAdopted(
    office: Office,
    at: string,
    platforms: ('instagram' | 'facebook')[],
  ) {
    const { post } = await office.call('province.adopt', {
      actorId: office.people.planner,
      packId: pack.packId,
      itemId: itemA,
    });
    const submitted = await office.call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: office.people.planner,
      action: 'submit',
    });
    await office.call('posts.transition', {
      id: post.id,
      version: submitted.version,
      actorId: office.people.approver,
      action: 'approve',
    });
    await office.call('publications.mark', {
      actorId: office.people.approver,
      items: platforms.map((platform) => ({
        postId: post.id,
        channelId: office.channels[platform],
        publishedAt: at,
        permalink: '',
      })),
    });
  }

  function report(office: Office, sentAt: string) {
    return provinceReports(office.app.db, office.app.services.report).build('2026-12', sentAt);
  }
});

async function office(
  base: string,
  sync: SyncthingOffice,
  code: string,
  name: string,
  level: OfficeLevel,
): Promise<Office> {
  const app = openApp(join(base, `${sync.name}-data`), { sweepAssets: false });
  const context: ExchangeContext = { db: app.db, dataDir: app.paths.root };
  const door = acting(app);
  const call = (async (method: MethodName, request: Record<string, unknown>) => {
    const result = await door(method, request as never);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value;
  }) as Office['call'];
  await call('settings.update', { timeZone: 'Asia/Makassar' });
  const planner = await call('people.create', { name: `Perencana ${code}`, role: 'planner' });
  const approver = await call('people.create', { name: `Kasubag ${code}`, role: 'approver' });
  const instagram = await call('channels.create', { platform: 'instagram', name: `IG ${code}` });
  const facebook = await call('channels.create', { platform: 'facebook', name: `FB ${code}` });
  setOwnIdentity(context, { code, name, level });
  app.services.exchange.setFolder(sync.folder);
  return {
    app,
    context,
    sync,
    call,
    people: { planner: planner.id, approver: approver.id },
    channels: { instagram: instagram.id, facebook: facebook.id },
  };
}
