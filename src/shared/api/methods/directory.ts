import { z } from 'zod';
import { campaignCreateSchema, campaignSchema, campaignUpdateSchema } from '../../domain/campaigns';
import { channelCreateSchema, channelSchema, channelUpdateSchema } from '../../domain/channels';
import { userNameSchema } from '../../domain/accounts';
import { personCreateSchema, personSchema, personUpdateSchema } from '../../domain/people';
import { settingsSchema, settingsUpdateSchema, timeZoneSchema } from '../../domain/settings';
import { zoneChangePreviewSchema, zoneChangeSchema } from '../../domain/zone-change';
import { byId, empty, method, adminOnly } from './define';

const listInactive = z.object({ includeInactive: z.boolean().default(false) }).strict();

/** The office itself: profile, people, channels and content pillars. */
export const directoryMethods = {
  'app.info': method({
    access: 'signedIn',
    summary: 'App version, schema version and row counts, for the About box and support.',
    request: empty,
    response: z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      counts: z.object({
        people: z.number(),
        channels: z.number(),
        campaigns: z.number(),
        posts: z.number(),
      }),
    }),
    errors: [],
  }),
  'settings.get': method({
    access: 'signedIn',
    summary: 'The office profile, signer, time zone, language and week start.',
    request: empty,
    response: settingsSchema,
    errors: [],
  }),
  'settings.update': method({
    access: adminOnly,
    summary:
      'Change some fields of the office profile; returns the whole profile. A new time zone that would move planned posts needs `zoneChange` (keep each local time, or keep the instants), else it is refused (conflict, errors.zoneChange.choiceRequired) and nothing is saved.',
    request: settingsUpdateSchema.extend({ zoneChange: zoneChangeSchema.optional() }),
    response: settingsSchema,
    errors: ['invalid_request', 'conflict', 'forbidden'],
  }),
  'settings.zoneChangePreview': method({
    access: adminOnly,
    summary:
      'What a change to this time zone would do: how many planned posts (scheduled, not in the trash, not published) would show another local time, with a few of them.',
    request: z.object({ timeZone: timeZoneSchema }).strict(),
    response: zoneChangePreviewSchema,
    errors: ['invalid_request'],
  }),
  'settings.setLogo': method({
    access: adminOnly,
    summary:
      'Set the letterhead logo of the printed schedule: a PNG or JPEG (≤ 2 MB, base64), checked and kept in the data directory.',
    request: z.object({ data: z.string().min(1).max(2_900_000) }).strict(),
    response: settingsSchema,
    errors: ['invalid_request', 'disk_full'],
  }),
  'settings.clearLogo': method({
    access: adminOnly,
    summary: 'Print the schedule without a letterhead logo.',
    request: empty,
    response: settingsSchema,
    errors: [],
  }),
  'people.list': method({
    access: 'signedIn',
    summary: 'People of the office, by name; archived people only when asked.',
    request: listInactive,
    response: z.array(personSchema),
    errors: [],
  }),
  'people.create': method({
    access: adminOnly,
    summary: 'Add a planner, approver or admin.',
    request: personCreateSchema.extend({ userName: userNameSchema.optional() }),
    response: personSchema,
    errors: ['invalid_request'],
  }),
  'people.update': method({
    access: adminOnly,
    summary: 'Rename, change role, or reactivate a person.',
    request: personUpdateSchema,
    response: personSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'people.archive': method({
    access: adminOnly,
    summary: 'Mark a person inactive; their history stays.',
    request: byId,
    response: personSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'channels.list': method({
    access: 'signedIn',
    summary: 'Social-media accounts and the website, in the order they were added.',
    request: listInactive,
    response: z.array(channelSchema),
    errors: [],
  }),
  'channels.create': method({
    access: adminOnly,
    summary: 'Add a channel; its colour defaults to the platform colour.',
    request: channelCreateSchema,
    response: channelSchema,
    errors: ['invalid_request'],
  }),
  'channels.update': method({
    access: adminOnly,
    summary: 'Change a channel’s name, handle, colour or platform, or reactivate it.',
    request: channelUpdateSchema,
    response: channelSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'channels.archive': method({
    access: adminOnly,
    summary: 'Mark a channel inactive; posts already planned keep it.',
    request: byId,
    response: channelSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'campaigns.list': method({
    access: 'signedIn',
    summary: 'Content pillars, by name; archived ones only when asked.',
    request: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    response: z.array(campaignSchema),
    errors: [],
  }),
  'campaigns.create': method({
    access: 'signedIn',
    summary: 'Add a content pillar with its colour.',
    request: campaignCreateSchema,
    response: campaignSchema,
    errors: ['invalid_request'],
  }),
  'campaigns.update': method({
    access: 'signedIn',
    summary: 'Change a content pillar, or bring it back from the archive.',
    request: campaignUpdateSchema,
    response: campaignSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'campaigns.archive': method({
    access: 'signedIn',
    summary: 'Archive a content pillar; past posts keep it.',
    request: byId,
    response: campaignSchema,
    errors: ['invalid_request', 'not_found'],
  }),
};
