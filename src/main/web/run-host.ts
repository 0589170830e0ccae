import { resolveDataLocation } from '../data-dir';
import { legacyNotice } from '../data-location/decide';
import { sweepNotes } from '../assets/sweep-notes';
import { CertificateError } from '../network/certificate';
import { ListenAddressError } from '../network/listen-address';
import { openFailure } from '../startup/open-failure';
import { buildRendererIfNeeded } from './build-if-needed';
import { startWebHost, type WebHost, type WebHostOptions } from './host';

/**
 * The start-up both host commands share (`npm run dev:web`, `npm run serve`): build the renderer
 * when stale, find the data directory, start the host (words for each way it can fail), print,
 * and stop gracefully on Ctrl+C or SIGTERM.
 */
export async function runHost(run: {
  dataDir: string | undefined;
  /** The host's options for the chosen folder (the serve command makes its certificate there). */
  options(dataDir: string): Promise<Omit<WebHostOptions, 'dataDir'>>;
  /** What to print once the host answers. */
  ready(host: WebHost, dataDir: string): Promise<void> | void;
}): Promise<void> {
  buildRendererIfNeeded(process.cwd(), (line) => console.log(line));
  const location = resolveDataLocation(run.dataDir);
  const dataDir = location.dir;
  let host: WebHost;
  try {
    host = await startWebHost({ dataDir, ...(await run.options(dataDir)) });
  } catch (error) {
    // An address that cannot be listened on, or a certificate that cannot be read or made.
    if (error instanceof ListenAddressError || error instanceof CertificateError) {
      console.error(`Linimasa tidak dapat dijalankan. ${error.message}`);
      process.exit(1);
    }
    // The same words as the CLI: a missing database with its two ways on, a full disk, or a
    // database that will not open with the newest backup's restore command.
    console.error(`Linimasa tidak dapat dijalankan.\n${openFailure(error, dataDir).join('\n')}`);
    process.exit(1);
  }
  await run.ready(host, dataDir);
  const notice = legacyNotice(location);
  if (notice) console.log(notice);
  void host.app.library.ready.then((report) => {
    for (const line of sweepNotes(report)) console.log(line);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Linimasa berhenti: menyelesaikan permintaan yang sedang berjalan…');
    void host.close().then(
      () => {
        console.log('Linimasa berhenti.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Linimasa berhenti dengan kesalahan:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The last resort of both commands: an error nothing above expected. */
export function failedToStart(error: unknown): never {
  console.error('Linimasa tidak dapat dijalankan:', error instanceof Error ? error.message : error);
  process.exit(1);
}
