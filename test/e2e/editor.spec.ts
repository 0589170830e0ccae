import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';
import { call, CalendarScreen, PostEditor, seedOffice, type Office } from './post-editor';
import type { WebHost } from '../../src/main/web/host';

/**
 * The post editor's own promises: live counters and platform warnings that never block a draft
 * but need an acknowledgement to submit, a stale save that offers a reload instead of
 * overwriting, actions by role, recurring series, and the approval and observance settings.
 */

interface StoredPost {
  id: string;
  version: number;
  status: string;
  title: string;
}

async function createPost(
  host: WebHost,
  office: Office,
  post: { title: string; date: string; channel?: string; caption?: string; actor?: string },
): Promise<StoredPost> {
  return call(host, 'posts.create', {
    actorId: post.actor ?? office.planner,
    title: post.title,
    caption: post.caption ?? '',
    channels: [{ channelId: post.channel ?? office.instagram, format: 'feed' }],
    schedule: { date: post.date, time: '09:00' },
  });
}

test.describe('Editor unggahan', () => {
  test('caption X di atas 280 karakter memunculkan penghitung dan peringatan; draf tetap tersimpan, mengajukan perlu pernyataan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, {
      title: 'Pengumuman CPNS',
      date: '2026-11-12',
      channel: office.x,
    });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Pengumuman CPNS/).click();

    const counters = editor.panel.getByRole('list', { name: 'Penghitung Humas Contoh X' });
    await expect(counters).toContainText('Teks 0 / 280');
    await expect(editor.warnings).toContainText('Tidak ada peringatan.');

    await editor.field('Caption utama').fill('a'.repeat(281));
    await expect(counters).toContainText('Teks 281 / 280');
    await expect(counters.getByRole('listitem').filter({ hasText: 'Teks' })).toContainText(
      'melebihi batas',
    );
    // Each limit says where it comes from: a tooltip and the counter's description.
    await expect(
      counters.getByRole('listitem').filter({ hasText: 'Teks' }),
    ).toHaveAccessibleDescription(/^Sumber: /);
    await expect(editor.warnings).toContainText(
      'Humas Contoh X: teks 281 karakter, melebihi batas 280 karakter.',
    );
    await expect(editor.warnings).toContainText('Sumber:');

    // Warnings never block saving a draft.
    await editor.save();
    await expect(editor.panel.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();

    // Submitting with a warning open needs the explicit acknowledgement.
    await editor.button('Ajukan').click();
    await expect(editor.panel.getByRole('alert')).toContainText(
      'Periksa, lalu centang “Saya sudah memeriksa peringatan”',
    );
    await expect(editor.field('Saya sudah memeriksa peringatan')).toBeFocused();
    await editor.expectStatus('Draf');
    await editor.field('Saya sudah memeriksa peringatan').check();
    await editor.button('Ajukan').click();
    await editor.expectStatus('Menunggu persetujuan');

    // At exactly 280 the warning goes away (the post is in review again after the edit).
    await editor.field('Caption utama').fill('a'.repeat(280));
    await expect(counters.getByRole('listitem').filter({ hasText: 'Teks' })).not.toContainText(
      'melebihi batas',
    );
    await expect(editor.warnings).toContainText('Tidak ada peringatan.');
  });

  test('diubah orang lain saat sedang diketik: tampil siapa dan apa, lalu digabung tanpa menimpa', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const post = await createPost(host, office, { title: 'Jadwal posyandu', date: '2026-11-12' });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Jadwal posyandu/).click();
    await expect(editor.field('Judul')).toHaveValue('Jadwal posyandu');
    await editor.field('Judul').fill('Jadwal posyandu lansia');

    // Meanwhile someone else changes the post: the open editor says so (live), keeping the typing.
    await call(host, 'posts.update', {
      id: post.id,
      version: post.version,
      actorId: office.approver,
      title: 'Jadwal posyandu balita',
    });
    await expect(editor.panel).toContainText(/Diubah oleh Budi Santoso pukul \d{2}\.\d{2}/);
    await expect(editor.panel).toContainText('Yang berubah: Judul.');
    await expect(editor.field('Judul')).toHaveValue('Jadwal posyandu lansia');

    // Saving does not fail on the version, nor overwrite: both titles are offered.
    await editor.save();
    const merge = app.getByRole('dialog', { name: 'Gabungkan perubahan' });
    await expect(merge).toContainText('Judul — Diubah keduanya — pilih salah satu');
    const stored = await call<StoredPost>(host, 'posts.get', { id: post.id });
    expect(stored.title).toBe('Jadwal posyandu balita');
    await merge.getByRole('radio', { name: /Versi saya/ }).check();
    await merge.getByRole('button', { name: 'Simpan gabungan' }).click();
    await expect(merge).toBeHidden();
    await expect(editor.panel).toContainText('Tersimpan');
    await expect
      .poll(async () => (await call<StoredPost>(host, 'posts.get', { id: post.id })).title)
      .toBe('Jadwal posyandu lansia');
    await expect(editor.activity.last()).toContainText('Rina Wulandari mengubah unggahan');
  });

  test('perencana tidak ditawari Setujui; penyetuju tidak menyetujui ajuannya sendiri kecuali diizinkan di Pengaturan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const rinas = await createPost(host, office, { title: 'Ajuan Rina', date: '2026-11-12' });
    await call(host, 'posts.transition', {
      id: rinas.id,
      version: rinas.version,
      actorId: office.planner,
      action: 'submit',
    });
    const budis = await createPost(host, office, {
      title: 'Ajuan Budi',
      date: '2026-11-13',
      actor: office.approver,
    });
    await call(host, 'posts.transition', {
      id: budis.id,
      version: budis.version,
      actorId: office.approver,
      action: 'submit',
    });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();

    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Ajuan Rina/).click();
    await expect(editor.approvalActions.getByRole('button')).toHaveText(['Batalkan']);
    await expect(editor.button('Setujui')).toHaveCount(0);
    await editor.close();

    await calendar.actAs('Budi Santoso');
    await calendar.chip(/Ajuan Rina/).click();
    await expect(editor.approvalActions.getByRole('button')).toHaveText([
      'Setujui',
      'Minta revisi',
      'Batalkan',
    ]);
    await editor.close();
    await calendar.chip(/Ajuan Budi/).click();
    await expect(editor.button('Setujui')).toHaveCount(0);
    await expect(editor.button('Minta revisi')).toBeVisible();
    await editor.close();

    // A one-person office allows self-approval in Pengaturan › Persetujuan (the administrator's).
    await calendar.actAs('Admin Humas');
    const frame = new AppFrame(app);
    await new SettingsPage(app).open('Persetujuan');
    const approval = app.getByRole('form', { name: 'Persetujuan' });
    await approval.getByLabel('Izinkan menyetujui unggahan sendiri (kantor satu orang)').check();
    await approval.getByLabel('Jam unggah bawaan').fill('08.30');
    await approval.getByRole('button', { name: 'Simpan' }).click();
    await expect(approval.getByRole('status')).toHaveText(/Tersimpan/);
    await frame.open('Kalender');
    await calendar.actAs('Budi Santoso');
    await calendar.chip(/Ajuan Budi/).click();
    await editor.button('Setujui').click();
    await editor.expectStatus('Disetujui');

    // The default time is what a new post starts with.
    await editor.close();
    await calendar.clickDay('Jumat, 20 November 2026');
    await expect(editor.field('Jam (WIB)')).toHaveValue('08.30');
  });

  test('mengubah isi unggahan yang disetujui mengembalikannya ke draf dan memberi tahu', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    let post = await createPost(host, office, { title: 'Festival kuliner', date: '2026-11-12' });
    post = await call(host, 'posts.transition', {
      id: post.id,
      version: post.version,
      actorId: office.planner,
      action: 'submit',
    });
    await call(host, 'posts.transition', {
      id: post.id,
      version: post.version,
      actorId: office.approver,
      action: 'approve',
    });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Festival kuliner — Disetujui/).click();

    // A note for the team is internal: the approval stands.
    await editor.field(/^Brief \/ catatan/).fill('Narasumber: Kadis Pariwisata');
    await editor.save();
    await editor.expectStatus('Disetujui');

    await editor.field('Caption utama').fill('Festival kuliner Nusantara di alun-alun.');
    await editor.save();
    // The approved post's "Terbit" section holds a status line of its own until it goes.
    await expect(
      editor.panel.getByRole('status').filter({
        hasText: 'Unggahan kembali ke draf karena isinya berubah setelah diajukan/disetujui',
      }),
    ).toBeVisible();
    await editor.expectStatus('Draf');
    await expect(calendar.chip(/Festival kuliner — Draf/)).toBeVisible();
  });

  test('seri berulang: setiap pekan pada Senin dan Rabu, ubah seluruh seri, lalu hapus seri', async ({
    app,
    host,
  }) => {
    await seedOffice(host);
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');

    await calendar.clickDay('Senin, 2 November 2026');
    await editor.field('Judul').fill('Info layanan pekan ini');
    await editor.channel('Humas Contoh IG').check();
    await editor.field('Ulangi').selectOption({ label: 'Setiap pekan' });
    await editor.panel.getByRole('checkbox', { name: 'Rabu' }).check();
    await editor.field('Jumlah unggahan').fill('4');
    await expect(
      editor.panel.getByRole('status').filter({ hasText: 'Membuat 4 unggahan' }),
    ).toContainText('Sen, 2 Nov 2026; Rab, 4 Nov 2026; Sen, 9 Nov 2026; Rab, 11 Nov 2026');
    await editor.save();
    await expect(editor.panel).toBeHidden();
    await expect(app.getByText('4 unggahan dibuat dalam satu seri.')).toBeVisible();
    for (const day of ['Senin, 2', 'Rabu, 4', 'Senin, 9', 'Rabu, 11'])
      await expect(
        calendar
          .day(`${day} November 2026`)
          .getByRole('button', { name: /Info layanan pekan ini/ }),
      ).toBeVisible();

    // Approval is per occurrence; content edits may go to the whole series.
    await calendar
      .day('Senin, 9 November 2026')
      .getByRole('button', { name: /Info layanan/ })
      .click();
    await expect(editor.panel).toContainText('Bagian dari seri berulang.');
    await editor.field('Judul').fill('Info layanan mingguan');
    await editor.panel.getByRole('radio', { name: /Ubah seluruh seri/ }).check();
    await editor.save();
    await expect(editor.panel.getByRole('status')).toContainText(
      '4 unggahan dalam seri diperbarui',
    );
    await editor.close();
    await expect(calendar.chip(/Info layanan mingguan/)).toHaveCount(4);

    await calendar
      .day('Rabu, 4 November 2026')
      .getByRole('button', { name: /Info layanan/ })
      .click();
    await editor.button('Hapus seluruh seri').click();
    await editor.panel
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Hapus seluruh seri' })
      .click();
    await expect(editor.panel).toBeHidden();
    await expect(app.getByText('4 unggahan seri dipindahkan ke sampah.')).toBeVisible();
    await expect(calendar.chip(/Info layanan/)).toHaveCount(0);
  });

  test('hapus memindahkan ke sampah; Ctrl+Z memulihkannya', async ({ app, host }) => {
    const office = await seedOffice(host);
    await createPost(host, office, { title: 'Rapat koordinasi', date: '2026-11-12' });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Rapat koordinasi/).click();
    await editor.button('Hapus').click();
    await expect(editor.panel).toBeHidden();
    await expect(app.getByText('“Rapat koordinasi” dipindahkan ke sampah.')).toBeVisible();
    await expect(calendar.chip(/Rapat koordinasi/)).toHaveCount(0);
    const trash = await call<StoredPost[]>(host, 'posts.trash', {});
    expect(trash.map((post) => post.title)).toEqual(['Rapat koordinasi']);

    await app.keyboard.press('Control+z');
    await expect(calendar.chip(/Rapat koordinasi/)).toBeVisible();
  });

  test('Esc menutup editor, dan bertanya dulu bila ada perubahan', async ({ app, host }) => {
    const office = await seedOffice(host);
    await createPost(host, office, { title: 'Lomba foto', date: '2026-11-12' });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    const chip = calendar.chip(/Lomba foto/);
    await chip.click();
    await app.keyboard.press('Escape');
    await expect(editor.panel).toBeHidden();
    // Focus goes back to the post the panel was opened from.
    await expect(chip).toBeFocused();

    await chip.click();
    await editor.field('Judul').fill('Lomba foto wisata');
    await app.keyboard.press('Escape');
    const confirm = editor.panel.getByRole('alertdialog');
    await expect(confirm).toContainText('Buang perubahan yang belum disimpan?');
    await confirm.getByRole('button', { name: 'Lanjut mengubah' }).click();
    await expect(editor.field('Judul')).toHaveValue('Lomba foto wisata');
    await editor.button('Batal').click();
    await confirm.getByRole('button', { name: 'Buang perubahan' }).click();
    await expect(editor.panel).toBeHidden();
    await expect(calendar.chip(/Lomba foto —/)).toBeVisible();
  });

  test('aksesibilitas (axe-core) editor yang terbuka dengan peringatan dan permintaan revisi', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const post = await createPost(host, office, {
      title: 'Sosialisasi pajak',
      date: '2026-11-12',
      channel: office.x,
      caption: 'b'.repeat(300),
    });
    await call(host, 'posts.transition', {
      id: post.id,
      version: post.version,
      actorId: office.planner,
      action: 'submit',
      acknowledgeWarnings: true,
    });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Budi Santoso');
    await calendar.chip(/Sosialisasi pajak/).click();
    await expect(editor.warnings).toContainText('melebihi batas');
    await editor.button('Minta revisi').click();
    await editor.button('Kirim permintaan revisi').click();
    await expect(editor.panel.getByRole('alert')).toBeVisible();
    // The editor panel alone: the calendar behind it has its own axe test. Three whole-page
    // scans took over 30 s on a loaded two-core machine.
    expect(await seriousViolations(app, { include: '.editor-panel' })).toEqual([]);

    await editor.close();
    await calendar.clickDay('Jumat, 20 November 2026');
    await editor.field('Ulangi').selectOption({ label: 'Setiap bulan' });
    expect(await seriousViolations(app, { include: '.editor-panel' })).toEqual([]);
  });
});

