import { runCli } from '../../src/main/cli/run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process as `npm run cli -- …` would, with its output captured. */
export async function runCliCaptured(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
