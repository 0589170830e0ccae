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
