import { randomFillSync } from 'node:crypto';

/**
 * Time-ordered ids (RFC 9562 version 7 UUIDs) for the rows an import adds by the ten thousand:
 * publications outside the plan, and so their figure snapshots. Random (v4) ids land on random
 * pages of every B-tree keyed by them (the id's own index and figure_snapshots_key); ids that
 * grow with time append at the right edge instead, and a 100,000-row export wrote its unplanned
 * rows about twice as fast (CPU time, 90,000 rows: snapshots 982 → 427 ms).
 *
 * Written here because neither fits yet: node:crypto has `randomUUIDv7` only from Node 24.16
 * (the app supports Node ≥ 22.12), and the only `uuid` package installed is exceljs' 8.x, which
 * has no v7. Layout (RFC 9562 §5.7, with §6.2 method 1, a 12-bit counter in rand_a so ids made in
 * the same millisecond still sort in the order they were made): 48-bit Unix milliseconds,
 * version 7, counter, variant 10, 62 random bits. The counter starts at a random value below
 * 2048 each millisecond; when it runs out the millisecond is borrowed from the next one.
 */
let lastMs = -1;
let counter = 0;
// Random bytes drawn 4 KB at a time (as node:crypto's randomUUID caches its entropy): one
// randomFillSync per id cost more than the insert the id is for.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
function randomBytes(n: number): number {
  if (poolAt + n > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  poolAt += n;
  return poolAt - n;
}

const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function timeOrderedId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = pool.readUInt16BE(randomBytes(2)) & 0x7ff;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const high = Math.floor(lastMs / 0x1000000); // the first 24 of the 48 bits
  const low = lastMs % 0x1000000;
  const r = randomBytes(8);
  return (
    hex[high >>> 16]! +
    hex[(high >>> 8) & 0xff]! +
    hex[high & 0xff]! +
    hex[low >>> 16]! +
    '-' +
    hex[(low >>> 8) & 0xff]! +
    hex[low & 0xff]! +
    '-' +
    hex[0x70 | (counter >>> 8)]! +
    hex[counter & 0xff]! +
    '-' +
    hex[0x80 | (pool[r]! & 0x3f)]! +
    hex[pool[r + 1]!]! +
    '-' +
    hex[pool[r + 2]!]! +
    hex[pool[r + 3]!]! +
    hex[pool[r + 4]!]! +
    hex[pool[r + 5]!]! +
    hex[pool[r + 6]!]! +
    hex[pool[r + 7]!]!
  );
}
