// `cfsim profiles check`: SQLite's integrity check of a store file, its schema, and cfsim's own check
// of the key index against the profiles (every row belongs to the profile it names, none is missing).
// `repair` rebuilds the key index from the profiles, which fixes what the index check finds.
import Database from 'better-sqlite3';
import { isCountryCode } from './phone.js';
import { keyNormalizer, indexEntrySet, decodeEntry, type KeyNormalizer } from './search-keys.js';
import { parseCustomKeys, parseProfile } from './sqlite-context.js';
import { damagedFix, storeFailure, StoreFileError, checkCommand } from './sqlite-errors.js';
import { SCHEMA_VERSION, sqliteFindings } from './sqlite-schema.js';
import type { ProfileRow } from './sqlite-statements.js';

export interface StoreCheckReport {
  readonly file: string;
  /** What is wrong, one sentence each; empty when the store is intact. */
  readonly problems: readonly string[];
  /** What to do about the problems (empty when there are none). */
  readonly fix: string;
  readonly profiles: number;
  readonly indexRows: number;
}

/** The problems SQLite's integrity check lists at most (it stops there). */
const MAX_SQLITE_PROBLEMS = 20;
const PAGE = 5_000;
const TABLES = ['meta', 'domains', 'profiles', 'search_keys', 'profile_keys'];

/**
 * Checks the store file. A file that is not a store at all (not SQLite, another program's database, a
 * newer cfsim's) is a StoreFileError, as when opening it; a damaged store is a report with problems.
 */
export function checkStoreFile(file: string, options: { readonly repair?: boolean } = {}): StoreCheckReport {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    checkIsStore(db, file);
    const problems = [...sqliteProblems(db), ...schemaProblems(db)];
    if (problems.length) return { file, problems, fix: damagedFix(file), profiles: 0, indexRows: 0 };
    if (options.repair) rebuildIndex(db);
    const index = indexProblems(db);
    const fix = index.problems.length ? `rebuild the key index from the profiles: \`${checkCommand(file)} --repair\`` : '';
    return { file, ...index, fix };
  } catch (error) {
    throw storeFailure(error, file) ?? error;
  } finally {
    db?.close();
  }
}

function checkIsStore(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true });
  if (version === SCHEMA_VERSION) return;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new StoreFileError(file, `written by a newer cfsim (store schema ${version}, this one reads ${SCHEMA_VERSION})`, 'upgrade cfsim (npm install cfsim@latest)');
  }
  throw new StoreFileError(file, 'not a cfsim profile store', 'give a cfsim store file (--store <file.db>)');
}

/** SQLite's integrity_check: "ok", or what it found (a damaged page may also stop it with SQLITE_CORRUPT). */
function sqliteProblems(db: Database.Database): string[] {
  try {
    const found = db.prepare(`PRAGMA integrity_check(${MAX_SQLITE_PROBLEMS})`).pluck().all().map(String);
    if (found.length === 1 && found[0] === 'ok') return [];
    return found.map((text) => sqliteFindings([text])).filter((text) => text !== '').map((text) => `SQLite's integrity check: ${text}`);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_CORRUPT')) throw error;
    return [`SQLite's integrity check stopped: ${(error as Error).message}`];
  }
}

function schemaProblems(db: Database.Database): string[] {
  const names = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  return TABLES.filter((table) => !names.has(table)).map((table) => `the table ${table} is missing`);
}

function normalizerOf(db: Database.Database): KeyNormalizer {
  const region: unknown = db.prepare("SELECT value FROM meta WHERE name = 'default_region'").pluck().get();
  return keyNormalizer(typeof region === 'string' && isCountryCode(region) ? region : 'US');
}

type ProfilePage = (after: number) => (ProfileRow & { readonly domain_id: number })[];

