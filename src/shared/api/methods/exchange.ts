import { z } from 'zod';
import { nameSchema } from '../../domain/common';
import { officeLevelSchema, regionCodeSchema } from '../../exchange/region';
import { absolutePath, adminOnly, empty, method } from './define';

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const ownOfficeSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: officeLevelSchema,
  /** SHA-256 of the Ed25519 public key, 64 hex digits (shown grouped by four). */
  fingerprint: z.string(),
  /** The exchange folder, or null when none is chosen yet. */
  folder: z.string().nullable(),
});

export const knownOfficeSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: officeLevelSchema,
  fingerprint: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type KnownOfficeView = z.infer<typeof knownOfficeSchema>;

export const exchangeStatusSchema = z.object({
  /** Null until the administrator sets this office's region code, name and level. */
  identity: ownOfficeSchema.nullable(),
  offices: z.array(knownOfficeSchema),
});
export type ExchangeStatus = z.infer<typeof exchangeStatusSchema>;

export const arrivalSchema = z.object({
  id: z.number().int(),
  /** `<sender code>/outbox/<file name>` inside the exchange folder. */
  file: z.string(),
  senderCode: z.string(),
  /** The sender's name when it is a known office. */
  senderName: z.string().nullable(),
  seq: z.number().int().nullable(),
  kind: z.string().nullable(),
  outcome: z.enum(['applied', 'refused', 'duplicate']),
  /** For a refusal: the catalog key under `errors.` and its values. */
  reasonKey: z.string().nullable(),
  reasonParams: paramsSchema.nullable(),
  at: z.string(),
});
export type ArrivalView = z.infer<typeof arrivalSchema>;

export const passItemSchema = z.object({
  file: z.string(),
  senderCode: z.string(),
  seq: z.number().int(),
  kind: z.string(),
  outcome: z.enum(['applied', 'duplicate', 'refused', 'waiting', 'failed']),
  reasonKey: z.string().optional(),
  reasonParams: paramsSchema.optional(),
  detail: z.string().optional(),
});
export type PassItemView = z.infer<typeof passItemSchema>;

const officeCardView = z.object({
  name: z.string(),
  code: z.string(),
  level: officeLevelSchema,
  fingerprint: z.string(),
});

/** An identity card found in another office's outbox, not known here with its key. */
export const firstContactSchema = officeCardView.extend({
  /** `<code>/outbox/<file name>` inside the exchange folder. */
  file: z.string(),
  /** The code is known here with another key: a warning, never confirmed from the folder. */
  keyDiffers: z.boolean(),
});
export type FirstContactView = z.infer<typeof firstContactSchema>;

/** The exchange between offices through a shared folder (issue 16). */
export const exchangeMethods = {
  'exchange.status': method({
    summary:
      'This office’s identity for the exchange (region code, name, level, key fingerprint, folder) and the offices it knows.',
    access: 'signedIn',
    request: empty,
    response: exchangeStatusSchema,
    errors: [],
  }),
  'exchange.arrivals': method({
    summary:
      'What arrived through the exchange folder, newest first: from whom, when, what, and for a refused file the reason (a catalog key with its values).',
    access: 'signedIn',
    request: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.array(arrivalSchema),
    errors: [],
  }),
  'exchange.setIdentity': method({
    summary:
      'Sets this office’s region code (NN for a province, NN.NN for a regency or city), name and level. The first time, makes the Ed25519 signing key; the key is never replaced.',
    access: adminOnly,
    request: z
      .object({ code: regionCodeSchema, name: nameSchema(200), level: officeLevelSchema })
      .strict(),
    response: exchangeStatusSchema,
    errors: ['invalid_request'],
  }),
  'exchange.setFolder': method({
    summary:
      'The exchange folder (shared with Syncthing or carried on a flash drive), or null. Linimasa writes only into <folder>/<own code>/outbox/.',
    access: adminOnly,
    request: z.object({ folder: absolutePath('D:\\Pertukaran').nullable() }).strict(),
    response: exchangeStatusSchema,
    errors: ['invalid_request', 'conflict'],
  }),
  'exchange.identityFile': method({
    summary:
      'This office’s identity file (.linimasa-kantor.json: name, code, level, public key, signed by itself) to hand to other offices.',
    access: adminOnly,
    request: empty,
    response: z.object({ fileName: z.string(), text: z.string() }),
    errors: ['conflict'],
  }),
  'exchange.readIdentity': method({
    summary:
      'Reads another office’s identity file and checks its own signature, without adding it: the administrator compares the fingerprint with that office first.',
    access: adminOnly,
    request: z.object({ text: z.string().min(1).max(100_000) }).strict(),
    response: officeCardView,
    errors: ['invalid_request'],
  }),
  'exchange.importOffice': method({
    summary:
      'Adds another office from its identity file once the administrator confirms its fingerprint. A known code with another key is refused.',
    access: adminOnly,
    request: z
      .object({ text: z.string().min(1).max(100_000), fingerprint: z.string().min(1).max(200) })
      .strict(),
    response: z.object({ office: knownOfficeSchema, added: z.boolean() }),
    errors: ['invalid_request', 'conflict'],
  }),
  'exchange.sendIdentity': method({
    summary:
      'Puts this office’s identity card (kind identity, for every office) into its outbox: how other offices first see it (first contact) and how a new name reaches them. Settings sends it when a folder is chosen.',
    access: adminOnly,
    request: empty,
    response: z.object({ file: z.string() }),
    errors: ['invalid_request', 'conflict'],
  }),
  'exchange.firstContacts': method({
    summary:
      'First contact: the offices whose identity card (kind identity) lies in the exchange folder and that are not known here with that key — new offices to confirm, and known codes with another key (a warning). Cards that fail their own checks are left out.',
    access: adminOnly,
    request: empty,
    response: z.array(firstContactSchema),
    errors: [],
  }),
  'exchange.acceptOffice': method({
    summary:
      'Adds an office from its identity card in the exchange folder once the administrator confirms the fingerprint that office read out. The card must be signed by the key it carries; a known code with another key is refused. The next pass applies its waiting files.',
    access: adminOnly,
    request: z.object({ code: regionCodeSchema, fingerprint: z.string().min(1).max(200) }).strict(),
    response: z.object({ office: knownOfficeSchema, added: z.boolean() }),
    errors: ['invalid_request', 'conflict', 'not_found'],
  }),
  'exchange.removeOffice': method({
    summary:
      'Forgets a known office (e.g. to take its new key after its computer was replaced): its files are refused until its identity is imported again; what it sent stays received.',
    access: adminOnly,
    request: z.object({ code: regionCodeSchema }).strict(),
    response: exchangeStatusSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'exchange.sync': method({
    summary:
      '"Periksa sekarang": one pass over the other offices’ outboxes; each new file is checked and applied once, or refused with its reason.',
    access: 'signedIn',
    request: empty,
    response: z.object({ items: z.array(passItemSchema), ignored: z.number().int() }),
    errors: ['invalid_request', 'conflict'],
  }),
} as const;
