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
    // The office's first administrator is the one signed in: they can sign in, and it says so.
    await settings.show('Orang');
    const admin = settings.peopleList.getByRole('listitem').filter({ hasText: 'Admin Humas' });
    await expect(admin).toContainText('Anda');
    await expect(admin).toContainText('Nama pengguna: admin');
    await expect(admin).toContainText('Bisa masuk');

    await settings.saveOfficeName('Pemerintah Kabupaten Contoh');
    await settings.addChannel({
      platform: 'Instagram',
      name: 'Humas Kab. Contoh',
      handle: '@humas.contoh',
    });
    await settings.addPerson({ name: 'Rina Wulandari', role: 'Penyetuju' });

    await app.reload();
    // The address keeps the section shown last (Orang); the others are one click away.
    await expect(settings.addPersonForm).toBeVisible();
    await settings.show('Profil kantor');
    await expect(settings.officeForm.getByLabel('Nama instansi')).toHaveValue(
      'Pemerintah Kabupaten Contoh',
    );
    await settings.show('Kanal');
    const channel = settings.channelList
      .getByRole('listitem')
      .filter({ hasText: 'Humas Kab. Contoh' });
    await expect(channel).toContainText('Instagram');
    await expect(channel).toContainText('@humas.contoh');
    await settings.show('Orang');
    const person = settings.peopleList.getByRole('listitem').filter({ hasText: 'Rina Wulandari' });
    await expect(person).toContainText('Penyetuju');
    // The user name proposed from the name; no password until an administrator makes one.
    await expect(person).toContainText('Nama pengguna: rina.wulandari');
    await expect(person).toContainText('Belum punya kata sandi');
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
    // The first section is the office profile, shown on its own with its own "Simpan".
    await expect(settings.sections.getByRole('link', { name: 'Profil kantor' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(app.getByRole('button', { name: 'Simpan' })).toHaveCount(1);

    const office = settings.officeForm;
    await office.getByLabel('Unit/Bagian').fill('Bagian Prokompim');
    await office.getByLabel('Nama penanda tangan').fill('Drs. Budi Santoso');
    await office.getByLabel('Jabatan penanda tangan').fill('Kepala Bagian Prokompim');
    await office.getByLabel('NIP penanda tangan').fill('19800101 200501 1 001');
    await office.getByRole('button', { name: 'Simpan' }).click();
    await expect(office.getByRole('status')).toHaveText(/Tersimpan/);

    await settings.show('Zona waktu dan tampilan');
    const preferences = settings.preferencesForm;
    await expect(preferences.getByRole('radio', { name: /^WIB/ })).toBeChecked();
    await preferences.getByRole('radio', { name: /^WITA/ }).check();
    await preferences.getByLabel('Awal pekan').selectOption({ label: 'Minggu' });
    await preferences.getByRole('button', { name: 'Simpan' }).click();
    await expect(preferences.getByRole('status')).toHaveText(/Tersimpan/);

    await app.reload();
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
    await settings.show('Profil kantor');
    await expect(office.getByLabel('Nama penanda tangan')).toHaveValue('Drs. Budi Santoso');
    await expect(office.getByLabel('NIP penanda tangan')).toHaveValue('19800101 200501 1 001');
  });

  test('bagian yang belum disimpan ditanyakan sebelum ditinggalkan', async ({ app }) => {
    const settings = new SettingsPage(app);
    await settings.open('Profil kantor');
    await settings.officeForm.getByLabel('Unit/Bagian').fill('Bagian Prokompim');

    await settings.sections.getByRole('link', { name: 'Kanal', exact: true }).click();
    const ask = app.getByRole('dialog', { name: 'Perubahan belum disimpan' });
    await expect(ask).toContainText('Perubahan di bagian “Profil kantor” belum disimpan.');
    await ask.getByRole('button', { name: 'Tetap di sini' }).click();
    await expect(ask).toHaveCount(0);
    await expect(settings.officeForm.getByLabel('Unit/Bagian')).toHaveValue('Bagian Prokompim');

    // Saved: leaving asks nothing.
    await settings.officeForm.getByRole('button', { name: 'Simpan' }).click();
    await expect(settings.officeForm.getByRole('status')).toHaveText(/Tersimpan/);
    await settings.show('Kanal');

    // Edited again and left on purpose: the edit is dropped, the saved value stays.
    await settings.show('Profil kantor');
    await settings.officeForm.getByLabel('Unit/Bagian').fill('Bagian lain');
    await settings.sections.getByRole('link', { name: 'Orang', exact: true }).click();
    await ask.getByRole('button', { name: 'Tinggalkan tanpa menyimpan' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Orang' })).toBeVisible();
    await settings.show('Profil kantor');
    await expect(settings.officeForm.getByLabel('Unit/Bagian')).toHaveValue('Bagian Prokompim');
  });

  test('orang dan kanal dapat diubah, dinonaktifkan dan diaktifkan kembali', async ({ app }) => {
    const frame = new AppFrame(app);
    const settings = new SettingsPage(app);
    await frame.open('Pengaturan');

    // The add form proposes a user name from the name; the administrator may type another.
    await settings.show('Orang');
    const add = settings.addPersonForm;
    await add.getByLabel('Nama', { exact: true }).fill('Andi Pratama');
    await expect(add.getByLabel('Nama pengguna')).toHaveValue('andi.pratama');
    await add.getByLabel('Nama pengguna').fill('andi');
    await add.getByRole('button', { name: 'Tambah orang' }).click();
    await expect(
      settings.peopleList.getByRole('listitem').filter({ hasText: 'Andi' }),
    ).toContainText('Nama pengguna: andi');
    // Focus is back on the name, and the next person gets a proposal of their own.
    await expect(add.getByLabel('Nama', { exact: true })).toBeFocused();
    await expect(add.getByLabel('Nama pengguna')).toHaveValue('');

    await app.getByRole('button', { name: 'Ubah Andi Pratama' }).click();
    const editor = app.getByRole('form', { name: 'Ubah Andi Pratama' });
    await editor.getByLabel('Nama', { exact: true }).fill('Andi Pratama, S.Kom.');
    // An existing account keeps its user name when the person is renamed.
    await expect(editor.getByLabel('Nama pengguna')).toHaveValue('andi');
    await editor.getByLabel('Nama pengguna').fill('admin');
    await editor.getByLabel('Peran').selectOption({ label: 'Admin' });
    await editor.getByRole('button', { name: 'Simpan' }).click();
    await expect(editor.getByText('Nama pengguna “admin” sudah dipakai orang lain.')).toBeVisible();
    await editor.getByLabel('Nama pengguna').fill('andi.pratama');
    await editor.getByRole('button', { name: 'Simpan' }).click();
    const andi = settings.peopleList
      .getByRole('listitem')
      .filter({ hasText: 'Andi Pratama, S.Kom.' });
    await expect(andi).toContainText('Admin');
    await expect(andi).toContainText('Nama pengguna: andi.pratama');
    await expect(app.getByRole('button', { name: 'Ubah Andi Pratama, S.Kom.' })).toBeFocused();

    await app.getByRole('button', { name: 'Nonaktifkan Andi Pratama, S.Kom.' }).click();
    await expect(andi).toHaveCount(0);
    await app.getByLabel('Tampilkan yang nonaktif').first().check();
    await expect(andi).toContainText('Nonaktif');
    await app.getByRole('button', { name: 'Aktifkan kembali Andi Pratama, S.Kom.' }).click();
    await expect(
      app.getByRole('button', { name: 'Nonaktifkan Andi Pratama, S.Kom.' }),
    ).toBeVisible();

    // A new channel takes its platform's colour until someone picks one.
    await settings.show('Kanal');
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
    await settings.show('Orang');
    await expect(settings.peopleList).toContainText('Andi Pratama, S.Kom.');
  });

  test('pilar konten dapat ditambah, diubah dan diarsipkan', async ({ app }) => {
    const settings = new SettingsPage(app);
    await settings.open('Pilar konten / kampanye');
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
