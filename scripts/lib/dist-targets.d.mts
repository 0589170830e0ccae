// Types for dist-targets.mjs.
export interface DistTarget {
  /** electron-builder's name: linux | win | mac */
  os: 'linux' | 'win' | 'mac';
  /** x64 | arm64 (the same word in Node and electron-builder) */
  arch: string;
  /** Node's name: linux | win32 | darwin */
  platform: string;
  /** For messages: "Windows x64" */
  label: string;
}
export declare const supportedArchs: string[];
export declare class DistTargetError extends Error {}
export declare function distTargets(
  args: string[],
  host?: { platform: string; arch: string },
): DistTarget[];
export interface NativeFile {
  name: string;
  path: string;
  version?: string;
}
export declare function requiredNativeFiles(
  modulesDir: string,
  target: { platform: string; arch: string },
): NativeFile[];
export declare function missingNativeFiles(
  modulesDir: string,
  target: { platform: string; arch: string },
): string[];
export declare function nativeInstallCommand(
  modulesDir: string,
  target: { platform: string; arch: string },
): string;
export declare function nativeCheckMessage(
  modulesDir: string,
  targets: { platform: string; arch: string; label: string }[],
): string | null;
