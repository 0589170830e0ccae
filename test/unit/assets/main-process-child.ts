/**
 * Imports a folder as the app's main process would and prints one JSON line: the import's counts
 * and whether sharp's native library ended up loaded in this process (it must not: images are
 * decoded in media workers). Run by main-process.test.ts with `node --import tsx`.
 */
import { readFileSync } from 'node:fs';
import { openApp } from '../../../src/main/app';

async function main(): Promise<void> {
  const [dataDir, source] = process.argv.slice(2);
  const app = openApp(dataDir!);
  await app.library.ready;
  const summary = await app.library.importPaths([source!]);
  app.close();
  const maps = process.platform === 'linux' ? readFileSync('/proc/self/maps', 'utf8') : '';
  console.log(
    JSON.stringify({
      imported: summary.imported,
      failed: summary.failed,
      libvipsMapped: /libvips/.test(maps),
    }),
  );
}

void main();
