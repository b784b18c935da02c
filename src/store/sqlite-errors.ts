// What SQLite's failures mean to a user. Every failure of a store file (it cannot be opened, it is
// damaged, the disk is full, an I/O error, another cfsim holds it) is a StoreFileError: a reason that
// names no file (the caller names it as the user gave it), the file, and a fix. Result codes:
// https://www.sqlite.org/rescode.html (better-sqlite3 gives the extended name as `code`).

/** The store file cannot be used, or an operation on it failed for a reason of the file, not of the request. */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    /** What is wrong, without the file's name: "the store is damaged ...". */
    readonly reason: string,
    /** What to do about it (a command that works as written, where there is one). */
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
    this.name = 'StoreFileError';
  }
}

export const BUSY_FIX = 'try again when the other command has finished (an import is one transaction)';
const BUSY_REASON = 'the store is busy: another cfsim is writing to it';

/** SQLite's "database is locked": another connection held the lock past the busy timeout. */
export function isSqliteBusy(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_BUSY';
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** A shell word for `file` in a suggested command. */
export function shellWord(file: string): string {
  return /^[\w./:@%+=,-]+$/.test(file) ? file : `'${file.replaceAll("'", `'\\''`)}'`;
}

/** The command that says what is wrong with a store. */
export function checkCommand(file: string): string {
  return `cfsim profiles check --store ${shellWord(file)}`;
}

export function damagedFix(file: string): string {
  return `see what is damaged with \`${checkCommand(file)}\`; then restore the store from a backup (with its -wal file), ` +
    'or import your profiles into a new store (`cfsim profiles import <file> --store new.db`)';
}

/**
 * The StoreFileError for an error SQLite raised while using `file`, or undefined if `error` is not
 * SQLite's (a bug, or an API error, which the caller reports otherwise).
 */
export function storeFailure(error: unknown, file: string): StoreFileError | undefined {
  if (error instanceof StoreFileError) return error;
  const code = sqliteCode(error);
  if (code === undefined) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  const fail = (reason: string, fix: string): StoreFileError => new StoreFileError(file, reason, fix, { cause: error });
  switch (/^SQLITE_[A-Z]+/.exec(code)?.[0]) { // the primary code: SQLITE_IOERR_WRITE is an SQLITE_IOERR

    case 'SQLITE_BUSY':
      return fail(BUSY_REASON, BUSY_FIX);
    case 'SQLITE_CORRUPT':
      return fail(`the store is damaged (SQLite: ${message})`, damagedFix(file));
    case 'SQLITE_NOTADB':
      return fail(
        'not a cfsim profile store: it is not an SQLite database, or its first page is damaged',
        'give a cfsim store file, or a path for a new one; if this was a store, restore it from a backup',
      );
    case 'SQLITE_FULL':
      return fail(
        'the disk is full (SQLite: database or disk is full): nothing of this command was written',
        'free space on the disk that holds the store (and its -wal or -journal file beside it), then run the command again',
      );
    case 'SQLITE_IOERR':
      return fail(
        `SQLite could not read or write the file (${code}: ${message})`,
        `check the disk and the file (a removed drive, a network share, permissions), then run \`${checkCommand(file)}\``,
      );
    case 'SQLITE_READONLY':
      return fail(
        `the store is read-only (${code}): cfsim writes to a store, and beside it (its -wal or -journal file)`,
        'make the file and its folder writable, or copy the store, with any -wal or -journal file beside it, to a folder you can write to',
      );
    case 'SQLITE_CANTOPEN':
      return fail(`SQLite cannot open the file (${message})`, 'check that its folder exists and that you may write to it');
    case 'SQLITE_NOMEM':
      return fail('SQLite ran out of memory', 'close other programs, or use a smaller file, and run the command again');
    default:
      // "no such table: profile_keys": the file was made by cfsim but has lost part of its schema.
      if (/^no such (table|column|index)/.test(message)) {
        return fail(`the store is missing part of its schema (${message}): it is damaged, or was changed by another program`, damagedFix(file));
      }
      return fail(`SQLite failed: ${message} (${code})`, `see whether the store is intact with \`${checkCommand(file)}\``);
  }
}

/** Runs `operation`, turning SQLite's failures into a StoreFileError for `file`. */
export function guarded<A extends unknown[], R>(file: string, operation: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return operation(...args);
    } catch (error) {
      throw storeFailure(error, file) ?? error;
    }
  };
}
