import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../src/main/analytics/parse-export';
import { readCsv, readXlsx } from '../../../src/main/analytics/read-table';
import { parseCount } from '../../../src/main/analytics/values';
import { createApproved, useOffice } from '../posts/fixture';

const office = useOffice();
type Setup = Awaited<ReturnType<typeof office>>;
const fixtures = join(__dirname, '../../fixtures/analytics');
const fixture = (name: string) => join(fixtures, name);

async function rowsOf(name: string) {
  const bytes = readFileSync(fixture(name));
  const table = name.endsWith('.xlsx') ? await readXlsx(bytes) : readCsv(bytes);
  return parseExport(table, 'auto', 'Asia/Jakarta');
}

/** The month of the fixtures (see test/fixtures/analytics/make-fixtures.ts). */
async function plannedMonth(setup: Setup) {
  const { call, people, channels } = setup;
  const approved = async (
    title: string,
    caption: string,
    date: string,
    time: string,
    on: string[],
  ) => {
    return createApproved(setup, {
      title,
      caption,
      channels: on.map((channelId) => ({ channelId, format: 'post' as const })),
      schedule: { date, time },
    });
  };
  const ig = channels.instagram.id;
  const walk = await approved(
    'Jalan sehat HUT Kabupaten',
    'Jalan sehat HUT Kabupaten Contoh, ayo ikut!',
    '2026-12-01',
    '09:00',
    [ig, channels.x.id, channels.youtube.id],
  );
  await call('publications.mark', {
    actorId: people.bambang.id,
    items: [{ postId: walk.id, channelId: ig, permalink: 'https://instagram.com/p/JLN001' }],
  });
  const vaccine = await approved(
    'Vaksinasi gratis',
    'Vaksinasi gratis di Puskesmas Kota, Rabu 3 Desember',
    '2026-12-03',
    '10:00',
    [ig],
  );
  const meeting = await approved(
    'Rapat koordinasi',
    'Rapat koordinasi camat',
    '2026-12-05',
    '09:00',
    [ig],
  );
  const review = await approved('Rapat evaluasi', 'Rapat evaluasi program', '2026-12-05', '14:00', [
    ig,
  ]);
  return { walk, vaccine, meeting, review };
}

const latestFigures = (setup: Setup, postId: string) =>
  setup.app.db
    .prepare(
      `SELECT as_of, views, reach, likes, comments, shares, saves FROM figure_snapshots
        WHERE post_id = ? ORDER BY as_of DESC LIMIT 1`,
    )
    .get(postId);

