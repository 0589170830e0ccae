// Types for electron-binary.mjs.
export declare function electronExecutableName(platform: string): string;
export declare function readElectronVersion(electronDir: string): string | null;
export declare function findElectronBinary(
  electronDir: string,
  env?: NodeJS.ProcessEnv,
  platform?: string,
): string | null;
