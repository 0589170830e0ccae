import { seriousViolations } from './axe';
import { dragLikeAHand } from './drag';
import type { Locator, Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { expect, signInAs, test } from './fixtures';
import { acting } from '../unit/acting';

/**
 * The calendar's views as a planner uses them: month, week and agenda, the ideas tray, drag and
 * drop, undo, filters and search. "Today" is fixed at Wednesday 18 November 2026, 10:00 WIB, so
 * every date below is stable; posts are created through the API, as another person's would be.
 */
const today = new Date('2026-11-18T03:00:00Z');

interface Office {
  instagram: string;
  youtube: string;
  planner: string;
  campaign: string;
}

async function call<T>(host: WebHost, method: string, request: unknown): Promise<T> {
  const result = await acting(host.app)(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function seedOffice(host: WebHost): Promise<Office> {
  const instagram = await call<{ id: string }>(host, 'channels.create', {
    platform: 'instagram',
    name: 'Humas Contoh',
  });
  const youtube = await call<{ id: string }>(host, 'channels.create', {
    platform: 'youtube',
    name: 'Contoh TV',
  });
  const planner = await call<{ id: string }>(host, 'people.create', {
    name: 'Rina Wulandari',
    role: 'planner',
  });
  await call(host, 'people.create', { name: 'Budi Santoso', role: 'approver' });
  const campaign = await call<{ id: string }>(host, 'campaigns.create', {
    name: 'Layanan Publik',
    color: '#c62828',
  });
  return {
    instagram: instagram.id,
    youtube: youtube.id,
    planner: planner.id,
    campaign: campaign.id,
  };
}

async function createPost(
  host: WebHost,
  office: Office,
  post: { title: string; date?: string; time?: string; channel?: string; caption?: string },
): Promise<{ id: string }> {
  return call(host, 'posts.create', {
    actorId: office.planner,
    title: post.title,
    caption: post.caption ?? '',
    channels: [{ channelId: post.channel ?? office.instagram, format: 'feed' }],
    schedule: post.date ? { date: post.date, time: post.time ?? '09:00' } : null,
  });
}

/** Page object for Kalender, in the user's words. */
class CalendarPage {
  constructor(
    readonly page: Page,
    readonly host: WebHost,
  ) {}

  /** Opens the app on "today" with Rina, the planner, signed in. */
  async open(): Promise<void> {
    await this.page.clock.setFixedTime(today);
    await signInAs(this.page, this.host, 'Rina Wulandari');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
  }

  /** The period shown: "November 2026", "16 – 22 November 2026". */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /\d{4}$/ });
  }

  monthGrid(month: string): Locator {
    return this.page.getByRole('table', { name: `Kalender ${month}` });
  }

  /** A day cell, found by the full date its screen-reader text carries ("Kamis, 12 November 2026"). */
  day(longDate: string): Locator {
    return this.page.getByRole('cell').filter({ hasText: longDate });
  }

  chip(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  get ideas(): Locator {
    return this.page.getByRole('region', { name: /Ide \/ belum dijadwalkan/ });
  }

  view(name: 'Bulan' | 'Pekan' | 'Agenda'): Locator {
    return this.page
      .getByRole('group', { name: 'Tampilan' })
      .getByRole('button', { name, exact: true });
  }

  /**
   * A pointer drag as a hand does it. The target is brought to the middle of the window first,
   * away from the edges where dragging scrolls the page (the tray is sticky, so it stays in view).
   */
  async drag(source: Locator, target: Locator): Promise<void> {
    await target.evaluate((element) =>
      // Runs in the page; this project's Node-side types have no DOM.
      (element as unknown as { scrollIntoView(options: object): void }).scrollIntoView({
        block: 'center',
      }),
    );
    await dragLikeAHand(this.page, source, target);
  }
}

test.describe('Kalender: tampilan', () => {
  test('pindah bulan dengan tombol, PageUp/PageDown dan T; bulan dan tampilan diingat', async ({
    app,
    host,
  }) => {
    await seedOffice(host);
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    await expect(calendar.title).toHaveText('November 2026');
    await expect(calendar.monthGrid('November 2026')).toBeVisible();
    const todayCell = calendar.day('Rabu, 18 November 2026');
    await expect(todayCell).toHaveAttribute('aria-current', 'date');
    await expect(todayCell).toContainText('Hari ini');
    await expect(app.getByText('Waktu WIB')).toBeVisible();

    await app.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await expect(calendar.title).toHaveText('Desember 2026');
    await app.keyboard.press('PageDown');
    await expect(calendar.title).toHaveText('Januari 2027');
    await expect(calendar.monthGrid('Januari 2027')).toBeVisible();
    await app.keyboard.press('PageUp');
    await app.keyboard.press('PageUp');
    await app.keyboard.press('PageUp');
    await expect(calendar.title).toHaveText('Oktober 2026');
    await app.getByRole('button', { name: 'Bulan sebelumnya' }).click();
    await expect(calendar.title).toHaveText('September 2026');
    await app.keyboard.press('t');
    await expect(calendar.title).toHaveText('November 2026');

    // T typed into the search box is a letter, not "today".
    await app.keyboard.press('PageDown');
    await app.getByRole('searchbox', { name: 'Cari unggahan' }).fill('t');
    await expect(calendar.title).toHaveText('Desember 2026');

    // Week view: PageDown moves a week; the choice survives a reload.
    await calendar.view('Pekan').click();
    await expect(calendar.title).toHaveText('30 Nov – 6 Des 2026');
    await app.getByRole('button', { name: 'Hari ini' }).click();
    await expect(calendar.title).toHaveText('16 – 22 November 2026');
    await app.getByRole('button', { name: 'Pekan berikutnya' }).focus();
    await app.keyboard.press('PageDown');
    await expect(calendar.title).toHaveText('23 – 29 November 2026');
    await app.reload();
    await expect(calendar.title).toHaveText('23 – 29 November 2026');
    await expect(calendar.view('Pekan')).toHaveAttribute('aria-pressed', 'true');

    // Weeks start on Sunday when the office says so.
    await calendar.view('Bulan').click();
    await call(host, 'settings.update', { weekStart: 0 });
    await app.reload();
    await expect(
      calendar.monthGrid('November 2026').getByRole('columnheader').first(),
    ).toHaveAccessibleName('Minggu');
  });

  test('unggahan tampil di harinya: 23.30 WIB di hari terakhir bulan tetap di tanggal itu', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, {
      title: 'Ucapan Hari Guru',
      date: '2026-11-25',
      time: '07:00',
    });
    await createPost(host, office, {
      title: 'Rekap akhir bulan',
      date: '2026-11-30',
      time: '23:30',
    });
    await createPost(host, office, { title: 'Awal Desember', date: '2026-12-01', time: '00:30' });
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    const lastDay = calendar.day('Senin, 30 November 2026');
    await expect(
      lastDay.getByRole('button', { name: /^23\.30 Rekap akhir bulan — Draf/ }),
    ).toBeVisible();
    await expect(lastDay.getByRole('button', { name: /Awal Desember/ })).toHaveCount(0);
    await expect(
      calendar
        .day('Selasa, 1 Desember 2026')
        .getByRole('button', { name: /^00\.30 Awal Desember/ }),
    ).toBeVisible();
    await expect(
      calendar.day('Rabu, 25 November 2026').getByRole('button', { name: /Ucapan Hari Guru/ }),
    ).toBeVisible();
    // Hari Guru Nasional is a national observance: a badge on its day.
    await expect(calendar.day('Rabu, 25 November 2026')).toContainText('Hari Guru');

    // The same posts in the week and agenda views.
    await calendar.view('Pekan').click();
    await app.getByRole('button', { name: 'Pekan berikutnya' }).click();
    await app.getByRole('button', { name: 'Pekan berikutnya' }).click();
    await expect(calendar.title).toHaveText('30 Nov – 6 Des 2026');
    const week = app.getByRole('table', { name: /^Pekan/ });
    const hourRow = (hour: string) =>
      week.getByRole('row').filter({ has: app.getByRole('rowheader', { name: hour }) });
    await expect(hourRow('23.00')).toContainText('Rekap akhir bulan');
    await expect(hourRow('00.00')).toContainText('Awal Desember');
    // The agenda lists the month of the day shown: back to today's month first.
    await app.getByRole('button', { name: 'Hari ini' }).click();
    await calendar.view('Agenda').click();
    const agenda = app.getByRole('region', { name: 'Agenda November 2026' });
    await expect(agenda.getByRole('heading', { name: 'Senin, 30 November 2026' })).toBeVisible();
    await expect(agenda.getByRole('button', { name: 'Rekap akhir bulan' })).toBeVisible();
    await expect(agenda.getByRole('button', { name: 'Awal Desember' })).toHaveCount(0);
  });

  test('"+N lainnya" membuka semua unggahan hari itu', async ({ app, host }) => {
    const office = await seedOffice(host);
    for (let hour = 8; hour < 14; hour++)
      await createPost(host, office, {
        title: `Liputan sesi ${hour}`,
        date: '2026-11-12',
        time: `${String(hour).padStart(2, '0')}:00`,
      });
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    // As many chips as the day's height holds (calendar-month-fit.spec.ts checks how many), then
    // "+N lainnya" for the rest.
    const day = calendar.day('Kamis, 12 November 2026');
    await expect(day.getByRole('button', { name: /^\+\d+ lainnya/ })).toBeVisible();
    const shown = await day.getByRole('button', { name: /Liputan sesi/ }).count();
    expect(shown).toBeGreaterThanOrEqual(1);
    await day
      .getByRole('button', { name: `+${6 - shown} lainnya pada Kamis, 12 November 2026` })
      .click();
    const dialog = app.getByRole('dialog', { name: 'Kamis, 12 November 2026' });
    // The day's national observance (Hari Kesehatan Nasional) is listed too; the posts are six.
    await expect(dialog.getByRole('listitem').filter({ hasText: 'Liputan sesi' })).toHaveCount(6);
    await expect(dialog.getByRole('button', { name: 'Liputan sesi 13' })).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('seret unggahan ke hari lain, tetap di sana setelah dimuat ulang; Ctrl+Z mengurungkan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, {
      title: 'Sosialisasi KTP-el',
      date: '2026-11-10',
      time: '10:15',
    });
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    const chip = calendar.chip(/^10\.15 Sosialisasi KTP-el/);
    await calendar.drag(chip, calendar.day('Jumat, 13 November 2026'));
    await expect(
      calendar.day('Jumat, 13 November 2026').getByRole('button', { name: /^10\.15 Sosialisasi/ }),
    ).toBeVisible();
    await expect(
      app.getByRole('status').filter({ hasText: 'dipindahkan ke Jumat, 13 November 2026' }),
    ).toBeVisible();
    await expect(
      calendar.day('Selasa, 10 November 2026').getByRole('button', { name: /Sosialisasi/ }),
    ).toHaveCount(0);

    // Stored: a reload shows it on the new day.
    await app.reload();
    await expect(
      calendar.day('Jumat, 13 November 2026').getByRole('button', { name: /^10\.15 Sosialisasi/ }),
    ).toBeVisible();

    // Ctrl+Z takes back the last move of this session.
    await calendar.drag(
      calendar.chip(/^10\.15 Sosialisasi KTP-el/),
      calendar.day('Senin, 16 November 2026'),
    );
    await expect(
      calendar.day('Senin, 16 November 2026').getByRole('button', { name: /^10\.15 Sosialisasi/ }),
    ).toBeVisible();
    await app.keyboard.press('Control+z');
    await expect(app.getByRole('status').filter({ hasText: 'diurungkan' })).toBeVisible();
    await expect(
      calendar.day('Jumat, 13 November 2026').getByRole('button', { name: /^10\.15 Sosialisasi/ }),
    ).toBeVisible();
    await app.reload();
    await expect(
      calendar.day('Jumat, 13 November 2026').getByRole('button', { name: /^10\.15 Sosialisasi/ }),
    ).toBeVisible();
    await expect(
      calendar.day('Senin, 16 November 2026').getByRole('button', { name: /Sosialisasi/ }),
    ).toHaveCount(0);
  });

  test('papan ketik: Spasi mengangkat, panah memindah sehari/sepekan, Spasi meletakkan; Enter membuka', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, {
      title: 'Imbauan cuaca ekstrem',
      date: '2026-11-11',
      time: '16:00',
    });
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    const chip = calendar.chip(/^16\.00 Imbauan cuaca ekstrem/);
    await chip.focus();
    await app.keyboard.press('Space');
    // Each step is announced to screen readers (dnd-kit's live region).
    const announced = (text: string) =>
      expect(app.getByRole('status').filter({ hasText: text })).toBeAttached();
    await announced('Imbauan cuaca ekstrem di atas Rabu, 11 November 2026.');
    await app.keyboard.press('ArrowRight');
    await announced('di atas Kamis, 12 November 2026');
    await app.keyboard.press('ArrowDown');
    await announced('di atas Kamis, 19 November 2026');
    await app.keyboard.press('Space');
    await expect(
      calendar.day('Kamis, 19 November 2026').getByRole('button', { name: /^16\.00 Imbauan/ }),
    ).toBeVisible();
    await expect(
      app.getByRole('status').filter({ hasText: 'dipindahkan ke Kamis, 19 November 2026' }),
    ).toBeVisible();
    // Picking up and putting down did not open the post.
    await expect(app.getByRole('dialog', { name: 'Ubah unggahan' })).toHaveCount(0);

    // Escape cancels a keyboard drag.
    await calendar.chip(/^16\.00 Imbauan/).focus();
    await app.keyboard.press('Space');
    await app.keyboard.press('ArrowLeft');
    await app.keyboard.press('Escape');
    // dnd-kit finishes a cancel after its announcement; a key pressed before that is its own.
    await announced('Batal memindahkan Imbauan cuaca ekstrem');
    await expect(
      calendar.day('Kamis, 19 November 2026').getByRole('button', { name: /^16\.00 Imbauan/ }),
    ).toBeVisible();

    // Enter opens the post in the editor; a click on a day's empty space starts a new one there.
    await calendar.chip(/^16\.00 Imbauan/).focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('dialog', { name: 'Ubah unggahan' })).toBeVisible();
    await app.getByRole('button', { name: 'Tutup editor' }).click();
    const empty = calendar.day('Kamis, 26 November 2026');
    const box = (await empty.boundingBox())!;
    await app.mouse.click(box.x + box.width / 2, box.y + box.height - 10);
    const editor = app.getByRole('dialog', { name: 'Unggahan baru' });
    await expect(editor).toBeVisible();
    await expect(editor.getByLabel('Tanggal')).toHaveValue('26/11/2026');
  });

  test('seret ide ke sebuah hari (jam bawaan kantor) dan kembali ke daftar ide; Urungkan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, { title: 'Profil UMKM binaan' });
    await createPost(host, office, { title: 'Jadwal posyandu', date: '2026-11-20', time: '08:00' });
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    await expect(calendar.ideas.getByRole('button', { name: /Profil UMKM binaan/ })).toBeVisible();
    await calendar.drag(
      calendar.ideas.getByRole('button', { name: /Profil UMKM binaan/ }),
      calendar.day('Selasa, 24 November 2026'),
    );
    await expect(
      calendar
        .day('Selasa, 24 November 2026')
        .getByRole('button', { name: /^09\.00 Profil UMKM binaan/ }),
    ).toBeVisible();
    await expect(calendar.ideas.getByText('Belum ada ide')).toBeVisible();

    await calendar.drag(calendar.chip(/^08\.00 Jadwal posyandu/), calendar.ideas);
    await expect(calendar.ideas.getByRole('button', { name: /Jadwal posyandu/ })).toBeVisible();
    await expect(
      calendar.day('Jumat, 20 November 2026').getByRole('button', { name: /posyandu/ }),
    ).toHaveCount(0);

    // "Urungkan" in the notice takes the last move back.
    await app.getByRole('button', { name: 'Urungkan' }).click();
    await expect(
      calendar
        .day('Jumat, 20 November 2026')
        .getByRole('button', { name: /^08\.00 Jadwal posyandu/ }),
    ).toBeVisible();
    await app.reload();
    await expect(calendar.ideas.getByRole('button', { name: /Jadwal posyandu/ })).toHaveCount(0);
    await expect(
      calendar.day('Selasa, 24 November 2026').getByRole('button', { name: /^09\.00 Profil UMKM/ }),
    ).toBeVisible();
  });

  test('saringan mempersempit unggahan; pencarian tanpa diakritik menemukan dan membuka bulannya', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await createPost(host, office, {
      title: 'Video profil desa wisata',
      date: '2026-11-05',
      channel: office.youtube,
    });
    await createPost(host, office, { title: 'Foto pasar murah', date: '2026-11-06' });
    await createPost(host, office, {
      title: 'Peresmian kafé baca',
      date: '2026-12-09',
      time: '13:00',
      caption: 'Perpustakaan daerah membuka kafé baca untuk remaja.',
    });
    const calendar = new CalendarPage(app, host);
    await calendar.open();
    await expect(calendar.chip(/Video profil desa wisata/)).toBeVisible();
    await expect(calendar.chip(/Foto pasar murah/)).toBeVisible();

    const filters = app.getByRole('group', { name: 'Saringan' });
    await filters.getByRole('button', { name: /^Kanal/ }).click();
    await filters.getByRole('checkbox', { name: 'Contoh TV' }).check();
    await expect(calendar.chip(/Foto pasar murah/)).toHaveCount(0);
    await expect(calendar.chip(/Video profil desa wisata/)).toBeVisible();
    await expect(filters.getByRole('button', { name: /^Kanal\b.*1 dipilih/ })).toBeVisible();

    await filters.getByRole('button', { name: /^Status/ }).click();
    await filters.getByRole('checkbox', { name: 'Disetujui' }).check();
    await expect(calendar.chip(/Video profil desa wisata/)).toHaveCount(0);
    await expect(app.getByText(/Tidak ada unggahan pada November 2026 yang cocok/)).toBeVisible();

    await filters.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect(calendar.chip(/Foto pasar murah/)).toBeVisible();
    await expect(calendar.chip(/Video profil desa wisata/)).toBeVisible();

    await app.keyboard.press('/');
    const search = app.getByRole('searchbox', { name: 'Cari unggahan' });
    await expect(search).toBeFocused();
    await search.fill('kafe');
    const results = app.getByRole('region', { name: 'Hasil pencarian' });
    await expect(results.getByRole('status')).toHaveText('1 hasil untuk “kafe”');
    await results.getByRole('button', { name: /Peresmian kafé baca/ }).click();
    await expect(calendar.title).toHaveText('Desember 2026');
    await expect(
      calendar
        .day('Rabu, 9 Desember 2026')
        .getByRole('button', { name: /^13\.00 Peresmian kafé baca/ }),
    ).toBeVisible();

    await search.fill('tidakadakatasemacamini');
    await expect(results.getByRole('status')).toHaveText(/Tidak ada unggahan yang cocok/);
  });

  test('aksesibilitas (axe-core) pada tampilan Bulan, Pekan dan Agenda', async ({ app, host }) => {
    // Five full-page axe scans and Rina's sign-in (a few scrypt hashes) take a while on a busy
    // two-core machine: 60 s ran out at a load of 15.
    test.setTimeout(120_000);
    const office = await seedOffice(host);
    await call(host, 'settings.update', {
      officeName: 'Pemerintah Kabupaten Contoh',
      signerName: 'Budi',
      signerPosition: 'Kabag',
    });
    for (let hour = 8; hour < 13; hour++)
      await createPost(host, office, {
        title: `Unggahan ${hour}`,
        date: '2026-11-17',
        time: `${String(hour).padStart(2, '0')}:30`,
      });
    await createPost(host, office, { title: 'Ide konten pariwisata' });
    const calendar = new CalendarPage(app, host);
    await calendar.open();

    await expect(calendar.chip(/^08\.30 Unggahan 8/)).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);

    await app.getByRole('button', { name: /^Kanal/ }).click();
    await app.getByRole('searchbox', { name: 'Cari unggahan' }).fill('Unggahan');
    await expect(app.getByRole('region', { name: 'Hasil pencarian' })).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
    await app.keyboard.press('Escape');

    await calendar.view('Pekan').click();
    await expect(calendar.chip(/^08\.30 Unggahan 8/)).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);

    await calendar.view('Agenda').click();
    await expect(app.getByRole('button', { name: 'Unggahan 12' })).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);

    await calendar.view('Bulan').click();
    await app.getByRole('button', { name: /^\+\d+ lainnya/ }).click();
    await expect(app.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
  });
});
