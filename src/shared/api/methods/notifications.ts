import { z } from 'zod';
import { idSchema } from '../../domain/common';
import { inboxSchema } from '../../domain/notifications';
import { empty, method } from './define';

/** The caller's own notification inbox: nobody reads or marks another person's. */
export const notificationMethods = {
  'notifications.list': method({
    access: 'signedIn',
    summary:
      "The caller's notifications, newest first, 100 at a time (mentioned, submitted for my check or approval, changes requested on or approval of my post, comment on a post I follow), with the unread count; `before` (a notification's id) gives the next older page, and `more` says whether one follows.",
    request: z.object({ before: idSchema.optional() }).strict(),
    response: inboxSchema,
    errors: ['invalid_request'],
  }),
  'notifications.markRead': method({
    access: 'signedIn',
    summary: "Mark some of the caller's notifications read; returns the inbox.",
    request: z.object({ ids: z.array(idSchema).min(1).max(500) }).strict(),
    response: inboxSchema,
    errors: ['invalid_request'],
  }),
  'notifications.markAllRead': method({
    access: 'signedIn',
    summary: "Mark all of the caller's notifications read; returns the inbox.",
    request: empty,
    response: inboxSchema,
    errors: ['invalid_request'],
  }),
} as const;
