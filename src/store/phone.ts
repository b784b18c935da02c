// How `_phone` values are normalized so that one number matches across formats
// ("+1 (425) 555-0100" finds "+14255550100"). The admin guide's `_phone` key spans the four phone
// fields; the service does not document its matching, so cfsim normalizes to E.164 (docs/profile-store.md).
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type { CountryCode };

export function isCountryCode(value: string): value is CountryCode {
  return isSupportedCountry(value);
}

/** What to write instead of a region cfsim does not know. */
export const REGION_FIX = 'give a two-letter region such as US, GB or DE';

/** A region as a file or an option gives it (any case): its country code, or undefined if it names none. */
export function countryCodeOf(value: unknown): CountryCode | undefined {
  const region = typeof value === 'string' ? value.toUpperCase() : '';
  return isCountryCode(region) ? region : undefined;
}

// A North American number already in E.164 form is returned unchanged by libphonenumber-js;
// skipping the parse (about 8 µs) keeps bulk imports fast.
const NANP_E164 = /^\+1\d{10}$/;
const CACHE_LIMIT = 50_000;

/** Normalizes phone numbers for one default region, remembering recent results. */
export function phoneNormalizer(region: CountryCode): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    if (NANP_E164.test(value)) return value;
    let normalized = cache.get(value);
    if (normalized === undefined) {
      normalized = normalizePhone(value, region);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(value, normalized);
    }
    return normalized;
  };
}

/**
 * E.164 when libphonenumber-js finds a possible number (national numbers read in `region`);
 * otherwise the digits alone, so "555-0100" still finds "5550100"; a value with no digits is kept as given.
 */
export function normalizePhone(value: string, region: CountryCode): string {
  const parsed = parsePhoneNumberFromString(value, region);
  if (parsed?.isPossible()) return parsed.number;
  const digits = value.replace(/\D+/g, '');
  return digits === '' ? value : digits;
}
