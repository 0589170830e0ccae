import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { AppFrame } from './pages';
import { CalendarScreen, PostEditor, call, seedOffice } from './post-editor';

/**
 * A two-step office (issue 13, item 6): Rina the planner submits, Sari the Kasubag checks
 * ("Diperiksa"), Budi the Kabag approves ("Disetujui"); the exported PDF names both from the
 * record. Each of them signs in (fixtures.ts signInAs): the server records the signed-in person.
 */
test.describe('Dua langkah persetujuan', () => {
  test('perencana mengajukan, pemeriksa memeriksa, penyetuju menyetujui; PDF memuat kedua nama', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await call(host, 'settings.update', {
      approvalSteps: 2,
      unitName: 'Bagian Protokol dan Komunikasi Pimpinan',
      signerName: 'Budi Santoso',
      signerPosition: 'Kepala Bagian',
    });
    await call(host, 'people.create', { name: 'Sari Puspita', role: 'checker' });
    await call(host, 'posts.create', {
      actorId: office.planner,
      title: 'Musrenbang Kecamatan Depok',
      caption: 'Musyawarah perencanaan pembangunan, Rabu 25 November pukul 09.00 WIB.',
      channels: [{ channelId: office.instagram, format: 'feed' }],
      schedule: { date: '2026-11-25', time: '09:00' },
    });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();

    // Rina submits. She is offered neither the check nor the approval.
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Musrenbang Kecamatan Depok/).click();
    await editor.approvalActions.getByRole('button', { name: 'Ajukan' }).click();
    await expect(editor.panel).toContainText('Menunggu pemeriksaan');
    await expect(editor.button('Tandai diperiksa')).toHaveCount(0);
    await expect(editor.button('Setujui')).toHaveCount(0);
    await editor.close();

    // Budi, the approver, cannot approve before the check.
    await calendar.actAs('Budi Santoso');
    await calendar.chip(/Musrenbang Kecamatan Depok/).click();
    await expect(editor.panel).toContainText('Menunggu pemeriksaan');
    await expect(editor.button('Setujui')).toHaveCount(0);
    await editor.close();

    // Sari, the checker, checks it.
    await calendar.actAs('Sari Puspita');
    await calendar.chip(/Musrenbang Kecamatan Depok/).click();
    await editor.button('Tandai diperiksa').click();
    await expect(editor.panel).toContainText('Diperiksa oleh Sari Puspita');
    await expect(editor.panel).toContainText('Menunggu persetujuan');
    await expect(editor.button('Setujui')).toHaveCount(0);
    await editor.close();

    // Budi approves.
    await calendar.actAs('Budi Santoso');
    await calendar.chip(/Musrenbang Kecamatan Depok/).click();
    await expect(editor.panel).toContainText('Diperiksa oleh Sari Puspita');
    await editor.button('Setujui').click();
    await editor.expectStatus('Disetujui');
    await expect(editor.panel).toContainText('Disetujui oleh Budi Santoso');
    await expect(editor.activity).toContainText([
      /Rina Wulandari mengajukan/,
      /Sari Puspita memeriksa/,
      /Budi Santoso menyetujui/,
    ]);
    await editor.close();

    // The approved November schedule as PDF: both steps, both names, from the record.
    await new AppFrame(app).open('Ekspor');
    const formats = app.getByRole('region', { name: 'Format', exact: true });
    const download = app.waitForEvent('download');
    await formats.getByRole('button', { name: 'Ekspor', exact: true }).click();
    const file = await (await download).path();
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Musrenbang Kecamatan Depok');
    expect(text).toContain('Diperiksa oleh');
    expect(text).toContain('Sari Puspita');
    expect(text).toContain('Disetujui oleh');
    expect(text).toContain('Budi Santoso');
    expect(text).not.toContain('ISI BERUBAH');
  });
});
