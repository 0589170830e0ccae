import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { call, CalendarScreen, seedOffice } from './post-editor';

/**
 * Issue 12, item 2: the bulk actions in the month view. The approver Ctrl+clicks three chips,
 * approves them in one action and reads the per-post results (approving offers no undo, as in
 * the agenda); Shift+click, Ctrl+A, the keyboard and Esc select and clear; a bulk move is undone
 * from the results. "Today" is Wednesday 18 November 2026.
 */

interface Summary {
  id: string;
  title: string;
  status: string;
  scheduledAt: string | null;
  version: number;
}

const titles = ['Layanan KTP keliling', 'Vaksinasi anak sekolah', 'Pasar murah Sungguminasa'];

async function monthPosts(host: Parameters<typeof seedOffice>[0]): Promise<Summary[]> {
  return call<Summary[]>(host, 'posts.range', { from: '2026-11-01', to: '2026-11-30' });
}

const selectedChips = (page: Page) => page.locator('.month-grid .chip--selected');

test.describe('Kalender bulan: pilih banyak', () => {
  test('penyetuju memilih tiga chip dengan Ctrl+klik, menyetujui sekaligus, dan melihat hasilnya', async ({
    app,
    host,
  }) => {
    test.setTimeout(90_000);
    const office = await seedOffice(host);
    const items: { id: string; version: number }[] = [];
    for (const [index, title] of [...titles, 'Rapat koordinasi', 'Jumat bersih'].entries()) {
      const post = await call<{ id: string; version: number }>(host, 'posts.create', {
        actorId: office.planner,
        title,
        caption: `Informasi ${title}.`,
        channels: [{ channelId: office.instagram, format: 'feed' }],
        schedule: { date: `2026-11-${String(10 + index).padStart(2, '0')}`, time: '09:00' },
      });
      items.push({ id: post.id, version: post.version });
    }
    await call(host, 'posts.bulkTransition', {
      actorId: office.planner,
      action: 'submit',
      items,
      comment: '',
      acknowledgeWarnings: true,
    });

    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    await calendar.actAs('Budi Santoso');
    const chip = (title: string) => calendar.chip(new RegExp(`^09[:.]00 ${title}`));
    const bar = app.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });
    await expect(bar).toBeHidden();

    // Ctrl+click three chips: each gets the frame, the ✓ and "dipilih" in its name; nothing opens.
    const filters = await app.locator('.calendar-filters').boundingBox();
    for (const title of titles) await chip(title).click({ modifiers: ['Control'] });
    await expect(bar).toContainText('3 dipilih');
    // The bar takes the filter row's place: the month keeps its height, no chip goes behind "+N".
    const barBox = await bar.boundingBox();
    expect(Math.abs(barBox!.height - filters!.height)).toBeLessThanOrEqual(4);
    await expect(app.getByRole('button', { name: /lainnya/ })).toHaveCount(0);
    await app.screenshot({ path: 'test-results/month-select.png' });
    await expect(selectedChips(app)).toHaveCount(3);
    await expect(chip(titles[0]!)).toHaveAccessibleName(/dipilih$/);
    await expect(chip(titles[0]!).locator('.chip__selected')).toHaveText('✓');
    await expect(app.getByRole('dialog', { name: /unggahan/ })).toHaveCount(0);
    // Ctrl+click again takes one out, and back in.
    await chip(titles[1]!).click({ modifiers: ['Control'] });
    await expect(bar).toContainText('2 dipilih');
    await expect(chip(titles[1]!)).not.toHaveAccessibleName(/dipilih$/);
    await chip(titles[1]!).click({ modifiers: ['Control'] });
    await expect(bar).toContainText('3 dipilih');
    expect(await seriousViolations(app, { include: '.calendar-layout__main' })).toEqual([]);

    await bar.getByRole('button', { name: 'Setujui' }).click();
    const approve = app.getByRole('dialog', { name: 'Setujui 3 unggahan' });
    await approve.getByRole('button', { name: 'Setujui 3 unggahan' }).click();
    await expect(approve).toBeHidden();
    const results = app.getByRole('region', { name: 'Hasil tindakan terakhir' });
    await expect(results.getByText('Setujui: 3 berhasil, 0 ditolak.')).toBeVisible();
    for (const title of titles) await expect(results).toContainText(title);
    // Approving is not undone from here (as in the agenda and "Perlu tindakan").
    await expect(results.getByRole('button', { name: /Urungkan/ })).toHaveCount(0);
    // The approved posts left the selection, and the bar with them.
    await expect(bar).toBeHidden();
    await expect(selectedChips(app)).toHaveCount(0);
    const after = await monthPosts(host);
    for (const post of after)
      expect(post.status, post.title).toBe(titles.includes(post.title) ? 'approved' : 'in_review');
    await results.getByRole('button', { name: 'Tutup hasil' }).click();
    await expect(results).toBeHidden();
    await expect(chip(titles[0]!)).toHaveAccessibleName(/Disetujui/);
  });

  test('Shift+klik, Ctrl+A, Spasi dan Esc; pindahkan sekaligus lalu urungkan', async ({
    app,
    host,
  }) => {
    test.setTimeout(90_000);
    const office = await seedOffice(host);
    const names = ['Satu', 'Dua', 'Tiga', 'Empat'];
    for (const [index, title] of names.entries())
      await call(host, 'posts.create', {
        actorId: office.planner,
        title: `Draf ${title}`,
        caption: 'Isi.',
        channels: [{ channelId: office.instagram, format: 'feed' }],
        schedule: { date: `2026-11-${String(3 + index * 2).padStart(2, '0')}`, time: '10:00' },
      });
    // A post of the next month's first days, shown in the grid but not taken by Ctrl+A.
    await call(host, 'posts.create', {
      actorId: office.planner,
      title: 'Draf Desember',
      caption: 'Isi.',
      channels: [{ channelId: office.instagram, format: 'feed' }],
      schedule: { date: '2026-12-02', time: '10:00' },
    });

    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    const chip = (title: string) => calendar.chip(new RegExp(`^10[:.]00 Draf ${title}`));
    const bar = app.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });

    // Ctrl+click "Dua", Shift+click "Empat": Dua, Tiga, Empat.
    await chip('Dua').click({ modifiers: ['Control'] });
    await chip('Empat').click({ modifiers: ['Shift'] });
    await expect(bar).toContainText('3 dipilih');
    await expect(chip('Satu')).not.toHaveAccessibleName(/dipilih$/);

    // Esc clears; Ctrl+A takes November's four, not December's.
    await app.keyboard.press('Escape');
    await expect(bar).toBeHidden();
    await app.keyboard.press('Control+a');
    await expect(bar).toContainText('4 dipilih');
    await expect(chip('Desember')).not.toHaveAccessibleName(/dipilih$/);
    await app.keyboard.press('Escape');
    await expect(selectedChips(app)).toHaveCount(0);

    // The keyboard: Ctrl+Space on the focused chip starts a selection, then Space toggles.
    await chip('Satu').focus();
    await app.keyboard.press('Control+Space');
    await expect(bar).toContainText('1 dipilih');
    await chip('Tiga').focus();
    await app.keyboard.press('Space');
    await expect(bar).toContainText('2 dipilih');
    // Space selected, it did not open the post or pick the chip up.
    await expect(app.getByRole('dialog', { name: 'Ubah unggahan' })).toHaveCount(0);
    await app.keyboard.press('Space');
    await expect(bar).toContainText('1 dipilih');
    await app.keyboard.press('Space');
    await expect(bar).toContainText('2 dipilih');

    // Move both a week later, then undo from the results.
    await bar.getByRole('button', { name: 'Pindahkan' }).click();
    const move = app.getByRole('dialog', { name: 'Pindahkan 2 unggahan' });
    await move.getByRole('spinbutton', { name: 'Jumlah hari (negatif = lebih awal)' }).fill('7');
    await move.getByRole('button', { name: 'Pindahkan 2 unggahan' }).click();
    await expect(app.getByText('Pindahkan: 2 berhasil, 0 ditolak.')).toBeVisible();
    const dateOf = async (title: string) =>
      (await monthPosts(host)).find((post) => post.title === `Draf ${title}`)?.scheduledAt;
    expect(await dateOf('Satu')).toBe('2026-11-10T03:00:00.000Z');
    expect(await dateOf('Tiga')).toBe('2026-11-14T03:00:00.000Z');
    await expect(
      calendar.day('Selasa, 10 November 2026').getByRole('button', { name: /Draf Satu/ }),
    ).toBeVisible();

    await app.getByRole('button', { name: 'Urungkan (kembalikan ke jadwal semula)' }).click();
    await expect(app.getByText('Urungkan: 2 berhasil, 0 ditolak.')).toBeVisible();
    expect(await dateOf('Satu')).toBe('2026-11-03T03:00:00.000Z');
    expect(await dateOf('Tiga')).toBe('2026-11-07T03:00:00.000Z');
    await expect(
      calendar.day('Selasa, 3 November 2026').getByRole('button', { name: /Draf Satu/ }),
    ).toBeVisible();
  });

  test('yang tersembunyi di balik "+N lainnya" disebut dan dapat dipilih di dialog hari; pekan memakai pilihan yang sama', async ({
    app,
    host,
  }) => {
    test.setTimeout(90_000);
    const office = await seedOffice(host);
    for (let hour = 8; hour < 16; hour++)
      await call(host, 'posts.create', {
        actorId: office.planner,
        title: `Liputan kegiatan bupati sesi ${hour}`,
        caption: 'Isi.',
        channels: [{ channelId: office.instagram, format: 'feed' }],
        schedule: { date: '2026-11-18', time: `${String(hour).padStart(2, '0')}:00` },
      });

    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    const day = calendar.day('Rabu, 18 November 2026');
    const more = day.getByRole('button', { name: /lainnya/ });
    await expect(more).toBeVisible();
    const bar = app.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });

    // Ctrl+A takes all eight; the day's button says how many of the hidden ones are selected.
    await app.keyboard.press('Control+a');
    await expect(bar).toContainText('8 dipilih');
    const hidden = Number((await more.innerText()).match(/\+(\d+)/)![1]);
    await expect(more).toHaveAccessibleName(new RegExp(`${hidden} di antaranya dipilih`));

    // The day dialog lists them with their checkboxes: untick the last one there.
    await more.click();
    const dialog = app.getByRole('dialog', { name: 'Rabu, 18 November 2026' });
    const last = dialog.getByRole('checkbox', { name: 'Pilih “Liputan kegiatan bupati sesi 15”' });
    await expect(last).toBeChecked();
    await last.uncheck();
    await expect(bar).toContainText('7 dipilih');
    await dialog.getByRole('button', { name: 'Tutup' }).first().click();
    await expect(dialog).toBeHidden();
    await expect(more).toHaveAccessibleName(new RegExp(`${hidden - 1} di antaranya dipilih`));

    // The week shows the same selection and selects the same way.
    await app.getByRole('button', { name: 'Pekan', exact: true }).click();
    const week = app.getByRole('table', { name: /^Pekan/ });
    const nine = week.getByRole('button', { name: /^09[:.]00 Liputan kegiatan bupati sesi 9/ });
    await expect(nine).toHaveAccessibleName(/dipilih$/);
    await nine.click({ modifiers: ['Control'] });
    await expect(bar).toContainText('6 dipilih');
    await expect(nine).not.toHaveAccessibleName(/dipilih$/);
    await app.keyboard.press('Escape');
    await expect(bar).toBeHidden();
  });
});
