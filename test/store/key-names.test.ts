// Key names are data (issue 12, item 2): `__proto__`, `constructor` and `prototype` are ordinary
// names of custom keys and attributes through create, add-key, search, import, get and delete, and
// a delete leaves no index row behind, not even one a later profile could be found by.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/load/import-file.js';
import { parseProfilesFixture } from '../../src/store/fixtures.js';
import { locateFlowField, profileFieldsFromFlow, readFlowField } from '../../src/store/profile.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const NAMES = ['__proto__', 'constructor', 'prototype'] as const;

/** Every row of the key index, as `keyName=value@seq`. */
function indexRows(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT s.key_name, k.value, k.seq FROM profile_keys k JOIN search_keys s USING (key_id) ')
      .raw()
      .all()
      .map((row) => {
        const [key, value, seq] = row as [string, string, number];
        return `${key}=${value}@${seq}`;
      })
      .sort();
  } finally {
    db.close();
  }
}

const names = (items: readonly { FirstName?: string }[]) => items.map((item) => item.FirstName);

describe('key names are data', () => {
  it.each(NAMES)('%s round-trips as a custom key and an attribute: create, add-key, search, get, delete', (name) => {
    const file = join(tempDir('cfsim-keys-'), 'crm.db');
    const store = openSqliteStore({ file });
    const { ProfileId } = store.createProfile({ FirstName: 'Ana', Attributes: { [name]: 'attr', tier: 'gold' } });
    store.addProfileKey({ ProfileId, KeyName: name, Values: ['hello', 'world'] });

    expect(names(store.searchProfiles({ KeyName: name, Values: ['hello'] }).Items)).toEqual(['Ana']);
    expect(names(store.searchProfiles({ KeyName: '0', Values: ['h'] }).Items)).toEqual([]);
    expect(store.listProfileKeys({ ProfileId })).toEqual([{ KeyName: name, Values: ['hello', 'world'] }]);
    const profile = store.getProfile({ ProfileId });
    expect(Object.getPrototypeOf(profile.Attributes)).toBe(Object.prototype); // not replaced by the attribute
    expect(Object.entries(profile.Attributes ?? {})).toEqual([[name, 'attr'], ['tier', 'gold']]);
    expect(indexRows(file)).toEqual([`${name}=hello@1`, `${name}=world@1`, '_fullName=ana@1'].sort());

    store.updateProfile({ ProfileId, Attributes: { [name]: '' } }); // "" removes it, the other stays
    expect(store.getProfile({ ProfileId }).Attributes).toEqual({ tier: 'gold' });
    store.deleteProfileKey({ ProfileId, KeyName: name, Values: ['world'] });
    expect(names(store.searchProfiles({ KeyName: name, Values: ['world'] }).Items)).toEqual([]);

    store.deleteProfile({ ProfileId });
    expect(indexRows(file)).toEqual([]);
    store.close();
  });

  it('a deleted profile\'s number is never given again, so index rows it left behind find no later profile', () => {
    const file = join(tempDir('cfsim-keys-'), 'crm.db');
    const store = openSqliteStore({ file });
    const { ProfileId } = store.createProfile({ FirstName: 'Old' });
    store.addProfileKey({ ProfileId, KeyName: 'loyalty', Values: ['L1'] });
    store.deleteProfile({ ProfileId });
    store.close();
    // An index row that outlived its profile, as a store written by an older cfsim may hold.
    const raw = new Database(file);
    raw.prepare("INSERT INTO profile_keys (key_id, value, seq) SELECT key_id, 'L1', 1 FROM search_keys WHERE key_name = 'loyalty'").run();
    raw.close();

    const again = openSqliteStore({ file });
    expect(again.searchProfiles({ KeyName: 'loyalty', Values: ['L1'] }).Items).toEqual([]);
    again.createProfile({ FirstName: 'New' });
    again.importProfiles({ Profiles: [{ FirstName: 'Newer' }] });
    expect(again.searchProfiles({ KeyName: 'loyalty', Values: ['L1'] }).Items).toEqual([]);
    expect(again.searchProfiles({ KeyName: 'loyalty', Values: ['L1', 'L2'] }).Items).toEqual([]); // the multi-value path too
    expect(indexRows(file)).toEqual(['_fullName=new@2', '_fullName=newer@3', 'loyalty=L1@1']);
    again.close();
  });

  it('deleting a domain does not free its numbers either', () => {
    const file = join(tempDir('cfsim-keys-'), 'crm.db');
    const store = openSqliteStore({ file });
    store.createDomain({ DomainName: 'sales' });
    store.createProfile({ DomainName: 'sales', FirstName: 'Gone' });
    store.deleteDomain({ DomainName: 'sales' });
    store.createProfile({ FirstName: 'Kept' });
    expect(indexRows(file)).toEqual(['_fullName=kept@2']);
    store.close();
  });

  it.each([
    ['CSV', 'people.csv', 'FirstName,Keys.__proto__,Keys.constructor,Attributes.prototype\nAna,hello,c1,p1\n'],
    ['JSON', 'people.json', '[{"FirstName":"Ana","Keys":{"__proto__":["hello"],"constructor":["c1"]},"Attributes":{"prototype":"p1"}}]'],
    ['JSON Lines', 'people.jsonl', '{"FirstName":"Ana","Keys":{"__proto__":["hello"],"constructor":["c1"]},"Attributes":{"prototype":"p1"}}\n'],
    ['YAML', 'people.yaml', '- FirstName: Ana\n  Keys: {__proto__: [hello], constructor: [c1]}\n  Attributes: {prototype: p1}\n'],
  ])('%s import: Keys.__proto__ and friends are keys like any other', (_format, name, content) => {
    const dir = tempDir('cfsim-keys-');
    writeFileSync(join(dir, name), content);
    const file = join(dir, 'crm.db');
    const store = openSqliteStore({ file });
    expect(store.importProfiles({ Profiles: readImportFile(name, dir).records })).toEqual({ Imported: 1, Rejected: 0 });
    const [found] = store.searchProfiles({ KeyName: '__proto__', Values: ['hello'] }).Items;
    expect(found?.FirstName).toBe('Ana');
    expect(found?.Attributes).toEqual({ prototype: 'p1' });
    expect(names(store.searchProfiles({ KeyName: 'constructor', Values: ['c1'] }).Items)).toEqual(['Ana']);
    expect(store.listProfileKeys({ ProfileId: found?.ProfileId ?? '' })).toEqual([
      { KeyName: '__proto__', Values: ['hello'] },
      { KeyName: 'constructor', Values: ['c1'] },
    ]);
    store.deleteProfile({ ProfileId: found?.ProfileId ?? '' });
    expect(indexRows(file)).toEqual([]);
    store.close();
  });

  it('flow fields: Attributes.constructor reads the attribute or nothing, never Object\'s member', () => {
    const location = locateFlowField('Attributes.constructor');
    if (!location) throw new Error('Attributes.constructor is a flow field');
    expect(readFlowField({ ProfileId: 'x', Attributes: { tier: 'gold' } }, location)).toBeUndefined();
    const fields = profileFieldsFromFlow({ 'Attributes.__proto__': 'a', 'Attributes.constructor': 'b' });
    expect(Object.entries(fields.Attributes ?? {})).toEqual([['__proto__', 'a'], ['constructor', 'b']]);
    const store = openSqliteStore();
    const { ProfileId } = store.createProfile(fields);
    expect(readFlowField(store.getProfile({ ProfileId }), location)).toBe('b');
    store.close();
  });

  it('profiles file: a block named constructor has no fault unless the file gives it one', () => {
    const read = parseProfilesFixture('faults: {get-profile: Throttled}\nprofiles: []\n', 'p.yaml');
    if (!read.ok) throw new Error('the fixture is valid');
    expect(read.fixture.faults.constructor).toBeUndefined();
    expect(read.fixture.faults['get-profile']).toBe('Throttled');
  });
});

