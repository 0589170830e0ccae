import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { openApp, type LinimasaApp } from '../../src/main/app';
import { acting } from '../unit/acting';
import { seedDemo } from '../../src/main/cli/seed-demo';
import { settingsRepository } from '../../src/main/db/repositories/settings';
import type { Job } from '../../src/shared/domain/jobs';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { AppFrame } from './pages';

/**
 * Importing a `.linimasa` bundle (issue 5, exchange) in the browser: the file goes up through
 * `/upload/bundle` (or, with the desktop dialog stubbed, by path), the dry run is reviewed, every
 * conflict settled, and the import's summary leads to the calendar. The bundles are real ones,
 * written by a second office opened in this test process (its own data directory) or by the
 * test's host itself. "Today" in the page is 10 November 2026; the demo office plans December.
 */

const today = new Date('2026-11-10T03:00:00Z');
const everyStatus = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'cancelled',
] as const;

type Dispatch = (method: string, request: unknown) => ReturnType<LinimasaApp['dispatch']>;

async function call<T>(dispatch: Dispatch, method: string, request: unknown): Promise<T> {
  const result = await dispatch(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function finished(dispatch: Dispatch, jobId: string): Promise<Job> {
  for (;;) {
    const job = await call<Job>(dispatch, 'jobs.get', { id: jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** December 2026, every status, as the export screen's "Paket Linimasa" writes it; copied to `target`. */
async function writeBundle(app: LinimasaApp, target: string): Promise<string> {
  const { record } = await app.services.exports.write({
    filter: {
      from: '2026-12-01',
      to: '2026-12-31',
      statuses: [...everyStatus],
      channelIds: [],
      campaignIds: [],
    },
    format: 'bundle',
    actorId: null,
  });
  copyFileSync(app.services.exports.file(record.id)!.path, target);
  return target;
}

async function postTitled(dispatch: Dispatch, query: string) {
  const [hit] = await call<{ id: string }[]>(dispatch, 'posts.search', { query });
  return call<{ id: string; version: number; title: string }>(dispatch, 'posts.get', {
    id: hit!.id,
  });
}

async function personNamed(dispatch: Dispatch, name: string): Promise<string> {
  const people = await call<{ id: string; name: string }[]>(dispatch, 'people.list', {});
  return people.find((person) => person.name === name)!.id;
}

/** Titles of every post the office has, trash excluded (December and the ideas tray). */
async function allTitles(dispatch: Dispatch): Promise<string[]> {
  const month = await call<{ title: string }[]>(dispatch, 'posts.range', {
    from: '2026-12-01',
    to: '2026-12-31',
  });
  const ideas = await call<{ title: string }[]>(dispatch, 'posts.ideas', {});
  return [...month, ...ideas].map((post) => post.title).sort();
}

/** A second office on this machine, as another computer's Linimasa would be. */
async function otherOffice(root: string): Promise<LinimasaApp> {
  const app = openApp(join(root, 'kantor-lain'), { autoBackup: false });
  await seedDemo(app.dispatchAs, '2026-12-15');
  return app;
}

class BundleImportSection {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.clock.setFixedTime(today);
    await this.page.reload();
    await new AppFrame(this.page).open('Ekspor');
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Impor paket (.linimasa)', exact: true });
  }

  get review(): Locator {
    return this.section.getByRole('region', { name: /^Hasil pemeriksaan/ });
  }

  get importButton(): Locator {
    return this.section.getByRole('button', { name: 'Impor', exact: true });
  }

  get kinds(): Locator {
    return this.section.getByRole('list', { name: 'Ringkasan unggahan' });
  }

  get rows(): Locator {
    return this.section
      .getByRole('table', { name: 'Unggahan dalam paket' })
      .locator('tbody')
      .getByRole('row');
  }

  /** "Pilih berkas paket…" and the browser's file chooser. */
  async choose(path: string, button = 'Pilih berkas paket…'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(path);
  }

  /** A file dropped from the file manager onto the section. */
  async drop(name: string, bytes: Buffer): Promise<void> {
    // Built in the page from a string: this file is compiled without the DOM's types.
    const dataTransfer = await this.page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      const bytes = new Uint8Array(${JSON.stringify([...bytes])});
      transfer.items.add(new File([bytes], ${JSON.stringify(name)}));
      return transfer;
    })()`);
    await this.section.dispatchEvent('dragenter', { dataTransfer });
    await this.section.dispatchEvent('dragover', { dataTransfer });
    await this.section.dispatchEvent('drop', { dataTransfer });
  }

  conflict(title: string): Locator {
    return this.section.getByRole('group', { name: title, exact: true });
  }
}

test.describe('Impor paket', () => {
  test('paket dari kantor lain ke kantor kosong: pratinjau, kanal dan pilar baru, aset, impor, kalender', async ({
    app,
    host,
  }) => {
    const root = mkdtempSync(join(tmpdir(), 'linimasa-bundle-e2e-'));
    const other = await otherOffice(root);
    try {
      // A photo attached to the festival post travels along.
      const photo = await sharp({
        create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 20 } },
      })
        .jpeg()
        .toBuffer();
      const imported = await other.library.importStream(
        'poster-festival.jpg',
        Readable.from([photo]),
      );
      baseExpect(imported.status).toBe('imported');
      const festival = await postTitled(acting(other), 'Festival Kuliner');
      await call(acting(other), 'posts.update', {
        id: festival.id,
        version: festival.version,
        actorId: await personNamed(acting(other), 'Rina Wulandari'),
        assetIds: [imported.assetId],
      });
      const bundle = await writeBundle(other, join(root, 'desember-sukamaju.linimasa'));

      const screen = new BundleImportSection(app);
      await screen.open();
      await expect(screen.section).toContainText(
        'Bawa unggahan, kanal, pilar, dan foto dari komputer lain.',
      );
      await screen.choose(bundle);

      await expect(screen.review).toBeVisible();
      await expect(screen.review.getByRole('heading', { level: 3 })).toHaveText(
        'Hasil pemeriksaan desember-sukamaju.linimasa',
      );
      await expect(screen.review).toContainText(
        'Pemerintah Kabupaten Sukamaju — Bagian Protokol dan Komunikasi Pimpinan',
      );
      await expect(screen.review).toContainText(/Dibuat.*WIB · Linimasa \d/);
      await expect(screen.review).toContainText('Desember 2026');
      await expect(screen.review).not.toContainText('Paket ini dibuat di komputer ini');
      await expect(screen.kinds.getByRole('listitem')).toHaveText([
        'Baru 12: belum ada di sini',
        'Diperbarui 0: hanya diubah di sana; versi paket dipakai',
        'Konflik 0: diubah di kedua komputer; Anda memilih',
        'Sama 0: sudah sama, atau hanya diubah di sini; tidak disentuh',
      ]);
      await expect(screen.review).toContainText('1 disalin ke pustaka');
      await expect(screen.review).toContainText(/Kanal \(6\)\s*Instagram Pemkab Sukamaju/);
      await expect(screen.review).toContainText('Pilar konten (5)');
      await expect(screen.review).toContainText(/Orang \(3\).*Rina Wulandari/);
      await expect(screen.rows).toHaveCount(12);
      await expect(screen.rows.filter({ hasText: 'Festival Kuliner Nusantara' })).toContainText(
        /Sel, 8 Des 2026, 13\.00 WIB.*Baru/,
      );
      // No conflict: nothing to choose, the import is ready.
      await expect(
        screen.section.getByRole('group', { name: 'Pilih untuk semua konflik' }),
      ).toHaveCount(0);
      await expect(screen.importButton).toBeEnabled();
      // Someone is always signed in: the import is logged in their name.
      await expect(screen.review).toContainText('Dicatat di log aktivitas atas nama Admin Humas.');
      expect(await seriousViolations(app)).toEqual([]);
      // Nothing has been written by the dry run.
      baseExpect(await allTitles(acting(host.app))).toEqual([]);

      // "Batal" forgets the bundle and removes its upload; choosing it again checks it afresh.
      const uploads = () =>
        readdirSync(host.app.paths.incoming).filter((name) => name.endsWith('.part'));
      baseExpect(uploads()).toHaveLength(1);
      // A stray photo dropped on the card only earns a note: the review and its upload stay.
      await screen.drop('foto.jpg', Buffer.from([0xff, 0xd8, 0xff]));
      await expect(screen.section.getByText(/foto\.jpg bukan paket Linimasa/)).toBeVisible();
      await expect(screen.review).toHaveCount(1);
      baseExpect(uploads()).toHaveLength(1);
      await screen.section.getByRole('button', { name: 'Batal', exact: true }).click();
      await expect(screen.review).toHaveCount(0);
      await baseExpect.poll(uploads).toEqual([]);
      await screen.choose(bundle);
      await expect(screen.kinds.getByRole('listitem').first()).toHaveText(/^Baru 12/);

      await screen.importButton.click();
      const summary = screen.section.getByRole('status').filter({ hasText: 'Impor selesai' });
      await expect(summary).toHaveText(
        'Impor selesai12 unggahan baru, 1 aset disalin, 6 kanal baru, 5 pilar baru, 3 orang baru.',
      );
      // December's twelve arrived (the ideas tray's posts were not in the exported range).
      const arrived = await allTitles(acting(host.app));
      baseExpect(arrived).toHaveLength(12);
      baseExpect(await allTitles(acting(other))).toEqual(baseExpect.arrayContaining(arrived));
      // The upload was removed with the import.
      baseExpect(uploads()).toEqual([]);

      // The calendar opens on the month the posts arrived in, and shows them.
      await screen.section.getByRole('button', { name: 'Buka kalender' }).click();
      await expect(app.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
      const december = app.getByRole('table', { name: 'Kalender Desember 2026' });
      await expect(
        december.getByRole('button', { name: /Festival Kuliner Nusantara/ }),
      ).toBeVisible();
      await expect(
        december.getByRole('button', { name: /Jadwal layanan KTP keliling/ }),
      ).toBeVisible();
      // The new channels are known everywhere without a reload (the calendar's filter lists them).
      await expect(app.getByText('Instagram Pemkab Sukamaju').first()).toBeAttached();
    } finally {
      other.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('konflik: dari A ke B, diubah di keduanya, kembali ke A; Impor menunggu pilihan; simpan keduanya, ambil dari paket, pertahankan milik saya', async ({
    app,
    host,
  }) => {
    // Two offices, photos with thumbnails and a full axe scan of the review: more than the
    // default minute on two loaded cores.
    test.slow();
    const root = mkdtempSync(join(tmpdir(), 'linimasa-bundle-e2e-'));
    const officeB = openApp(join(root, 'kantor-b'), { autoBackup: false });
    try {
      // A (the test's host) plans December and sends it to B.
      await seedDemo(host.app.dispatchAs, '2026-12-15');
      const toB = await writeBundle(host.app, join(root, 'a-ke-b.linimasa'));
      const sent = await call<{ jobId: string }>(acting(officeB), 'bundles.import', {
        source: { path: toB },
      });
      baseExpect((await finished(acting(officeB), sent.jobId)).state).toBe('done');

      // Both offices edit the same three posts; A also moves the festival a day later.
      const edit = async (dispatch: Dispatch, query: string, side: string) => {
        const post = await postTitled(dispatch, query);
        await call(dispatch, 'posts.update', {
          id: post.id,
          version: post.version,
          actorId: await personNamed(dispatch, 'Rina Wulandari'),
          title: `${post.title} (versi ${side})`,
        });
      };
      for (const query of ['Festival Kuliner', 'Posyandu serentak', 'Pasar murah']) {
        await edit(acting(host.app), query, 'kantor');
        await edit(acting(officeB), query, 'lapangan');
      }
      const festivalA = await postTitled(acting(host.app), 'Festival Kuliner');
      await call(acting(host.app), 'posts.move', {
        id: festivalA.id,
        version: festivalA.version,
        actorId: await personNamed(acting(host.app), 'Rina Wulandari'),
        date: '2026-12-09',
      });
      // Each office attaches its own banner to the market post; A's library also holds B's
      // banner (filed earlier, attached to nothing), so both sides show a thumbnail.
      const banner = (r: number) =>
        sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 90, b: 40 } } })
          .jpeg()
          .toBuffer();
      const attach = async (office: LinimasaApp, name: string, bytes: Buffer) => {
        const imported = await office.library.importStream(name, Readable.from([bytes]));
        baseExpect(imported.status).toBe('imported');
        const post = await postTitled(acting(office), 'Pasar murah');
        await call(acting(office), 'posts.update', {
          id: post.id,
          version: post.version,
          actorId: await personNamed(acting(office), 'Rina Wulandari'),
          assetIds: [imported.assetId],
        });
      };
      const bannerB = await banner(30);
      await attach(host.app, 'spanduk-kantor.jpg', await banner(200));
      await attach(officeB, 'spanduk-lapangan.jpg', bannerB);
      baseExpect(
        (await host.app.library.importStream('spanduk-lapangan.jpg', Readable.from([bannerB])))
          .status,
      ).toBe('imported');
      // B works in WITA: its bundle says so.
      settingsRepository(officeB.db).update({ timeZone: 'Asia/Makassar' });
      const fromB = await writeBundle(officeB, join(root, 'b-ke-a.linimasa'));
      const before = await allTitles(acting(host.app));

      // The desktop app names the file with its open dialog; main reads it where it lies.
      await app.addInitScript((path) => {
        (globalThis as unknown as { linimasaDesktop: unknown }).linimasaDesktop = {
          pickBundle: async () => path,
          pickAssetFiles: async () => [],
          pickAssetFolders: async () => [],
          saveExport: async () => ({ outcome: 'cancelled' }),
        };
      }, fromB);
      const screen = new BundleImportSection(app);
      await screen.open();
      await screen.section.getByRole('button', { name: 'Pilih berkas paket…' }).click();

      // The dry run reads and sniffs the attached files first: on two loaded cores that can take
      // longer than the default 5 s.
      await expect(screen.review.getByRole('heading', { level: 3 })).toHaveText(
        'Hasil pemeriksaan b-ke-a.linimasa',
        { timeout: 20_000 },
      );
      await expect(screen.kinds.getByRole('listitem')).toHaveText([
        /^Baru 0/,
        /^Diperbarui 0/,
        /^Konflik 3/,
        /^Sama 9/,
      ]);
      await expect(screen.review).toContainText('Tidak ada kanal, pilar, atau orang baru.');

      // The sender's zone differs: the import says so, and shows times in both zones.
      await expect(screen.review).toContainText(
        'Kantor pengirim memakai WITA (Asia/Makassar), komputer ini WIB (Asia/Jakarta).',
      );

      // What differs, side by side: only the differing fields, ours then the bundle's.
      const festival = screen.conflict('Festival Kuliner Nusantara (versi lapangan)');
      const festivalDiff = festival.getByRole('table', { name: 'Yang berbeda' });
      await expect(festivalDiff.getByRole('columnheader')).toHaveText([
        'Bagian',
        'Di komputer ini',
        'Di paket',
      ]);
      await expect(festivalDiff.locator('tbody').getByRole('row')).toHaveText([
        /^Judul\s*Festival Kuliner Nusantara \(versi kantor\)\s*Festival Kuliner Nusantara \(versi lapangan\)$/,
        /^Waktu tayang\s*Rab, 9 Des 2026, 13\.00 WIB\s*Rab, 9 Des 2026, 14\.00 WITA di kantor pengirim\s*Sel, 8 Des 2026, 13\.00 WIB\s*Sel, 8 Des 2026, 14\.00 WITA di kantor pengirim$/,
      ]);
      const market = screen.section.getByRole('group', {
        name: /^Pasar murah.*\(versi lapangan\)$/,
      });
      const marketRows = market
        .getByRole('table', { name: 'Yang berbeda' })
        .locator('tbody')
        .getByRole('row');
      await expect(marketRows.getByRole('rowheader')).toHaveText(['Judul', 'Lampiran']);
      const attachments = marketRows.filter({ hasText: 'Lampiran' });
      await expect(attachments.getByRole('cell')).toHaveText([
        /spanduk-kantor/,
        /spanduk-lapangan/,
      ]);
      // Thumbnails through the media URL, loaded.
      const thumbs = attachments.locator('img');
      await expect(thumbs).toHaveCount(2);
      for (const thumb of await thumbs.all()) {
        await expect
          .poll(() => thumb.evaluate((img) => (img as { naturalWidth: number }).naturalWidth))
          .toBeGreaterThan(0);
      }

      // Impor waits until every conflict has a choice, and says how many are left.
      await expect(screen.importButton).toBeDisabled();
      await expect(screen.importButton).toHaveAccessibleDescription(
        'Masih 3 konflik belum dipilih.',
      );
      await expect(screen.rows.filter({ hasText: 'Konflik — belum dipilih' })).toHaveCount(3);
      await festival.getByRole('radio', { name: 'Simpan keduanya' }).check();
      await expect(
        festival.getByRole('radio', { name: 'Simpan keduanya' }),
      ).toHaveAccessibleDescription(
        'Versi paket ditambahkan sebagai unggahan terpisah di samping milik Anda.',
      );
      await expect(screen.importButton).toHaveAccessibleDescription(
        'Masih 2 konflik belum dipilih.',
      );
      await expect(screen.importButton).toBeDisabled();

      // One choice for all, then two changed by hand.
      await screen.section.getByRole('button', { name: 'Semua: pertahankan milik saya' }).click();
      for (const group of await screen.section
        .getByRole('group', { name: /\(versi lapangan\)$/ })
        .all())
        await expect(group.getByRole('radio', { name: 'Pertahankan milik saya' })).toBeChecked();
      await expect(screen.importButton).toBeEnabled();
      await expect(screen.importButton).toHaveAccessibleDescription('Semua konflik sudah dipilih.');
      await festival.getByRole('radio', { name: 'Simpan keduanya' }).check();
      await screen
        .conflict('Posyandu serentak cegah stunting (versi lapangan)')
        .getByRole('radio', { name: 'Ambil dari paket' })
        .check();

      // The table narrows to the conflicts and says each one's choice.
      await screen.section.getByRole('radio', { name: 'Konflik (3)' }).check();
      await expect(screen.rows).toHaveCount(3);
      await expect(screen.rows.filter({ hasText: 'Festival Kuliner' })).toContainText(
        'Konflik — Simpan keduanya',
      );
      await expect(screen.rows.filter({ hasText: 'Posyandu' })).toContainText(
        'Konflik — Ambil dari paket',
      );
      await expect(screen.rows.filter({ hasText: 'Pasar murah' })).toContainText(
        'Konflik — Pertahankan milik saya',
      );
      // Importing is the administrator's (signed in by the fixture), and the log says so.
      await expect(screen.review).toContainText('Dicatat di log aktivitas atas nama Admin Humas.');
      expect(await seriousViolations(app)).toEqual([]);
      // The dry run and the choices wrote nothing.
      baseExpect(await allTitles(acting(host.app))).toEqual(before);

      await screen.importButton.click();
      await expect(
        screen.section.getByRole('status').filter({ hasText: 'Impor selesai' }),
      ).toContainText('1 diperbarui, 1 disimpan keduanya, 1 tetap milik Anda, 9 sudah sama.');

      const titles = await allTitles(acting(host.app));
      baseExpect(titles.filter((title) => title.includes('(versi'))).toEqual([
        'Festival Kuliner Nusantara (versi kantor)',
        'Festival Kuliner Nusantara (versi lapangan) (salinan impor)',
        'Pasar murah jelang akhir tahun (versi kantor)',
        'Posyandu serentak cegah stunting (versi lapangan)',
      ]);
      baseExpect(titles).toHaveLength(before.length + 1);

      // Both festival posts are on the calendar, each on its own day.
      await screen.section.getByRole('button', { name: 'Buka kalender' }).click();
      const december = app.getByRole('table', { name: 'Kalender Desember 2026' });
      await expect(
        december
          .getByRole('cell')
          .filter({ hasText: 'Rabu, 9 Desember 2026' })
          .getByRole('button', { name: /Festival Kuliner Nusantara \(versi kantor\)/ }),
      ).toBeVisible();
      await expect(
        december
          .getByRole('cell')
          .filter({ hasText: 'Selasa, 8 Desember 2026' })
          .getByRole('button', {
            name: /Festival Kuliner Nusantara \(versi lapangan\) \(salinan impor\)/,
          }),
      ).toBeVisible();
    } finally {
      officeB.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('paket rusak: berkas teks yang diganti namanya dan salinan terpotong ditolak dengan alasan yang jelas; tidak ada yang berubah', async ({
    app,
    host,
  }) => {
    const root = mkdtempSync(join(tmpdir(), 'linimasa-bundle-e2e-'));
    try {
      await seedDemo(host.app.dispatchAs, '2026-12-15');
      const before = await allTitles(acting(host.app));
      const screen = new BundleImportSection(app);
      await screen.open();

      // A text file renamed .linimasa, dropped onto the section.
      await screen.drop('catatan-rapat.linimasa', Buffer.from('Notulen rapat koordinasi\n'));
      const alert = screen.section.getByRole('alert');
      await expect(alert).toContainText('Paket ini tidak dapat diimpor — catatan-rapat.linimasa');
      await expect(alert).toContainText('Tidak ada yang berubah di komputer ini.');
      const reason = (await alert.locator('.bundle-failure__message').textContent()) ?? '';
      baseExpect(reason.length).toBeGreaterThan(10);
      expect(await seriousViolations(app)).toEqual([]);

      // A copy cut short on the way (half of a real bundle), chosen again from the failure.
      const whole = readFileSync(await writeBundle(host.app, join(root, 'utuh.linimasa')));
      const truncated = join(root, 'terpotong.linimasa');
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
      await screen.choose(truncated, 'Pilih berkas lain');
      await expect(alert).toContainText('Paket ini tidak dapat diimpor — terpotong.linimasa');
      await expect(alert.locator('.bundle-failure__message')).not.toBeEmpty();

      // Something that is not a bundle by name is not even uploaded.
      await alert.getByRole('button', { name: 'Tutup' }).click();
      await screen.drop('foto.jpg', Buffer.from([0xff, 0xd8, 0xff]));
      await expect(screen.section.getByRole('status')).toHaveText(
        'foto.jpg bukan paket Linimasa. Pilih berkas yang berakhiran .linimasa.',
      );

      baseExpect(await allTitles(acting(host.app))).toEqual(before);
      // Refused uploads are removed, not kept until the next start.
      await baseExpect
        .poll(() => readdirSync(host.app.paths.incoming).filter((name) => name.endsWith('.part')))
        .toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('unggahan dapat dibatalkan: bilah kemajuan dalam byte, Batalkan, kembali ke awal', async ({
    app,
  }) => {
    const root = mkdtempSync(join(tmpdir(), 'linimasa-bundle-e2e-'));
    try {
      const bundle = join(root, 'besar.linimasa');
      writeFileSync(bundle, Buffer.alloc(256 * 1024, 7));
      // The host never answers, as a slow flash drive and a large bundle would keep it busy.
      await app.route('**/upload/bundle**', () => new Promise<void>(() => undefined));
      const screen = new BundleImportSection(app);
      await screen.open();
      await screen.choose(bundle);
      const progress = screen.section.getByRole('progressbar', { name: 'Kemajuan impor paket' });
      await expect(progress).toBeVisible();
      await expect(progress).toHaveAttribute('aria-valuemin', '0');
      await expect(progress).toHaveAttribute('aria-valuemax', String(256 * 1024));
      await expect(progress).toHaveAttribute('aria-valuetext', /dari 262,1 kB$/);
      await expect(
        screen.section.getByRole('region', { name: 'Mengunggah besar.linimasa' }),
      ).toBeVisible();
      await screen.section.getByRole('button', { name: 'Batalkan' }).click();
      await expect(progress).toHaveCount(0);
      await expect(screen.section.getByRole('status')).toHaveText(
        'Dibatalkan. Tidak ada yang berubah di komputer ini.',
      );
      await expect(
        screen.section.getByRole('button', { name: 'Pilih berkas paket…' }),
      ).toBeVisible();
      await app.unrouteAll({ behavior: 'ignoreErrors' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