describe('numbers and columns of the exports', () => {
  it('reads counts in both conventions and refuses what is not a count', () => {
    expect(parseCount('12,400')).toBe(12400);
    expect(parseCount('12.400')).toBe(12400);
    expect(parseCount('1.234.567')).toBe(1234567);
    expect(parseCount('12,400.00')).toBe(12400);
    expect(parseCount('12.400,00')).toBe(12400);
    expect(parseCount(' 980 ')).toBe(980);
    expect(parseCount('')).toBeNull();
    expect(parseCount('12,4')).toBeUndefined();
    expect(parseCount('1.2K')).toBeUndefined();
    expect(parseCount('banyak')).toBeUndefined();
  });

  it.each([
    ['meta-instagram.csv', 'instagram', 4],
    ['meta-instagram.xlsx', 'instagram', 4],
    ['meta-instagram-impressions.csv', 'instagram', 4],
    ['meta-facebook.csv', 'facebook', 2],
    ['meta-facebook.xlsx', 'facebook', 2],
    ['tiktok-studio.csv', 'tiktok', 2],
    ['tiktok-studio.xlsx', 'tiktok', 2],
    ['youtube-studio.csv', 'youtube', 2],
    ['youtube-studio.xlsx', 'youtube', 2],
    ['x-analytics.csv', 'x', 2],
    ['x-analytics.xlsx', 'x', 2],
    ['x-analytics-legacy.csv', 'x', 1],
  ])('%s is read as %s with %i rows (a Total row skipped)', async (name, platform, count) => {
    const parsed = await rowsOf(name);
    expect(parsed.platform).toBe(platform);
    expect(parsed.rows).toHaveLength(count);
  });

  it('reads the same figures from CSV, XLSX and the older renamed columns', async () => {
    const csv = await rowsOf('meta-instagram.csv');
    const xlsx = await rowsOf('meta-instagram.xlsx');
    const older = await rowsOf('meta-instagram-impressions.csv');
    const strip = (rows: typeof csv.rows) => rows.map(({ line: _line, ...rest }) => rest);
    expect(strip(xlsx.rows)).toEqual(strip(csv.rows));
    expect(strip(older.rows)).toEqual(strip(csv.rows));
    expect(csv.rows[0]).toMatchObject({
      platformPostId: '18000000000000001',
      day: '2026-12-01',
      instant: '2026-12-01T02:02:00.000Z',
      figures: { views: 12400, reach: 9870, likes: 1204, shares: 35, comments: 48, saves: 20 },
    });
    expect(older.columns.views).toBe('Impressions');
    for (const name of ['tiktok-studio', 'youtube-studio', 'x-analytics', 'meta-facebook']) {
      const a = await rowsOf(`${name}.csv`);
      const b = await rowsOf(`${name}.xlsx`);
      expect(strip(b.rows), name).toEqual(strip(a.rows));
    }
  });

  it('reads each platform’s dates in the office zone, or at the offset the file gives', async () => {
    expect((await rowsOf('youtube-studio.csv')).rows[0]).toMatchObject({
      platformPostId: 'JLNsehat001',
      day: '2026-12-01',
      instant: null,
    });
    expect((await rowsOf('x-analytics-legacy.csv')).rows[0]).toMatchObject({
      day: '2026-12-01',
      instant: '2026-12-01T02:00:00.000Z',
      figures: { views: 3400, likes: 61, comments: 7, shares: 12 },
    });
    expect((await rowsOf('x-analytics.csv')).rows[1]).toMatchObject({ day: '2026-12-07' });
    expect((await rowsOf('tiktok-studio.csv')).rows[0]).toMatchObject({
      platformPostId: '7400000000000000001',
      instant: '2026-12-01T02:00:00.000Z',
    });
  });
});

