import { seriousViolations } from './axe';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { AppFrame } from './pages';
import { acting } from '../unit/acting';

/**
 * An import does real media work in worker processes; the first one in a Playwright worker
 * starts them cold (through tsx, from source), which alone can take several seconds on two
 * loaded cores. A ceiling, not a pace: the wait ends as soon as the summary shows.
 */
const importDone = 20_000;

/**
 * Pustaka Aset end to end: real JPEG/PNG files made here with sharp, uploaded through the
 * browser's file chooser (or dropped), then found, tagged, filtered, described and checked.
 */

interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * A photo-like image. sharp's noise is random, so every call gives new bytes (no accidental
 * duplicates); a duplicate is made by sending the same buffer again.
 */
async function photo(
  name: string,
  options: {
    width?: number;
    height?: number;
    seed?: number;
    format?: 'jpeg' | 'png';
    orientation?: number;
    camera?: { make: string; model: string; takenAt: string };
  } = {},
): Promise<UploadFile> {
  const { width = 640, height = 480, seed = 1, format = 'jpeg', orientation, camera } = options;
  let image = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 67) % 256, g: (seed * 29) % 256, b: (seed * 151) % 256 },
      noise: { type: 'gaussian', mean: 120, sigma: 20 },
    },
  })[format]();
  if (orientation) image = image.withMetadata({ orientation });
  if (camera) {
    image = image.withExif({
      IFD0: { Make: camera.make, Model: camera.model },
      IFD2: { DateTimeOriginal: camera.takenAt },
    });
  }
  return {
    name,
    mimeType: format === 'jpeg' ? 'image/jpeg' : 'image/png',
    buffer: await image.toBuffer(),
  };
}

