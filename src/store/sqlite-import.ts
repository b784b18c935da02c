// Bulk import: every record checked as CreateProfile (fields) and AddProfileKey (Keys) would check
// it, all inserted in the one transaction the store opens.
import type { Profile } from './profile.js';
import { checkProfileFields } from './profile-fields.js';
import { checkAddableKey, forEachIndexEntry, type CustomKeys } from './search-keys.js';
import { bulkInsert } from './sqlite-bulk.js';
import { keyIds, newProfileId, requireDomain, serializeCustomKeys, touchDomain, type StoreContext } from './sqlite-context.js';
import { ProfilesApiError, type ImportProfilesRequest, type ImportProfilesResponse } from './types.js';
import { badRequest, checkName, checkProfileId, checkValues, describe, isRecord } from './validate.js';

const RECORD_FIELDS: ReadonlySet<string> = new Set(['ProfileId', 'Keys']);
const PROGRESS_EVERY = 10_000;

export function importProfiles(context: StoreContext, request: ImportProfilesRequest): ImportProfilesResponse {
  const domain = requireDomain(context, request.DomainName);
  const domainId = domain.domain_id;
  const skip = request.OnInvalid === 'skip';
  const profiles = bulkInsert(context.db, 'INSERT INTO profiles (seq, domain_id, profile_id, body, custom_keys)', 5);
  const keys = bulkInsert(context.db, 'INSERT OR IGNORE INTO profile_keys (key_id, value, seq)', 3);
  const keyId = keyIds(context, domainId);
  const givenIds = new Set<string>();
  // The store's write lock is held: sequence numbers can be handed out here, so rows go in batches.
  let seq = context.sql.maxSeq.get() ?? 0;
  let read = 0;
  let imported = 0;
  for (const record of request.Profiles) {
    try {
      const { profile, custom, givenId } = checkProfileRecord(record);
      if (givenId) checkNewId(context, domainId, profile.ProfileId, givenIds);
      const at = (seq += 1);
      profiles.add(at, domainId, profile.ProfileId, JSON.stringify(profile), serializeCustomKeys(custom));
      forEachIndexEntry(profile, custom, context.normalize, (keyName, value) => keys.add(keyId(keyName), value, at));
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
  if (imported) touchDomain(context, domain);
  return { Imported: imported, Rejected: read - imported };
}

function checkNewId(context: StoreContext, domainId: number, profileId: string, givenIds: Set<string>): void {
  if (givenIds.has(profileId) || context.sql.profileById.get(domainId, profileId)) {
    throw badRequest(`ProfileId ${profileId} already exists in this domain`);
  }
  givenIds.add(profileId);
}

/** A ProfileRecord: Profile fields as CreateProfile takes them, an optional ProfileId, optional Keys. */
export function checkProfileRecord(record: unknown): { profile: Profile; custom: CustomKeys | undefined; givenId: boolean } {
  const fields = checkProfileFields(record, 'create', RECORD_FIELDS);
  const input = record as Record<string, unknown>; // checkProfileFields ensured an object
  const givenId = input.ProfileId !== undefined;
  const ProfileId = givenId ? checkProfileId(input.ProfileId) : newProfileId();
  const custom = input.Keys === undefined ? undefined : checkKeys(input.Keys);
  return { profile: { ProfileId, ...fields }, custom, givenId };
}

function checkKeys(keys: unknown): CustomKeys {
  if (!isRecord(keys)) throw badRequest(`Keys must be an object of KeyName: [values] (got ${describe(keys)})`);
  const checked: Record<string, readonly string[]> = {};
  for (const [name, values] of Object.entries(keys)) {
    checkAddableKey(checkName('Keys KeyName', name));
    const list = checkValues(`Keys.${name}`, values);
    checked[name] = list.length === 1 ? list : [...new Set(list)];
  }
  return checked;
}
