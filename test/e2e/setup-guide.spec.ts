import { expect, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';
import { seriousViolations } from './axe';

test.describe('Panduan awal', () => {
  test.use({ firstRunGuide: true });

  test('kantor baru: kantor, zona, penanda tangan, kanal dan orang dalam satu panduan', async ({
    app,
  }) => {
    // Five steps driven through the UI on a loaded two-core machine: more than the default minute.
    test.setTimeout(180_000);
    const started = Date.now();
    const guide = app.getByRole('dialog', { name: 'Selamat datang: siapkan kantor Anda' });
    await expect(guide).toBeVisible();
    await expect(guide.getByRole('heading', { name: 'Langkah 1 dari 5: Kantor' })).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);

    await guide.getByLabel('Nama instansi').fill('Dinas Komunikasi dan Informatika Kabupaten Gowa');
    await guide.getByLabel('Unit/Bagian').fill('Bidang Informasi dan Komunikasi Publik');
    await guide.getByRole('button', { name: 'Simpan dan lanjut' }).click();

    await expect(
      guide.getByRole('heading', { name: 'Langkah 2 dari 5: Zona waktu' }),
    ).toBeVisible();
    await guide.getByRole('radio', { name: /^WITA/ }).check();
    await guide.getByRole('button', { name: 'Simpan dan lanjut' }).click();

    await expect(guide.getByRole('heading', { name: /Langkah 3 dari 5/ })).toBeVisible();
    await guide.getByLabel('Nama penanda tangan').fill('Andi Makkasau, S.Sos.');
    await guide.getByLabel('Jabatan penanda tangan').fill('Kepala Bidang IKP');
    await guide.getByLabel('NIP penanda tangan').fill('19800101 200501 1 001');
    await guide.getByRole('button', { name: 'Simpan dan lanjut' }).click();

    await expect(guide.getByRole('heading', { name: /Langkah 4 dari 5/ })).toBeVisible();
    await guide.getByLabel('Platform').selectOption({ label: 'Instagram' });
    await guide.getByLabel('Nama akun').fill('Diskominfo Gowa');
    await guide.getByRole('button', { name: 'Tambah kanal' }).click();
    await expect(guide.getByRole('list', { name: 'Kanal yang sudah ditambahkan' })).toContainText(
      'Instagram · Diskominfo Gowa',
    );
    await expect(guide.getByLabel('Nama akun')).toHaveValue('');
    await guide.getByLabel('Platform').selectOption({ label: 'Facebook' });
    await expect(guide.getByLabel('Platform')).toHaveValue('facebook');
    await guide.getByLabel('Nama akun').fill('Pemkab Gowa');
    await guide.getByRole('button', { name: 'Tambah kanal' }).click();
    await expect(
      guide.getByRole('list', { name: 'Kanal yang sudah ditambahkan' }).getByRole('listitem'),
    ).toHaveCount(2);
    await guide.getByRole('button', { name: 'Simpan dan lanjut' }).click();

    await expect(guide.getByRole('heading', { name: /Langkah 5 dari 5/ })).toBeVisible();
    // Someone types the next name while the first add is still on its way (once in CI the
    // answer came late, cleared the field after the next name was typed, and the second add
    // went out empty). The first answer is held here until the next name is typed, so that
    // overlap happens on every run: what was typed must stay.
    let nextNameTyped!: () => void;
    const typed = new Promise<void>((resolve) => (nextNameTyped = resolve));
    await app.route(
      '**/api/people.create',
      async (route) => {
        const response = await route.fetch();
        await typed;
        await route.fulfill({ response });
      },
      { times: 1 },
    );
    const personName = guide.getByLabel('Nama', { exact: true });
    const people = guide
      .getByRole('list', { name: 'Orang yang sudah ditambahkan' })
      .getByRole('listitem');
    await personName.fill('Rina Wulandari');
    await guide.getByLabel('Peran').selectOption({ label: 'Perencana' });
    await guide.getByRole('button', { name: 'Tambah orang' }).click();
    await personName.fill('Syamsul Alam');
    nextNameTyped();
    await expect(people.filter({ hasText: 'Rina Wulandari' })).toHaveCount(1);
    await expect(personName).toHaveValue('Syamsul Alam');
    await guide.getByLabel('Peran').selectOption({ label: 'Penyetuju' });
    await guide.getByRole('button', { name: 'Tambah orang' }).click();
    await expect(personName).toHaveValue('');
    // The administrator who set the office up (and is signed in) is listed first.
    await expect(people).toHaveCount(3);
    await expect(people.first()).toContainText('Admin Humas');
    await expect(people.nth(1)).toContainText('Rina Wulandari');
    await expect(people.nth(2)).toContainText('Syamsul Alam');
    await guide.getByRole('button', { name: 'Selesai' }).click();
    await expect(guide).toHaveCount(0);
    // Driven by a test on a loaded machine; the measured time is in the report of issue 12.
    console.log(`first-run guide completed in ${Date.now() - started} ms`);

    // Everything landed where Settings keeps it; the office name shows whole in the sidebar.
    await expect(app.getByText('Dinas Komunikasi dan Informatika Kabupaten Gowa')).toBeVisible();
    const settings = new SettingsPage(app);
    await settings.open('Profil kantor');
    await expect(settings.officeForm.getByLabel('Nama penanda tangan')).toHaveValue(
      'Andi Makkasau, S.Sos.',
    );
    await settings.show('Zona waktu dan tampilan');
    await expect(settings.preferencesForm.getByRole('radio', { name: /^WITA/ })).toBeChecked();
    await settings.show('Kanal');
    await expect(settings.channelList).toContainText('Pemkab Gowa');
    await settings.show('Orang');
    await expect(settings.peopleList).toContainText('Syamsul Alam');

    await app.reload();
    await expect(app.getByRole('dialog')).toHaveCount(0);
  });

  test('dapat dilewati dan tidak muncul lagi', async ({ app }) => {
    const guide = app.getByRole('dialog', { name: 'Selamat datang: siapkan kantor Anda' });
    await expect(guide).toBeVisible();
    await guide.getByRole('button', { name: 'Lewati panduan' }).click();
    await expect(guide).toHaveCount(0);
    await new AppFrame(app).open('Pengaturan');
    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
    await expect(guide).toHaveCount(0);
  });
});
