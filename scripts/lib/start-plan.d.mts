// Types for start-plan.mjs.
import type { InstallFailure } from './electron-failure.mjs';
export type FallbackReason =
  'forced' | InstallFailure | 'no-installer' | 'no-display' | 'spawn-failed' | 'electron-failed';
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}
export interface StartSteps {
  env: NodeJS.ProcessEnv;
  log(line: string): void;
  buildStaleness(): 'missing' | 'outdated' | null;
  build(): boolean;
  findElectron(): string | null;
  canInstallElectron: boolean;
  hasDisplay: boolean;
  installElectron(): Promise<
    { ok: true; detail?: string } | { ok: false; failure: InstallFailure; detail?: string }
  >;
  launchElectron(
    binary: string,
  ): Promise<(ChildExit & { stderr: string }) | { spawnError: string }>;
  machine: { platform: string; userNamespacesRestricted: boolean | null };
  launchWeb(): Promise<ChildExit>;
}
export declare function fallbackLine(reason: FallbackReason, detail?: string): string;
export declare function hasDisplay(platform: string, env: NodeJS.ProcessEnv): boolean;
export declare function electronEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function exitCodeFor(
  code: number | null | undefined,
  signal: NodeJS.Signals | null | undefined,
): number;
export declare function runStart(steps: StartSteps): Promise<number>;
