// Which values of a profile are searchable under which key, and how a value is normalized before
// it is indexed or looked up. Standard keys: admin guide "Standard profile definition" (index table):
// _phone, _email, _account, _profileId, _fullName ("FirstName MiddleName LastName"). Custom keys
// come from AddProfileKey. The matching rules are cfsim's choices, documented in docs/profile-store.md.
import type { Profile } from './profile.js';
import { phoneNormalizer, type CountryCode } from './phone.js';
import { badRequest } from './validate.js';

export const PROFILE_ID_KEY = '_profileId';

/**
 * The predefined search keys, as the SearchProfiles API reference lists them ("The predefined keys you
 * can use to search include: ...", AWS SDK changelog 2022-11-14, ../shared/seeds/004*). cfsim indexes
 * the first five (forEachIndexEntry); the others come from integrations and match like custom keys.
 */
export const PREDEFINED_SEARCH_KEYS: readonly string[] = [
  '_phone', '_email', '_account', '_profileId', '_fullName',
  '_assetId', '_caseId', '_orderId', '_ctrContactId', '_marketoLeadId', '_salesforceAccountId',
  '_salesforceContactId', '_salesforceAssetId', '_zendeskUserId', '_zendeskExternalId', '_zendeskTicketId',
  '_serviceNowSystemId', '_serviceNowIncidentId', '_segmentUserId', '_shopifyCustomerId', '_shopifyOrderId',
];

/** Longer than any predefined key: a longer name is no typo of one, and is not compared. */
const MAX_KEY_LENGTH = 64;

/**
 * The predefined key a search key name was probably meant to be: one case or one edit away from it
 * (`_Phone`, `_acount`), or the key without its underscore (`phone`). Undefined for a predefined key
 * itself and for a custom key (any other name: domains define their own). Shared by the flow check
 * (CP008) and `cfsim profiles search`. Linear in the name, which is capped.
 */
export function predefinedKeyMeant(name: string): string | undefined {
  if (name.length === 0 || name.length > MAX_KEY_LENGTH || PREDEFINED_SEARCH_KEYS.includes(name)) return undefined;
  const lower = name.toLowerCase();
  for (const key of PREDEFINED_SEARCH_KEYS) {
    const keyLower = key.toLowerCase();
    if (lower === keyLower || `_${lower}` === keyLower) return key;
  }
  if (!name.startsWith('_')) return undefined;
  return PREDEFINED_SEARCH_KEYS.find((key) => oneEditApart(lower, key.toLowerCase()));
}

/** Whether two strings differ by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

const PHONE_FIELDS = ['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber'] as const;
const EMAIL_FIELDS = ['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress'] as const;

/** Custom keys of one profile, values as AddProfileKey received them. A Map: key names are data (`__proto__` too). */
export type CustomKeys = ReadonlyMap<string, readonly string[]>;

/** Maps a value to the form it is indexed and looked up in, for one key. */
export type KeyNormalizer = (keyName: string, value: string) => string;

export function keyNormalizer(region: CountryCode): KeyNormalizer {
  const phone = phoneNormalizer(region);
  return (keyName, value) => {
    switch (keyName) {
      case '_phone':
        return phone(value);
      case '_email':
        return value.toLowerCase();
      case '_fullName':
        return collapseSpaces(value).toLowerCase();
      default:
        return value; // _account, _profileId and custom keys match exactly
    }
  };
}

const EXTRA_SPACE = /^\s|\s$|\s\s|[^\S ]/;

function collapseSpaces(value: string): string {
  return EXTRA_SPACE.test(value) ? value.trim().replace(/\s+/g, ' ') : value;
}

/** "FirstName MiddleName LastName" with the absent parts left out. */
export function fullName({ FirstName, MiddleName, LastName }: Profile): string | undefined {
  let name = FirstName;
  if (MiddleName !== undefined) name = name === undefined ? MiddleName : `${name} ${MiddleName}`;
  if (LastName !== undefined) name = name === undefined ? LastName : `${name} ${LastName}`;
  return name;
}

const SEPARATOR = '\u0000'; // key names cannot contain it (pattern ^[a-zA-Z0-9_-]+$)

export interface IndexEntry {
  readonly keyName: string;
  readonly value: string;
}

export function encodeEntry(keyName: string, value: string): string {
  return `${keyName}${SEPARATOR}${value}`;
}

export function decodeEntry(entry: string): IndexEntry {
  const at = entry.indexOf(SEPARATOR);
  return { keyName: entry.slice(0, at), value: entry.slice(at + 1) };
}

/**
 * Calls `visit` with every (key, normalized value) a profile can be found by; a pair may come twice.
 * _profileId is not listed: the store finds profiles by id through its primary index.
 */
export function forEachIndexEntry(
  profile: Profile,
  custom: CustomKeys | undefined,
  normalize: KeyNormalizer,
  visit: (keyName: string, value: string) => void,
): void {
  const add = (keyName: string, value: string | undefined): void => {
    if (value !== undefined) visit(keyName, normalize(keyName, value));
  };
  for (const field of PHONE_FIELDS) add('_phone', profile[field]);
  for (const field of EMAIL_FIELDS) add('_email', profile[field]);
  add('_account', profile.AccountNumber);
  add('_fullName', fullName(profile));
  if (custom) {
    for (const [keyName, values] of custom) {
      for (const value of values) add(keyName, value);
    }
  }
}

/** The index entries of a profile as a set of encodeEntry strings, to compare before and after a change. */
export function indexEntrySet(profile: Profile, custom: CustomKeys | undefined, normalize: KeyNormalizer): Set<string> {
  const entries = new Set<string>();
  forEachIndexEntry(profile, custom, normalize, (keyName, value) => entries.add(encodeEntry(keyName, value)));
  return entries;
}

/** AddProfileKey cannot give a profile a second id: _profileId always means the ProfileId. */
export function checkAddableKey(keyName: string): void {
  if (keyName === PROFILE_ID_KEY) {
    throw badRequest('KeyName _profileId cannot be added: a profile is found by _profileId through its ProfileId');
  }
}
