import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvError, csvRecords } from '../../../src/main/analytics/csv-records';

/** csv-parse with the options the importer used before: the reference reader. */
const reference = (text: string, delimiter: string) =>
  parse(text, { delimiter, skip_empty_lines: true, relax_column_count: false }) as string[][];

/** Just the cells, to set beside csv-parse's records. */
const cellsOf = (text: string, delimiter: string) =>
  csvRecords(text, delimiter).map((record) => record.cells);

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
  ['text after a closing quote', 'a,b\n"1"x,2\n'],
  ['unclosed quote', 'a,b\n1,"2\n3,4\n'],
];

describe('csvRecords reads what csv-parse reads, and refuses a broken file by its row', () => {
  for (const [name, text] of cases) {
    it(`${name}`, () => {
      for (const delimiter of [',', ';', '\t']) {
        const mine = outcome(() => cellsOf(text, delimiter));
        const theirs = outcome(() => reference(text, delimiter));
        // Read with another delimiter, a quoted field becomes a bare one with quotes inside,
        // which csv-parse refuses and a spreadsheet (and we) keep as text.
        if ('records' in theirs) expect(mine).toEqual(theirs);
      }
    });
  }
  for (const [name, text] of refused) {
    it(`refuses: ${name}, naming the line`, () => {
      const mine = outcome(() => cellsOf(text, ','));
      expect(mine.refused).toBe(true);
      expect(outcome(() => reference(text, ',')).refused).toBe(true);
      expect(() => csvRecords(text, ',')).toThrow(CsvError);
      // The row the office is told is a data row of the sheet.
      expect(mine.line).toBeGreaterThanOrEqual(2);
      expect(mine.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
    });
  }
  it('names the spreadsheet row of a short record after a caption with line breaks', () => {
    // Row 3 of the sheet, though line 4 of the file.
    expect(outcome(() => cellsOf('a,b\n"x\ny",2\n3\n', ','))).toEqual({
      refused: true,
      line: 3,
    });
    // An empty line is a row of the sheet too (and is skipped).
    expect(outcome(() => cellsOf('a,b\n1,2\n\n3,4\n5,"6\n', ','))).toEqual({
      refused: true,
      line: 5,
    });
  });
  it('keeps a quote inside a bare field as text, as a spreadsheet does', () => {
    expect(cellsOf('a,b\n1,2"3\n', ',')).toEqual([
      ['a', 'b'],
      ['1', '2"3'],
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
      expect(cellsOf(text, ',')).toEqual(reference(text, ','));
    }
  });
});
