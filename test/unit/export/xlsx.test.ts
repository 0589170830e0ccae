import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxFormat } from '../../../src/main/export/formats/xlsx';
import { exportLabels } from '../../../src/main/export/labels';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { scheduleRows, type Schedule } from '../../../src/shared/domain/exports';
import { useTempDir } from '../helpers';
import { trickyPost, useDemoOffice } from './fixture';

const labels = exportLabels('id');

async function writeXlsx(dir: string, schedule: Schedule, signal?: AbortSignal) {
  const target = join(dir, 'jadwal.xlsx');
  await writeFileAtomically(target, (out) => xlsxFormat.write(schedule, out, { signal }), signal);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(target);
  return workbook;
}

/** The sheet's rows as arrays of cell values, column A first (exceljs rows are 1-based). */
function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

const lf = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Office-local wall time as exceljs reads a date cell back (its UTC fields are Excel's serial).
 * The demo office is in Asia/Jakarta, UTC+7 all year.
 */
const wib = (instant: string) => new Date(Date.parse(instant) + 7 * 3_600_000);

describe('xlsx export', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();
  // A machine west of UTC: a writer that let the machine's zone in would move 31/12 23:30.
  const machineZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('lists every post × channel with real date cells, a frozen filtered header and a summary', async () => {
    const { schedule, tricky } = await demoOffice();
    const december = schedule();
    const workbook = await writeXlsx(tempDir(), december);

    expect(workbook.creator).toBe('Linimasa');
    expect(workbook.title).toContain(labels.scheduleTitle);
    const sheet = workbook.getWorksheet('Jadwal')!;
    expect(sheet).toBeDefined();
    const values = sheetValues(sheet);
    const c = labels.columns;
    expect(values[0]).toEqual([
      c.date,
      c.day,
      c.time,
      c.zone,
      c.channel,
      c.platform,
      c.format,
      c.title,
      c.caption,
      c.hashtags,
      c.link,
      c.campaign,
      c.pic,
      c.status,
      c.checker,
      c.checkedAt,
      c.approver,
      c.approvedAt,
      c.approvalRecord,
      c.postId,
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:T1');
    expect(sheet.getColumn(9).width).toBeGreaterThanOrEqual(50);
    expect(sheet.getColumn(9).alignment?.wrapText ?? sheet.getCell('I2').alignment?.wrapText).toBe(
      true,
    );

    const rows = scheduleRows(december);
    expect(values).toHaveLength(rows.length + 1);
    expect(december.office.timeZone).toBe('Asia/Jakarta');
    rows.forEach(({ post, channel }, index) => {
      const line = values[index + 1]!;
      expect(line[0]).toEqual(wib(post.scheduledAt));
      expect(line[2]).toBe(post.time);
      expect(line[3]).toBe('WIB');
      expect(line[4]).toBe(channel.name);
      expect(line[5]).toBe(labels.platform(channel.platform));
      expect(line[6]).toBe(labels.format(channel.format));
      expect(line[7]).toBe(post.title);
      expect(line[8]).toBe(lf(channel.caption));
      expect(line[9] ?? '').toBe(post.hashtags.map((t) => `#${t}`).join(' '));
      expect(line[11] ?? '').toBe(post.campaign?.name ?? '');
      expect(line[12] ?? '').toBe(post.assignee?.name ?? '');
      expect(line[13]).toBe(labels.status(post.status));
      expect(line[14] ?? '').toBe(post.checkedBy?.name ?? '');
      expect(line[16]).toBe(post.approvedBy!.name);
      expect(line[17]).toEqual(wib(post.approvedAt!));
      expect(line[19]).toBe(post.id);
    });

    // The 23:30 post on 31 December stays on 31 December in Excel, whatever the machine's zone.
    const last = values.at(-2)!;
    expect(last[19]).toBe(tricky.id);
    const cell = last[0] as Date;
    expect(cell).toBeInstanceOf(Date);
    expect(cell.toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(sheet.getCell(`A${values.length - 1}`).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(last[1]).toBe('Kamis');
    expect(last[7]).toBe(trickyPost.title);
    // Quotes, emoji and accents exact; CRLF becomes Excel's in-cell line break, LF.
    expect(last[8]).toBe(trickyPost.caption.replace('\r\n', '\n'));
    expect(last[9]).toBe('#BebasPungli #Sukamaju');
    expect(values.at(-1)![8]).toBe('Versi pendek untuk X');
  });

  it('sums rows by channel, content pillar and status on the summary sheet', async () => {
    const { schedule } = await demoOffice();
    const all = schedule({
      statuses: ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'cancelled'],
    });
    const workbook = await writeXlsx(tempDir(), all);
    const values = sheetValues(workbook.getWorksheet('Ringkasan')!);
    const rows = scheduleRows(all);
    const s = labels.summary;

    /** The name → count lines of the block titled `title`, and its total. */
    const block = (title: string) => {
      const start = values.findIndex((line) => line?.[0] === title);
      expect(start).toBeGreaterThan(0);
      const lines = new Map<string, number>();
      for (let i = start + 2; ; i++) {
        const [name, count] = values[i] as [string, number];
        if (name === s.total) return { lines, total: count };
        lines.set(name, count);
      }
    };
    const count = (key: (row: (typeof rows)[number]) => string) => {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
      return counts;
    };

    const channels = block(s.byChannel);
    expect(channels.total).toBe(rows.length);
    expect(channels.lines).toEqual(count((r) => r.channel.name));

    const campaigns = block(s.byCampaign);
    expect(campaigns.total).toBe(rows.length);
    expect(campaigns.lines).toEqual(count((r) => r.post.campaign?.name ?? s.noCampaign));
    expect(campaigns.lines.has(s.noCampaign)).toBe(true);

    const statuses = block(s.byStatus);
    expect(statuses.total).toBe(rows.length);
    expect(new Map([...statuses.lines].filter(([, n]) => n > 0))).toEqual(
      count((r) => labels.status(r.post.status)),
    );
    // Every status the export asked for has a line, zero or not.
    expect(statuses.lines.size).toBe(all.filter.statuses.length);
  });

  it('keeps approval times on the wall clock across a daylight-saving change', async () => {
    const { schedule } = await demoOffice();
    const december = schedule();
    // An office in Berlin: clocks go from 02:00 CET to 03:00 CEST at 01:00 UTC on 29 March.
    december.office.timeZone = 'Europe/Berlin';
    const [first, second] = december.posts;
    first!.approvedAt = '2026-03-29T00:30:00.000Z';
    second!.approvedAt = '2026-03-29T01:30:00.000Z';
    const values = sheetValues((await writeXlsx(tempDir(), december)).getWorksheet('Jadwal')!);
    const approvals = new Map(values.slice(1).map((line) => [line[19], line[17]]));
    expect(approvals.get(first!.id)).toEqual(new Date('2026-03-29T01:30:00.000Z'));
    expect(approvals.get(second!.id)).toEqual(new Date('2026-03-29T03:30:00.000Z'));
  });

  it('writes English headings and labels for an English office', async () => {
    const { schedule } = await demoOffice();
    const december = schedule();
    december.office.locale = 'en';
    const workbook = await writeXlsx(tempDir(), december);
    const en = exportLabels('en');
    expect(workbook.getWorksheet('Jadwal')).toBeUndefined();
    const values = sheetValues(workbook.getWorksheet(en.scheduleSheet)!);
    expect(values[0]![0]).toBe('Date');
    expect(values[1]![13]).toBe('Approved');
    expect(values.at(-2)![1]).toBe('Thursday');
    expect(workbook.getWorksheet(en.summary.sheet)).toBeDefined();
  });

  it('stops when cancelled and leaves no file behind', async () => {
    const { schedule } = await demoOffice();
    // The writer itself gives up: cancelled from its first progress report.
    const sink = new PassThrough().resume();
    const controller = new AbortController();
    await expect(
      xlsxFormat.write(schedule(), sink, {
        signal: controller.signal,
        progress: () => controller.abort(),
      }),
    ).rejects.toThrow(/abort/i);

    // And through the atomic file: nothing at the target, no temp file beside it.
    const dir = tempDir();
    const target = join(dir, 'jadwal.xlsx');
    const again = new AbortController();
    const written = writeFileAtomically(
      target,
      (out) =>
        xlsxFormat.write(schedule(), out, {
          signal: again.signal,
          progress: () => again.abort(),
        }),
      again.signal,
    );
    await expect(written).rejects.toThrow(/abort/i);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints on A4 landscape, fit to width, header row on every page, office and period on top', async () => {
    const { schedule, call } = await demoOffice();
    await call('settings.update', { officeName: 'Bagian Prokopim & Humas Setda Kabupaten Gowa' });
    const workbook = await writeXlsx(tempDir(), schedule());
    const sheet = workbook.getWorksheet('Jadwal')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    // Header codes: & starts a code, so the office's own "&" is doubled.
    expect(sheet.headerFooter.oddHeader).toContain('Bagian Prokopim && Humas Setda Kabupaten Gowa');
    expect(sheet.headerFooter.oddHeader).toContain('2026-12-01 – 2026-12-31');
    expect(sheet.headerFooter.oddFooter).toContain('&P');
  });
});
