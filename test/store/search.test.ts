// SearchProfiles (seeds 003 and 004): each search key, AND / OR, several values, FoundByItems, pages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteProfileStore } from '../../src/store/sqlite-store.js';
import type { SearchProfilesRequest } from '../../src/store/types.js';
import { expectApiError, memoryStore } from './helpers.js';

let store: SqliteProfileStore;
let ana: string;
let bo: string;
let cy: string;

beforeEach(() => {
  store = memoryStore();
  ana = store.createProfile({ FirstName: 'Ana', LastName: 'Lee', PhoneNumber: '+14255550100', EmailAddress: 'Ana.Lee@Example.com', AccountNumber: 'A-1' }).ProfileId;
  bo = store.createProfile({ FirstName: 'Bo', MiddleName: 'J', LastName: 'Smith', MobilePhoneNumber: '(425) 555-0101', BusinessEmailAddress: 'bo@corp.com', AccountNumber: 'A-2' }).ProfileId;
  cy = store.createProfile({ FirstName: 'Cy', HomePhoneNumber: '+1 425 555 0100', PersonalEmailAddress: 'cy@home.net' }).ProfileId;
});
afterEach(() => store.close());

const ids = (request: SearchProfilesRequest): string[] => store.searchProfiles(request).Items.map((item) => item.ProfileId);

describe('search keys', () => {
  it('_profileId finds the profile with that id', () => {
    expect(ids({ KeyName: '_profileId', Values: [bo] })).toEqual([bo]);
    expect(ids({ KeyName: '_profileId', Values: ['f'.repeat(32)] })).toEqual([]);
  });

  it('_phone spans the four phone fields and matches across formats ("+1 (425) 555-0100" finds "+14255550100")', () => {
    expect(ids({ KeyName: '_phone', Values: ['+1 (425) 555-0100'] })).toEqual([ana, cy]);
    expect(ids({ KeyName: '_phone', Values: ['+14255550101'] })).toEqual([bo]);
    expect(ids({ KeyName: '_phone', Values: ['425.555.0101'] })).toEqual([bo]); // national number, default region US
  });

  it('_phone keeps a number it cannot parse as its digits', () => {
    const odd = store.createProfile({ BusinessPhoneNumber: 'ext. 12' }).ProfileId;
    expect(ids({ KeyName: '_phone', Values: ['12'] })).toEqual([odd]);
  });

  it('_email spans the three email fields and ignores case', () => {
    expect(ids({ KeyName: '_email', Values: ['ana.lee@example.com'] })).toEqual([ana]);
    expect(ids({ KeyName: '_email', Values: ['BO@CORP.COM'] })).toEqual([bo]);
    expect(ids({ KeyName: '_email', Values: ['cy@home.net'] })).toEqual([cy]);
  });

  it('_account matches AccountNumber exactly', () => {
    expect(ids({ KeyName: '_account', Values: ['A-2'] })).toEqual([bo]);
    expect(ids({ KeyName: '_account', Values: ['a-2'] })).toEqual([]);
  });

  it('_fullName is "FirstName MiddleName LastName" without the absent parts, any case and spacing', () => {
    expect(ids({ KeyName: '_fullName', Values: ['Ana Lee'] })).toEqual([ana]);
    expect(ids({ KeyName: '_fullName', Values: ['bo j  SMITH'] })).toEqual([bo]);
    expect(ids({ KeyName: '_fullName', Values: ['Bo Smith'] })).toEqual([]);
    expect(ids({ KeyName: '_fullName', Values: ['Cy'] })).toEqual([cy]);
  });

  it('custom keys come from AddProfileKey (values as given) and go with DeleteProfileKey', () => {
    expect(store.addProfileKey({ ProfileId: ana, KeyName: '_ctrContactId', Values: ['c-1', 'c-2'] })).toEqual({ KeyName: '_ctrContactId', Values: ['c-1', 'c-2'] });
    store.addProfileKey({ ProfileId: bo, KeyName: '_ctrContactId', Values: ['c-2'] });
    expect(ids({ KeyName: '_ctrContactId', Values: ['c-2'] })).toEqual([ana, bo]);
    expect(ids({ KeyName: '_ctrContactId', Values: ['C-2'] })).toEqual([]);
    store.deleteProfileKey({ ProfileId: ana, KeyName: '_ctrContactId', Values: ['c-2'] });
    expect(ids({ KeyName: '_ctrContactId', Values: ['c-2'] })).toEqual([bo]);
    expect(ids({ KeyName: '_ctrContactId', Values: ['c-1'] })).toEqual([ana]);
    expect(store.listProfileKeys({ ProfileId: ana })).toEqual([{ KeyName: '_ctrContactId', Values: ['c-1'] }]);
  });

  it('an update moves the profile in the index; a delete takes it out', () => {
    store.updateProfile({ ProfileId: ana, PhoneNumber: '+14255550199', EmailAddress: '', FirstName: 'Anna' });
    expect(ids({ KeyName: '_phone', Values: ['+14255550100'] })).toEqual([cy]);
    expect(ids({ KeyName: '_phone', Values: ['+14255550199'] })).toEqual([ana]);
    expect(ids({ KeyName: '_email', Values: ['ana.lee@example.com'] })).toEqual([]);
    expect(ids({ KeyName: '_fullName', Values: ['Anna Lee'] })).toEqual([ana]);
    store.addProfileKey({ ProfileId: cy, KeyName: 'loyalty', Values: ['L1'] });
    store.deleteProfile({ ProfileId: cy });
    expect(ids({ KeyName: '_phone', Values: ['+14255550100'] })).toEqual([]);
    expect(ids({ KeyName: 'loyalty', Values: ['L1'] })).toEqual([]);
  });
});

