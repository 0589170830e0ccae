import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { AppFrame } from './pages';

/**
 * The words of an import, as a person reads them in Pustaka Aset: an SVG with a script is
 * refused as such, a duplicate names the asset already there and opens it, and every result
 * line is read whole (the list grows on request instead of clipping its last line).
 */
const importDone = 20_000;

interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** sharp's noise is random: every call gives new bytes. */
async function photo(name: string, seed: number): Promise<UploadFile> {
  const buffer = await sharp({
    create: {
      width: 160,
      height: 120,
      channels: 3,
      background: { r: (seed * 67) % 256, g: (seed * 29) % 256, b: (seed * 151) % 256 },
      noise: { type: 'gaussian', mean: 120, sigma: 20 },
    },
  })
    .jpeg()
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

const scriptSvg: UploadFile = {
  name: 'logo-skrip.svg',
  mimeType: 'image/svg+xml',
  buffer: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/><script>alert(1)</script></svg>',
  ),
};

async function importAndWait(page: Page, files: UploadFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor berkas' }).first().click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('heading', { name: 'Impor selesai' })).toBeVisible({
    timeout: importDone,
  });
}

test('kata-kata impor: SVG berskrip, duplikat yang bisa dibuka, baris hasil utuh', async ({
  app,
}) => {
  await new AppFrame(app).open('Pustaka Aset');
  const first = await photo('Upacara HUT RI.jpg', 1);
  await importAndWait(app, [first]);
  const panel = app.getByRole('region', { name: 'Impor selesai' });
  await panel.getByRole('button', { name: 'Tutup' }).click();

  const others = await Promise.all(
    [2, 3, 4, 5, 6].map((seed) => photo(`kegiatan-${seed}.jpg`, seed)),
  );
  await importAndWait(app, [scriptSvg, { ...first, name: 'IMG_2041.jpg' }, ...others]);
  const results = panel.getByRole('list', { name: 'Hasil per berkas' });
  const line = (name: string) => results.getByRole('listitem').filter({ hasText: name });

  // Failures first, then duplicates: both in view without expanding.
  await expect(line('logo-skrip.svg')).toContainText(
    'Gagal: Gambar SVG ini berisi skrip atau tautan javascript: dan tidak diterima',
  );
  await expect(line('logo-skrip.svg')).not.toContainText('rusak atau terpotong');
  await expect(line('IMG_2041.jpg')).toContainText(
    'Sudah ada di pustaka sebagai “Upacara HUT RI.jpg”',
  );

  // Five lines, each whole; the rest on request.
  await expect(results.getByRole('listitem')).toHaveCount(5);
  const expand = panel.getByRole('button', { name: 'Tampilkan semua hasil (7)' });
  await expand.click();
  await expect(results.getByRole('listitem')).toHaveCount(7);
  await expect(panel.getByRole('button', { name: 'Tampilkan lebih sedikit' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // Nothing clipped: the list is not a scroll box, and no line overflows its own box.
  const clipped = await results.evaluate((list) => {
    const element = list as unknown as {
      scrollHeight: number;
      clientHeight: number;
      querySelectorAll(selector: string): ArrayLike<{ scrollHeight: number; clientHeight: number }>;
    };
    const lines = Array.from(element.querySelectorAll('li'));
    return (
      element.scrollHeight > element.clientHeight + 1 ||
      lines.some((li) => li.scrollHeight > li.clientHeight + 1)
    );
  });
  expect(clipped).toBe(false);

  // "Buka" shows the asset that was already there.
  await line('IMG_2041.jpg').getByRole('button', { name: 'Buka “Upacara HUT RI.jpg”' }).click();
  await expect(app.getByRole('complementary', { name: 'Upacara HUT RI.jpg' })).toBeVisible();
});
