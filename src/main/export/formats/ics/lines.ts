/**
 * The two text rules of RFC 5545 that decide whether a calendar program reads a file right:
 * escaping TEXT values (3.3.11) and folding content lines (3.1). ical.js does both, but its
 * continuation lines carry 75 octets after the leading space (76 in all, over the limit), and
 * building its component tree costs about 0.6 s for 20,000 events before anything is written,
 * most of the 1 s budget of a 10,000-post export. These few lines are what we need instead.
 */

// TEXT may not hold control characters other than tab (RFC 5545 3.3.11, 3.1 "CONTROL"), so
// they go, in the same pass that escapes.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const escapable = /[\\;,]|\r\n|[\r\n]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon and comma escaped; every line break becomes `\n`. */
export function escapeText(text: string): string {
  return text.replace(escapable, (match) => {
    if (match === '\\' || match === ';' || match === ',') return `\\${match}`;
    return match === '\n' || match[0] === '\r' ? '\\n' : '';
  });
}

const maxOctets = 75;
// eslint-disable-next-line no-control-regex -- one octet per character: the whole ASCII range
const ascii = /^[\u0000-\u007f]*$/;

/**
 * Folds one content line so that no line exceeds 75 octets of UTF-8, the leading space of a
 * continuation line included, and never inside a character's UTF-8 sequence (a surrogate pair
 * stays together). Unfolding (removing CRLF + space) gives the line back exactly.
 */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets of UTF-8 (a 4-octet character takes two units).
  if (line.length * 3 <= maxOctets) return line;
  if (ascii.test(line)) {
    if (line.length <= maxOctets) return line;
    let folded = line.slice(0, maxOctets);
    for (let i = maxOctets; i < line.length; i += maxOctets - 1) {
      folded += `\r\n ${line.slice(i, i + maxOctets - 1)}`;
    }
    return folded;
  }
  let folded = '';
  let start = 0;
  let octets = 0;
  let limit = maxOctets;
  for (let i = 0; i < line.length;) {
    const code = line.charCodeAt(i);
    let units = 1;
    let size: number;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(line.charCodeAt(i + 1))) {
      size = 4;
      units = 2;
    } else size = 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD)
    if (octets + size > limit) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 0;
      limit = maxOctets - 1;
    }
    octets += size;
    i += units;
  }
  return folded + line.slice(start);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** 2026-12-31T16:30:00.000Z → 20261231T163000Z (UTC DATE-TIME, form 2). */
export function utcDateTime(instant: string): string {
  // Stored instants are already ISO in UTC: slicing them is exact and avoids a Date per event.
  const iso = isoInstant.test(instant) ? instant : new Date(instant).toISOString();
  return `${basic(iso)}Z`;
}

/** Wall-clock epoch milliseconds (local time read as if UTC) → 20261231T233000 (form 3, with TZID). */
export function floatingDateTime(wallEpoch: number): string {
  return basic(new Date(wallEpoch).toISOString());
}

/** 2026-12-31T16:30:00… → 20261231T163000 */
function basic(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}
