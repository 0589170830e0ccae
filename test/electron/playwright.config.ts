import { defineConfig } from '@playwright/test';

/**
 * The desktop smoke test, separate from the browser e2e suite: it launches the built Electron
 * app (`npm run build` first) and needs the Electron binary, which not every machine can fetch.
 * Without it the test reports "skipped: no Electron binary" instead of failing.
 *
 *   npx playwright test -c test/electron/playwright.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  // A cold Electron start on a loaded two-core machine.
  timeout: 120_000,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
