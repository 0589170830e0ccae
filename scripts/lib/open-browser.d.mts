// Types for open-browser.mjs.
export interface OpenCommand {
  command: string;
  args: string[];
  windowsVerbatimArguments?: boolean;
}
export declare function hostUrlIn(line: string): string | null;
export declare function watchForHostUrl(onUrl: (url: string) => void): (text: string) => void;
export declare function browserOpenCommand(
  url: string,
  context: { platform: string; env: NodeJS.ProcessEnv; hasDisplay: boolean },
): OpenCommand | null;
export declare function openHostInBrowser(
  url: string,
  context: {
    platform: string;
    env: NodeJS.ProcessEnv;
    hasDisplay: boolean;
    spawn: (
      command: string,
      args: string[],
      options: object,
    ) => {
      once(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
      once(event: 'exit', listener: (code: number | null) => void): unknown;
      unref(): void;
    };
    log: (line: string) => void;
  },
): Promise<'opened' | 'skipped' | 'failed'>;
