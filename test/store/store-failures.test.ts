// Every failure of a store file is a message with the file and a fix, exit 2, never an internal error
// (issue 12, items 6 and 9): a damaged store, a file that is not a database, a store missing a table,
// a full disk, an I/O error; and `cfsim profiles check` says what it finds (exit 0 intact, 1 problems).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storeFailure, StoreFileError } from '../../src/store/sqlite-errors.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const GREET = ['run', join(ROOT, 'flows', 'greet-caller.yaml'), '--contact', join(ROOT, 'flows', 'contacts', 'unknown-caller.yaml')];

/** A store of `count` profiles, closed. */
function storeWith(dir: string, count: number): string {
  const file = join(dir, 'crm.db');
  const store = openSqliteStore({ file });
  store.importProfiles({ Profiles: Array.from({ length: count }, (_, at) => ({ FirstName: `P${at}`, PhoneNumber: `+1206${String(at).padStart(7, '0')}` })) });
  store.close();
  return file;
}

/** The issue's reproducer: 200 writes of 32 random bytes past the first page (a seeded generator, so the damage is the same each run). */
function damage(file: string): void {
  let seed = 12;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    for (let write = 0; write < 200; write++) {
      const bytes = Buffer.from(Array.from({ length: 32 }, () => Math.floor(random() * 256)));
      writeSync(fd, bytes, 0, 32, 16_384 + Math.floor(random() * (size - 16_384 - 32)));
    }
  } finally {
    closeSync(fd);
  }
}

function integrityCheck(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('PRAGMA integrity_check(1000)').pluck().all().map(String);
  } catch (error) {
    return [String(error)];
  } finally {
    db.close();
  }
}

const profiles = (dir: string, ...args: string[]) => runCli(['profiles', ...args, '--store', 'crm.db'], { cwd: dir });

