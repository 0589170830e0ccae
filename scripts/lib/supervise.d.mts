// Types for supervise.mjs.
import type { SpawnOptions } from 'node:child_process';
export declare const stderrKeep: number;
export declare function supervise(
  command: string,
  args: string[],
  options?: SpawnOptions,
  tee?: { stdout?: (text: string) => void; stderr?: (text: string) => void },
): Promise<{ code: number | null; signal: NodeJS.Signals | null } | { spawnError: string }>;
export declare function tailKeeper(limit?: number): ((text: string) => void) & {
  text(): string;
};
