import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { startWebHost } from '../../src/main/web/host';
import { expect, signInAsAdmin, test } from './fixtures';
import { AppFrame } from './pages';

/**
 * A library file the database does not name (a restore, a hand copy, a new database) is
 * re-adopted at start-up, and Pustaka Aset says so once.
 */
test('berkas pustaka tanpa catatan dimasukkan kembali, dan Pustaka Aset memberi tahu sekali', async ({
  page,
  dataDir,
}) => {
  const bytes = await sharp({
    create: { width: 160, height: 120, channels: 3, background: { r: 30, g: 120, b: 200 } },
  })
    .jpeg()
    .toBuffer();
  const sha = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(join(dataDir, 'assets', sha.slice(0, 2)), { recursive: true });
  writeFileSync(join(dataDir, 'assets', sha.slice(0, 2), `${sha}.jpg`), bytes);

  // As after `init` in a folder whose database was lost.
  const host = await startWebHost({ dataDir, port: 0, createDatabase: true });
  try {
    await signInAsAdmin(page, host);
    await page.goto(host.url);
    await new AppFrame(page).open('Pustaka Aset');
    const notice = page.getByRole('status').filter({ hasText: 'dimasukkan kembali' });
    await expect(notice).toContainText(
      /^1 berkas pustaka .* koleksi “Dipulihkan \d{1,2} \S+ \d{4}”/,
    );
    await expect(page.getByRole('button', { name: /Dipulihkan/ }).first()).toBeVisible();

    await page.reload();
    await new AppFrame(page).open('Pustaka Aset');
    await expect(page.getByText('Pustaka aset masih kosong')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'dimasukkan kembali' })).toHaveCount(0);
  } finally {
    await host.close();
  }
});
