/*
 * Owner locks are removed when the process ends on its own terms: a normal exit
 * (process.exit included), and Ctrl+C / SIGTERM / SIGHUP. Node runs no 'exit' listeners when a
 * signal kills it, so while a lock is held a signal listener is installed. When it is the only
 * listener (nothing else handles the signal, e.g. `seed-demo`), it removes the locks and raises
 * the signal again, so the process still ends as the signal intends. When the program has its
 * own listener (an import stopping cleanly, the browser host closing), that listener decides
 * when to stop and the locks go with its close() or at exit.
 */

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const releases = new Set<() => void>();

function releaseAll(): void {
  for (const release of [...releases]) release();
}

function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  releaseAll();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  process.on('exit', releaseAll);
  for (const signal of signals) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off('exit', releaseAll);
  for (const signal of signals) process.off(signal, onSignal);
}

/** Registers `release` until the returned function is called (by release itself). */
export function releaseOnExit(release: () => void): () => void {
  if (releases.size === 0) install();
  releases.add(release);
  return () => {
    releases.delete(release);
    if (releases.size === 0) uninstall();
  };
}
