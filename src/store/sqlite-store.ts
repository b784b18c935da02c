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
import { listProfiles } from './sqlite-list.js';
import { withJournalForEmptyStore } from './sqlite-journal.js';
import { guarded, storeFailure } from './sqlite-errors.js';
import { openDatabase, storeRegion } from './sqlite-schema.js';
import { prepareStatements } from './sqlite-statements.js';
import { sqliteSearchIndex } from './sqlite-search-index.js';
import type { ProfileStore, StoreCheckpoint } from './types.js';
import { checkName } from './validate.js';

export { StoreFileError } from './sqlite-errors.js';

export interface SqliteStoreOptions {
  /** The database file; ':memory:' (the default) keeps nothing after close. */
  readonly file?: string;
  /** Region for phone numbers written without a country code; a new store's default is 'US'. */
  readonly defaultRegion?: CountryCode;
  /** The domain used when a request names none; 'default' unless given. Created if missing. */
  readonly defaultDomain?: string;
  /**
   * 'each' (default): every write is its own transaction. 'until-close': the writes are one transaction,
   * begun by the first write and committed by close(), so that a run's writes are kept all or none.
   */
  readonly commit?: 'each' | 'until-close';
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
    return buildStore(context, file, defaultRegion, options.commit === 'until-close');
  } catch (error) {
    db.close();
    throw storeFailure(error, file) ?? error;
  }
}

function buildStore(context: StoreContext, file: string, defaultRegion: CountryCode, untilClose: boolean): SqliteProfileStore {
  const { db } = context;
  // Every operation turns SQLite's failures (damaged file, full disk, I/O, busy) into a StoreFileError.
  const guard = <A extends unknown[], R>(operation: (...args: A) => R): ((...args: A) => R) => guarded(file, operation);
  const read = <A, R>(operation: (context: StoreContext, request: A) => R): ((request: A) => R) =>
    guard((request: A) => operation(context, request));
  // One transaction wrapper per operation; inside a checkpoint (or the run's transaction) better-sqlite3
  // nests it as a SAVEPOINT.
  const write = <A, R>(operation: (context: StoreContext, request: A) => R): ((request: A) => R) => {
    const transaction = db.transaction((request: A) => operation(context, request));
    return guard((request: A) => {
      // IMMEDIATE: the write lock is taken (or waited for) at once, never upgraded from a read later.
      if (untilClose && !db.inTransaction) db.exec('BEGIN IMMEDIATE');
      return transaction.immediate(request);
    });
  };
  const index = sqliteSearchIndex(context.sql);
  const { releaseAll, ...checkpoints } = checkpointStack(context);
  const importTransaction = write(importProfiles);
  const isEmpty = (): boolean => context.sql.maxSeq.get() == null;
  return {
    file,
    defaultRegion,
    defaultDomain: context.defaultDomain,
    createDomain: write(createDomain),
    getDomain: read(getDomain),
    listDomains: guard(() => listDomains(context)),
    updateDomain: write(updateDomain),
    deleteDomain: write(deleteDomain),
    createProfile: write(createProfile),
    updateProfile: write(updateProfile),
    getProfile: read(getProfile),
    deleteProfile: write(deleteProfile),
    addProfileKey: write(addProfileKey),
    deleteProfileKey: write(deleteProfileKey),
    listProfileKeys: read(listProfileKeys),
    listProfiles: read(listProfiles),
    importProfiles: untilClose
      ? importTransaction
      : guard((request) => withJournalForEmptyStore(db, isEmpty, () => importTransaction(request))),
    searchProfiles: guard((request) => searchProfiles(planSearch(request, context.defaultDomain, context.normalize), index)),
    checkpoint: guard(checkpoints.checkpoint),
    rollbackTo: guard(checkpoints.rollbackTo),
    releaseCheckpoint: guard(checkpoints.releaseCheckpoint),
    close: guard(() => {
      if (!db.open) return;
      try {
        releaseAll();
        if (db.inTransaction) db.exec('COMMIT'); // the writes held until close
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        db.close();
      }
    }),
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
