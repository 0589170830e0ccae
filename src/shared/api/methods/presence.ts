import { z } from 'zod';
import { idSchema } from '../../domain/common';
import { method } from './define';

/** Who is editing which post right now, by name: soft presence ("Sedang diubah oleh Nurul"). */
export const presenceEntrySchema = z.object({
  postId: idSchema,
  person: z.object({ id: idSchema, name: z.string() }),
  /** When the last heartbeat came; an entry older than a minute is gone. */
  since: z.string(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

/** An editor's heartbeat comes this often; an entry without one for `presenceTtlMs` expires. */
export const presenceHeartbeatMs = 20_000;
export const presenceTtlMs = 60_000;

/**
 * Soft presence: nothing is locked. The editor says every 20 s which post it has open, and that
 * it closed it; the live stream announces each change (kind `presence`) and the calendar and the
 * editor read the table again.
 */
export const presenceMethods = {
  'presence.editing': method({
    access: 'signedIn',
    summary:
      'The editor has this post open (heartbeat every 20 s); after 60 s without one the entry expires.',
    request: z.object({ postId: idSchema }).strict(),
    response: z.object({ editing: z.array(presenceEntrySchema) }),
    errors: ['invalid_request'],
  }),
  'presence.left': method({
    access: 'signedIn',
    summary: 'The editor closed this post.',
    request: z.object({ postId: idSchema }).strict(),
    response: z.object({ left: z.literal(true) }),
    errors: ['invalid_request'],
  }),
  'presence.list': method({
    access: 'signedIn',
    summary: 'Who is editing which post now (each person once per post), for calendar chips.',
    request: z.object({}).strict(),
    response: z.array(presenceEntrySchema),
    errors: [],
  }),
} as const;
