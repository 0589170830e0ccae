import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built renderer in Debian's Chromium, against the HTTP transport, with a
 * fresh data directory and host per test (see test/e2e/fixtures.ts). Never `npx playwright
 * install`: it downloads from the internet, which these machines do not have.
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  // A test's ceiling, not its pace: the axe-core tests run several full scans (5–10 s each on
  // two loaded cores) and took 28 s alone here, so 30 s failed them whenever the other worker
  // was busy. Nothing waits on a fixed time; a hang still fails within the minute.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  // Two cores on the build machines: one browser each keeps the timings honest.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // Pointer drags on a loaded two-core machine occasionally lose a move event; one retry in CI
  // keeps that from failing a run, and a test that fails twice still fails (reported as flaky
  // when the retry passes, so it stays visible).
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Without the background-networking flags Chromium keeps trying to reach Google's
      // servers, which on a closed network only adds noise and delay.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
