import type { Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { expect, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';
import { acting } from '../unit/acting';

/**
 * Changing the office zone from WIB to WITA with a post planned at 08.00 WIB on 19 December:
 * Settings asks what to keep, and the calendar shows the post at the time the choice promised.
 * "Today" is fixed at 3 December 2026 so the calendar opens on December.
 */
const today = new Date('2026-12-03T03:00:00Z');

async function call<T>(host: WebHost, method: string, request: unknown): Promise<T> {
  const result = await acting(host.app)(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function planPost(host: WebHost): Promise<void> {
  const channel = await call<{ id: string }>(host, 'channels.create', {
    platform: 'instagram',
    name: 'Humas Gowa',
  });
  const planner = await call<{ id: string }>(host, 'people.create', {
    name: 'Rina Wulandari',
    role: 'planner',
  });
  await call(host, 'posts.create', {
    actorId: planner.id,
    title: 'Hari Bela Negara',
    channels: [{ channelId: channel.id, format: 'feed' }],
    schedule: { date: '2026-12-19', time: '08:00' },
  });
}

/** Picks WITA and saves: the question opens. */
async function askForWita(app: Page) {
  await app.clock.setFixedTime(today);
  await app.reload();
  const settings = new SettingsPage(app);
  await settings.open('Zona waktu dan tampilan');
  const preferences = settings.preferencesForm;
  await preferences.getByRole('radio', { name: /^WITA/ }).check();
  await preferences.getByRole('button', { name: 'Simpan' }).click();
  const dialog = app.getByRole('dialog', { name: 'Ubah zona waktu kantor dari WIB ke WITA?' });
  await expect(dialog).toBeVisible();
  return { dialog, preferences };
}

/** The post's chip in the month, by the time it shows ("08.00 Hari Bela Negara, …"). */
async function expectChipAt(app: Page, time: RegExp) {
  await new AppFrame(app).open('Kalender');
  await expect(app.getByRole('heading', { level: 2, name: 'Desember 2026' })).toBeVisible();
  await expect(app.getByText('Waktu WITA')).toBeVisible();
  await expect(app.getByRole('button', { name: time })).toBeVisible();
}

test.describe('Pengaturan: zona waktu kantor berubah', () => {
  test('WIB → WITA, jam lokal dipertahankan: 08.00 WIB menjadi 08.00 WITA', async ({
    app,
    host,
  }) => {
    await planPost(host);
    let { dialog } = await askForWita(app);

    // The question names the count and shows the real post under both choices.
    await expect(dialog).toContainText('Ada 1 unggahan terjadwal yang akan tampil pada jam lain.');
    const row = dialog.getByRole('row', { name: /Hari Bela Negara/ });
    await expect(row.getByRole('rowheader')).toContainText('Sabtu, 19 Desember 2026');
    await expect(row.getByRole('cell')).toHaveText(['08.00 WIB', '08.00 WITA', '09.00 WITA']);
    const confirm = dialog.getByRole('button', { name: 'Ubah zona waktu' });
    await expect(confirm).toBeDisabled();

    // "Batal" saves nothing.
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();
    expect((await call<{ timeZone: string }>(host, 'settings.get', {})).timeZone).toBe(
      'Asia/Jakarta',
    );

    const again = await askForWita(app);
    dialog = again.dialog;
    const preferences = again.preferences;
    await dialog.getByRole('radio', { name: /^Pertahankan jam lokal/ }).check();
    await expect(
      dialog.getByRole('radio', { name: /^Pertahankan jam lokal/ }),
    ).toHaveAccessibleName(/08\.00 WIB menjadi 08\.00 WITA/);
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(preferences.getByRole('status')).toHaveText(/Tersimpan/);

    await expectChipAt(app, /^08[.:]00 Hari Bela Negara/);
  });

  test('WIB → WITA, saat tayang dipertahankan: 08.00 WIB tampil 09.00 WITA', async ({
    app,
    host,
  }) => {
    await planPost(host);
    const { dialog, preferences } = await askForWita(app);
    await dialog.getByRole('radio', { name: /^Pertahankan saat tayang/ }).check();
    await dialog.getByRole('button', { name: 'Ubah zona waktu' }).click();
    await expect(dialog).toBeHidden();
    await expect(preferences.getByRole('status')).toHaveText(/Tersimpan/);
    await expect(preferences.getByRole('radio', { name: /^WITA/ })).toBeChecked();

    await expectChipAt(app, /^09[.:]00 Hari Bela Negara/);
  });
});
