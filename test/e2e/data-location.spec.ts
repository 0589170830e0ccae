import { seriousViolations } from './axe';
import { expect, signInAsAdmin, test } from './fixtures';
import { SettingsPage } from './pages';

test.describe('Lokasi data', () => {
  test('in a browser: the command that moves the data', async ({ app }) => {
    await new SettingsPage(app).open('Lokasi data');
    const section = app.getByRole('region', { name: 'Lokasi data' });
    await expect(section).toContainText('npm run cli -- move-data --to FOLDER');
    await expect(section.getByRole('button')).toHaveCount(0);
  });

  test('in the desktop app: the folder, and a refused or accepted move', async ({ page, host }) => {
    test.slow(); // axe over the whole settings screen takes long on a loaded machine
    // The preload's window.linimasaDesktop, as the page sees it; main's side has its own tests.
    await page.addInitScript(() => {
      const answers = [
        {
          outcome: 'refused',
          message: 'Folder tujuan harus kosong. Pilih atau buat folder baru yang kosong.',
        },
        { outcome: 'restarting', to: 'D:\\Linimasa' },
      ];
      Object.defineProperty(globalThis, 'linimasaDesktop', {
        value: {
          pickAssetFiles: async () => [],
          pickAssetFolders: async () => [],
          pickBundle: async () => null,
          saveExport: async () => ({ outcome: 'cancelled' }),
          dataLocation: async () => ({
            dir: 'C:\\Users\\humas\\AppData\\Roaming\\Linimasa',
            defaultDir: 'C:\\Users\\humas\\AppData\\Local\\Linimasa\\data',
            fixedBy: null,
          }),
          moveData: async () => answers.shift(),
        },
      });
    });
    await signInAsAdmin(page, host);
    await page.goto(host.url);
    await new SettingsPage(page).open('Lokasi data');
    const section = page.getByRole('region', { name: 'Lokasi data' });
    await expect(section).toContainText('C:\\Users\\humas\\AppData\\Roaming\\Linimasa');
    await expect(section).toContainText('C:\\Users\\humas\\AppData\\Local\\Linimasa\\data');
    const move = section.getByRole('button', { name: 'Pindahkan ke folder lain…' });
    await move.click();
    await expect(section.getByRole('alert')).toHaveText(/Folder tujuan harus kosong/);
    await move.click();
    await expect(section.getByRole('status')).toHaveText(
      'Linimasa ditutup dan memindahkan data ke D:\\Linimasa…',
    );
    await expect(section.getByRole('alert')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