describe('importing an export', () => {
  it('dry run: matched by link and by day + caption, one uncertain, one outside the plan; nothing written', async () => {
    const setup = await office();
    await plannedMonth(setup);
    const result = await setup.call('analytics.import', {
      actorId: setup.people.bambang.id,
      path: fixture('meta-instagram.csv'),
      dryRun: true,
    });
    expect(result).toMatchObject({
      platform: 'instagram',
      channelId: setup.channels.instagram.id,
      written: false,
      counts: { matched: 2, uncertain: 1, unmatched: 1, unchanged: 0, skipped: 0 },
    });
    expect(result.review).toHaveLength(1);
    expect(result.review[0]!.row).toBe(4);
    expect(result.review[0]!.candidates.map((c) => c.title).sort()).toEqual([
      'Rapat evaluasi',
      'Rapat koordinasi',
    ]);
    const db = setup.app.db;
    for (const table of ['figure_snapshots', 'analytics_imports', 'unplanned_publications']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('imports with the uncertain row resolved, then a re-import changes nothing and a newer export adds a snapshot', async () => {
    const setup = await office();
    const { call, people } = setup;
    const month = await plannedMonth(setup);
    const imported = await call('analytics.import', {
      actorId: people.bambang.id,
      path: fixture('meta-instagram.csv'),
      asOf: '2026-12-10',
      resolutions: [{ row: 4, target: { postId: month.meeting.id } }],
    });
    expect(imported).toMatchObject({
      written: true,
      counts: { matched: 3, uncertain: 0, unmatched: 1, unchanged: 0 },
    });
    expect(latestFigures(setup, month.walk.id)).toEqual({
      as_of: '2026-12-10',
      views: 12400,
      reach: 9870,
      likes: 1204,
      comments: 48,
      shares: 35,
      saves: 20,
    });
    // The vaccine post went out on its one channel: published, with the link from the file.
    const vaccine = await call('posts.get', { id: month.vaccine.id });
    expect(vaccine).toMatchObject({
      status: 'published',
      permalink: 'https://www.instagram.com/p/VKS002/',
      publishedAt: '2026-12-03T03:05:00.000Z',
    });
    const outside = setup.app.db
      .prepare('SELECT caption, permalink FROM unplanned_publications')
      .all();
    expect(outside).toEqual([
      { caption: 'Selamat Hari Juang Kartika', permalink: 'https://www.instagram.com/p/HJK004/' },
    ]);

    const again = await call('analytics.import', {
      actorId: people.bambang.id,
      path: fixture('meta-instagram.csv'),
      asOf: '2026-12-11',
    });
    expect(again).toMatchObject({
      alreadyImported: true,
      written: false,
      counts: { matched: 0, uncertain: 0, unmatched: 0, unchanged: 4 },
    });

    const newer = await call('analytics.import', {
      actorId: people.bambang.id,
      path: fixture('meta-instagram-later.csv'),
      asOf: '2026-12-17',
    });
    expect(newer).toMatchObject({
      written: true,
      counts: { matched: 1, uncertain: 0, unmatched: 0, unchanged: 3 },
    });
    expect(latestFigures(setup, month.walk.id)).toMatchObject({
      as_of: '2026-12-17',
      views: 15000,
      reach: 11200,
    });
    expect(
      setup.app.db
        .prepare('SELECT count(*) AS n FROM figure_snapshots WHERE post_id = ?')
        .get(month.walk.id),
    ).toEqual({ n: 2 });
  });

  it('keeps an unresolved uncertain row for review and settles it later', async () => {
    const setup = await office();
    const { call, people } = setup;
    const month = await plannedMonth(setup);
    await call('analytics.import', {
      actorId: people.bambang.id,
      path: fixture('meta-instagram.csv'),
      asOf: '2026-12-10',
    });
    const pending = await call('analytics.pending', {});
    expect(pending).toHaveLength(1);
    expect(pending[0]!.candidates.map((c) => c.postId).sort()).toEqual(
      [month.meeting.id, month.review.id].sort(),
    );
    await call('analytics.resolve', {
      actorId: people.bambang.id,
      id: pending[0]!.id,
      target: { postId: month.review.id },
    });
    expect(await call('analytics.pending', {})).toEqual([]);
    expect(latestFigures(setup, month.review.id)).toMatchObject({ views: 2300 });
  });

  it('refuses a malformed row naming row and column, and writes nothing', async () => {
    const setup = await office();
    await plannedMonth(setup);
    const error = await setup.fail('analytics.import', {
      actorId: setup.people.bambang.id,
      path: fixture('meta-instagram-malformed.csv'),
    });
    expect(error).toMatchObject({
      code: 'invalid_request',
      key: 'analytics.badNumber',
      message: 'Baris 4, kolom "Views": "banyak" bukan angka.',
    });
    expect(setup.app.db.prepare('SELECT count(*) AS n FROM analytics_imports').get()).toEqual({
      n: 0,
    });
  });

  it('names the spreadsheet row, not the line, after a caption with line breaks', () => {
    const csv = [
      'Post ID,Publish time,Permalink,Description,Views',
      '1,12/01/2026 09:00,https://www.instagram.com/p/A1/,"Baris satu',
      'baris dua',
      'baris tiga",10',
      '2,12/02/2026 09:00,https://www.instagram.com/p/A2/,Biasa,banyak',
    ].join('\n');
    const table = readCsv(Buffer.from(csv));
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(() => parseExport(table, 'instagram', 'Asia/Jakarta')).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ row: 3 }) }),
    );
  });

  it('YouTube: the Total row is skipped and the video is matched by day and title', async () => {
    const setup = await office();
    const month = await plannedMonth(setup);
    const result = await setup.call('analytics.import', {
      actorId: setup.people.bambang.id,
      path: fixture('youtube-studio.xlsx'),
      asOf: '2026-12-10',
    });
    expect(result).toMatchObject({
      platform: 'youtube',
      rows: 2,
      counts: { matched: 1, unmatched: 1, uncertain: 0 },
    });
    expect(latestFigures(setup, month.walk.id)).toMatchObject({ views: 4100 });
  });
});
