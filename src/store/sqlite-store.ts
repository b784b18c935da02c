// The profile store on SQLite (better-sqlite3): in memory, or in a file that keeps what was written.
// Every write is one transaction (a kill mid-way leaves the previous state); checkpoints are SAVEPOINTs.
import type { CountryCode } from './phone.js';
import { keyNormalizer } from './search-keys.js';
import { planSearch, searchProfiles } from './search.js';
import { stateIds, type StoreContext } from './sqlite-context.js';
import { createDomain, deleteDomain, ensureDomain, getDomain, listDomains, updateDomain } from './sqlite-domains.js';
import { importProfiles } from './sqlite-import.js';
import {
  addProfileKey, createProfile, deleteProfile, deleteProfileKey, getProfile, listProfileKeys, updateProfile,
} from './sqlite-profiles.js';
import { withJournalForEmptyStore } from './sqlite-journal.js';
import { BUSY_FIX, describeSqliteError, isSqliteBusy, openDatabase, StoreOpenError, storeRegion } from './sqlite-schema.js';
import { prepareStatements } from './sqlite-statements.js';
import { sqliteSearchIndex } from './sqlite-search-index.js';
import type { ProfileStore, StoreCheckpoint } from './types.js';
import { checkName } from './validate.js';

export { BUSY_FIX, describeSqliteError, isSqliteBusy, StoreOpenError } from './sqlite-schema.js';

export interface SqliteStoreOptions {
  /** The database file; ':memory:' (the default) keeps nothing after close. */
  readonly file?: string;
  /** Region for phone numbers written without a country code; a new store's default is 'US'. */
  readonly defaultRegion?: CountryCode;
  /** The domain used when a request names none; 'default' unless given. Created if missing. */
  readonly defaultDomain?: string;
}

export interface SqliteProfileStore extends ProfileStore {
  readonly file: string;
  readonly defaultRegion: CountryCode;
}

export function openSqliteStore(options: SqliteStoreOptions = {}): SqliteProfileStore {
  const file = options.file ?? ':memory:';
  const defaultDomain = checkName('defaultDomain', options.defaultDomain ?? 'default');
  const db = openDatabase(file);
  try {
    const defaultRegion = storeRegion(db, options.defaultRegion);
    const sql = prepareStatements(db);
    const context: StoreContext = {
      db, sql, normalize: keyNormalizer(defaultRegion), defaultDomain, newState: stateIds(),
    };
    // Only a missing default domain is written, so opening a store to read never waits for a writer.
    if (!sql.domainByName.get(defaultDomain)) db.transaction(() => ensureDomain(context, defaultDomain)).immediate();
    return buildStore(context, file, defaultRegion);
  } catch (error) {
    db.close();
    if (isSqliteBusy(error)) {
      throw new StoreOpenError(`cannot open ${file}: ${describeSqliteError(error)}`, { cause: error, fix: BUSY_FIX });
    }
    throw error;
  }
}

function buildStore(context: StoreContext, file: string, defaultRegion: CountryCode): SqliteProfileStore {
  const { db } = context;
  // One transaction wrapper per operation; inside a checkpoint better-sqlite3 nests it as a SAVEPOINT.
  const index = sqliteSearchIndex(context.sql);
  const write = <A, R>(operation: (context: StoreContext, request: A) => R): ((request: A) => R) => {
    const transaction = db.transaction((request: A) => operation(context, request));
    return (request) => transaction.immediate(request);
  };
  const { releaseAll, ...checkpoints } = checkpointStack(context);
  const importTransaction = write(importProfiles);
  const isEmpty = (): boolean => context.sql.maxSeq.get() == null;
  return {
    file,
    defaultRegion,
    defaultDomain: context.defaultDomain,
    createDomain: write(createDomain),
    getDomain: (request) => getDomain(context, request),
    listDomains: () => listDomains(context),
    updateDomain: write(updateDomain),
    deleteDomain: write(deleteDomain),
    createProfile: write(createProfile),
    updateProfile: write(updateProfile),
    getProfile: (request) => getProfile(context, request),
    deleteProfile: write(deleteProfile),
    addProfileKey: write(addProfileKey),
    deleteProfileKey: write(deleteProfileKey),
    listProfileKeys: (request) => listProfileKeys(context, request),
    importProfiles: (request) => withJournalForEmptyStore(db, isEmpty, () => importTransaction(request)),
    searchProfiles: (request) => searchProfiles(planSearch(request, context.defaultDomain, context.normalize), index),
    ...checkpoints,
    close: () => {
      if (!db.open) return;
      releaseAll();
      db.close();
    },
  };
}

/** Nested checkpoints as SAVEPOINTs: rolling back to one cancels every later one (SQLite ROLLBACK TO). */
function checkpointStack({ db }: StoreContext) {
  const open: number[] = [];
  let nextId = 1;
  const position = (checkpoint: StoreCheckpoint): number => {
    const at = open.indexOf(checkpoint.id);
    if (at < 0) throw new Error(`checkpoint ${checkpoint.id} was released or rolled past; take a new one`);
    return at;
  };
  return {
    checkpoint: (): StoreCheckpoint => {
      const id = nextId++;
      db.exec(`SAVEPOINT cfsim_checkpoint_${id}`);
      open.push(id);
      return { id };
    },
    rollbackTo: (checkpoint: StoreCheckpoint): void => {
      const at = position(checkpoint);
      db.exec(`ROLLBACK TO cfsim_checkpoint_${checkpoint.id}`); // the savepoint itself stays open
      open.length = at + 1;
    },
    releaseCheckpoint: (checkpoint: StoreCheckpoint): void => {
      const at = position(checkpoint);
      db.exec(`RELEASE cfsim_checkpoint_${checkpoint.id}`);
      open.length = at;
    },
    releaseAll: (): void => {
      const first = open[0];
      if (first !== undefined) db.exec(`RELEASE cfsim_checkpoint_${first}`);
      open.length = 0;
    },
  };
}
