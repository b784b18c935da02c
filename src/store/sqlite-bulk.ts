// Bulk inserts for imports: rows are buffered and written by a multi-row INSERT prepared once,
// which saves the per-statement cost of better-sqlite3 (about a third of a row's insert time).
import type Database from 'better-sqlite3';

const ROWS_PER_STATEMENT = 32;

export interface BulkInsert {
  /** Buffers one row (as many values as the table has columns); writes when the buffer is full. */
  add(...values: unknown[]): void;
  /** Writes the buffered rows. Call before the transaction ends. */
  flush(): void;
}

/** `into` is the INSERT up to VALUES, e.g. "INSERT INTO t (a, b)"; `columns` the number of values per row. */
export function bulkInsert(db: Database.Database, into: string, columns: number): BulkInsert {
  const row = `(${new Array<string>(columns).fill('?').join(', ')})`;
  const one = db.prepare(`${into} VALUES ${row}`);
  const many = db.prepare(`${into} VALUES ${new Array<string>(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
  const full = columns * ROWS_PER_STATEMENT;
  let buffer: unknown[] = [];
  return {
    add(...values) {
      for (const value of values) buffer.push(value);
      if (buffer.length === full) {
        many.run(buffer);
        buffer = [];
      }
    },
    flush() {
      for (let at = 0; at < buffer.length; at += columns) one.run(buffer.slice(at, at + columns));
      buffer = [];
    },
  };
}
