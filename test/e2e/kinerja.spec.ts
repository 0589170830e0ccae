import { join } from 'node:path';
import type { WebHost } from '../../src/main/web/host';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { call, CalendarScreen, seedOffice, submittedPost, type Office } from './post-editor';

/**
 * Issue 15, items 1 and 2 (the screens): posts marked published in bulk from the calendar's
 * selection ("Terbit sesuai jadwal", with undo), one channel marked by hand in the editor
 * ("Sebagian terbit" on the post and its chip, the link checked by the server), and a Meta
 * Business Suite export imported from Laporan › Impor data platform with its one uncertain row
 * resolved. "Today" is 18 November 2026 (post-editor.ts); the import test moves it to December.
 */

interface Summary {
  id: string;
  title: string;
  status: string;
  partlyPublished?: true;
}

async function approvedPost(
  host: WebHost,
  office: Office,
  title: string,
  caption: string,
  date: string,
  time: string,
  channels: string[],
): Promise<{ id: string }> {
  const submitted = await submittedPost(host, office, {
    title,
    caption,
    channels: channels.map((channelId) => ({ channelId, format: 'post' })),
    schedule: { date, time },
  });
  return call(host, 'posts.transition', {
    id: submitted.id,
    version: submitted.version,
    actorId: office.approver,
    action: 'approve',
  });
}

const monthOf = (host: WebHost, from: string, to: string) =>
  call<Summary[]>(host, 'posts.range', { from, to });

