import { format } from 'date-fns';
import { id as indonesian } from 'date-fns/locale';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pdfFormat } from '../../../src/main/export/formats/pdf';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import type { Schedule } from '../../../src/shared/domain/exports';
import { localParts } from '../../../src/shared/time';
import { useTempDir } from '../helpers';
import { readPdf } from './pdf-text';
import { trickyPost, useDemoOffice } from './fixture';

async function writePdf(dir: string, schedule: Schedule) {
  const target = join(dir, 'jadwal.pdf');
  await writeFileAtomically(target, (out) => pdfFormat.write(schedule, out, {}));
  return { target, pages: await readPdf(target) };
}

/** "27 November 2026": the export's generation date in the office zone, as the signer dates it. */
function generatedOn(schedule: Schedule): string {
  const { date } = localParts(schedule.generatedAt, schedule.office.timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day, 12), 'd MMMM yyyy', { locale: indonesian });
}

describe('pdf export', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  it('prints the month grid, every approved post, the signature block and page numbers', async () => {
    const { schedule } = await demoOffice();
    const december = schedule();
    const { target, pages } = await writePdf(tempDir(), december);
    const all = pages.map((p) => p.text).join(' ');
    const count = pages.length;

    for (const page of pages) {
      expect(page.size.map(Math.round)).toEqual([842, 595]);
      expect(page.fonts.length).toBeGreaterThan(0);
      expect(page.fonts.every((f) => f.embedded)).toBe(true);
    }
    // The font program itself is in the file (TrueType: FontFile2), and no standard font is used.
    const raw = readFileSync(target).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);

    const grid = pages[0]!.text;
    expect(grid).toContain('Pemerintah Kabupaten Sukamaju');
    expect(grid).toContain('Bagian Protokol dan Komunikasi Pimpinan');
    expect(grid).toContain('Desember 2026');
    expect(grid).toMatch(/Senin Selasa Rabu Kamis Jumat Sabtu Minggu/);
    expect(grid).toContain('Hari Raya Natal');
    expect(grid).toContain('Hari Ibu');
    // The legend names each mark's platform and account.
    for (const channel of december.channels) expect(grid).toContain(channel.handle);
    // Times as Indonesian letters write them: 08.00.
    for (const post of december.posts) expect(grid).toContain(post.time.replace(':', '.'));

    for (const post of december.posts) {
      expect(post.status).toBe('approved');
      expect(pages.slice(1).some((p) => p.text.includes(post.title))).toBe(true);
    }
    // The tricky caption prints whole in the table, each emoji a visible marker (DejaVu has
    // none: no tofu, and nothing dropped silently).
    expect(all).toContain('Emoji [emoji][emoji] — é ü ñ · © ™ → ✓\\akhir');
    expect(all).not.toMatch(/[\u{1F1E6}-\u{1F1FF}\u{1F389}]/u);
    expect(trickyPost.caption).toContain('🎉');

    const last = pages.at(-1)!.text;
    expect(last).toContain('Mengetahui / Menyetujui');
    expect(last).toContain('Kepala Bagian Prokopim');
    expect(last).toContain('Drs. Bambang Wicaksono, M.Si.');
    expect(last).toContain('NIP 19720315 199803 1 004');
    // No Tempat set: a dotted blank to write the place by hand, never one guessed from the
    // office name.
    expect(last).toContain(`...................., ${generatedOn(december)}`);
    expect(last).not.toContain(`Sukamaju, ${generatedOn(december)}`);

    pages.forEach((page, index) => {
      expect(page.text).toContain(`Halaman ${index + 1} dari ${count}`);
    });
    expect(pages[0]!.text).toContain(`Halaman 1 dari ${count}`);
    expect(last).toContain(`Halaman ${count} dari ${count}`);
  });

  it('shows "+N lainnya" on a crowded day and repeats the table header on every page', async () => {
    const { call, people, channels, schedule } = await demoOffice();
    const planner = people.find((p) => p.role === 'planner')!;
    const crowded = 30;
    for (let i = 1; i <= crowded; i++) {
      await call('posts.create', {
        actorId: planner.id,
        title: `Rapat-${String(i).padStart(2, '0')}`,
        channels: [
          { channelId: channels[0]!.id, format: 'feed' },
          { channelId: channels[1]!.id, format: 'feed' },
        ],
        schedule: {
          date: '2026-12-09',
          time: `${String(6 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
        },
      });
    }
    const drafts = schedule({ statuses: ['draft'] });
    const { pages } = await writePdf(tempDir(), drafts);

    const grid = pages[0]!.text;
    const shown = grid.match(/Rapat-\d\d/g)?.length ?? 0;
    const more = /\+(\d+) lainnya/.exec(grid);
    expect(shown).toBeGreaterThan(2);
    expect(more).not.toBeNull();
    expect(shown + Number(more![1])).toBe(crowded);

    const tablePages = pages.slice(1).filter((p) => /Rapat-\d\d/.test(p.text));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) {
      expect(page.text).toMatch(
        /Tanggal Jam Kanal Judul Keterangan Tagar Lampiran PIC Status Disetujui oleh/,
      );
    }
    // Each row whole on one page: both channels' rows of every crowded post are printed.
    const inTable = pages
      .slice(1)
      .flatMap((p) => p.text.match(/Rapat-\d\d/g) ?? [])
      .sort();
    expect(inTable).toHaveLength(crowded * 2);
    expect(new Set(inTable).size).toBe(crowded);
  });

  it('still makes a valid document when the range holds no posts', async () => {
    const { schedule } = await demoOffice();
    const november = schedule({ from: '2026-11-01', to: '2026-11-30' });
    expect(november.posts).toHaveLength(0);
    const { pages } = await writePdf(tempDir(), november);
    const all = pages.map((p) => p.text).join(' ');
    expect(pages[0]!.text).toContain('November 2026');
    expect(all).toContain('Tidak ada unggahan pada rentang ini.');
    expect(all).toContain('Mengetahui / Menyetujui');
    expect(pages.at(-1)!.text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  it('prints one grid per month of a range that spans two', async () => {
    const { schedule } = await demoOffice();
    const { pages } = await writePdf(tempDir(), schedule({ from: '2026-12-20', to: '2027-01-10' }));
    expect(pages[0]!.text).toContain('Desember 2026');
    expect(pages[1]!.text).toContain('Januari 2027');
    expect(pages[1]!.text).toContain('00.00 Selamat Tahun Baru 2027'); // the chip, wrapped whole
    expect(pages.slice(2).some((p) => p.text.includes('Selamat Tahun Baru 2027'))).toBe(true);
  });

  it('starts the grid’s week on the office’s first day (Settings), as the calendar does', async () => {
    const { schedule, app } = await demoOffice();
    app.services.settings.update({ weekStart: 0 });
    const { pages } = await writePdf(tempDir(), schedule());
    expect(pages[0]!.text).toMatch(/Minggu Senin Selasa Rabu Kamis Jumat Sabtu/);
    // 1 December 2026 is a Tuesday: with Sunday first, the grid opens on 29 November.
    // (1 December carries Hari AIDS Sedunia since issue 12.)
    expect(pages[0]!.text).toMatch(/Sabtu 29 30 1 (Hari AIDS Sedunia )?2/);
  });

  it('writes English labels for an English office', async () => {
    const { schedule } = await demoOffice();
    const december = schedule();
    december.office.locale = 'en';
    const { pages } = await writePdf(tempDir(), december);
    const all = pages.map((p) => p.text).join(' ');
    expect(pages[0]!.text).toContain('December 2026');
    expect(pages[0]!.text).toMatch(/Monday Tuesday/);
    expect(all).toContain('Schedule details');
    expect(all).toContain('Acknowledged / Approved');
    expect(pages[0]!.text).toContain(`Page 1 of ${pages.length}`);
    expect(all).not.toContain('Halaman');
  });

  it('stops when cancelled and leaves no file behind', async () => {
    const { schedule } = await demoOffice();
    // The writer itself gives up: cancelled from its first progress report.
    const sink = new PassThrough().resume();
    const controller = new AbortController();
    await expect(
      pdfFormat.write(schedule(), sink, {
        signal: controller.signal,
        progress: () => controller.abort(),
      }),
    ).rejects.toThrow(/abort/i);

    // And through the atomic file: nothing at the target, no temp file beside it.
    const dir = tempDir();
    const target = join(dir, 'jadwal.pdf');
    const again = new AbortController();
    const written = writeFileAtomically(
      target,
      (out) =>
        pdfFormat.write(schedule(), out, {
          signal: again.signal,
          progress: () => again.abort(),
        }),
      again.signal,
    );
    await expect(written).rejects.toThrow(/abort/i);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
