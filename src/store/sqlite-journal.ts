// The journal an import into an empty store file writes with. In WAL mode every page is written twice
// (to the WAL, then by the checkpoint into the file); a rollback journal keeps only the pages that
// held data before the transaction, and an empty store has almost none. So such an import writes
// each page once: a million-profile import is about a fifth faster. A kill mid-way leaves a hot
// journal, which SQLite rolls back when the file is next opened: the store is as it was.
import type Database from 'better-sqlite3';
import { isSqliteBusy } from './sqlite-errors.js';

/**
 * Runs `write` (one transaction) with a rollback journal when the store file has no profiles and no
 * other connection has it open (SQLite cannot leave WAL then, and this does not wait for one); in WAL
 * otherwise. The file is back in WAL when `write` returns or throws.
 */
export function withJournalForEmptyStore<R>(db: Database.Database, isEmpty: () => boolean, write: () => R): R {
  if (db.memory || db.inTransaction || !isEmpty() || !leaveWal(db)) return write();
  // FULL: with a rollback journal, NORMAL could leave a corrupt file after a power cut (not after a kill).
  db.pragma('synchronous = FULL');
  try {
    return write();
  } finally {
    backToWal(db);
  }
}

function leaveWal(db: Database.Database): boolean {
  const timeout: unknown = db.pragma('busy_timeout', { simple: true });
  db.pragma('busy_timeout = 0');
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (error) {
    if (isSqliteBusy(error)) return false; // another connection has the file open
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${Number(timeout)}`);
  }
}

function backToWal(db: Database.Database): void {
  db.pragma('synchronous = NORMAL'); // as openDatabase sets it: safe in WAL
  try {
    db.pragma('journal_mode = WAL');
  } catch {
    // Another connection opened the file meanwhile: the next openDatabase switches it to WAL.
  }
}
