import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readFileSync, readdirSync } from 'node:fs';
import { pdfFormat, pdfFormatIn } from '../../../src/main/export/formats/pdf';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import type { Schedule } from '../../../src/shared/domain/exports';
import { useTempDir } from '../helpers';
import { readPdf } from './pdf-text';
import { useDemoOffice } from './fixture';
import { acting } from '../acting';

/** A December as a busy office plans it: 30 posts, each caption many lines long. */
const longCaption = (n: number) =>
  [
    `Keterangan-${n} baris pertama: Pemerintah Kabupaten Gowa mengajak warga hadir.`,
    'Baris kedua dengan rincian lokasi kegiatan di halaman kantor bupati dan jadwal lengkapnya.',
    'Baris ketiga: pendaftaran dibuka pukul 08.00 sampai 12.00 WITA, gratis, tanpa antre.',
    'Baris keempat menjelaskan syarat yang perlu dibawa: KTP-el, kartu keluarga, dan fotokopi.',
    'Baris kelima berisi ajakan untuk membagikan informasi ini kepada keluarga dan tetangga.',
    'Baris keenam: informasi lebih lanjut hubungi layanan pengaduan di nomor resmi pemerintah.',
    `Penutup-${n}-akhir`,
  ].join('\n');

const office = 'Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Gowa';

async function writePdf(dir: string, schedule: Schedule) {
  const target = join(dir, 'jadwal.pdf');
  await writeFileAtomically(target, (out) => pdfFormat.write(schedule, out, {}));
  return readPdf(target);
}

