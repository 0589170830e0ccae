import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';
import { acting } from '../unit/acting';

/** axe-core on each screen: no violation rated serious or critical. */

test.describe('Aksesibilitas (axe-core)', () => {
  for (const screen of ['Kalender', 'Pustaka Aset', 'Ekspor', 'Pengaturan'] as const) {
    test(`layar ${screen} kosong`, async ({ app }) => {
      await new AppFrame(app).open(screen);
      expect(await seriousViolations(app)).toEqual([]);
    });
  }

  test('Pengaturan berisi data, sedang mengubah, dengan pesan kesalahan', async ({ app, host }) => {
    const call = (method: string, request: unknown) => acting(host.app)(method, request);
    // The signed-in administrator can plan and approve, so with channels and a content pillar
    // the setup checklist would be complete and hidden; the signer's position left empty keeps
    // one step open, and the calendar is scanned with the checklist on it.
    await call('settings.update', {
      officeName: 'Pemerintah Kabupaten Contoh',
      signerName: 'Budi',
    });
    await call('channels.create', {
      platform: 'instagram',
      name: 'Humas Contoh',
      handle: '@humas.contoh',
    });
    await call('channels.create', { platform: 'youtube', name: 'Contoh TV' });
    await call('people.create', { name: 'Rina Wulandari', role: 'planner' });
    await call('campaigns.create', {
      name: 'Layanan Publik',
      description: 'Dukcapil dan perizinan',
    });
    await app.reload();

    const frame = new AppFrame(app);
    await frame.open('Kalender');
    await expect(app.getByRole('heading', { name: 'Persiapan' })).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);

    await frame.open('Pengaturan');
    const settings = new SettingsPage(app);
    // The section list and the first section, then each edited section on its own.
    expect(await seriousViolations(app)).toEqual([]);
    await settings.show('Kanal');
    await app.getByRole('button', { name: 'Ubah Humas Contoh' }).click();
    await settings.addChannelForm.getByRole('button', { name: 'Tambah kanal' }).click();
    await expect(settings.addChannelForm.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
    await settings.show('Zona waktu dan tampilan');
    await settings.preferencesForm.getByRole('radio', { name: 'Lainnya' }).check();
    await settings.preferencesForm.getByRole('button', { name: 'Simpan' }).click();
    await expect(settings.preferencesForm.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
  });
});