test.describe('Pengaturan hari peringatan', () => {
  test('hari lokal, impor .ics dan sumber yang bisa dimatikan tampil di kalender', async ({
    app,
    host,
  }) => {
    // Two months checked in two states through the UI: more than a minute on a loaded machine.
    test.setTimeout(120_000);
    await seedOffice(host);
    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    const frame = new AppFrame(app);
    const settings = new SettingsPage(app);
    await settings.open('Hari peringatan');
    const section = app.getByRole('region', { name: 'Hari peringatan' });

    // An office-local yearly day.
    const add = section.getByRole('form', { name: 'Tambah hari lokal' });
    await add.getByLabel('Nama hari').fill('Hari Jadi Kabupaten Contoh');
    await add.getByLabel('Tanggal', { exact: true }).selectOption('15');
    await add.getByLabel('Bulan').selectOption({ label: 'November' });
    await add.getByRole('button', { name: 'Tambah hari' }).click();
    const local = section.getByRole('list', { name: 'Daftar hari lokal kantor' });
    await expect(local.getByRole('listitem')).toHaveText([
      /Hari Jadi Kabupaten Contoh\s*Setiap tahun, 15 November/,
    ]);

    // Moving holidays from an .ics file.
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Contoh//Libur//ID',
      'BEGIN:VEVENT',
      'UID:libur-1@contoh',
      'DTSTART;VALUE=DATE:20261124',
      'DTEND;VALUE=DATE:20261125',
      'SUMMARY:Cuti bersama contoh',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const importForm = section.getByRole('form', { name: 'Impor hari libur dari berkas .ics' });
    await importForm.getByLabel('Berkas kalender (.ics)').setInputFiles({
      name: 'libur-contoh-2026.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(ics),
    });
    await expect(importForm.getByLabel('Nama sumber')).toHaveValue('libur-contoh-2026');
    await importForm.getByRole('button', { name: 'Impor' }).click();
    await expect(importForm.getByRole('status')).toHaveText('1 hari diimpor, 0 dilewati.');
    await expect(section.getByRole('list', { name: 'Hari yang diimpor' })).toContainText(
      'libur-contoh-2026 — 1 hari',
    );

    await frame.open('Kalender');
    await expect(calendar.day('Minggu, 15 November 2026')).toContainText(
      'Hari Jadi Kabupaten Contoh',
    );
    await expect(calendar.day('Selasa, 24 November 2026')).toContainText('Cuti bersama contoh');
    await expect(calendar.day('Selasa, 10 November 2026')).toContainText('Hari Pahlawan');

    // December shows the national days of issue 12, the cuti bersama and the holidays.
    await app.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await expect(calendar.day('Sabtu, 19 Desember 2026')).toContainText('Hari Bela Negara');
    await expect(calendar.day('Selasa, 1 Desember 2026')).toContainText('Hari AIDS Sedunia');
    await expect(calendar.day('Kamis, 24 Desember 2026')).toContainText(
      'Cuti bersama Hari Raya Natal',
    );
    await app.getByRole('button', { name: 'Bulan sebelumnya' }).click();

    // Each source can be switched off.
    await settings.open('Hari peringatan');
    const sources = section.getByRole('form', { name: 'Tampilkan di kalender' });
    await sources.getByLabel('Hari nasional').uncheck();
    await sources.getByLabel('Cuti bersama').uncheck();
    await sources.getByLabel('Hasil impor .ics').uncheck();
    await sources.getByRole('button', { name: 'Simpan' }).click();
    await expect(sources.getByRole('status')).toHaveText(/Tersimpan/);
    await frame.open('Kalender');
    await expect(calendar.day('Minggu, 15 November 2026')).toContainText(
      'Hari Jadi Kabupaten Contoh',
    );
    await expect(calendar.day('Selasa, 10 November 2026')).not.toContainText('Hari Pahlawan');
    await expect(calendar.day('Selasa, 24 November 2026')).not.toContainText('Cuti bersama');

    await app.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await expect(calendar.day('Sabtu, 19 Desember 2026')).not.toContainText('Hari Bela Negara');
    await expect(calendar.day('Kamis, 24 Desember 2026')).not.toContainText('Cuti bersama');
    // Public holidays stay on while their own switch is on.
    await expect(calendar.day('Jumat, 25 Desember 2026')).toContainText('Hari Raya Natal');

    // Deleting the local day removes its badge.
    await settings.open('Hari peringatan');
    await local.getByRole('button', { name: 'Hapus Hari Jadi Kabupaten Contoh' }).click();
    await expect(section.getByText('Belum ada hari lokal.')).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
  });
});
