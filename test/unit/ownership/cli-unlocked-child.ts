/**
 * The CLI with the owner lock turned off (runCli's test-only option): lets the race test run
 * writers side by side, as if the lock had failed, to prove the store alone loses nothing.
 */
import { runCli } from '../../../src/main/cli/run';

void runCli(
  process.argv.slice(2),
  { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env },
  { ownerLock: false },
).then((code) => {
  process.exitCode = code;
});
