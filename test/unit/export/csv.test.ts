import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import csvPresetsJson from '../../../resources/csv-presets.json';
import { csvFormat } from '../../../src/main/export/formats/csv';
import { csvPresets } from '../../../src/main/export/formats/csv-presets';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { loadCsvPresets } from '../../../src/shared/domain/csv-presets';
import { scheduleRows, type CsvPresetId, type Schedule } from '../../../src/shared/domain/exports';
import { composeCaption } from '../../../src/shared/domain/hashtags';
import { catalogs } from '../../../src/shared/i18n';
import { useTempDir } from '../helpers';
import { trickyPost, useDemoOffice } from './fixture';
import { readStrict } from './strict-csv';
import { abortAfterFirstChunk, repeated } from './text-formats';

describe('CSV export', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  async function exportCsv(schedule: Schedule, preset?: CsvPresetId) {
    const progress: [number, number][] = [];
    const file = join(tempDir(), `jadwal-${preset ?? 'standard'}.csv`);
    await writeFileAtomically(file, (out) =>
      csvFormat.write(schedule, out, { preset, progress: (d, t) => progress.push([d, t]) }),
    );
    const bytes = await readFile(file);
    // Strict: any unquoted line break ends a record, so a bare LF inside a caption would show.
    const { records } = readStrict(bytes);
    return { bytes, records, progress };
  }

  it('writes the full table: BOM, localized header, one exact row per post × channel', async () => {
    const { schedule, tricky } = await demoOffice();
    const december = schedule();
    const { bytes, records, progress } = await exportCsv(december);

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(-2).toString()).toBe('\r\n');
    const columns = catalogs.id.exportFile.columns;
    expect(records[0]).toEqual([
      columns.date,
      columns.day,
      columns.time,
      columns.zone,
      columns.channel,
      columns.platform,
      columns.format,
      columns.title,
      columns.caption,
      columns.hashtags,
      columns.link,
      columns.campaign,
      columns.pic,
      columns.status,
      columns.approver,
      columns.approvedAt,
      columns.postId,
    ]);
    const rows = scheduleRows(december);
    expect(records.slice(1)).toHaveLength(rows.length);
    const byHeader = records
      .slice(1)
      .map((record) => Object.fromEntries(records[0]!.map((header, i) => [header, record[i]])));
    rows.forEach(({ post, channel }, i) => {
      expect(byHeader[i]).toMatchObject({
        [columns.date]: post.date,
        [columns.time]: post.time,
        [columns.zone]: 'WIB',
        [columns.channel]: channel.name,
        [columns.title]: post.title,
        [columns.caption]: channel.caption,
        [columns.status]: catalogs.id.approval.status[post.status],
        [columns.pic]: post.assignee?.name ?? '',
        [columns.approver]: post.approvedBy?.name ?? '',
        [columns.postId]: post.id,
      });
    });

    // The tricky post survives quoting: quotes, commas, semicolons, CRLF inside, emoji.
    const last = byHeader.filter((row) => row[columns.postId] === tricky.id);
    expect(last.map((row) => row[columns.caption])).toEqual([
      trickyPost.caption,
      'Versi pendek untuk X',
    ]);
    expect(last[0]).toMatchObject({
      [columns.date]: '2026-12-31',
      [columns.day]: 'Kamis',
      [columns.time]: '23:30',
      [columns.title]: trickyPost.title,
      [columns.hashtags]: '#BebasPungli #Sukamaju',
      [columns.status]: 'Disetujui',
    });
    const approved = new Date(tricky.approvedAt!);
    const wib = new Date(approved.getTime() + 7 * 3_600_000).toISOString();
    expect(last[0]![columns.approvedAt]).toBe(`${wib.slice(0, 10)} ${wib.slice(11, 16)}`);
    expect(progress.at(-1)).toEqual([rows.length, rows.length]);
  });

  it('follows the office language for headings and words', async () => {
    const { schedule, call } = await demoOffice();
    await call('settings.update', { locale: 'en' });
    const { records } = await exportCsv(schedule());
    expect(records[0]!.slice(0, 3)).toEqual(['Date', 'Day', 'Time']);
    expect(records.at(-1)!.slice(0, 3)).toEqual(['2026-12-31', 'Thursday', '23:30']);
    expect(records.at(-1)![13]).toBe('Approved');
  });

  it('writes Buffer’s exact columns, Posting Time as YYYY-MM-DD HH:mm, no BOM', async () => {
    const { schedule, tricky, channels } = await demoOffice();
    // One profile per file (see csv-profiles.test.ts): the first channel's.
    const december = schedule({ channelIds: [channels[0]!.id] });
    const { bytes, records } = await exportCsv(december, 'buffer');
    expect(bytes.subarray(0, 5).toString()).toBe('Text,');
    expect(records[0]).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
    expect(records).toHaveLength(scheduleRows(december).length + 1);
    for (const record of records.slice(1)) {
      expect(record[3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(record[1]).toBe('');
    }
    const post = december.posts.find((p) => p.id === tricky.id)!;
    expect(records.at(-1)).toEqual([
      composeCaption(trickyPost.caption, ['BebasPungli', 'Sukamaju']),
      '',
      post.tags.join(', '),
      '2026-12-31 23:30',
    ]);
    expect(records.at(-1)![0]).toContain('#BebasPungli #Sukamaju');
  });

  it('writes Sprout Social’s date, time_24hr and message_text', async () => {
    const { schedule, channels } = await demoOffice();
    const { records } = await exportCsv(schedule({ channelIds: [channels[2]!.id] }), 'sprout');
    expect(records[0]).toEqual(['date', 'time_24hr', 'message_text']);
    expect(records.at(-1)!.slice(0, 2)).toEqual(['31/12/2026', '23:30']);
    expect(records.at(-1)![2]).toBe('Versi pendek untuk X\n\n#BebasPungli #Sukamaju');
  });

  it('writes Hootsuite’s headerless date-time, message, link', async () => {
    const { schedule, channels } = await demoOffice();
    const december = schedule({ channelIds: [channels[0]!.id] });
    const { records } = await exportCsv(december, 'hootsuite');
    expect(records).toHaveLength(scheduleRows(december).length);
    const first = scheduleRows(december)[0]!;
    const [date, month, year] = [
      first.post.date.slice(8),
      first.post.date.slice(5, 7),
      first.post.date.slice(0, 4),
    ];
    expect(records[0]).toEqual([
      `${date}/${month}/${year} ${first.post.time}`,
      composeCaption(first.channel.caption, first.post.hashtags),
      first.post.link,
    ]);
    expect(records.at(-1)![0]).toBe('31/12/2026 23:30');
  });

  it('writes just the header for an empty range', async () => {
    const { schedule } = await demoOffice();
    const { records } = await exportCsv(schedule({ from: '2026-11-01', to: '2026-11-02' }));
    expect(records).toHaveLength(1);
  });

  it('stops when cancelled and leaves no file', async () => {
    const { schedule } = await demoOffice();
    const controller = new AbortController();
    controller.abort();
    const file = join(tempDir(), 'batal.csv');
    await expect(
      writeFileAtomically(
        file,
        (out) => csvFormat.write(schedule(), out, { signal: controller.signal }),
        controller.signal,
      ),
    ).rejects.toThrow();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(
      csvFormat.write(schedule(), new PassThrough(), { signal: controller.signal }),
    ).rejects.toThrow();
  });

  it('notices cancellation between chunks of rows', async () => {
    const { schedule } = await demoOffice();
    const big = repeated(schedule(), 200); // 1,600 rows
    const { reports, text } = await abortAfterFirstChunk(csvFormat, big);
    expect(reports).toEqual([[500, scheduleRows(big).length]]);
    const records = parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(records).toHaveLength(1 + 500);
  });
});

