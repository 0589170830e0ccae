import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect as baseExpect, type Download, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { text } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { seedBulk } from '../../src/main/db/seed-bulk';
import { seedDemo } from '../../src/main/cli/seed-demo';
import type { WebHost } from '../../src/main/web/host';
import { seriousViolations } from './axe';
import { expect, signInAs, test } from './fixtures';
import { AppFrame } from './pages';
import { acting } from '../unit/acting';

/**
 * The export screen (issue 5, item 1) against the browser host: the demo office with December
 * 2026 planned (seed-demo: three approved posts on two channels each, the rest in other
 * statuses). "Today" in the page is pinned to 10 November 2026, so the screen opens on November
 * and December is picked by hand.
 */

const today = new Date('2026-11-10T03:00:00Z');

class ExportScreen {
  constructor(
    readonly page: Page,
    readonly host: WebHost,
  ) {}

  async open(): Promise<void> {
    await this.page.clock.setFixedTime(today);
    await this.page.reload();
    await new AppFrame(this.page).open('Ekspor');
  }

  /** The named person signs in: from now on they are the one acting. */
  async actAs(name: string): Promise<void> {
    await signInAs(this.page, this.host, name);
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get selection(): Locator {
    return this.region('Rentang dan saringan');
  }

  get preview(): Locator {
    return this.region('Pratinjau');
  }

  get formatSection(): Locator {
    return this.region('Format');
  }

  get history(): Locator {
    return this.region('Riwayat ekspor').getByRole('list', { name: 'Riwayat ekspor' });
  }

  get exportButton(): Locator {
    return this.formatSection.getByRole('button', { name: 'Ekspor', exact: true });
  }

  async pickMonth(label: string): Promise<void> {
    await this.selection.getByLabel('Bulan', { exact: true }).selectOption({ label });
  }

  check(group: string, name: string): Locator {
    return this.selection.getByRole('group', { name: group }).getByRole('checkbox', { name });
  }

  async expectCounts(posts: number, rows: number): Promise<void> {
    await expect(this.preview.getByRole('status').first()).toHaveText(
      `${posts} unggahan · ${rows} baris (unggahan × kanal)`,
    );
  }

  previewRows(): Locator {
    return this.preview.getByRole('table').locator('tbody tr');
  }

  /** A visible line of the format section (the hidden announcement repeats it for screen readers). */
  note(text: string): Locator {
    return this.formatSection.getByRole('paragraph').filter({ hasText: text });
  }

  format(name: string): Locator {
    return this.formatSection.getByRole('radio', { name, exact: true });
  }

  /** Starts the export (button or Ctrl+E) and returns the download the page then starts. */
  async exportAndDownload(how: 'button' | 'shortcut' = 'button'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    if (how === 'button') await this.exportButton.click();
    else await this.page.keyboard.press('Control+e');
    return download;
  }
}

/** Every file of a zip, by name, as text (entries listed first: yauzl stalls otherwise). */
async function unzip(path: string): Promise<Map<string, string>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  const files = new Map<string, string>();
  try {
    const entries = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    for (const entry of entries) {
      files.set(entry.fileName, await text(await zip.openReadStreamPromise(entry)));
    }
  } finally {
    zip.close();
  }
  return files;
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test.describe('Ekspor', () => {
  test('Desember yang disetujui: pratinjau, PDF, CSV Buffer lewat Ctrl+E, riwayat dengan SHA-256, hapus salinan', async ({
    app,
    host,
  }) => {
    await seedDemo(host.app.dispatchAs, '2026-12-15');
    const screen = new ExportScreen(app, host);
    await screen.open();
    await screen.actAs('Rina Wulandari');

    // Before the 21st the screen opens on the current month, in which nothing is planned.
    await expect(screen.selection.getByLabel('Bulan', { exact: true })).toHaveValue('2026-11');
    await expect(screen.check('Status', 'Disetujui')).toBeChecked();
    await expect(screen.check('Status', 'Draf')).not.toBeChecked();
    await screen.pickMonth('Desember 2026');
    await screen.expectCounts(3, 6);
    await expect(screen.previewRows()).toHaveCount(6);
    await expect(screen.previewRows().first()).toContainText('Festival Kuliner Nusantara');
    await expect(screen.previewRows().first()).toContainText('Disetujui');
    const byChannel = screen.preview.getByRole('list', { name: 'Per kanal' });
    await expect(byChannel.getByRole('listitem')).toHaveCount(6);
    await expect(byChannel).toContainText('Instagram Pemkab Sukamaju');
    await expect(screen.preview.getByRole('list', { name: 'Per status' })).toHaveText(
      /Disetujui\s*6/,
    );

    // PDF, the default: the profile is complete, so no warning.
    await expect(screen.format('PDF')).toBeChecked();
    await expect(screen.formatSection.getByText(/Belum diisi/)).toHaveCount(0);
    await expect(screen.exportButton).toHaveAttribute('title', 'Ekspor (Ctrl+E)');
    const pdfDownload = await screen.exportAndDownload();
    expect(pdfDownload.suggestedFilename()).toBe('jadwal-2026-12.pdf');
    const pdf = await saved(pdfDownload);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await expect(screen.note('Berkas siap: jadwal-2026-12.pdf — Unduh lagi')).toBeVisible();
    await expect(screen.formatSection.getByRole('status')).toHaveText(
      'Berkas siap: jadwal-2026-12.pdf. Unduhan dimulai; cari berkasnya di folder unduhan peramban.',
    );
    await expect(screen.formatSection.getByRole('link', { name: 'Unduh lagi' })).toHaveAttribute(
      'href',
      /^\/exports\/[0-9a-f-]{36}$/,
    );

    // A bundle offers to leave the photos behind; the choice is there only for bundles.
    const withAssets = screen.formatSection.getByRole('checkbox', {
      name: 'Sertakan foto dan video lampiran',
    });
    await expect(withAssets).toHaveCount(0);
    await screen.format('Paket Linimasa (.linimasa)').check();
    await expect(withAssets).toBeChecked();

    // CSV for Buffer, started from the keyboard.
    await screen.format('CSV').check();
    await expect(withAssets).toHaveCount(0);
    const layout = screen.formatSection.getByLabel('Tata letak CSV');
    await layout.selectOption({ label: 'Buffer' });
    await expect(layout).toHaveAccessibleDescription(/Unggah massal Buffer/);
    await expect(screen.formatSection.getByText(/^Sumber: Buffer Help Center/)).toBeVisible();
    // The preview tells before the export: one file per channel.
    await expect(screen.preview.getByRole('region', { name: 'Berkas per kanal' })).toContainText(
      '6 berkas, satu per kanal',
    );
    const csvDownload = await screen.exportAndDownload('shortcut');
    // Buffer imports one file per profile: six channels, a zip of six CSV files.
    expect(csvDownload.suggestedFilename()).toBe('jadwal-2026-12-buffer.zip');
    const csv = await saved(csvDownload);
    const files = await unzip(await csvDownload.path());
    expect(files.size).toBe(6);
    expect([...files.keys()]).toContain('buffer-instagram-pemkab-sukamaju-2026-12.csv');
    const records = [...files.values()].flatMap((text) => {
      const file = parse(text, {
        bom: true,
        record_delimiter: ['\r\n', '\n', '\r'],
      }) as string[][];
      expect(file[0]).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
      return file.slice(1);
    });
    expect(records).toHaveLength(6);
    for (const row of records) expect(row[3]).toMatch(/^2026-12-\d{2} \d{2}:\d{2}$/);
    expect(records.some((row) => row[0]!.includes('60 stan kuliner'))).toBe(true);
    await expect(screen.note('Berkas siap: jadwal-2026-12-buffer.zip')).toBeVisible();

    // The history, newest first, each with the SHA-256 of the file that was downloaded.
    const items = screen.history.getByRole('listitem');
    await expect(items).toHaveCount(2);
    const csvItem = items.nth(0);
    const pdfItem = items.nth(1);
    await expect(csvItem).toContainText('jadwal-2026-12-buffer.zip');
    await expect(csvItem).toContainText('CSV · Buffer');
    await expect(csvItem).toContainText('Desember 2026 · Disetujui');
    await expect(csvItem).toContainText('oleh Rina Wulandari');
    await expect(csvItem).toContainText('3 unggahan, 6 baris');
    await expect(csvItem.getByTitle(sha256(csv), { exact: true })).toHaveText(
      `${sha256(csv).slice(0, 12)}…`,
    );
    await expect(pdfItem).toContainText('jadwal-2026-12.pdf');
    await expect(pdfItem.getByTitle(sha256(pdf), { exact: true })).toBeVisible();

    // The copy button puts the whole SHA-256 on the clipboard.
    await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await pdfItem.getByRole('button', { name: 'Salin SHA-256 jadwal-2026-12.pdf' }).click();
    await expect(screen.region('Riwayat ekspor').getByRole('status')).toHaveText(
      'SHA-256 jadwal-2026-12.pdf disalin.',
    );
    expect(await app.evaluate('navigator.clipboard.readText()')).toBe(sha256(pdf));

    // Downloading again gives the same bytes.
    const again = app.waitForEvent('download');
    await pdfItem.getByRole('link', { name: 'Unduh jadwal-2026-12.pdf' }).click();
    expect(sha256(await saved(await again))).toBe(sha256(pdf));

    expect(await seriousViolations(app)).toEqual([]);

    // Deleting the stored copy is the administrator's; it asks first, and the record (still
    // naming Rina, who exported) and its fingerprint stay.
    await screen.actAs('Admin Humas');
    await expect(pdfItem).toContainText('oleh Rina Wulandari');
    await pdfItem.getByRole('button', { name: 'Hapus salinan jadwal-2026-12.pdf' }).click();
    const dialog = app.getByRole('dialog', { name: 'Hapus salinan berkas?' });
    await expect(dialog).toContainText('jadwal-2026-12.pdf dihapus dari folder exports/');
    await dialog.getByRole('button', { name: 'Hapus salinan' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(pdfItem).toContainText('Salinan sudah dihapus');
    await expect(pdfItem.getByRole('link', { name: /^Unduh/ })).toHaveCount(0);
    await expect(pdfItem.getByTitle(sha256(pdf), { exact: true })).toBeVisible();
    const gone = await app.request.get(
      `${new URL(host.url).origin}/exports/${await exportIdOf(host, 'pdf')}`,
      { headers: { 'x-linimasa-token': host.token } },
    );
    baseExpect(gone.status()).toBe(404);
  });

  test('saringan mengubah pratinjau; keadaan kosong; rentang lain diperiksa; PDF tanpa profil memberi peringatan', async ({
    app,
    host,
  }) => {
    await seedDemo(host.app.dispatchAs, '2026-12-15');
    const screen = new ExportScreen(app, host);
    await screen.open();
    await screen.pickMonth('Desember 2026');
    await screen.expectCounts(3, 6);

    // One channel less: the post on Instagram and YouTube stays, with one row.
    await screen.check('Kanal', 'Instagram Pemkab Sukamaju').uncheck();
    await screen.expectCounts(3, 5);
    await expect(screen.preview.getByRole('list', { name: 'Per kanal' })).not.toContainText(
      'Instagram',
    );
    await screen.check('Kanal', 'Instagram Pemkab Sukamaju').check();
    // The preview says what the status filter leaves out, and one click brings it in.
    const leftOut = screen.preview.getByRole('list', { name: 'Unggahan yang tidak ikut' });
    const waiting = leftOut
      .getByRole('listitem')
      .filter({ hasText: 'unggahan menunggu persetujuan pada rentang ini tidak ikut.' });
    await expect(waiting).toHaveText(/^2 unggahan menunggu persetujuan/);
    await waiting.getByRole('button', { name: 'Sertakan juga' }).click();
    await expect(screen.check('Status', 'Menunggu persetujuan')).toBeChecked();
    await screen.expectCounts(5, 10);
    await expect(leftOut).not.toContainText('menunggu persetujuan');
    await expect(screen.preview.getByRole('list', { name: 'Per status' })).toContainText(
      'Menunggu persetujuan',
    );
    await screen.check('Status', 'Menunggu persetujuan').uncheck();
    await screen.expectCounts(3, 6);

    // A month with nothing approved: the empty state says why and offers the other statuses.
    await screen.selection.getByRole('radio', { name: 'Rentang lain' }).check();
    await expect(screen.selection.getByLabel('Dari tanggal')).toHaveValue('01/12/2026');
    await screen.selection.getByLabel('Dari tanggal').fill('15/12/2026');
    await screen.selection.getByLabel('Sampai tanggal').fill('20/12/2026');
    await expect(
      screen.preview.getByText('Tidak ada unggahan yang cocok dengan rentang dan saringan ini.'),
    ).toBeVisible();
    await expect(screen.preview).toContainText('Hanya unggahan berstatus Disetujui yang ikut.');
    await screen.preview.getByRole('button', { name: 'Sertakan semua status' }).click();
    await expect(screen.check('Status', 'Draf')).toBeChecked();
    await expect(screen.check('Status', 'Dibatalkan')).toBeChecked();
    await screen.expectCounts(3, 6);

    // Ranges the export refuses are said in words, and the button waits.
    await screen.selection.getByLabel('Sampai tanggal').fill('01/12/2026');
    await expect(screen.selection.getByRole('alert')).toHaveText(
      'Tanggal akhir ada sebelum tanggal awal. Ubah salah satunya.',
    );
    await expect(screen.selection.getByLabel('Sampai tanggal')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(screen.exportButton).toBeDisabled();
    await expect(screen.preview).toContainText('Perbaiki rentang atau saringan');
    await screen.selection.getByLabel('Sampai tanggal').fill('31/01/2028');
    await expect(screen.selection.getByRole('alert')).toHaveText(
      'Rentang ini 413 hari, paling panjang 400 hari. Perpendek rentangnya atau ekspor dalam beberapa bagian.',
    );
    expect(await seriousViolations(app)).toEqual([]);
    await screen.selection.getByLabel('Sampai tanggal').fill('31/12/2026');
    await expect(screen.selection.getByRole('alert')).toHaveCount(0);
    await expect(screen.exportButton).toBeEnabled();

    // Every status unticked is refused too.
    for (const box of await screen.selection
      .getByRole('group', { name: 'Status' })
      .getByRole('checkbox')
      .all())
      await box.uncheck();
    await expect(screen.selection.getByRole('alert')).toHaveText(
      'Pilih paling sedikit satu status.',
    );
    await expect(screen.exportButton).toBeDisabled();

    // The PDF needs the signer: without one the format section says so and leads to Settings.
    await acting(host.app)('settings.update', { signerName: '', signerPosition: '' });
    await screen.check('Status', 'Disetujui').check();
    await screen.format('Excel (.xlsx)').check();
    await screen.format('PDF').check();
    await expect(
      screen.formatSection.getByText(/Belum diisi: Nama penanda tangan, Jabatan penanda tangan/),
    ).toBeVisible();
    await screen.format('Excel (.xlsx)').check();
    await expect(screen.formatSection.getByText(/Belum diisi/)).toHaveCount(0);
    await screen.format('PDF').check();
    await screen.formatSection.getByRole('button', { name: 'Lengkapi profil kantor' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Profil kantor' })).toBeFocused();
  });

  test('ekspor besar dapat dibatalkan: bilah kemajuan, Batalkan, tanpa berkas dan tanpa riwayat', async ({
    app,
    host,
  }) => {
    test.setTimeout(60_000);
    // Five years of a busy office around today; a year of every status makes a long PDF.
    seedBulk(host.app.db, { posts: 40_000 });
    await acting(host.app)('settings.update', {
      officeName: 'Kabupaten Contoh',
      signerName: 'Budi',
      signerPosition: 'Kabag',
    });
    const screen = new ExportScreen(app, host);
    await screen.open();
    await screen.selection.getByRole('radio', { name: 'Rentang lain' }).check();
    await screen.selection.getByLabel('Dari tanggal').fill('01/01/2026');
    await screen.selection.getByLabel('Sampai tanggal').fill('31/12/2026');
    for (const box of await screen.selection
      .getByRole('group', { name: 'Status' })
      .getByRole('checkbox')
      .all())
      await box.check();
    await expect(screen.preview.getByRole('table')).toBeVisible({ timeout: 15_000 });

    await screen.exportButton.click();
    const progress = screen.formatSection.getByRole('progressbar', { name: 'Kemajuan ekspor' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuemin', '0');
    await screen.formatSection.getByRole('button', { name: 'Batalkan' }).click();
    await expect(screen.note('Ekspor dibatalkan. Tidak ada berkas yang dibuat.')).toBeVisible({
      timeout: 20_000,
    });
    await expect(progress).toHaveCount(0);
    await expect(screen.region('Riwayat ekspor')).toContainText('Belum ada ekspor.');
    const history = await acting(host.app)('exports.history', {});
    baseExpect(history.ok && history.value).toEqual([]);
  });
});

async function exportIdOf(host: WebHost, format: string): Promise<string> {
  const result = await acting(host.app)('exports.history', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: string; format: string }[]).find(
    (record) => record.format === format,
  )!.id;
}
