// Types for start-plan.mjs.
export type FallbackReason =
  'forced' | 'no-electron' | 'no-display' | 'native-failed' | 'spawn-failed';
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
  installElectron(): Promise<string | undefined>;
  ensureBinding(): string;
  launchElectron(binary: string, binding: string): Promise<ChildExit | { spawnError: string }>;
  launchWeb(): Promise<ChildExit>;
}
export declare function fallbackLine(reason: FallbackReason, detail?: string): string;
export declare function hasDisplay(platform: string, env: NodeJS.ProcessEnv): boolean;
export declare function electronEnv(env: NodeJS.ProcessEnv, bindingPath: string): NodeJS.ProcessEnv;
export declare function exitCodeFor(
  code: number | null | undefined,
  signal: NodeJS.Signals | null | undefined,
): number;
export declare function runStart(steps: StartSteps): Promise<number>;