describe('CSV presets file', () => {
  it('offers the four presets in the file’s order, each with its source', () => {
    const presets = csvPresets();
    expect(presets.map((p) => p.id)).toEqual(['standard', 'buffer', 'sprout', 'hootsuite']);
    for (const preset of presets) {
      expect(preset.source.length).toBeGreaterThan(10);
      expect(preset.label.id).not.toBe('');
      expect(preset.description.en).not.toBe('');
    }
    expect(presets.find((p) => p.id === 'buffer')!.description.en).toMatch(/Image URL/);
    // Each layout says what it does with formula-like cells, and why.
    const formulas = loadCsvPresets(csvPresetsJson);
    expect([...formulas.values()].map((p) => p.formulas.action)).toEqual([
      'neutralise',
      'keep',
      'keep',
      'keep',
    ]);
    for (const preset of formulas.values()) expect(preset.formulas.source).toMatch(/OWASP/);
  });

  const broken = (change: (file: typeof csvPresetsJson) => unknown) => () =>
    loadCsvPresets(change(structuredClone(csvPresetsJson)));

  it('refuses a broken file', () => {
    expect(() => loadCsvPresets(csvPresetsJson)).not.toThrow();
    // An unknown value kind.
    expect(
      broken((file) => {
        file.presets[1]!.columns[0]!.field = 'captionn';
        return file;
      }),
    ).toThrow(/field/);
    // A preset missing.
    expect(broken((file) => ({ ...file, presets: file.presets.slice(1) }))).toThrow(/standard/);
    // A preset twice.
    expect(broken((file) => ({ ...file, presets: [...file.presets, file.presets[2]] }))).toThrow(
      /sprout/,
    );
    // A column with both an exact header and a label.
    expect(
      broken((file) => {
        Object.assign(file.presets[0]!.columns[0]!, { header: 'Tanggal' });
        return file;
      }),
    ).toThrow(/header atau label/);
    // No source.
    expect(
      broken((file) => {
        file.presets[2]!.source = ' ';
        return file;
      }),
    ).toThrow(/source/);
    expect(() => loadCsvPresets({ version: 2, presets: [] })).toThrow();
  });
});
