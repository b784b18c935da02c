// Bulk import: every record checked as CreateProfile (fields) and AddProfileKey (Keys) would check
// it, all inserted in the one transaction the store opens.
import type { Profile } from './profile.js';
import { checkProfileFields } from './profile-fields.js';
import { checkAddableKey, forEachIndexEntry, type CustomKeys } from './search-keys.js';
import { keyIndexInsert, profileInsert, type KeyIndexInsert } from './sqlite-bulk.js';
import { keyIds, lastSeq, newProfileId, requireDomain, serializeCustomKeys, touchDomain, type StoreContext } from './sqlite-context.js';
import { ProfilesApiError, type ImportProfilesRequest, type ImportProfilesResponse } from './types.js';
import { badRequest, checkName, checkProfileId, checkValues, describe, isRecord } from './validate.js';

const RECORD_FIELDS: ReadonlySet<string> = new Set(['ProfileId', 'Keys']);
const PROGRESS_EVERY = 10_000;

export function importProfiles(context: StoreContext, request: ImportProfilesRequest): ImportProfilesResponse {
  const domain = requireDomain(context, request.DomainName);
  const keys = keyIndexInsert(context.db, keyIds(context, domain.domain_id));
  try {
    const { read, imported } = insertRecords(context, request, domain.domain_id, keys);
    if (imported) touchDomain(context, domain);
    return { Imported: imported, Rejected: read - imported };
  } finally {
    keys.close();
  }
}

function insertRecords(
  context: StoreContext,
  request: ImportProfilesRequest,
  domainId: number,
  keys: KeyIndexInsert,
): { read: number; imported: number } {
  const skip = request.OnInvalid === 'skip';
  const profiles = profileInsert(context.db);
  const givenIds = new Set<string>();
  // The store's write lock is held: sequence numbers can be handed out here, so rows go in batches.
  let seq = lastSeq(context);
  const addKey = (keyName: string, value: string): void => keys.add(keyName, value, seq); // of the current profile
  let read = 0;
  let imported = 0;
  for (const record of request.Profiles) {
    try {
      const { profile, custom, givenId } = checkProfileRecord(record);
      if (givenId) checkNewId(context, domainId, profile.ProfileId, givenIds);
      seq += 1;
      profiles.add(seq, domainId, profile.ProfileId, JSON.stringify(profile), serializeCustomKeys(custom));
      forEachIndexEntry(profile, custom, context.normalize, addKey);
      imported += 1;
    } catch (error) {
      if (!(error instanceof ProfilesApiError)) throw error;
      request.onRejected?.(read, error);
      if (!skip) throw error;
    }
    read += 1;
    if (read % PROGRESS_EVERY === 0) request.onProgress?.(read);
  }
  profiles.flush();
  keys.flush();
  return { read, imported };
}

function checkNewId(context: StoreContext, domainId: number, profileId: string, givenIds: Set<string>): void {
  if (givenIds.has(profileId) || context.sql.profileById.get(domainId, profileId)) {
    throw badRequest(`ProfileId ${profileId} already exists in this domain`);
  }
  givenIds.add(profileId);
}

/** A ProfileRecord: Profile fields as CreateProfile takes them, an optional ProfileId, optional Keys. */
export function checkProfileRecord(record: unknown): { profile: Profile; custom: CustomKeys | undefined; givenId: boolean } {
  const profile: Profile = { ProfileId: '' }; // first in the stored JSON; set once the fields are checked
  checkProfileFields(record, 'create', RECORD_FIELDS, profile);
  const input = record as Record<string, unknown>; // checkProfileFields ensured an object
  const givenId = input.ProfileId !== undefined;
  profile.ProfileId = givenId ? checkProfileId(input.ProfileId) : newProfileId();
  const custom = input.Keys === undefined ? undefined : checkKeys(input.Keys);
  return { profile, custom, givenId };
}

function checkKeys(keys: unknown): CustomKeys {
  if (!isRecord(keys)) throw badRequest(`Keys must be an object of KeyName: [values] (got ${describe(keys)})`);
  const checked = new Map<string, readonly string[]>();
  // Own names only (Object.keys): `__proto__` from JSON or YAML is an own property there, and a key like any other.
  for (const name of Object.keys(keys)) {
    checkAddableKey(checkName('Keys KeyName', name));
    const list = checkValues(`Keys.${name}`, keys[name]);
    checked.set(name, list.length === 1 ? list : [...new Set(list)]);
  }
  return checked;
}
