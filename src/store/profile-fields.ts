// Validates the Profile fields of CreateProfile and UpdateProfile, and applies an update.
// Create: every string 1..255 (AdditionalInformation 1..1000). Update: 0..255 / 0..1000, where ""
// removes the value and an absent field keeps it (UpdateProfile doc). Source: service model shapes
// CreateProfileRequest, UpdateProfileRequest, Address, UpdateAddress, Attributes, UpdateAttributes.
import {
  ADDRESS_KINDS, ADDRESS_PARTS, PROFILE_STRING_FIELDS,
  type Address, type Profile, type ProfileFields,
} from './profile.js';
import { dictionary, setOwn } from './dictionary.js';
import { badRequest, checkEnum, checkOnlyKeys, checkString, describe, isRecord, stringWithin, type Limits } from './validate.js';

export type FieldsMode = 'create' | 'update';

// Deprecated in the model but still accepted; PartyTypeString / GenderString are their free-text successors.
const ENUMS: Partial<Record<string, readonly string[]>> = {
  PartyType: ['INDIVIDUAL', 'BUSINESS', 'OTHER'],
  Gender: ['MALE', 'FEMALE', 'UNSPECIFIED'],
};

const ADDRESS_PART_SET: ReadonlySet<string> = new Set(ADDRESS_PARTS);

type FieldKind = 'string' | 'address' | 'attributes';
const FIELD_KINDS: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ...PROFILE_STRING_FIELDS.map((field) => [field, 'string'] as const),
  ...ADDRESS_KINDS.map((kind) => [kind, 'address'] as const),
  ['Attributes', 'attributes'],
]);

const LIMITS: Record<FieldsMode, { readonly text: Limits; readonly long: Limits }> = {
  create: { text: { min: 1, max: 255 }, long: { min: 1, max: 1000 } },
  update: { text: { min: 0, max: 255 }, long: { min: 0, max: 1000 } },
};

/**
 * Checks the Profile fields of `input` and returns a copy of them; `requestFields` names the fields
 * that are not profile fields (DomainName, ProfileId, ...), which the caller checks. The copy is
 * made in `fields` when given, so that an import can put ProfileId first without a second copy.
 */
export function checkProfileFields(
  input: unknown,
  mode: FieldsMode,
  requestFields: ReadonlySet<string>,
  fields: Record<string, unknown> = {},
): ProfileFields {
  if (!isRecord(input)) throw badRequest(`a profile must be an object (got ${describe(input)})`);
  for (const field of Object.keys(input)) {
    const value = input[field];
    const kind = FIELD_KINDS.get(field);
    if (kind === undefined) {
      if (requestFields.has(field)) continue;
      throw badRequest(`a profile has no field "${field}"`);
    }
    if (value === undefined) continue;
    if (kind === 'address') fields[field] = checkAddress(field, value, mode);
    else if (kind === 'attributes') fields[field] = checkAttributes(value, mode);
    else fields[field] = checkField(field, value, mode);
  }
  return fields as ProfileFields;
}

function checkField(field: string, value: unknown, mode: FieldsMode): string {
  const allowed = ENUMS[field];
  if (allowed) return checkEnum(field, value, allowed);
  return checkString(field, value, field === 'AdditionalInformation' ? LIMITS[mode].long : LIMITS[mode].text);
}

function checkAddress(kind: string, value: unknown, mode: FieldsMode): Address {
  if (!isRecord(value)) throw badRequest(`${kind} must be an object (got ${describe(value)})`);
  checkOnlyKeys(kind, value, ADDRESS_PART_SET);
  const limits = LIMITS[mode].text;
  const address: Record<string, string> = {};
  for (const part of Object.keys(value)) {
    const text = value[part];
    if (text !== undefined) address[part] = stringWithin(text, limits) ?? checkString(`${kind}.${part}`, text, limits);
  }
  return address;
}

const ATTRIBUTE_KEY_LIMITS: Limits = { min: 1, max: 255 };

function checkAttributes(value: unknown, mode: FieldsMode): Record<string, string> {
  if (!isRecord(value)) throw badRequest(`Attributes must be an object (got ${describe(value)})`);
  const limits = LIMITS[mode].text;
  // Attribute names are data: `__proto__` is one like any other (setOwn), and only own names are read.
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const text = value[key];
    if (stringWithin(key, ATTRIBUTE_KEY_LIMITS) === undefined) {
      checkString(`Attributes key "${key.slice(0, 40)}"`, key, ATTRIBUTE_KEY_LIMITS);
    }
    if (text !== undefined) setOwn(attributes, key, stringWithin(text, limits) ?? checkString(`Attributes.${key}`, text, limits));
  }
  return attributes;
}

/** UpdateProfile: absent keeps, "" removes, anything else replaces; also inside addresses and Attributes. */
export function applyProfileUpdate(profile: Profile, update: ProfileFields): Profile {
  const result: Record<string, unknown> = { ...profile };
  for (const field of PROFILE_STRING_FIELDS) {
    const value = update[field];
    if (value === '') delete result[field];
    else if (value !== undefined) result[field] = value;
  }
  for (const kind of ADDRESS_KINDS) setMap(result, kind, update[kind]);
  setMap(result, 'Attributes', update.Attributes);
  return result as Profile;
}

function setMap(result: Record<string, unknown>, field: string, update: Readonly<Record<string, string>> | undefined): void {
  if (!update) return;
  const merged = dictionary(Object.entries((result[field] as Record<string, string> | undefined) ?? {}));
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  if (Object.keys(merged).length === 0) delete result[field];
  else result[field] = merged;
}
