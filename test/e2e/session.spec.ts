import type { Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import type { Role } from '../../src/shared/domain/people';
import { seriousViolations } from './axe';
import { e2eAdmin, expect, signInAsAdmin, test } from './fixtures';

/**
 * The signed-in person in the app (issue 13): the session menu at the foot of the sidebar,
 * handing the computer to someone else, the one-time password's change, a password change from
 * the menu, the idle lock and a session that ended elsewhere. People get their passwords through
 * the auth service, as an administrator's reset and the person's own change would give them.
 */

const cli = { kind: 'local' as const, osUser: 'e2e' };

/** A person with a user name and a password of their own (no change pending). */
async function personWithPassword(
  host: WebHost,
  person: { name: string; role: Role; userName: string; password: string },
) {
  const { people, auth } = host.app.services;
  const created = people.create({ name: person.name, role: person.role });
  auth.setUserName(cli, created, person.userName);
  const { oneTimePassword } = await auth.resetPassword(cli, created.id);
  const first = await auth.signIn(
    { userName: person.userName, password: oneTimePassword },
    'e2e-setup',
  );
  await auth.changePassword(
    { person: created, sessionId: first.sessionId },
    { currentPassword: oneTimePassword, newPassword: person.password },
  );
  auth.signOut(first.sessionId, created);
  return created;
}

const rina = {
  name: 'Rina Wulandari',
  role: 'planner' as const,
  userName: 'rina',
  password: 'kalender rina aman',
};

/** The session menu's button: "Saya: NAME (ROLE)". */
const meButton = (page: Page) => page.getByRole('button', { name: /^Saya: / });

/** The sign-in screen's own notice ("Anda sudah keluar." …), not a status region of the app. */
const signInNotice = (page: Page) =>
  page.getByRole('form', { name: 'Masuk ke Linimasa' }).getByRole('status');

async function openMenu(page: Page) {
  await meButton(page).click();
  const menu = page.getByRole('menu', { name: 'Akun' });
  await expect(menu).toBeVisible();
  return menu;
}

async function signInThroughScreen(page: Page, userName: string, password: string) {
  await page.getByLabel('Nama pengguna').fill(userName);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

test.describe('Sesi: orang yang masuk', () => {
  // Refused sign-ins and requests of an ended session answer 401, which Chromium logs.
  test.use({ allowConsoleErrors: true });

  test('menu Saya: ganti pengguna lewat layar masuk, lalu keluar', async ({ app: page, host }) => {
    await personWithPassword(host, rina);
    await expect(meButton(page)).toHaveAccessibleName('Saya: Admin Humas (Admin)');
    await expect(page.getByText('Pilih profil Anda')).toHaveCount(0);

    // Arrow keys, Home/End and Escape, as a menu does.
    await meButton(page).focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Akun' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Ganti kata sandi',
      'Ganti pengguna',
      'Keluar',
    ]);
    await expect(menu.getByRole('menuitem', { name: 'Ganti kata sandi' })).toBeFocused();
    expect(await seriousViolations(page, { include: '.session' })).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Ganti pengguna' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Keluar' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(menu.getByRole('menuitem', { name: 'Ganti kata sandi' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(meButton(page)).toBeFocused();

    // A post with unsaved changes is not dropped without asking.
    host.app.services.channels.create({ platform: 'instagram', name: 'Humas IG', handle: '' });
    await page.reload();
    const day = page.getByRole('cell').filter({ hasText: /\d{4}/ }).nth(10);
    const box = (await day.boundingBox())!;
    await day.click({ position: { x: box.width / 2, y: box.height - 8 } });
    const editor = page.getByRole('dialog', { name: 'Unggahan baru' });
    await editor.getByLabel('Judul', { exact: true }).fill('Layanan KTP keliling');
    await (await openMenu(page)).getByRole('menuitem', { name: 'Keluar' }).click();
    const unsaved = page.getByRole('dialog', { name: 'Perubahan belum disimpan' });
    await unsaved.getByRole('button', { name: 'Kembali dan simpan' }).click();
    await expect(unsaved).toHaveCount(0);
    await expect(meButton(page)).toBeFocused();
    await expect(editor.getByLabel('Judul', { exact: true })).toHaveValue('Layanan KTP keliling');

    // Ganti pengguna: the session ends, the user-name field is empty and ready.
    await (await openMenu(page)).getByRole('menuitem', { name: 'Ganti pengguna' }).click();
    await unsaved.getByRole('button', { name: 'Ganti pengguna tanpa menyimpan' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    await expect(signInNotice(page)).toHaveText(
      'Anda sudah keluar. Silakan pengguna berikutnya masuk.',
    );
    await expect(page.getByLabel('Nama pengguna')).toBeFocused();
    await expect(page.getByLabel('Nama pengguna')).toHaveValue('');
    await signInThroughScreen(page, rina.userName, rina.password);
    await expect(meButton(page)).toHaveAccessibleName('Saya: Rina Wulandari (Perencana)');
    await expect(page.getByText('Saya: Rina Wulandari')).toBeVisible();
    // The post the administrator left unsaved is not opened again for the next person.
    await expect(page.getByRole('heading', { name: 'Kalender', level: 1 })).toBeVisible();
    await expect(day).toBeVisible();
    await expect(editor).toHaveCount(0);
    const events = host.app.services.auth.securityLog(20).map((entry) => entry.event);
    expect(events.slice(0, 2)).toEqual(['sign_in', 'sign_out']);

    // Keluar.
    await (await openMenu(page)).getByRole('menuitem', { name: 'Keluar' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    await expect(signInNotice(page)).toHaveText('Anda sudah keluar.');
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toHaveCount(0);
    // A reload does not bring anyone back: the session is gone, not just the screen.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
  });

  test('kata sandi sekali pakai harus diganti sebelum aplikasi tampil', async ({ page, host }) => {
    const { auth, people } = host.app.services;
    await auth.setup(e2eAdmin, 'e2e');
    const budi = people.create({ name: 'Budi Santoso', role: 'approver' });
    auth.setUserName(cli, budi, 'budi');
    const { oneTimePassword } = await auth.resetPassword(cli, budi.id);

    await page.goto(host.url);
    await signInThroughScreen(page, 'budi', oneTimePassword);
    await expect(
      page.getByRole('heading', { name: 'Ganti kata sandi sekali pakai' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    const oneTime = page.getByLabel('Kata sandi sekali pakai', { exact: true });
    const fresh = page.getByLabel('Kata sandi baru', { exact: true });
    const repeat = page.getByLabel('Ulangi kata sandi baru');
    const save = page.getByRole('button', { name: 'Simpan dan lanjutkan' });
    await expect(oneTime).toBeFocused();
    await oneTime.fill(oneTimePassword);
    await fresh.fill('persetujuan budi');
    await repeat.fill('persetujuan bud');
    await save.click();
    await expect(page.getByRole('alert')).toHaveText('Ulangan tidak sama dengan kata sandi baru.');
    // The server judges common passwords, in its own words.
    await fresh.fill('Password123');
    await repeat.fill('Password123');
    await save.click();
    await expect(page.getByRole('alert')).toContainText('terlalu umum');
    await fresh.fill('persetujuan budi');
    await repeat.fill('persetujuan budi');
    await save.click();
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
    await expect(meButton(page)).toHaveAccessibleName('Saya: Budi Santoso (Penyetuju)');
    // The one-time password is spent; the new one signs in.
    await expect(
      auth.signIn({ userName: 'budi', password: oneTimePassword }, 'e2e-check'),
    ).rejects.toThrow();
    await auth.signIn({ userName: 'budi', password: 'persetujuan budi' }, 'e2e-check');
  });

  test('ganti kata sandi dari menu mengakhiri sesi di komputer lain', async ({
    app: page,
    host,
  }) => {
    const { auth } = host.app.services;
    const laptop = await auth.signIn(
      { userName: e2eAdmin.userName, password: e2eAdmin.password },
      'laptop',
    );
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/auth.changePassword')) sent++;
    });

    await (await openMenu(page)).getByRole('menuitem', { name: 'Ganti kata sandi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ganti kata sandi' });
    await expect(dialog.getByLabel('Kata sandi saat ini')).toBeFocused();
    await dialog.getByLabel('Kata sandi saat ini').fill(e2eAdmin.password);
    await dialog.getByLabel('Kata sandi baru', { exact: true }).fill('jadwal baru desember');
    await dialog.getByLabel('Ulangi kata sandi baru').fill('jadwal baru desembre');
    await dialog.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Ulangan tidak sama dengan kata sandi baru.',
    );
    expect(sent).toBe(0);

    await dialog.getByLabel('Kata sandi saat ini').fill('bukan kata sandi saya');
    await dialog.getByLabel('Ulangi kata sandi baru').fill('jadwal baru desember');
    await dialog.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Kata sandi saat ini salah.');

    await dialog.getByLabel('Kata sandi saat ini').fill(e2eAdmin.password);
    await dialog.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Kata sandi diganti' })).toHaveText(
      /Kata sandi diganti\. Sesi Anda di komputer lain sudah diakhiri\./,
    );
    expect(sent).toBe(2);
    expect(auth.isLive(laptop.sessionId)).toBe(false);
    // This window goes on working under its own session.
    await page.getByRole('link', { name: 'Pustaka Aset' }).click();
    await expect(page.getByRole('heading', { name: 'Pustaka Aset', level: 1 })).toBeVisible();
    await expect(meButton(page)).toHaveAccessibleName('Saya: Admin Humas (Admin)');
  });

  test('layar terkunci setelah 30 menit tanpa dipakai, dan dibuka dengan kata sandi', async ({
    page,
    host,
  }) => {
    await page.clock.install();
    await signInAsAdmin(page, host);
    await page.goto(host.url);
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
    const cookies = await page.context().cookies();
    const sessionId = cookies.find((cookie) => cookie.name === 'linimasa_signin')!.value;

    await page.clock.fastForward('29:00');
    await expect(page.getByRole('heading', { name: 'Terkunci' })).toHaveCount(0);
    // Input restarts the count.
    await page.mouse.move(400, 300);
    await page.clock.fastForward('29:00');
    await expect(page.getByRole('heading', { name: 'Terkunci' })).toHaveCount(0);
    await page.clock.fastForward('01:30');
    const lock = page.getByRole('dialog', { name: 'Terkunci' });
    await expect(lock).toBeVisible();
    await expect(lock).toContainText('Admin Humas');
    await expect(lock.getByLabel('Kata sandi')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    // Not only a screen: the session has ended on the server.
    await expect
      .poll(() => host.app.services.auth.securityLog(5).map((entry) => entry.event))
      .toContain('idle_lock');
    expect(host.app.services.auth.isLive(sessionId)).toBe(false);

    // Escape does not close it.
    await page.keyboard.press('Escape');
    await expect(lock).toBeVisible();
    await lock.getByLabel('Kata sandi').fill('bukan kata sandinya');
    await lock.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(lock.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
    await lock.getByLabel('Kata sandi').fill(e2eAdmin.password);
    await lock.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(lock).toHaveCount(0);
    await expect(meButton(page)).toHaveAccessibleName('Saya: Admin Humas (Admin)');
    // The app works again under the new session.
    await page.getByRole('link', { name: 'Pustaka Aset' }).click();
    await expect(page.getByRole('heading', { name: 'Pustaka Aset', level: 1 })).toBeVisible();
  });

  test('sesi yang diakhiri di tempat lain membawa ke layar masuk dengan pesannya', async ({
    app: page,
    host,
  }) => {
    const admin = host.app.services.people.list(false)[0]!;
    // An administrator elsewhere (here the CLI) resets this person's password: every session ends.
    await host.app.services.auth.resetPassword(cli, admin.id);
    await page.getByRole('link', { name: 'Pustaka Aset' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    await expect(signInNotice(page)).toHaveText('Sesi Anda berakhir. Silakan masuk lagi.');
  });
});
