// electron-builder hooks (electron-builder.yml: `afterPack`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Refuses a packaged app without the Electron build of better-sqlite3. electron-builder only warns
 * ("file source doesn't exist") when an extraResources source is missing, which happens when it is
 * run directly instead of through `npm run dist`; the installer would then build fine and the app
 * would fail on first launch on the user's machine. Checked in the packed output, so it holds
 * whatever the configuration says.
 */
export async function afterPack(context) {
  const binding = join(
    context.packager.getResourcesDir(context.appOutDir),
    'native',
    'better_sqlite3.node',
  );
  if (!existsSync(binding)) {
    throw new Error(
      `${binding} is missing: package with \`npm run dist\` (scripts/dist.mjs builds and stages better-sqlite3 for Electron), not with electron-builder directly.`,
    );
  }
}
