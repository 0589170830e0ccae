import { open as openFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { bundleEntryPattern } from '../../shared/domain/bundle';
import { BundleError, bundleErrors } from './errors';
import type { BundleLimits } from './limits';

export interface ArchiveEntry {
  name: string;
  /** Uncompressed bytes, as the central directory declares (yauzl holds the data to it). */
  size: number;
  compressedSize: number;
  entry: Entry;
}

/**
 * Which entry names a zip may hold and which of them are large files (checked against
 * `assetBytes`, the rest against `jsonBytes`). Bundles by default; the exchange between offices
 * (main/exchange) opens its files with its own names and the same checks.
 */
export interface EntryLayout {
  pattern: RegExp;
  isLarge(name: string): boolean;
}

export const bundleLayout: EntryLayout = {
  pattern: bundleEntryPattern,
  isLarge: (name) => name.startsWith('assets/'),
};

/** A bundle's zip, its directory checked: every name safe, known and once, every size sane. */
export interface Archive {
  /** The zip file. */
  path: string;
  /** Size of the zip file itself. */
  bytes: number;
  entries: Map<string, ArchiveEntry>;
  /** The entry's uncompressed bytes; errors are BundleErrors. */
  read(entry: ArchiveEntry): Promise<Readable>;
  /**
   * Where a stored (uncompressed) entry's bytes start in the zip file, so that they can be read
   * there directly, off this thread; null for a compressed entry, which only `read` can give.
   */
  storedStart(entry: ArchiveEntry): Promise<number | null>;
  close(): void;
}

const unixSymlink = 0o120000;
const fileTypeMask = 0o170000;
const stored = 0;
const deflated = 8;
/** Fixed part of a local file header: what precedes each entry's data besides its name. */
const localHeaderBytes = 30;

/**
 * Opens a zip and checks its central directory before any data is read. yauzl already refuses
 * some unsafe names, but with English messages and only some cases; it is opened with
 * `decodeStrings: false` so that every name reaches the checks here, and every refusal names
 * the entry in Indonesian. Nothing is extracted by name anyway (assets land under their
 * verified hash), but a bundle that tries is hostile and refused whole.
 */
export async function openArchive(
  path: string,
  limits: BundleLimits,
  layout: EntryLayout = bundleLayout,
): Promise<Archive> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (error) {
    throw await whyNotZip(path, error);
  }
  try {
    if (zip.entryCount > limits.entries) {
      throw bundleErrors.tooManyEntries(zip.entryCount, limits.entries);
    }
    const entries = new Map<string, ArchiveEntry>();
    try {
      for await (const entry of zip.eachEntry()) {
        const checked = checkEntry(entry, limits, layout);
        if (entries.has(checked.name)) throw bundleErrors.duplicate(checked.name);
        entries.set(checked.name, checked);
      }
    } catch (error) {
      if (error instanceof BundleError) throw error;
      throw bundleErrors.corrupt(`daftar isi zip tidak sah: ${(error as Error).message}`);
    }
    refuseOverlaps([...entries.values()]);
    return {
      path,
      bytes: zip.fileSize,
      entries,
      async read(entry) {
        try {
          return await zip.openReadStreamPromise(entry.entry);
        } catch (error) {
          throw bundleErrors.corrupt(`${entry.name}: ${(error as Error).message}`);
        }
      },
      async storedStart(entry) {
        if (entry.entry.compressionMethod !== stored || entry.compressedSize !== entry.size) {
          return null;
        }
        try {
          // yauzl checks that the header is one and that the data ends inside the file.
          return (await zip.readLocalFileHeaderPromise(entry.entry, { minimal: true }))
            .fileDataStart;
        } catch (error) {
          throw bundleErrors.corrupt(`${entry.name}: ${(error as Error).message}`);
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function checkEntry(entry: Entry, limits: BundleLimits, layout: EntryLayout): ArchiveEntry {
  const raw = entry.fileName as unknown as Buffer;
  // Bit 11: UTF-8 names. Valid bundle names are ASCII, so the decoding only affects messages.
  const name = raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
  // eslint-disable-next-line no-control-regex -- NUL and friends are what we refuse
  if (/[\u0000-\u001f\u007f]/.test(name)) throw bundleErrors.controlCharacter(name);
  if (name.includes('\\')) throw bundleErrors.backslash(name);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw bundleErrors.absolutePath(name);
  if (name.split('/').includes('..')) throw bundleErrors.parentPath(name);
  if (((entry.externalFileAttributes >>> 16) & fileTypeMask) === unixSymlink) {
    throw bundleErrors.symlink(name);
  }
  if (!layout.pattern.test(name)) throw bundleErrors.unknown(name);
  if (
    entry.isEncrypted() ||
    (entry.compressionMethod !== stored && entry.compressionMethod !== deflated)
  ) {
    throw bundleErrors.encrypted(name);
  }
  const limit = layout.isLarge(name) ? limits.assetBytes : limits.jsonBytes;
  if (entry.uncompressedSize > limit)
    throw bundleErrors.tooLarge(name, entry.uncompressedSize, limit);
  if (entry.uncompressedSize > limits.ratioAboveBytes) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.ratio) throw bundleErrors.zipBomb(name, ratio);
  }
  return { name, size: entry.uncompressedSize, compressedSize: entry.compressedSize, entry };
}

/**
 * The "better zip bomb" points many directory entries at the same compressed data, so that
 * each entry looks modest and the whole expands a millionfold. Honest zips lay entries out one
 * after another: sorted by offset, each must end (at least its header, name and data) before
 * the next begins.
 */
function refuseOverlaps(entries: ArchiveEntry[]): void {
  const byOffset = [...entries].sort(
    (a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader,
  );
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    const after = byOffset[i]!;
    const end =
      before.entry.relativeOffsetOfLocalHeader +
      localHeaderBytes +
      before.entry.fileNameLength +
      before.compressedSize;
    if (end > after.entry.relativeOffsetOfLocalHeader) {
      throw bundleErrors.overlapping(after.name);
    }
  }
}

/** A file without a zip directory: a truncated copy starts like a zip, anything else does not. */
async function whyNotZip(path: string, error: unknown): Promise<Error> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR') return bundleErrors.fileMissing();
  if (code === 'EACCES' || code === 'EPERM') return error as Error;
  const head = Buffer.alloc(4);
  const handle = await openFile(path, 'r').catch(() => null);
  if (!handle) return bundleErrors.notZip();
  try {
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50
      ? bundleErrors.truncated()
      : bundleErrors.notZip();
  } finally {
    await handle.close();
  }
}
