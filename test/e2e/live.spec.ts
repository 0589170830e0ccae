import { otherComputer } from './computers';
import { expect, signInAs, signInAsAdmin, test } from './fixtures';
import { call, CalendarScreen, PostEditor, seedOffice } from './post-editor';

/**
 * Issue 14, live: two computers of one office, each with its own browser context and session.
 * What one does shows on the other without a reload (the `/events` stream), and two edits of one
 * post are merged field by field instead of failing on the version.
 */

test('penyetuju melihat ajuan tanpa memuat ulang, perencana melihat persetujuannya tanpa memuat ulang', async ({
  browser,
  host,
}) => {
  test.slow();
  const problems: string[] = [];
  const rina = await otherComputer(browser, problems);
  const budi = await otherComputer(browser, problems);
  await signInAsAdmin(rina, host);
  const office = await seedOffice(host);
  await signInAs(rina, host, 'Rina Wulandari');
  await signInAs(budi, host, 'Budi Santoso');

  // Budi keeps "Perlu tindakan" open; it is empty.
  await budi.keyboard.press('Control+5');
  await expect(budi.getByRole('heading', { name: 'Tidak ada yang menunggu Anda' })).toBeVisible();

  // Rina's calendar is open on the month.
  const calendar = new CalendarScreen(rina, host);
  await expect(rina.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();

  // Rina submits a post (from her session, as her editor would).
  const post = await call<{ id: string; version: number }>(host, 'posts.create', {
    actorId: office.planner,
    title: 'Pelayanan SIM keliling',
    caption: 'SIM keliling hadir di alun-alun, pukul 08.00 WIB.',
    channels: [{ channelId: office.instagram, format: 'feed' }],
    schedule: { date: '2026-11-19', time: '08:00' },
  });
  await expect(calendar.chip(/Pelayanan SIM keliling — Draf/)).toBeVisible();
  const submitted = await call<{ id: string; version: number }>(host, 'posts.transition', {
    id: post.id,
    version: post.version,
    actorId: office.planner,
    action: 'submit',
    acknowledgeWarnings: true,
  });
  expect(submitted.version).toBeGreaterThan(post.version);

  // Budi's list shows it without a reload; he approves it there.
  const waiting = budi.getByRole('region', { name: /Menunggu persetujuan Anda/ });
  await waiting.getByRole('checkbox', { name: 'Pilih “Pelayanan SIM keliling”' }).click();
  const bar = budi.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });
  await bar.getByRole('button', { name: 'Setujui' }).click();
  await budi
    .getByRole('dialog', { name: 'Setujui 1 unggahan' })
    .getByRole('button', { name: 'Setujui 1 unggahan' })
    .click();
  await expect(budi.getByText('Setujui: 1 berhasil, 0 ditolak.')).toBeVisible();

  // Rina's open calendar shows it approved, without a reload.
  await expect(calendar.chip(/Pelayanan SIM keliling — Disetujui/)).toBeVisible();

  expect(problems, 'console errors and page errors').toEqual([]);
  await rina.context().close();
  await budi.context().close();
});

test('dua orang mengubah satu unggahan: yang kedua menggabungkan, keduanya tersimpan', async ({
  browser,
  host,
}) => {
  test.slow();
  const problems: string[] = [];
  const rina = await otherComputer(browser, problems);
  const budi = await otherComputer(browser, problems);
  await signInAsAdmin(rina, host);
  const office = await seedOffice(host);
  const post = await call<{ id: string }>(host, 'posts.create', {
    actorId: office.planner,
    title: 'Vaksinasi anak',
    caption: 'Vaksinasi gratis di puskesmas.',
    brief: 'Narasumber: dinkes',
    channels: [{ channelId: office.instagram, format: 'feed' }],
    schedule: { date: '2026-11-20', time: '09:00' },
  });
  await signInAs(rina, host, 'Rina Wulandari');
  await signInAs(budi, host, 'Budi Santoso');

  const rinaCalendar = new CalendarScreen(rina, host);
  const budiCalendar = new CalendarScreen(budi, host);
  const rinaEditor = new PostEditor(rina);
  const budiEditor = new PostEditor(budi);
  await rinaCalendar.chip(/Vaksinasi anak/).click();
  await expect(rinaEditor.field('Judul')).toHaveValue('Vaksinasi anak');
  // Budi sees on his calendar that Rina has it open.
  await expect(
    budiCalendar.chip(/Vaksinasi anak.*Sedang diubah oleh Rina Wulandari/),
  ).toBeVisible();
  await budiCalendar.chip(/Vaksinasi anak/).click();
  await expect(budiEditor.field('Judul')).toHaveValue('Vaksinasi anak');
  await expect(budiEditor.panel).toContainText('Sedang diubah oleh Rina Wulandari');

  // Both type; Rina saves first.
  await rinaEditor.field('Judul').fill('Vaksinasi anak gratis');
  await rinaEditor.field(/^Brief \/ catatan/).fill('Narasumber: kepala puskesmas');
  await budiEditor.field('Caption utama').fill('Vaksinasi gratis di semua puskesmas, 20 November.');
  await budiEditor.field(/^Brief \/ catatan/).fill('Narasumber: kepala dinas kesehatan');
  await rinaEditor.save();
  await expect(rinaEditor.panel).toContainText('Tersimpan');

  // Budi's editor says who changed what, and keeps what he typed.
  await expect(budiEditor.panel).toContainText(/Diubah oleh Rina Wulandari pukul \d{2}\.\d{2}/);
  await expect(budiEditor.panel).toContainText('Yang berubah: Judul, Brief / catatan');
  await expect(budiEditor.field('Caption utama')).toHaveValue(
    'Vaksinasi gratis di semua puskesmas, 20 November.',
  );

  // He saves: the merge view takes Rina's title and his caption, and asks about the brief.
  await budiEditor.save();
  const merge = budi.getByRole('dialog', { name: 'Gabungkan perubahan' });
  await expect(merge).toContainText('Judul — Diambil dari perubahan Rina Wulandari');
  await expect(merge).toContainText('Caption utama — Diambil dari perubahan Anda');
  await merge.getByRole('button', { name: 'Simpan gabungan' }).click();
  await expect(merge.getByRole('alert')).toHaveText('Pilih versi untuk: Brief / catatan.');
  await merge.getByRole('radio', { name: /Versi saya/ }).check();
  await merge.getByRole('button', { name: 'Simpan gabungan' }).click();
  await expect(merge).toBeHidden();
  await expect(budiEditor.panel).toContainText('Tersimpan');

  // The stored post has both changes.
  await expect
    .poll(async () => {
      const stored = await call<{ title: string; caption: string; brief: string }>(
        host,
        'posts.get',
        { id: post.id },
      );
      return [stored.title, stored.caption, stored.brief];
    })
    .toEqual([
      'Vaksinasi anak gratis',
      'Vaksinasi gratis di semua puskesmas, 20 November.',
      'Narasumber: kepala dinas kesehatan',
    ]);
  // And Rina's open editor shows Budi's save without a reload.
  await expect(rinaEditor.field('Caption utama')).toHaveValue(
    'Vaksinasi gratis di semua puskesmas, 20 November.',
  );

  expect(problems, 'console errors and page errors').toEqual([]);
  await rina.context().close();
  await budi.context().close();
});
