import type { Writable } from 'node:stream';
import type { Schedule } from '../../../shared/domain/exports';
import { scheduleRows } from '../../../shared/domain/exports';
import { exportLabels } from '../labels';
import { dateWords } from './pdf/dates';
import { createDocument } from './pdf/document';
import { drawFooters } from './pdf/footer';
import { drawMonthGrids } from './pdf/grid';
import type { PdfContext } from './pdf/layout';
import { drawSignature } from './pdf/signature';
import { drawScheduleTable } from './pdf/table';
import type { FormatOptions, FormatWriter } from './types';

/**
 * The printable schedule: a month grid per month of the range, the schedule table, the
 * signature block, page numbers on every page (A4 landscape, DejaVu Sans embedded).
 */
async function write(schedule: Schedule, out: Writable, options: FormatOptions): Promise<void> {
  const { signal, progress } = options;
  signal?.throwIfAborted();
  const labels = exportLabels(schedule.office.locale);
  const total = scheduleRows(schedule).length;
  progress?.(0, total);

  const { doc, clean } = await createDocument(
    schedule,
    `${labels.scheduleTitle} ${schedule.filter.from} – ${schedule.filter.to}`,
  );
  const ctx: PdfContext = { doc, schedule, labels, dates: dateWords(schedule.office), clean };
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

export const pdfFormat: FormatWriter = { mime: 'application/pdf', write };