function profilePages(db: Database.Database): ProfilePage {
  const page = db.prepare<[number, number], ProfileRow & { domain_id: number }>(
    'SELECT seq, domain_id, body, custom_keys FROM profiles WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  return (after) => page.all(after, PAGE);
}

/** Every profile's index entries, a page of profiles at a time (statements cannot run while one iterates). */
function forEachProfileEntry(db: Database.Database, visit: (row: ProfileRow & { domain_id: number }, keyName: string, value: string) => void): number {
  const normalize = normalizerOf(db);
  const next = profilePages(db);
  let profiles = 0;
  for (let rows = next(0); rows.length; rows = next(rows[rows.length - 1]?.seq ?? Infinity)) {
    for (const row of rows) {
      profiles += 1;
      for (const entry of indexEntrySet(parseProfile(row), parseCustomKeys(row), normalize)) {
        const { keyName, value } = decodeEntry(entry);
        visit(row, keyName, value);
      }
    }
  }
  return profiles;
}

/**
 * The key index against the profiles. Fast path: the count and an order-independent sum of row hashes
 * of what the profiles give, against the same of the index read in one scan (no lookup per row: a
 * lookup each took 80 s for 200,000 profiles here). Only when they differ is each row looked up, to
 * count what is missing and what is extra.
 */
function indexProblems(db: Database.Database): { problems: string[]; profiles: number; indexRows: number } {
  const keyIds = new Map<string, number>();
  for (const [id, domain, name] of db.prepare('SELECT key_id, domain_id, key_name FROM search_keys').raw().iterate() as Iterable<[number, number, string]>) {
    keyIds.set(`${domain}\u0000${name}`, id);
  }
  let expected = 0;
  let expectedSum = 0;
  let unknownKeys = 0;
  const profiles = forEachProfileEntry(db, (row, keyName, value) => {
    const id = keyIds.get(`${row.domain_id}\u0000${keyName}`);
    if (id === undefined) unknownKeys += 1;
    else {
      expected += 1;
      expectedSum = (expectedSum + rowHash(id, value, row.seq)) >>> 0;
    }
  });
  let indexRows = 0;
  let sum = 0;
  for (const [id, value, seq] of db.prepare('SELECT key_id, value, seq FROM profile_keys').raw().iterate() as Iterable<[number, string, number]>) {
    indexRows += 1;
    sum = (sum + rowHash(id, value, seq)) >>> 0;
  }
  if (unknownKeys === 0 && indexRows === expected && sum === expectedSum) return { problems: [], profiles, indexRows };
  const missing = unknownKeys + countMissing(db, keyIds);
  const extra = indexRows - (expected + unknownKeys - missing);
  const problems: string[] = [];
  if (missing) problems.push(`${missing.toLocaleString('en-US')} search key values of profiles are missing from the key index: searches by them find nothing`);
  if (extra) problems.push(`${extra.toLocaleString('en-US')} rows of the key index belong to no profile, or not to the profile they name`);
  if (problems.length === 0) problems.push('the key index does not match the profiles');
  return { problems, profiles, indexRows };
}

/** The index rows the profiles give that the index lacks (a lookup each). */
function countMissing(db: Database.Database, keyIds: ReadonlyMap<string, number>): number {
  const hasRow = db.prepare<[number, string, number], number>('SELECT 1 FROM profile_keys WHERE key_id = ? AND value = ? AND seq = ?').pluck();
  let missing = 0;
  forEachProfileEntry(db, (row, keyName, value) => {
    const id = keyIds.get(`${row.domain_id}\u0000${keyName}`);
    if (id !== undefined && hasRow.get(id, value, row.seq) === undefined) missing += 1;
  });
  return missing;
}

/** FNV-1a of one index row; the check adds them modulo 2^32, in any order. */
function rowHash(keyId: number, value: string, seq: number): number {
  let hash = Math.imul(0x811c9dc5 ^ keyId, 0x01000193);
  for (let at = 0; at < value.length; at++) hash = Math.imul(hash ^ value.charCodeAt(at), 0x01000193);
  hash = Math.imul(hash ^ (seq & 0xffffffff), 0x01000193);
  hash = Math.imul(hash ^ Math.floor(seq / 0x100000000), 0x01000193);
  return hash >>> 0;
}

/** Rebuilds the key index from the profiles, in one transaction. */
function rebuildIndex(db: Database.Database): void {
  const insertKey = db.prepare('INSERT OR IGNORE INTO search_keys (domain_id, key_name) VALUES (?, ?)');
  const keyId = db.prepare<[number, string], number>('SELECT key_id FROM search_keys WHERE domain_id = ? AND key_name = ?').pluck();
  const insertRow = db.prepare('INSERT OR IGNORE INTO profile_keys (key_id, value, seq) VALUES (?, ?, ?)');
  db.transaction(() => {
    db.exec('DELETE FROM profile_keys');
    const ids = new Map<string, number>();
    forEachProfileEntry(db, (row, keyName, value) => {
      const name = `${row.domain_id}:${keyName}`;
      let id = ids.get(name);
      if (id === undefined) {
        insertKey.run(row.domain_id, keyName);
        id = keyId.get(row.domain_id, keyName) ?? -1;
        ids.set(name, id);
      }
      insertRow.run(id, value, row.seq);
    });
    // Searches may find other profiles now: NextTokens of earlier pages expire (docs: NextToken).
    db.prepare("UPDATE domains SET state = 'repaired.' || hex(randomblob(6))").run();
  }).immediate();
}
