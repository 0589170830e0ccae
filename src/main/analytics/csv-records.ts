/** A CSV the reader refuses, with the file's line (1-based) where it went wrong. */
export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`CSV rusak di baris ${line}`);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The records of a CSV text (RFC 4180), strictly: a field is either bare or wholly quoted
 * (`""` inside quotes is one quote, line breaks inside quotes belong to the field), a quote in a
 * bare field, anything but a delimiter or line end after a closing quote, an unclosed quote or
 * a record with another number of fields than the first is an error naming the line. Empty
 * lines are skipped; a line ends with LF, CRLF or CR. The same records and refusals as
 * csv-parse with `relax_quotes`/`relax_column_count` off and `skip_empty_lines` on (the unit
 * test compares the two on every case), at about a fifth of its time: a platform export of
 * 100,000 rows took csv-parse about a second, a third of the import's whole budget, and no
 * installed library reads faster. A field is cut with slice, never built character by character.
 */
export function csvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  const delim = delimiter.charCodeAt(0);
  const length = text.length;
  let line = 1;
  let at = 0;
  let width = -1;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) {
      // An empty line.
      at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      line += 1;
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      let value: string;
      let end: number;
      if (text.charCodeAt(at) === QUOTE) {
        let from = at + 1;
        let parts = '';
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new CsvError(line + countBreaks(text, at, length));
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          line += countBreaks(text, at, close);
          value = parts + text.slice(from, close);
          end = close + 1;
          break;
        }
        const next = end < length ? text.charCodeAt(end) : LF;
        if (next !== delim && next !== LF && next !== CR) throw new CsvError(line);
      } else {
        end = at;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === delim || c === LF || c === CR) break;
          if (c === QUOTE) throw new CsvError(line);
          end += 1;
        }
        value = text.slice(at, end);
      }
      fields.push(value);
      if (end < length && text.charCodeAt(end) === delim) {
        at = end + 1;
        continue;
      }
      // The record ends at a line end or at the end of the text.
      if (end < length) {
        at = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      } else at = end;
      break;
    }
    if (width < 0) width = fields.length;
    else if (fields.length !== width) throw new CsvError(line);
    records.push(fields);
    line += 1;
  }
  return records;
}

/** Line breaks (LF, CRLF or CR, each one) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks += 1;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) breaks += 1;
  }
  return breaks;
}
