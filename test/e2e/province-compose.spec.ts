import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src/main/app';
import { outboxOf } from '../../src/main/exchange/outbox';
import { provinceRepository } from '../../src/main/db/repositories/province';
import { formatLocalDate, todayIn } from '../../src/shared/time';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { otherOfficeCli as cli, setUpOtherOffice } from './pages';
import { call, seedOffice } from './post-editor';

/** The next month's day `day` as 'YYYY-MM-DD' and as typed, 'dd/mm/yyyy'. */
function nextMonthDay(day: number): { date: string; typed: string } {
  const [year, month] = todayIn('Asia/Jakarta').split('-').map(Number) as [number, number];
  const date = formatLocalDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, day);
  const [y, m, d] = date.split('-');
  return { date, typed: `${d}/${m}/${y}` };
}

/**
 * Issue 16, the province's side: the province composes a pack from two calendar posts, edits a
 * caption, sends it to its one known regency, sees it in its list, then sends version 2. The
 * regency's own Linimasa (the CLI on another data directory) reads both files, signature and all.
 */
test('provinsi menyusun paket dari dua unggahan, mengirimnya, lalu mengirim versi 2', async ({
  app: page,
  host,
}) => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'linimasa-e2e-compose-'));
  try {
    const folder = join(root, 'pertukaran');
    mkdirSync(folder);

    // This office is the province; the regency is another data directory sharing the folder.
    const office = await seedOffice(host);
    const status = await call<{ identity: { fingerprint: string } }>(host, 'exchange.setIdentity', {
      code: '73',
      name: 'Diskominfo Provinsi Sulawesi Selatan',
      level: 'provinsi',
    });
    await call(host, 'exchange.setFolder', { folder });
    const regencyOffice = await setUpOtherOffice(
      root,
      { dir: 'gowa', code: '73.06', name: 'Diskominfo Kabupaten Gowa', level: 'kabupaten-kota' },
      folder,
    );
    const regency = regencyOffice.dataDir;
    await call(host, 'exchange.importOffice', {
      text: readFileSync(regencyOffice.card, 'utf8'),
      fingerprint: regencyOffice.fingerprint,
    });
    const provinceCard = join(root, '73.linimasa-kantor.json');
    const card = await call<{ text: string }>(host, 'exchange.identityFile', {});
    writeFileSync(provinceCard, card.text);
    await cli(
      ...['exchange', 'identity', 'import', provinceCard],
      ...['--confirm', status.identity.fingerprint, '--data-dir', regency],
    );

    // Two posts of next month in the province's calendar.
    const first = nextMonthDay(10);
    const second = nextMonthDay(11);
    await call(host, 'posts.create', {
      actorId: office.planner,
      title: 'Upacara Hari Bela Negara',
      caption: 'Upacara bela negara di halaman kantor gubernur. #HariBelaNegara',
      channels: [
        { channelId: office.instagram, format: 'feed' },
        { channelId: office.x, format: 'post', captionOverride: 'Upacara pagi ini.' },
      ],
      schedule: { date: first.date, time: '07:30' },
    });
    await call(host, 'posts.create', {
      actorId: office.planner,
      // Longer than the 200 characters a pack item's title holds.
      title:
        `Kutipan tokoh bela negara: ${'bela negara dimulai dari hal kecil, '.repeat(6)}`.trim(),
      caption: 'Bela negara dimulai dari hal kecil.',
      channels: [{ channelId: office.instagram, format: 'feed' }],
      schedule: { date: second.date, time: '16:00' },
    });

    await page.goto(`${host.http.origin}/#/provinsi`);
    await page.getByRole('tab', { name: 'Paket ke kabupaten/kota' }).click();
    await expect(page.getByRole('heading', { name: 'Belum ada paket terkirim' })).toBeVisible();
    await page.getByRole('button', { name: 'Buat paket' }).click();

    const form = page.getByRole('form', { name: 'Buat paket' });
    await form.getByLabel('Judul paket').fill('Hari Bela Negara');
    await form.getByLabel('Petunjuk untuk kabupaten/kota').fill('Unggah di kanal resmi.');
    await form.getByLabel('Batas unggah: tanggal').fill(nextMonthDay(20).typed);
    await form.getByLabel('Batas unggah: jam').fill('16.00');

    // Nothing picked yet: the send is refused in words, and nothing is asked.
    await form.getByRole('button', { name: 'Kirim paket' }).click();
    await expect(form.getByRole('alert')).toHaveText('Tambahkan paling sedikit satu butir.');

    await form.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await form.getByLabel(/^Upacara Hari Bela Negara —/).check();
    await form.getByLabel(/^Kutipan tokoh bela negara:/).check();
    await form.getByRole('button', { name: 'Tambahkan 2 unggahan ke paket' }).click();

    const upacara = form.getByRole('group', { name: 'Butir 1: Upacara Hari Bela Negara' });
    await expect(upacara.getByLabel('Jam disarankan')).toHaveValue('07.30');
    await expect(upacara.getByLabel('Keterangan X')).toHaveValue('Upacara pagi ini.');
    await expect(upacara.getByLabel('Tagar (pisahkan dengan spasi)')).toHaveValue(
      '#HariBelaNegara',
    );
    // The quote's title was cut to fit the pack, and the composer says so; nothing else was.
    await expect(form.getByRole('group', { name: /^Butir 2:/ }).getByRole('note')).toHaveText(
      'Butir ini disesuaikan dengan batas paket (unggahan aslinya di kalender tetap utuh):' +
        'Judul dipendekkan menjadi 200 karakter.',
    );
    await expect(upacara.getByRole('note')).toHaveCount(0);
    const caption = upacara.getByLabel('Keterangan Instagram');
    await caption.fill('Ikuti upacara bela negara pukul 07.30 di halaman kantor gubernur.');
    // 65 characters of caption, then a blank line and #HariBelaNegara as it will go out.
    await expect(upacara.getByText('82 dari 2.200 karakter')).toBeVisible();
    expect(await seriousViolations(page, { include: '.compose-pack' })).toEqual([]);

    // Ctrl+Enter from the form asks first, naming how many offices get the pack.
    await form.getByLabel('Judul paket').press('Control+Enter');
    const confirm = page.getByRole('dialog', { name: 'Kirim paket?' });
    await expect(confirm).toContainText(
      '“Hari Bela Negara” versi 1 akan dikirim ke 1 kantor kabupaten/kota.',
    );
    await confirm.getByRole('button', { name: 'Kirim', exact: true }).click();
    const notice = page.getByRole('status').filter({ hasText: 'terkirim sebagai berkas' });
    await expect(notice).toContainText(
      /Paket “Hari Bela Negara” versi 1 terkirim sebagai berkas \d{8}-[0-9a-f]{16}\.pack\.linimasa-kiriman\./,
    );
    const card1 = page.getByRole('article', { name: 'Hari Bela Negara' });
    await expect(card1).toContainText('Versi 1');
    await expect(card1).toContainText('Penerima: semua kabupaten/kota');
    await expect(card1).toContainText('2 butir');
    expect(await seriousViolations(page, { include: '.sent-packs' })).toEqual([]);

    // Version 2: the second item gets a new title; Esc asks before throwing the edit away.
    await card1
      .getByRole('button', { name: 'Ubah dan kirim versi baru “Hari Bela Negara”' })
      .click();
    const form2 = page.getByRole('form', {
      name: 'Versi baru paket “Hari Bela Negara” (versi 2)',
    });
    const kutipan = form2.getByRole('group', { name: /^Butir 2:/ });
    await kutipan.getByLabel('Judul butir').fill('Kutipan Bung Karno tentang bela negara');
    await kutipan.getByLabel('Judul butir').press('Escape');
    const discard = page.getByRole('dialog', { name: 'Buang paket ini?' });
    await discard.getByRole('button', { name: 'Lanjutkan menyusun' }).click();
    await expect(discard).toHaveCount(0);
    await form2.getByRole('button', { name: 'Kirim paket' }).click();
    await page
      .getByRole('dialog', { name: 'Kirim paket?' })
      .getByRole('button', { name: 'Kirim', exact: true })
      .click();
    await expect(notice).toContainText('Paket “Hari Bela Negara” versi 2 terkirim');
    await expect(page.getByRole('article', { name: 'Hari Bela Negara' })).toContainText('Versi 2');
    await expect(page.getByRole('article')).toHaveCount(1);

    // Two signed files in the province's outbox; the regency's Linimasa reads both.
    expect(readdirSync(outboxOf(folder, '73')).filter((n) => n.includes('.pack.'))).toHaveLength(2);
    const pass = await cli('exchange', 'sync', '--data-dir', regency);
    expect(pass).not.toMatch(/ditolak: [1-9]/);
    const gowa = openApp(regency, {});
    try {
      const [received] = gowa.services.province.received();
      expect(received!.pack).toMatchObject({ version: 2, title: 'Hari Bela Negara' });
      expect(received!.pack.items.map((item) => item.title)).toEqual([
        'Upacara Hari Bela Negara',
        'Kutipan Bung Karno tentang bela negara',
      ]);
      expect(received!.pack.items[0]!.platforms[0]).toEqual({
        platform: 'instagram',
        format: 'feed',
        caption: 'Ikuti upacara bela negara pukul 07.30 di halaman kantor gubernur.',
      });
      const v1 = provinceRepository(gowa.db).packVersion(received!.pack.packId, 1);
      const v1Ids = v1!.pack.items.map((item) => item.itemId);
      expect(received!.pack.items.map((item) => item.itemId)).toEqual(v1Ids);
    } finally {
      gowa.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
