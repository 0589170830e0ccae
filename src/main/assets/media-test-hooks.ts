/**
 * Faults the media worker can be told to simulate, for tests only: they read one environment
 * variable that nothing in the app sets, so in production this is always `{}`. The variable is
 * inherited by the worker processes a test's pool forks.
 *
 * - `crashOn`: a file whose path or bytes contain this text makes the worker die mid-job, without
 *   a word, the way a native crash in libvips would;
 * - `sharpMissing`: sharp fails to load, as when libvips is absent or quarantined.
 */
export interface MediaTestHooks {
  crashOn?: string;
  sharpMissing?: boolean;
}

export const mediaTestHooksVariable = 'LINIMASA_MEDIA_WORKER_TEST';

export function mediaTestHooks(): MediaTestHooks {
  const raw = process.env[mediaTestHooksVariable];
  if (!raw) return {};
  try {
    return JSON.parse(raw) as MediaTestHooks;
  } catch {
    return {};
  }
}
