/**
 * The process the export SIGKILL test kills: exports a range of a data directory, printing a
 * line per progress report so the test knows when to strike. Run as
 * `node --import tsx sigkill-child.ts DATA_DIR FORMAT FROM TO [OUT]` (OUT: a file in the user's
 * folder, as the CLI's --out writes it).
 */
import { openApp } from '../../../src/main/app';
import { exportFilterSchema, exportFormatSchema } from '../../../src/shared/domain/exports';
import { postStatuses } from '../../../src/shared/domain/post-status';

const [dataDir, format, from, to, target] = process.argv.slice(2);
const app = openApp(dataDir!, { sweepAssets: false });
void app.services.exports
  .write(
    {
      format: exportFormatSchema.parse(format),
      filter: exportFilterSchema.parse({ from, to, statuses: [...postStatuses] }),
      actorId: null,
    },
    { progress: (done, total) => console.log(`progress ${done} ${total}`), target },
  )
  .then(({ record }) => {
    console.log(`done ${record.id}`);
    app.close();
  });
