import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFormat } from '../../../src/main/export/formats/csv';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { csvPresetIds, type CsvPresetId, type Schedule } from '../../../src/shared/domain/exports';
import { postStatuses } from '../../../src/shared/domain/post-status';
import { useTempDir } from '../helpers';
import { useDemoOffice } from './fixture';
import { readStrict } from './strict-csv';

/** Captions of every awkward kind: what a caption box really receives. */
const awkward = [
  '\n',
  '"',
  ',',
  '🇮🇩🎉',
  '=HYPERLINK("http://contoh.test","klik")',
  '+6281234567890',
  '@pemkabsukamaju',
  ' awalan spasi',
  'akhiran spasi ',
  '-5 derajat',
  '\tdengan tab',
  '\rdengan CR',
  'baris satu\nbaris dua',
  'baris satu\r\nbaris dua',
  'Baris "kutipan", koma; dan\nbaris baru',
];

/** OWASP's rule for CSV injection: a cell a spreadsheet would run gets a leading apostrophe. */
const neutralised = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('CSV read back by strict readers', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  /** One channel (one file per profile), every post given one awkward title and caption. */
  async function awkwardSchedule(): Promise<Schedule> {
    const { schedule, channels } = await demoOffice();
    const december = schedule({ channelIds: [channels[0]!.id], statuses: [...postStatuses] });
    const template = december.posts[0]!;
    const posts = awkward.map((text, i) => ({
      ...template,
      id: randomUUID(),
      time: `${String(8 + (i % 12)).padStart(2, '0')}:00`,
      title: text,
      caption: text,
      link: '',
      hashtags: [],
      tags: [],
      channels: template.channels.map((channel) => ({ ...channel, caption: text })),
    }));
    return { ...december, posts };
  }

  async function exportCsv(schedule: Schedule, preset: CsvPresetId) {
    const file = join(tempDir(), `jadwal-${preset}.csv`);
    await writeFileAtomically(file, (out) => csvFormat.write(schedule, out, { preset }));
    return readFile(file);
  }

  const layouts: Record<CsvPresetId, { header: boolean; columns: number; text: number[] }> = {
    standard: { header: true, columns: 17, text: [7, 8] },
    buffer: { header: true, columns: 4, text: [0] },
    sprout: { header: true, columns: 3, text: [2] },
    hootsuite: { header: false, columns: 3, text: [1] },
  };

  it.each(csvPresetIds)('%s: every record and column intact', async (preset) => {
    const schedule = await awkwardSchedule();
    const bytes = await exportCsv(schedule, preset);
    const layout = layouts[preset];
    const { records, python } = readStrict(bytes);
    for (const read of python ? [records, python] : [records]) {
      expect(read).toHaveLength(schedule.posts.length + (layout.header ? 1 : 0));
      for (const record of read) expect(record).toHaveLength(layout.columns);
      const body = layout.header ? read.slice(1) : read;
      schedule.posts.forEach((post, i) => {
        for (const column of layout.text) {
          // The office table neutralises formulas; a scheduler's file carries the text as posted.
          expect(body[i]![column]).toBe(
            preset === 'standard' ? neutralised(post.title) : post.title,
          );
        }
      });
    }
    // RFC 4180: a field with a line break, comma, quote or outer space is quoted.
    const text = bytes.toString('utf8');
    for (const caption of [' awalan spasi', 'akhiran spasi ', 'baris satu\nbaris dua', ',']) {
      expect(text).toContain(`"${caption}"`);
    }
  });

  it('neutralises formulas in the office table only', async () => {
    const schedule = await awkwardSchedule();
    const standard = readStrict(await exportCsv(schedule, 'standard')).records;
    const titles = standard.slice(1).map((record) => record[7]);
    expect(titles).toContain(`'=HYPERLINK("http://contoh.test","klik")`);
    expect(titles).toContain(`'+6281234567890`);
    expect(titles).toContain(`'@pemkabsukamaju`);
    expect(titles).toContain(`'\tdengan tab`);
    expect(titles).toContain(`'\rdengan CR`);
    const buffer = readStrict(await exportCsv(schedule, 'buffer')).records;
    expect(buffer.slice(1).map((record) => record[0])).toContain(
      '=HYPERLINK("http://contoh.test","klik")',
    );
  });
});
