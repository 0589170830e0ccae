// Types for electron-builder-hooks.mjs (the part of electron-builder's AfterPackContext it uses).
export declare function afterPack(context: {
  appOutDir: string;
  packager: { getResourcesDir(appOutDir: string): string };
}): Promise<void>;
