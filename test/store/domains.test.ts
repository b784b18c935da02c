// Domains: the default domain, create / get (Stats) / list / update / delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteProfileStore } from '../../src/store/sqlite-store.js';
import { expectApiError, memoryStore } from './helpers.js';

let store: SqliteProfileStore;
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

describe('domains', () => {
  it('has the default domain without a flag, or the one the options name', () => {
    expect(store.defaultDomain).toBe('default');
    expect(store.listDomains().map((domain) => domain.DomainName)).toEqual(['default']);
    const other = openSqliteStore({ defaultDomain: 'crm' });
    expect(other.getDomain({}).DomainName).toBe('crm');
    other.close();
  });

  it('GetDomain gives Stats: ProfileCount counted, ObjectCount 0 (cfsim keeps no profile objects)', () => {
    store.createProfile({ FirstName: 'Ana' });
    store.createProfile({ FirstName: 'Bo' });
    const domain = store.getDomain({});
    expect(domain.Stats).toEqual({ ProfileCount: 2, ObjectCount: 0 });
    expect(domain.CreatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps profiles of different domains apart', () => {
    store.createDomain({ DomainName: 'sales', DefaultExpirationDays: 365 });
    const inSales = store.createProfile({ DomainName: 'sales', AccountNumber: '7' }).ProfileId;
    store.createProfile({ AccountNumber: '7' });
    const found = store.searchProfiles({ DomainName: 'sales', KeyName: '_account', Values: ['7'] }).Items;
    expect(found.map((item) => item.ProfileId)).toEqual([inSales]);
    expectApiError(() => store.getProfile({ ProfileId: inSales }), 'ResourceNotFoundException', /not found in domain default/);
    expect(store.getDomain({ DomainName: 'sales' })).toMatchObject({ DefaultExpirationDays: 365, Stats: { ProfileCount: 1 } });
  });

  it('refuses a second domain of the same name, bad names and expiration days outside 1..1098', () => {
    store.createDomain({ DomainName: 'sales' });
    expectApiError(() => store.createDomain({ DomainName: 'sales' }), 'BadRequestException', /Domain sales already exists/);
    expectApiError(() => store.createDomain({ DomainName: 'a.b' }), 'BadRequestException', /may contain only/);
    expectApiError(() => store.createDomain({ DomainName: 'x', DefaultExpirationDays: 0 }), 'BadRequestException', /DefaultExpirationDays must be an integer from 1 to 1098/);
  });

  it('UpdateDomain changes DefaultExpirationDays and LastUpdatedAt', () => {
    store.createDomain({ DomainName: 'sales', DefaultExpirationDays: 30 });
    expect(store.updateDomain({ DomainName: 'sales', DefaultExpirationDays: 60 }).DefaultExpirationDays).toBe(60);
    expect(store.updateDomain({ DomainName: 'sales' }).DefaultExpirationDays).toBe(60);
    expectApiError(() => store.updateDomain({ DomainName: 'nope' }), 'ResourceNotFoundException', /Domain nope not found/);
  });

  it('DeleteDomain removes its profiles and their keys', () => {
    store.createDomain({ DomainName: 'sales' });
    const { ProfileId } = store.createProfile({ DomainName: 'sales', PhoneNumber: '+14255550100' });
    store.addProfileKey({ DomainName: 'sales', ProfileId, KeyName: 'loyalty', Values: ['L1'] });
    expect(store.deleteDomain({ DomainName: 'sales' }).Message).toMatch(/deleted/);
    expectApiError(() => store.getDomain({ DomainName: 'sales' }), 'ResourceNotFoundException', /Domain sales not found/);
    store.createDomain({ DomainName: 'sales' });
    expect(store.searchProfiles({ DomainName: 'sales', KeyName: 'loyalty', Values: ['L1'] }).Items).toEqual([]);
    expect(store.searchProfiles({ DomainName: 'sales', KeyName: '_phone', Values: ['+14255550100'] }).Items).toEqual([]);
    expect(store.getDomain({ DomainName: 'sales' }).Stats?.ProfileCount).toBe(0);
  });
});
