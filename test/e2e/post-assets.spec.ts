import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import type { WebHost } from '../../src/main/web/host';
import type { AssetSummary, ImportResult } from '../../src/shared/domain/assets';
import type { Post } from '../../src/shared/domain/posts';
import { expect, signInCookie, test } from './fixtures';
import { call, CalendarScreen, PostEditor, seedOffice, type Office } from './post-editor';

/**
 * Attaching library assets to a post (issue 4, item 6): the picker, the order of a carousel,
 * platform-fit warnings for media, the chip's thumbnail, and files dropped from the computer.
 * The images are real JPEGs made here with sharp and go in through the browser host's
 * `/upload` route, as the browser's own upload does.
 */

/** A photo-like JPEG (noise, so it is a realistic size) of the given shape. */
function jpeg(width: number, height: number, seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: (seed * 53) % 256 },
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** `POST /upload?name=…` with the launch token and a session, as a second tab or a script would. */
async function upload(host: WebHost, name: string, body: Buffer): Promise<ImportResult> {
  const response = await fetch(`${host.http.origin}/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'x-linimasa-token': host.token,
      cookie: await signInCookie(host),
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(body),
  });
  const reply = (await response.json()) as { ok: boolean; value: ImportResult };
  expect(reply.ok, `upload ${name}`).toBe(true);
  expect(reply.value.status, `upload ${name}: ${reply.value.reason}`).toBe('imported');
  return reply.value;
}

/**
 * The office's library: a 16:9 beach photo and a 4:5 poster (both inside Instagram's
 * 4:5–1.91:1) and a 9:16 phone photo (outside it). All 320–1440 px wide, so the ratio is the
 * only thing Instagram's limits can object to.
 */
async function stockLibrary(host: WebHost) {
  const wide = await upload(host, 'pantai-16x9.jpg', await jpeg(1280, 720, 1));
  const tall = await upload(host, 'poster-4x5.jpg', await jpeg(1080, 1350, 2));
  const phone = await upload(host, 'ponsel-9x16.jpg', await jpeg(720, 1280, 3));
  return { wide: wide.assetId!, tall: tall.assetId!, phone: phone.assetId! };
}

async function createPost(host: WebHost, office: Office, title: string): Promise<Post> {
  return call(host, 'posts.create', {
    actorId: office.planner,
    title,
    caption: 'Dokumentasi kegiatan.',
    channels: [{ channelId: office.instagram, format: 'carousel' }],
    schedule: { date: '2026-11-12', time: '09:00' },
  });
}

/** The editor's "Aset" section and the picker it opens, in the user's words. */
class AssetsSection {
  constructor(
    readonly page: Page,
    readonly editor: PostEditor,
  ) {}

  get region(): Locator {
    return this.editor.panel.getByRole('region', { name: /^Aset/ });
  }

  get rows(): Locator {
    return this.region.getByRole('list', { name: 'Aset terlampir' }).getByRole('listitem');
  }

  get picker(): Locator {
    return this.page.getByRole('dialog', { name: 'Pilih aset dari pustaka' });
  }

  async expectOrder(names: string[]): Promise<void> {
    await expect(this.rows).toHaveCount(names.length);
    for (const [index, name] of names.entries()) {
      await expect(this.rows.nth(index)).toContainText(`${index + 1}${name}`);
    }
  }

  async pick(names: string[]): Promise<void> {
    await this.region.getByRole('button', { name: 'Tambah dari pustaka' }).click();
    await expect(this.picker).toBeVisible();
    for (const name of names) await this.picker.getByRole('checkbox', { name }).check();
    await this.picker.getByRole('button', { name: `Lampirkan (${names.length})` }).click();
    await expect(this.picker).toBeHidden();
  }
}

test.describe('Aset pada unggahan', () => {
  test('melampirkan dari pustaka, mengurutkan, menyimpan; thumbnail di chip, peringatan rasio Instagram, tetap ada setelah muat ulang', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const library = await stockLibrary(host);
    const post = await createPost(host, office, 'Festival Pantai Selatan');
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    const assets = new AssetsSection(app, editor);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Festival Pantai Selatan/).click();

    await expect(assets.region).toContainText('Belum ada aset terlampir.');
    await assets.pick(['pantai-16x9.jpg', 'poster-4x5.jpg']);
    // In the order ticked, each with its type, size in pixels and file size.
    await assets.expectOrder(['pantai-16x9.jpg', 'poster-4x5.jpg']);
    await expect(assets.rows.first()).toContainText('Gambar · 1280 × 720 px');
    await expect(assets.rows.first().locator('img')).toHaveJSProperty('complete', true);
    // 16:9 (1.78) and 4:5 both lie within Instagram's 4:5–1.91:1: no warning for either.
    await expect(editor.warnings).toContainText('Tidak ada peringatan.');

    // The keyboard's way: "Turunkan" moves the first down, and focus stays with the row.
    await assets.rows.first().getByRole('button', { name: 'Turunkan pantai-16x9.jpg' }).click();
    await assets.expectOrder(['poster-4x5.jpg', 'pantai-16x9.jpg']);
    await expect(
      assets.rows.nth(1).getByRole('button', { name: 'Naikkan pantai-16x9.jpg' }),
    ).toBeFocused();
    // The mouse's way: drag the poster's handle below the beach photo, and back.
    await calendar.drag(assets.rows.first().locator('.attach-row__handle'), assets.rows.nth(1));
    await assets.expectOrder(['pantai-16x9.jpg', 'poster-4x5.jpg']);
    await assets.rows.nth(1).getByRole('button', { name: 'Naikkan poster-4x5.jpg' }).click();
    await assets.expectOrder(['poster-4x5.jpg', 'pantai-16x9.jpg']);

    // A 9:16 phone photo is outside Instagram's range: a warning naming it, with its source.
    await assets.pick(['ponsel-9x16.jpg']);
    await assets.expectOrder(['poster-4x5.jpg', 'pantai-16x9.jpg', 'ponsel-9x16.jpg']);
    const aspect = editor.warnings.getByRole('listitem').filter({ hasText: 'rasio gambar' });
    await expect(aspect).toContainText(
      'Humas Contoh IG: rasio gambar harus 4:5–1,91:1; ponsel-9x16.jpg (9:16) di luar itu.',
    );
    // The source in words an office reads, never the maintainer's file name.
    await expect(aspect).toContainText('Sumber: Aplikasi penjadwal Postiz, diperiksa Nov 2026');
    await expect(aspect).not.toContainText('.ts');
    await expect(aspect).not.toContainText('pantai-16x9.jpg');
    await expect(editor.warnings).toContainText('1 peringatan');

    // Saved in order, through the editor's usual save.
    await editor.save();
    await expect(editor.panel.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
    const stored = await call<Post>(host, 'posts.get', { id: post.id });
    expect(stored.assetIds).toEqual([library.tall, library.wide, library.phone]);

    // The chip shows the first asset's thumbnail (the poster), with the count.
    const poster = await call<AssetSummary>(host, 'assets.get', { id: library.tall });
    const chip = calendar.chip(/Festival Pantai Selatan/);
    await expect(chip).toHaveAccessibleName(/3 aset/);
    const thumb = chip.locator('img');
    await expect(thumb).toHaveAttribute('src', `/media/${poster.media.thumbSmall}`);
    await expect(thumb).toHaveJSProperty('complete', true);
    // Loaded through the media route with the session cookie, not a broken-image box.
    expect(
      await thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0);
    await expect(chip).toContainText('3');

    // The agenda rows carry the same thumbnail.
    await editor.close();
    const views = app.getByRole('group', { name: 'Tampilan' });
    await views.getByRole('button', { name: 'Agenda', exact: true }).click();
    const row = app
      .getByRole('region', { name: 'Agenda November 2026' })
      .getByRole('listitem')
      .filter({ hasText: 'Festival Pantai Selatan' });
    await expect(row.locator('img')).toHaveAttribute('src', `/media/${poster.media.thumbSmall}`);
    await expect(row.getByRole('button', { name: /Festival Pantai Selatan/ })).toHaveAccessibleName(
      /^Festival Pantai Selatan ?, 3 aset$/,
    );
    await views.getByRole('button', { name: 'Bulan', exact: true }).click();

    // After a reload everything is still there.
    await calendar.open();
    await expect(calendar.chip(/Festival Pantai Selatan/).locator('img')).toHaveAttribute(
      'src',
      `/media/${poster.media.thumbSmall}`,
    );
    await calendar.chip(/Festival Pantai Selatan/).click();
    await assets.expectOrder(['poster-4x5.jpg', 'pantai-16x9.jpg', 'ponsel-9x16.jpg']);
    await expect(aspect).toContainText('ponsel-9x16.jpg (9:16)');
  });

  test('berkas yang diseret dari komputer ke bagian Aset diunggah ke pustaka dan dilampirkan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, 'Pelantikan Pejabat');
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    const assets = new AssetsSection(app, editor);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Pelantikan Pejabat/).click();

    const photo = (await jpeg(1080, 1080, 7)).toString('base64');
    const drop = async (files: { name: string; base64: string }[]) => {
      const dataTransfer = await app.evaluateHandle((list) => {
        // The page's own DataTransfer (this file is type-checked without the DOM library).
        const { DataTransfer } = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: File): void } };
        };
        const transfer = new DataTransfer();
        for (const { name, base64 } of list) {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }));
        }
        return transfer;
      }, files);
      await assets.region.dispatchEvent('dragenter', { dataTransfer });
      await assets.region.dispatchEvent('dragover', { dataTransfer });
      await expect(assets.region).toContainText('Lepaskan untuk mengunggah');
      await assets.region.dispatchEvent('drop', { dataTransfer });
    };

    await drop([{ name: 'pelantikan-1.jpg', base64: photo }]);
    await assets.expectOrder(['pelantikan-1.jpg']);
    await expect(assets.rows.first()).toContainText('1080 × 1080 px');
    await expect(assets.region.getByRole('status')).toHaveText('');
    // It is in the library now.
    const listed = await call<{ items: AssetSummary[] }>(host, 'assets.list', {});
    expect(listed.items.map((item) => item.originalName)).toEqual(['pelantikan-1.jpg']);

    // The same photo again under another name: the library keeps one copy and says so.
    await drop([{ name: 'pelantikan-salinan.jpg', base64: photo }]);
    await expect(assets.region.getByRole('alert')).toContainText(
      'pelantikan-salinan.jpg sudah ada di pustaka',
    );
    await assets.expectOrder(['pelantikan-1.jpg']);
    expect((await call<{ items: AssetSummary[] }>(host, 'assets.list', {})).items).toHaveLength(1);

    // Something that is not a picture gets a reason; the draft keeps what it had.
    await drop([{ name: 'rusak.jpg', base64: Buffer.from('bukan gambar').toString('base64') }]);
    await expect(assets.region.getByRole('alert')).toContainText('rusak.jpg tidak dapat diunggah');
    await assets.expectOrder(['pelantikan-1.jpg']);

    await editor.save();
    await expect(editor.panel.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
    await expect(calendar.chip(/Pelantikan Pejabat/).locator('img')).toBeVisible();
  });

  test('pemilih aset: cari, saring jenis, Escape menutup pemilih saja; aksesibilitas (axe-core)', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await stockLibrary(host);
    await createPost(host, office, 'Galeri HUT Kabupaten');
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    const assets = new AssetsSection(app, editor);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Galeri HUT Kabupaten/).click();
    await assets.pick(['poster-4x5.jpg']);

    await assets.region.getByRole('button', { name: 'Tambah dari pustaka' }).click();
    const picker = assets.picker;
    await expect(picker.getByRole('searchbox')).toBeFocused();
    await expect(picker.getByRole('status')).toHaveText('3 aset ditemukan');
    // What the post already has is ticked and cannot be picked twice.
    await expect(picker.getByRole('checkbox', { name: 'poster-4x5.jpg' })).toBeChecked();
    await expect(picker.getByRole('checkbox', { name: 'poster-4x5.jpg' })).toBeDisabled();
    await picker.getByRole('checkbox', { name: 'ponsel-9x16.jpg' }).check();
    await expect(picker).toContainText('1 dipilih');

    // Names, roles and ARIA of the dialog with results and a selection. (axe cannot judge
    // colour contrast in a modal <dialog>: the top layer hides the background it needs, so it
    // reports those nodes as "incomplete", not as passes.)
    const results = await new AxeBuilder({ page: app }).include('dialog.attach-picker').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help}`);
    expect(serious).toEqual([]);

    const search = picker.getByRole('searchbox', { name: 'Cari aset' });
    await search.fill('pantai');
    await expect(picker.getByRole('status')).toHaveText('1 aset ditemukan');
    await expect(picker.getByRole('checkbox')).toHaveCount(1);
    // Enter in the search box neither saves the post behind nor attaches anything.
    await search.press('Enter');
    await expect(picker).toBeVisible();
    await expect(editor.panel.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveCount(0);
    await search.fill('');
    await picker.getByRole('combobox', { name: 'Jenis' }).selectOption('Video');
    await expect(picker).toContainText('Tidak ada aset yang cocok.');
    await picker.getByRole('combobox', { name: 'Jenis' }).selectOption('Gambar');
    await expect(picker.getByRole('checkbox')).toHaveCount(3);
    // The selection survives searching and filtering.
    await expect(picker.getByRole('checkbox', { name: 'ponsel-9x16.jpg' })).toBeChecked();

    // Escape closes the picker and nothing else; focus returns to "Tambah dari pustaka".
    await app.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(editor.panel).toBeVisible();
    await expect(editor.panel.getByRole('alertdialog')).toHaveCount(0);
    await expect(assets.region.getByRole('button', { name: 'Tambah dari pustaka' })).toBeFocused();
    await assets.expectOrder(['poster-4x5.jpg']);
  });
});
