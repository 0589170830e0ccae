import type { NetworkInfo } from '../../shared/api/methods/network';
import type {
  DesktopHostProblem,
  DesktopHostState,
  HostSetting,
} from '../../shared/domain/office-network';
import type { LinimasaApp } from '../app';
import { networkSettingsRepository } from '../db/repositories/network-settings';
import type { Interfaces } from '../network/addresses';
import { CertificateError } from '../network/certificate';
import { ListenAddressError, parseListenAddress } from '../network/listen-address';
import { hostCertificate } from './host-certificate';
import { serveApp, type AppServer } from './host';

/**
 * The desktop app's switch "Buka untuk jaringan kantor" (settings.network_listen / network_tls)
 * made real: the same HTTP transport as `npm run serve` (web/host.ts `serveApp`: a session on
 * every network request, Host/Origin checks, TLS, graceful stop), opened on the stored address
 * for the app the desktop already has open. No `electron` here: electron/office-host.ts is the
 * glue, and tests drive this module with real sockets.
 *
 * A change of the switch in Settings applies at once (an administrator who ticks "Buka" expects
 * colleagues to get in now, and one who unticks it expects them out now): the listener follows
 * `network.setHostSetting` on the app's event bus. A port another program holds leaves the app
 * running on this computer; the state says why, and Settings words it.
 */
export interface OfficeListener {
  /** Reads the stored switch and opens, reopens or closes the listener to match. */
  apply(): Promise<DesktopHostState>;
  state(): DesktopHostState;
  /** `network.info` as the desktop window sees it: this listener's addresses and certificate. */
  info(): NetworkInfo;
  /** Stops following the switch and closes the listener gracefully (running requests finish). */
  close(): Promise<void>;
}

export interface OfficeListenerOptions {
  /** The built renderer colleagues' browsers load. */
  rendererDir: string;
  /** This computer's network cards (tests name their own). */
  interfaces?: () => Interfaces;
  /** How long a stop lets running requests finish (10 s). */
  graceMs?: number;
  /** Told after every change of state (the desktop logs it). */
  onState?(state: DesktopHostState): void;
}

const sameSetting = (a: HostSetting | null, b: HostSetting) =>
  a !== null && a.listen === b.listen && a.tls === b.tls;

export function createOfficeListener(
  app: LinimasaApp,
  options: OfficeListenerOptions,
): OfficeListener {
  const settings = networkSettingsRepository(app.db);
  let state: DesktopHostState = { state: 'off' };
  let server: AppServer | null = null;
  /** The setting the current state answers (null: none applied yet). */
  let applied: HostSetting | null = null;
  let closed = false;
  // One change at a time, in the order asked: a quick off-on-off ends off.
  let queue: Promise<unknown> = Promise.resolve();

  const setState = (next: DesktopHostState) => {
    state = next;
    options.onState?.(next);
    // Settings (the desktop window and administrators' browsers) reread network.info.
    app.events.publish({
      kind: 'settings',
      ids: [],
      by: null,
      method: 'network.listener',
      roles: ['admin'],
    });
  };

  async function stop(): Promise<void> {
    const running = server;
    server = null;
    if (running) await running.close();
  }

  async function reconcile(): Promise<DesktopHostState> {
    if (closed) return state;
    const wanted = settings.get();
    if (sameSetting(applied, wanted) && state.state !== 'failed') return state;
    applied = wanted;
    await stop();
    if (wanted.listen === null) {
      if (state.state !== 'off') setState({ state: 'off' });
      return state;
    }
    setState({ state: 'starting', listen: wanted.listen });
    try {
      const listen = [parseListenAddress(wanted.listen)];
      const interfaces = options.interfaces?.();
      const tls = await hostCertificate(
        app.paths.root,
        wanted.tls ? { kind: 'self-signed' } : null,
        {
          listen,
          names: [],
          interfaces,
        },
      );
      server = await serveApp(app, {
        listen,
        tls,
        rendererDir: options.rendererDir,
        graceMs: options.graceMs,
        interfaces: options.interfaces,
        // A browser on this listener sees its state too (Settings: the switch applies at once).
        desktopHost: () => state,
      });
      if (closed) {
        await stop();
        return state;
      }
      setState({ state: 'on', listen: wanted.listen });
    } catch (error) {
      const problem = problemOf(error);
      if (problem === 'failed') console.error('[office-listener] cannot open', error);
      setState({ state: 'failed', listen: wanted.listen, problem });
    }
    return state;
  }

  const apply = (): Promise<DesktopHostState> => {
    const next = queue.then(reconcile, reconcile);
    queue = next;
    return next;
  };

  const unsubscribe = app.events.subscribe((event) => {
    if (event.method === 'network.setHostSetting') void apply();
  });

  return {
    apply,
    state: () => state,
    info() {
      const http = state.state === 'on' ? server?.http : undefined;
      return {
        tls: Boolean(http?.fingerprint),
        fingerprint: http?.fingerprint ?? null,
        addresses: http?.addresses ?? [],
        network: false,
        desktopHost: state,
      };
    },
    async close() {
      closed = true;
      unsubscribe();
      await queue.catch(() => undefined);
      await stop();
    },
  };
}

function problemOf(error: unknown): DesktopHostProblem {
  if (error instanceof ListenAddressError) return error.problem;
  if (error instanceof CertificateError) return 'certificate';
  return 'failed';
}
