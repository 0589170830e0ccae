// Types for build-state.mjs (the scripts are plain ESM, run by Node without a compile step).
export type BuildTarget = 'app' | 'renderer';
export declare const buildInputs: Record<BuildTarget, string[]>;
export declare function newestMtime(path: string): number;
export declare function buildOutputs(root: string, target?: BuildTarget): string[];
export declare function buildStaleness(
  root: string,
  target?: BuildTarget,
): 'missing' | 'outdated' | null;
