// Types for dist-targets.mjs.
export interface DistTarget {
  /** electron-builder's names: linux | win | mac, x64 | ia32 | arm64 | armv7l */
  os: 'linux' | 'win' | 'mac';
  builderArch: string;
  /** Node's names, for prebuild-install and node-gyp */
  platform: string;
  arch: string;
}
export declare const stagedBindingPattern: string;
export declare function stagedBindingPath(root: string, os: string, builderArch: string): string;
export declare function distTargets(
  args: string[],
  host?: { platform: string; arch: string },
): DistTarget[];
