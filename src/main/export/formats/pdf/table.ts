import { scheduleRows, type ScheduleRow } from '../../../../shared/domain/exports';
import { drawHeading } from './heading';
import { contentBottom, contentWidth, page, palette, pen, type PdfContext } from './layout';
import { channelText } from './marks';
import { signatureGap, signatureHeight } from './signature';
import { drawSummary } from './summary';
import { wrapLines } from './wrap';

const fontSize = 7;
const lineHeight = 8.6;
const padding = 3;
/** Rows between progress reports and pauses that let a cancel click arrive. */
const batch = 100;
/** Rows kept on the signature's page when they fit there (at least the last one always is). */
const keptWithSignature = 2;

interface Column {
  heading: string;
  /** Share of the table width (the sum is scaled to the page). */
  weight: number;
  text: (row: ScheduleRow) => string;
  style?: 'bold';
}

function columns(ctx: PdfContext): (Column & { x: number; width: number })[] {
  const { labels, dates, clean, cleanLines, words } = ctx;
  const c = labels.columns;
  const none = '–';
  const list: Column[] = [
    { heading: c.date, weight: 62, text: ({ post }) => dates.short(post.date) },
    {
      heading: c.time,
      weight: 38,
      text: ({ post }) => `${dates.clock(post.time)} ${post.zoneLabel}`,
    },
    {
      heading: c.channel,
      weight: 92,
      text: ({ channel }) => `${channelText(ctx, channel)}\n${labels.format(channel.format)}`,
    },
    { heading: c.title, weight: 100, text: ({ post }) => clean(post.title), style: 'bold' },
    // The whole caption, line breaks kept: what gets signed is what gets posted.
    { heading: c.caption, weight: 212, text: ({ channel }) => cleanLines(channel.caption) || none },
    {
      heading: c.hashtags,
      weight: 70,
      text: ({ post }) =>
        clean(post.hashtags.map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)).join(' ')) ||
        none,
    },
    {
      heading: words.attachments,
      weight: 50,
      text: ({ post }) =>
        post.assets.length
          ? labels.printText('attachmentCount', { count: post.assets.length })
          : none,
    },
    { heading: c.pic, weight: 52, text: ({ post }) => clean(post.assignee?.name ?? '') || none },
    { heading: c.status, weight: 50, text: ({ post }) => labels.status(post.status) },
    {
      // Name on one line, the time on the next: "Disetujui" no longer takes three lines a row.
      // A two-step office's check comes first; a post whose content no longer matches what was
      // signed off says so in capitals rather than pass for approved.
      heading: words.approvedBy,
      weight: 92,
      text: ({ post }) => {
        const lines: string[] = [];
        const checker = clean(post.checkedBy?.name ?? '');
        if (checker) {
          lines.push(labels.printText('checkedShort', { name: checker }));
          if (post.checkedAt) lines.push(dates.instant(post.checkedAt));
        }
        const name = clean(post.approvedBy?.name ?? '');
        if (name) {
          lines.push(name);
          if (post.approvedAt) lines.push(dates.instant(post.approvedAt));
        }
        if (post.approvalRecord === 'changed') lines.push(words.contentChanged);
        return lines.length > 0 ? lines.join('\n') : none;
      },
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
/** A row as the lines each cell prints. */
type Cells = string[][];

const heightOf = (lineCount: number) => lineCount * lineHeight + 2 * padding;
const linesOf = (cells: Cells) => Math.max(1, ...cells.map((lines) => lines.length));

function layoutRow(ctx: PdfContext, texts: string[], table: Placed, style?: 'bold'): Cells {
  return texts.map((text, i) => {
    const column = table[i]!;
    return wrapLines(
      ctx,
      text,
      style ?? column.style ?? 'regular',
      fontSize,
      column.width - 2 * padding,
    );
  });
}

/** Lines [from, to) of every cell, at y. */
function drawCells(
  ctx: PdfContext,
  cells: Cells,
  table: Placed,
  y: number,
  from: number,
  to: number,
  style?: 'bold',
): void {
  cells.forEach((lines, i) => {
    const column = table[i]!;
    lines.slice(from, to).forEach((text, n) => {
      pen(ctx, style ?? column.style ?? 'regular', fontSize).text(
        text,
        column.x + padding,
        y + padding + n * lineHeight,
        { lineBreak: false, height: lineHeight },
      );
    });
  });
}

function drawHeader(ctx: PdfContext, table: Placed, y: number): number {
  const cells = layoutRow(
    ctx,
    table.map((column) => column.heading),
    table,
    'bold',
  );
  const height = heightOf(linesOf(cells));
  ctx.doc.rect(page.margin, y, contentWidth, height).fill(palette.headerFill);
  drawCells(ctx, cells, table, y, 0, linesOf(cells), 'bold');
  return y + height;
}

/**
 * The schedule as a table, one row per post × channel, the header repeated on every page. Rows
 * move whole to the next page when they fit there; a row taller than a page (a very long
 * caption) is split across pages. The last rows go onto the signature's page with it: a page
 * holding only a signature could be swapped, so the block never stands alone.
 * Returns the y below the table, where the signature block fits.
 */
export async function drawScheduleTable(
  ctx: PdfContext,
  signal: AbortSignal | undefined,
  progress: ((done: number, total: number) => void) | undefined,
): Promise<number> {
  const { doc, labels } = ctx;
  const rows = scheduleRows(ctx.schedule);
  const signature = signatureGap + signatureHeight(ctx);
  doc.addPage();
  let y = drawSummary(ctx, drawHeading(ctx, labels.scheduleTable));
  if (rows.length === 0) {
    pen(ctx, 'regular', 10, palette.muted).text(labels.noPosts, page.margin, y + 4, {
      width: contentWidth,
      height: 16,
    });
    return y + 24;
  }
  const table = columns(ctx);
  y = drawHeader(ctx, table, y);
  const newPage = () => {
    doc.addPage();
    y = drawHeader(ctx, table, page.margin);
  };
  const pageRoom = contentBottom - drawnHeaderBottom(ctx, table);
  const layouts = new Map<number, Cells>();
  const layout = (index: number) => {
    let cells = layouts.get(index);
    if (!cells) {
      const row = rows[index]!;
      cells = layoutRow(
        ctx,
        table.map((column) => column.text(row)),
        table,
      );
      layouts.set(index, cells);
    }
    return cells;
  };

  for (let index = 0; index < rows.length; index++) {
    signal?.throwIfAborted();
    const cells = layout(index);
    const total = linesOf(cells);
    const last = index === rows.length - 1;

    // The last rows and the signature on one page, when they fit on one.
    const keep = Math.min(keptWithSignature, rows.length);
    if (index === rows.length - keep && keep > 1) {
      let group = signature;
      for (let k = index; k < rows.length; k++) group += heightOf(linesOf(layout(k)));
      if (y + group > contentBottom && group <= pageRoom) newPage();
    }

    let from = 0;
    for (;;) {
      const rest = total - from;
      const limit = last ? contentBottom - signature : contentBottom;
      if (y + heightOf(rest) <= limit) break;
      // Whole on a fresh page when it fits there (with the signature, for the last row).
      if (from === 0 && heightOf(rest) <= pageRoom - (last ? signature : 0)) {
        newPage();
        break;
      }
      // Split: as many lines as this page holds; the last row leaves at least one line for
      // the signature's page.
      let fit = Math.floor((contentBottom - y - 2 * padding) / lineHeight);
      if (last) fit = Math.min(fit, rest - 1);
      if (fit >= 1) {
        drawRow(ctx, cells, table, index, y, from, from + fit);
        from += fit;
      }
      newPage();
    }
    y = drawRow(ctx, cells, table, index, y, from, total);

    if ((index + 1) % batch === 0) {
      progress?.(index + 1, rows.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return y;
}

/** Where rows start on a continuation page (below the repeated header). */
function drawnHeaderBottom(ctx: PdfContext, table: Placed): number {
  const cells = layoutRow(
    ctx,
    table.map((column) => column.heading),
    table,
    'bold',
  );
  return page.margin + heightOf(linesOf(cells));
}

function drawRow(
  ctx: PdfContext,
  cells: Cells,
  table: Placed,
  index: number,
  y: number,
  from: number,
  to: number,
): number {
  const { doc } = ctx;
  const height = heightOf(to - from);
  if (index % 2 === 1) doc.rect(page.margin, y, contentWidth, height).fill(palette.zebra);
  drawCells(ctx, cells, table, y, from, to);
  const bottom = y + height;
  doc
    .moveTo(page.margin, bottom)
    .lineTo(page.margin + contentWidth, bottom)
    .lineWidth(0.3)
    .strokeColor(palette.rule)
    .stroke();
  return bottom;
}
