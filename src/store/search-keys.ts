// Which values of a profile are searchable under which key, and how a value is normalized before
// it is indexed or looked up. Standard keys: admin guide "Standard profile definition" (index table):
// _phone, _email, _account, _profileId, _fullName ("FirstName MiddleName LastName"). Custom keys
// come from AddProfileKey. The matching rules are cfsim's choices, documented in docs/profile-store.md.
import type { Profile } from './profile.js';
import { phoneNormalizer, type CountryCode } from './phone.js';
import { badRequest } from './validate.js';

export const PROFILE_ID_KEY = '_profileId';

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
