// Types for electron-failure.mjs.
export type InstallFailure = 'network' | 'timeout' | 'failed';
export declare function classifyInstallFailure(observed: {
  timedOut?: boolean;
  logText?: string;
}): InstallFailure;
export interface ElectronDiagnosis {
  kind: 'apparmor' | 'sandbox-helper' | 'missing-library' | 'no-display' | 'aborted' | 'exited';
  lines: string[];
  fallback: boolean;
}
export declare function diagnoseElectronExit(
  exit: { code: number | null; signal: NodeJS.Signals | null; stderr?: string },
  facts: { platform: string; userNamespacesRestricted: boolean | null },
): ElectronDiagnosis | null;
