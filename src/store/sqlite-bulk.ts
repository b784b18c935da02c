// Bulk inserts for imports, which write millions of rows: rows are buffered and written by a
// multi-row INSERT prepared once, which saves the per-statement cost of better-sqlite3 (about a
// third of a row's insert time). Rows are passed as separate values, never as an array per row:
// allocating one per row costs about 5% of an import.
import type Database from 'better-sqlite3';
import { valueOrder, valueOrderWorker, type ValueOrderWorker } from './value-order.js';

const ROWS_PER_STATEMENT = 32;

/** The rows of one table, `columns` values each, written ROWS_PER_STATEMENT at a time. */
class RowBuffer {
  readonly #one: Database.Statement;
  readonly #many: Database.Statement;
  readonly #columns: number;
  // One array, reused: statements copy the values they are given.
  readonly #values: unknown[];
  #length = 0;

  /** `into` is the INSERT up to VALUES, e.g. "INSERT INTO t (a, b)". */
  constructor(db: Database.Database, into: string, columns: number) {
    const row = `(${new Array<string>(columns).fill('?').join(', ')})`;
    this.#one = db.prepare(`${into} VALUES ${row}`);
    this.#many = db.prepare(`${into} VALUES ${new Array<string>(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
    this.#columns = columns;
    this.#values = new Array<unknown>(columns * ROWS_PER_STATEMENT);
  }

  /** Buffers the next value (rows are consecutive values); writes when the buffer is full. */
  push(value: unknown): void {
    this.#values[this.#length++] = value;
    if (this.#length === this.#values.length) {
      // Spread: better-sqlite3 binds arguments faster than the items of an array.
      this.#many.run(...this.#values);
      this.#length = 0;
    }
  }

  /** Writes the buffered rows. Call before the transaction ends. */
  flush(): void {
    for (let at = 0; at < this.#length; at += this.#columns) this.#one.run(...this.#values.slice(at, at + this.#columns));
    this.#length = 0;
  }
}

export interface ProfileInsert {
  /** Buffers one profiles row; writes when the buffer is full. */
  add(seq: number, domainId: number, profileId: string, body: string, customKeys: string | null): void;
  /** Writes the buffered rows. Call before the transaction ends. */
  flush(): void;
}

export function profileInsert(db: Database.Database): ProfileInsert {
  // OR FAIL, not the default ABORT: to undo a failing statement's earlier rows, ABORT has SQLite save
  // each page before a statement changes it (a quarter of these rows' insert time). A failure (not
  // expected: ids are checked) still throws, and the import's transaction is rolled back.
  const rows = new RowBuffer(db, 'INSERT OR FAIL INTO profiles (seq, domain_id, profile_id, body, custom_keys)', 5);
  return {
    add(seq, domainId, profileId, body, customKeys) {
      rows.push(seq);
      rows.push(domainId);
      rows.push(profileId);
      rows.push(body);
      rows.push(customKeys);
    },
    flush: () => rows.flush(),
  };
}

export interface KeyIndexInsert {
  /** Buffers one profile_keys row; writes a batch when the buffer is full. */
  add(keyName: string, value: string, seq: number): void;
  /** Writes the buffered rows. Call before the transaction ends. */
  flush(): void;
  /** Stops the sorting worker, if one was started. Call at the end, whether the import succeeded or not. */
  close(): void;
}

// About 50,000 profiles' rows. Larger batches put more rows next to each other in the index but hold
// more memory (the import buffers up to two: one filling, one sorting); past this size a million-profile
// import got no faster, and one of 65,536 rows was a tenth slower.
const KEY_ROWS_PER_BATCH = 262_144;

/** The buffered rows of one key: values and sequence numbers, both in arrival order. */
interface KeyRows {
  readonly id: number;
  readonly values: string[];
  readonly seqs: number[];
}

/**
 * Rows of profile_keys, written a batch at a time in index order (key_id, value, seq): a B-tree takes
 * rows in order about twice as fast as in arrival order, where each lands on a random page. Rows are
 * kept as two arrays per key rather than an object each, which the garbage collector would copy.
 * Full batches are sorted on a worker while the next one fills; the last one is sorted here, so a
 * small import (a single batch) starts no worker. `keyId` numbers the key names.
 */
export function keyIndexInsert(db: Database.Database, keyId: (keyName: string) => number): KeyIndexInsert {
  const rows = new RowBuffer(db, 'INSERT OR IGNORE INTO profile_keys (key_id, value, seq)', 3);
  let byKey = new Map<string, { values: string[]; seqs: number[] }>();
  let buffered = 0;
  let sorter: ValueOrderWorker | undefined;
  let sorting: { batch: KeyRows[]; sorter: ValueOrderWorker } | undefined;
  /** `orders` has each key's valueOrder, in batch order. */
  const writeRows = (batch: readonly KeyRows[], orders: readonly Iterable<number>[]): void => {
    batch.forEach(({ id, values, seqs }, at) => {
      for (const row of orders[at] as Iterable<number>) {
        rows.push(id);
        rows.push(values[row]);
        rows.push(seqs[row]);
      }
    });
  };
  /** Takes the buffered rows, by key in key_id order. */
  const takeBatch = (): KeyRows[] => {
    const batch = [...byKey].map(([keyName, { values, seqs }]) => ({ id: keyId(keyName), values, seqs }));
    byKey = new Map();
    buffered = 0;
    return batch.sort((a, b) => a.id - b.id);
  };
  const writeSorting = (): void => {
    if (sorting) writeRows(sorting.batch, sorting.sorter.orders());
    sorting = undefined;
  };
  return {
    add(keyName, value, seq) {
      let keyRows = byKey.get(keyName);
      if (keyRows === undefined) byKey.set(keyName, (keyRows = { values: [], seqs: [] }));
      keyRows.values.push(value);
      keyRows.seqs.push(seq);
      if ((buffered += 1) < KEY_ROWS_PER_BATCH) return;
      const batch = takeBatch();
      writeSorting();
      sorter ??= valueOrderWorker();
      sorter.start(batch.map(({ values }) => values));
      sorting = { batch, sorter };
    },
    flush() {
      writeSorting();
      const batch = takeBatch();
      writeRows(batch, batch.map(({ values }) => valueOrder(values)));
      rows.flush();
    },
    close() {
      sorter?.close();
    },
  };
}
