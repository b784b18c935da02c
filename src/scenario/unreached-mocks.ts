// Mocks that no run reached: a warning, not a failure (the case may be written ahead of the flow),
// but usually a sign that the flow went elsewhere or the key is misspelt.
import { isRecord } from '../flow/load.js';
import type { DocPath } from '../flow/types.js';
import type { Mocks } from '../runtime/mocks.js';

/** One mock a scenario gives: its table, its key, and where it is written. */
export interface GivenMock {
  readonly table: string;
  readonly key: string;
  readonly path: DocPath;
}

/** `clock` is read by every run that needs the time, so it is never reported. */
const NOT_CALLS = new Set(['clock']);

/** Every keyed mock in a mocks object (as `cfsim run --mocks` takes), with its path below `at`. */
export function givenMocks(mocks: Mocks | undefined, at: DocPath): GivenMock[] {
  return Object.entries(mocks ?? {}).flatMap(([table, entries]): GivenMock[] => {
    if (NOT_CALLS.has(table)) return [];
    // percentage is one value or a list, not a table: it counts as read when the flow reads it.
    if (!isRecord(entries)) return [{ table, key: table, path: [...at, table] }];
    return Object.keys(entries).map((key) => ({ table, key, path: [...at, table, key] }));
  });
}

/** The mocks a run sees, and the `table/key` of every mock it has read so far. */
export interface TrackedMocks {
  readonly mocks: Mocks;
  readonly reads: ReadonlySet<string>;
}

/**
 * Wraps mocks so that reading a present key is recorded. Blocks look mocks up in several ways
 * (by identifier, ARN, queue name, "*"); watching the reads answers "did the flow use it" for all
 * of them without the runtime keeping a record for scenario tests' sake.
 */
export function trackMocks(mocks: Mocks): TrackedMocks {
  const reads = new Set<string>();
  const tables = new Map<string, unknown>();
  const watchTable = (table: string, entries: Record<string, unknown>): unknown =>
    new Proxy(entries, {
      get(target, key) {
        if (typeof key === 'string' && Object.hasOwn(target, key)) reads.add(readKey(table, key));
        return Reflect.get(target, key);
      },
    });
  const tracked = new Proxy(mocks, {
    get(target, table) {
      const value: unknown = Reflect.get(target, table);
      if (typeof table !== 'string' || value === undefined) return value;
      if (!isRecord(value)) {
        reads.add(readKey(table, table));
        return value;
      }
      let watched = tables.get(table);
      if (!watched) tables.set(table, (watched = watchTable(table, value)));
      return watched;
    },
  });
  return { mocks: tracked, reads };
}

export function reached(mock: GivenMock, reads: ReadonlySet<string>): boolean {
  return reads.has(readKey(mock.table, mock.key));
}

export function describeMock(mock: GivenMock): string {
  return mock.table === mock.key ? `mocks.${mock.table}` : `mocks.${mock.table}[${JSON.stringify(mock.key)}]`;
}

function readKey(table: string, key: string): string {
  return `${table}/${key}`;
}
