import { parseArgs } from 'node:util';
import { resolveDataLocation } from '../data-dir';
import { legacyNotice } from '../data-location/decide';
import { sweepNotes } from '../assets/sweep-notes';
import { openFailure } from '../startup/open-failure';
import { buildRendererIfNeeded } from './build-if-needed';
import { startWebHost } from './host';

const usage = `Pemakaian: npm run dev:web -- [--data-dir FOLDER] [--port N]

Menjalankan Linimasa di peramban lewat http://127.0.0.1 (hanya komputer ini).
  --data-dir FOLDER  folder data (bawaan: LINIMASA_DATA_DIR atau folder data aplikasi)
  --port N           port lokal (bawaan: port bebas)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let values: { 'data-dir'?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port harus bilangan 0–65535, bukan "${values.port}"`);

  buildRendererIfNeeded(process.cwd(), (line) => console.log(line));
  const location = resolveDataLocation(values['data-dir']);
  const dataDir = location.dir;
  let host;
  try {
    host = await startWebHost({ dataDir, port });
  } catch (error) {
    // The same words as the CLI: a missing database with its two ways on, a full disk, or a
    // database that will not open with the newest backup's restore command.
    console.error(`Linimasa tidak dapat dijalankan.\n${openFailure(error, dataDir).join('\n')}`);
    process.exit(1);
  }
  console.log(`Linimasa siap. Buka di peramban / open in a browser: ${host.url}`);
  console.log(`Data: ${dataDir}  (Ctrl+C untuk berhenti)`);
  const notice = legacyNotice(location);
  if (notice) console.log(notice);
  void host.app.library.ready.then((report) => {
    for (const line of sweepNotes(report)) console.log(line);
  });

  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error('Linimasa tidak dapat dijalankan:', error instanceof Error ? error.message : error);
  process.exit(1);
});
