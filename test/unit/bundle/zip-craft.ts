import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/** One entry of a zip built by hand: any name, any attributes, sizes and offsets may lie. */
export interface RawEntry {
  name: string | Buffer;
  data: Buffer;
  /** 0 stored (default), 8 deflated. */
  method?: 0 | 8;
  /** External file attributes; a unix mode goes in the high 16 bits. */
  attributes?: number;
  flags?: number;
  /** What the central directory claims, instead of the truth. */
  declaredSize?: number;
  /** Point this entry's directory record at another entry's data (index into the list). */
  sameDataAs?: number;
}

/**
 * A zip written byte by byte, because yazl (rightly) refuses to write `../` names, backslashes,
 * duplicate names or lying sizes, and the malicious corpus needs all of them. Layout per
 * APPNOTE.TXT 4.3: local headers with data, central directory, end record. No zip64.
 */
export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const records: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const method = entry.method ?? 0;
    const body = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);
    const flags = entry.flags ?? 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const own = offset;
    offsets.push(own);
    parts.push(local, name, body);
    offset += local.length + name.length + body.length;

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 30, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt16LE(0, 12);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(body.length, 20);
    record.writeUInt32LE(entry.declaredSize ?? entry.data.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(0, 30);
    record.writeUInt16LE(0, 32);
    record.writeUInt16LE(0, 34);
    record.writeUInt16LE(0, 36);
    record.writeUInt32LE((entry.attributes ?? 0o100644 << 16) >>> 0, 38);
    record.writeUInt32LE(entry.sameDataAs === undefined ? own : offsets[entry.sameDataAs]!, 42);
    records.push(Buffer.concat([record, name]));
  }
  const directory = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

export interface ZipContent {
  name: string;
  data: Buffer;
  crc32: number;
  compressionMethod: number;
  mode: number;
}

/** Every entry of a (valid) zip with its bytes, as yauzl reads it. */
export async function readZip(file: string): Promise<ZipContent[]> {
  const zip = await yauzl.openPromise(file, { autoClose: false });
  const out: ZipContent[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      out.push({
        name: entry.fileName,
        data: Buffer.concat(chunks),
        crc32: entry.crc32,
        compressionMethod: entry.compressionMethod,
        mode: entry.externalFileAttributes >>> 16,
      });
    }
  } finally {
    zip.close();
  }
  return out;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
