import { expect, test } from './fixtures';
import { CalendarScreen, PostEditor, call, seedOffice, submittedPost } from './post-editor';

/**
 * Issue 12, item 4: the reason of a "Minta revisi" is in front — in the chip's tooltip, the
 * agenda row and at the top of the editor — and the planner sends the revised post back for
 * review with one "Simpan & ajukan ulang".
 */
test('alasan revisi tampil di depan; Simpan & ajukan ulang dalam satu langkah', async ({
  app,
  host,
}) => {
  const office = await seedOffice(host);
  const post = await submittedPost(host, office, {
    title: 'Layanan KTP keliling',
    caption: 'Layanan KTP-el keliling hadir di Kecamatan Depok.',
    channels: [{ channelId: office.x, format: 'feed' }],
    schedule: { date: '2026-11-19', time: '08:00' },
  });
  await call(host, 'posts.transition', {
    id: post.id,
    version: post.version,
    actorId: office.approver,
    action: 'request_changes',
    comment: 'Sebutkan jam layanannya.',
  });

  const calendar = new CalendarScreen(app, host);
  await calendar.open();
  await calendar.actAs('Rina Wulandari');

  const chip = calendar.chip(/^08\.00 Layanan KTP keliling — Perlu revisi/);
  await expect(chip).toHaveAttribute('title', /Alasan revisi: Sebutkan jam layanannya\./);

  await app
    .getByRole('group', { name: 'Tampilan' })
    .getByRole('button', { name: 'Agenda', exact: true })
    .click();
  await expect(app.getByRole('listitem').filter({ hasText: 'Layanan KTP keliling' })).toContainText(
    'Alasan revisi: Sebutkan jam layanannya.',
  );
  await app.getByRole('button', { name: 'Layanan KTP keliling', exact: true }).click();

  const editor = new PostEditor(app);
  await editor.expectStatus('Perlu revisi');
  const request = editor.panel.getByRole('region', {
    name: /^Perlu revisi — diminta oleh Budi Santoso/,
  });
  await expect(request).toContainText('Sebutkan jam layanannya.');

  await editor
    .field('Caption utama')
    .fill('Layanan KTP-el keliling hadir di Kecamatan Depok, pukul 08.00–12.00 WIB.');
  await editor.button('Simpan & ajukan ulang').click();
  await editor.expectStatus('Menunggu persetujuan');
  await expect(
    editor.panel
      .getByRole('status')
      .filter({ hasText: 'Tersimpan dan diajukan ulang untuk ditinjau.' }),
  ).toBeAttached();
  await expect(request).toHaveCount(0);
  await expect(editor.activity).toHaveText([
    /membuat unggahan/,
    /mengajukan/,
    /meminta revisi.*Sebutkan jam layanannya\./,
    /mengubah unggahan.*Diubah: caption/,
    /merevisi/,
    /mengajukan/,
  ]);
});