describe('pdf fit to sign', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  async function gowa() {
    const demo = await demoOffice();
    demo.app.services.settings.update({
      officeName: office,
      unitName: 'Sekretariat Daerah Kabupaten Gowa',
      printDocument: {
        letterhead: [
          'PEMERINTAH KABUPATEN GOWA',
          'SEKRETARIAT DAERAH',
          'Jl. Mesjid Raya No. 30, Sungguminasa, Gowa, Sulawesi Selatan 92111',
        ],
        place: 'Sungguminasa',
        signers: [
          {
            role: 'Diperiksa oleh',
            position: 'Kepala Subbagian Media dan Komunikasi Publik',
            name: 'Andi Rahmat Hidayat, S.Sos.',
            nip: '198609262015051001',
          },
          {
            role: 'Disetujui oleh',
            position: 'Kepala Bagian Protokol dan Komunikasi Pimpinan',
            name: 'Dr. Hj. Sitti Nurbaya, S.H., M.H.',
            nip: '19750812 200012 2 003',
          },
        ],
      },
    });
    return demo;
  }

  it('prints the letterhead, the whole office name, the full signing line and two signers', async () => {
    const { schedule } = await gowa();
    const december = schedule();
    december.generatedAt = '2026-12-02T02:00:00.000Z';
    const pages = await writePdf(tempDir(), december);
    const first = pages[0]!.text;
    expect(first).toMatch(
      /PEMERINTAH KABUPATEN GOWA SEKRETARIAT DAERAH Jl\. Mesjid Raya No\. 30, Sungguminasa, Gowa, Sulawesi Selatan 92111/,
    );
    expect(first.indexOf('PEMERINTAH KABUPATEN GOWA')).toBeLessThan(first.indexOf('Desember 2026'));
    // Every section heading carries the office name whole, never cut with "…".
    const tableStart = pages.findIndex((p) => p.text.includes('Rincian jadwal'));
    for (const page of [pages[0]!, pages[tableStart]!]) expect(page.text).toContain(office);
    expect(pages.map((p) => p.text).join(' ')).not.toMatch(/Kabupaten G…|Sekretariat Daer…/);

    const last = pages.at(-1)!.text;
    expect(last).toContain('Sungguminasa, 2 Desember 2026');
    expect(last).toContain('Diperiksa oleh');
    expect(last).toContain('Disetujui oleh');
    expect(last).toContain('Kepala Subbagian Media dan Komunikasi Publik');
    expect(last).toContain('Andi Rahmat Hidayat, S.Sos.');
    expect(last).toContain('NIP 19860926 201505 1 001');
    expect(last).toContain('Dr. Hj. Sitti Nurbaya, S.H., M.H.');
    expect(last).toContain('NIP 19750812 200012 2 003');
    // The place comes from the setting, not from the office name.
    expect(last).not.toMatch(
      /Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Gowa, /,
    );
  });

  it('shows platform and account, hashtags, attachments, a summary and marks emoji', async () => {
    const { schedule } = await gowa();
    const pages = await writePdf(tempDir(), schedule());
    const all = pages.map((p) => p.text).join(' ');
    expect(pages[0]!.text).toContain('Instagram · @pemkabsukamaju'); // the legend
    expect(all).toMatch(/Ringkasan/);
    expect(all).toMatch(/Unggahan per kanal/);
    expect(all).toMatch(/Unggahan per status/);
    expect(all).toContain('Instagram · @pemkabsukamaju');
    expect(all).toContain('X · @humas_sukamaju');
    expect(all).toContain('#BebasPungli');
    // The tricky caption's flag and party popper are named, not dropped.
    expect(all).toContain('Emoji [emoji][emoji] — é ü ñ');
  });

  it('prints every long caption whole and never leaves the signature alone on the last page', async () => {
    const { call, people, channels, schedule, app } = await gowa();
    const planner = people.find((p) => p.role === 'planner')!;
    const approver = people.find((p) => p.role === 'approver')!;
    app.services.settings.update({ allowSelfApproval: true });
    for (let day = 1; day <= 30; day++) {
      const created = await call('posts.create', {
        actorId: planner.id,
        title: `Unggahan-${String(day).padStart(2, '0')} Sosialisasi layanan administrasi kependudukan keliling`,
        caption: longCaption(day),
        channels: [
          { channelId: channels[0]!.id, format: 'feed' },
          { channelId: channels[1]!.id, format: 'feed' },
        ],
        schedule: { date: `2026-12-${String(day).padStart(2, '0')}`, time: '09:00' },
      });
      const submitted = await call('posts.transition', {
        id: created.id,
        version: created.version,
        actorId: planner.id,
        action: 'submit',
        acknowledgeWarnings: true,
      });
      await call('posts.transition', {
        id: created.id,
        version: submitted.version,
        actorId: approver.id,
        action: 'approve',
        acknowledgeWarnings: true,
      });
    }
    const december = schedule();
    expect(december.posts.length).toBeGreaterThanOrEqual(30);
    const pages = await writePdf(tempDir(), december);
    const all = pages.map((p) => p.text).join(' ');
    for (let day = 1; day <= 30; day++) {
      // Both channels' rows carry the caption to its last line.
      expect(all.split(`Penutup-${day}-akhir`).length - 1).toBe(2);
      expect(all).toContain(`Keterangan-${day} baris pertama`);
    }
    const last = pages.at(-1)!.text;
    expect(last).toContain('Disetujui oleh');
    // Table rows on the signature's page: the last post of the month (its title and caption).
    const lastPost = december.posts.at(-1)!;
    expect(last).toContain(lastPost.title.slice(0, 20));
    expect(last).toMatch(/Tanggal Jam Kanal/);

    // Wherever the table happens to end on its page, the block keeps rows with it: months of
    // several lengths, so some end right at the bottom of a page (19 did before the fix).
    const dir = tempDir();
    for (let count = 18; count <= 24; count++) {
      const month = { ...december, posts: december.posts.slice(0, count) };
      const target = join(dir, `jadwal-${count}.pdf`);
      await writeFileAtomically(target, (out) => pdfFormat.write(month, out, {}));
      const pagesOf = await readPdf(target);
      const end = pagesOf.at(-1)!.text;
      expect(end, `${count} posts`).toContain('NIP 19750812 200012 2 003');
      expect(end, `${count} posts: rows with the signature`).toMatch(/Tanggal Jam Kanal/);
      expect(end).toContain(month.posts.at(-1)!.title.slice(0, 20));
    }
  }, 120_000);

  it('prints the letterhead logo chosen in Settings, kept in the data directory; refuses a non-image', async () => {
    const { app, schedule } = await gowa();
    const png = await sharp({
      create: { width: 120, height: 140, channels: 3, background: '#1d4ed8' },
    })
      .png()
      .toBuffer();
    const set = await acting(app)('settings.setLogo', { data: png.toString('base64') });
    expect(set.ok).toBe(true);
    const logo = app.services.settings.get().printDocument.logo!;
    expect(logo).toMatch(/^logo-[0-9a-f]{64}\.png$/);
    expect(readdirSync(join(app.paths.root, 'branding'))).toEqual([logo]);
    // Saving the rest of the document keeps the logo.
    app.services.settings.update({
      printDocument: {
        letterhead: ['PEMERINTAH KABUPATEN GOWA'],
        place: 'Sungguminasa',
        signers: [],
      },
    });
    expect(app.services.settings.get().printDocument.logo).toBe(logo);

    const target = join(tempDir(), 'logo.pdf');
    await writeFileAtomically(target, (out) =>
      pdfFormatIn(app.paths.root).write(schedule(), out, {}),
    );
    expect(readFileSync(target).toString('latin1')).toMatch(/\/Subtype \/Image/);

    const text = await acting(app)('settings.setLogo', {
      data: Buffer.from('bukan gambar').toString('base64'),
    });
    expect(text).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const broken = await acting(app)('settings.setLogo', {
      data: Buffer.concat([png.subarray(0, 40)]).toString('base64'),
    });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(app.services.settings.get().printDocument.logo).toBe(logo);
    expect((await acting(app)('settings.clearLogo', {})).ok).toBe(true);
    expect(app.services.settings.get().printDocument.logo).toBeNull();
  });
});
