import { scheduleRows, type ScheduleRow } from '../../../../shared/domain/exports';
import { excerpt } from './glyphs';
import { drawHeading } from './heading';
import { contentBottom, contentWidth, page, palette, pen, type PdfContext } from './layout';

const fontSize = 7;
const padding = 3;
/** About two lines of the caption column: enough to recognise the post on paper. */
const captionExcerpt = 120;
/** Rows between progress reports and pauses that let a cancel click arrive. */
const batch = 100;

interface Column {
  heading: string;
  /** Share of the table width (the sum is scaled to the page). */
  weight: number;
  text: (row: ScheduleRow) => string;
  style?: 'bold';
}

function columns(ctx: PdfContext): (Column & { x: number; width: number })[] {
  const { labels, dates, clean } = ctx;
  const c = labels.columns;
  const none = '–';
  const list: Column[] = [
    { heading: c.date, weight: 70, text: ({ post }) => dates.short(post.date) },
    { heading: c.time, weight: 46, text: ({ post }) => `${post.time} ${post.zoneLabel}` },
    { heading: c.channel, weight: 76, text: ({ channel }) => clean(channel.name) },
    { heading: c.format, weight: 46, text: ({ channel }) => labels.format(channel.format) },
    { heading: c.title, weight: 108, text: ({ post }) => clean(post.title), style: 'bold' },
    {
      heading: c.caption,
      weight: 196,
      text: ({ channel }) => excerpt(clean(channel.caption), captionExcerpt),
    },
    { heading: c.pic, weight: 60, text: ({ post }) => clean(post.assignee?.name ?? '') || none },
    { heading: c.status, weight: 56, text: ({ post }) => labels.status(post.status) },
    {
      heading: c.approver,
      weight: 62,
      text: ({ post }) => clean(post.approvedBy?.name ?? '') || none,
    },
    {
      heading: c.approvedAt,
      weight: 66,
      text: ({ post }) => (post.approvedAt ? dates.instant(post.approvedAt) : none),
    },
  ];
  const scale = contentWidth / list.reduce((sum, column) => sum + column.weight, 0);
  let x = page.margin;
  return list.map((column) => {
    const width = column.weight * scale;
    const placed = { ...column, x, width };
    x += width;
    return placed;
  });
}

type Placed = ReturnType<typeof columns>;

function rowHeight(ctx: PdfContext, cells: string[], table: Placed, style?: 'bold'): number {
  let tallest = 0;
  cells.forEach((text, i) => {
    const column = table[i]!;
    pen(ctx, style ?? column.style ?? 'regular', fontSize);
    tallest = Math.max(
      tallest,
      ctx.doc.heightOfString(text, { width: column.width - 2 * padding }),
    );
  });
  return tallest + 2 * padding;
}

function drawCells(
  ctx: PdfContext,
  cells: string[],
  table: Placed,
  y: number,
  height: number,
  style?: 'bold',
): void {
  cells.forEach((text, i) => {
    const column = table[i]!;
    pen(ctx, style ?? column.style ?? 'regular', fontSize).text(
      text,
      column.x + padding,
      y + padding,
      {
        width: column.width - 2 * padding,
        height,
      },
    );
  });
}

function drawHeader(ctx: PdfContext, table: Placed, y: number): number {
  const cells = table.map((column) => column.heading);
  const height = rowHeight(ctx, cells, table, 'bold');
  ctx.doc.rect(page.margin, y, contentWidth, height).fill(palette.headerFill);
  drawCells(ctx, cells, table, y, height, 'bold');
  return y + height;
}

/**
 * The schedule as a table, one row per post × channel. pdfkit's own `doc.table()` moves a row
 * that does not fit to the next page but cannot repeat the header there, hence this small
 * layout: measure the row, start a new page (header first) when it would cross the footer,
 * never split it. Returns the y below the table.
 */
export async function drawScheduleTable(
  ctx: PdfContext,
  signal: AbortSignal | undefined,
  progress: ((done: number, total: number) => void) | undefined,
): Promise<number> {
  const { doc, labels } = ctx;
  const rows = scheduleRows(ctx.schedule);
  doc.addPage();
  let y = drawHeading(ctx, labels.scheduleTable);
  if (rows.length === 0) {
    pen(ctx, 'regular', 10, palette.muted).text(labels.noPosts, page.margin, y + 4, {
      width: contentWidth,
      height: 16,
    });
    return y + 24;
  }
  const table = columns(ctx);
  y = drawHeader(ctx, table, y);
  for (let index = 0; index < rows.length; index++) {
    signal?.throwIfAborted();
    const cells = table.map((column) => column.text(rows[index]!));
    const height = rowHeight(ctx, cells, table);
    if (y + height > contentBottom) {
      doc.addPage();
      y = drawHeader(ctx, table, page.margin);
    }
    if (index % 2 === 1) doc.rect(page.margin, y, contentWidth, height).fill(palette.zebra);
    drawCells(ctx, cells, table, y, height);
    y += height;
    doc
      .moveTo(page.margin, y)
      .lineTo(page.margin + contentWidth, y)
      .lineWidth(0.3)
      .strokeColor(palette.rule)
      .stroke();
    if ((index + 1) % batch === 0) {
      progress?.(index + 1, rows.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return y;
}
