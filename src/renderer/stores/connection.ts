import { create } from 'zustand';

/**
 * Whether the office host answers (issue 14, a colleague's browser on the LAN). The API client
 * reports every call: a network failure marks the host unreachable at once, any reply marks it
 * reachable again. While unreachable a probe (`app.info`) runs every 3 s, backing off to 15 s,
 * so the app notices the host's return even when nobody clicks. The outbox listens for the
 * return (`reconnected`) to send what was kept on this device, and words "N perubahan terkirim".
 */
export interface ConnectionState {
  reachable: boolean;
  /**
   * This window reaches the host over the office network (a colleague's computer, the desktop
   * app's "Hubungkan ke kantor"), as the host's `network.info` said; false on the host itself.
   */
  overNetwork: boolean;
  /** When the host was first missed (ms since epoch); null while reachable. */
  lostAt: number | null;
  /** The last return: how many kept changes went out then; null until one happened. */
  reconnected: { at: number; sent: number } | null;
  /** A call (or the event stream) got a reply, or did not. */
  report(reachable: boolean): void;
  /** The outbox says how many changes it sent after the return. */
  sentAfterReturn(sent: number): void;
  /** Hides "Tersambung kembali". */
  dismissReconnected(): void;
  setOverNetwork(overNetwork: boolean): void;
  /** The call that checks the host while it is missed; set once by the API module. */
  setProbe(probe: () => Promise<unknown>): void;
}

export interface ConnectionTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

/** Probe delays while the host is missed: 3 s, then doubling, never more than 15 s. */
export const probeDelays = { first: 3_000, max: 15_000 } as const;
export const nextProbeDelay = (delay: number): number => Math.min(delay * 2, probeDelays.max);

const realTimers: ConnectionTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export function createConnectionStore(timers: ConnectionTimers = realTimers) {
  let probe: (() => Promise<unknown>) | null = null;
  let timer: unknown = null;
  let delay: number = probeDelays.first;

  return create<ConnectionState>()((set, get) => {
    const stopProbing = () => {
      if (timer !== null) timers.clear(timer);
      timer = null;
    };
    const schedule = () => {
      stopProbing();
      timer = timers.set(() => {
        timer = null;
        delay = nextProbeDelay(delay);
        // The client reports the outcome; a probe still missing schedules the next one.
        const again = () => {
          if (!get().reachable && timer === null) schedule();
        };
        // A probe that throws (it should not: the client resolves) still leads to the next one.
        void (probe?.() ?? Promise.resolve()).then(again, again);
      }, delay);
    };

    return {
      reachable: true,
      overNetwork: false,
      lostAt: null,
      reconnected: null,
      report(reachable) {
        const state = get();
        if (reachable === state.reachable) return;
        if (reachable) {
          stopProbing();
          set({ reachable: true, lostAt: null });
        } else {
          delay = probeDelays.first;
          set({ reachable: false, lostAt: timers.now(), reconnected: null });
          schedule();
        }
      },
      sentAfterReturn(sent) {
        if (get().reachable) set({ reconnected: { at: timers.now(), sent } });
      },
      dismissReconnected: () => set({ reconnected: null }),
      setOverNetwork: (overNetwork) => set({ overNetwork }),
      setProbe(next) {
        probe = next;
      },
    };
  });
}

/**
 * The catalogue key for any call that got no answer from the host, on every screen (the API
 * client words it once, `api/index.ts`): at a colleague's computer the office host is what is
 * missing ("Perlu sambungan ke komputer kantor.", as the editor says before it even tries); on
 * the host's own computer it is Linimasa itself, whose terminal may have been closed.
 */
export const unreachableWordsKey = (
  state: Pick<ConnectionState, 'overNetwork'>,
): 'offline.needsHost' | 'errors.network' =>
  state.overNetwork ? 'offline.needsHost' : 'errors.network';

export const useConnection = createConnectionStore();

/** For the event stream (and anything else that talks to the host outside the API client). */
export const reportReachability = (reachable: boolean): void =>
  useConnection.getState().report(reachable);
