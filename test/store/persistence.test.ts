// A store file keeps what was written, across closing and reopening, and a writer killed in the
// middle of a transaction leaves the previous state (every write is one transaction, in WAL, or with a
// rollback journal for an import into an empty store).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStoreFile } from '../../src/store/sqlite-check.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { BIN } from '../helpers/cli.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cfsim-store-'));
  file = join(dir, 'crm.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a store file', () => {
  it('keeps profiles, keys and domains across reopening', () => {
    const first = openSqliteStore({ file });
    const { ProfileId } = first.createProfile({ FirstName: 'Ana', PhoneNumber: '(425) 555-0100' });
    first.addProfileKey({ ProfileId, KeyName: 'loyalty', Values: ['L1'] });
    first.createDomain({ DomainName: 'sales' });
    first.close();
    const again = openSqliteStore({ file });
    expect(again.getProfile({ ProfileId }).FirstName).toBe('Ana');
    expect(again.searchProfiles({ KeyName: 'loyalty', Values: ['L1'] }).Items).toHaveLength(1);
    expect(again.searchProfiles({ KeyName: '_phone', Values: ['+14255550100'] }).Items).toHaveLength(1);
    expect(again.listDomains().map((domain) => domain.DomainName)).toEqual(['default', 'sales']);
    again.close();
  });

  it('remembers its default phone region and refuses to be reopened with another', () => {
    const gb = openSqliteStore({ file, defaultRegion: 'GB' });
    gb.createProfile({ PhoneNumber: '020 7946 0958' });
    gb.close();
    const again = openSqliteStore({ file });
    expect(again.defaultRegion).toBe('GB');
    expect(again.searchProfiles({ KeyName: '_phone', Values: ['+44 20 7946 0958'] }).Items).toHaveLength(1);
    again.close();
    expect(() => openSqliteStore({ file, defaultRegion: 'US' })).toThrow(/indexes phone numbers with default region GB, not US/);
  });

  it('refuses a file that is not a cfsim store, or was written by a newer cfsim', () => {
    writeFileSync(file, 'not a database at all, just text that is long enough to have a header');
    expect(() => openSqliteStore({ file })).toThrow(/crm\.db: not a cfsim profile store: it is not an SQLite database/);
    rmSync(file);
    const other = new Database(file);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => openSqliteStore({ file })).toThrow(/crm\.db: an SQLite database, but not a cfsim profile store/);
    rmSync(file);
    openSqliteStore({ file }).close();
    const newer = new Database(file);
    newer.pragma('user_version = 99');
    newer.close();
    expect(() => openSqliteStore({ file })).toThrow(/written by a newer cfsim \(store schema 99/);
  });

  it('is intact, with the previous profiles only, after a writer is killed in the middle of an import', async () => {
    const before = openSqliteStore({ file });
    const { ProfileId } = before.createProfile({ FirstName: 'Kept', PhoneNumber: '+14255550100' });
    before.close();
    // Killed once uncommitted pages are on disk: the page cache filled up and spilled into the WAL.
    await killImportWhen(() => fileSize(`${file}-wal`) > 8_000_000);

    const after = reopenIntact();
    expect(after.getDomain({}).Stats?.ProfileCount).toBe(1);
    expect(after.getProfile({ ProfileId }).FirstName).toBe('Kept');
    after.createProfile({ FirstName: 'Later' }); // and it is writable again
    after.close();
  }, 90_000);

  it('is intact and empty after a writer is killed in the middle of an import into it while it was empty', async () => {
    openSqliteStore({ file }).close();
    // An empty store imports with a rollback journal: killed once uncommitted pages are in the file itself.
    await killImportWhen(() => existsSync(`${file}-journal`) && fileSize(file) > 8_000_000);

    const after = reopenIntact();
    expect(after.getDomain({}).Stats?.ProfileCount).toBe(0);
    after.createProfile({ FirstName: 'Later' }); // and it is writable again
    after.close();
    expect(journalMode()).toBe('wal');
  }, 90_000);

  it('can be opened and read while an import fills it from empty (no profiles yet), and the import goes on', async () => {
    openSqliteStore({ file }).close();
    const child = await startEndlessImport();
    const reader = openSqliteStore({ file });
    expect(reader.getDomain({}).Stats?.ProfileCount).toBe(0);
    reader.close();
    await killImportWhen(() => existsSync(`${file}-journal`), child); // still importing, with its rollback journal
    reopenIntact().close();
  }, 90_000);

  it("commit 'until-close' (a run's store): the writes reach the file together at close; a read-only user takes no write lock", () => {
    openSqliteStore({ file }).close();
    const reader = openSqliteStore({ file });
    const run = openSqliteStore({ file, commit: 'until-close' });
    expect(run.searchProfiles({ KeyName: '_fullName', Values: ['ana'] }).Items).toEqual([]);
    const other = openSqliteStore({ file });
    other.createProfile({ FirstName: 'Bo' }); // the run has only read: another writer need not wait
    other.close();
    const { ProfileId } = run.createProfile({ FirstName: 'Ana' });
    run.updateProfile({ ProfileId, LastName: 'Lee' });
    run.addProfileKey({ ProfileId, KeyName: 'loyalty', Values: ['L1'] });
    expect(reader.getDomain({}).Stats?.ProfileCount).toBe(1); // Bo only, until the run closes
    run.close();
    expect(reader.searchProfiles({ KeyName: 'loyalty', Values: ['L1'] }).Items).toMatchObject([{ FirstName: 'Ana', LastName: 'Lee' }]);
    reader.close();
  });

  it('is back in WAL after an import into it while it was empty, with every profile', () => {
    openSqliteStore({ file }).close();
    const store = openSqliteStore({ file });
    store.importProfiles({ Profiles: [{ FirstName: 'Ana' }, { FirstName: 'Bo' }] });
    expect(journalMode()).toBe('wal');
    store.close();
    expect(openSqliteStore({ file }).getDomain({}).Stats?.ProfileCount).toBe(2);
  });

  it('imports into an empty store that another connection has open without waiting for it (in WAL)', () => {
    openSqliteStore({ file }).close();
    const reader = openSqliteStore({ file });
    const writer = openSqliteStore({ file });
    const started = Date.now();
    writer.importProfiles({ Profiles: [{ FirstName: 'Ana' }] });
    // The busy timeout is 5 s: had the import waited for the reader to leave, it would show here.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(reader.searchProfiles({ KeyName: '_fullName', Values: ['ana'] }).Items).toHaveLength(1);
    writer.close();
    reader.close();
  });
});

