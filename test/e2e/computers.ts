import type { Browser, Page } from '@playwright/test';
import { today } from './post-editor';

/**
 * Another computer in the office: its own browser context (own cookies, own session), the
 * office's locale and zone, the first-run guide already skipped as on the fixture's page, and
 * "today" fixed. Console errors and page errors land in `problems` for the spec to check.
 */
export async function otherComputer(browser: Browser, problems: string[]): Promise<Page> {
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
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.clock.setFixedTime(today);
  return page;
}
