import type { LinimasaApp } from '../app';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Thrown for a wrong command line: the runner prints it with the usage and exits 2. */
export class UsageError extends Error {}

export interface CliCommand {
  name: string;
  /** One line for the usage text, Indonesian first. */
  summary: string;
  /**
   * Opt-in: the command takes arguments after its name (`import-assets PATH...`), named in the
   * usage by `arguments`. Other commands refuse stray arguments.
   */
  positionals?: true;
  /** How the usage shows the arguments, e.g. `PATH...`; required with positionals. */
  arguments?: string;
  /** Extra flags, as node:util parseArgs options; every value arrives as a string. */
  options?: Record<string, { type: 'string' | 'boolean'; description: string }>;
  /** Checks the flags before the data directory is opened; throws UsageError. */
  validate?(values: Record<string, string | boolean | undefined>, positionals: string[]): void;
  /**
   * For commands that must run with the database closed (restore): the runner hands over the
   * data directory instead of opening it.
   */
  withoutApp?: true;
  /**
   * The command writes the library or replaces the database: it takes the data directory's
   * owner lock (refused with exit 1 while the app, the browser host or another writer has it).
   * Other commands only read and run beside them, without start-up sweeps.
   */
  owner?: true | ((dataDir: string) => boolean);
  /**
   * `init`: creates the database even in a folder that holds a library or backups (elsewhere a
   * missing database is refused with the ways on).
   */
  createsDatabase?: true;
  run(
    app: LinimasaApp,
    values: Record<string, string | boolean | undefined>,
    io: CliIo,
    positionals: string[],
    dataDir: string,
  ): Promise<number> | number;
}

/** A positive whole number from a flag, or a UsageError that names the flag. */
export function positiveInt(values: Record<string, unknown>, flag: string, max: number): number {
  const raw = values[flag];
  if (raw === undefined) throw new UsageError(`--${flag} wajib diisi.`);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`--${flag} harus bilangan bulat 1–${max}, bukan "${String(raw)}".`);
  }
  return value;
}

/**
 * Ctrl-C stops the work cleanly (nothing half-written stays) instead of killing the process;
 * `message` tells the officer what stopping leaves behind.
 */
export async function withInterrupt<T>(
  io: CliIo,
  message: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const stop = () => {
    io.err(message);
    controller.abort();
  };
  process.once('SIGINT', stop);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', stop);
  }
}