/**
 * Kill safety, measured (issue 12, item 8): `cfsim profiles import` and `cfsim run --store` as a user
 * starts them, killed with SIGKILL at a random moment after they opened the store (its -wal file
 * appears), ten times each. After each kill, SQLite's integrity check and cfsim's index check pass,
 * and the store holds all of the import or none of it, all of the run's writes or none of them.
 * The spill tests above kill at the one moment a random kill rarely hits (uncommitted pages on disk).
 */
describe('killed with SIGKILL at random moments', () => {
  const TRIALS = 10;
  const ROWS = 5_000;
  const RUN_PROFILES = 250; // test/store/fixtures/create-many.yaml: 10 × 25 creates, each updated
  const cfsim = (args: readonly string[]): ChildProcess => spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'ignore' });

  it(`profiles import: all of the file or none of it, ${TRIALS} times out of ${TRIALS}`, async () => {
    const rows = Array.from({ length: ROWS }, (_, at) => `Killed${at},+1206${String(at).padStart(7, '0')},k${at}@example.com,L${at}`);
    writeFileSync(join(dir, 'big.csv'), `FirstName,PhoneNumber,EmailAddress,Keys.loyaltyId\n${rows.join('\n')}\n`);
    const importArgs = ['profiles', 'import', 'big.csv', '--store', 'crm.db'];
    const span = await timeAfterOpen(() => cfsim(importArgs)); // a whole import, from the store's opening to the exit
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      // Every other trial into an empty store (rollback journal), the others into one with profiles (WAL).
      for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true });
      const seeded = openSqliteStore({ file });
      if (trial % 2 === 1) seeded.importProfiles({ Profiles: [{ FirstName: 'Kept' }] });
      const before = seeded.getDomain({}).Stats?.ProfileCount ?? 0;
      seeded.close();
      const killed = await killAtRandom(cfsim(importArgs), span);
      const count = checkedCount();
      expect([before, before + ROWS]).toContain(count);
      outcomes.push(`${killed ? 'killed' : 'finished'}:${count === before ? 'none' : 'all'}`);
    }
    console.info(`import kills: ${outcomes.join(' ')}`);
  }, 120_000);

  it(`run --store: all of the run's writes or none of them, ${TRIALS} times out of ${TRIALS}`, async () => {
    writeFileSync(join(dir, 'caller.yaml'), 'Channel: VOICE\nCustomerEndpoint: { Address: "+14255550142" }\n');
    const runArgs = ['run', join(import.meta.dirname, 'fixtures', 'create-many.yaml'), '--contact', 'caller.yaml', '--store', 'crm.db', '--max-steps', '5000', '--json'];
    openSqliteStore({ file }).close();
    const span = await timeAfterOpen(() => cfsim(runArgs));
    expect(checkedCount()).toBe(RUN_PROFILES); // a whole run creates them all
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const before = checkedCount();
      const killed = await killAtRandom(cfsim(runArgs), span);
      const count = checkedCount();
      expect([before, before + RUN_PROFILES]).toContain(count);
      expect(profilesCreatedNotUpdated()).toBe(0); // a run's creates come with its updates
      outcomes.push(`${killed ? 'killed' : 'finished'}:${count === before ? 'none' : 'all'}`);
    }
    console.info(`run kills: ${outcomes.join(' ')}`);
  }, 120_000);
});

