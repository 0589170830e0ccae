import { z } from 'zod';
import { hostStatusSchema } from '../../domain/host-status';
import { adminOnly, empty, method } from './define';

/** Running the office host (issue 14): its status page and ending a session. */
export const operationsMethods = {
  'operations.status': method({
    access: adminOnly,
    summary:
      'The host’s status for administrators: connected sessions (person, role, client, signed in at, last activity, live event streams), uptime and version, free disk space of the data directory, database size, the newest backup, asset count and size, and warnings (disk nearly full, no backup for over a day).',
    request: empty,
    response: hostStatusSchema,
    errors: [],
  }),
  'operations.endSession': method({
    access: adminOnly,
    summary:
      '"Keluarkan": ends one connected session (by the `ref` of operations.status), logged in the security log as session_ended with the administrator’s name. One’s own session is refused (use "Keluar").',
    request: z.object({ ref: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
    response: z.object({ ended: z.literal(true) }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
} as const;
