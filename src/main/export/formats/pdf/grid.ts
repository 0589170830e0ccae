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

const headRowHeight = 14;
const chipHeight = 8.2;
const chipFontSize = 6;
const observanceHeight = 7.5;
/** Observance lines a day shows before its posts; more are rare (two on one day at most). */
const maxObservanceLines = 2;
const maxDots = 3;

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
 * observances and the posts as "HH:mm Title" chips with a dot per channel colour, and
 * "+N lainnya" for what does not fit.
 */
export function drawMonthGrids(ctx: PdfContext, signal?: AbortSignal): void {
  const postsOn = groupByDate(ctx.schedule.posts);
  const observancesOn = groupByDate(ctx.schedule.observances);
  for (const first of monthsOf(ctx.schedule.filter.from, ctx.schedule.filter.to)) {
    signal?.throwIfAborted();
    ctx.doc.addPage();
    const top = drawLegend(ctx, drawHeading(ctx, ctx.dates.month(first)));
    drawGrid(ctx, first, top, postsOn, observancesOn);
  }
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
    pen(ctx, 'regular', chipFontSize, color).text(clean(observance.name), x + 3, line, {
      width: innerWidth,
      height: observanceHeight,
      ellipsis: true,
    });
    line += observanceHeight;
  }

  const posts = postsOn.get(date) ?? [];
  const capacity = Math.max(0, Math.floor((y + height - 2 - line) / chipHeight));
  const shown = posts.length > capacity ? Math.max(0, capacity - 1) : posts.length;
  for (const post of posts.slice(0, shown)) {
    const dots = post.channels.slice(0, maxDots);
    dots.forEach((channel, i) => doc.circle(x + 4.8 + i * 4, line + 3.6, 1.6).fill(channel.color));
    // Room for two dots whatever the post has, so the times line up down the day.
    const textX = x + 3 + Math.max(2, dots.length) * 4 + 2.5;
    pen(ctx, 'regular', chipFontSize).text(`${post.time} ${clean(post.title)}`, textX, line, {
      width: x + width - 3 - textX,
      height: chipHeight,
      ellipsis: true,
    });
    line += chipHeight;
  }
  if (shown < posts.length) {
    pen(ctx, 'bold', chipFontSize, palette.muted).text(
      labels.text('moreInDay', { count: posts.length - shown }),
      x + 3,
      line,
      { width: innerWidth, height: chipHeight, lineBreak: false },
    );
  }
}