/** How long the process takes from opening the store (its -wal file appears) to its exit; it must succeed. */
async function timeAfterOpen(start: () => ChildProcess): Promise<number> {
  const child = start();
  let done = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { done = true; resolve(code); }));
  // The store is open once it has a -wal or (an import into an empty store) a -journal file; a fast
  // process may have closed it again before a look sees either, and then its whole life is the span.
  await waitFor(() => done || existsSync(`${file}-wal`) || existsSync(`${file}-journal`), 30_000);
  const opened = performance.now();
  expect(await exited).toBe(0);
  return performance.now() - opened;
}

/** Kills the child with SIGKILL at a random moment of `span` ms after it opened the store; whether it was still running. */
async function killAtRandom(child: ChildProcess, span: number): Promise<boolean> {
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.on('exit', (code) => resolve(void (exitCode = code))));
  await Promise.race([waitFor(() => existsSync(`${file}-wal`), 30_000, 5), exited]);
  await new Promise((resolve) => setTimeout(resolve, Math.random() * span));
  const killed = child.kill('SIGKILL') && exitCode === undefined;
  await exited;
  if (!killed) expect(exitCode).toBe(0);
  return killed;
}

/** The profile count after a kill, once SQLite's integrity check and cfsim's index check pass. */
function checkedCount(): number {
  const report = checkStoreFile(file); // the first connection rolls back what the killed writer left
  expect(report.problems).toEqual([]);
  return report.profiles;
}

function profilesCreatedNotUpdated(): number {
  const raw = new Database(file, { readonly: true });
  try {
    return Number(raw.prepare("SELECT count(*) FROM profiles WHERE json_extract(body, '$.Attributes.state') = 'created'").pluck().get());
  } finally {
    raw.close();
  }
}

/** Starts a child importing without end into the store file; resolves once rows are going in. */
async function startEndlessImport(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join('node_modules', 'vite-node', 'vite-node.mjs'), join('test', 'store', 'import-child.ts'), file], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('importing') && resolve());
    child.on('exit', (code) => reject(new Error(`the importing child ended first (${code})`)));
  });
  return child;
}

/** Kills an importing child once `ready()`. */
async function killImportWhen(ready: () => boolean, child?: ChildProcess): Promise<void> {
  const importing = child ?? (await startEndlessImport());
  const exited = new Promise((resolve) => importing.on('exit', resolve));
  try {
    await waitFor(ready, 45_000);
  } finally {
    // Also when the wait times out: an endless importer left behind would run until the machine stops.
    importing.kill('SIGKILL');
    await exited;
  }
}

/** The store file after a killed writer: SQLite's integrity check passes, and none of the killed import's profiles are in it. */
function reopenIntact(): ReturnType<typeof openSqliteStore> {
  const raw = new Database(file); // the first connection rolls back what the killed writer left
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
  const store = openSqliteStore({ file });
  expect(store.searchProfiles({ KeyName: '_fullName', Values: ['Killed1'] }).Items).toEqual([]);
  return store;
}

function journalMode(): unknown {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.pragma('journal_mode', { simple: true });
  } finally {
    raw.close();
  }
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

async function waitFor(condition: () => boolean, timeout: number, every = 50): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, every))) {
    if (Date.now() - started > timeout) throw new Error('timed out');
  }
}
