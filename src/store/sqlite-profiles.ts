// Profile operations of the SQLite store (CreateProfile, UpdateProfile, DeleteProfile, AddProfileKey,
// DeleteProfileKey). Each runs inside a transaction opened by the store.
import type { Profile, ProfileFields } from './profile.js';
import { applyProfileUpdate, checkProfileFields } from './profile-fields.js';
import { checkAddableKey } from './search-keys.js';
import {
  deleteProfileRow, insertProfileRow, newProfileId, parseCustomKeys, parseProfile, requireDomain, requireProfile,
  rewriteProfileRow, touchDomain, type StoreContext,
} from './sqlite-context.js';
import type { SearchKey } from './types.js';
import { badRequest, checkName, checkProfileId, checkValues, describe, isRecord } from './validate.js';

type InDomain = { readonly DomainName?: string };
type KeyRequest = InDomain & { ProfileId: string; KeyName: string; Values: readonly string[] };

// ProfileId: cfsim's own, for seeded runs (the API makes its own ids).
const CREATE_REQUEST_FIELDS: ReadonlySet<string> = new Set(['DomainName', 'ProfileId']);
const UPDATE_REQUEST_FIELDS: ReadonlySet<string> = new Set(['DomainName', 'ProfileId']);

function checkRequest(request: unknown, operation: string): Record<string, unknown> {
  if (!isRecord(request)) throw badRequest(`${operation} request must be an object (got ${describe(request)})`);
  return request;
}

export function createProfile(context: StoreContext, request: InDomain & ProfileFields & { ProfileId?: string }): { ProfileId: string } {
  const input = checkRequest(request, 'CreateProfile');
  const domain = requireDomain(context, input.DomainName);
  const fields = checkProfileFields(input, 'create', CREATE_REQUEST_FIELDS);
  const profile: Profile = { ProfileId: input.ProfileId === undefined ? newProfileId() : checkProfileId(input.ProfileId), ...fields };
  insertProfileRow(context, domain.domain_id, profile, undefined);
  touchDomain(context, domain);
  return { ProfileId: profile.ProfileId };
}

export function updateProfile(
  context: StoreContext,
  request: InDomain & { ProfileId: string } & ProfileFields,
): { ProfileId: string } {
  const input = checkRequest(request, 'UpdateProfile');
  const domain = requireDomain(context, input.DomainName);
  const profileId = checkProfileId(input.ProfileId);
  const update = checkProfileFields(input, 'update', UPDATE_REQUEST_FIELDS);
  const row = requireProfile(context, domain, profileId);
  const custom = parseCustomKeys(row);
  const before = parseProfile(row);
  rewriteProfileRow(context, domain.domain_id, row, { profile: before, custom }, {
    profile: applyProfileUpdate(before, update),
    custom,
  });
  touchDomain(context, domain);
  return { ProfileId: profileId };
}

export function getProfile(context: StoreContext, request: InDomain & { ProfileId: string }): Profile {
  const input = checkRequest(request, 'GetProfile');
  const domain = requireDomain(context, input.DomainName);
  return parseProfile(requireProfile(context, domain, checkProfileId(input.ProfileId)));
}

export function deleteProfile(context: StoreContext, request: InDomain & { ProfileId: string }): { Message: string } {
  const input = checkRequest(request, 'DeleteProfile');
  const domain = requireDomain(context, input.DomainName);
  const profileId = checkProfileId(input.ProfileId);
  deleteProfileRow(context, domain.domain_id, requireProfile(context, domain, profileId));
  touchDomain(context, domain);
  return { Message: `Profile ${profileId} deleted` };
}

/** The custom keys of a profile (AddProfileKey), as SearchKeys. */
export function listProfileKeys(context: StoreContext, request: InDomain & { ProfileId: string }): SearchKey[] {
  const input = checkRequest(request, 'ListProfileKeys');
  const domain = requireDomain(context, input.DomainName);
  const row = requireProfile(context, domain, checkProfileId(input.ProfileId));
  return [...(parseCustomKeys(row) ?? [])].map(([KeyName, Values]) => ({ KeyName, Values }));
}

/** AddProfileKey: the values join the ones the key already has for this profile. */
export function addProfileKey(context: StoreContext, request: KeyRequest): SearchKey {
  return changeKey(context, request, 'AddProfileKey', (current, values) => [...new Set([...current, ...values])]);
}

/** DeleteProfileKey: removes these values; values the profile does not have are ignored. */
export function deleteProfileKey(context: StoreContext, request: KeyRequest): { Message: string } {
  const { KeyName } = changeKey(context, request, 'DeleteProfileKey', (current, values) =>
    current.filter((value) => !values.includes(value)),
  );
  return { Message: `Deleted values of key ${KeyName}` };
}

function changeKey(
  context: StoreContext,
  request: KeyRequest,
  operation: string,
  change: (current: readonly string[], values: readonly string[]) => string[],
): SearchKey {
  const input = checkRequest(request, operation);
  const domain = requireDomain(context, input.DomainName);
  const profileId = checkProfileId(input.ProfileId);
  const KeyName = checkName('KeyName', input.KeyName);
  checkAddableKey(KeyName);
  const Values = checkValues('Values', input.Values);
  const row = requireProfile(context, domain, profileId);
  const profile = parseProfile(row);
  const custom = parseCustomKeys(row);
  const next = new Map(custom);
  const changed = change(custom?.get(KeyName) ?? [], Values);
  if (changed.length) next.set(KeyName, changed);
  else next.delete(KeyName);
  rewriteProfileRow(context, domain.domain_id, row, { profile, custom }, { profile, custom: next });
  touchDomain(context, domain);
  return { KeyName, Values };
}
