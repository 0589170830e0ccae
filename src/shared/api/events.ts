import { z } from 'zod';
import { idSchema, instantSchema } from '../domain/common';
import { roleSchema } from '../domain/people';

/**
 * What changed, for the live stream (`GET /events`, server-sent events). An event names the
 * things that changed and who changed them; the client reloads what it shows of them through the
 * ordinary API, which applies the ordinary access rules. So an event carries no content.
 */
export const changeKinds = [
  'post',
  'series',
  'asset',
  'comment',
  'notification',
  'settings',
  'people',
  'job',
  'presence',
  /** The planner's notes of a report period (Laporan). */
  'report',
  'province',
] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const changeEventSchema = z.object({
  /** Position in the host's stream since it started: the SSE `id`, for `Last-Event-ID`. */
  seq: z.number().int().positive(),
  kind: z.enum(changeKinds),
  /** The ids of what changed (posts, assets, …); empty when the whole kind should be reread. */
  ids: z.array(idSchema),
  /** A post's version after the change, when there is one post. */
  version: z.number().int().optional(),
  /** The contract method that made the change ("posts.update"), when one did. */
  method: z.string().optional(),
  /** Who did it (null: the host itself, a job, the CLI). */
  by: z.object({ id: idSchema, name: z.string() }).nullable(),
  at: instantSchema,
  /** Only these people receive it (a notification); absent: everyone allowed to see the kind. */
  to: z.array(idSchema).optional(),
  /** Only these roles receive it; absent: every role. */
  roles: z.array(roleSchema).optional(),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

/** What a publisher supplies; the bus numbers and stamps it. */
export type ChangeInput = Omit<ChangeEvent, 'seq' | 'at'> & { at?: string };

/**
 * The wire: each event is `id: <seq>\nevent: change\ndata: <ChangeEvent JSON>\n\n`. After a
 * reconnect whose `Last-Event-ID` is older than the host still holds (or from before a host
 * restart), the stream sends one `event: reload` with `data: {"reason":"too_old"|"restarted"}`
 * and the client rereads everything it shows.
 */
export const sseEventNames = { change: 'change', reload: 'reload', hello: 'hello' } as const;
