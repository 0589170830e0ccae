import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function`, after probing whether eval works. Under the
 * app's CSP (no 'unsafe-eval') the probe is refused and reported as a policy violation, in the
 * console and to any CSP report hook. Jitless skips probe and compiler alike. The probe runs when
 * an object schema is built, i.e. while src/shared/api/contract.ts is imported, so this module has
 * to be evaluated first (main.tsx imports it before anything else).
 */
config({ jitless: true });
