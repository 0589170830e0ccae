import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../src/main/web/host';

export { expect };

/** The e2e office's first administrator; tests act as them unless they sign in as someone else. */
export const e2eAdmin = { name: 'Admin Humas', userName: 'admin', password: 'jadwal humas aman' };

/**
 * Signs the browser context in as the office's administrator: the account is made through the
 * service (as the first-run guide would), the session through the real sign-in, and its id put
 * in the HttpOnly cookie the sign-in endpoint sets.
 */
export async function signInAsAdmin(page: Page, host: WebHost): Promise<void> {
  const auth = host.app.services.auth;
  const { sessionId } =
    auth.state() === 'ready'
      ? await auth.signIn({ userName: e2eAdmin.userName, password: e2eAdmin.password }, 'e2e')
      : await auth.setup(e2eAdmin, 'e2e');
  await page.context().addCookies([
    {
      name: 'linimasa_signin',
      value: sessionId,
      url: host.http.origin,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

interface Fixtures {
  /** A data directory nobody else has used: every test starts from an empty office. */
  dataDir: string;
  host: WebHost;
  /** The page, signed in (token traded for the session cookie) and showing the app. */
  app: Page;
  /** Console errors and uncaught page errors seen during the test. */
  pageProblems: string[];
  /**
   * Set by tests that provoke failures on purpose (a 401, a dropped connection): Chromium logs
   * those as console errors, which otherwise fail the test.
   */
  allowConsoleErrors: boolean;
  /**
   * A new office is greeted by the first-run guide (features/setup/). Tests of other screens
   * start as if it had been skipped on this computer; the guide's own tests set this to true.
   */
  firstRunGuide: boolean;
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [false, { option: true }],
  firstRunGuide: [false, { option: true }],

  page: async ({ page, firstRunGuide }, use) => {
    if (!firstRunGuide)
      await page.addInitScript(() =>
        (
          globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
        ).localStorage.setItem('linimasa.firstRunGuide', 'skipped'),
      );
    await use(page);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form even without dependencies.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'linimasa-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  host: async ({ dataDir }, use) => {
    const host = await startWebHost({ dataDir, port: 0 });
    await use(host);
    await host.close();
  },

  pageProblems: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      const relevant = allowConsoleErrors
        ? problems.filter((line) => line.startsWith('pageerror'))
        : problems;
      // A render bug or CSP refusal shows up here even when the assertions above passed.
      if (testInfo.status === testInfo.expectedStatus)
        expect(relevant, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page, host }, use) => {
    await signInAsAdmin(page, host);
    await page.goto(host.url);
    await expect(
      page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }),
    ).toBeVisible();
    await use(page);
  },
});
