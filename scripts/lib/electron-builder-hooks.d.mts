// Types for electron-builder-hooks.mjs (the part of electron-builder's AfterPackContext it uses).
export declare function afterPack(context: {
  appOutDir: string;
  electronPlatformName: string;
  /** builder-util's Arch: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal */
  arch: number;
  packager: { getResourcesDir(appOutDir: string): string };
}): Promise<void>;
