import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvError, csvRecords } from '../../../src/main/analytics/csv-records';

/** csv-parse with the options the importer used before: the reference reader. */
const reference = (text: string, delimiter: string) =>
  parse(text, { delimiter, skip_empty_lines: true, relax_column_count: false }) as string[][];

const outcome = (read: () => string[][]) => {
  try {
    return { records: read() };
  } catch (error) {
    const { line, lines } = error as { line?: number; lines?: number };
    return { refused: true, line: line ?? lines };
  }
};

const cases: [string, string][] = [
  ['plain', 'a,b,c\n1,2,3\n4,5,6\n'],
  ['no final line break', 'a,b\n1,2'],
  ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
  ['CR alone', 'a,b\r1,2\r3,4'],
  ['empty lines skipped', 'a,b\n\n1,2\n\n3,4\n\n'],
  ['empty lines skipped, CRLF', 'a,b\r\n\r\n1,2\r\n\r\n3,4\r\n'],
  ['empty fields', 'a,b,c\n,,\n1,,3\n'],
  ['trailing delimiter', 'a,b,\n1,2,\n'],
  ['quoted with delimiter', 'a,b\n"1,5",2\n'],
  ['escaped quotes', 'a,b\n"he said ""hi""",2\n""""," "\n'],
  ['line breaks inside quotes', 'a,b\n"one\ntwo\r\nthree",2\n3,4\n'],
  ['empty quoted', 'a,b\n"",""\n'],
  ['semicolons', 'a;b\n"1;5";2\n'],
  ['tabs', 'a\tb\n1\t2\n'],
  ['unicode', 'judul,isi\nHUT ke-80,"Selamat 🎉, Kabupaten"\n'],
  ['spaces kept', 'a,b\n 1 , 2 \n'],
  ['only header', 'a,b\n'],
  ['empty text', ''],
];
const refused: [string, string][] = [
  ['too many fields', 'a,b\n1,2\n3,4,5\n'],
  ['too few fields', 'a,b,c\n1,2,3\n\n4,5\n'],
  ['too few after a quoted line break', 'a,b\n"x\ny",2\n3\n'],
  ['quote inside a bare field', 'a,b\n1,2"3\n'],
  ['text after a closing quote', 'a,b\n"1"x,2\n'],
  ['space after a closing quote', 'a,b\n"1" ,2\n'],
  ['unclosed quote', 'a,b\n1,"2\n3,4\n'],
];

describe('csvRecords reads as csv-parse does', () => {
  for (const [name, text] of cases) {
    it(`${name}`, () => {
      // Every delimiter, so a quote met in what is then a bare field is refused by both.
      for (const delimiter of [',', ';', '\t']) {
        const mine = outcome(() => csvRecords(text, delimiter));
        const theirs = outcome(() => reference(text, delimiter));
        if ('records' in theirs) expect(mine).toEqual(theirs);
        else expect(mine.refused).toBe(true);
      }
    });
  }
  for (const [name, text] of refused) {
    it(`refuses: ${name}, naming the line`, () => {
      const mine = outcome(() => csvRecords(text, ','));
      expect(mine.refused).toBe(true);
      expect(outcome(() => reference(text, ',')).refused).toBe(true);
      expect(() => csvRecords(text, ',')).toThrow(CsvError);
      // The line the office is told is one of the record's own lines.
      expect(mine.line).toBeGreaterThanOrEqual(2);
      expect(mine.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
    });
  }
  it('names the line of a short record after a caption with line breaks', () => {
    const text = 'a,b\n"x\ny",2\n3\n';
    expect(outcome(() => csvRecords(text, ','))).toEqual({ refused: true, line: 4 });
    expect(outcome(() => reference(text, ',')).line).toBe(4);
  });
  it('takes CRLF and LF in one file both as line ends (csv-parse keeps the first it meets)', () => {
    expect(csvRecords('a,b\n1,2\r\n\r\n3,4\r\n', ',')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('reads a generated export record for record as csv-parse', () => {
    const lines = ['id,caption,views'];
    for (let i = 0; i < 500; i++) {
      const caption = i % 3 === 0 ? `"Baris ${i}\nlanjut ""kutip"", koma"` : `Biasa ${i}`;
      lines.push(`${i},${caption},"${(1000 + i).toLocaleString('en-US')}"`);
    }
    for (const end of ['\n', '\r\n']) {
      const text = lines.join(end);
      expect(csvRecords(text, ',')).toEqual(reference(text, ','));
    }
  });
});
