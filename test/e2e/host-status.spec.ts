import { seriousViolations } from './axe';
import { e2ePassword, expect, sessionButton, signInAs, signInAsAdmin, test } from './fixtures';
import { SettingsPage } from './pages';

/**
 * Issue 14, operations: the administrator's status page of the office host. It refreshes itself
 * every 10 s (driven here by Playwright's clock, never a sleep) and ends a colleague's session
 * with "Keluarkan"; the colleague's next request meets the sign-in screen.
 */
test('admin melihat siapa yang tersambung dan mengeluarkan satu sesi', async ({
  page,
  host,
  browser,
}) => {
  // Two browser contexts and three sign-ins (each a real scrypt hash) on two loaded cores.
  test.slow();
  await page.clock.install();
  await signInAsAdmin(page, host);
  await page.goto(host.url);
  host.app.services.people.create({ name: 'Rina Wulandari', role: 'planner' });

  const settings = new SettingsPage(page);
  await settings.open('Status komputer kantor');
  const facts = page.getByRole('definition');
  await expect(page.getByText('Versi Linimasa')).toBeVisible();
  await expect(facts.filter({ hasText: /tersisa .* dari / })).toHaveCount(1);
  const sessions = page.getByRole('table', { name: 'Yang sedang tersambung' });
  const own = sessions.getByRole('row').filter({ hasText: 'Admin Humas' });
  await expect(own).toContainText('Sesi Anda');
  await expect(sessions.getByRole('row').filter({ hasText: 'Rina Wulandari' })).toHaveCount(0);
  expect(await seriousViolations(page, { include: '#settings-hostStatus' })).toEqual([]);

  // Rina signs in at another computer; she does not see the section.
  const context = await browser.newContext({
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1280, height: 860 },
  });
  await context.addInitScript(() =>
    (
      globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
    ).localStorage.setItem('linimasa.firstRunGuide', 'skipped'),
  );
  const rinaPage = await context.newPage();
  await signInAs(rinaPage, host, 'Rina Wulandari');
  const rinaSettings = new SettingsPage(rinaPage);
  await rinaSettings.open('Orang');
  await expect(
    rinaSettings.sections.getByRole('link', { name: 'Status komputer kantor' }),
  ).toHaveCount(0);

  // The administrator's page finds her at its next refresh, 10 s later (the e2e sign-in leaves
  // her two sessions: the one-time password's and her own password's).
  const rina = sessions.getByRole('row').filter({ hasText: 'Rina Wulandari' });
  await page.clock.runFor(10_000);
  await expect(rina).toHaveCount(2);
  await expect(rina.first()).toContainText('Perencana');

  for (const left of [1, 0]) {
    await page.getByRole('button', { name: 'Keluarkan Rina Wulandari' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Keluarkan Rina Wulandari?' });
    await expect(dialog).toContainText('dicatat di log keamanan');
    await dialog.getByRole('button', { name: 'Keluarkan' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Sesi Rina Wulandari sudah diakhiri.' }),
    ).toBeVisible();
    await expect(rina).toHaveCount(left);
  }
  expect(host.app.services.auth.securityLog(1)[0]).toMatchObject({
    event: 'session_ended',
    actor: 'Admin Humas',
  });

  // She signs in again from another computer; "Muat ulang" shows it at once.
  await host.app.services.auth.signIn(
    { userName: 'rina.wulandari', password: e2ePassword },
    'http 127.0.0.2',
  );
  await page.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(rina).toHaveCount(1);
  await expect(rina).toContainText('Peramban 127.0.0.2');

  // Rina's next request is refused: her page asks her to sign in again.
  await rinaPage.getByRole('link', { name: 'Pustaka Aset' }).click();
  await expect(rinaPage.getByText('Sesi Anda berakhir. Silakan masuk lagi.')).toBeVisible();
  await expect(sessionButton(rinaPage)).toHaveCount(0);
  await context.close();
});
