import { fonts, type PdfContext } from './layout';

/**
 * Text broken into the lines it prints as at `width`. pdfkit wraps text itself but does not say
 * where: the table needs the lines to split a tall caption across pages and to keep the last
 * rows with the signature, so the breaking is done here, by words (a word wider than the
 * column is broken by characters), with pdfkit's own width measure. Line breaks in the text
 * are kept.
 */
export function wrapLines(
  ctx: PdfContext,
  text: string,
  style: keyof typeof fonts,
  size: number,
  width: number,
  /** The first line's width when it is shorter (marks before it). */
  firstWidth = width,
): string[] {
  const { doc } = ctx;
  doc.font(fonts[style]).fontSize(size);
  const measure = (s: string) => doc.widthOfString(s);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      const room = lines.length === 0 ? firstWidth : width;
      if (measure(candidate) <= room) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than the column (a long link or hashtag): broken by characters.
      let rest = word;
      const roomFor = () => (lines.length === 0 ? firstWidth : width);
      while (measure(rest) > roomFor()) {
        const chars = Array.from(rest);
        let cut = 1;
        while (cut < chars.length && measure(chars.slice(0, cut + 1).join('')) <= roomFor()) cut++;
        lines.push(chars.slice(0, cut).join(''));
        rest = chars.slice(cut).join('');
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** Lines to draw in at most `max` lines: the last one ends with "…" when text was left out. */
export function fitLines(
  ctx: PdfContext,
  lines: string[],
  max: number,
  style: keyof typeof fonts,
  size: number,
  width: number,
): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  ctx.doc.font(fonts[style]).fontSize(size);
  let last = `${kept[max - 1]!}…`;
  while (last.length > 1 && ctx.doc.widthOfString(last) > width) {
    last = `${Array.from(last.slice(0, -1)).slice(0, -1).join('')}…`;
  }
  kept[max - 1] = last;
  return kept;
}
