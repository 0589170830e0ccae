// Types for native-binding.mjs.
export interface BindingTarget {
  runtime?: 'electron' | 'node';
  version: string;
  platform: string;
  arch: string;
}
export interface BindingPaths {
  cache: string;
  key: string;
  dir: string;
  file: string;
  stamp: string;
  log: string;
  scratch(pid: number): string;
  headers: string;
}
export interface BuildAttempt {
  name: 'prebuild-install' | 'node-gyp';
  script: string;
  args: string[];
}
export declare const bindingFileName: string;
export declare const stampFileName: string;
export declare const sqliteSourceEntries: string[];
export declare const electronHeadersUrl: string;
export declare function bindingKey(target: BindingTarget): string;
export declare function bindingPaths(root: string, target: BindingTarget): BindingPaths;
export declare function readSqliteVersion(root: string): string;
export declare function bindingIsCurrent(paths: BindingPaths, sqliteVersion: string): boolean;
export declare function deadScratchDirs(
  names: string[],
  key: string,
  isAlive: (pid: number) => boolean,
): string[];
export declare function buildAttempts(options: {
  target: BindingTarget;
  hostPlatform: string;
  tools: { prebuildInstall: string | null; nodeGyp: string | null };
  headersDir: string;
}): BuildAttempt[];
export declare function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
