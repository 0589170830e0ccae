import { fingerprintMatches } from '../../shared/exchange/fingerprint';
import {
  identityFileSchema,
  identityFormat,
  identitySignedText,
  identityVersion,
  type IdentityFile,
  type OfficeCard,
} from '../../shared/exchange/envelope';
import { levelFitsCode, type OfficeLevel } from '../../shared/exchange/region';
import type { Db } from '../db/connection';
import { exchangeRepository, type KnownOffice, type OwnOffice } from '../db/repositories/exchange';
import { exchangeErrors } from './errors';
import {
  ensureOfficeKey,
  fingerprintOf,
  loadOfficeKey,
  signBytes,
  verifyBytes,
  type OfficeKey,
} from './keys';

/** What the exchange needs of an open data directory. */
export interface ExchangeContext {
  db: Db;
  dataDir: string;
}

/**
 * Sets this office's region code, name and level; the first time, makes the signing key. The
 * key is never replaced afterwards: offices that know it would refuse anything else.
 */
export function setOwnIdentity(
  context: ExchangeContext,
  office: { code: string; name: string; level: OfficeLevel },
): OwnOffice {
  if (!levelFitsCode(office.code, office.level)) throw exchangeErrors.levelMismatch(office.code);
  const key = ensureOfficeKey(context.dataDir);
  const repository = exchangeRepository(context.db);
  repository.setOwn({ ...office, publicKey: key.publicKey, fingerprint: key.fingerprint });
  return repository.own()!;
}

/** This office and its key, checked to belong together; refused when either is missing. */
export function ownOfficeAndKey(context: ExchangeContext): { own: OwnOffice; key: OfficeKey } {
  const own = exchangeRepository(context.db).own();
  if (!own) throw exchangeErrors.notSetUp();
  const key = loadOfficeKey(context.dataDir);
  if (!key || key.publicKey !== own.publicKey) throw exchangeErrors.keyMissing();
  return { own, key };
}

/** `.linimasa-kantor.json` of this office: its card, signed with its own key. */
export function identityFile(context: ExchangeContext): IdentityFile {
  const { own, key } = ownOfficeAndKey(context);
  const office: OfficeCard = {
    name: own.name,
    code: own.code,
    level: own.level,
    publicKey: own.publicKey,
  };
  return {
    format: identityFormat,
    version: identityVersion,
    office,
    signature: signBytes(key, identitySignedText(office)),
  };
}

export interface ReadIdentity {
  office: OfficeCard;
  fingerprint: string;
}

/** Reads another office's identity file: its format, its version and its own signature. */
export function readIdentityFile(text: string): ReadIdentity {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw exchangeErrors.identityUnreadable();
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (head?.format === identityFormat && typeof head.version === 'number') {
    if (head.version > identityVersion) throw exchangeErrors.identityFuture(head.version);
  }
  const parsed = identityFileSchema.safeParse(json);
  if (!parsed.success) throw exchangeErrors.identityUnreadable();
  const { office, signature } = parsed.data;
  if (!levelFitsCode(office.code, office.level)) throw exchangeErrors.levelMismatch(office.code);
  if (!verifyBytes(office.publicKey, identitySignedText(office), signature)) {
    throw exchangeErrors.identitySignature();
  }
  return { office, fingerprint: fingerprintOf(office.publicKey) };
}

export interface ImportedOffice {
  office: KnownOffice;
  /** False when the office was known already with this very key (nothing changed). */
  added: boolean;
}

/**
 * Adds another office from its identity file, once the administrator has typed (or pasted) the
 * fingerprint they compared with that office. A code known with another key is refused: a
 * changed key is exactly what an impostor would send.
 */
export function importOffice(
  context: ExchangeContext,
  text: string,
  confirmedFingerprint: string,
  addedBy: string,
): ImportedOffice {
  return addConfirmedOffice(context, readIdentityFile(text), confirmedFingerprint, addedBy);
}

/**
 * Adds an office whose card has passed its own checks (signed by the key it carries, level
 * fitting the code): from an identity file, or from the card it put in its outbox (first
 * contact, `first-contact.ts`). The fingerprint the administrator confirmed must match.
 */
export function addConfirmedOffice(
  context: ExchangeContext,
  { office, fingerprint }: ReadIdentity,
  confirmedFingerprint: string,
  addedBy: string,
): ImportedOffice {
  const repository = exchangeRepository(context.db);
  const own = repository.own();
  if (own && (own.code === office.code || own.publicKey === office.publicKey)) {
    throw exchangeErrors.ownIdentity();
  }
  if (!fingerprintMatches(confirmedFingerprint, fingerprint)) {
    throw exchangeErrors.fingerprintMismatch();
  }
  return context.db
    .transaction((): ImportedOffice => {
      const known = repository.office(office.code);
      if (known) {
        if (known.publicKey !== office.publicKey)
          throw exchangeErrors.keyChanged(known.code, known.name);
        return { office: known, added: false };
      }
      const sameKey = repository.offices().find((o) => o.publicKey === office.publicKey);
      if (sameKey) throw exchangeErrors.keyInUse(sameKey.code);
      repository.addOffice({ ...office, fingerprint, addedBy });
      return { office: repository.office(office.code)!, added: true };
    })
    .immediate();
}