describe('AND, OR and FoundByItems', () => {
  it('several Values mean any of them; FoundByItems lists the values that found each profile', () => {
    const { Items } = store.searchProfiles({ KeyName: '_account', Values: ['A-1', 'A-2', 'A-9'] });
    expect(Items.map((item) => [item.ProfileId, item.FoundByItems])).toEqual([
      [ana, [{ KeyName: '_account', Values: ['A-1'] }]],
      [bo, [{ KeyName: '_account', Values: ['A-2'] }]],
    ]);
  });

  it('OR (the default) keeps profiles matching at least one pair, with each pair that found them', () => {
    const request = {
      KeyName: '_phone', Values: ['+14255550100'],
      AdditionalSearchKeys: [{ KeyName: '_email', Values: ['bo@corp.com', 'ana.lee@example.com'] }],
    };
    const { Items } = store.searchProfiles(request);
    expect(Items.map((item) => [item.ProfileId, item.FoundByItems])).toEqual([
      [ana, [{ KeyName: '_phone', Values: ['+14255550100'] }, { KeyName: '_email', Values: ['ana.lee@example.com'] }]],
      [bo, [{ KeyName: '_email', Values: ['bo@corp.com'] }]],
      [cy, [{ KeyName: '_phone', Values: ['+14255550100'] }]],
    ]);
    expect(ids({ ...request, LogicalOperator: 'OR' })).toEqual([ana, bo, cy]);
  });

  it('AND keeps profiles matching every pair; FoundByItems is every requested pair', () => {
    const request: SearchProfilesRequest = {
      KeyName: '_phone', Values: ['+14255550100'], LogicalOperator: 'AND',
      AdditionalSearchKeys: [{ KeyName: '_fullName', Values: ['Cy', 'Zed'] }],
    };
    const { Items } = store.searchProfiles(request);
    expect(Items.map((item) => item.ProfileId)).toEqual([cy]);
    expect(Items[0]?.FoundByItems).toEqual([{ KeyName: '_phone', Values: ['+14255550100'] }, { KeyName: '_fullName', Values: ['Cy', 'Zed'] }]);
    expect(ids({ ...request, AdditionalSearchKeys: [{ KeyName: '_fullName', Values: ['Zed'] }] })).toEqual([]);
  });

  it('takes 5 pairs in all, and refuses a sixth or an empty AdditionalSearchKeys', () => {
    const pair = { KeyName: '_account', Values: ['A-1'] };
    expect(ids({ ...pair, LogicalOperator: 'AND', AdditionalSearchKeys: [pair, pair, pair, pair] })).toEqual([ana]);
    expectApiError(() => store.searchProfiles({ ...pair, AdditionalSearchKeys: [pair, pair, pair, pair, pair] }), 'BadRequestException', /AdditionalSearchKeys must be a list of 1 to 4 keys .* got 5/);
    expectApiError(() => store.searchProfiles({ ...pair, AdditionalSearchKeys: [] }), 'BadRequestException', /1 to 4 keys/);
  });

  it('refuses bad requests with a BadRequestException naming the field', () => {
    const search = (request: unknown) => () => store.searchProfiles(request as SearchProfilesRequest);
    expectApiError(search({ KeyName: '_phone', Values: [] }), 'BadRequestException', /Values must contain at least 1 value/);
    expectApiError(search({ KeyName: '_phone' }), 'BadRequestException', /Values must be a list/);
    expectApiError(search({ KeyName: 'a b', Values: ['x'] }), 'BadRequestException', /KeyName "a b"/);
    expectApiError(search({ KeyName: '_phone', Values: ['x'.repeat(256)] }), 'BadRequestException', /Values\[0\] must be 1 to 255/);
    expectApiError(search({ KeyName: 'k', Values: ['x'], AdditionalSearchKeys: [{ KeyName: 'k' }] }), 'BadRequestException', /AdditionalSearchKeys\[0\]\.Values must be a list/);
    expectApiError(search({ KeyName: 'k', Values: ['x'], LogicalOperator: 'XOR' }), 'BadRequestException', /LogicalOperator must be one of AND, OR/);
    expectApiError(search({ KeyName: 'k', Values: ['x'], MaxResults: 0 }), 'BadRequestException', /MaxResults must be an integer from 1 to 100/);
    expectApiError(search({ KeyName: 'k', Values: ['x'], MaxResults: 101 }), 'BadRequestException', /MaxResults/);
    expectApiError(search({ KeyName: 'k', Values: ['x'], DomainName: 'nope' }), 'ResourceNotFoundException', /Domain nope not found/);
  });
});

