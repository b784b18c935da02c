// What checking a store costs: builds a store of N generated profiles (bench/store.js's, default
// 200,000) and times SQLite's quick_check and integrity_check, and `cfsim profiles check`, each on a
// freshly opened connection (cold page cache of this process; the OS cache is warm). The figures
// decide what `cfsim` checks when it opens a store (docs/profile-store.md). Run alone:
// `node bench/store-check.js [profiles]` after `npm run build`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { checkStoreFile } from '../dist/store/sqlite-check.js';
import { openSqliteStore } from '../dist/store/sqlite-store.js';
import { profiles } from './store.js';

const size = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'cfsim-bench-check-'));
const seconds = (started) => ((performance.now() - started) / 1000).toFixed(2);
try {
  const file = join(dir, 'crm.db');
  const writer = openSqliteStore({ file });
  let started = performance.now();
  writer.importProfiles({ Profiles: profiles(size) });
  writer.close();
  console.log(`${size.toLocaleString('en-US')} profiles: import ${seconds(started)} s, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  for (const pragma of ['quick_check', 'integrity_check']) {
    const db = new Database(file, { readonly: true });
    started = performance.now();
    const result = db.pragma(pragma, { simple: true });
    console.log(`${pragma}: ${seconds(started)} s (${String(result)})`);
    db.close();
  }
  started = performance.now();
  openSqliteStore({ file }).close();
  console.log(`open and close: ${seconds(started)} s`);
  started = performance.now();
  const report = checkStoreFile(file);
  console.log(`cfsim profiles check (integrity_check and the key index): ${seconds(started)} s (${report.problems.length} problems)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
