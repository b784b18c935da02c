// `cfsim profiles` as a real process (the built bin/cfsim.js): exit codes, JSON when piped, and a
// persistent store shared with `cfsim run --store`. Needs `npm run build` (npm test does it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cfsim-profiles-process-'));
const store = join(dir, 'crm.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cfsim profiles (process)', () => {
  it('imports a fixture file into a store file, and a run against that store finds and creates profiles', () => {
    const imported = runProcess(['profiles', 'import', join(ROOT, 'flows', 'profiles.yaml'), '--store', store]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ Rejected: 0 });

    const greet = ['run', 'flows/greet-caller.yaml', '--store', store, '--json', '--contact'];
    const known = runProcess([...greet, 'flows/contacts/known-caller.yaml']);
    expect(JSON.parse(known.stdout).steps[0]).toMatchObject({ identifier: 'get-profile', branch: 'Success' });

    const search = ['profiles', 'search', '--key', '_phone', '--value', '+14255550123', '--store', store];
    expect(JSON.parse(runProcess(search).stdout).Items).toEqual([]);
    runProcess([...greet, 'flows/contacts/unknown-caller.yaml']); // creates a profile for the caller
    expect(JSON.parse(runProcess(search).stdout).Items).toHaveLength(1);
  });

  it('exits 2 with the store and a fix when there is no store', () => {
    const result = runProcess(['profiles', 'stats', '--store', join(dir, 'none.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: --store .*none\.db: there is no profile store here\n {2}fix: /);
  });
});
