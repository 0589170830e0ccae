import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  addressedTo,
  classifyFolderEntry,
  identityPayloadSchema,
  parseExchangeFileName,
  type OfficeCard,
} from '../../shared/exchange/envelope';
import { isRegionCode, levelFitsCode } from '../../shared/exchange/region';
import { exchangeRepository, type OwnOffice } from '../db/repositories/exchange';
import { exchangeErrors } from './errors';
import {
  addConfirmedOffice,
  type ExchangeContext,
  type ImportedOffice,
  type ReadIdentity,
} from './identity';
import { fingerprintOf, verifyBytes } from './keys';
import { openExchangeFile, readPayload } from './opener';
import { outboxOf } from './outbox';

/*
 * First contact (issue 16): at setup every office puts its identity card (kind `identity`, for
 * every office) into its outbox. A receiving office that does not know the sender refuses its
 * files (`exchange.unknownSender`, read again on every pass) until an administrator, having
 * compared the card's fingerprint with the one the other office reads out over the telephone,
 * confirms it here. The card must be signed by the very key it carries (its envelope's
 * signature covers the payload's hash), its level must fit its code, and its code must be the
 * folder it lies in; the rest are the identity import's own checks (`addConfirmedOffice`). A
 * code already known with another key is only ever shown as a warning: a changed key is what an
 * impostor would send, and it is replaced only by forgetting the office and importing again.
 */

/** An identity card found in another office's outbox, not yet (or differently) known here. */
export interface FirstContact {
  code: string;
  name: string;
  level: OfficeCard['level'];
  fingerprint: string;
  /** `<code>/outbox/<file name>` inside the exchange folder. */
  file: string;
  /** The code is known here with another key: shown as a warning, never confirmed here. */
  keyDiffers: boolean;
}

/** An identity card is a few kilobytes; a larger file named as one is not read here. */
const cardLimit = 1024 * 1024;

/** The outbox codes of other offices in the exchange folder. */
function otherCodes(folder: string, own: OwnOffice): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isRegionCode(entry.name) && entry.name !== own.code)
      .map((entry) => entry.name)
      .sort();
  } catch {
    throw exchangeErrors.folderMissing(folder);
  }
}

/**
 * The newest complete identity file in an office's outbox (by number; one still being copied,
 * whose content does not hash to its name, is passed over), or null when there is none.
 */
function newestCardFile(folder: string, code: string): { path: string; file: string } | null {
  const outbox = outboxOf(folder, code);
  let names: string[];
  try {
    names = readdirSync(outbox);
  } catch {
    return null;
  }
  const cards = names
    .map((name) => ({
      name,
      parsed: classifyFolderEntry(name) === 'exchange' ? parseExchangeFileName(name) : null,
    }))
    .filter((entry) => entry.parsed?.kind === 'identity')
    .sort((a, b) => b.parsed!.seq - a.parsed!.seq);
  for (const { name, parsed } of cards) {
    const path = join(outbox, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > cardLimit) continue;
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
      if (sha256.startsWith(parsed!.hashPrefix)) return { path, file: `${code}/outbox/${name}` };
    } catch {
      // Gone or unreadable meanwhile (Syncthing replaced it): an older card may do.
    }
  }
  return null;
}

/**
 * Reads and checks an office's card from its outbox: the zip and envelope (the sync pass's own
 * checks), sender = folder = card code, addressed to this office, the payload's hash, the
 * signature against the key the card carries, the level against the code. Refusals are the
 * identity import's words.
 */
async function readOutboxCard(
  folder: string,
  own: OwnOffice,
  code: string,
): Promise<ReadIdentity & { file: string }> {
  const found = newestCardFile(folder, code);
  if (!found) throw exchangeErrors.noIdentityCard(code);
  const opened = await openExchangeFile(found.path);
  try {
    const { envelope } = opened;
    if (envelope.sender !== code) throw exchangeErrors.senderMismatch(code, envelope.sender);
    if (envelope.kind !== 'identity') throw exchangeErrors.nameMismatch();
    if (!addressedTo(envelope.recipients, own.code)) {
      throw exchangeErrors.wrongRecipient(own.code);
    }
    const office = await readPayload(opened, identityPayloadSchema);
    if (office.code !== code) throw exchangeErrors.senderMismatch(code, office.code);
    if (!verifyBytes(office.publicKey, opened.envelopeBytes, opened.signature)) {
      throw exchangeErrors.identitySignature();
    }
    if (!levelFitsCode(office.code, office.level)) throw exchangeErrors.levelMismatch(office.code);
    return { office, fingerprint: fingerprintOf(office.publicKey), file: found.file };
  } finally {
    opened.close();
  }
}

function ownWithFolder(context: ExchangeContext): { own: OwnOffice; folder: string } {
  const own = exchangeRepository(context.db).own();
  if (!own) throw exchangeErrors.notSetUp();
  if (!own.folder) throw exchangeErrors.folderNotSet();
  return { own, folder: own.folder };
}

/**
 * The offices whose identity card lies in the folder and that are not known here with that key:
 * new offices (to confirm), and known codes with another key (a warning). A card that fails its
 * checks is not offered: the arrivals log already says why its files are refused.
 */
export async function firstContacts(context: ExchangeContext): Promise<FirstContact[]> {
  const { own, folder } = ownWithFolder(context);
  const repository = exchangeRepository(context.db);
  const found: FirstContact[] = [];
  for (const code of otherCodes(folder, own)) {
    let card: Awaited<ReturnType<typeof readOutboxCard>>;
    try {
      card = await readOutboxCard(folder, own, code);
    } catch {
      continue;
    }
    const known = repository.office(code);
    if (known?.publicKey === card.office.publicKey) continue;
    found.push({
      code,
      name: card.office.name,
      level: card.office.level,
      fingerprint: card.fingerprint,
      file: card.file,
      keyDiffers: known !== null,
    });
  }
  return found;
}

/**
 * "Kenali kantor ini": adds the office from its card in the folder once the administrator has
 * confirmed the fingerprint it read out; the next pass applies its waiting files.
 */
export async function acceptFirstContact(
  context: ExchangeContext,
  code: string,
  confirmedFingerprint: string,
  addedBy: string,
): Promise<ImportedOffice> {
  const { own, folder } = ownWithFolder(context);
  const card = await readOutboxCard(folder, own, code);
  return addConfirmedOffice(context, card, confirmedFingerprint, addedBy);
}
