/**
 * The process the bundle SIGKILL test kills: imports a bundle into a data directory, printing
 * each progress step so the test knows when to strike. Run as
 * `node --import tsx sigkill-child.ts DATA_DIR BUNDLE` (no wrapper process between the signal
 * and the importer).
 */
import { openApp } from '../../../src/main/app';
import { applyImport } from '../../../src/main/bundle';

const [dataDir, file] = process.argv.slice(2);
if (!dataDir || !file) {
  console.error('usage: sigkill-child.ts DATA_DIR BUNDLE');
  process.exit(2);
}

const app = openApp(dataDir);
void applyImport(
  app,
  file,
  {},
  {
    progress: (p) => console.log(`progress ${p.phase} ${p.done} ${p.total}`),
  },
).then((summary) => {
  console.log(`done ${summary.created}`);
  app.close();
});
