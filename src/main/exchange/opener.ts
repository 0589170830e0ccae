import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import {
  envelopeEntry,
  envelopeHeadSchema,
  envelopeSchema,
  exchangeEntryPattern,
  exchangeFormat,
  exchangeSchemaVersion,
  isLargeExchangeEntry,
  payloadEntry,
  signatureEntry,
  type Envelope,
} from '../../shared/exchange/envelope';
import { openArchive, type Archive, type ArchiveEntry, type EntryLayout } from '../bundle/archive';
import { bundleErrors } from '../bundle/errors';
import { defaultBundleLimits, type BundleLimits } from '../bundle/limits';
import { verifiedChunks } from '../bundle/reader';
import { exchangeErrors } from './errors';

const exchangeLayout: EntryLayout = {
  pattern: exchangeEntryPattern,
  isLarge: isLargeExchangeEntry,
};

/** The envelope and signature are a few kilobytes; anything larger is not ours. */
const envelopeLimit = 1024 * 1024;

/** A file whose zip, envelope and listing passed; the signature is the caller's to check. */
export interface OpenedExchangeFile {
  archive: Archive;
  envelope: Envelope;
  /** The exact bytes of `kiriman.json`, which the signature covers. */
  envelopeBytes: Buffer;
  signature: string;
  /** The verified bytes of one listed entry (its size and SHA-256 as the envelope says). */
  readEntry(name: string): Promise<Buffer>;
  close(): void;
}

/**
 * Opens one exchange file with the bundle's zip checks (safe names, sizes, zip bombs, damaged
 * or truncated zips: the bundle's own refusals and words), then reads its envelope: a newer
 * schema is refused before its fields are judged, and the zip must hold exactly the entries the
 * envelope lists besides the envelope and its signature.
 */
export async function openExchangeFile(
  path: string,
  limits: BundleLimits = defaultBundleLimits,
): Promise<OpenedExchangeFile> {
  const archive = await openArchive(path, limits, exchangeLayout);
  try {
    const envelopeBytes = await readSmall(archive, envelopeEntry, exchangeErrors.notEnvelope);
    const envelope = parseEnvelope(envelopeBytes);
    const signature = (
      await readSmall(archive, signatureEntry, () => exchangeErrors.invalidEnvelope(signatureEntry))
    ).toString('utf8');
    const listed = new Map(envelope.entries.map((entry) => [entry.name, entry]));
    if (listed.size !== envelope.entries.length) {
      throw exchangeErrors.invalidEnvelope('entri tercantum dua kali');
    }
    for (const name of archive.entries.keys()) {
      if (name !== envelopeEntry && name !== signatureEntry && !listed.has(name)) {
        throw bundleErrors.unlisted(name);
      }
    }
    for (const item of listed.values()) {
      const entry = archive.entries.get(item.name);
      if (!entry) throw bundleErrors.missing(item.name);
      if (entry.size !== item.size) throw bundleErrors.sizeMismatch(item.name);
    }
    return {
      archive,
      envelope,
      envelopeBytes,
      signature,
      async readEntry(name) {
        const expected = listed.get(name);
        const entry = archive.entries.get(name);
        if (!expected || !entry) throw bundleErrors.missing(name);
        const chunks: Buffer[] = [];
        for await (const chunk of verifiedChunks(archive, entry, expected)) {
          chunks.push(Buffer.from(chunk));
        }
        return Buffer.concat(chunks);
      },
      close: () => archive.close(),
    };
  } catch (error) {
    archive.close();
    throw error;
  }
}

function parseEnvelope(bytes: Buffer): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw exchangeErrors.notEnvelope();
  }
  const head = envelopeHeadSchema.safeParse(json);
  if (!head.success || head.data.format !== exchangeFormat) throw exchangeErrors.notEnvelope();
  if (head.data.schemaVersion > exchangeSchemaVersion) {
    throw exchangeErrors.futureSchema(head.data.schemaVersion, exchangeSchemaVersion);
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) throw exchangeErrors.invalidEnvelope(issueText(parsed.error));
  return parsed.data;
}

/** The payload, parsed as JSON and by the kind's schema. */
export async function readPayload<P>(opened: OpenedExchangeFile, schema: z.ZodType<P>): Promise<P> {
  if (!opened.envelope.entries.some((entry) => entry.name === payloadEntry)) {
    throw bundleErrors.missing(payloadEntry);
  }
  const bytes = await opened.readEntry(payloadEntry);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw exchangeErrors.invalidPayload('bukan JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw exchangeErrors.invalidPayload(issueText(parsed.error));
  return parsed.data;
}

/** The first problem, as "field: message" (the message is zod's, in its configured language). */
function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

async function readSmall(archive: Archive, name: string, missing: () => Error): Promise<Buffer> {
  const entry: ArchiveEntry | undefined = archive.entries.get(name);
  if (!entry) throw missing();
  if (entry.size > envelopeLimit) throw bundleErrors.tooLarge(name, entry.size, envelopeLimit);
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = await archive.read(entry);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > envelopeLimit) throw bundleErrors.tooLarge(name, size, envelopeLimit);
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bundleErrors.corrupt(`${name}: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
  if (size !== entry.size) throw bundleErrors.sizeMismatch(name);
  return Buffer.concat(chunks);
}
