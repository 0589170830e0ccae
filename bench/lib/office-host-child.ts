import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startWebHost } from '../../src/main/web/host';

/**
 * The office host for `bench/office.bench.ts`, in its own process so the load generator's work
 * never counts as the host's, and its CPU and RSS can be read from /proc. Prints one JSON line
 * `{ "port": N }` once it listens; stops on SIGTERM (graceful close).
 */
async function main(): Promise<void> {
  const [dataDir, token] = process.argv.slice(2);
  if (!dataDir || !token) throw new Error('usage: office-host-child DATA_DIR TOKEN');
  const host = await startWebHost({ dataDir, token, port: 0, autoBackup: false });
  process.stdout.write(`${JSON.stringify({ port: host.http.port, pid: process.pid })}\n`);
  // How long the host's one thread was kept from running (its own work, or the machine's load).
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.on('SIGTERM', () => {
    loop.disable();
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    process.stdout.write(
      `${JSON.stringify({ loopDelayP99Ms: ms(loop.percentile(99)), loopDelayMaxMs: ms(loop.max) })}\n`,
    );
    void host.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
