// Types for build-state.mjs (the scripts are plain ESM, run by Node without a compile step).
export declare const buildInputs: string[];
export declare function newestMtime(path: string): number;
export declare function buildOutputs(root: string): string[];
export declare function buildStaleness(root: string): 'missing' | 'outdated' | null;
