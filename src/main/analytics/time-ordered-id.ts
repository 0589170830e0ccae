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
const random = Buffer.alloc(8);

export function timeOrderedId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    randomFillSync(random, 0, 2);
    counter = random.readUInt16BE(0) & 0x7ff;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  randomFillSync(random);
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  const ms = hex(lastMs, 12);
  const variant = hex(0x8000 | (random.readUInt16BE(0) & 0x3fff), 4);
  const tail = random.toString('hex', 2, 8);
  return `${ms.slice(0, 8)}-${ms.slice(8)}-${hex(0x7000 | counter, 4)}-${variant}-${tail}`;
}