describe('a damaged store (the issue\'s reproducer)', () => {
  it('is refused before anything is written: import, run, search exit 2 naming the file, with `profiles check` in the fix', async () => {
    const dir = tempDir('cfsim-damaged-');
    const file = storeWith(dir, 2_000);
    damage(file);
    expect(integrityCheck(file)).not.toEqual(['ok']);
    const before = statSync(file).mtimeMs;
    writeFileSync(join(dir, 'more.csv'), 'FirstName\nAna\n');

    const imported = await profiles(dir, 'import', 'more.csv');
    expect(imported.code).toBe(2);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toMatch(/^cfsim: --store crm\.db: the store is damaged \(SQLite's quick check: [^\n]+\)\n {2}fix: see what is damaged with `cfsim profiles check --store \/[^`]*crm\.db`; then restore the store from a backup/);
    const run = await runCli([...GREET, '--store', 'crm.db'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cfsim: --store crm\.db: the store is damaged/);
    expect((await profiles(dir, 'search', '--key', '_phone', '--value', '+12060000001')).stderr).toMatch(/the store is damaged/);
    expect(statSync(file).mtimeMs).toBe(before);

    const check = await profiles(dir, 'check');
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout);
    expect(report.Ok).toBe(false);
    expect(report.Problems[0]).toMatch(/^SQLite's integrity check/);
    expect(report.Fix).toMatch(/restore the store from a backup/);
  });

  it('a store too large for the check at open: the damage SQLite meets later is a message, exit 2, not an internal error', () => {
    const error = storeFailure(Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }), '/x/crm.db');
    expect(error?.message).toBe('/x/crm.db: the store is damaged (SQLite: database disk image is malformed)');
    expect(error?.fix).toMatch(/^see what is damaged with `cfsim profiles check --store \/x\/crm\.db`/);
  });
});

describe('store files that cannot be used', () => {
  it('a file that is not a database: every command exits 2 with the file and a fix; check too', async () => {
    const dir = tempDir('cfsim-notadb-');
    writeFileSync(join(dir, 'crm.db'), 'FirstName,LastName\nAna,Lee\n'.repeat(200));
    writeFileSync(join(dir, 'more.csv'), 'FirstName\nAna\n');
    for (const args of [['stats'], ['check'], ['import', 'more.csv'], ['list']]) {
      const result = await profiles(dir, ...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^cfsim: --store crm\.db: not a cfsim profile store: it is not an SQLite database, or its first page is damaged\n {2}fix: /);
    }
    const run = await runCli([...GREET, '--store', 'crm.db'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^cfsim: --store crm\.db: not a cfsim profile store/);
  });

  it('a store missing a table: exit 2 at open naming the table; check says which table is missing (exit 1)', async () => {
    const dir = tempDir('cfsim-notable-');
    const file = storeWith(dir, 3);
    const raw = new Database(file);
    raw.exec('DROP TABLE profile_keys');
    raw.close();
    const stats = await profiles(dir, 'stats');
    expect(stats.code).toBe(2);
    expect(stats.stderr).toMatch(/^cfsim: --store crm\.db: the store is missing part of its schema \(no such table: (main\.)?profile_keys\): it is damaged, or was changed by another program\n {2}fix: see what is damaged with `cfsim profiles check/);
    const run = await runCli([...GREET, '--store', 'crm.db'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cfsim: --store crm\.db: the store is missing part of its schema/);
    const check = await runCli(['profiles', 'check', '--store', 'crm.db'], { cwd: dir, isTTY: true });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^--store crm\.db: 1 problem:\n {2}the table profile_keys is missing\n {2}fix: see what is damaged/);
  });

  it('a full disk: SQLite\'s SQLITE_FULL is the message that nothing was written, with the fix', () => {
    // max_page_count is the full disk SQLite can simulate: a connection may not grow the file past it.
    const file = join(tempDir('cfsim-full-'), 'crm.db');
    openSqliteStore({ file }).close();
    const raw = new Database(file);
    raw.pragma(`max_page_count = ${Number(raw.pragma('page_count', { simple: true }))}`);
    let full: unknown;
    try {
      raw.exec(`CREATE TABLE filler (x); INSERT INTO filler VALUES (randomblob(100000))`);
    } catch (error) {
      full = error;
    }
    raw.close();
    expect((full as { code?: string }).code).toBe('SQLITE_FULL');
    const error = storeFailure(full, file);
    expect(error).toBeInstanceOf(StoreFileError);
    expect(error?.reason).toBe('the disk is full (SQLite: database or disk is full): nothing of this command was written');
    expect(error?.fix).toMatch(/^free space on the disk that holds the store/);
  });

  it.skipIf(process.platform !== 'linux')('a disk that fills during an import (a file size limit): exit 2 with the message, the store as it was', () => {
    const dir = tempDir('cfsim-fsize-');
    const file = storeWith(dir, 10);
    const rows = Array.from({ length: 20_000 }, (_, at) => `Person${at},+1206${String(at).padStart(7, '0')},person${at}@example.com`);
    writeFileSync(join(dir, 'big.csv'), `FirstName,PhoneNumber,EmailAddress\n${rows.join('\n')}\n`);
    // The shell ignores SIGXFSZ, so a write past the limit fails (EFBIG) instead of killing the process.
    const result = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 2048; exec "${process.execPath}" "${BIN}" profiles import big.csv --store crm.db`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^cfsim: --store crm\.db: (the disk is full \(SQLite: database or disk is full\): nothing of this command was written|SQLite could not read or write the file \(SQLITE_IOERR\w*: [^)]*\))\n {2}fix: /);
    expect(integrityCheck(file)).toEqual(['ok']);
    const store = openSqliteStore({ file });
    expect(store.getDomain({}).Stats?.ProfileCount).toBe(10);
    store.close();
  });

  it('an I/O error is a message with the fix', () => {
    const error = storeFailure(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_READ' }), '/x/crm.db');
    expect(error?.message).toBe('/x/crm.db: SQLite could not read or write the file (SQLITE_IOERR_READ: disk I/O error)');
    expect(error?.fix).toMatch(/then run `cfsim profiles check --store \/x\/crm\.db`$/);
    expect(storeFailure(new Error('a bug'), '/x/crm.db')).toBeUndefined();
  });
});

describe('cfsim profiles check', () => {
  it('an intact store: exit 0 with the counts', async () => {
    const dir = tempDir('cfsim-check-');
    storeWith(dir, 3);
    const result = await runCli(['profiles', 'check', '--store', 'crm.db'], { cwd: dir, isTTY: true });
    expect(result).toEqual({
      code: 0,
      stdout: "--store crm.db: intact: SQLite's integrity check found nothing; 3 profiles, 6 key index rows, each where it belongs\n",
      stderr: '',
    });
  });

  it('finds index rows that belong to no profile, and missing ones; --repair rebuilds the index', async () => {
    const dir = tempDir('cfsim-check-');
    const file = storeWith(dir, 3);
    const raw = new Database(file);
    raw.exec("INSERT INTO profile_keys (key_id, value, seq) SELECT key_id, 'stray', 99 FROM search_keys WHERE key_name = '_phone'");
    raw.exec("DELETE FROM profile_keys WHERE value = 'p0'");
    raw.close();
    const found = await profiles(dir, 'check');
    expect(found.code).toBe(1);
    expect(JSON.parse(found.stdout)).toEqual({
      Ok: false,
      Problems: [
        '1 search key values of profiles are missing from the key index: searches by them find nothing',
        '1 rows of the key index belong to no profile, or not to the profile they name',
      ],
      Fix: expect.stringMatching(/^rebuild the key index from the profiles: `cfsim profiles check --store \/.*crm\.db --repair`$/),
      Profiles: 3,
      IndexRows: 6,
      Repaired: false,
    });
    expect(JSON.parse((await profiles(dir, 'search', '--key', '_fullName', '--value', 'P0')).stdout).Items).toEqual([]);

    const repaired = await profiles(dir, 'check', '--repair');
    expect(repaired.code).toBe(0);
    expect(JSON.parse(repaired.stdout)).toMatchObject({ Ok: true, Problems: [], Profiles: 3, IndexRows: 6, Repaired: true });
    expect(JSON.parse((await profiles(dir, 'search', '--key', '_fullName', '--value', 'P0')).stdout).Items).toHaveLength(1);
  });

  it('a missing store is exit 2 with the fix', async () => {
    const result = await profiles(tempDir('cfsim-check-'), 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: --store crm\.db: there is no profile store here\n/);
  });
});
