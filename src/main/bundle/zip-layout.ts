/**
 * The bytes around a zip's entries (PKWARE APPNOTE 6.3: local headers, data descriptors, the
 * central directory, the end records with their ZIP64 forms), for zip-direct.ts, which writes
 * the entries' data itself with positional fd writes. yazl, which writes the other exports'
 * zips and bundles into a plain stream, takes entry data only through its stream pipeline and
 * cannot be told where bytes it did not stream went; so the layout is written here, the same
 * one yazl writes: names in UTF-8, copied files stored with a data descriptor (their CRC-32 is
 * known only once copied), ZIP64 records exactly where a size, offset or count needs them.
 */

const u32Max = 0xffffffff;
const u16Max = 0xffff;
const utf8Names = 0x0800;
const dataDescriptorFollows = 0x0008;
const versionUtf8 = 20;
const versionZip64 = 45;
/** Unix (3), specification 4.5. */
const versionMadeBy = (3 << 8) | versionZip64;
/** A regular file, rw-r--r--. */
const externalAttributes = (0o100644 << 16) >>> 0;

export const storedMethod = 0;
export const deflatedMethod = 8;

export interface ZipEntryRecord {
  name: Buffer;
  method: typeof storedMethod | typeof deflatedMethod;
  /** Data descriptor after the data (copied files), or CRC and sizes in the local header. */
  descriptor: boolean;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

function writeU64(buffer: Buffer, value: number, at: number): void {
  buffer.writeBigUInt64LE(BigInt(value), at);
}

const needsZip64 = (entry: ZipEntryRecord) =>
  entry.size >= u32Max || entry.compressedSize >= u32Max || entry.offset >= u32Max;

/** The entry's time in DOS form (local time, two-second steps), as yazl writes it. */
export function dosTime(mtime: Date): { time: number; date: number } {
  const year = Math.min(Math.max(mtime.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate(),
    time: (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1),
  };
}

/**
 * The local file header. With a descriptor, CRC and sizes are zero here (bit 3) and follow the
 * data; a file of 4 GiB or more says so by the version it needs and a ZIP64 descriptor.
 */
export function localHeader(entry: ZipEntryRecord): Buffer {
  const header = Buffer.alloc(30 + entry.name.length);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(entry.size >= u32Max ? versionZip64 : versionUtf8, 4);
  header.writeUInt16LE(utf8Names | (entry.descriptor ? dataDescriptorFollows : 0), 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(entry.time, 10);
  header.writeUInt16LE(entry.date, 12);
  if (!entry.descriptor) {
    header.writeUInt32LE(entry.crc32, 14);
    header.writeUInt32LE(entry.compressedSize, 18);
    header.writeUInt32LE(entry.size, 22);
  }
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  entry.name.copy(header, 30);
  return header;
}

/** After a copied file's data: its CRC-32 and sizes (8-byte sizes from 4 GiB on). */
export function dataDescriptor(entry: ZipEntryRecord): Buffer {
  const wide = entry.size >= u32Max;
  const descriptor = Buffer.alloc(wide ? 24 : 16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc32, 4);
  if (wide) {
    writeU64(descriptor, entry.compressedSize, 8);
    writeU64(descriptor, entry.size, 16);
  } else {
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
  }
  return descriptor;
}

/** One central directory record; a ZIP64 extra field carries sizes and offset when needed. */
export function centralRecord(entry: ZipEntryRecord): Buffer {
  const zip64 = needsZip64(entry);
  const extra = zip64 ? 4 + 24 : 0;
  const record = Buffer.alloc(46 + entry.name.length + extra);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(versionMadeBy, 4);
  record.writeUInt16LE(zip64 ? versionZip64 : versionUtf8, 6);
  record.writeUInt16LE(utf8Names | (entry.descriptor ? dataDescriptorFollows : 0), 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(entry.time, 12);
  record.writeUInt16LE(entry.date, 14);
  record.writeUInt32LE(entry.crc32, 16);
  record.writeUInt32LE(zip64 ? u32Max : entry.compressedSize, 20);
  record.writeUInt32LE(zip64 ? u32Max : entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt16LE(extra, 30);
  record.writeUInt16LE(0, 32); // comment
  record.writeUInt16LE(0, 34); // disk
  record.writeUInt16LE(0, 36); // internal attributes
  record.writeUInt32LE(externalAttributes, 38);
  record.writeUInt32LE(zip64 ? u32Max : entry.offset, 42);
  entry.name.copy(record, 46);
  if (zip64) {
    const at = 46 + entry.name.length;
    record.writeUInt16LE(0x0001, at);
    record.writeUInt16LE(24, at + 2);
    writeU64(record, entry.size, at + 4);
    writeU64(record, entry.compressedSize, at + 12);
    writeU64(record, entry.offset, at + 20);
  }
  return record;
}

/**
 * What follows the central directory: the end record, preceded by the ZIP64 end record and
 * its locator when the count, the directory's size or its offset do not fit the old fields.
 */
export function endRecords(count: number, directorySize: number, directoryOffset: number): Buffer {
  const zip64 = count >= u16Max || directorySize >= u32Max || directoryOffset >= u32Max;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? u16Max : count, 8);
  end.writeUInt16LE(zip64 ? u16Max : count, 10);
  end.writeUInt32LE(zip64 ? u32Max : directorySize, 12);
  end.writeUInt32LE(zip64 ? u32Max : directoryOffset, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  writeU64(record, 44, 4); // size of the rest of this record
  record.writeUInt16LE(versionMadeBy, 12);
  record.writeUInt16LE(versionZip64, 14);
  writeU64(record, count, 24);
  writeU64(record, count, 32);
  writeU64(record, directorySize, 40);
  writeU64(record, directoryOffset, 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  writeU64(locator, directoryOffset + directorySize, 8);
  locator.writeUInt32LE(1, 16); // disks in all
  return Buffer.concat([record, locator, end]);
}
