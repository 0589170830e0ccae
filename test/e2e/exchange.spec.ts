import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { AppFrame, otherOfficeCli, SettingsPage, setUpOtherOffice } from './pages';

/**
 * Issue 16, the foundation: an administrator sets this office's identity, names the exchange
 * folder, adds the province from its identity file once the fingerprint read over the telephone
 * matches, and "Periksa sekarang" applies the province's signed file, logged with its sender.
 * Then first contact: a regency's card found in the folder is recognised the same way.
 */
test('admin mengatur identitas kantor, mengimpor kantor provinsi dan memeriksa kiriman', async ({
  app: page,
}) => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'linimasa-e2e-exchange-'));
  try {
    const folder = join(root, 'pertukaran');
    mkdirSync(folder);
    const province = await setUpOtherOffice(
      root,
      {
        dir: 'provinsi',
        code: '73',
        name: 'Diskominfo Provinsi Sulawesi Selatan',
        level: 'provinsi',
      },
      folder,
    );
    const { card, fingerprint: provinceFingerprint } = province;
    await otherOfficeCli('exchange', 'identity', 'send', '--data-dir', province.dataDir);

    const settings = new SettingsPage(page);
    await settings.open('Pertukaran antar-kantor');
    const section = page.locator('#settings-exchange');
    await expect(section.getByText('Identitas belum diatur.')).toBeVisible();
    // "Provinsi" joins the navigation only once this office has an identity.
    const provinceLink = new AppFrame(page).navLink('Provinsi');
    await expect(provinceLink).toHaveCount(0);
    await section.getByLabel('Kode wilayah (Kemendagri)').fill('73.6');
    await expect(section.getByText('NN untuk provinsi (mis. 73)').first()).toBeVisible();
    await section.getByLabel('Kode wilayah (Kemendagri)').fill('73.06');
    await expect(section.getByLabel('Tingkat')).toHaveValue('kabupaten_kota');
    await section.getByLabel('Nama kantor').fill('Diskominfo Kabupaten Gowa');
    await section.getByRole('button', { name: 'Simpan identitas' }).click();
    await expect(section.getByRole('status')).toHaveText('Identitas kantor disimpan.');
    await expect(provinceLink).toBeVisible();
    await expect(section.locator('.exchange__fingerprint').first()).toHaveText(
      /^([0-9A-F]{4} ){15}[0-9A-F]{4}$/,
    );

    await section.getByLabel('Jalur folder').fill(join(root, 'tidak-ada'));
    await section.getByRole('button', { name: 'Simpan folder' }).click();
    await expect(section.getByRole('alert')).toContainText('tidak ditemukan');
    await section.getByLabel('Jalur folder').fill(folder);
    await section.getByRole('button', { name: 'Simpan folder' }).click();
    await expect(section.getByRole('status')).toHaveText('Folder pertukaran disimpan.');
    // This office's card goes into its outbox with the new folder, for the others to recognise.
    const outbox = join(folder, '73.06', 'outbox');
    await expect
      .poll(() => (existsSync(outbox) ? readdirSync(outbox) : []))
      .toEqual([expect.stringMatching(/^00000001-[0-9a-f]{16}\.identity\.linimasa-kiriman$/)]);

    // The province's card: the button stays off until the fingerprint read aloud matches.
    await section.locator('input[type=file]').setInputFiles(card);
    const dialog = page.getByRole('dialog', { name: 'Impor identitas kantor lain' });
    await expect(dialog).toContainText('Diskominfo Provinsi Sulawesi Selatan');
    await expect(dialog.locator('.exchange__fingerprint')).toHaveText(provinceFingerprint);
    const add = dialog.getByRole('button', { name: 'Tambahkan kantor' });
    await dialog.getByLabel('Sidik jari yang dibacakan kantor itu').fill('0000 '.repeat(16));
    await expect(add).toBeDisabled();
    await dialog
      .getByLabel('Sidik jari yang dibacakan kantor itu')
      .fill(provinceFingerprint.toLowerCase());
    await add.click();
    await expect(dialog).toHaveCount(0);
    await expect(section.getByRole('status')).toHaveText(
      'Kantor Diskominfo Provinsi Sulawesi Selatan (73) ditambahkan.',
    );
    await expect(
      section.getByRole('row').filter({ hasText: 'Diskominfo Provinsi Sulawesi Selatan' }),
    ).toContainText('Admin Humas');

    // The host's folder watcher may have applied the file already (it looks again once the
    // folder is set, and every minute): either way it is applied once and logged.
    await section.getByRole('button', { name: 'Periksa sekarang' }).click();
    await expect(section.getByRole('status')).toHaveText(
      /^Pemeriksaan selesai: [01] diterima, 0 ditolak, 0 menunggu lengkap\.$/,
    );
    const arrival = section
      .getByRole('region', { name: 'Kiriman masuk' })
      .getByRole('row')
      .filter({ hasText: 'identitas kantor no. 1' });
    await expect(arrival).toContainText('Diskominfo Provinsi Sulawesi Selatan (73)');
    await expect(arrival).toHaveCount(1);
    await expect(arrival).toContainText('Diterima');

    // First contact: Maros puts its card into the folder at setup. Its files are refused until
    // the administrator recognises it there, with the fingerprint Maros reads out.
    const maros = await setUpOtherOffice(
      root,
      { dir: 'maros', code: '73.09', name: 'Diskominfo Kabupaten Maros', level: 'kabupaten-kota' },
      folder,
    );
    const marosFingerprint = maros.fingerprint;
    await otherOfficeCli('exchange', 'identity', 'send', '--data-dir', maros.dataDir);
    await section.getByRole('button', { name: 'Periksa sekarang' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'Pemeriksaan selesai: 0 diterima, 1 ditolak, 0 menunggu lengkap.',
    );
    const newOffice = section
      .getByRole('list', { name: 'Kantor baru di folder pertukaran' })
      .getByRole('listitem');
    await expect(newOffice).toContainText(
      'Kantor baru: Diskominfo Kabupaten Maros (73.09), Kabupaten/kota',
    );
    await expect(newOffice.locator('.exchange__fingerprint')).toHaveText(marosFingerprint);
    expect(await seriousViolations(page, { include: '#settings-exchange' })).toEqual([]);
    await newOffice.getByRole('button', { name: /^Kenali kantor ini/ }).click();
    const recognise = page.getByRole('dialog', { name: 'Kenali kantor baru' });
    await recognise.getByLabel('Sidik jari yang dibacakan kantor itu').fill(marosFingerprint);
    await recognise.getByRole('button', { name: 'Tambahkan kantor' }).click();
    await expect(recognise).toHaveCount(0);
    await expect(section.getByRole('status')).toHaveText(
      'Kantor Diskominfo Kabupaten Maros (73.09) ditambahkan.',
    );
    await expect(newOffice).toHaveCount(0);
    // The card that waited is read at once, now from a known office.
    await expect(
      section
        .getByRole('region', { name: 'Kiriman masuk' })
        .getByRole('row')
        .filter({ hasText: 'Diskominfo Kabupaten Maros (73.09)' })
        .filter({ hasText: 'Diterima' }),
    ).toHaveCount(1);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
