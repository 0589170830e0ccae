// Types for electron-native.mjs.
import type { BindingTarget, BuildAttempt } from './lib/native-binding.mjs';

export interface RunResult {
  ok: boolean;
  status?: number | null;
  signal?: string | null;
  error?: string;
}
export type Runner = (
  attempt: BuildAttempt,
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
) => RunResult;
export interface EnsureOptions {
  root?: string;
  run?: Runner;
  log?: (line: string) => void;
  /** JS entry points of the build tools; resolved from node_modules when omitted. */
  tools?: { prebuildInstall: string | null; nodeGyp: string | null };
}
export declare const repoRoot: string;
export declare class NativeBindingError extends Error {
  logFile: string | null;
  constructor(message: string, logFile: string | null);
}
export declare function resolveBin(fromDir: string, pkg: string): string | null;
export declare const runLogged: Runner;
export declare function ensureSqliteBinding(target: BindingTarget, options?: EnsureOptions): string;
export declare function ensureElectronSqliteBinding(
  options?: { electronVersion?: string; arch?: string; platform?: string } & EnsureOptions,
): string;
