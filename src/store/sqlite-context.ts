// What the SQLite store's operations share: the database, its statements, and the rows they
// read and write (profiles with their key index entries kept in step).
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Profile } from './profile.js';
import { decodeEntry, forEachIndexEntry, indexEntrySet, type CustomKeys, type KeyNormalizer } from './search-keys.js';
import type { DomainRow, ProfileRow, Statements } from './sqlite-statements.js';
import { ProfilesApiError } from './types.js';
import { checkName } from './validate.js';

export interface StoreContext {
  readonly db: Database.Database;
  readonly sql: Statements;
  readonly normalize: KeyNormalizer;
  readonly defaultDomain: string;
  /** A fresh domain state id: every write gives its domain a new one (NextToken validity). */
  readonly newState: () => string;
}

export function stateIds(): () => string {
  const session = randomBytes(6).toString('hex');
  let counter = 0;
  return () => `${session}.${(counter += 1)}`;
}

let randomHex = '';
let randomAt = 0;
let idTime = -1;
let idTimeHex = '';

/**
 * CreateProfile ids: 32 lowercase hex characters, like the service's. The first 12 are the time in
 * milliseconds and the other 20 random (as in a UUIDv7): new ids land at the end of the id index,
 * which makes a bulk import of a million profiles about a fifth faster than fully random ids.
 * Both parts are made in bulk (random bytes 8,000 at a time, the time's hex once per millisecond):
 * made per id, they cost about a quarter of an imported record's validation.
 */
export function newProfileId(): string {
  if (randomAt + 20 > randomHex.length) {
    randomHex = randomBytes(8000).toString('hex');
    randomAt = 0;
  }
  randomAt += 20;
  const now = Date.now();
  if (now !== idTime) {
    idTime = now;
    idTimeHex = now.toString(16).padStart(12, '0');
  }
  return idTimeHex + randomHex.slice(randomAt - 20, randomAt);
}

export function requireDomain(context: StoreContext, name: unknown): DomainRow {
  const domainName = name === undefined ? context.defaultDomain : checkName('DomainName', name);
  const row = context.sql.domainByName.get(domainName);
  if (!row) throw new ProfilesApiError('ResourceNotFoundException', `Domain ${domainName} not found`);
  return row;
}

export function requireProfile(context: StoreContext, domain: DomainRow, profileId: string): ProfileRow {
  const row = context.sql.profileById.get(domain.domain_id, profileId);
  if (!row) {
    throw new ProfilesApiError('ResourceNotFoundException', `Profile ${profileId} not found in domain ${domain.name}`);
  }
  return row;
}

export function touchDomain(context: StoreContext, domain: DomainRow): void {
  context.sql.touchDomain.run(context.newState(), domain.domain_id);
}

export function parseProfile(row: ProfileRow): Profile {
  return JSON.parse(row.body) as Profile;
}

/** The stored custom keys: JSON.parse makes every name, `__proto__` too, an own property; the Map keeps it data. */
export function parseCustomKeys(row: ProfileRow): CustomKeys | undefined {
  if (row.custom_keys === null) return undefined;
  return new Map(Object.entries(JSON.parse(row.custom_keys) as Record<string, readonly string[]>));
}

export function serializeCustomKeys(keys: CustomKeys | undefined): string | null {
  // Object.fromEntries defines own properties: a key named `__proto__` is written as one.
  return keys && keys.size ? JSON.stringify(Object.fromEntries(keys)) : null;
}

/**
 * Numbers a domain's search keys (creating them as needed). Use one per write: the numbers it
 * remembers must not outlive the transaction, which a rollback may undo.
 */
export function keyIds(context: StoreContext, domainId: number): (keyName: string) => number {
  const ids = new Map<string, number>();
  return (keyName) => {
    let id = ids.get(keyName);
    if (id === undefined) {
      context.sql.insertSearchKey.run(domainId, keyName);
      id = context.sql.searchKeyId.get(domainId, keyName) ?? -1; // it exists: inserted just above
      ids.set(keyName, id);
    }
    return id;
  };
}

/**
 * The sequence number after every one ever given in this store. SQLite would give a deleted last row's
 * number again (max + 1): index rows left behind by a bug or an older cfsim would then find the new
 * profile. So deletes raise a floor (meta `seq_floor`) and numbers start above it.
 */
export function lastSeq(context: StoreContext): number {
  return Math.max(context.sql.maxSeq.get() ?? 0, Number(context.sql.seqFloor.get() ?? 0));
}

/** Records that numbers up to `seq` were given (before deleting the profiles that have them). */
export function raiseSeqFloor(context: StoreContext, seq: number): void {
  if (seq > Number(context.sql.seqFloor.get() ?? 0)) context.sql.setSeqFloor.run(String(seq));
}

/** Inserts a profile and its index entries; returns its sequence number. */
export function insertProfileRow(context: StoreContext, domainId: number, profile: Profile, custom: CustomKeys | undefined): number {
  const seq = lastSeq(context) + 1;
  context.sql.insertProfile.run(seq, domainId, profile.ProfileId, JSON.stringify(profile), serializeCustomKeys(custom));
  const keyId = keyIds(context, domainId);
  forEachIndexEntry(profile, custom, context.normalize, (keyName, value) => {
    context.sql.insertKey.run(keyId(keyName), value, seq);
  });
  return seq;
}

/** Rewrites a profile and moves its index entries from what `before` had to what `after` has. */
export function rewriteProfileRow(
  context: StoreContext,
  domainId: number,
  row: ProfileRow,
  before: { profile: Profile; custom: CustomKeys | undefined },
  after: { profile: Profile; custom: CustomKeys | undefined },
): void {
  const old = indexEntrySet(before.profile, before.custom, context.normalize);
  const next = indexEntrySet(after.profile, after.custom, context.normalize);
  const keyId = keyIds(context, domainId);
  for (const entry of old) {
    if (next.has(entry)) continue;
    const { keyName, value } = decodeEntry(entry);
    context.sql.deleteKey.run(keyId(keyName), value, row.seq);
  }
  for (const entry of next) {
    if (old.has(entry)) continue;
    const { keyName, value } = decodeEntry(entry);
    context.sql.insertKey.run(keyId(keyName), value, row.seq);
  }
  context.sql.updateProfile.run(JSON.stringify(after.profile), serializeCustomKeys(after.custom), row.seq);
}

/**
 * Deletes a profile and every index entry it had: the entries are computed from the stored row, as
 * they were when it was written (the same normalizer: a store keeps its region), so none is left.
 */
export function deleteProfileRow(context: StoreContext, domainId: number, row: ProfileRow): void {
  const keyId = keyIds(context, domainId);
  forEachIndexEntry(parseProfile(row), parseCustomKeys(row), context.normalize, (keyName, value) => {
    context.sql.deleteKey.run(keyId(keyName), value, row.seq);
  });
  raiseSeqFloor(context, row.seq);
  context.sql.deleteProfile.run(row.seq);
}
