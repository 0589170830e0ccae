// Types for package-bin.mjs.
export declare const repoRoot: string;
export declare function resolveBin(fromDir: string, pkg: string, name?: string): string | null;
