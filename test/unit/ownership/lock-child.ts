/**
 * Holds a data directory's owner lock and nothing else, with no signal handler of its own
 * (like `seed-demo`): what Ctrl+C must still clean up. Refused, it prints why and exits 1.
 */
import { acquireOwnerLock } from '../../../src/main/ownership/owner-lock';

try {
  acquireOwnerLock(process.argv[2]!, 'cli:seed-demo');
  console.log('locked');
  setInterval(() => undefined, 60_000);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
