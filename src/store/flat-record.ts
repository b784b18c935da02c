// A profile written as flat name → value pairs (CSV columns, `cfsim profiles create --field`):
// API field names (FirstName, PersonalEmailAddress, ...), address parts as the flow language flattens
// them (City, ShippingCity, ...) or dotted (ShippingAddress.City), Attributes.<name>, Keys.<name>, ProfileId.
import {
  ADDRESS_KINDS, ADDRESS_PARTS, PROFILE_STRING_FIELDS, locateFlowField, type FieldLocation, type ProfileStringField,
} from './profile.js';
import { dictionary } from './dictionary.js';
import type { ProfileRecord } from './types.js';

const STRING_FIELDS: ReadonlySet<string> = new Set(PROFILE_STRING_FIELDS);
const KEYS_PREFIX = 'Keys.';

export type FlatColumn =
  | FieldLocation
  | { readonly kind: 'profileId' }
  | { readonly kind: 'key'; readonly name: string };

/** Where a flat name goes in a ProfileRecord; undefined for a name that is none of the above. */
export function locateFlatName(name: string): FlatColumn | undefined {
  if (name === 'ProfileId') return { kind: 'profileId' };
  if (STRING_FIELDS.has(name)) return { kind: 'string', field: name as ProfileStringField };
  if (name.startsWith(KEYS_PREFIX) && name.length > KEYS_PREFIX.length) return { kind: 'key', name: name.slice(KEYS_PREFIX.length) };
  const [kind, part, ...rest] = name.split('.');
  const address = ADDRESS_KINDS.find((candidate) => candidate === kind);
  const addressPart = ADDRESS_PARTS.find((candidate) => candidate === part);
  if (address && addressPart && rest.length === 0) return { kind: 'address', address, part: addressPart };
  return locateFlowField(name);
}

/** The profile field names `locateFlatName` knows, to suggest in an error. */
export const FIELD_NAME_HELP =
  'API field names (FirstName, PhoneNumber, ...), City / ShippingCity / ShippingAddress.City, Attributes.<name>';
/** All the names `locateFlatName` knows. */
export const FLAT_NAME_HELP = `${FIELD_NAME_HELP}, Keys.<name>, ProfileId`;

/**
 * Builds a ProfileRecord from flat values. `skipEmpty`: an empty value is left out (CSV cells, where
 * CreateProfile would refuse ""); otherwise it is kept (UpdateProfile, where "" removes the value).
 */
export function recordFromFlat(
  values: Iterable<readonly [FlatColumn, string]>,
  options: { readonly skipEmpty: boolean },
): ProfileRecord {
  // Null-prototype objects: the names after `Keys.` and `Attributes.` are data (`Keys.__proto__` too).
  const record = dictionary<unknown>();
  const group = (name: string): Record<string, unknown> => (record[name] ??= dictionary()) as Record<string, unknown>;
  for (const [column, value] of values) {
    if (options.skipEmpty && value === '') continue;
    switch (column.kind) {
      case 'profileId':
        record.ProfileId = value;
        break;
      case 'string':
        record[column.field] = value;
        break;
      case 'address':
        group(column.address)[column.part] = value;
        break;
      case 'attribute':
        group('Attributes')[column.name] = value;
        break;
      case 'key':
        group('Keys')[column.name] = [value];
        break;
    }
  }
  return record as ProfileRecord;
}
