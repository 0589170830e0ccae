import { expect, test } from './fixtures';
import { CalendarScreen, PostEditor, seedOffice } from './post-editor';

/**
 * The acceptance flow of the content calendar (issue 3): a planner builds posts on the month
 * grid and submits one, the approver asks for changes, the planner revises and resubmits, the
 * approver approves; the post's history tells every step, and all of it survives a reload.
 */
test.describe('Alur persetujuan', () => {
  test('perencana membuat dan mengajukan, penyetuju minta revisi lalu menyetujui; riwayat lengkap setelah dimuat ulang', async ({
    app,
    host,
  }) => {
    // Two people sign in (a few scrypt hashes each) and four switch: past a minute at a load of 11.
    test.slow();
    await seedOffice(host);
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();

    // The administrator set the office up; Rina signs in to plan.
    await expect(calendar.profileButton).toContainText('Saya: Admin Humas');
    await calendar.actAs('Rina Wulandari');

    // Two posts, each made by clicking a day of the month grid.
    await calendar.clickDay('Kamis, 12 November 2026');
    await expect(editor.panel).toHaveAccessibleName('Unggahan baru');
    await expect(editor.field('Judul')).toBeFocused();
    await expect(editor.panel.getByText('Kamis, 12 November 2026.')).toBeVisible();
    await editor.field('Judul').fill('Layanan KTP keliling');
    await editor.field('Caption utama').fill('Layanan KTP-el keliling hadir di Kecamatan Depok.');
    await editor.channel('Humas Contoh IG').check();
    await editor.save();
    await expect(editor.panel).toHaveAccessibleName('Ubah unggahan');
    await editor.expectStatus('Draf');
    await editor.close();

    await calendar.clickDay('Kamis, 19 November 2026');
    await editor.field('Judul').fill('Hari Kesehatan Nasional');
    await editor.channel('Humas Contoh X').check();
    await app.keyboard.press('Control+s');
    await expect(editor.panel).toHaveAccessibleName('Ubah unggahan');
    await editor.close();

    await expect(
      calendar
        .day('Kamis, 12 November 2026')
        .getByRole('button', { name: /Layanan KTP keliling — Draf/ }),
    ).toBeVisible();
    await expect(
      calendar
        .day('Kamis, 19 November 2026')
        .getByRole('button', { name: /Hari Kesehatan Nasional — Draf/ }),
    ).toBeVisible();

    // One moves to the next day by dragging; it keeps its time.
    await calendar.drag(
      calendar.chip(/^09\.00 Layanan KTP keliling/),
      calendar.day('Jumat, 13 November 2026'),
    );
    const ktp = calendar
      .day('Jumat, 13 November 2026')
      .getByRole('button', { name: /^09\.00 Layanan KTP keliling/ });
    await expect(ktp).toBeVisible();

    // Rina submits it. A planner is never offered "Setujui".
    await ktp.click();
    await expect(editor.field('Tanggal')).toHaveValue('13/11/2026');
    await expect(editor.button('Setujui')).toHaveCount(0);
    await editor.approvalActions.getByRole('button', { name: 'Ajukan' }).click();
    await editor.expectStatus('Menunggu persetujuan');
    await expect(
      editor.panel.getByRole('status').filter({ hasText: 'Diajukan untuk ditinjau.' }),
    ).toBeAttached();
    await expect(editor.button('Setujui')).toHaveCount(0);
    await expect(editor.button('Minta revisi')).toHaveCount(0);
    await editor.close();

    // Budi, the approver, asks for changes with a comment.
    await calendar.actAs('Budi Santoso');
    await ktp.click();
    await editor.expectStatus('Menunggu persetujuan');
    await expect(editor.panel).toContainText('Diajukan oleh Rina Wulandari');
    await editor.button('Minta revisi').click();
    // The comment is required.
    await editor.button('Kirim permintaan revisi').click();
    await expect(editor.panel.getByRole('alert')).toContainText('Tulis apa yang perlu diperbaiki.');
    await editor.field('Apa yang perlu diperbaiki?').fill('Sebutkan jam layanannya.');
    await editor.button('Kirim permintaan revisi').click();
    await editor.expectStatus('Perlu revisi');
    await editor.close();

    // Rina reads the comment, revises, edits and submits again.
    await calendar.actAs('Rina Wulandari');
    await ktp.click();
    await editor.expectStatus('Perlu revisi');
    await expect(editor.activity.last()).toContainText('Sebutkan jam layanannya.');
    await editor.button('Revisi').click();
    await editor.expectStatus('Draf');
    await editor
      .field('Caption utama')
      .fill('Layanan KTP-el keliling hadir di Kecamatan Depok, pukul 08.00–12.00 WIB.');
    // Unsaved edits first need saving before a step of the workflow.
    await expect(editor.button('Ajukan')).toBeDisabled();
    await editor.save();
    await expect(editor.panel.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
    await editor.button('Ajukan').click();
    await editor.expectStatus('Menunggu persetujuan');
    await editor.close();

    // Budi approves.
    await calendar.actAs('Budi Santoso');
    await ktp.click();
    await editor.button('Setujui').click();
    await editor.expectStatus('Disetujui');
    await expect(editor.panel).toContainText('Disetujui oleh Budi Santoso');

    const steps = [
      /Rina Wulandari membuat unggahan/,
      /Rina Wulandari memindahkan jadwal.*Jadwal: Kam, 12 Nov 2026.*09\.00 WIB → Jum, 13 Nov 2026.*09\.00 WIB/,
      /Rina Wulandari mengajukan untuk ditinjau \(Draf → Menunggu persetujuan\)/,
      /Budi Santoso meminta revisi \(Menunggu persetujuan → Perlu revisi\).*Sebutkan jam layanannya\./,
      /Rina Wulandari merevisi \(kembali ke draf\) \(Perlu revisi → Draf\)/,
      /Rina Wulandari mengubah unggahan.*Diubah: caption/,
      /Rina Wulandari mengajukan untuk ditinjau/,
      /Budi Santoso menyetujui \(Menunggu persetujuan → Disetujui\)/,
    ];
    await expect(editor.activity).toHaveText(steps);

    // After a reload everything is still there, including who is signed in.
    await app.reload();
    await expect(calendar.profileButton).toContainText('Saya: Budi Santoso');
    await expect(
      calendar
        .day('Jumat, 13 November 2026')
        .getByRole('button', { name: /Layanan KTP keliling — Disetujui/ }),
    ).toBeVisible();
    await expect(
      calendar
        .day('Kamis, 19 November 2026')
        .getByRole('button', { name: /Hari Kesehatan Nasional — Draf/ }),
    ).toBeVisible();
    await calendar.chip(/Layanan KTP keliling — Disetujui/).click();
    await editor.expectStatus('Disetujui');
    await expect(editor.field('Caption utama')).toHaveValue(/pukul 08\.00–12\.00 WIB/);
    await expect(editor.activity).toHaveText(steps);
  });
});
