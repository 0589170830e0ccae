import { format as formatDate } from 'date-fns';
import { enUS, id as indonesian } from 'date-fns/locale';
import type ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { scheduleRows, type Schedule, type ScheduleRow } from '../../../shared/domain/exports';
import { postStatuses } from '../../../shared/domain/post-status';
import { parseLocalDate, wallClockIn } from '../../../shared/time';
import { exportLabels, type ExportLabels } from '../labels';
import type { FormatOptions, FormatWriter } from './types';

/** Rows between progress reports, and between pauses that let the zip stream drain. */
const batch = 500;

const dateTimeFormat = 'dd/mm/yyyy hh:mm';

/**
 * Excel has no time zones: a date cell is a wall-clock reading. exceljs turns a `Date` into a
 * serial from its UTC fields, so the office-local wall time goes in as those fields, and
 * 23:30 WIB on 31 December reads "31/12/2026 23:30" on any machine.
 */
function wallClock(date: string, time: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/**
 * Excel's line break inside a cell is LF (Alt+Enter). A CR cannot survive anyway: XML parsers
 * turn CRLF into LF (XML 1.0 §2.11) and a lone CR into LF, so we write what will be read.
 */
const cellText = (text: string) => text.replace(/\r\n?/g, '\n');

function dayNames(locale: Schedule['office']['locale']) {
  const cache = new Map<string, string>();
  const dateLocale = locale === 'en' ? enUS : indonesian;
  return (date: string) => {
    let name = cache.get(date);
    if (name === undefined) {
      // The UTC fields of `wallClock` name the day; formatting reads local fields, hence the
      // plain local-noon date built from them (noon survives any daylight-saving change).
      const { year, month, day } = parseLocalDate(date);
      name = formatDate(new Date(year, month - 1, day, 12), 'EEEE', { locale: dateLocale });
      cache.set(date, name);
    }
    return name;
  };
}

const scheduleColumns = (labels: ExportLabels) => {
  const c = labels.columns;
  return [
    { header: c.date, width: 17, date: true },
    { header: c.day, width: 10 },
    { header: c.time, width: 7 },
    { header: c.zone, width: 7 },
    { header: c.channel, width: 20 },
    { header: c.platform, width: 12 },
    { header: c.format, width: 11 },
    { header: c.title, width: 40 },
    { header: c.caption, width: 60, wrap: true },
    { header: c.hashtags, width: 24, wrap: true },
    { header: c.link, width: 30 },
    { header: c.campaign, width: 20 },
    { header: c.pic, width: 18 },
    { header: c.status, width: 20 },
    { header: c.checker, width: 20 },
    { header: c.checkedAt, width: 17, date: true },
    { header: c.approver, width: 20 },
    { header: c.approvedAt, width: 17, date: true },
    { header: c.approvalRecord, width: 24 },
    { header: c.postId, width: 38 },
  ];
};

/** The check of the content against the recorded sign-offs, in words (empty: nothing recorded). */
function approvalRecordText(post: ScheduleRow['post'], labels: ExportLabels): string {
  if (post.approvalRecord === 'changed') return labels.columns.recordChanged;
  if (post.approvalRecord === 'matches') return labels.columns.recordMatches;
  return '';
}

function scheduleCells(
  { post, channel }: ScheduleRow,
  wallClockAt: (instant: string) => Date,
  labels: ExportLabels,
  dayName: (date: string) => string,
): (string | Date | null)[] {
  return [
    wallClock(post.date, post.time),
    dayName(post.date),
    post.time,
    post.zoneLabel,
    channel.name,
    labels.platform(channel.platform),
    labels.format(channel.format),
    cellText(post.title),
    cellText(channel.caption),
    post.hashtags.map((tag) => `#${tag}`).join(' '),
    post.link,
    post.campaign?.name ?? '',
    post.assignee?.name ?? '',
    labels.status(post.status),
    post.checkedBy?.name ?? '',
    post.checkedAt ? wallClockAt(post.checkedAt) : null,
    post.approvedBy?.name ?? '',
    post.approvedAt ? wallClockAt(post.approvedAt) : null,
    approvalRecordText(post, labels),
    post.id,
  ];
}

/**
 * Counts of post × channel rows, the unit the Jadwal sheet lists, so every block's total equals
 * that sheet's row count.
 */
function summaryBlocks(schedule: Schedule, rows: ScheduleRow[], labels: ExportLabels) {
  const byChannel = new Map(schedule.channels.map((c) => [c.id, 0]));
  const byCampaign = new Map(schedule.campaigns.map((c) => [c.id, 0]));
  const byStatus = new Map(postStatuses.map((s) => [s, 0]));
  let noCampaign = 0;
  for (const { post, channel } of rows) {
    byChannel.set(channel.channelId, (byChannel.get(channel.channelId) ?? 0) + 1);
    if (post.campaign)
      byCampaign.set(post.campaign.id, (byCampaign.get(post.campaign.id) ?? 0) + 1);
    else noCampaign += 1;
    byStatus.set(post.status, (byStatus.get(post.status) ?? 0) + 1);
  }
  const s = labels.summary;
  return [
    {
      title: s.byChannel,
      heading: labels.columns.channel,
      lines: schedule.channels.map((c) => [c.name, byChannel.get(c.id) ?? 0] as const),
    },
    {
      title: s.byCampaign,
      heading: labels.columns.campaign,
      lines: [
        ...schedule.campaigns.map((c) => [c.name, byCampaign.get(c.id) ?? 0] as const),
        [s.noCampaign, noCampaign] as const,
      ],
    },
    {
      title: s.byStatus,
      heading: labels.columns.status,
      // The statuses the export asked for, plus any a row carries (none, with a sane loader).
      lines: postStatuses
        .filter((status) => schedule.filter.statuses.includes(status) || byStatus.get(status))
        .map((status) => [labels.status(status), byStatus.get(status) ?? 0] as const),
    },
  ];
}

/** Text inside a page header: `&` starts a header code, so a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, '&&');

const bold = { bold: true } as const;
const headerFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF5' },
};

async function write(schedule: Schedule, out: Writable, options: FormatOptions): Promise<void> {
  const { signal, progress } = options;
  signal?.throwIfAborted();
  const labels = exportLabels(schedule.office.locale);
  const rows = scheduleRows(schedule);
  const timeZone = schedule.office.timeZone;
  progress?.(0, rows.length);

  // The streaming writer commits each row to the zip as it goes: 10,000 rows never sit in
  // memory as cell objects. Inline strings (no shared-string table) keep it single-pass.
  // Loaded on first use: exceljs alone adds ~130 ms to every start of the app and the CLI.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Linimasa';
  workbook.lastModifiedBy = 'Linimasa';
  workbook.created = new Date(schedule.generatedAt);
  workbook.modified = workbook.created;
  workbook.title = `${labels.scheduleTitle} ${schedule.filter.from} – ${schedule.filter.to}`;
  workbook.subject = schedule.office.name;

  try {
    const columns = scheduleColumns(labels);
    const sheet = workbook.addWorksheet(labels.scheduleSheet, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
      // Printed as an office prints a schedule: A4 landscape, every column on the page's width
      // (as many pages down as needed), the header row on each page, office and period on top.
      pageSetup: {
        paperSize: 9, // A4
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&L${headerText(schedule.office.name)}&R${headerText(
          `${labels.period} ${schedule.filter.from} – ${schedule.filter.to}`,
        )}`,
        oddFooter: '&C&P / &N',
      },
    });
    // One style object per column, shared by every cell in it: exceljs recognises a style it
    // has seen by identity, where a copy per cell costs it an XML rendering each (a third of
    // a 10,000-post export's time).
    const cellStyles = columns.map((column): Partial<ExcelJS.Style> => ({
      alignment: { vertical: 'top', wrapText: column.wrap ?? false },
      ...('date' in column && column.date ? { numFmt: dateTimeFormat } : {}),
    }));
    sheet.columns = columns.map((column, index) => ({
      key: String(index),
      width: column.width,
      style: cellStyles[index],
    }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = sheet.addRow(columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.font = bold;
      cell.fill = headerFill;
      cell.alignment = { vertical: 'middle' };
    });
    header.commit();

    const dayName = dayNames(schedule.office.locale);
    const wallClock = wallClockIn(timeZone);
    const wallClockAt = (instant: string) => new Date(wallClock(instant));
    for (let index = 0; index < rows.length; index++) {
      signal?.throwIfAborted();
      const row = sheet.addRow(scheduleCells(rows[index]!, wallClockAt, labels, dayName));
      cellStyles.forEach((style, column) => (row.getCell(column + 1).style = style));
      row.commit();
      if ((index + 1) % batch === 0) {
        progress?.(index + 1, rows.length);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    sheet.commit();
    signal?.throwIfAborted();

    const summary = workbook.addWorksheet(labels.summary.sheet);
    summary.columns = [{ width: 32 }, { width: 12 }];
    const period = summary.addRow([
      labels.scheduleTitle,
      `${labels.period} ${schedule.filter.from} – ${schedule.filter.to}`,
    ]);
    period.font = bold;
    period.commit();
    for (const block of summaryBlocks(schedule, rows, labels)) {
      summary.addRow([]).commit();
      const title = summary.addRow([block.title]);
      title.font = bold;
      title.commit();
      const heading = summary.addRow([block.heading, labels.summary.count]);
      heading.eachCell((cell) => {
        cell.font = bold;
        cell.fill = headerFill;
      });
      heading.commit();
      let total = 0;
      for (const [name, count] of block.lines) {
        summary.addRow([name, count]).commit();
        total += count;
      }
      const totalRow = summary.addRow([labels.summary.total, total]);
      totalRow.font = bold;
      totalRow.commit();
    }
    summary.commit();
    await workbook.commit();
    progress?.(rows.length, rows.length);
  } catch (error) {
    // The archive is piped into `out`; stop it so it neither writes on nor keeps `out` open.
    abortArchive(workbook, out);
    throw error;
  }
}

/** exceljs exposes no cancel: its archiver (`zip`) is the one thing still producing bytes. */
function abortArchive(workbook: ExcelJS.stream.xlsx.WorkbookWriter, out: Writable): void {
  const zip = (workbook as unknown as { zip?: { unpipe(dest: Writable): void; abort(): void } })
    .zip;
  zip?.unpipe(out);
  zip?.abort();
}

export const xlsxFormat: FormatWriter = {
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  write,
};
