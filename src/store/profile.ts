// The Customer Profiles API's Profile shape, and the flattened field names that the
// flow language's Customer Profiles actions use for it (ProfileRequestData / ProfileResponseData).
// Source: service model Profile shape; flow language pages for Get/Create/UpdateCustomerProfile.
import { dictionary, ownValue } from './dictionary.js';

export const ADDRESS_PARTS = [
  'Address1', 'Address2', 'Address3', 'Address4',
  'City', 'County', 'Country', 'PostalCode', 'Province', 'State',
] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export type Address = Partial<Record<AddressPart, string>>;

export const ADDRESS_KINDS = ['Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** Scalar string fields of the Profile shape (ProfileId excluded). */
export const PROFILE_STRING_FIELDS = [
  'AccountNumber', 'AdditionalInformation', 'PartyType', 'BusinessName',
  'FirstName', 'MiddleName', 'LastName', 'BirthDate', 'Gender',
  'PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber',
  'EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress',
  'PartyTypeString', 'GenderString',
] as const;
export type ProfileStringField = (typeof PROFILE_STRING_FIELDS)[number];

export type Profile = { ProfileId: string } & Partial<Record<ProfileStringField, string>> &
  Partial<Record<AddressKind, Address>> & { Attributes?: Record<string, string> };

/** Profile fields without the id: what CreateProfile takes, and UpdateProfile (where "" removes). */
export type ProfileFields = Omit<Profile, 'ProfileId'>;

/** Flattened prefix for each address kind: Address.City → City, ShippingAddress.City → ShippingCity. */
const FLAT_PREFIX: Record<AddressKind, string> = {
  Address: '', ShippingAddress: 'Shipping', MailingAddress: 'Mailing', BillingAddress: 'Billing',
};

/** Where a flattened flow field lives in the Profile shape. */
export type FieldLocation =
  | { readonly kind: 'string'; readonly field: ProfileStringField }
  | { readonly kind: 'address'; readonly address: AddressKind; readonly part: AddressPart }
  | { readonly kind: 'attribute'; readonly name: string };

// The flow language documents exactly these scalar names (no PersonalEmailAddress, no *String fields).
const FLOW_STRING_FIELDS: readonly ProfileStringField[] = [
  'FirstName', 'MiddleName', 'LastName', 'PhoneNumber', 'EmailAddress', 'AccountNumber',
  'AdditionalInformation', 'PartyType', 'BusinessName', 'BirthDate', 'Gender',
  'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber', 'BusinessEmailAddress',
];

const FLAT_FIELDS: ReadonlyMap<string, FieldLocation> = new Map<string, FieldLocation>([
  ...FLOW_STRING_FIELDS.map((field) => [field, { kind: 'string', field }] as const),
  ...ADDRESS_KINDS.flatMap((address) =>
    ADDRESS_PARTS.map((part) => [`${FLAT_PREFIX[address]}${part}`, { kind: 'address', address, part }] as const),
  ),
]);

/** The 55 documented flattened names, in documentation order (plus `Attributes.<name>`). */
export const FLOW_PROFILE_FIELDS: readonly string[] = [...FLAT_FIELDS.keys()];

export const ATTRIBUTE_PREFIX = 'Attributes.';

/** Maps a flattened flow field name to its place in the Profile shape; undefined if not documented. */
export function locateFlowField(name: string): FieldLocation | undefined {
  if (name.startsWith(ATTRIBUTE_PREFIX) && name.length > ATTRIBUTE_PREFIX.length) {
    return { kind: 'attribute', name: name.slice(ATTRIBUTE_PREFIX.length) };
  }
  return FLAT_FIELDS.get(name);
}

/** Reads a flattened field from a profile ('' where the profile has no value). */
export function readFlowField(profile: Profile, location: FieldLocation): string | undefined {
  switch (location.kind) {
    case 'string':
      return profile[location.field];
    case 'address':
      return profile[location.address]?.[location.part];
    case 'attribute':
      return ownValue(profile.Attributes, location.name);
  }
}

/** Builds Profile fields from flattened flow fields (ProfileRequestData of Create/Update). */
export function profileFieldsFromFlow(values: Readonly<Record<string, string>>): ProfileFields {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const location = locateFlowField(name);
    if (!location) continue;
    if (location.kind === 'string') fields[location.field] = value;
    else if (location.kind === 'address') {
      const address = (fields[location.address] ??= {}) as Record<string, string>;
      address[location.part] = value;
    } else {
      // Attribute names are data: `Attributes.__proto__` is an attribute named __proto__.
      const attributes = (fields.Attributes ??= dictionary()) as Record<string, string>;
      attributes[location.name] = value;
    }
  }
  return fields as ProfileFields;
}