class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppFrame(this.page).open('Pustaka Aset');
  }

  get grid(): Locator {
    return this.page.getByRole('listbox', { name: /^Aset \(/ });
  }

  tile(name: string): Locator {
    return this.grid.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)},`) });
  }

  get importPanel(): Locator {
    return this.page.getByRole('region', {
      name: /^(Mengimpor berkas…|Impor selesai|Impor dibatalkan)$/,
    });
  }

  get detail(): Locator {
    return this.page.getByRole('complementary', { name: /.+/ }).filter({
      has: this.page.getByRole('heading', { name: 'Dipakai di' }),
    });
  }

  /** Through the file chooser, as a person clicking "Impor berkas" would. */
  async importFiles(files: UploadFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Impor berkas' }).first().click();
    await (await chooser).setFiles(files);
  }

  async importAndWait(files: UploadFile[]): Promise<void> {
    await this.importFiles(files);
    await expect(this.page.getByRole('heading', { name: 'Impor selesai' })).toBeVisible({
      timeout: importDone,
    });
  }

  async closeImportPanel(): Promise<void> {
    await this.importPanel.getByRole('button', { name: 'Tutup' }).click();
    await expect(this.importPanel).toHaveCount(0);
  }

  resultLine(name: string): Locator {
    return this.importPanel.getByRole('listitem').filter({ hasText: name });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Cari aset' }).fill(text);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the tests read of an <img>; this project's Node types have no DOM. */
interface ImageElement {
  complete: boolean;
  naturalWidth: number;
  naturalHeight: number;
}

/** Resolves once the <img> has decoded; returns its natural size. */
async function loadedSize(image: Locator): Promise<{ width: number; height: number }> {
  await expect
    .poll(() =>
      image.evaluate((element) => {
        const img = element as unknown as ImageElement;
        return img.complete ? img.naturalWidth : 0;
      }),
    )
    .toBeGreaterThan(0);
  return image.evaluate((element) => {
    const img = element as unknown as ImageElement;
    return { width: img.naturalWidth, height: img.naturalHeight };
  });
}

test.describe('Pustaka Aset', () => {
  test('kosong: mengatakan apa yang harus dilakukan', async ({ app }) => {
    const library = new LibraryPage(app);
    await library.open();
    await expect(app.getByRole('heading', { name: 'Pustaka aset masih kosong' })).toBeVisible();
    await expect(
      app.getByText('Seret foto kegiatan ke sini atau klik Impor berkas', { exact: false }),
    ).toBeVisible();
  });

  test('impor berkas: kemajuan, hasil per berkas, duplikat, dan foto EXIF 6 tampil potret', async ({
    app,
  }) => {
    const library = new LibraryPage(app);
    await library.open();
    const files = [
      await photo('upacara-hut.jpg', { seed: 1 }),
      await photo('spanduk.png', { seed: 2, format: 'png', width: 500, height: 500 }),
      // Stored 600×400 with "rotate 90°" in EXIF: a person sees it 400×600, portrait.
      await photo('bupati-potret.jpg', { seed: 3, width: 600, height: 400, orientation: 6 }),
      {
        name: 'rusak.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)]),
      },
    ];

    // Hold each upload a moment, so the running state can be seen (a local upload is instant).
    await app.route('**/upload?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue().catch(() => undefined);
    });
    await library.importFiles(files);
    await expect(app.getByRole('heading', { name: 'Mengimpor berkas…' })).toBeVisible();
    await expect(library.importPanel.getByRole('button', { name: 'Batalkan impor' })).toBeVisible();
    await expect(library.importPanel.getByText(/dari 4 berkas/)).toBeVisible();
    await expect(library.importPanel.getByText(/^Sedang diproses: /)).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Impor selesai' })).toBeVisible({
      timeout: importDone,
    });
    await app.unroute('**/upload?*');

    await expect(library.importPanel.getByText('4 dari 4 berkas', { exact: false })).toBeVisible();
    await expect(
      library.importPanel.getByText('Diimpor: 3 · Sudah ada: 0 · Gagal: 1', { exact: true }),
    ).toBeVisible();
    await expect(library.resultLine('upacara-hut.jpg')).toContainText('Diimpor');
    await expect(library.resultLine('spanduk.png')).toContainText('Diimpor');
    await expect(library.resultLine('rusak.jpg')).toContainText('Gagal: ');
    await expect(library.grid.getByRole('option')).toHaveCount(3);

    // The same photo again: reported, not stored twice.
    await library.closeImportPanel();
    await library.importAndWait([{ ...files[0]!, name: 'salinan-upacara.jpg' }]);
    await expect(library.resultLine('salinan-upacara.jpg')).toContainText('Sudah ada di pustaka');
    await expect(library.grid.getByRole('option')).toHaveCount(3);

    // EXIF orientation 6 shows (and filters) as portrait, and its thumbnail stands upright.
    const portrait = library.tile('bupati-potret.jpg');
    const thumb = await loadedSize(portrait.locator('img'));
    expect(thumb.height).toBeGreaterThan(thumb.width);
    await app.getByLabel('Orientasi').selectOption({ label: 'Potret' });
    await expect(library.grid.getByRole('option')).toHaveCount(1);
    await expect(library.tile('bupati-potret.jpg')).toBeVisible();
    await library.tile('bupati-potret.jpg').click();
    await expect(library.detail.getByText('400 × 600 px · Potret')).toBeVisible();
  });

  test('batal di tengah impor: yang sudah selesai tetap ada', async ({ app }) => {
    const library = new LibraryPage(app);
    await library.open();
    const files = await Promise.all(
      Array.from({ length: 9 }, (_, i) => photo(`kegiatan-${i + 1}.jpg`, { seed: 10 + i })),
    );
    // The first three go through at once; the rest are held long enough to cancel them.
    let seen = 0;
    await app.route('**/upload?*', async (route) => {
      seen += 1;
      await new Promise((resolve) => setTimeout(resolve, seen <= 3 ? 100 : 8_000));
      await route.continue().catch(() => undefined);
    });
    await library.importFiles(files);
    // The first three start the media workers cold: a ceiling, as for a whole import.
    await expect(library.importPanel.getByText(/^3 dari 9 berkas/)).toBeVisible({
      timeout: importDone,
    });
    await library.importPanel.getByRole('button', { name: 'Batalkan impor' }).click();
    await expect(app.getByRole('heading', { name: 'Impor dibatalkan' })).toBeVisible();
    await expect(
      library.importPanel.getByText('Berkas yang sudah selesai tetap ada di pustaka', {
        exact: false,
      }),
    ).toBeVisible();
    const imported = await library.importPanel
      .getByRole('listitem')
      .filter({ hasText: 'Diimpor' })
      .count();
    expect(imported).toBe(3);
    await expect(library.grid.getByRole('option')).toHaveCount(imported);
  });

  test('cari judul, beri tag dua aset sekaligus, saring per tag, pilih rentang', async ({
    app,
  }) => {
    const library = new LibraryPage(app);
    await library.open();
    await library.importAndWait([
      await photo('DSC_0001.jpg', { seed: 21 }),
      await photo('DSC_0002.jpg', { seed: 22 }),
      await photo('DSC_0003.jpg', { seed: 23 }),
      await photo('DSC_0004.jpg', { seed: 24 }),
    ]);
    await library.closeImportPanel();

    // A title typed in the detail panel is saved when the field is left, and searchable.
    await library.tile('DSC_0002.jpg').click();
    const title = library.detail.getByLabel('Judul');
    await title.fill('Pelantikan pejabat eselon tiga');
    await title.press('Tab');
    await expect(library.detail.getByRole('status')).toHaveText('Tersimpan');
    await library.search('eselon');
    await expect(library.grid.getByRole('option')).toHaveCount(1);
    await expect(library.tile('Pelantikan pejabat eselon tiga')).toBeVisible();
    await library.search('');
    await expect(library.grid.getByRole('option')).toHaveCount(4);

    // Ctrl-click two, tag them together.
    await library.tile('DSC_0001.jpg').click();
    await library.tile('DSC_0003.jpg').click({ modifiers: ['ControlOrMeta'] });
    await expect(app.getByText('2 aset dipilih')).toBeVisible();
    await app.getByRole('button', { name: 'Beri tag' }).click();
    const dialog = app.getByRole('dialog', { name: 'Beri tag pada 2 aset' });
    await dialog.getByLabel('Tag yang ditambahkan').fill('upacara bendera');
    await dialog.getByLabel('Tag yang ditambahkan').press('Enter');
    await dialog.getByRole('button', { name: 'Tambahkan tag' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(app.getByText('Tag upacara bendera ditambahkan ke 2 aset.')).toBeVisible();

    // Filter by the tag: exactly those two.
    await app.keyboard.press('Escape');
    const tagFilter = app.getByRole('combobox', { name: 'Tag' });
    await tagFilter.fill('upacara');
    await expect(app.getByRole('option', { name: /upacara bendera/ })).toBeVisible();
    await tagFilter.press('Enter');
    await expect(library.grid.getByRole('option')).toHaveCount(2);
    await expect(library.tile('DSC_0001.jpg')).toBeVisible();
    await expect(library.tile('DSC_0003.jpg')).toBeVisible();
    await app.getByRole('button', { name: 'Hapus filter tag upacara bendera' }).click();
    await expect(library.grid.getByRole('option')).toHaveCount(4);

    // Shift-click selects the range from the last click; Ctrl+A selects everything.
    const options = library.grid.getByRole('option');
    await options.nth(0).click();
    await options.nth(2).click({ modifiers: ['Shift'] });
    await expect(app.getByText('3 aset dipilih')).toBeVisible();
    await expect(options.nth(3)).toHaveAttribute('aria-selected', 'false');
    await app.keyboard.press('ControlOrMeta+a');
    await expect(app.getByText('4 aset dipilih')).toBeVisible();

    // The keyboard alone: arrows move and select, Shift+arrow extends, Escape clears.
    await options.nth(0).click();
    await app.keyboard.press('ArrowRight');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await app.keyboard.press('Shift+ArrowRight');
    await expect(app.getByText('2 aset dipilih')).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(app.getByRole('region', { name: 'Aset terpilih' })).toHaveCount(0);
  });

  test('panel detail: pratinjau termuat, metadata kamera, "dipakai di" membuka unggahan, hapus bertanya', async ({
    app,
    host,
  }) => {
    const library = new LibraryPage(app);
    await library.open();
    await library.importAndWait([
      await photo('pantai-wisata.jpg', {
        seed: 31,
        width: 1600,
        height: 1200,
        camera: { make: 'Canon', model: 'Canon EOS 90D', takenAt: '2025:08:17 08:15:00' },
      }),
    ]);
    await library.closeImportPanel();

    // A post that uses the asset, made through the API (attaching in the editor is its own test).
    const call = async (method: string, request: unknown) => {
      const result = await acting(host.app)(method, request);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as { id: string };
    };
    const assetId = ((await call('assets.list', {})) as unknown as { items: { id: string }[] })
      .items[0]!.id;
    const channel = await call('channels.create', { platform: 'instagram', name: 'Humas Kab' });
    const person = await call('people.create', { name: 'Rina', role: 'planner' });
    await call('posts.create', {
      actorId: person.id,
      title: 'Promosi Pantai Indah',
      channels: [{ channelId: channel.id, format: 'feed' }],
      assetIds: [assetId],
      schedule: { date: '2026-08-20', time: '09:00' },
    });
    await app.reload();

    await library.tile('pantai-wisata.jpg').click();
    const detail = library.detail;
    await expect(detail.getByText('Canon EOS 90D')).toBeVisible();
    // Opening details is not selecting: no bulk bar with "Hapus" one click away (issue 12).
    await expect(app.getByRole('region', { name: 'Aset terpilih' })).toHaveCount(0);
    await expect(detail.getByText('17 Agustus 2025 08.15')).toBeVisible();
    await expect(detail.getByText('1600 × 1200 px · Lanskap')).toBeVisible();
    const preview = detail.locator('img.asset-preview__image');
    const fitted = await loadedSize(preview);
    expect(fitted.width).toBe(1024);

    // Zooming in swaps the thumbnail for the original file.
    await detail.getByRole('button', { name: 'Perbesar' }).click();
    await expect(detail.getByText('150%')).toBeVisible();
    await expect(preview).toHaveAttribute('src', /\/media\/assets\//);
    expect((await loadedSize(preview)).width).toBe(1600);
    await detail.getByRole('button', { name: 'Sesuaikan' }).click();
    await expect(detail.getByText('Pas', { exact: true })).toBeVisible();

    // Deleting an asset a post uses names the post and asks for the forced delete.
    await app.keyboard.press('Delete');
    const dialog = app.getByRole('dialog', { name: 'Hapus 1 aset?' });
    await expect(dialog.getByRole('link', { name: 'Promosi Pantai Indah' })).toBeVisible();
    await expect(
      dialog.getByRole('button', { name: 'Hapus dan lepaskan dari unggahan' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toHaveCount(0);

    // "Dipakai di" opens the post in the calendar's editor.
    await detail.getByRole('link', { name: 'Promosi Pantai Indah' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    await expect(app.getByRole('textbox', { name: /Judul/ }).first()).toHaveValue(
      'Promosi Pantai Indah',
    );
  });

  test('koleksi: buat, isi, saring, ganti nama, hapus (asetnya tetap)', async ({ app }) => {
    const library = new LibraryPage(app);
    await library.open();
    await library.importAndWait([
      await photo('festival-1.jpg', { seed: 41 }),
      await photo('festival-2.jpg', { seed: 42 }),
      await photo('rapat.jpg', { seed: 43 }),
    ]);
    await library.closeImportPanel();

    const collections = app.getByRole('region', { name: 'Koleksi' });
    await collections.getByRole('button', { name: '+ Koleksi baru' }).click();
    await collections.getByLabel('Nama koleksi baru').fill('Festival Budaya 2025');
    await collections.getByRole('button', { name: 'Buat' }).click();
    await expect(collections.getByRole('button', { name: /Festival Budaya 2025/ })).toBeVisible();

    await library.tile('festival-1.jpg').click();
    await library.tile('festival-2.jpg').click({ modifiers: ['ControlOrMeta'] });
    await app.getByRole('button', { name: 'Masukkan ke koleksi' }).click();
    const dialog = app.getByRole('dialog', { name: 'Masukkan 2 aset ke koleksi' });
    await dialog.getByLabel('Koleksi').selectOption({ label: 'Festival Budaya 2025' });
    await dialog.getByRole('button', { name: 'Masukkan' }).click();
    await expect(app.getByText('2 aset dimasukkan ke koleksi Festival Budaya 2025.')).toBeVisible();

    await collections.getByRole('button', { name: /Festival Budaya 2025/ }).click();
    await expect(library.grid.getByRole('option')).toHaveCount(2);
    await collections.getByRole('button', { name: 'Ubah nama' }).click();
    const rename = app.getByRole('dialog', { name: /Ubah nama koleksi/ });
    await rename.getByLabel('Nama koleksi').fill('Festival Budaya Nusantara');
    await rename.getByRole('button', { name: 'Simpan' }).click();
    await expect(
      collections.getByRole('button', { name: /Festival Budaya Nusantara/ }),
    ).toHaveAttribute('aria-current', 'true');

    await collections.getByRole('button', { name: 'Hapus koleksi' }).click();
    const remove = app.getByRole('dialog', { name: 'Hapus koleksi Festival Budaya Nusantara?' });
    await remove.getByRole('button', { name: 'Hapus koleksi' }).click();
    await expect(collections.getByRole('button', { name: /Festival Budaya/ })).toHaveCount(0);
    await expect(library.grid.getByRole('option')).toHaveCount(3);
  });

  test('verifikasi pustaka melaporkan berkas yang hilang', async ({ app, dataDir, host }) => {
    const library = new LibraryPage(app);
    await library.open();
    await library.importAndWait([
      await photo('arsip-1.jpg', { seed: 51 }),
      await photo('arsip-2.jpg', { seed: 52 }),
    ]);
    await library.closeImportPanel();

    await app.getByRole('button', { name: 'Verifikasi pustaka' }).click();
    await expect(app.getByRole('heading', { name: 'Verifikasi selesai' })).toBeVisible();
    await expect(
      app.getByText('Semua 2 berkas utuh: isinya sama persis dengan saat diimpor.', {
        exact: true,
      }),
    ).toBeVisible();
    await app
      .getByRole('region', { name: 'Verifikasi selesai' })
      .getByRole('button', { name: 'Tutup' })
      .click();

    // Someone deletes a file from the data folder by hand.
    const listed = (await acting(host.app)('assets.list', { sort: 'name' })) as {
      ok: true;
      value: { items: { originalName: string; media: { original: string } }[] };
    };
    const victim = listed.value.items.find((item) => item.originalName === 'arsip-2.jpg')!;
    rmSync(join(dataDir, victim.media.original));

    await app.getByRole('button', { name: 'Verifikasi pustaka' }).click();
    const report = app.getByRole('region', { name: 'Verifikasi selesai' });
    await expect(
      report.getByText('1 berkas utuh, 1 hilang, 0 rusak (isinya berubah).', { exact: true }),
    ).toBeVisible();
    await expect(report.getByRole('listitem').filter({ hasText: 'arsip-2.jpg' })).toContainText(
      'Hilang dari folder data',
    );
    await report.getByRole('button', { name: 'Tampilkan aset yang hilang' }).click();
    await expect(library.grid.getByRole('option')).toHaveCount(1);
    await expect(library.tile('arsip-2.jpg')).toContainText('Hilang');
  });

  test('berkas yang diseret dari pengelola berkas ikut diimpor', async ({ app }) => {
    const library = new LibraryPage(app);
    await library.open();
    const file = await photo('seret.jpg', { seed: 61 });
    const dataTransfer = await app.evaluateHandle(
      ({ name, bytes }) => {
        // Runs in the page; this project's Node types have no DOM.
        const page = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
        };
        const transfer = new page.DataTransfer();
        transfer.items.add(new page.File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
        return transfer;
      },
      { name: file.name, bytes: [...file.buffer] },
    );
    const screen = app.locator('.assets-screen');
    await screen.dispatchEvent('dragenter', { dataTransfer });
    await expect(app.getByText('Lepaskan untuk mengimpor ke pustaka')).toBeVisible();
    await screen.dispatchEvent('drop', { dataTransfer });
    await expect(app.getByRole('heading', { name: 'Impor selesai' })).toBeVisible({
      timeout: importDone,
    });
    await expect(library.tile('seret.jpg')).toBeVisible();
  });

  test('aksesibilitas: pustaka, panel impor, panel detail, daftar, dialog hapus', async ({
    app,
  }) => {
    const library = new LibraryPage(app);
    await library.open();
    expect(await seriousViolations(app)).toEqual([]);

    await library.importAndWait([
      await photo('aksesibel-1.jpg', { seed: 71 }),
      await photo('aksesibel-2.png', { seed: 72, format: 'png' }),
      {
        name: 'kosong.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.alloc(0),
      },
    ]);
    await expect(library.resultLine('kosong.jpg')).toContainText('Gagal');
    expect(await seriousViolations(app)).toEqual([]);

    await library.tile('aksesibel-1.jpg').click();
    await expect(library.detail.getByRole('heading', { name: 'Dipakai di' })).toBeVisible();
    await loadedSize(library.detail.locator('img.asset-preview__image'));
    expect(await seriousViolations(app)).toEqual([]);

    await app.getByRole('button', { name: 'Daftar' }).click();
    await expect(library.grid.getByRole('option')).toHaveCount(2);
    await library.tile('aksesibel-2.png').click({ modifiers: ['ControlOrMeta'] });
    await app.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect(app.getByRole('dialog', { name: 'Hapus 2 aset?' })).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
  });
});