describe('cfsim profiles with the key __proto__ (the issue\'s reproducer)', () => {
  it('add-key, search, get --json, import of that output, delete: the key is __proto__ throughout', async () => {
    const dir = tempDir('cfsim-keys-cli-');
    const cli = async (...args: string[]) => {
      const result = await runCli(['profiles', ...args, '--store', 'crm.db'], { cwd: dir });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as Record<string, unknown> & { Items: { ProfileId: string; FirstName?: string }[] };
    };
    const { ProfileId } = (await cli('create', '--first-name', 'Ana', '--attr', 'constructor=x')) as unknown as { ProfileId: string };
    expect(await cli('add-key', ProfileId, '__proto__', 'hello', 'world')).toEqual({ KeyName: '__proto__', Values: ['hello', 'world'] });
    expect((await cli('search', '--key', '__proto__', '--value', 'hello')).Items.map((item) => item.FirstName)).toEqual(['Ana']);
    expect((await cli('search', '--key', '0', '--value', 'h')).Items).toEqual([]);
    const got = await cli('get', ProfileId, '--json');
    expect(JSON.stringify(got)).toContain('"Keys":{"__proto__":["hello","world"]}');
    expect(JSON.stringify(got)).toContain('"Attributes":{"constructor":"x"}');

    writeFileSync(join(dir, 'ana.json'), JSON.stringify(got));
    const copy = await runCli(['profiles', 'import', 'ana.json', '--store', 'copy.db'], { cwd: dir });
    expect(copy.code).toBe(0);
    const again = await runCli(['profiles', 'search', '--key', '__proto__', '--value', 'world', '--store', 'copy.db'], { cwd: dir });
    expect(JSON.parse(again.stdout).Items[0]).toMatchObject({ ProfileId, Attributes: { constructor: 'x' } });

    await cli('delete', ProfileId);
    expect(indexRows(join(dir, 'crm.db'))).toEqual([]);
    const { ProfileId: other } = (await cli('create', '--first-name', 'Bo')) as unknown as { ProfileId: string };
    expect((await cli('search', '--key', '__proto__', '--value', 'hello')).Items).toEqual([]);
    expect(other).not.toBe(ProfileId);
  });
});
