import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages';

test.describe('Cadangan data', () => {
  test('cadangkan sekarang, periksa keutuhan, atur jumlah cadangan', async ({ app, host }) => {
    await new SettingsPage(app).open('Cadangan data');
    const section = app.getByRole('region', { name: 'Cadangan data' });
    // The browser host took the day's automatic backup when it opened.
    const list = section.getByRole('list', { name: 'Daftar cadangan' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Otomatis');

    await section.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await expect(
      section.getByRole('status').filter({ hasText: 'Cadangan dibuat: linimasa-' }),
    ).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').first()).toContainText('Manual');
    const files = readdirSync(join(host.app.paths.root, 'backups')).filter((name) =>
      name.endsWith('.db'),
    );
    expect(files).toHaveLength(2);

    await section.getByRole('button', { name: 'Periksa keutuhan data' }).click();
    await expect(
      section
        .getByRole('status')
        .filter({ hasText: 'Data utuh: pemeriksaan keutuhan tidak menemukan masalah.' }),
    ).toBeVisible();

    const keep = section.getByLabel('Simpan cadangan terakhir');
    await keep.fill('0');
    await section.getByRole('button', { name: 'Simpan' }).click();
    await expect(section.getByText('Paling sedikit 1 cadangan')).toBeVisible();
    await keep.fill('30');
    await section.getByRole('button', { name: 'Simpan' }).click();
    await app.reload();
    await expect(app.getByLabel('Simpan cadangan terakhir')).toHaveValue('30');

    expect(await seriousViolations(app)).toEqual([]);
  });

  test('pulihkan cadangan: konfirmasi, kalender kembali, cadangan "Sebelum pemulihan" dibuat', async ({
    app,
    host,
  }) => {
    await new SettingsPage(app).open('Cadangan data');
    const section = app.getByRole('region', { name: 'Cadangan data' });
    // The office name before the backup is what the restore must bring back.
    await host.app.services.settings.update({ officeName: 'Kabupaten Sebelum' });
    await section.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await expect(section.getByText('Cadangan dibuat: linimasa-')).toBeVisible();
    await host.app.services.settings.update({ officeName: 'Kabupaten Sesudah' });

    const list = section.getByRole('list', { name: 'Daftar cadangan' });
    const manual = list.getByRole('listitem').filter({ hasText: 'Manual' });
    await manual.getByRole('button', { name: /^Pulihkan cadangan/ }).click();
    const dialog = app.getByRole('dialog', { name: 'Pulihkan cadangan ini?' });
    await expect(dialog).toContainText('Sebelum pemulihan');
    expect(await seriousViolations(app)).toEqual([]);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();
    expect(host.app.services.settings.get().officeName).toBe('Kabupaten Sesudah');

    await manual.getByRole('button', { name: /^Pulihkan cadangan/ }).click();
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    // The page reloads onto the restored data and says what happened.
    await expect(
      app.getByRole('region', { name: 'Cadangan data' }).getByText('Data dipulihkan dari cadangan'),
    ).toBeVisible();
    expect(host.app.services.settings.get().officeName).toBe('Kabupaten Sebelum');
    await expect(app.getByRole('list', { name: 'Daftar cadangan' })).toContainText(
      'Sebelum pemulihan',
    );
  });
});
