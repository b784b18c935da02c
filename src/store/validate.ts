// Request validation with the limits of the service model (customer-profiles 2020-08-15, see
// ../shared/reference/api-constraints.md). Every violation is a BadRequestException naming the field and the limit.
import { ProfilesApiError } from './types.js';

export function badRequest(message: string): ProfilesApiError {
  return new ProfilesApiError('BadRequestException', message);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length in characters (code points); UTF-16 length is an upper bound, so most strings skip the count. */
function characterCount(value: string, max: number): number {
  return value.length <= max ? value.length : [...value].length;
}

export interface Limits {
  readonly min: number;
  readonly max: number;
}

/** A string of min..max characters (the model's string1To255, string0To255, sensitiveString1To1000, ...). */
export function checkString(field: string, value: unknown, { min, max }: Limits): string {
  if (typeof value !== 'string') {
    // YAML and JSON read 14255550100 as a number: the fix is quotes.
    const hint = typeof value === 'number' ? `: quote it ("${String(value)}")` : '';
    throw badRequest(`${field} must be a string (got ${describe(value)})${hint}`);
  }
  const count = characterCount(value, max);
  if (count < min || count > max) {
    throw badRequest(`${field} must be ${min} to ${max} characters long (got ${count})`);
  }
  return value;
}

/**
 * The value if checkString surely accepts it (a string of min..max UTF-16 units), else undefined.
 * Checks of many values (imports) call checkString, with a field name like `${kind}.${part}`
 * that takes building, only for the values this does not accept.
 */
export function stringWithin(value: unknown, { min, max }: Limits): string | undefined {
  return typeof value === 'string' && value.length >= min && value.length <= max ? value : undefined;
}

// Shape `name`: DomainName, KeyName.
const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

export function checkName(field: string, value: unknown): string {
  const name = checkString(field, value, { min: 1, max: 64 });
  if (!NAME_PATTERN.test(name)) {
    throw badRequest(`${field} "${name}" may contain only letters, digits, "_" and "-" (pattern ^[a-zA-Z0-9_-]+$)`);
  }
  return name;
}

// Shape `uuid`: the model's pattern is [a-f0-9]{32}; CreateProfile returns exactly that.
const PROFILE_ID_PATTERN = /^[a-f0-9]{32}$/;

export function checkProfileId(value: unknown, field = 'ProfileId'): string {
  if (typeof value !== 'string' || !PROFILE_ID_PATTERN.test(value)) {
    throw badRequest(`${field} must be 32 lowercase hexadecimal characters (got ${describe(value)})`);
  }
  return value;
}

export function checkEnum<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badRequest(`${field} must be one of ${allowed.join(', ')} (got ${describe(value)})`);
  }
  return value as T;
}

/** An integer in min..max, e.g. MaxResults (maxSize100) or DefaultExpirationDays (1..1098). */
export function checkInteger(field: string, value: unknown, { min, max }: Limits): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`${field} must be an integer from ${min} to ${max} (got ${describe(value)})`);
  }
  return value;
}

const VALUE_LIMITS: Limits = { min: 1, max: 255 };

/** A `requestValueList`: strings of 1..255 characters. The model sets no item count; cfsim asks for at least one. */
export function checkValues(field: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) throw badRequest(`${field} must be a list of strings (got ${describe(value)})`);
  if (value.length === 0) throw badRequest(`${field} must contain at least 1 value`);
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (stringWithin(item, VALUE_LIMITS) === undefined) checkString(`${field}[${index}]`, item, VALUE_LIMITS);
  }
  return value as readonly string[]; // every item checked above
}

export function checkOnlyKeys(what: string, value: Record<string, unknown>, allowed: ReadonlySet<string>): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) throw badRequest(`${what} has no field "${key}"`);
  }
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
