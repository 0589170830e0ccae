import { readFile } from 'node:fs/promises';
import { ImportFailure } from './messages';

/**
 * Scripts in an SVG: a `<script>` element, an event attribute (`onload=`, `onclick=` …) or a
 * `javascript:` link. An SVG is a document, not only a picture: opened on its own (the library's
 * "Buka berkas", a browser, a bundle sent to another office) it runs what it carries. The office
 * keeps originals byte for byte (content-addressed), so a sanitiser that rewrites the file is no
 * answer; refusing with a clear reason is. Numeric character references are decoded first so
 * `&#106;avascript:` is seen for what it is.
 *
 * Why a scan and not a library: the well-kept sanitisers (DOMPurify, sanitize-html) need a DOM
 * or rewrite markup; neither says "this file has a script" without changing it. The patterns
 * match more than a browser would run (an `on…=` inside a text node, say), which is the safe side
 * for an office's logo or infographic.
 */
export function svgHasScript(text: string): boolean {
  const decoded = text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
  // Browsers drop tabs and line breaks inside a URL ("java\tscript:" still runs).
  const compact = decoded.replace(/[\t\n\r]/g, '');
  return (
    /<script[\s>/]/i.test(decoded) ||
    /<[^>]*\son[a-z]+\s*=/i.test(decoded) ||
    /(?:href|src|values|to|from)\s*=\s*["']?\s*javascript:/i.test(compact)
  );
}

/** Refuses an SVG file that carries a script (see above); anything else passes. */
export async function refuseSvgScript(path: string): Promise<void> {
  if (svgHasScript(await readFile(path, 'utf8'))) throw ImportFailure.svgScript();
}
