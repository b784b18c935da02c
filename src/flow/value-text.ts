// Values from flows, contacts, mocks and scenario files as text, without running anything they hold.
// `String(x)`, template literals and `Array.join` call an object's own `toString` / `valueOf`: a flow
// with `Operands: [{toString: x}]` makes them throw "Cannot convert object to primitive value", and a
// library caller's object could run code. These helpers never call a value's methods, and bound the
// text they build (a value read from a file is as large as the file).

/** The most characters valueText and jsonText return; longer text ends with "…". */
export const MAX_VALUE_TEXT = 65_536;

/** A value as text: strings as they are, numbers and booleans as JavaScript writes them, "" for nothing, JSON otherwise. */
export function valueText(value: unknown, max = MAX_VALUE_TEXT): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.length > max ? cut(value, max) : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${value}`;
  return jsonText(value, max);
}

/** JSON of any value (objects, arrays, a string quoted): never throws, at most `max` characters. */
export function jsonText(value: unknown, max = MAX_VALUE_TEXT): string {
  let text: string | undefined;
  try {
    // JSON.stringify calls only a toJSON that is a function; parsed YAML and JSON hold none.
    text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}` : typeof item === 'function' || typeof item === 'symbol' ? undefined : item));
  } catch {
    // A cycle (a library caller's object) or a getter that throws.
    return '[unprintable value]';
  }
  if (text === undefined) return '';
  return text.length > max ? cut(text, max) : text;
}

/** A label for a value in a message: a string as it is, anything else as JSON, at most `max` characters. */
export function labelText(value: unknown, max = 200): string {
  return typeof value === 'string' ? (value.length > max ? cut(value, max) : value) : jsonText(value, max);
}

function cut(text: string, max: number): string {
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}
