// Names that come from data (profile keys, attribute names, import columns, block identifiers) are
// keys of null-prototype objects or Maps, never of plain objects: on a plain object `__proto__`
// sets the prototype and `constructor` reads Object, so a key named so would corrupt or misread.

/** A new object with no prototype: every name, `__proto__` included, is an ordinary own key. */
export function dictionary<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const result = Object.create(null) as Record<string, T>;
  if (entries) for (const [key, value] of entries) result[key] = value;
  return result;
}

/** `record[key]` if it is the record's own property, else undefined (never an inherited member). */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets `record[key]` as an own property, `__proto__` too (assigning that one would set the prototype).
 * For plain objects on hot paths, which JSON.stringify writes faster than null-prototype ones.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
