import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthBefore } from '../../src/shared/domain/report';
import { periodHolding } from '../../src/shared/report/format';
import { rekapMonthName } from '../../src/shared/report/rekap';
import { todayIn } from '../../src/shared/time/local';
import { acting } from '../unit/acting';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { AppFrame, setUpOtherOffice } from './pages';

/** Last month in the office's zone (the e2e office keeps the default, Asia/Jakarta). */
const lastMonth = monthBefore(periodHolding('month', todayIn('Asia/Jakarta')));

/** Another office set up on its own data directory, and known here from its card. */
async function knownHere(
  call: (method: string, request: unknown) => Promise<unknown>,
  root: string,
  office: Parameters<typeof setUpOtherOffice>[1],
): Promise<void> {
  const { card, fingerprint } = await setUpOtherOffice(root, office);
  await call('exchange.importOffice', { text: readFileSync(card, 'utf8'), fingerprint });
}

test.describe('Provinsi (issue 16)', () => {
  test('menu Provinsi dan Ctrl+7 muncul setelah identitas diatur; kabupaten mengirim laporan bulanan', async ({
    app,
    host,
  }) => {
    const call = (method: string, request: unknown) => acting(host.app)(method, request);
    const root = mkdtempSync(join(tmpdir(), 'linimasa-e2e-province-'));
    try {
      const frame = new AppFrame(app);
      await expect(frame.navLink('Kalender')).toBeVisible();
      await expect(frame.navLink('Provinsi')).toHaveCount(0);
      await expect(frame.navigation.getByRole('link')).toHaveCount(6);
      await app.keyboard.press('Control+7');
      await app.keyboard.press('Control+3');
      await expect(app.getByRole('heading', { level: 1, name: 'Ekspor' })).toBeVisible();
      await expect(app).toHaveURL(/#\/ekspor$/);

      // The address still opens, and says where the exchange is set up.
      await app.evaluate(() => {
        (globalThis as unknown as { location: { hash: string } }).location.hash = '#/provinsi';
      });
      await expect(
        app.getByRole('heading', { name: 'Pertukaran antar-kantor belum diatur' }),
      ).toBeVisible();
      expect(await seriousViolations(app)).toEqual([]);
      await app.getByRole('link', { name: 'Buka Pengaturan › Pertukaran antar-kantor' }).click();
      await expect(app).toHaveURL(/#\/pengaturan\/pertukaran-antar-kantor$/);

      await call('exchange.setIdentity', {
        code: '73.06',
        name: 'Diskominfo Kabupaten Gowa',
        level: 'kabupaten_kota',
      });
      await expect(frame.navLink('Provinsi')).toBeVisible();
      await expect(frame.navigation.getByRole('link')).toHaveCount(7);
      await app.keyboard.press('Control+7');
      await expect(
        app.getByRole('heading', { level: 1, name: 'Paket dari Provinsi' }),
      ).toBeVisible();

      const section = app.getByRole('region', { name: 'Laporan ke provinsi' });
      await expect(section.getByLabel('Bulan laporan')).toHaveValue(lastMonth);
      await expect(section.getByText('Laporan bulan ini belum pernah dikirim.')).toBeVisible();
      const name = rekapMonthName(lastMonth, 'id');
      const send = section.getByRole('button', { name: `Kirim laporan bulan ${name}` });

      // No folder yet: the confirmation names the month and the province, the refusal says why.
      await send.click();
      const dialog = app.getByRole('dialog', { name: 'Kirim laporan ke provinsi?' });
      await expect(dialog).toContainText(
        `Laporan bulan ${name} akan dikirim ke kantor provinsi (kode 73).`,
      );
      await dialog.getByRole('button', { name: 'Kirim laporan' }).click();
      await expect(section.getByRole('alert')).toHaveText(
        'Folder pertukaran belum dipilih. Pilih foldernya di Pengaturan › Pertukaran antar-kantor.',
      );

      // The province's card known here: its name in the confirmation.
      await knownHere(call, root, {
        dir: 'provinsi',
        code: '73',
        name: 'Diskominfo Provinsi Sulawesi Selatan',
        level: 'provinsi',
      });
      const folder = join(root, 'pertukaran');
      mkdirSync(folder);
      await call('exchange.setFolder', { folder });

      await send.click();
      await expect(dialog).toContainText(
        `Laporan bulan ${name} akan dikirim ke Diskominfo Provinsi Sulawesi Selatan.`,
      );
      expect(await seriousViolations(app, { include: 'dialog' })).toEqual([]);
      await dialog.getByRole('button', { name: 'Kirim laporan' }).click();
      await expect(section.getByRole('status')).toHaveText(
        new RegExp(
          `^Laporan bulan ${name} dikirim \\S+, \\d+ \\S+ \\d{4} pukul \\d{2}\\.\\d{2}\\.$`,
        ),
      );
      await expect(section.getByRole('listitem')).toHaveText([
        new RegExp(`^${name}: terakhir dikirim \\S+, \\d+ \\S+ \\d{4} pukul \\d{2}\\.\\d{2}$`),
      ]);
      const outbox = join(folder, '73.06', 'outbox');
      expect(
        readdirSync(outbox).filter((f) => f.endsWith('.report.linimasa-kiriman')),
      ).toHaveLength(1);
      expect(await seriousViolations(app)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('provinsi mengunduh Rekap sebagai PDF dan XLSX, tercatat di riwayat Ekspor', async ({
    app,
    host,
  }) => {
    const call = (method: string, request: unknown) => acting(host.app)(method, request);
    const root = mkdtempSync(join(tmpdir(), 'linimasa-e2e-rekap-'));
    try {
      await call('exchange.setIdentity', {
        code: '73',
        name: 'Diskominfo Provinsi Sulawesi Selatan',
        level: 'provinsi',
      });
      await knownHere(call, root, {
        dir: 'gowa',
        code: '73.06',
        name: 'Kabupaten Gowa',
        level: 'kabupaten-kota',
      });

      const frame = new AppFrame(app);
      await frame.navLink('Provinsi').click();
      const name = rekapMonthName(lastMonth, 'id');
      await expect(app.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(app.getByRole('row', { name: /Kabupaten Gowa/ })).toBeVisible();

      const pdf = app.waitForEvent('download');
      await app.getByRole('button', { name: 'Unduh PDF' }).click();
      const pdfFile = await pdf;
      expect(pdfFile.suggestedFilename()).toBe(`rekap-kabupaten-kota-${lastMonth}.pdf`);
      const saved = join(root, 'rekap.pdf');
      await pdfFile.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
      await expect(
        app.getByRole('status').filter({ hasText: `rekap-kabupaten-kota-${lastMonth}.pdf` }),
      ).toBeVisible();

      const xlsx = app.waitForEvent('download');
      await app.getByRole('button', { name: 'Unduh XLSX' }).click();
      expect((await xlsx).suggestedFilename()).toBe(`rekap-kabupaten-kota-${lastMonth}.xlsx`);
      expect(await seriousViolations(app)).toEqual([]);

      await frame.open('Ekspor');
      const history = app.getByRole('listitem').filter({
        hasText: `rekap-kabupaten-kota-${lastMonth}.xlsx`,
      });
      await expect(history).toContainText('Rekap provinsi');
      expect(existsSync(saved)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
