import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli-run';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

const cli = runCliCaptured;

/** What the first bytes of each format must be for the program that opens it. */
const signatures: Record<string, (file: Buffer) => boolean> = {
  pdf: (file) => file.subarray(0, 5).toString() === '%PDF-',
  xlsx: (file) => file.subarray(0, 2).toString() === 'PK',
  bundle: (file) => file.subarray(0, 2).toString() === 'PK',
  csv: (file) => file.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
  ics: (file) => file.toString('utf8').startsWith('BEGIN:VCALENDAR\r\n'),
  json: (file) => (JSON.parse(file.toString('utf8')) as { posts: unknown[] }).posts.length === 3,
};

describe('a demo office’s approved December, from the command line', () => {
  it('seeds December with --month and exports it to every format', async () => {
    const dataDir = join(tempDir(), 'data');
    expect((await cli('seed-demo', '--month', '2026-12', '--data-dir', dataDir)).code).toBe(0);
    const outDir = tempDir();
    for (const [format, looksRight] of Object.entries(signatures)) {
      const out = join(outDir, `jadwal.${format}`);
      const result = await cli(
        'export',
        '--from',
        '2026-12-01',
        '--to',
        '2026-12-31',
        '--format',
        format,
        '--out',
        out,
        '--data-dir',
        dataDir,
      );
      expect(result, format).toMatchObject({ code: 0 });
      // seed-demo approves three posts of its month, each on two channels.
      expect(result.out, format).toContain('3 unggahan, 6 baris');
      expect(looksRight(readFileSync(out)), format).toBe(true);
    }
    expect((await cli('seed-demo', '--month', '2026-13', '--data-dir', dataDir)).code).toBe(2);
  });
});