test.describe('Kinerja: tanda terbit dan impor data platform', () => {
  test('menandai terbit sekaligus dari kalender, mengurungkannya, dan menandai satu kanal di editor', async ({
    app,
    host,
  }) => {
    test.setTimeout(120_000);
    const office = await seedOffice(host);
    const titles = ['Layanan KTP keliling', 'Vaksinasi anak sekolah', 'Pasar murah'];
    for (const [index, title] of titles.entries())
      await approvedPost(
        host,
        office,
        title,
        `Informasi ${title}.`,
        `2026-11-${String(10 + index).padStart(2, '0')}`,
        '09:00',
        [office.instagram, office.x],
      );

    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    const chip = (title: string) => calendar.chip(new RegExp(`^09[:.]00 ${title}`));
    const bar = app.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });
    await chip(titles[0]!).click({ modifiers: ['Control'] });
    await chip(titles[1]!).click({ modifiers: ['Control'] });
    await expect(bar).toContainText('2 dipilih');
    await bar.getByRole('button', { name: 'Terbit sesuai jadwal' }).click();
    const dialog = app.getByRole('dialog', { name: 'Tandai 2 unggahan terbit sesuai jadwal' });
    await expect(dialog).toContainText('pada jam jadwalnya');
    await dialog.getByRole('button', { name: 'Tandai 2 unggahan terbit' }).click();
    const results = app.getByRole('region', { name: 'Hasil tindakan terakhir' });
    await expect(results.getByText('Terbit sesuai jadwal: 2 berhasil, 0 ditolak.')).toBeVisible();
    await expect(results).toContainText(titles[0]!);
    await expect(chip(titles[0]!)).toHaveAccessibleName(/Terbit/);
    let month = await monthOf(host, '2026-11-01', '2026-11-30');
    expect(
      month
        .filter((p) => p.status === 'published')
        .map((p) => p.title)
        .sort(),
    ).toEqual([titles[0]!, titles[1]!].sort());

    // Undo takes the marks back: both are approved again.
    await results.getByRole('button', { name: 'Urungkan (batalkan tanda terbit)' }).click();
    await expect(results.getByText('Urungkan: 2 berhasil, 0 ditolak.')).toBeVisible();
    await expect(chip(titles[0]!)).toHaveAccessibleName(/Disetujui/);
    month = await monthOf(host, '2026-11-01', '2026-11-30');
    expect(month.every((p) => p.status === 'approved')).toBe(true);
    await results.getByRole('button', { name: 'Tutup hasil' }).click();

    // One channel by hand, in the editor: a link of another platform is refused at its field.
    await chip(titles[2]!).click();
    const panel = app.getByRole('dialog', { name: 'Ubah unggahan' });
    const section = panel.getByRole('region', { name: /^Terbit/ });
    await expect(section).toContainText('Humas Contoh IG — belum ditandai terbit');
    const igForm = section.getByRole('group', { name: /Humas Contoh IG/ });
    await expect(igForm.getByLabel('Tanggal terbit')).toHaveValue('12/11/2026');
    await expect(igForm.getByLabel(/Jam terbit/)).toHaveValue('09.00');
    const link = igForm.getByLabel(/Tautan unggahan di Humas Contoh IG/);
    await link.fill('https://x.com/humas/status/1');
    await igForm.getByRole('button', { name: 'Sudah terbit di Humas Contoh IG' }).click();
    await expect(igForm.getByRole('alert')).toContainText('instagram.com');
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await link.fill('https://www.instagram.com/p/PSR003/');
    await igForm.getByRole('button', { name: 'Sudah terbit di Humas Contoh IG' }).click();
    await expect(section.getByRole('heading', { name: /Sebagian terbit/ })).toBeVisible();
    await expect(
      section.getByRole('link', { name: 'https://www.instagram.com/p/PSR003/' }),
    ).toBeVisible();
    await expect(
      section.getByRole('button', { name: 'Batalkan tanda terbit di Humas Contoh IG' }),
    ).toBeVisible();
    expect(await seriousViolations(app, { include: '.editor-panel' })).toEqual([]);
    await panel.getByRole('button', { name: 'Tutup' }).first().click();
    await expect(chip(titles[2]!)).toHaveAccessibleName(/Sebagian terbit/);
    const partly = (await monthOf(host, '2026-11-01', '2026-11-30')).find(
      (p) => p.title === titles[2],
    );
    expect(partly).toMatchObject({ status: 'approved', partlyPublished: true });
  });

  test('mengimpor ekspor Meta Business Suite dengan satu kecocokan yang diperiksa', async ({
    app,
    host,
  }) => {
    test.setTimeout(120_000);
    const office = await seedOffice(host);
    const walk = await approvedPost(
      host,
      office,
      'Jalan sehat HUT Kabupaten',
      'Jalan sehat HUT Kabupaten Contoh, ayo ikut!',
      '2026-12-01',
      '09:00',
      [office.instagram, office.x],
    );
    await call(host, 'publications.mark', {
      actorId: office.approver,
      items: [
        {
          postId: walk.id,
          channelId: office.instagram,
          permalink: 'https://instagram.com/p/JLN001',
        },
      ],
    });
    await approvedPost(
      host,
      office,
      'Vaksinasi gratis',
      'Vaksinasi gratis di Puskesmas Kota, Rabu 3 Desember',
      '2026-12-03',
      '10:00',
      [office.instagram],
    );
    await approvedPost(
      host,
      office,
      'Rapat koordinasi',
      'Rapat koordinasi camat',
      '2026-12-05',
      '09:00',
      [office.instagram],
    );
    await approvedPost(
      host,
      office,
      'Rapat evaluasi',
      'Rapat evaluasi program',
      '2026-12-05',
      '14:00',
      [office.instagram],
    );

    // A fresh page (the office's channels were added after it loaded), on 10 December.
    await app.clock.setFixedTime(new Date('2026-12-10T03:00:00Z'));
    await app.reload();
    await app.goto(`${host.http.origin}/#/laporan/impor`);
    await expect(app.getByRole('heading', { level: 1, name: 'Impor data platform' })).toBeVisible();
    await app
      .getByLabel('Berkas ekspor data platform')
      .setInputFiles(join(__dirname, '../fixtures/analytics/meta-instagram.csv'));
    const dryRun = app.getByRole('region', { name: 'Hasil uji coba (belum ada yang disimpan)' });
    await expect(dryRun).toContainText('meta-instagram.csv');
    const counts = dryRun.getByRole('list', { name: 'Ringkasan baris' });
    await expect(counts).toContainText('2 cocok dengan rencana');
    await expect(counts).toContainText('1 perlu diperiksa');
    await expect(counts).toContainText('1 terbit di luar rencana');
    const rows = dryRun.getByRole('table');
    await expect(rows.getByRole('row')).toHaveCount(5);
    await expect(rows.getByRole('row', { name: /Vaksinasi gratis/ }).first()).toContainText(
      'cocok dengan rencana',
    );
    // Nothing written before "Impor".
    expect(
      (await monthOf(host, '2026-12-01', '2026-12-31')).find((p) => p.title === 'Vaksinasi gratis')
        ?.status,
    ).toBe('approved');

    const uncertain = dryRun.getByRole('group', { name: /Baris 4/ });
    await expect(uncertain).toContainText('Rapat bersama camat se-kabupaten');
    await uncertain.getByRole('radio', { name: 'Ini “Rapat koordinasi”' }).check();
    expect(await seriousViolations(app, { include: 'main' })).toEqual([]);
    await dryRun.getByRole('button', { name: 'Impor' }).click();
    const done = app.getByRole('region', { name: 'Impor selesai' });
    await expect(done).toContainText('meta-instagram.csv diimpor ke kanal Humas Contoh IG.');

    const december = await monthOf(host, '2026-12-01', '2026-12-31');
    const status = (title: string) => december.find((p) => p.title === title);
    expect(status('Rapat koordinasi')?.status).toBe('published');
    expect(status('Vaksinasi gratis')?.status).toBe('published');
    expect(status('Rapat evaluasi')?.status).toBe('approved');
    expect(status('Jalan sehat HUT Kabupaten')).toMatchObject({
      status: 'approved',
      partlyPublished: true,
    });

    // The same file again: said so, nothing changes.
    await done.getByRole('button', { name: 'Impor berkas lain' }).click();
    await app
      .getByLabel('Berkas ekspor data platform')
      .setInputFiles(join(__dirname, '../fixtures/analytics/meta-instagram.csv'));
    await expect(
      app.getByText('Berkas ini sudah pernah diimpor. Tidak ada yang berubah.'),
    ).toBeVisible();
    await expect(app.getByRole('button', { name: 'Impor', exact: true })).toBeDisabled();

    // The calendar shows what went out: "Terbit" and "Sebagian terbit" on the chips.
    await app.goto(`${host.http.origin}/#/kalender`);
    const calendar = new CalendarScreen(app, host);
    await expect(calendar.chip(/^09[:.]00 Jalan sehat HUT Kabupaten/)).toHaveAccessibleName(
      /Sebagian terbit/,
    );
    await expect(calendar.chip(/^10[:.]00 Vaksinasi gratis/)).toHaveAccessibleName(/Terbit/);
  });
  test('Pengaturan › Target kinerja: target per kanal, batas tepat jadwal dan pengikut', async ({
    app,
    host,
  }) => {
    test.setTimeout(90_000);
    const office = await seedOffice(host);
    await app.clock.setFixedTime(new Date('2026-11-18T03:00:00Z'));
    await app.reload();
    await app.goto(`${host.http.origin}/#/pengaturan/target-kinerja`);
    const form = app.getByRole('form', { name: 'Target kinerja 2026' });
    await form.getByLabel('Unggahan per bulan — Humas Contoh IG').fill('12');
    await form.getByLabel('Tingkat interaksi (%) — Humas Contoh IG').fill('3,5');
    await form.getByLabel('Batas tepat jadwal (menit)').fill('satu jam');
    await form
      .getByLabel('Indikator jumlah unggahan')
      .fill('Jumlah publikasi di media sosial resmi');
    await form.getByRole('button', { name: 'Simpan target' }).click();
    await expect(form.getByText('Tulis menit antara 0 dan 1.440.')).toBeVisible();
    await form.getByLabel('Batas tepat jadwal (menit)').fill('30');
    await form.getByRole('button', { name: 'Simpan target' }).click();
    await expect(app.getByText('Target 2026 tersimpan.')).toBeAttached();
    const targets = await call<{
      channels: unknown[];
      onTimeToleranceMinutes: number;
      ikuWording: { posts?: string };
    }>(host, 'targets.get', { year: 2026 });
    expect(targets).toMatchObject({
      channels: [
        {
          channelId: office.instagram,
          postsPerMonth: 12,
          engagementRate: 0.035,
          followerGrowth: null,
        },
      ],
      onTimeToleranceMinutes: 30,
      ikuWording: { posts: 'Jumlah publikasi di media sosial resmi' },
    });

    const followers = app.getByRole('form', { name: 'Pengikut per kanal' });
    await expect(followers.getByLabel('Bulan')).toHaveValue('2026-11');
    await followers.getByLabel('Pengikut Humas Contoh IG').fill('12.500');
    await followers.getByRole('button', { name: 'Simpan pengikut' }).click();
    await expect(app.getByText('Jumlah pengikut tersimpan.')).toBeAttached();
    expect(await call(host, 'followers.list', { year: 2026 })).toEqual([
      { channelId: office.instagram, month: '2026-11', followers: 12500 },
    ]);
    expect(await seriousViolations(app, { include: 'main' })).toEqual([]);
  });
});