describe('MaxResults and NextToken', () => {
  beforeEach(() => {
    store.importProfiles({ Profiles: Array.from({ length: 45 }, (_, at) => ({ FirstName: `P${at}`, Keys: { team: ['blue'] } })) });
  });
  const team = { KeyName: 'team', Values: ['blue'] };

  it('returns 20 by default, then the rest page by page in a stable order', () => {
    const first = store.searchProfiles(team);
    expect(first.Items.map((item) => item.FirstName)).toEqual(Array.from({ length: 20 }, (_, at) => `P${at}`));
    const second = store.searchProfiles({ ...team, NextToken: first.NextToken ?? '' });
    expect(second.Items[0]?.FirstName).toBe('P20');
    const third = store.searchProfiles({ ...team, NextToken: second.NextToken ?? '' });
    expect(third.Items.map((item) => item.FirstName)).toEqual(['P40', 'P41', 'P42', 'P43', 'P44']);
    expect(third.NextToken).toBeUndefined();
    expect(store.searchProfiles({ ...team, NextToken: first.NextToken ?? '' })).toEqual(second); // same token, same page
  });

  it('pages an OR and an AND search alike, with MaxResults up to 100', () => {
    const or = { ...team, AdditionalSearchKeys: [{ KeyName: '_account', Values: ['A-1'] }], MaxResults: 30 };
    const page = store.searchProfiles(or);
    expect(page.Items).toHaveLength(30);
    expect(store.searchProfiles({ ...or, NextToken: page.NextToken ?? '' }).Items).toHaveLength(16); // 45 + Ana
    expect(store.searchProfiles({ ...team, MaxResults: 100 }).Items).toHaveLength(45);
    const and = { ...team, LogicalOperator: 'AND' as const, AdditionalSearchKeys: [team], MaxResults: 40 };
    const andPage = store.searchProfiles(and);
    expect(store.searchProfiles({ ...and, NextToken: andPage.NextToken ?? '' }).Items.map((item) => item.FirstName)).toEqual(['P40', 'P41', 'P42', 'P43', 'P44']);
  });

  it('refuses a token after the domain changed, for another search, or made up', () => {
    const { NextToken = '' } = store.searchProfiles(team);
    expectApiError(() => store.searchProfiles({ KeyName: 'team', Values: ['red'], NextToken }), 'BadRequestException', /different search/);
    expectApiError(() => store.searchProfiles({ ...team, NextToken: 'garbage' }), 'BadRequestException', /NextToken is not a token returned by SearchProfiles/);
    expectApiError(() => store.searchProfiles({ ...team, NextToken: '' }), 'BadRequestException', /NextToken must be 1 to 1024/);
    store.createProfile({ FirstName: 'New' });
    expectApiError(() => store.searchProfiles({ ...team, NextToken }), 'BadRequestException', /NextToken has expired: the domain changed/);
  });
});

describe('a large import', () => {
  // Over 524,288 index rows, twice what an import sorts at a time: whole batches are sorted on a worker thread.
  const count = 20_000;
  const phone = (at: number): string => `+1206${String((at * 7_919) % 10_000_000).padStart(7, '0')}`; // distinct, unordered
  const tags = (at: number): string[] => Array.from({ length: 25 }, (_, n) => `t${(at * 7_919 + n) % 100_003}`);
  const records = (): object[] => Array.from({ length: count }, (_, at) => ({
    FirstName: `P${at}`, PhoneNumber: phone(at), MobilePhoneNumber: phone(at), Keys: { group: [`g${at % 7}`], tag: tags(at) },
  }));
  const firstNames = (request: SearchProfilesRequest): (string | undefined)[] => store.searchProfiles(request).Items.map((item) => item.FirstName);

  it('indexes every profile, and finds the profiles sharing a value in import order', () => {
    expect(store.importProfiles({ Profiles: records() })).toEqual({ Imported: count, Rejected: 0 });
    for (const at of [0, 1, 12_345, count - 1]) {
      expect(firstNames({ KeyName: '_phone', Values: [phone(at)] })).toEqual([`P${at}`]);
      expect(firstNames({ KeyName: '_fullName', Values: [`p${at}`] })).toEqual([`P${at}`]);
      expect(firstNames({ KeyName: 'tag', Values: [tags(at)[24] ?? ''] })).toContain(`P${at}`);
    }
    expect(firstNames({ KeyName: 'group', Values: ['g3'], MaxResults: 100 })).toEqual(Array.from({ length: 100 }, (_, n) => `P${3 + 7 * n}`));
  });

  it('leaves nothing behind when a record is refused after many others', () => {
    expectApiError(() => store.importProfiles({ Profiles: [...records(), { Nickname: 'x' }] }), 'BadRequestException', /no field "Nickname"/);
    expect(firstNames({ KeyName: '_phone', Values: [phone(0)] })).toEqual([]);
    expect(store.importProfiles({ Profiles: records().slice(0, 10) }).Imported).toBe(10);
  });
});
