import { parseArgs } from 'node:util';
import { failedToStart, runHost } from './run-host';

const usage = `Pemakaian: npm run dev:web -- [--data-dir FOLDER] [--port N]

Menjalankan Linimasa di peramban lewat http://127.0.0.1 (hanya komputer ini).
Untuk jaringan kantor: npm run serve -- --help.
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

  await runHost({
    dataDir: values['data-dir'],
    options: async () => ({ port }),
    ready: (host, dataDir) => {
      console.log(`Linimasa siap. Buka di peramban / open in a browser: ${host.url}`);
      console.log(`Data: ${dataDir}  (Ctrl+C untuk berhenti)`);
    },
  });
}

main(process.argv.slice(2)).catch(failedToStart);
