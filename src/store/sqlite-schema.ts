// The store's SQLite schema (one version, PRAGMA user_version) and how a database file is opened.
import Database from 'better-sqlite3';
import { isCountryCode, type CountryCode } from './phone.js';

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

/** The file cannot be used as a profile store; the message says why. */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

export function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    // 16 KiB pages (new files only): a million-profile import is about 15% faster than with 4 KiB.
    db.pragma('page_size = 16384');
    // WAL: a killed writer leaves the last committed state; NORMAL sync is safe in WAL against process crashes.
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -262144'); // up to 256 MiB of page cache: the key index of a million profiles stays in it
    // Reads through a memory map: a search in a million-profile store takes ~10 µs instead of ~15 µs.
    db.pragma('mmap_size = 4294967296');
    db.pragma('temp_store = MEMORY');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreOpenError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(`cannot open ${file} as a profile store: ${detail}`, { cause: error });
  }
}

function migrate(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true });
  if (version === SCHEMA_VERSION) return;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new StoreOpenError(`${file} was written by a newer cfsim (store schema ${version}, this one reads ${SCHEMA_VERSION})`);
  }
  const tables = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  if (tables !== 0) throw new StoreOpenError(`${file} is an SQLite database but not a cfsim profile store`);
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/**
 * The default phone region is part of the store: numbers were indexed with it. A new store keeps
 * the requested one ('US' if none); an existing one must not be reopened with another.
 */
export function storeRegion(db: Database.Database, requested: CountryCode | undefined): CountryCode {
  const saved = db.prepare("SELECT value FROM meta WHERE name = 'default_region'").pluck().get();
  if (typeof saved === 'string' && isCountryCode(saved)) {
    if (requested !== undefined && requested !== saved) {
      throw new StoreOpenError(
        `${db.name} indexes phone numbers with default region ${saved}, not ${requested}: open it with region ${saved}`,
      );
    }
    return saved;
  }
  const region = requested ?? 'US';
  db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES ('default_region', ?)").run(region);
  return region;
}
