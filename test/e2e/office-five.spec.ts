import type { Browser, Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { otherComputer } from './computers';
import { e2eAdmin, expect, sessionButton, signInCookie, test } from './fixtures';
import { SettingsPage } from './pages';
import { call, CalendarScreen, PostEditor, seedOffice } from './post-editor';

/**
 * Issue 14, done when: five people at five computers plan, comment and approve one month
 * together over the office network (the host's second address, 127.0.0.2, stands in for the
 * LAN), each seeing the others' changes in their open calendar without a reload; a computer that
 * has not signed in gets the sign-in page and a 401 from the API.
 *
 * Rina and Dewi plan, Sari (Kasubag) checks, Budi (Kabag) approves, the administrator watches.
 * People and sessions are made through the services (the sign-in itself is tested elsewhere);
 * everything the five do is done in their own pages.
 */
test.use({ officeNetwork: { tls: false } });

/** The LAN address of the host (same port, 127.0.0.2). */
const lanOrigin = (origin: string, port: number) => `${origin.split(':')[0]}://127.0.0.2:${port}`;

/** A computer on the LAN: its own browser, signed in as `name`, showing the calendar. */
async function lanComputer(
  browser: Browser,
  host: WebHost,
  lan: string,
  name: string,
  problems: string[],
): Promise<Page> {
  const page = await otherComputer(browser, problems);
  const [, sessionId] = (await signInCookie(host, name)).split('=');
  await page
    .context()
    .addCookies([
      { name: 'linimasa_signin', value: sessionId!, url: lan, httpOnly: true, sameSite: 'Strict' },
    ]);
  await page.goto(`${lan}/`);
  // Up to five computers load the whole app at once on two cores: the first paint may be slow.
  await expect(sessionButton(page)).toContainText(`Saya: ${name}`, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
  return page;
}

/**
 * A signed-up office on the host with one Instagram post by the planner, and the LAN address
 * its people use.
 */
async function officeWithPost(
  host: WebHost,
  post: { title: string; caption?: string; date: string; time: string },
) {
  const lan = lanOrigin(host.http.origin, host.http.port);
  await host.app.services.auth.setup(e2eAdmin, 'e2e');
  const office = await seedOffice(host);
  const created = await call<{ id: string }>(host, 'posts.create', {
    actorId: office.planner,
    title: post.title,
    ...(post.caption && { caption: post.caption }),
    channels: [{ channelId: office.instagram, format: 'feed' }],
    schedule: { date: post.date, time: post.time },
  });
  return { lan, office, postId: created.id };
}

/** Rina (planner) and Budi (Kabag) at their own computers on the LAN. */
async function rinaAndBudi(browser: Browser, host: WebHost, lan: string, problems: string[]) {
  return (await Promise.all(
    ['Rina Wulandari', 'Budi Santoso'].map((name) =>
      lanComputer(browser, host, lan, name, problems),
    ),
  )) as [Page, Page];
}

const month = {
  twelfth: 'Kamis, 12 November 2026',
  thirteenth: 'Jumat, 13 November 2026',
  nineteenth: 'Kamis, 19 November 2026',
};

test('lima orang di lima komputer merencanakan, berkomentar dan menyetujui satu bulan bersama', async ({
  browser,
  host,
  request,
}) => {
  // Five browsers and five sign-ins (real scrypt hashes) on two loaded cores.
  test.slow();
  const lan = lanOrigin(host.http.origin, host.http.port);
  await host.app.services.auth.setup(e2eAdmin, 'e2e');
  const office = await seedOffice(host);
  await call(host, 'settings.update', { approvalSteps: 2 });
  await call(host, 'people.create', { name: 'Dewi Lestari', role: 'planner' });
  await call(host, 'people.create', { name: 'Sari Puspita', role: 'checker' });
  expect(office.planner).toBeTruthy();

  const problems: string[] = [];
  const computerOf = (name: string) => lanComputer(browser, host, lan, name, problems);
  // The five load their pages at the same time, as an office does at eight.
  const [rina, dewi, sari, budi, admin] = (await Promise.all(
    ['Rina Wulandari', 'Dewi Lestari', 'Sari Puspita', 'Budi Santoso', e2eAdmin.name].map(
      computerOf,
    ),
  )) as [Page, Page, Page, Page, Page];
  const everyone = { rina, dewi, sari, budi, admin };
  for (const page of Object.values(everyone)) expect(page.url()).toContain('127.0.0.2');

  /** Each of the others' open calendars shows the chip on that day, without a reload. */
  const othersSee = async (actor: Page, day: string, chip: RegExp, skip: Page[] = []) => {
    for (const page of Object.values(everyone)) {
      if (page === actor || skip.includes(page)) continue;
      await expect(
        new CalendarScreen(page, host).day(day).getByRole('button', { name: chip }),
      ).toBeVisible();
    }
  };

  // Rina plans a post on the 12th in her editor.
  const rinaEditor = new PostEditor(rina);
  const rinaCalendar = new CalendarScreen(rina, host);
  await rinaCalendar.clickDay(month.twelfth);
  await expect(rinaEditor.panel).toHaveAccessibleName('Unggahan baru');
  await rinaEditor.field('Judul').fill('Layanan KTP keliling');
  await rinaEditor.field('Caption utama').fill('Layanan KTP-el keliling hadir di Kecamatan Depok.');
  await rinaEditor.channel('Humas Contoh IG').check();
  await rinaEditor.save();
  await expect(rinaEditor.panel).toHaveAccessibleName('Ubah unggahan');
  await rinaEditor.close();
  await othersSee(rina, month.twelfth, /^09\.00 Layanan KTP keliling — Draf/);

  // Dewi plans another on the 19th, and moves Rina's to the 13th with the keyboard.
  const dewiEditor = new PostEditor(dewi);
  const dewiCalendar = new CalendarScreen(dewi, host);
  await dewiCalendar.clickDay(month.nineteenth);
  await dewiEditor.field('Judul').fill('Hari Kesehatan Nasional');
  await dewiEditor.channel('Humas Contoh X').check();
  await dewiEditor.save();
  await expect(dewiEditor.panel).toHaveAccessibleName('Ubah unggahan');
  await dewiEditor.close();
  await othersSee(dewi, month.nineteenth, /Hari Kesehatan Nasional — Draf/);

  await dewiCalendar.chip(/^09\.00 Layanan KTP keliling/).focus();
  await dewi.keyboard.press('Space');
  await expect(
    dewi.getByRole('status').filter({ hasText: `di atas ${month.twelfth}` }),
  ).toBeAttached();
  await dewi.keyboard.press('ArrowRight');
  await expect(
    dewi.getByRole('status').filter({ hasText: `di atas ${month.thirteenth}` }),
  ).toBeAttached();
  await dewi.keyboard.press('Space');
  await expect(
    dewi.getByRole('status').filter({ hasText: `dipindahkan ke ${month.thirteenth}` }),
  ).toBeVisible();
  await othersSee(dewi, month.thirteenth, /^09\.00 Layanan KTP keliling — Draf/);
  await expect(
    rinaCalendar.day(month.twelfth).getByRole('button', { name: /Layanan KTP keliling/ }),
  ).toHaveCount(0);

  // Budi comments on it, mentioning Rina; her bell counts it and opens the post.
  const budiEditor = new PostEditor(budi);
  await new CalendarScreen(budi, host).chip(/^09\.00 Layanan KTP keliling/).click();
  const thread = budiEditor.panel.getByRole('region', { name: 'Komentar' });
  await thread.getByRole('textbox', { name: 'Tulis komentar' }).fill('@Rina mohon ajukan hari ini');
  await thread.getByRole('button', { name: 'Kirim komentar' }).click();
  await expect(thread.getByRole('listitem').filter({ hasText: 'mohon ajukan' })).toContainText(
    'Budi Santoso',
  );
  await budiEditor.close();
  const bell = (page: Page) => page.getByRole('button', { name: /^Pemberitahuan/ });
  await expect(bell(rina)).toHaveAccessibleName('Pemberitahuan, 1 belum dibaca');
  await expect(bell(dewi)).toHaveAccessibleName('Pemberitahuan');
  await bell(rina).click();
  await rina
    .getByRole('region', { name: 'Pemberitahuan' })
    .getByRole('button', { name: /Budi Santoso menyebut Anda di “Layanan KTP keliling”/ })
    .click();
  await expect(rinaEditor.field('Judul')).toHaveValue('Layanan KTP keliling');
  await expect(
    rinaEditor.panel.getByRole('region', { name: 'Komentar' }).getByRole('listitem'),
  ).toContainText(['@Rina mohon ajukan hari ini']);

  // Rina submits; Sari checks; Budi approves. Each step shows in the other calendars.
  await rinaEditor.approvalActions.getByRole('button', { name: 'Ajukan' }).click();
  await expect(rinaEditor.panel).toContainText('Menunggu pemeriksaan');
  await rinaEditor.close();
  await othersSee(rina, month.thirteenth, /Layanan KTP keliling — Menunggu persetujuan/);

  const sariEditor = new PostEditor(sari);
  await new CalendarScreen(sari, host).chip(/^09\.00 Layanan KTP keliling/).click();
  await sariEditor.button('Tandai diperiksa').click();
  await expect(sariEditor.panel).toContainText('Diperiksa oleh Sari Puspita');
  await sariEditor.close();
  await othersSee(sari, month.thirteenth, /Layanan KTP keliling — Diperiksa, menunggu persetujuan/);

  await new CalendarScreen(budi, host).chip(/^09\.00 Layanan KTP keliling/).click();
  await budiEditor.button('Setujui').click();
  await budiEditor.expectStatus('Disetujui');
  await budiEditor.close();
  await othersSee(budi, month.thirteenth, /Layanan KTP keliling — Disetujui/);

  // A computer on the LAN that has not signed in gets the sign-in page and nothing else.
  const stranger = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`${lan}/`);
  await expect(strangerPage.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
  await expect(strangerPage.getByText('Layanan KTP keliling')).toHaveCount(0);
  const list = await request.post(`${lan}/api/posts.list`, { data: {} });
  expect(list.status()).toBe(401);
  expect(await list.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  const create = await request.post(`${lan}/api/posts.create`, {
    data: { title: 'Tanpa masuk', channels: [] },
  });
  expect(create.status()).toBe(401);
  expect((await request.get(`${lan}/events`)).status()).toBe(401);
  await stranger.close();

  // What was acknowledged is what the office holds (09.00 WIB is 02.00 UTC).
  const stored = await call<{ title: string; status: string; scheduledAt: string }[]>(
    host,
    'posts.range',
    { from: '2026-11-01', to: '2026-11-30' },
  );
  expect(stored.map((post) => [post.title, post.status, post.scheduledAt])).toEqual([
    ['Layanan KTP keliling', 'approved', '2026-11-13T02:00:00.000Z'],
    ['Hari Kesehatan Nasional', 'draft', '2026-11-19T02:00:00.000Z'],
  ]);

  expect(problems, 'console errors and page errors').toEqual([]);
  for (const page of Object.values(everyone)) await page.context().close();
});

test('tab yang ditutup berhenti menampilkan "Sedang diubah oleh" dengan segera', async ({
  browser,
  host,
}) => {
  const { lan } = await officeWithPost(host, {
    title: 'Vaksinasi anak',
    date: '2026-11-20',
    time: '09:00',
  });
  const problems: string[] = [];
  const [rina, budi] = await rinaAndBudi(browser, host, lan, problems);

  await new CalendarScreen(rina, host).chip(/Vaksinasi anak/).click();
  await expect(new PostEditor(rina).field('Judul')).toHaveValue('Vaksinasi anak');
  const budiCalendar = new CalendarScreen(budi, host);
  await expect(
    budiCalendar.chip(/Vaksinasi anak.*Sedang diubah oleh Rina Wulandari/),
  ).toBeVisible();

  // Rina closes the tab with the editor open: no React cleanup runs, the page just goes.
  await rina.close({ runBeforeUnload: true });
  // Well before the 60 s expiry (the fallback), Budi's chip no longer says so.
  await expect(budiCalendar.chip(/Vaksinasi anak/)).toBeVisible();
  await expect(budiCalendar.chip(/Sedang diubah oleh/)).toHaveCount(0, { timeout: 10_000 });
  expect(host.app.presence.list()).toEqual([]);

  expect(problems, 'console errors and page errors').toEqual([]);
  await rina.context().close();
  await budi.context().close();
});

test.describe('tanpa sambungan ke komputer kantor', () => {
  // Chromium logs the refused request itself as a console error; that is the point here.
  test.use({ allowConsoleErrors: true });

  test('tindakan di luar editor juga berkata "Perlu sambungan ke komputer kantor"', async ({
    browser,
    host,
  }) => {
    const lan = lanOrigin(host.http.origin, host.http.port);
    await host.app.services.auth.setup(e2eAdmin, 'e2e');
    const admin = await lanComputer(browser, host, lan, e2eAdmin.name, []);
    const settings = new SettingsPage(admin);
    await settings.open('Orang');
    const form = settings.addPersonForm;
    await form.getByLabel('Nama', { exact: true }).fill('Rina Wulandari');

    // The office host does not answer this call (the Wi-Fi dropped).
    await admin.route('**/api/people.create', (route) => route.abort('connectionrefused'));
    await form.getByRole('button', { name: 'Tambah orang' }).click();
    await expect(form.getByRole('alert')).toHaveText('Perlu sambungan ke komputer kantor.');
    await admin.context().close();
  });
});

test('satu unggahan terbuka di dua komputer: komentar masuk riwayat, spanduk "Diubah oleh" bisa ditutup dan hilang setelah menyimpan', async ({
  browser,
  host,
}) => {
  test.slow();
  const { lan } = await officeWithPost(host, {
    title: 'Hari Pahlawan',
    caption: 'Mengenang jasa para pahlawan.',
    date: '2026-11-19',
    time: '08:00',
  });
  const problems: string[] = [];
  const [rina, budi] = await rinaAndBudi(browser, host, lan, problems);
  const rinaEditor = new PostEditor(rina);
  const budiEditor = new PostEditor(budi);
  for (const page of [rina, budi])
    await new CalendarScreen(page, host).chip(/Hari Pahlawan/).click();
  await expect(rinaEditor.field('Judul')).toHaveValue('Hari Pahlawan');
  await expect(budiEditor.field('Judul')).toHaveValue('Hari Pahlawan');

  // Budi comments: Rina's open activity log shows it without reopening the post.
  const thread = budiEditor.panel.getByRole('region', { name: 'Komentar' });
  await thread.getByRole('textbox', { name: 'Tulis komentar' }).fill('Fotonya kurang terang.');
  await thread.getByRole('button', { name: 'Kirim komentar' }).click();
  await expect(rinaEditor.activity.filter({ hasText: 'menambahkan komentar' })).toContainText(
    'Budi Santoso',
  );

  // Budi saves a new title: Rina's banner says so; she closes it.
  const banner = rinaEditor.panel.getByRole('status').filter({ hasText: /^Diubah oleh/ });
  await budiEditor.field('Judul').fill('Hari Pahlawan 10 November');
  await budiEditor.save();
  await expect(banner).toContainText(/Diubah oleh Budi Santoso pukul \d{2}\.\d{2}/);
  await expect(rinaEditor.field('Judul')).toHaveValue('Hari Pahlawan 10 November');
  await banner.getByRole('button', { name: 'Tutup pemberitahuan perubahan ini' }).click();
  await expect(banner).toHaveCount(0);

  // Again; this time her own save is what makes it go.
  await budiEditor.field('Judul').fill('Peringatan Hari Pahlawan');
  await budiEditor.save();
  await expect(banner).toBeVisible();
  await expect(rinaEditor.field('Judul')).toHaveValue('Peringatan Hari Pahlawan');
  await rinaEditor.field('Caption utama').fill('Mengenang jasa para pahlawan bangsa.');
  await rinaEditor.save();
  await expect(rinaEditor.panel).toContainText('Tersimpan');
  await expect(banner).toHaveCount(0);

  expect(problems, 'console errors and page errors').toEqual([]);
  await rina.context().close();
  await budi.context().close();
});

test('kotak pemberitahuan memuat lebih dari 100 dengan "Muat lebih banyak"', async ({
  browser,
  host,
}) => {
  const { lan, office, postId } = await officeWithPost(host, {
    title: 'Hari Pahlawan',
    date: '2026-11-19',
    time: '08:00',
  });
  // 105 mentions of Budi, through the service as Rina's comments would arrive.
  for (let index = 1; index <= 105; index++)
    await call(host, 'comments.add', {
      actorId: office.planner,
      postId,
      text: `@Budi catatan ${index}`,
    });
  const problems: string[] = [];
  const budi = await lanComputer(browser, host, lan, 'Budi Santoso', problems);
  await budi.getByRole('button', { name: /^Pemberitahuan/ }).click();
  const panel = budi.getByRole('region', { name: 'Pemberitahuan' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(100);
  await panel.getByRole('button', { name: 'Muat lebih banyak' }).click();
  await expect(items).toHaveCount(105);
  await expect(panel.getByRole('button', { name: 'Muat lebih banyak' })).toHaveCount(0);

  expect(problems, 'console errors and page errors').toEqual([]);
  await budi.context().close();
});
