import sharp from 'sharp';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages';

test.describe('Dokumen cetak', () => {
  test('kop surat, logo, tempat dan dua penanda tangan tersimpan, dengan pratinjau dan peringatan NIP', async ({
    app,
  }) => {
    await new SettingsPage(app).open('Dokumen cetak');
    const form = app.getByRole('form', { name: 'Dokumen cetak' });
    const preview = app.getByRole('figure', { name: /Pratinjau halaman pertama/ });

    await form
      .getByLabel('Baris kop surat')
      .fill('PEMERINTAH KABUPATEN GOWA\nSEKRETARIAT DAERAH\nJl. Mesjid Raya No. 30, Sungguminasa');
    await form.getByLabel('Tempat penandatanganan').fill('Sungguminasa');
    const first = form.getByRole('group', { name: 'Penanda tangan 1' });
    await first.getByLabel('Sebutan').fill('Diperiksa oleh');
    await first.getByLabel('Jabatan').fill('Kepala Subbagian Media');
    await first.getByLabel('Nama (dengan gelar)').fill('Andi Rahmat, S.Sos.');
    // A NIP with a thirteenth month: a warning, not a refusal.
    await first.getByLabel('NIP', { exact: true }).fill('198613262015051001');
    await expect(
      form.getByText('Angka 1–8 NIP seharusnya tanggal lahir (TTTTBBHH).'),
    ).toBeVisible();
    await first.getByLabel('NIP', { exact: true }).fill('198609262015051001');
    await expect(form.getByText(/seharusnya/)).toHaveCount(0);

    await form.getByRole('button', { name: 'Tambah penanda tangan kedua' }).click();
    const second = form.getByRole('group', { name: 'Penanda tangan 2' });
    await second.getByLabel('Sebutan').fill('Disetujui oleh');
    await second.getByLabel('Jabatan').fill('Kepala Bagian Prokopim');
    await second.getByLabel('Nama (dengan gelar)').fill('Dr. Sitti Nurbaya, S.H., M.H.');
    await second.getByLabel('NIP', { exact: true }).fill('19750812 200012 2 003');

    // The preview follows the typing: letterhead and the whole signing line.
    await expect(preview).toContainText('PEMERINTAH KABUPATEN GOWA');
    await expect(preview).toContainText('Sungguminasa, 2 Desember 2026');
    await expect(preview).toContainText('NIP 19860926 201505 1 001');
    await expect(preview).toContainText('Dr. Sitti Nurbaya, S.H., M.H.');

    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(form.getByRole('status').last()).toHaveText(/Tersimpan/);

    // A logo: a text file is refused with a clear message; a PNG is kept.
    const logoInput = form.getByLabel('Logo (lambang daerah)');
    await logoInput.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('bukan gambar'),
    });
    await expect(
      form.getByText('Berkas ini bukan gambar PNG atau JPEG yang bisa dibaca.'),
    ).toBeVisible();
    const png = await sharp({
      create: { width: 64, height: 64, channels: 3, background: '#b91c1c' },
    })
      .png()
      .toBuffer();
    await logoInput.setInputFiles({ name: 'lambang.png', mimeType: 'image/png', buffer: png });
    await expect(form.getByText('Logo disimpan.')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Hapus logo' })).toBeVisible();

    await app.reload();
    const reloaded = app.getByRole('form', { name: 'Dokumen cetak' });
    await expect(reloaded.getByLabel('Tempat penandatanganan')).toHaveValue('Sungguminasa');
    await expect(
      reloaded.getByRole('group', { name: 'Penanda tangan 2' }).getByLabel('Nama (dengan gelar)'),
    ).toHaveValue('Dr. Sitti Nurbaya, S.H., M.H.');
    await expect(reloaded.getByRole('button', { name: 'Hapus logo' })).toBeVisible();
  });
});
