import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type TextParams } from '../../shared/api/errors';
import {
  addressedTo,
  classifyFolderEntry,
  parseExchangeFileName,
} from '../../shared/exchange/envelope';
import { isRegionCode } from '../../shared/exchange/region';
import { hashFile } from '../assets/store';
import { hashInBackground } from '../export/background-hash';
import { exchangeRepository, type KnownOffice, type OwnOffice } from '../db/repositories/exchange';
import { isDiskFull } from '../disk/space';
import { exchangeErrors } from './errors';
import { defaultHandlers, type HandlerRegistry } from './handlers';
import type { ExchangeContext } from './identity';
import { openExchangeFile, readPayload } from './opener';
import { outboxOf } from './outbox';
import { verifyBytes } from './keys';

/** Up to this size a file is hashed on this thread: four 1 MiB reads, a few ms each. */
const hashHereBytes = 4 << 20;

/**
 * What one file of the folder came to in this pass.
 * - applied: checked and applied, once;
 * - duplicate: the same sender, number and content was applied before (a replay, a re-sync);
 * - refused: with the reason's catalog key; recorded, and not read again unless the reason can
 *   go away (an unknown sender becomes known, Linimasa is updated);
 * - waiting: its content does not match the hash in its name yet (still being copied, or cut
 *   short): not read, looked at again next pass;
 * - failed: something unexpected (a read error): nothing recorded, tried again next pass.
 */
export type PassOutcome = 'applied' | 'duplicate' | 'refused' | 'waiting' | 'failed';

export interface PassItem {
  file: string;
  senderCode: string;
  seq: number;
  kind: string;
  outcome: PassOutcome;
  reasonKey?: string;
  reasonParams?: TextParams;
  /** For `failed`: the error's own message. */
  detail?: string;
}

export interface PassResult {
  items: PassItem[];
  /** Syncthing's temp and conflict files, our own temp names, other files: left alone. */
  ignored: number;
}

/**
 * Refusals that can go away without the file changing: the sender's identity is imported, or
 * Linimasa is updated to read a newer schema or kind. Such files are read again on each pass;
 * every other refusal is final for that file's content.
 */
const retryReasons: ReadonlySet<string> = new Set([
  'exchange.unknownSender',
  'exchange.futureSchema',
  'exchange.unknownKind',
]);

/** A file's hash by path, size and modification time, kept between passes by the caller. */
export type HashCache = Map<string, { size: number; mtimeMs: number; sha256: string }>;

export interface SyncOptions {
  handlers?: HandlerRegistry;
  /**
   * Hashes of files seen before: a large file that stays incomplete (a copy cut short) is then
   * hashed once, not on every pass of the watcher.
   */
  hashCache?: HashCache;
}

/**
 * One pass over the exchange folder: every other office's outbox, oldest number first. Writes
 * nothing into the folder. Each file is applied at most once, in one transaction with its
 * received-files row; a file from an unknown sender, with a bad signature, for another office,
 * of a future schema or damaged is refused with its reason and changes nothing.
 */
export async function syncOnce(
  context: ExchangeContext,
  options: SyncOptions = {},
): Promise<PassResult> {
  const handlers = options.handlers ?? defaultHandlers;
  const repository = exchangeRepository(context.db);
  const own = repository.own();
  if (!own) throw exchangeErrors.notSetUp();
  if (!own.folder) throw exchangeErrors.folderNotSet();
  let senders: string[];
  try {
    senders = readdirSync(own.folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isRegionCode(entry.name) && entry.name !== own.code)
      .map((entry) => entry.name)
      .sort();
  } catch {
    throw exchangeErrors.folderMissing(own.folder);
  }
  const result: PassResult = { items: [], ignored: 0 };
  for (const senderCode of senders) {
    const outbox = outboxOf(own.folder, senderCode);
    let names: string[];
    try {
      names = readdirSync(outbox);
    } catch {
      continue; // no outbox (yet): nothing from this office
    }
    const files = [];
    for (const name of names) {
      const parsed = classifyFolderEntry(name) === 'exchange' ? parseExchangeFileName(name) : null;
      if (!parsed) {
        result.ignored++;
        continue;
      }
      files.push({ name, ...parsed });
    }
    files.sort((a, b) => a.seq - b.seq || a.name.localeCompare(b.name));
    for (const file of files) {
      const item = await readOne(
        context,
        own,
        handlers,
        senderCode,
        outbox,
        file,
        options.hashCache,
      );
      if (item) result.items.push(item);
    }
  }
  return result;
}

