import { z } from 'zod';
import type { ApiResult, ErrorCode } from './errors';
import { idSchema } from '../domain/common';
import { settingsSchema, settingsUpdateSchema } from '../domain/settings';
import { personCreateSchema, personSchema, personUpdateSchema } from '../domain/people';
import { channelCreateSchema, channelSchema, channelUpdateSchema } from '../domain/channels';
import { campaignCreateSchema, campaignSchema, campaignUpdateSchema } from '../domain/campaigns';

/**
 * The one contract between the renderer and the main process. Every transport (Electron IPC,
 * HTTP) and every client (preload, browser) is typed by it, and main parses each request with
 * its schema before any service sees it. docs/API.md is generated from this table.
 */
interface MethodDefinition<Req extends z.ZodType, Res extends z.ZodType> {
  summary: string;
  request: Req;
  response: Res;
  errors: readonly ErrorCode[];
}

const method = <Req extends z.ZodType, Res extends z.ZodType>(
  definition: MethodDefinition<Req, Res>,
): MethodDefinition<Req, Res> => definition;

const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const listInactive = z.object({ includeInactive: z.boolean().default(false) }).strict();

export const contract = {
  'app.info': method({
    summary: 'App version, schema version and row counts, for the About box and support.',
    request: empty,
    response: z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      counts: z.object({ people: z.number(), channels: z.number(), campaigns: z.number() }),
    }),
    errors: [],
  }),
  'settings.get': method({
    summary: 'The office profile, signer, time zone, language and week start.',
    request: empty,
    response: settingsSchema,
    errors: [],
  }),
  'settings.update': method({
    summary: 'Change some fields of the office profile; returns the whole profile.',
    request: settingsUpdateSchema,
    response: settingsSchema,
    errors: ['invalid_request'],
  }),
  'people.list': method({
    summary: 'People of the office, by name; archived people only when asked.',
    request: listInactive,
    response: z.array(personSchema),
    errors: [],
  }),
  'people.create': method({
    summary: 'Add a planner, approver or admin.',
    request: personCreateSchema,
    response: personSchema,
    errors: ['invalid_request'],
  }),
  'people.update': method({
    summary: 'Rename, change role, or reactivate a person.',
    request: personUpdateSchema,
    response: personSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'people.archive': method({
    summary: 'Mark a person inactive; their history stays.',
    request: byId,
    response: personSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'channels.list': method({
    summary: 'Social-media accounts and the website, in the order they were added.',
    request: listInactive,
    response: z.array(channelSchema),
    errors: [],
  }),
  'channels.create': method({
    summary: 'Add a channel; its colour defaults to the platform colour.',
    request: channelCreateSchema,
    response: channelSchema,
    errors: ['invalid_request'],
  }),
  'channels.update': method({
    summary: 'Change a channel’s name, handle, colour or platform, or reactivate it.',
    request: channelUpdateSchema,
    response: channelSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'channels.archive': method({
    summary: 'Mark a channel inactive; posts already planned keep it.',
    request: byId,
    response: channelSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'campaigns.list': method({
    summary: 'Content pillars, by name; archived ones only when asked.',
    request: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    response: z.array(campaignSchema),
    errors: [],
  }),
  'campaigns.create': method({
    summary: 'Add a content pillar with its colour.',
    request: campaignCreateSchema,
    response: campaignSchema,
    errors: ['invalid_request'],
  }),
  'campaigns.update': method({
    summary: 'Change a content pillar, or bring it back from the archive.',
    request: campaignUpdateSchema,
    response: campaignSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'campaigns.archive': method({
    summary: 'Archive a content pillar; past posts keep it.',
    request: byId,
    response: campaignSchema,
    errors: ['invalid_request', 'not_found'],
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

/** What a caller passes (defaults may be left out). */
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type GroupOf<M> = M extends `${infer G}.${string}` ? G : never;
type VerbOf<M, G extends string> = M extends `${G}.${infer V}` ? V : never;

/**
 * The client's view, grouped: `api.people.create({ name, role })`. The preload's object must
 * `satisfies` this type, so a method added to the contract and missing there fails to compile.
 */
export type LinimasaApi = {
  [G in GroupOf<MethodName>]: {
    [V in VerbOf<MethodName, G>]: `${G}.${V}` extends infer M extends MethodName
      ? (request: RequestOf<M>) => Promise<ApiResult<ResponseOf<M>>>
      : never;
  };
};

/** The channel prefix for Electron IPC; main refuses any other. */
export const ipcChannelPrefix = 'linimasa:';
