import { app } from 'electron';
import type { LinimasaApp } from '../app';
import { createOfficeListener, type OfficeListener } from '../web/office-listener';

/**
 * "Buka untuk jaringan kantor" in the desktop app: the listener (web/office-listener.ts, no
 * Electron there) opens at start when the switch is on and follows the switch while the app
 * runs. The window opens at once whatever the network does: a port another program holds only
 * shows in Settings › Jaringan kantor. Quitting stops the listener gracefully first (running
 * requests finish, colleagues' streams end), then lets the quit go on to close the database.
 */
export function startOfficeHost(
  linimasa: LinimasaApp,
  options: { rendererDir: string; graceMs?: number },
): OfficeListener {
  const listener = createOfficeListener(linimasa, {
    rendererDir: options.rendererDir,
    graceMs: options.graceMs,
    onState: (state) => {
      if (state.state === 'on')
        console.log(`[office] open to the office network on ${state.listen}`);
      if (state.state === 'failed')
        console.warn(`[office] cannot open ${state.listen}: ${state.problem}`);
    },
  });
  void listener.apply();

  let stopped = false;
  let stopping = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    void listener
      .close()
      .catch((error: unknown) => console.error('[office] stop failed', error))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
  return listener;
}
