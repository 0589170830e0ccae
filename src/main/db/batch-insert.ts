import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

/** Rows of one table written a batch at a time; see `batchInsert`. */
export interface BatchInsert<Row extends readonly unknown[]> {
  add(row: Row): void;
  /** Writes the rows added since the last statement. */
  flush(): void;
  /** Forgets the rows not written yet (after a failed transaction). */
  clear(): void;
}

/**
 * Rows of one shape written `size` at a time by one multi-row `INSERT … VALUES (…), (…)`
 * statement (the rest by one more at `flush`): one statement per row costs a call into
 * better-sqlite3 and a statement's start and end in SQLite per row, which at 100,000 rows is a
 * good part of the insert itself. SQLite has no bulk-insert call and better-sqlite3 none over
 * it; the multi-row VALUES list is SQLite's own way. The values go into one array reused for
 * every batch, bound by position.
 *
 * Rows are written only when a batch is full or at `flush`: whoever reads the table, or writes
 * rows whose foreign keys point at these (checked at the end of each statement), flushes first.
 * `beforeWrite` runs before each statement (e.g. to flush the parent rows of this batch);
 * `suffix` follows the values (an upsert's `ON CONFLICT … DO UPDATE`).
 */
export function batchInsert<Row extends readonly unknown[]>(
  db: Db,
  insert: string,
  options: { width: Row['length']; size?: number; beforeWrite?: () => void; suffix?: string },
): BatchInsert<Row> {
  const { width, size = 64, beforeWrite, suffix = '' } = options;
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const statementFor = (rows: number): Statement<unknown[]> =>
    db.prepare(
      `${insert} VALUES ${Array.from({ length: rows }, () => tuple).join(', ')} ${suffix}`,
    );
  let full: Statement<unknown[]> | null = null;
  const values: unknown[] = new Array<unknown>(size * width);
  let count = 0;

  function write(rows: number): void {
    beforeWrite?.();
    if (rows === size) (full ??= statementFor(size)).run(values);
    else statementFor(rows).run(values.slice(0, rows * width));
    count = 0;
  }

  return {
    add(row) {
      const at = count * width;
      for (let i = 0; i < width; i++) values[at + i] = row[i];
      count += 1;
      if (count === size) write(size);
    },
    flush() {
      if (count > 0) write(count);
    },
    clear() {
      count = 0;
    },
  };
}
