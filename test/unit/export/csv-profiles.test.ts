import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { exportFilterSchema, scheduleRows } from '../../../src/shared/domain/exports';
import { postStatuses } from '../../../src/shared/domain/post-status';
import { planCsvFiles } from '../../../src/main/export/formats/csv-files';
import { checkBulkLimits } from '../../../src/main/export/formats/csv-limits';
import { useTempDir } from '../helpers';
import { repeated } from './text-formats';
import { useDemoOffice } from './fixture';
import { readStrict } from './strict-csv';

/** Every file of a zip, by name, as text. */
async function unzip(path: string): Promise<Map<string, string>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  const files = new Map<string, string>();
  try {
    // Entries first, then their data: reading inside the directory walk stalls yauzl.
    const entries = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    for (const entry of entries) {
      files.set(entry.fileName, await text(await zip.openReadStreamPromise(entry)));
    }
  } finally {
    zip.close();
  }
  return files;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('bulk layouts: one file per profile', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();
  const december = exportFilterSchema.parse({ from: '2026-12-01', to: '2026-12-31' });

  it('writes a zip of one CSV per channel, named after it, each post once per file', async () => {
    const { app, schedule } = await demoOffice();
    const expected = schedule();
    expect(expected.channels.length).toBeGreaterThan(1);
    const target = join(tempDir(), 'keluar.zip');
    const { record } = await app.services.exports.write(
      { filter: december, format: 'csv', preset: 'buffer', actorId: null },
      { target },
    );
    expect(record.fileName).toBe('jadwal-2026-12-buffer.zip');
    const files = await unzip(target);
    expect([...files.keys()]).toEqual(
      expected.channels.map((channel) => `buffer-${slug(channel.name)}-2026-12.csv`),
    );
    const rows = scheduleRows(expected);
    let total = 0;
    for (const channel of expected.channels) {
      const csv = files.get(`buffer-${slug(channel.name)}-2026-12.csv`)!;
      const { records } = readStrict(Buffer.from(csv));
      const mine = rows.filter((row) => row.channel.channelId === channel.id);
      expect(records[0]).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
      expect(records.slice(1)).toHaveLength(mine.length);
      expect(records.slice(1).map((r) => r[3])).toEqual(
        mine.map((row) => `${row.post.date} ${row.post.time}`),
      );
      total += mine.length;
    }
    expect(total).toBe(rows.length);
  });

  it('writes one plain CSV for the channel chosen', async () => {
    const { app, channels, schedule } = await demoOffice();
    const filter = { ...december, channelIds: [channels[0]!.id] };
    const target = join(tempDir(), 'satu.csv');
    const { record } = await app.services.exports.write(
      { filter, format: 'csv', preset: 'sprout', actorId: null },
      { target },
    );
    expect(record.fileName).toBe(`sprout-${slug(channels[0]!.name)}-2026-12.csv`);
    const { records } = readStrict(readFileSync(target));
    expect(records).toHaveLength(
      1 + scheduleRows(schedule({ channelIds: [channels[0]!.id] })).length,
    );
  });

  it('names the posts that break Sprout’s 10 minutes, in the preview and the CLI', async () => {
    const { app, call, people, channels } = await demoOffice();
    const planner = people.find((p) => p.role === 'planner')!;
    const approver = people.find((p) => p.role === 'approver')!;
    for (const [title, time] of [
      ['Apel pagi Bupati', '08:00'],
      ['Siaran pers banjir', '08:05'],
    ] as const) {
      const post = await call('posts.create', {
        actorId: planner.id,
        title,
        caption: title,
        channels: [{ channelId: channels[1]!.id, format: 'feed' }],
        schedule: { date: '2026-12-20', time },
      });
      const submitted = await call('posts.transition', {
        id: post.id,
        version: post.version,
        actorId: planner.id,
        action: 'submit',
        acknowledgeWarnings: true,
      });
      await call('posts.transition', {
        id: post.id,
        version: submitted.version,
        actorId: approver.id,
        action: 'approve',
        acknowledgeWarnings: true,
      });
    }
    const preview = await call('exports.preview', {
      filter: { from: '2026-12-01', to: '2026-12-31' },
      preset: 'sprout',
    });
    const close = preview.bulk!.issues.filter((issue) => issue.kind === 'tooClose');
    expect(close).toContainEqual(
      expect.objectContaining({
        channelId: channels[1]!.id,
        limit: 10,
        posts: [
          expect.objectContaining({ title: 'Apel pagi Bupati', time: '08:00' }),
          expect.objectContaining({ title: 'Siaran pers banjir', time: '08:05' }),
        ],
      }),
    );

    const dataDir = app.paths.root;
    app.close();
    const out: string[] = [];
    const err: string[] = [];
    const cli = (...argv: string[]) =>
      runCli(
        [
          'export',
          '--from',
          '2026-12-01',
          '--to',
          '2026-12-31',
          '--format',
          'csv',
          ...argv,
          '--data-dir',
          dataDir,
        ],
        { out: (line) => out.push(line), err: (line) => err.push(line), env: {} },
      );
    // Several channels into one .csv would put every profile in one file: refused, explained.
    expect(await cli('--preset', 'sprout', '--out', join(tempDir(), 'sprout.csv'))).toBe(2);
    expect(err.join('\n')).toContain('--channel');
    out.length = 0;
    const target = join(tempDir(), 'sprout.csv');
    expect(await cli('--preset', 'sprout', '--channel', channels[1]!.id, '--out', target)).toBe(0);
    expect(out.join('\n')).toContain(
      '"Apel pagi Bupati" (Minggu, 20 Desember 2026 08.00) dan "Siaran pers banjir" (Minggu, 20 Desember 2026 08.05) terlalu berdekatan',
    );
    expect(out.join('\n')).toContain('paling sedikit 10 menit');
    expect(readStrict(readFileSync(target)).records[0]).toEqual([
      'date',
      'time_24hr',
      'message_text',
    ]);
  });

  it('says which posts of the range the status filter leaves out', async () => {
    const { call } = await demoOffice();
    const preview = await call('exports.preview', {
      filter: { from: '2026-12-01', to: '2026-12-31' },
    });
    expect(preview.leftOut.map((entry) => entry.status)).toContain('in_review');
    expect(preview.leftOut.every((entry) => entry.count > 0)).toBe(true);
    const all = await call('exports.preview', {
      filter: {
        from: '2026-12-01',
        to: '2026-12-31',
        statuses: [...postStatuses],
      },
    });
    expect(all.leftOut).toEqual([]);
  });

  it('splits a profile at the tool’s rows per file, parts numbered', async () => {
    const { schedule, channels } = await demoOffice();
    // Buffer takes 100 rows per file: 120 copies of December's first channel make several.
    const big = repeated(schedule({ channelIds: [channels[0]!.id] }), 120);
    const rows = scheduleRows(big).length;
    expect(rows).toBeGreaterThan(200);
    const files = planCsvFiles(big, 'buffer');
    const parts = Math.ceil(rows / 100);
    expect(files.map((file) => file.name)).toEqual(
      Array.from(
        { length: parts },
        (_, i) => `buffer-${slug(channels[0]!.name)}-2026-12-bagian-${i + 1}.csv`,
      ),
    );
    expect(files.every((file) => file.rows.length <= 100)).toBe(true);
    expect(files.reduce((sum, file) => sum + file.rows.length, 0)).toBe(rows);
    expect(checkBulkLimits(big, 'buffer', files)).toContainEqual(
      expect.objectContaining({ kind: 'split', limit: 100, parts }),
    );
    // Sprout takes 350: one file.
    expect(planCsvFiles(big, 'sprout').length).toBe(Math.ceil(rows / 350));
  });
});
