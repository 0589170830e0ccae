/**
 * The process the SIGKILL test kills: opens a data directory and imports a folder, printing a
 * line per finished file so the test knows when to strike. Run as
 * `node --import tsx sigkill-child.ts DATA_DIR SOURCE_DIR` (not through npx or the tsx CLI,
 * which would put a wrapper process between the signal and the importer).
 */
import { openApp } from '../../../src/main/app';

const [dataDir, sourceDir] = process.argv.slice(2);
if (!dataDir || !sourceDir) {
  console.error('usage: sigkill-child.ts DATA_DIR SOURCE_DIR');
  process.exit(2);
}

const app = openApp(dataDir);
void app.library
  .importPaths([sourceDir], {
    onResult: (result) => console.log(`result ${result.status} ${result.name}`),
  })
  .then((summary) => {
    console.log(`done ${summary.imported}`);
    app.close();
  });
