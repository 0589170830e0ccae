import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../src/main/web/host';

export { expect };

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
    await page.goto(host.url);
    await expect(
      page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }),
    ).toBeVisible();
    await use(page);
  },
});
