import type { SchedulePost } from '../../../../shared/domain/exports';
import {
  formatLocalDate,
  monthGrid,
  parseLocalDate,
  type LocalDate,
} from '../../../../shared/time';
import { drawHeading } from './heading';
import { contentBottom, contentWidth, page, palette, pen, type PdfContext } from './layout';
import { drawLegend } from './legend';
import { drawMark, markWidth } from './marks';
import { fitLines, wrapLines } from './wrap';

const headRowHeight = 14;
/** Titles at 7.5 pt (the floor for reading a printed grid), up to three lines each. */
const chipFontSize = 7.5;
const chipLineHeight = 8.8;
const maxTitleLines = 3;
const observanceFontSize = 6.5;
const observanceHeight = 8;
/** Observance lines a day shows before its posts; more are rare (two on one day at most). */
const maxObservanceLines = 2;
const maxMarks = 3;

/** Each month the range touches, as its first day. */
export function monthsOf(from: LocalDate, to: LocalDate): LocalDate[] {
  const start = parseLocalDate(from);
  const end = parseLocalDate(to);
  const months: LocalDate[] = [];
  for (let { year, month } = start; year < end.year || (year === end.year && month <= end.month);) {
    months.push(formatLocalDate(year, month, 1));
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function groupByDate<T extends { date: string }>(list: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const group = groups.get(item.date);
    if (group) group.push(item);
    else groups.set(item.date, [item]);
  }
  return groups;
}

/**
 * One page per month of the range: a grid starting on the office's first day of the week
 * (Settings, as in the calendar) whose days show the date, the day's
 * observances and the posts as "[IG][FB] 09.00 Title" chips: a platform mark per channel and the
 * title wrapping over up to three lines of the cell's width, fewer when the day is full, and
 * "+N lainnya" for what does not fit even at one line each. The letterhead tops the first page.
 */
export function drawMonthGrids(ctx: PdfContext, signal?: AbortSignal): void {
  const postsOn = groupByDate(ctx.schedule.posts);
  const observancesOn = groupByDate(ctx.schedule.observances);
  monthsOf(ctx.schedule.filter.from, ctx.schedule.filter.to).forEach((first, index) => {
    signal?.throwIfAborted();
    ctx.doc.addPage();
    const top = drawLegend(ctx, drawHeading(ctx, ctx.dates.month(first), index === 0));
    drawGrid(ctx, first, top, postsOn, observancesOn);
  });
}

function drawGrid(
  ctx: PdfContext,
  first: LocalDate,
  top: number,
  postsOn: Map<string, SchedulePost[]>,
  observancesOn: Map<string, PdfContext['schedule']['observances']>,
): void {
  const { doc, dates } = ctx;
  const { year, month } = parseLocalDate(first);
  const weeks = monthGrid(year, month, ctx.schedule.office.weekStart);
  const columnWidth = contentWidth / 7;
  const rowHeight = (contentBottom - top - headRowHeight) / weeks.length;

  doc.rect(page.margin, top, contentWidth, headRowHeight).fill(palette.headerFill);
  weeks[0]!.forEach((date, column) => {
    pen(ctx, 'bold', 7.5).text(dates.weekday(date), page.margin + column * columnWidth, top + 3.5, {
      width: columnWidth,
      height: headRowHeight,
      align: 'center',
      lineBreak: false,
    });
  });

  weeks.forEach((week, row) => {
    week.forEach((date, column) => {
      const x = page.margin + column * columnWidth;
      const y = top + headRowHeight + row * rowHeight;
      drawDay(
        ctx,
        { date, x, y, width: columnWidth, height: rowHeight, month },
        postsOn,
        observancesOn,
      );
    });
  });
  doc
    .rect(page.margin, top, contentWidth, headRowHeight + weeks.length * rowHeight)
    .lineWidth(0.6)
    .strokeColor(palette.rule)
    .stroke();
}

interface Cell {
  date: LocalDate;
  x: number;
  y: number;
  width: number;
  height: number;
  month: number;
}

function drawDay(
  ctx: PdfContext,
  cell: Cell,
  postsOn: Map<string, SchedulePost[]>,
  observancesOn: Map<string, PdfContext['schedule']['observances']>,
): void {
  const { doc, schedule, labels, clean } = ctx;
  const { date, x, y, width, height } = cell;
  const inMonth = parseLocalDate(date).month === cell.month;
  const inRange = inMonth && date >= schedule.filter.from && date <= schedule.filter.to;
  if (!inMonth) doc.rect(x, y, width, height).fill(palette.outsideMonth);
  doc.rect(x, y, width, height).lineWidth(0.4).strokeColor(palette.rule).stroke();

  const observances = inRange ? (observancesOn.get(date) ?? []) : [];
  const holiday = observances.some((o) => o.publicHoliday);
  const numberColor = !inRange ? palette.muted : holiday ? palette.publicHoliday : palette.text;
  pen(ctx, 'bold', 8, numberColor).text(String(parseLocalDate(date).day), x + 3, y + 2.5, {
    lineBreak: false,
    height: 11,
  });
  if (!inRange) return;

  let line = y + 13;
  const innerWidth = width - 6;
  for (const observance of observances.slice(0, maxObservanceLines)) {
    const color = observance.publicHoliday ? palette.publicHoliday : palette.observance;
    pen(ctx, 'regular', observanceFontSize, color).text(clean(observance.name), x + 3, line, {
      width: innerWidth,
      height: observanceHeight,
      ellipsis: true,
    });
    line += observanceHeight;
  }

  const posts = postsOn.get(date) ?? [];
  const available = Math.max(0, Math.floor((y + height - 2 - line) / chipLineHeight));
  const chips = posts.map((post) => {
    const marks = post.channels.slice(0, maxMarks).map((c) => c.platform);
    const marksWidth = marks.reduce((sum, p) => sum + markWidth(ctx, p) + 1.5, 0);
    const text = `${ctx.dates.clock(post.time)} ${clean(post.title)}`;
    const lines = wrapLines(
      ctx,
      text,
      'regular',
      chipFontSize,
      innerWidth,
      innerWidth - marksWidth,
    );
    return { marks, marksWidth, lines, shown: Math.min(maxTitleLines, lines.length) };
  });
  // Fewer lines for the longest titles until the day fits; then fewer posts, with "+N".
  const used = () => chips.reduce((sum, chip) => sum + chip.shown, 0);
  while (used() > available) {
    const longest = chips.reduce((a, b) => (b.shown > a.shown ? b : a), chips[0]!);
    if (longest.shown <= 1) break;
    longest.shown -= 1;
  }
  const fits = used() <= available;
  const count = fits ? chips.length : Math.max(0, available - 1);
  for (const chip of chips.slice(0, count)) {
    let markX = x + 3;
    for (const platform of chip.marks) markX += drawMark(ctx, platform, markX, line + 1) + 1.5;
    // The "…" goes on the last shown line, which is the narrower first one for a one-line chip.
    const lastWidth = chip.shown === 1 ? innerWidth - chip.marksWidth : innerWidth;
    const lines = fitLines(ctx, chip.lines, chip.shown, 'regular', chipFontSize, lastWidth);
    lines.forEach((text, i) => {
      const textX = i === 0 ? x + 3 + chip.marksWidth : x + 3;
      pen(ctx, 'regular', chipFontSize).text(text, textX, line, {
        lineBreak: false,
        height: chipLineHeight,
      });
      line += chipLineHeight;
    });
  }
  if (count < posts.length) {
    pen(ctx, 'bold', chipFontSize, palette.muted).text(
      labels.text('moreInDay', { count: posts.length - count }),
      x + 3,
      line,
      { width: innerWidth, height: chipLineHeight, lineBreak: false },
    );
  }
}
