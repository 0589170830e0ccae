import { join } from 'node:path';
import type { WebHost } from '../../src/main/web/host';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { call, CalendarScreen, seedOffice, submittedPost, type Office } from './post-editor';

/**
 * Issue 15's small gaps, on screen: an uncertain row left by an earlier import is settled from
 * Laporan › Perlu dicocokkan and the report's figure moves.
 */

async function approvedOn(
  host: WebHost,
  office: Office,
  title: string,
  caption: string,
  time: string,
  date = '2026-12-05',
) {
  const submitted = await submittedPost(host, office, {
    title,
    caption,
    channels: [{ channelId: office.instagram, format: 'post' }],
    schedule: { date, time },
  });
  return call<{ id: string }>(host, 'posts.transition', {
    id: submitted.id,
    version: submitted.version,
    actorId: office.approver,
    action: 'approve',
  });
}

/** What the page's localStorage offers (page.evaluate bodies; the spec is typed for Node). */
type PageStorage = {
  localStorage: { setItem(key: string, value: string): void; getItem(key: string): string | null };
};

test.describe('Kinerja: yang tertinggal', () => {
  test('baris impor yang belum pasti dicocokkan dari Laporan › Perlu dicocokkan, angka laporan berubah', async ({
    app,
    host,
  }) => {
    test.setTimeout(120_000);
    const office = await seedOffice(host);
    await approvedOn(host, office, 'Rapat koordinasi', 'Rapat koordinasi camat', '09:00');
    await approvedOn(host, office, 'Rapat evaluasi', 'Rapat evaluasi program', '14:00');
    // An earlier import left row 4 ("Rapat bersama camat…", 5 December) unresolved.
    await call(host, 'analytics.import', {
      actorId: office.approver,
      path: join(__dirname, '../fixtures/analytics/meta-instagram.csv'),
      asOf: '2026-12-10',
    });

    await app.clock.setFixedTime(new Date('2026-12-10T03:00:00Z'));
    await app.reload();
    // An older Linimasa kept December's notes in this browser only.
    await app.evaluate(() =>
      (globalThis as unknown as PageStorage).localStorage.setItem(
        'linimasa.report.notes',
        JSON.stringify({ '2026-12': 'Catatan lama dari komputer ini.' }),
      ),
    );
    await app.goto(`${host.http.origin}/#/laporan`);
    const published = app.locator('[data-figure="publishedPosts"] .report-card__value');
    await expect(published).toHaveText('0');

    // The notes: the browser's old one is offered, not moved silently; taken, it is the office's.
    const notes = app.getByLabel('Catatan untuk laporan (ikut tercetak di PDF dan XLSX)');
    await expect(notes).toHaveValue('');
    await expect(app.getByText('Catatan lama dari komputer ini.')).toBeVisible();
    await app.getByRole('button', { name: 'Pakai catatan ini' }).click();
    await expect(notes).toHaveValue('Catatan lama dari komputer ini.');
    await expect(app.getByText(/^Tersimpan oleh .+ pukul \d\d\.\d\d\.$/)).toBeVisible();
    expect(
      await app.evaluate(() =>
        (globalThis as unknown as PageStorage).localStorage.getItem('linimasa.report.notes'),
      ),
    ).toBeNull();
    await notes.fill('Catatan Desember: rapat camat tercatat dari impor.');
    await expect
      .poll(
        async () =>
          (await call<{ text: string }>(host, 'reportNotes.get', { period: '2026-12' })).text,
      )
      .toBe('Catatan Desember: rapat camat tercatat dari impor.');
    await expect(app.getByText(/^Tersimpan oleh/)).toBeVisible();

    const link = app.getByRole('link', { name: 'Perlu dicocokkan: 1 baris' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(app.getByRole('heading', { level: 1, name: 'Perlu dicocokkan' })).toBeVisible();
    const row = app.getByRole('group', {
      name: /Baris 4 · Sabtu, 5 Desember 2026 · Humas Contoh IG/,
    });
    await expect(row).toContainText('Rapat bersama camat se-kabupaten');
    await expect(row).toContainText('meta-instagram.csv');
    await expect(row).toContainText('Instagram (Meta Business Suite)');
    expect(await seriousViolations(app, { include: 'main' })).toEqual([]);
    await row
      .getByRole('button', {
        name: 'Cocokkan dengan “Rapat koordinasi” (Sabtu, 5 Desember 2026 pukul 09.00)',
      })
      .click();
    await expect(
      app.getByRole('status').filter({ hasText: 'Dicocokkan dengan “Rapat koordinasi”' }),
    ).toBeVisible();
    await expect(
      app.getByRole('heading', { name: 'Tidak ada yang perlu dicocokkan' }),
    ).toBeVisible();

    await app.getByRole('link', { name: 'Kembali ke Laporan' }).click();
    await expect(published).toHaveText('1');
    await expect(app.getByRole('link', { name: /Perlu dicocokkan/ })).toHaveCount(0);
    // The notes come from the office's database, not this page's memory.
    await app.reload();
    await expect(notes).toHaveValue('Catatan Desember: rapat camat tercatat dari impor.');
  });

  test('angka yang diketik di bagian Terbit tampil lagi saat editor dibuka kembali', async ({
    app,
    host,
  }) => {
    test.setTimeout(120_000);
    const office = await seedOffice(host);
    const post = await approvedOn(
      host,
      office,
      'Pasar murah',
      'Pasar murah di alun-alun.',
      '09:00',
      '2026-11-12',
    );
    await call(host, 'publications.mark', {
      actorId: office.approver,
      items: [{ postId: post.id, channelId: office.instagram }],
    });

    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    const chip = calendar.chip(/^09[:.]00 Pasar murah/);
    const figuresOf = async () => {
      await chip.click();
      const panel = app.getByRole('dialog', { name: 'Ubah unggahan' });
      const section = panel.getByRole('region', { name: /^Terbit/ });
      await section.getByText('Angka kinerja Humas Contoh IG').click();
      return { panel, section };
    };
    const first = await figuresOf();
    const { panel } = first;
    let { section } = first;
    await expect(section.getByLabel('Tayangan')).toHaveValue('');
    await section.getByLabel('Tayangan').fill('12.400');
    await section.getByLabel('Suka').fill('310');
    await section.getByRole('button', { name: 'Simpan angka' }).click();
    await expect(section.getByText(/Angka tersimpan per/)).toBeVisible();
    await panel.getByRole('button', { name: 'Tutup' }).first().click();
    await expect(panel).toBeHidden();

    ({ section } = await figuresOf());
    await expect(section.getByLabel('Tayangan')).toHaveValue('12.400');
    await expect(section.getByLabel('Suka')).toHaveValue('310');
    await expect(section.getByLabel('Jangkauan')).toHaveValue('');
    await expect(section.getByText(/Angka yang tersimpan per/)).toBeVisible();
  });
});
