import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');
const mainScript = join(repoRoot, 'out', 'main', 'index.js');

/**
 * The scripts' own helpers, loaded with import() so Node, not Playwright's TypeScript
 * transform, loads these ES modules. findElectronBinary reads node_modules/electron/path.txt
 * and dist/ directly: `require('electron')` would try to download the binary and throw here.
 */
const scripts = async () => ({
  ...(await import('../../scripts/lib/electron-binary.mjs')),
  ...(await import('../../scripts/lib/start-plan.mjs')),
});

test('the desktop app opens on a fresh data folder with its navigation and a locked-down page', async () => {
  const { findElectronBinary, electronEnv } = await scripts();
  const electronBinary = findElectronBinary(join(repoRoot, 'node_modules', 'electron'));
  if (!electronBinary) console.log('skipped: no Electron binary');
  test.skip(!electronBinary, 'skipped: no Electron binary');

  expect(existsSync(mainScript), `${mainScript} is missing: run npm run build first`).toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-electron-'));
  // The same environment `npm start` gives Electron (better-sqlite3's one Node-API prebuild loads
  // in Electron as in Node), without a dev-server URL, so the built renderer on linimasa://app is
  // what gets tested.
  const env = Object.fromEntries(
    Object.entries(electronEnv(process.env)).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
    ),
  );
  // Chromium refuses to start as root without this (CI containers). It turns off the OS-level
  // sandbox only; the renderer settings this test checks stay as the app sets them.
  const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

  const app = await electron.launch({
    executablePath: electronBinary ?? undefined,
    args: [...chromiumArgs, mainScript, '--data-dir', dataDir],
    env,
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Linimasa/);
    const settingsLink = page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' });
    await expect(settingsLink).toBeVisible();
    await settingsLink.click();
    await expect(page).toHaveTitle('Pengaturan — Linimasa');
    expect(page.url()).toMatch(/^linimasa:\/\/app\//);

    const pageGlobals = await page.evaluate(() => {
      const scope = globalThis as {
        require?: unknown;
        process?: unknown;
        linimasa?: { settings?: { get?: unknown } };
      };
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        settingsGet: typeof scope.linimasa?.settings?.get,
      };
    });
    expect(pageGlobals).toEqual({
      require: 'undefined',
      process: 'undefined',
      settingsGet: 'function',
    });

    // A real round trip through preload, the sender check and the database.
    const settings = await page.evaluate(async () => {
      const scope = globalThis as {
        linimasa?: { settings: { get(request: object): Promise<{ ok: boolean }> } };
      };
      return scope.linimasa?.settings.get({});
    });
    expect(settings).toMatchObject({ ok: true });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
