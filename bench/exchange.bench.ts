import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/main/app';
import { configure } from '../src/main/db/connection';
import { migrate } from '../src/main/db/migrate';
import { exchangeRepository } from '../src/main/db/repositories/exchange';
import {
  identityFile,
  importOffice,
  setOwnIdentity,
  type ExchangeContext,
} from '../src/main/exchange/identity';
import { fingerprintOf } from '../src/main/exchange/keys';
import { sendPack, sendReport } from '../src/main/province/exchange-kinds';
import { provinceReports } from '../src/main/province/reports';
import type { ContentPack } from '../src/shared/domain/province-pack';
import type { RegencyReport } from '../src/shared/domain/province-report';
import { round } from './lib/measure';
import type { Benchmark } from './lib/types';

/**
 * `exchange.rollup_24_s`: a province receives 24 regencies' monthly reports (signed files in the
 * exchange folder, each with the state of 60 pack items) and computes the Rekap provinsi: the
 * sync pass (signature and hash checks, one transaction per file) plus the roll-up. Target ≤ 2 s.
 * The roll-up alone is reported beside it.
 */
const regencyCount = 24;
const itemCount = 60;

const id = (n: number) => `0190f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`;

function pack(): ContentPack {
  return {
    packId: id(999_999),
    version: 1,
    title: 'Paket Desember',
    instructions: '',
    deadline: '2026-12-31T15:59:00.000Z',
    sentAt: '2026-11-25T01:00:00.000Z',
    items: Array.from({ length: itemCount }, (_, i) => ({
      itemId: id(i + 1),
      title: `Butir ${i + 1}`,
      suggestedDate: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
      suggestedTime: '08:00',
      platforms: [
        { platform: 'instagram' as const, format: 'feed' as const, caption: 'Keterangan' },
      ],
      hashtags: [],
      instructions: '',
      media: [],
    })),
  };
}

function report(regency: number, items: ContentPack['items']): RegencyReport {
  return {
    month: '2026-12',
    sentAt: '2027-01-03T02:00:00.000Z',
    totals: {
      plannedPosts: 90,
      publishedPosts: 80 + (regency % 10),
      plannedChannels: 300,
      publishedChannels: 270 + regency,
      onTimeChannels: 250,
      outsidePlan: 4,
      views: 120_000 + regency * 1000,
      reach: 80_000 + regency * 500,
      engagement: 9_000,
    },
    channels: [],
    packItems: items
      .filter((_, i) => (i + regency) % 5 !== 0)
      .map((item, i) => ({
        packId: id(999_999),
        packVersion: 1,
        itemId: item.itemId,
        adoptedAt: '2026-11-26T01:00:00.000Z',
        scheduledAt: `${item.suggestedDate}T00:00:00.000Z`,
        approvedAt: '2026-11-28T01:00:00.000Z',
        publications:
          i % 3 === 0
            ? []
            : [
                {
                  platform: 'instagram' as const,
                  publishedAt: `${item.suggestedDate}T0${regency % 10}:00:00.000Z`,
                  permalink: `https://www.instagram.com/p/k${regency}b${i}/`,
                },
              ],
      })),
  };
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['exchange.rollup_24_s'],
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-exchange-'));
      const folder = join(dir, 'pertukaran');
      mkdirSync(folder);
      const province = openApp(join(dir, 'provinsi'), { sweepAssets: false });
      const regencies: { context: ExchangeContext; db: Database.Database }[] = [];
      try {
        const provinceContext: ExchangeContext = { db: province.db, dataDir: province.paths.root };
        setOwnIdentity(provinceContext, { code: '73', name: 'Provinsi', level: 'provinsi' });
        exchangeRepository(province.db).setFolder(folder);
        const sent = pack();
        await sendPack(provinceContext, sent);
        for (let n = 1; n <= regencyCount; n += 1) {
          const dataDir = join(dir, `kab-${n}`);
          mkdirSync(dataDir);
          const db = new Database(join(dataDir, 'linimasa.db'));
          configure(db);
          migrate(db);
          const context = { db, dataDir };
          const code = `73.${String(n).padStart(2, '0')}`;
          setOwnIdentity(context, { code, name: `Kabupaten ${n}`, level: 'kabupaten_kota' });
          exchangeRepository(db).setFolder(folder);
          const card = identityFile(context);
          importOffice(
            provinceContext,
            JSON.stringify(card),
            fingerprintOf(card.office.publicKey),
            'Admin',
          );
          const provinceCard = identityFile(provinceContext);
          importOffice(
            context,
            JSON.stringify(provinceCard),
            fingerprintOf(provinceCard.office.publicKey),
            'Admin',
          );
          await sendReport(context, report(n, sent.items));
          regencies.push({ context, db });
        }

        const started = performance.now();
        const pass = await province.services.exchange.sync();
        const reports = provinceReports(province.db, province.services.report);
        const regencyList = reports.regencies();
        const rollupStarted = performance.now();
        const rollup = reports.rollup('2026-12', regencyList, '2027-01-07T00:00:00.000Z');
        const ended = performance.now();
        const applied = pass.items.filter((item) => item.outcome === 'applied').length;
        if (applied !== regencyCount || rollup.regencies.length !== regencyCount) {
          throw new Error(`expected ${regencyCount} reports, applied ${applied}`);
        }
        process.stderr.write(`  roll-up alone: ${round(ended - rollupStarted, 1)} ms\n`);
        return [
          { name: 'exchange.rollup_24_s', value: round((ended - started) / 1000, 3), unit: 's' },
        ];
      } finally {
        province.close();
        for (const each of regencies) each.db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
