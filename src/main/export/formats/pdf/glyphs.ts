/** The part of a fontkit font we need; pdfkit keeps the one in use on `doc._font.font`. */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** DejaVu Sans covers all of printable ASCII: most titles and names skip the per-character scan. */
const plainAscii = /^[\x20-\x7e\n]*$/;
const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Joiners and selectors that belong to an emoji; never printed alone. */
const invisible = /^(?:\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}])+$/u;

/**
 * Replaces what the fonts cannot draw with a visible marker, never dropping it silently: a
 * caption that said "🎉" must not read as if it said nothing on the copy that gets signed.
 * No emoji font ships here (none is installed on the build machines and Noto Emoji would add
 * ~2 MB to the app for a decoration), so each emoji (one grapheme: a flag or a family is one)
 * becomes `emojiMarker` ("[emoji]", searchable and plainly not a font failure) and any other
 * missing character "□". A grapheme is kept only when every given font (regular and bold) can
 * draw all of it.
 */
export function glyphFilter(fonts: GlyphSource[], emojiMarker: string): (text: string) => string {
  const known = new Map<number, boolean>();
  const printable = (codePoint: number) => {
    let ok = known.get(codePoint);
    if (ok === undefined) {
      ok = codePoint === 10 || fonts.every((f) => f.hasGlyphForCodePoint(codePoint));
      known.set(codePoint, ok);
    }
    return ok;
  };
  const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' });
  return (text) => {
    if (plainAscii.test(text)) return text;
    let kept = '';
    for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
      if (/^\s+$/.test(segment))
        kept += segment; // whitespace is the callers' to collapse
      else if (Array.from(segment).every((char) => printable(char.codePointAt(0)!)))
        kept += segment;
      else if (pictographic.test(segment)) kept += emojiMarker;
      else if (!invisible.test(segment)) kept += '□';
    }
    return kept;
  };
}

/** One line: every run of whitespace (newlines, tabs) is a space. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Paragraphs kept (a caption's line breaks print), other whitespace runs one space. */
export const keepLines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
