import type { z } from 'zod';
import { identityPayloadSchema, type Envelope } from '../../shared/exchange/envelope';
import { levelFitsCode } from '../../shared/exchange/region';
import type { Db } from '../db/connection';
import { exchangeRepository, type KnownOffice } from '../db/repositories/exchange';
import { exchangeErrors } from './errors';
import type { OpenedExchangeFile } from './opener';

/** What a handler knows about the file it applies. */
export interface Arrival {
  db: Db;
  /** The known office that signed the file. */
  from: KnownOffice;
  envelope: Envelope;
  /** `<code>/outbox/<name>`, relative to the exchange folder. */
  file: string;
}

/**
 * What one kind of file does when it arrives (`identity` here; `pack` and `report` next). The
 * sync pass has already checked the envelope, the signature against the sender's known key, the
 * recipients, every entry's hash, and the payload against `payload`.
 * - `prepare` (optional) does the slow, idempotent part before the transaction, e.g. a pack's
 *   media into the asset library (content-addressed, so a second run adds nothing);
 * - `apply` runs inside the one database transaction that also records the file as received:
 *   either both happen or neither does. It is synchronous (better-sqlite3), may throw an
 *   AppError to refuse the file (nothing is then changed), and must leave the same state
 *   whatever order the files of a sender arrive in.
 */
export interface ExchangeKindHandler<Payload = unknown> {
  kind: string;
  payload: z.ZodType<Payload>;
  prepare?(payload: Payload, opened: OpenedExchangeFile, arrival: Arrival): Promise<void>;
  apply(payload: Payload, arrival: Arrival): void;
}

/** Handlers by kind. A kind missing here is refused (and read again after an update). */
export type HandlerRegistry = ReadonlyMap<string, ExchangeKindHandler>;

export function handlerRegistry(...handlers: ExchangeKindHandler[]): HandlerRegistry {
  const registry = new Map<string, ExchangeKindHandler>();
  for (const handler of handlers) {
    if (registry.has(handler.kind)) throw new Error(`Jenis kiriman ganda: ${handler.kind}`);
    registry.set(handler.kind, handler);
  }
  return registry;
}

/**
 * `identity`: a known office sends its card again, e.g. after its name changed. Only the name and
 * level follow; a card with another code or key is refused (a new key is added by an
 * administrator from its identity file, never from the folder).
 */
export const identityHandler: ExchangeKindHandler<z.infer<typeof identityPayloadSchema>> = {
  kind: 'identity',
  payload: identityPayloadSchema,
  apply(card, { db, from }) {
    if (card.code !== from.code || card.publicKey !== from.publicKey) {
      throw exchangeErrors.keyChanged(from.code, from.name);
    }
    if (!levelFitsCode(card.code, card.level)) throw exchangeErrors.levelMismatch(card.code);
    exchangeRepository(db).renameOffice(from.code, card.name, card.level);
  },
};

/** What the app reads today; packs and reports register theirs here next. */
export const defaultHandlers: HandlerRegistry = handlerRegistry(identityHandler);
