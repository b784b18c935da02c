// Every SQL statement of the store, prepared once per open database.
import type Database from 'better-sqlite3';

/** The most rows one limited lookup returns: MaxResults (at most 100) + 1. */
export const LOOKUP_LIMIT = 101;

// Search statements name the domain and the key: one statement per lookup, as each costs a read transaction.
const KEY_ID = `(SELECT key_id FROM search_keys WHERE key_name = ? AND domain_id = (SELECT domain_id FROM domains WHERE name = ?))`;
const DOMAIN_ID = '(SELECT domain_id FROM domains WHERE name = ?)';

export interface DomainRow {
  readonly domain_id: number;
  readonly name: string;
  readonly expiration_days: number | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly state: string;
}

export interface ProfileRow {
  readonly seq: number;
  readonly body: string;
  readonly custom_keys: string | null;
}

type Bind<P extends unknown[], R = unknown> = Database.Statement<P, R>;
/** Key name, domain name, normalized value, results after this sequence number. */
type LookupParams = [string, string, string, number];

export interface Statements {
  readonly domainByName: Bind<[string], DomainRow>;
  readonly domainState: Bind<[string], string>;
  readonly domains: Bind<[], DomainRow>;
  readonly insertDomain: Bind<[string, number | null, string, string]>;
  readonly updateDomain: Bind<[number | null, string, number]>;
  readonly touchDomain: Bind<[string, number]>;
  readonly deleteDomainKeys: Bind<[number]>;
  readonly deleteDomainSearchKeys: Bind<[number]>;
  readonly deleteDomainProfiles: Bind<[number]>;
  readonly deleteDomain: Bind<[number]>;
  readonly countProfiles: Bind<[number], number>;
  readonly maxSeq: Bind<[], number | null>;
  readonly profileById: Bind<[number, string], ProfileRow>;
  readonly insertProfile: Bind<[number, number, string, string, string | null]>;
  readonly seqFloor: Bind<[], string>;
  readonly setSeqFloor: Bind<[string]>;
  readonly updateProfile: Bind<[string, string | null, number]>;
  readonly deleteProfile: Bind<[number]>;
  readonly insertSearchKey: Bind<[number, string]>;
  readonly searchKeyId: Bind<[number, string], number>;
  readonly insertKey: Bind<[number, string, number]>;
  readonly deleteKey: Bind<[number, string, number]>;
  readonly lookupKey: Bind<LookupParams, number>;
  readonly lookupKeyFirst: Bind<LookupParams, number>;
  readonly lookupKeyProfiles: Bind<LookupParams, [number, string]>;
  readonly lookupProfileId: Bind<[string, string, number], number>;
  readonly bodyBySeq: Bind<[number], string>;
  readonly profilesAfter: Bind<[number, number, number], [number, string]>;
}

export function prepareStatements(db: Database.Database): Statements {
  const sql = <P extends unknown[], R = unknown>(source: string): Bind<P, R> => db.prepare<P, R>(source);
  return {
    domainByName: sql('SELECT * FROM domains WHERE name = ?'),
    domainState: sql<[string], string>('SELECT state FROM domains WHERE name = ?').pluck(),
    domains: sql('SELECT * FROM domains ORDER BY name'),
    insertDomain: sql(
      "INSERT INTO domains (name, expiration_days, created_at, updated_at, state) VALUES (?, ?, ?, ?, 'new')",
    ),
    updateDomain: sql('UPDATE domains SET expiration_days = ?, updated_at = ? WHERE domain_id = ?'),
    touchDomain: sql('UPDATE domains SET state = ? WHERE domain_id = ?'),
    deleteDomainKeys: sql('DELETE FROM profile_keys WHERE key_id IN (SELECT key_id FROM search_keys WHERE domain_id = ?)'),
    deleteDomainSearchKeys: sql('DELETE FROM search_keys WHERE domain_id = ?'),
    deleteDomainProfiles: sql('DELETE FROM profiles WHERE domain_id = ?'),
    deleteDomain: sql('DELETE FROM domains WHERE domain_id = ?'),
    countProfiles: sql<[number], number>('SELECT count(*) FROM profiles WHERE domain_id = ?').pluck(),
    maxSeq: sql<[], number | null>('SELECT max(seq) FROM profiles').pluck(),
    profileById: sql('SELECT seq, body, custom_keys FROM profiles WHERE domain_id = ? AND profile_id = ?'),
    insertProfile: sql('INSERT INTO profiles (seq, domain_id, profile_id, body, custom_keys) VALUES (?, ?, ?, ?, ?)'),
    seqFloor: sql<[], string>("SELECT value FROM meta WHERE name = 'seq_floor'").pluck(),
    setSeqFloor: sql("INSERT OR REPLACE INTO meta (name, value) VALUES ('seq_floor', ?)"),
    updateProfile: sql('UPDATE profiles SET body = ?, custom_keys = ? WHERE seq = ?'),
    deleteProfile: sql('DELETE FROM profiles WHERE seq = ?'),
    insertSearchKey: sql('INSERT OR IGNORE INTO search_keys (domain_id, key_name) VALUES (?, ?)'),
    searchKeyId: sql<[number, string], number>('SELECT key_id FROM search_keys WHERE domain_id = ? AND key_name = ?').pluck(),
    insertKey: sql('INSERT OR IGNORE INTO profile_keys (key_id, value, seq) VALUES (?, ?, ?)'),
    deleteKey: sql('DELETE FROM profile_keys WHERE key_id = ? AND value = ? AND seq = ?'),
    lookupKey: sql<LookupParams, number>(
      `SELECT seq FROM profile_keys WHERE key_id = ${KEY_ID} AND value = ? AND seq > ? ORDER BY seq`,
    ).pluck(),
    // A literal LIMIT: a bound one makes this lookup three times slower (measured with SQLite 3.53).
    lookupKeyFirst: sql<LookupParams, number>(
      `SELECT seq FROM profile_keys WHERE key_id = ${KEY_ID} AND value = ? AND seq > ? ORDER BY seq LIMIT ${LOOKUP_LIMIT}`,
    ).pluck(),
    lookupKeyProfiles: sql<LookupParams, [number, string]>(
      `SELECT k.seq, p.body FROM profile_keys k JOIN profiles p ON p.seq = k.seq
       WHERE k.key_id = ${KEY_ID} AND k.value = ? AND k.seq > ? ORDER BY k.seq LIMIT ${LOOKUP_LIMIT}`,
    ).raw(),
    lookupProfileId: sql<[string, string, number], number>(
      `SELECT seq FROM profiles WHERE domain_id = ${DOMAIN_ID} AND profile_id = ? AND seq > ?`,
    ).pluck(),
    bodyBySeq: sql<[number], string>('SELECT body FROM profiles WHERE seq = ?').pluck(),
    profilesAfter: sql<[number, number, number], [number, string]>(
      'SELECT seq, body FROM profiles WHERE domain_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ).raw(),
  };
}
