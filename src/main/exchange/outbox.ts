import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  envelopeEntry,
  exchangeFileName,
  exchangeFormat,
  exchangeSchemaVersion,
  parseExchangeFileName,
  payloadEntry,
  signatureEntry,
  temporaryPrefix,
  type Envelope,
  type Recipients,
} from '../../shared/exchange/envelope';
import { createDirectZip, type CopyChecks } from '../bundle/zip-direct';
import { exchangeRepository } from '../db/repositories/exchange';
import { hashWhileWriting } from '../export/background-hash';
import { directFile } from '../export/output-file';
import { earlyWriteback } from '../fs/early-writeback';
import { replaceFile } from '../fs/replace';
import { exchangeErrors } from './errors';
import { ownOfficeAndKey, type ExchangeContext } from './identity';
import { signBytes } from './keys';

/**
 * The folder layout, shared by every office (one folder, synchronised by Syncthing or carried on
 * a flash drive):
 *
 *     <exchange folder>/
 *       73/outbox/00000001-3f9ac1d2e4b5a6f7.pack.linimasa-kiriman     (the province)
 *       73.06/outbox/00000001-…report.linimasa-kiriman               (Kabupaten Gowa)
 *
 * An office writes only into `<its code>/outbox/` and reads only the other codes' outboxes, so
 * two offices never write the same file and Syncthing never has a conflict to make.
 */
export const outboxOf = (folder: string, code: string): string => join(folder, code, 'outbox');

export interface WrittenFile {
  /** `<code>/outbox/<name>`, relative to the exchange folder. */
  file: string;
  path: string;
  seq: number;
  sha256: string;
}

/** The highest sequence number already in an outbox (0 when empty or missing). */
function highestSeq(outbox: string): number {
  let highest = 0;
  let names: string[];
  try {
    names = readdirSync(outbox);
  } catch {
    return 0;
  }
  for (const name of names) {
    const parsed = parseExchangeFileName(name);
    if (parsed && parsed.seq > highest) highest = parsed.seq;
  }
  return highest;
}

/**
 * A file carried beside the payload (a pack's photo or video as `media/<sha256>.<ext>`): copied
 * from disk as it is, stored, never read whole into memory. Its size and SHA-256 are listed in
 * the envelope (and so signed); the copy checks the size, the receiver checks every byte.
 */
export interface OutboxFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
  /** Its errors in the office's words: a size that no longer matches, a file that is gone. */
  checks: CopyChecks;
}

/**
 * Writes one signed file into this office's outbox: the zip under a temporary name that
 * Syncthing and our reader both skip, fsynced, then renamed to `<seq>-<hash>.<kind>…` — a name
 * that exists only once the file is complete, and whose hash lets a reader tell a complete copy
 * from a partial one. The sequence number is the database's next one or, when the outbox
 * already holds higher numbers (a database restored from an older backup), the one after those:
 * a number is never given to two different files.
 *
 * The zip is written as the bundle export writes its own (bundle/zip-direct.ts): the small
 * entries appended, `files` copied by a worker with plain fd reads and writes (never through
 * this thread, never whole in memory), the whole file hashed for its name on another thread as
 * it is written, and its bytes sent to the disk while the copy goes on (fs/early-writeback.ts).
 */
export async function writeOutboxFile(
  context: ExchangeContext,
  kind: string,
  recipients: Recipients,
  payload: unknown,
  files: readonly OutboxFile[] = [],
): Promise<WrittenFile> {
  const { own, key } = ownOfficeAndKey(context);
  if (!own.folder) throw exchangeErrors.folderNotSet();
  const outbox = outboxOf(own.folder, own.code);
  try {
    mkdirSync(outbox, { recursive: true });
  } catch {
    throw exchangeErrors.folderMissing(own.folder);
  }
  const repository = exchangeRepository(context.db);
  const seq = repository.takeSeq(highestSeq(outbox) + 1);
  const payloadBytes = Buffer.from(JSON.stringify(payload), 'utf8');
  const envelope: Envelope = {
    format: exchangeFormat,
    schemaVersion: exchangeSchemaVersion,
    kind,
    sender: own.code,
    recipients,
    seq,
    createdAt: new Date().toISOString(),
    entries: [
      {
        name: payloadEntry,
        size: payloadBytes.length,
        sha256: createHash('sha256').update(payloadBytes).digest('hex'),
      },
      ...files.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    ],
  };
  const envelopeBytes = Buffer.from(JSON.stringify(envelope), 'utf8');
  const signature = Buffer.from(signBytes(key, envelopeBytes), 'utf8');

  const temporary = join(outbox, `${temporaryPrefix}${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  const file = directFile(handle);
  // The disk and the second core work while the copier writes: the name's hash follows the
  // file from the page cache, and what is written goes to the disk every 32 MB, so the fsync
  // at the end has only the tail to wait for.
  const hashing = hashWhileWriting(temporary);
  const writeback = earlyWriteback(handle);
  const zip = createDirectZip(file, {
    mtime: new Date(envelope.createdAt),
    onBytes: (bytes) => writeback.written(bytes),
  });
  let sha256: string;
  let closed = false;
  try {
    // The envelope and signature stay stored: readable as they are, as they always were.
    await zip.addBuffer(envelopeEntry, envelopeBytes, true);
    await zip.addBuffer(signatureEntry, signature, true);
    await zip.addBuffer(payloadEntry, payloadBytes);
    await zip.copyFiles(files);
    await zip.finish();
    await zip.close();
    await writeback.settled();
    const [hashed] = await Promise.all([hashing.finish(file.position), handle.sync()]);
    sha256 = hashed.sha256;
    closed = true;
    await handle.close();
  } catch (error) {
    hashing.cancel();
    await zip.close().catch(() => undefined);
    await writeback.settled().catch(() => undefined);
    if (!closed) await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  const name = exchangeFileName(seq, sha256, kind);
  const path = join(outbox, name);
  try {
    await replaceFile(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(outbox);
  return { file: `${own.code}/outbox/${name}`, path, seq, sha256 };
}

/** The rename itself reaches the disk only when the folder is synced (POSIX; a no-op on Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  }
}
