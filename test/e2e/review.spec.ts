import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { CalendarScreen, PostEditor, seedOffice, submittedPost, type Office } from './post-editor';
import type { WebHost } from '../../src/main/web/host';

/**
 * Issue 12, item 3: the approver reviews the post as it will go out (caption with hashtags per
 * channel, first comment, time), decides there, and steps to the next waiting post with one
 * key; reachable from the calendar and from the editor ("Tinjau").
 */
async function waiting(host: WebHost, office: Office, title: string, date: string) {
  return submittedPost(host, office, {
    title,
    caption: `${title}: mari ikut serta.`,
    hashtags: ['HumasContoh'],
    firstComment: 'Info lengkap di tautan profil.',
    channels: [{ channelId: office.x, format: 'feed' }],
    schedule: { date, time: '08:00' },
  });
}

test('penyetuju meninjau dengan papan ketik: N/K berpindah, Setujui dan Minta revisi dari tinjauan', async ({
  app,
  host,
}) => {
  // Two axe scans and a dozen steps: on two loaded cores this outgrows the default minute.
  test.slow();
  const office = await seedOffice(host);
  await waiting(host, office, 'Hari Pahlawan', '2026-11-19');
  await waiting(host, office, 'Hari Guru', '2026-11-20');
  await waiting(host, office, 'Hari Ibu', '2026-11-24');
  const calendar = new CalendarScreen(app, host);
  await calendar.open();
  await calendar.actAs('Budi Santoso');

  await app.getByRole('button', { name: 'Tinjau yang menunggu (3)' }).click();
  const dialog = app.getByRole('dialog', { name: /^Tinjau: / });
  await expect(dialog).toHaveAccessibleName('Tinjau: Hari Pahlawan');
  await expect(dialog).toContainText('Unggahan 1 dari 3 yang menunggu persetujuan');
  const channel = dialog.getByRole('region', { name: /Humas Contoh X/ });
  await expect(channel).toContainText('Hari Pahlawan: mari ikut serta.');
  await expect(channel).toContainText('#HumasContoh');
  await expect(channel).toContainText('Komentar pertama: Info lengkap di tautan profil.');
  await expect(dialog).toContainText('Tayang Kam, 19 Nov 2026');
  expect(await seriousViolations(app, { include: '.review-dialog' })).toEqual([]);

  // One key to the next waiting post, one back.
  await app.keyboard.press('n');
  await expect(dialog).toHaveAccessibleName('Tinjau: Hari Guru');
  await app.keyboard.press('k');
  await expect(dialog).toHaveAccessibleName('Tinjau: Hari Pahlawan');
  await app.keyboard.press('j');
  await expect(dialog).toHaveAccessibleName('Tinjau: Hari Guru');

  await dialog.getByRole('button', { name: 'Setujui' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Disetujui.' })).toBeVisible();
  await expect(dialog).toContainText('Disetujui · Tayang');

  await app.keyboard.press('n');
  await expect(dialog).toHaveAccessibleName('Tinjau: Hari Ibu');
  await dialog.getByRole('button', { name: 'Minta revisi' }).click();
  // The reason is required.
  await dialog.getByRole('button', { name: 'Kirim permintaan revisi' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tulis apa yang perlu diperbaiki.');
  await dialog.getByLabel('Apa yang perlu diperbaiki?').fill('Tambahkan foto kegiatan.');
  await dialog.getByRole('button', { name: 'Kirim permintaan revisi' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Permintaan revisi terkirim.' }),
  ).toBeVisible();
  expect(await seriousViolations(app, { include: '.review-dialog' })).toEqual([]);

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(calendar.chip(/^08\.00 Hari Guru — Disetujui/)).toBeVisible();
  await expect(calendar.chip(/^08\.00 Hari Ibu — Perlu revisi/)).toBeVisible();

  // From the editor: "Tinjau".
  await calendar.chip(/^08\.00 Hari Pahlawan — Menunggu persetujuan/).click();
  const editor = new PostEditor(app);
  await editor.button('Tinjau').click();
  await expect(dialog).toHaveAccessibleName('Tinjau: Hari Pahlawan');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(dialog).toBeHidden();
});
