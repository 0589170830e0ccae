import { z } from 'zod';
import { instantSchema } from '../domain/common';
import { officeLevelSchema, regionCodeSchema } from './region';

/**
 * One file of the exchange folder (`<seq>-<hash>.<kind>.linimasa-kiriman`) is a zip:
 * - `kiriman.json`, the envelope: format, schema version, kind, sender, recipients, sequence
 *   number, time, and every other entry with its size and SHA-256;
 * - `kiriman.sig`, the sender's Ed25519 signature over the exact bytes of `kiriman.json`
 *   (base64). Since the envelope lists the other entries' hashes, the signature covers them too;
 * - `isi.json`, the payload of the kind (an identity, a pack, a report);
 * - `media/<sha256>.<ext>`, files a pack carries (next: packs).
 */
export const exchangeFormat = 'linimasa-kiriman';
/** The envelope version this Linimasa writes and the newest it reads. */
export const exchangeSchemaVersion = 1;
export const envelopeEntry = 'kiriman.json';
export const signatureEntry = 'kiriman.sig';
export const payloadEntry = 'isi.json';
export const exchangeEntryPattern =
  /^(?:kiriman\.json|kiriman\.sig|isi\.json|media\/[0-9a-f]{64}\.[0-9a-z]{1,10})$/;
/** Entries read whole into memory (the rest streams). */
export const isLargeExchangeEntry = (name: string): boolean => name.startsWith('media/');

/** Kinds of file; each has a handler in main. `semua`: every office that reads the folder. */
export const exchangeKindPattern = /^[a-z][a-z0-9-]{0,30}$/;
export const everyOffice = 'semua';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const envelopeEntrySchema = z.object({
  name: z.string().regex(exchangeEntryPattern),
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
});

/** What is read before the rest: a newer schema is refused before its fields are judged. */
export const envelopeHeadSchema = z.object({
  format: z.literal(exchangeFormat),
  schemaVersion: z.number().int().positive(),
});

export const envelopeSchema = z.object({
  format: z.literal(exchangeFormat),
  schemaVersion: z.number().int().positive(),
  kind: z.string().regex(exchangeKindPattern),
  sender: regionCodeSchema,
  recipients: z.union([z.tuple([z.literal(everyOffice)]), z.array(regionCodeSchema).min(1)]),
  seq: z.number().int().positive(),
  createdAt: instantSchema,
  entries: z.array(envelopeEntrySchema),
});
export type Envelope = z.infer<typeof envelopeSchema>;
export type Recipients = Envelope['recipients'];

/** Is this office among the file's recipients? */
export const addressedTo = (recipients: Recipients, code: string): boolean =>
  recipients.includes(everyOffice) || (recipients as readonly string[]).includes(code);

/* ---------------------------------------------------------------- names in the folder ---- */

/** `<seq, 8 digits>-<first 16 hex of the file's SHA-256>.<kind>.linimasa-kiriman` */
export const exchangeExtension = '.linimasa-kiriman';
const fileNamePattern = /^(\d{8,12})-([0-9a-f]{16})\.([a-z][a-z0-9-]{0,30})\.linimasa-kiriman$/;
export const hashPrefixLength = 16;

export function exchangeFileName(seq: number, sha256: string, kind: string): string {
  return `${String(seq).padStart(8, '0')}-${sha256.slice(0, hashPrefixLength)}.${kind}${exchangeExtension}`;
}

export interface ExchangeFileName {
  seq: number;
  hashPrefix: string;
  kind: string;
}

export function parseExchangeFileName(name: string): ExchangeFileName | null {
  const match = fileNamePattern.exec(name);
  if (!match) return null;
  return { seq: Number(match[1]), hashPrefix: match[2]!, kind: match[3]! };
}

/**
 * Our own temporary name while a file is written. It matches Syncthing's own temp pattern
 * (`.syncthing.*.tmp`), which Syncthing never scans nor sends: a half-written file therefore
 * never leaves this computer, and the reader skips it like any other temp file.
 */
export const temporaryPrefix = '.syncthing.linimasa-';

export type FolderEntryKind = 'exchange' | 'temporary' | 'conflict' | 'other';

/**
 * What a name in another office's outbox is: Syncthing's temp files while it receives
 * (`.syncthing.<name>.tmp`, and `~syncthing~<name>.tmp` on Windows and older versions), our own
 * temp names, conflict copies (`<name>.sync-conflict-<date>-<time>-<device>.<ext>`: files are
 * never changed after they are written, so a conflict copy is never news), and anything else
 * (a note someone left there) are all left alone.
 */
export function classifyFolderEntry(name: string): FolderEntryKind {
  if (/^\.syncthing\..*\.tmp$/.test(name) || /^~syncthing~.*\.tmp$/.test(name)) return 'temporary';
  if (name.includes('.sync-conflict-')) return 'conflict';
  return parseExchangeFileName(name) ? 'exchange' : 'other';
}

/* ---------------------------------------------------------------- identity file ---- */

export const identityFormat = 'linimasa-kantor';
export const identityVersion = 1;
export const identityFileExtension = '.linimasa-kantor.json';

export const officeCardSchema = z.object({
  name: z.string().trim().min(1).max(200),
  code: regionCodeSchema,
  level: officeLevelSchema,
  /** The Ed25519 public key's 32 raw bytes, base64url (as in a JWK's `x`). */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type OfficeCard = z.infer<typeof officeCardSchema>;

/** `.linimasa-kantor.json`: an office's card, signed with its own key (proof it holds it). */
export const identityFileSchema = z.object({
  format: z.literal(identityFormat),
  version: z.number().int().positive(),
  office: officeCardSchema,
  /** Ed25519 over `identitySignedText(office)`, base64. */
  signature: z.string().min(1).max(200),
});
export type IdentityFile = z.infer<typeof identityFileSchema>;

/** The exact text an identity signature covers: fixed field order, nothing else. */
export function identitySignedText(office: OfficeCard): string {
  return JSON.stringify([identityFormat, office.name, office.code, office.level, office.publicKey]);
}

/** The payload of an `identity` file in the exchange folder: the sender's card again. */
export const identityPayloadSchema = officeCardSchema;
