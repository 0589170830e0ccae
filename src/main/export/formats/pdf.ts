import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Schedule } from '../../../shared/domain/exports';
import { scheduleRows } from '../../../shared/domain/exports';
import { catalogs } from '../../../shared/i18n';
import { brandingFile } from '../../branding/logo';
import { exportLabels } from '../labels';
import { dateWords } from './pdf/dates';
import { createDocument } from './pdf/document';
import { drawFooters } from './pdf/footer';
import { drawMonthGrids } from './pdf/grid';
import type { PdfContext } from './pdf/layout';
import { drawSignature } from './pdf/signature';
import { drawScheduleTable } from './pdf/table';
import type { FormatOptions, FormatWriter } from './types';

/** The letterhead logo from the data directory; none when unset or gone (printed without). */
async function readLogo(schedule: Schedule, dataDir: string | undefined): Promise<Buffer | null> {
  const logo = schedule.print.logo;
  if (!logo || !dataDir) return null;
  try {
    return await readFile(brandingFile(dataDir, logo));
  } catch {
    return null;
  }
}

/**
 * The printable schedule: the letterhead, a month grid per month of the range, a summary, the
 * schedule table, the signature block with the last rows, page numbers on every page (A4
 * landscape, DejaVu Sans embedded).
 */
async function write(
  schedule: Schedule,
  out: Writable,
  options: FormatOptions,
  dataDir?: string,
): Promise<void> {
  const { signal, progress } = options;
  signal?.throwIfAborted();
  const labels = exportLabels(schedule.office.locale);
  const words = catalogs[schedule.office.locale].printDocument;
  const total = scheduleRows(schedule).length;
  progress?.(0, total);

  const logo = await readLogo(schedule, dataDir);
  const { doc, clean, cleanLines } = await createDocument(
    schedule,
    `${labels.scheduleTitle} ${schedule.filter.from} – ${schedule.filter.to}`,
    words.emojiMarker,
  );
  const ctx: PdfContext = {
    doc,
    schedule,
    labels,
    words,
    dates: dateWords(schedule.office),
    clean,
    cleanLines,
    logo,
  };
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.pipe(out);
  try {
    drawMonthGrids(ctx, signal);
    const bottom = await drawScheduleTable(ctx, signal, progress);
    signal?.throwIfAborted();
    drawSignature(ctx, bottom);
    drawFooters(ctx);
    doc.end();
  } catch (error) {
    // Nothing more reaches `out`; the caller removes whatever it holds.
    doc.unpipe(out);
    throw error;
  }
  await ended;
  progress?.(total, total);
}

/** Without a data directory: no letterhead logo (tests, previews of a schedule in memory). */
export const pdfFormat: FormatWriter = {
  mime: 'application/pdf',
  write: (schedule, out, options) => write(schedule, out, options),
};

/** The writer the app uses: the logo is read from the data directory's branding/ folder. */
export function pdfFormatIn(dataDir: string): FormatWriter {
  return {
    mime: 'application/pdf',
    write: (schedule, out, options) => write(schedule, out, options, dataDir),
  };
}
