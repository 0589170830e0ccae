import { expect, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';

test.describe('Pengaturan', () => {
  test('nama instansi, kanal dan orang tetap ada setelah halaman dimuat ulang', async ({ app }) => {
    const frame = new AppFrame(app);
    const settings = new SettingsPage(app);

    // A new office has no channel: the calendar says so and leads to the place to add one.
    await expect(app.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    await expect(app.getByText(/Belum ada kanal\. Tambahkan kanal di Pengaturan/)).toBeVisible();
    await app.getByRole('button', { name: 'Tambahkan kanal di Pengaturan' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
    await expect(app.getByRole('heading', { level: 2, name: 'Kanal' })).toBeFocused();
    await expect(
      app.getByText('Belum ada orang. Tambahkan perencana dan penyetuju.'),
    ).toBeVisible();

    await settings.saveOfficeName('Pemerintah Kabupaten Contoh');
    await settings.addChannel({
      platform: 'Instagram',
      name: 'Humas Kab. Contoh',
      handle: '@humas.contoh',
    });
    await settings.addPerson({ name: 'Rina Wulandari', role: 'Penyetuju' });

    await app.reload();
    await expect(settings.officeForm.getByLabel('Nama instansi')).toHaveValue(
      'Pemerintah Kabupaten Contoh',
    );
    const channel = settings.channelList
      .getByRole('listitem')
      .filter({ hasText: 'Humas Kab. Contoh' });
    await expect(channel).toContainText('Instagram');
    await expect(channel).toContainText('@humas.contoh');
    const person = settings.peopleList.getByRole('listitem').filter({ hasText: 'Rina Wulandari' });
    await expect(person).toContainText('Penyetuju');
    await expect(
      frame.navigation.page().getByText('Pemerintah Kabupaten Contoh', { exact: true }),
    ).toBeVisible();

    // With a channel in place the calendar no longer asks for one.
    await frame.open('Kalender');
    await expect(app.getByRole('button', { name: 'Hari ini' })).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Belum ada kanal' })).toHaveCount(0);
  });

  test('profil penanda tangan, zona waktu dan awal pekan tersimpan', async ({ app }) => {
    const frame = new AppFrame(app);
    const settings = new SettingsPage(app);
    await frame.open('Pengaturan');

    const office = settings.officeForm;
    await office.getByLabel('Unit/Bagian').fill('Bagian Prokompim');
    await office.getByLabel('Nama penanda tangan').fill('Drs. Budi Santoso');
    await office.getByLabel('Jabatan penanda tangan').fill('Kepala Bagian Prokompim');
    await office.getByLabel('NIP penanda tangan').fill('19800101 200501 1 001');
    await office.getByRole('button', { name: 'Simpan' }).click();
    await expect(office.getByRole('status')).toHaveText(/Tersimpan/);

    const preferences = settings.preferencesForm;
    await expect(preferences.getByRole('radio', { name: /^WIB/ })).toBeChecked();
    await preferences.getByRole('radio', { name: /^WITA/ }).check();
    await preferences.getByLabel('Awal pekan').selectOption({ label: 'Minggu' });
    await preferences.getByRole('button', { name: 'Simpan' }).click();
    await expect(preferences.getByRole('status')).toHaveText(/Tersimpan/);

    await app.reload();
    await expect(office.getByLabel('Nama penanda tangan')).toHaveValue('Drs. Budi Santoso');
    await expect(office.getByLabel('NIP penanda tangan')).toHaveValue('19800101 200501 1 001');
    await expect(preferences.getByRole('radio', { name: /^WITA/ })).toBeChecked();
    await expect(preferences.getByLabel('Awal pekan')).toHaveValue('0');

    // Any IANA zone through "Lainnya"; the server returns it in ICU's spelling.
    await preferences.getByRole('radio', { name: 'Lainnya' }).check();
    await preferences.getByLabel('Nama zona waktu IANA').fill('asia/pontianak');
    await preferences.getByRole('button', { name: 'Simpan' }).click();
    await expect(preferences.getByRole('status')).toHaveText(/Tersimpan/);
    await expect(preferences.getByLabel('Nama zona waktu IANA')).toHaveValue('Asia/Pontianak');
    await app.reload();
    await expect(preferences.getByRole('radio', { name: 'Lainnya' })).toBeChecked();
    await expect(preferences.getByLabel('Nama zona waktu IANA')).toHaveValue('Asia/Pontianak');
  });

  test('orang dan kanal dapat diubah, dinonaktifkan dan diaktifkan kembali', async ({ app }) => {
    const frame = new AppFrame(app);
    const settings = new SettingsPage(app);
    await frame.open('Pengaturan');

    await settings.addPerson({ name: 'Andi Pratama', role: 'Perencana' });
    await app.getByRole('button', { name: 'Ubah Andi Pratama' }).click();
    const editor = app.getByRole('form', { name: 'Ubah Andi Pratama' });
    await editor.getByLabel('Nama', { exact: true }).fill('Andi Pratama, S.Kom.');
    await editor.getByLabel('Peran').selectOption({ label: 'Admin' });
    await editor.getByRole('button', { name: 'Simpan' }).click();
    const andi = settings.peopleList
      .getByRole('listitem')
      .filter({ hasText: 'Andi Pratama, S.Kom.' });
    await expect(andi).toContainText('Admin');
    await expect(app.getByRole('button', { name: 'Ubah Andi Pratama, S.Kom.' })).toBeFocused();

    await app.getByRole('button', { name: 'Nonaktifkan Andi Pratama, S.Kom.' }).click();
    await expect(app.getByText(/Tidak ada orang yang aktif/)).toBeVisible();
    await app.getByLabel('Tampilkan yang nonaktif').first().check();
    await expect(andi).toContainText('Nonaktif');
    await app.getByRole('button', { name: 'Aktifkan kembali Andi Pratama, S.Kom.' }).click();
    await expect(
      app.getByRole('button', { name: 'Nonaktifkan Andi Pratama, S.Kom.' }),
    ).toBeVisible();

    // A new channel takes its platform's colour until someone picks one.
    const addChannel = settings.addChannelForm;
    await addChannel.getByLabel('Platform').selectOption({ label: 'YouTube' });
    await expect(addChannel.getByLabel('Warna kanal')).toHaveValue('#ff0000');
    await settings.addChannel({ platform: 'YouTube', name: 'Kanal Video Pemkab' });
    await app.getByRole('button', { name: 'Ubah Kanal Video Pemkab' }).click();
    const channelEditor = app.getByRole('form', { name: 'Ubah Kanal Video Pemkab' });
    await channelEditor.getByLabel('Handle atau alamat').fill('@videopemkab');
    await channelEditor.getByRole('button', { name: 'Simpan' }).click();
    await expect(settings.channelList).toContainText('@videopemkab');
    await app.getByRole('button', { name: 'Nonaktifkan Kanal Video Pemkab' }).click();
    await expect(app.getByText(/Tidak ada kanal yang aktif/)).toBeVisible();

    await app.reload();
    await expect(app.getByText(/Tidak ada kanal yang aktif/)).toBeVisible();
    await expect(settings.peopleList).toContainText('Andi Pratama, S.Kom.');
  });

  test('pilar konten dapat ditambah, diubah dan diarsipkan', async ({ app }) => {
    const settings = new SettingsPage(app);
    await new AppFrame(app).open('Pengaturan');
    await expect(app.getByText(/Belum ada pilar konten/)).toBeVisible();

    const form = settings.addCampaignForm;
    await form.getByLabel('Nama pilar').fill('Layanan Publik');
    await form.getByLabel('Keterangan').fill('Info layanan Dukcapil, pajak, perizinan');
    await form.getByRole('button', { name: 'Tambah pilar' }).click();
    await expect(settings.campaignList).toContainText('Layanan Publik');

    await app.getByRole('button', { name: 'Ubah Layanan Publik' }).click();
    await app
      .getByRole('form', { name: 'Ubah Layanan Publik' })
      .getByLabel('Nama pilar')
      .fill('Pelayanan Publik');
    await app
      .getByRole('form', { name: 'Ubah Layanan Publik' })
      .getByRole('button', { name: 'Simpan' })
      .click();
    await expect(settings.campaignList).toContainText('Pelayanan Publik');

    await app.getByRole('button', { name: 'Arsipkan Pelayanan Publik' }).click();
    await expect(app.getByText(/Semua pilar konten diarsipkan/)).toBeVisible();
    await app.getByLabel('Tampilkan yang diarsipkan').check();
    await app.getByRole('button', { name: 'Pulihkan Pelayanan Publik' }).click();
    await expect(app.getByRole('button', { name: 'Arsipkan Pelayanan Publik' })).toBeVisible();
  });
});
