// The profiles fixture: schemas/profiles.schema.json, diagnostics with file:line:column, seedStore.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProfilesFixture } from '../../src/load/profiles.js';
import { parseProfilesFixture, seedStore, type FixtureRead } from '../../src/store/fixtures.js';
import type { SqliteProfileStore } from '../../src/store/sqlite-store.js';
import { memoryStore } from './helpers.js';

let store: SqliteProfileStore;
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

const fixture = (read: FixtureRead) => {
  if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('\n'));
  return read.fixture;
};
const problems = (read: FixtureRead) => (read.ok ? [] : read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`));

describe('profiles fixture', () => {
  it('reads profiles, enabled and faults, with defaults (enabled, no faults)', () => {
    const full = fixture(parseProfilesFixture(
      'profiles:\n  - FirstName: Ana\n    PhoneNumber: "+14255550100"\n    Keys:\n      loyalty: [L1]\nenabled: false\nfaults:\n  get-profile: Throttled\n  "*": Unavailable\n',
      'p.yaml',
    ));
    expect(full).toMatchObject({ enabled: false, faults: { 'get-profile': 'Throttled', '*': 'Unavailable' }, profilesPath: ['profiles'] });
    expect(full.profiles).toEqual([{ FirstName: 'Ana', PhoneNumber: '+14255550100', Keys: { loyalty: ['L1'] } }]);
    expect(fixture(parseProfilesFixture('profiles: []\n', 'p.yaml'))).toMatchObject({ enabled: true, faults: {} });
  });

  it('takes a bare list as the profiles, in YAML or JSON, and an empty file as none', () => {
    const list = fixture(parseProfilesFixture('[{"FirstName": "Ana"}, {"FirstName": "Bo"}]', 'p.json'));
    expect(list.profiles).toHaveLength(2);
    expect(list.profilesPath).toEqual([]);
    expect(fixture(parseProfilesFixture('', 'p.yaml')).profiles).toEqual([]);
  });

  it('reports every schema problem at its line and column', () => {
    const text = [
      'profiles:', //                                  1
      '  - FirstName: Ana', //                         2
      '    Gender: male', //                           3
      '  - LastName: ""', //                           4
      '    ProfileId: XYZ', //                         5
      '    Nickname: Al', //                           6
      'faults:', //                                    7
      '  get-profile: Slow', //                        8
    ].join('\n');
    expect(problems(parseProfilesFixture(text, 'p.yaml'))).toEqual([
      expect.stringMatching(/^3:13 RUN004 .*Gender.*"male" is not valid/),
      expect.stringMatching(/^4:15 RUN004 .*LastName.*at least 1 character/),
      expect.stringMatching(/^5:16 RUN004 .*ProfileId/),
      expect.stringMatching(/^6:5 RUN004 .*unknown key "Nickname"/),
      expect.stringMatching(/^8:16 RUN004 .*"Slow" is not valid/),
    ]);
  });

  it('reports a syntax error with its position', () => {
    expect(problems(parseProfilesFixture('profiles:\n  - FirstName: [Ana\n', 'p.yaml'))[0]).toMatch(/^\d+:\d+ YAML001 syntax error/);
    expect(problems(parseProfilesFixture('{"profiles": [}', 'p.json'))[0]).toMatch(/YAML001/);
  });

  it('reads a file from disk, and says so when it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-fixture-'));
    writeFileSync(join(dir, 'p.yaml'), '- FirstName: Ana\n');
    expect(fixture(await readProfilesFixture('p.yaml', dir)).profiles).toEqual([{ FirstName: 'Ana' }]);
    expect(problems(await readProfilesFixture('missing.yaml', dir))).toEqual(['1:1 RUN004 cannot read the profiles file missing.yaml: no such file']);
    rmSync(dir, { recursive: true });
  });
});

describe('seedStore', () => {
  it('inserts the profiles with their ids and keys', () => {
    const id = '0d4c5e9f6a7b48c1a2b3c4d5e6f70001';
    expect(seedStore(store, [{ ProfileId: id, FirstName: 'Ana', Keys: { loyalty: ['L1'] } }, { FirstName: 'Bo' }])).toEqual([]);
    expect(store.searchProfiles({ KeyName: 'loyalty', Values: ['L1'] }).Items.map((item) => item.ProfileId)).toEqual([id]);
    expect(store.getDomain({}).Stats?.ProfileCount).toBe(2);
  });

  it('inserts nothing and points at the profile when the store refuses one', () => {
    const id = '0d4c5e9f6a7b48c1a2b3c4d5e6f70001';
    const read = fixture(parseProfilesFixture(`profiles:\n  - ProfileId: ${id}\n  - FirstName: Bo\n  - ProfileId: ${id}\n`, 'p.yaml'));
    const diagnostics = seedStore(store, read.profiles, read);
    expect(diagnostics).toEqual([expect.objectContaining({
      code: 'RUN004', file: 'p.yaml', line: 4, column: 5, path: ['profiles', 2],
      message: `profile 3: BadRequestException: ProfileId ${id} already exists in this domain`,
    })]);
    expect(store.getDomain({}).Stats?.ProfileCount).toBe(0);
  });

  it('reports a missing domain', () => {
    expect(seedStore(store, [{ FirstName: 'Ana' }], undefined, { DomainName: 'nope' })[0]?.message).toBe('profiles: ResourceNotFoundException: Domain nope not found');
  });
});
