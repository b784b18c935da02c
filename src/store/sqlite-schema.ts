// The store's SQLite schema (one version, PRAGMA user_version) and how a database file is opened.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { isCountryCode, type CountryCode } from './phone.js';
import { damagedFix, isSqliteBusy, storeFailure, StoreFileError } from './sqlite-errors.js';

const NOT_OURS_FIX = 'give a cfsim store file, or a path for a new one';

export const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE domains (
  domain_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  expiration_days INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  state TEXT NOT NULL -- replaced on every write in the domain: a NextToken is valid for one state
);
CREATE TABLE profiles (
  seq INTEGER PRIMARY KEY, -- insertion order, the order of SearchProfiles results
  domain_id INTEGER NOT NULL,
  profile_id TEXT NOT NULL,
  body TEXT NOT NULL, -- the Profile, JSON
  custom_keys TEXT -- AddProfileKey keys, JSON {"KeyName": ["value", ...]}, or NULL
);
CREATE UNIQUE INDEX profiles_by_id ON profiles (domain_id, profile_id);
-- The search keys of each domain (_phone, _email, custom keys...), numbered for a compact index.
CREATE TABLE search_keys (
  key_id INTEGER PRIMARY KEY,
  domain_id INTEGER NOT NULL,
  key_name TEXT NOT NULL,
  UNIQUE (domain_id, key_name)
);
-- One row per searchable (key, normalized value) of a profile; search reads only this index.
CREATE TABLE profile_keys (
  key_id INTEGER NOT NULL,
  value TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (key_id, value, seq)
) WITHOUT ROWID;
`;

export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') checkWritable(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    // Before any pragma that writes (page size, WAL): a file that is not ours is refused untouched.
    const isNew = checkSchema(db, file);
    // 16 KiB pages (new files only): a million-profile import is about 15% faster than with 4 KiB.
    if (isNew) db.pragma('page_size = 16384');
    // WAL: a killed writer leaves the last committed state, and readers never wait for a writer;
    // NORMAL sync is safe in WAL against process crashes.
    if (file !== ':memory:') useWal(db);
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -262144'); // up to 256 MiB of page cache: the key index of a million profiles stays in it
    // Reads through a memory map: a search in a million-profile store takes ~10 µs instead of ~15 µs.
    db.pragma('mmap_size = 4294967296');
    db.pragma('temp_store = MEMORY');
    if (isNew) createSchema(db);
    else if (file !== ':memory:') quickCheck(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw storeFailure(error, file) ?? error;
  }
}

/**
 * Puts the file in WAL mode, which it stays in. While an import fills an empty store with a rollback
 * journal (sqlite-journal.ts) SQLite cannot switch it: this connection then works in that mode, its
 * reads and writes waiting for the import as the busy timeout allows, and a later open switches it.
 */
function useWal(db: Database.Database): void {
  try {
    db.pragma('journal_mode = WAL');
  } catch (error) {
    if (!isSqliteBusy(error)) throw error;
  }
}

/**
 * Stores up to this size (with their WAL) get SQLite's quick_check at every open: a damaged store is
 * refused before anything is written into it. It reads every page: ~5 ms per MB here (0.55 s for
 * 200,000 profiles, 111 MB), so larger stores are checked on demand (`cfsim profiles check`) and
 * SQLite reports the damage it meets. The figures are in docs/profile-store.md.
 */
const QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024;

function quickCheck(db: Database.Database, file: string): void {
  if (fileSize(file) + fileSize(`${file}-wal`) > QUICK_CHECK_MAX_BYTES) return;
  const found = db.prepare('PRAGMA quick_check(3)').pluck().all().map(String);
  if (found.length === 1 && found[0] === 'ok') return;
  throw new StoreFileError(file, `the store is damaged (SQLite's quick check: ${sqliteFindings(found)})`, damagedFix(file));
}

/** What integrity_check or quick_check found, on one line: "*** in database main ***" headers left out. */
export function sqliteFindings(found: readonly string[]): string {
  return found
    .flatMap((text) => text.split('\n'))
    .filter((line) => line.trim() !== '' && !line.startsWith('***'))
    .join('; ');
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** SQLite opens a read-only file and fails at the first write: say so before, with the fix. */
function checkWritable(file: string): void {
  const where = existsSync(file) ? file : dirname(file);
  try {
    accessSync(where, constants.W_OK);
    if (where === file) accessSync(dirname(file), constants.W_OK); // the -wal, -shm and -journal files go beside it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // a missing folder: the open says so
    throw new StoreFileError(
      file,
      'the store is read-only: cfsim writes to a store, and beside it (its -wal or -journal file)',
      'make the file and its folder writable, or copy the store, with any -wal or -journal file beside it, to a folder you can write to',
    );
  }
}

/** Whether the database is empty (a new store); refuses another program's database or a newer schema. */
function checkSchema(db: Database.Database, file: string): boolean {
  const version = db.pragma('user_version', { simple: true });
  if (version === SCHEMA_VERSION) return false;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new StoreFileError(
      file,
      `written by a newer cfsim (store schema ${version}, this one reads ${SCHEMA_VERSION})`,
      'upgrade cfsim (npm install cfsim@latest)',
    );
  }
  const tables = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  if (tables !== 0) throw new StoreFileError(file, 'an SQLite database, but not a cfsim profile store', NOT_OURS_FIX);
  return true;
}

function createSchema(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/**
 * The default phone region is part of the store: numbers were indexed with it. A new store keeps
 * the requested one ('US' if none); an existing one must not be reopened with another.
 */
export function storeRegion(db: Database.Database, requested: CountryCode | undefined): CountryCode {
  const savedRegion = (): unknown => db.prepare("SELECT value FROM meta WHERE name = 'default_region'").pluck().get();
  // Opening writes only to a store without a region, so a reader never waits for a busy writer.
  return checkRegion(db, savedRegion(), requested) ?? db.transaction(() => {
    const region = checkRegion(db, savedRegion(), requested) ?? requested ?? 'US'; // another writer's wins
    db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES ('default_region', ?)").run(region);
    return region;
  }).immediate();
}

/** The saved region, if there is one and it does not contradict the requested one. */
function checkRegion(db: Database.Database, saved: unknown, requested: CountryCode | undefined): CountryCode | undefined {
  if (typeof saved === 'string' && isCountryCode(saved)) {
    if (requested !== undefined && requested !== saved) {
      throw new StoreFileError(
        db.name,
        `indexes phone numbers with default region ${saved}, not ${requested}`,
        `open it with region ${saved} (the store's region)`,
      );
    }
    return saved;
  }
  return undefined;
}
