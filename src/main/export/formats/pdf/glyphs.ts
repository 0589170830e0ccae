/** The part of a fontkit font we need; pdfkit keeps the one in use on `doc._font.font`. */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** DejaVu Sans covers all of printable ASCII: most titles and names skip the per-character scan. */
const plainAscii = /^[\x20-\x7e]*$/;

/**
 * Drops the characters a font has no glyph for, so a PDF never shows a tofu box mid-sentence.
 * Emoji (🇮🇩 🎉) are the usual case: DejaVu has none, and a colour-emoji font would add
 * megabytes to every export for a decoration, so they are left out of the paper copy (the
 * spreadsheet and the other formats keep them). Newlines pass; callers decide on whitespace.
 * A character is kept only when every given font (regular and bold) can draw it.
 */
export function glyphFilter(fonts: GlyphSource[]): (text: string) => string {
  const known = new Map<number, boolean>();
  return (text) => {
    if (plainAscii.test(text)) return text;
    let kept = '';
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0)!;
      let printable = known.get(codePoint);
      if (printable === undefined) {
        printable = codePoint === 10 || fonts.every((f) => f.hasGlyphForCodePoint(codePoint));
        known.set(codePoint, printable);
      }
      if (printable) kept += char;
    }
    return kept;
  };
}

/** One line: every run of whitespace (newlines, tabs, the gap a dropped emoji left) is a space. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** At most `max` characters (code points, so no emoji half is cut), with "…" when shortened. */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('').trimEnd()}…`;
}
