import type { Signer } from '../../../../shared/domain/settings';
import { formatNip } from '../../../../shared/domain/nip';
import { frameOf, page, palette, pen, type PdfContext } from './layout';

/** Space between the table and the block. */
export const signatureGap = 20;
const lineHeight = 13;
/** Room for a handwritten signature and the office stamp. */
const signingSpace = 52;
const fontSize = 9;

type SigningColumn = Signer & { recorded?: string };

/**
 * Each step's column filled from the recorded sign-offs (schedule.signOffs), never from the
 * people list of today. Two columns are the check and the approval, one is the approval; a
 * recorded check with a single column set gets a column of its own. A column without a name set
 * takes the recorded name(s); one whose set name is the recorded person (the set name may carry
 * titles: "Dr. Hj. Sitti Nurbaya, S.H., M.H." for "Sitti Nurbaya") keeps it and adds "tercatat
 * <date>"; one set to someone else keeps the formal signer, who signs by hand, and adds who
 * signed off in the app ("tercatat: <name>, <date>"), so the paper never hides the record.
 */
function withRecords(ctx: PdfContext, list: SigningColumn[]): SigningColumn[] {
  const { schedule, words, dates, clean, labels } = ctx;
  const byStep = new Map(schedule.signOffs.map((signOff) => [signOff.step, signOff]));
  if (byStep.size === 0) return list;
  const columns =
    list.length === 1 && byStep.has('check')
      ? [{ role: words.checkedBy, position: '', name: '', nip: '' }, ...list]
      : list;
  const steps = columns.length === 1 ? (['approve'] as const) : (['check', 'approve'] as const);
  const key = (name: string) => name.trim().toLocaleLowerCase('id');
  return columns.map((column, i) => {
    const signOff = byStep.get(steps[i]!);
    if (!signOff) return column;
    const names = signOff.names.map(clean).join(', ');
    const date = dates.long(dates.dateOf(signOff.lastAt));
    if (!column.name) {
      return {
        ...column,
        name: names,
        position: '',
        nip: '',
        recorded: labels.printText('recordedOn', { date }),
      };
    }
    const same = signOff.names.length === 1 && key(column.name).includes(key(names));
    return {
      ...column,
      recorded: same
        ? labels.printText('recordedOn', { date })
        : labels.printText('recordedBy', { name: names, date }),
    };
  });
}

/**
 * Who signs: the signers of Settings → Dokumen cetak (one or two), or else the office
 * profile's signer, as before that setting existed, each filled from the recorded sign-offs
 * (`withRecords`). Empty capacities get the usual words: "Mengetahui / Menyetujui" for one
 * signer, "Diperiksa oleh" / "Disetujui oleh" for two.
 */
function signersOf(ctx: PdfContext): SigningColumn[] {
  const { schedule, labels, words, clean } = ctx;
  const set = schedule.print.signers.filter((s) => s.name || s.position || s.nip || s.role);
  const list: Signer[] = set.length
    ? set
    : [
        {
          role: '',
          position: schedule.office.signerPosition,
          name: schedule.office.signerName,
          nip: schedule.office.signerNip,
        },
      ];
  const defaults =
    list.length === 1 ? [labels.signature.acknowledged] : [words.checkedBy, words.approvedBy];
  return withRecords(
    ctx,
    list.map((signer, i) => ({
      role: clean(signer.role) || defaults[i]!,
      position: clean(signer.position),
      name: clean(signer.name),
      nip: clean(formatNip(signer.nip)),
    })),
  );
}

function columnsOf(ctx: PdfContext) {
  const signers = signersOf(ctx);
  const { contentWidth } = frameOf(ctx);
  const width = Math.min(signers.length === 1 ? 260 : 300, (contentWidth - 20) / signers.length);
  const right = page.margin + contentWidth - width;
  // Two signers: the first on the left, the second (the one who approves) on the right.
  const xs = signers.length === 1 ? [right] : [page.margin + 20, right];
  return signers.map((signer, i) => ({ signer, x: xs[i]!, width }));
}

function columnHeight(ctx: PdfContext, signer: SigningColumn, width: number): number {
  pen(ctx, 'regular', fontSize);
  const position = signer.position ? ctx.doc.heightOfString(signer.position, { width }) : 0;
  pen(ctx, 'bold', fontSize);
  const name = signer.name ? ctx.doc.heightOfString(signer.name, { width }) : lineHeight;
  return (
    lineHeight +
    position +
    signingSpace +
    name +
    (signer.nip ? lineHeight : 0) +
    (signer.recorded ? pen(ctx, 'regular', fontSize).heightOfString(signer.recorded, { width }) : 0)
  );
}

/** The block's height without the gap above it. */
export function signatureHeight(ctx: PdfContext): number {
  const columns = columnsOf(ctx);
  return lineHeight + Math.max(...columns.map((c) => columnHeight(ctx, c.signer, c.width)));
}

/**
 * The signing block under the table, as on a signed government letter: "<Tempat>, <date in
 * full>" above the right-hand signer, then for each signer the capacity, the position, room to
 * sign, the name (bold, underlined, titles included) and "NIP 19860926 201505 1 001". The place
 * is the Tempat setting, never guessed from the office name; without one a dotted blank is
 * left to write it by hand. The table keeps rows with it (table.ts); only an empty schedule
 * can start a page here.
 */
export function drawSignature(ctx: PdfContext, top: number): void {
  const { doc, schedule, dates, words, clean } = ctx;
  let y = top + signatureGap;
  if (y + signatureHeight(ctx) > frameOf(ctx).contentBottom) {
    doc.addPage();
    y = page.margin;
  }
  const columns = columnsOf(ctx);
  const dateColumn = columns.at(-1)!;
  const place = clean(schedule.print.place) || words.placeBlank;
  const date = dates.long(dates.dateOf(schedule.generatedAt));
  pen(ctx, 'regular', fontSize).text(
    ctx.labels.text('signature.placeDate', { place, date }),
    dateColumn.x,
    y,
    { width: dateColumn.width, align: 'center' },
  );
  y += lineHeight;

  for (const { signer, x, width } of columns) {
    let line = y;
    const center = { width, align: 'center' } as const;
    pen(ctx, 'regular', fontSize).text(signer.role, x, line, center);
    line += lineHeight;
    if (signer.position) {
      pen(ctx, 'regular', fontSize).text(signer.position, x, line, center);
      line = doc.y;
    }
    line += signingSpace;
    if (signer.name) {
      pen(ctx, 'bold', fontSize).text(signer.name, x, line, { ...center, underline: true });
      line = doc.y;
    } else {
      // No name set yet: a line to write it on by hand.
      doc
        .moveTo(x + 50, line + 10)
        .lineTo(x + width - 50, line + 10)
        .lineWidth(0.6)
        .strokeColor(palette.text)
        .stroke();
      line += lineHeight;
    }
    if (signer.nip) {
      pen(ctx, 'regular', fontSize).text(
        `${ctx.labels.signature.nip} ${signer.nip}`,
        x,
        line,
        center,
      );
      line = doc.y;
    }
    if (signer.recorded) {
      pen(ctx, 'regular', fontSize).text(signer.recorded, x, line, center);
    }
  }
}