async function readOne(
  context: ExchangeContext,
  own: OwnOffice,
  handlers: HandlerRegistry,
  senderCode: string,
  outbox: string,
  file: { name: string; seq: number; hashPrefix: string; kind: string },
  cache: HashCache = new Map(),
): Promise<PassItem | null> {
  const repository = exchangeRepository(context.db);
  const relative = `${senderCode}/outbox/${file.name}`;
  const base = { file: relative, senderCode, seq: file.seq, kind: file.kind };
  // Files never change once written: a name judged before (and not waiting on a retryable
  // reason) is not read again, so a pass over a year of files hashes only the new ones.
  if (repository.fileHandled(relative, [...retryReasons])) return null;
  const path = join(outbox, file.name);
  let sha256: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return null;
    const known = cache.get(path);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      sha256 = known.sha256;
    } else {
      // A pack of videos is hashed on another thread, so that it stalls nothing while the
      // office works; a report or a card (kilobytes) here, since a thread takes longer to start
      // than such a file to hash (24 reports through workers took 1.4–1.8 s instead of 0.2 s).
      sha256 = (stat.size > hashHereBytes ? await hashInBackground(path) : await hashFile(path))
        .sha256;
    }
    // Only files still waiting are remembered; a complete one is judged now and not read again.
    if (sha256.startsWith(file.hashPrefix)) cache.delete(path);
    else cache.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, sha256 });
  } catch (error) {
    return { ...base, outcome: 'failed', detail: (error as Error).message };
  }
  if (!sha256.startsWith(file.hashPrefix)) return { ...base, outcome: 'waiting' };

  const record = (outcome: 'refused' | 'duplicate', error?: AppError): PassItem => {
    repository.recordArrival({
      file: relative,
      sha256,
      senderCode,
      seq: file.seq,
      kind: file.kind,
      outcome,
      reasonKey: error?.key ?? null,
      reasonParams: error?.params ?? null,
    });
    return {
      ...base,
      outcome,
      ...(error && { reasonKey: error.key, ...(error.params && { reasonParams: error.params }) }),
    };
  };

  const earlier = repository.receivedHash(senderCode, file.seq);
  if (earlier === sha256) return record('duplicate');
  if (earlier) return record('refused', exchangeErrors.seqReused(file.seq));

  let opened;
  try {
    opened = await openExchangeFile(path);
  } catch (error) {
    if (error instanceof AppError) return record('refused', error);
    return { ...base, outcome: 'failed', detail: (error as Error).message };
  }
  try {
    const { envelope } = opened;
    if (envelope.sender !== senderCode) {
      return record('refused', exchangeErrors.senderMismatch(senderCode, envelope.sender));
    }
    if (envelope.seq !== file.seq || envelope.kind !== file.kind) {
      return record('refused', exchangeErrors.nameMismatch());
    }
    const from: KnownOffice | null = repository.office(senderCode);
    if (!from) return record('refused', exchangeErrors.unknownSender(senderCode));
    if (!verifyBytes(from.publicKey, opened.envelopeBytes, opened.signature)) {
      return record('refused', exchangeErrors.badSignature(senderCode));
    }
    if (!addressedTo(envelope.recipients, own.code)) {
      return record('refused', exchangeErrors.wrongRecipient(own.code));
    }
    const handler = handlers.get(envelope.kind);
    if (!handler) return record('refused', exchangeErrors.unknownKind(envelope.kind));
    const payload = await readPayload(opened, handler.payload);
    const arrival = { db: context.db, from, envelope, file: relative };
    await handler.prepare?.(payload, opened, arrival);
    const applied = context.db
      .transaction((): boolean => {
        // Another process may have applied it meanwhile (two passes at once).
        if (repository.receivedHash(senderCode, file.seq)) return false;
        handler.apply(payload, arrival);
        repository.recordReceived({
          senderCode,
          seq: file.seq,
          sha256,
          kind: envelope.kind,
          fileName: file.name,
          createdAt: envelope.createdAt,
        });
        repository.recordArrival({
          file: relative,
          sha256,
          senderCode,
          seq: file.seq,
          kind: envelope.kind,
          outcome: 'applied',
          reasonKey: null,
          reasonParams: null,
        });
        return true;
      })
      .immediate();
    return applied ? { ...base, outcome: 'applied' } : record('duplicate');
  } catch (error) {
    // A full disk is never the file's fault: nothing recorded, read again on a later pass.
    if (isDiskFull(error) || (error instanceof AppError && error.code === 'disk_full')) {
      return { ...base, outcome: 'failed', detail: (error as Error).message };
    }
    if (error instanceof AppError) return record('refused', error);
    return { ...base, outcome: 'failed', detail: (error as Error).message };
  } finally {
    opened.close();
  }
}
