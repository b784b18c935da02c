// Request validation: the limits, patterns and enums of the service model (api-constraints.md).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteProfileStore } from '../../src/store/sqlite-store.js';
import { expectApiError, memoryStore } from './helpers.js';

let store: SqliteProfileStore;
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

// Requests as a JavaScript caller or a file could write them, unchecked by TypeScript.
const create = (request: unknown) => store.createProfile(request as never);
const update = (request: unknown) => store.updateProfile(request as never);

describe('CreateProfile fields', () => {
  it('takes every standard field, the four addresses and Attributes, and returns a 32-hex ProfileId', () => {
    const { ProfileId } = store.createProfile({
      FirstName: 'Ana', MiddleName: 'Q', LastName: 'Lee', AccountNumber: '42', BusinessName: 'Acme', BirthDate: '1990-01-01',
      PartyType: 'INDIVIDUAL', Gender: 'FEMALE', PartyTypeString: 'person', GenderString: 'woman',
      PhoneNumber: '+14255550100', MobilePhoneNumber: '+14255550101', HomePhoneNumber: '+14255550102', BusinessPhoneNumber: '+14255550103',
      EmailAddress: 'a@x.com', PersonalEmailAddress: 'p@x.com', BusinessEmailAddress: 'b@x.com',
      AdditionalInformation: 'x'.repeat(1000),
      Address: { City: 'Seattle' }, ShippingAddress: { Address1: '1 Main St' }, MailingAddress: { PostalCode: '98101' },
      BillingAddress: { Country: 'US', State: 'WA', Province: 'n/a', County: 'King', Address2: 'a', Address3: 'b', Address4: 'c' },
      Attributes: { tier: 'gold' },
    });
    expect(ProfileId).toMatch(/^[a-f0-9]{32}$/);
    expect(store.getProfile({ ProfileId })).toMatchObject({ FirstName: 'Ana', BillingAddress: { County: 'King' }, Attributes: { tier: 'gold' } });
  });

  it.each([
    ['FirstName', 'x'.repeat(256), /FirstName must be 1 to 255 characters long \(got 256\)/],
    ['FirstName', '', /FirstName must be 1 to 255 characters long \(got 0\)/],
    ['AdditionalInformation', 'x'.repeat(1001), /AdditionalInformation must be 1 to 1000 characters long/],
    ['PhoneNumber', 425, /PhoneNumber must be a string \(got 425\)/],
    ['PartyType', 'PERSON', /PartyType must be one of INDIVIDUAL, BUSINESS, OTHER/],
    ['Gender', 'male', /Gender must be one of MALE, FEMALE, UNSPECIFIED/],
    ['Address', { City: 'x'.repeat(256) }, /Address\.City must be 1 to 255 characters long/],
    ['ShippingAddress', { Town: 'x' }, /ShippingAddress has no field "Town"/],
    ['Attributes', { tier: '' }, /Attributes\.tier must be 1 to 255 characters long/],
    ['Attributes', { ['k'.repeat(256)]: 'v' }, /Attributes key .* must be 1 to 255 characters long/],
    ['Nickname', 'Al', /a profile has no field "Nickname"/],
  ])('refuses %s = %j', (field, value, message) => {
    expectApiError(() => create({ [field]: value }), 'BadRequestException', message);
  });

  it('counts characters, not UTF-16 units: 255 emoji are allowed', () => {
    expect(() => store.createProfile({ FirstName: '😀'.repeat(255) })).not.toThrow();
  });

  it('refuses a DomainName outside 1-64 of [a-zA-Z0-9_-], and an unknown domain', () => {
    expectApiError(() => create({ DomainName: 'bad name' }), 'BadRequestException', /DomainName "bad name" may contain only/);
    expectApiError(() => create({ DomainName: 'd'.repeat(65) }), 'BadRequestException', /DomainName must be 1 to 64 characters/);
    expectApiError(() => create({ DomainName: 'nope' }), 'ResourceNotFoundException', /Domain nope not found/);
  });

  it('refuses a request that is not an object without crashing', () => {
    expectApiError(() => create(null), 'BadRequestException', /must be an object/);
    expectApiError(() => create(['FirstName']), 'BadRequestException', /must be an object/);
  });
});

describe('UpdateProfile', () => {
  const base = () =>
    store.createProfile({ FirstName: 'Ana', LastName: 'Lee', EmailAddress: 'a@x.com', Address: { City: 'Seattle', State: 'WA' }, Attributes: { tier: 'gold', vip: 'yes' } }).ProfileId;

  it('keeps absent fields, replaces given ones, and "" removes a value (also in addresses and Attributes)', () => {
    const ProfileId = base();
    store.updateProfile({ ProfileId, LastName: 'Li', EmailAddress: '', Address: { City: '' }, Attributes: { vip: '', tier: 'silver' } });
    expect(store.getProfile({ ProfileId })).toEqual({
      ProfileId, FirstName: 'Ana', LastName: 'Li', Address: { State: 'WA' }, Attributes: { tier: 'silver' },
    });
  });

  it('drops an address or Attributes that become empty', () => {
    const ProfileId = base();
    store.updateProfile({ ProfileId, Address: { City: '', State: '' }, Attributes: { tier: '', vip: '' } });
    expect(store.getProfile({ ProfileId })).toEqual({ ProfileId, FirstName: 'Ana', LastName: 'Lee', EmailAddress: 'a@x.com' });
  });

  it('allows 0..255 (0..1000) but not more, and PartyType/Gender only from their enums', () => {
    const ProfileId = base();
    expectApiError(() => update({ ProfileId, FirstName: 'x'.repeat(256) }), 'BadRequestException', /FirstName must be 0 to 255/);
    expectApiError(() => update({ ProfileId, AdditionalInformation: 'x'.repeat(1001) }), 'BadRequestException', /0 to 1000/);
    expectApiError(() => update({ ProfileId, Gender: '' }), 'BadRequestException', /Gender must be one of/);
  });

  it('needs a ProfileId of 32 lowercase hex characters that exists', () => {
    expectApiError(() => update({ FirstName: 'x' }), 'BadRequestException', /ProfileId must be 32 lowercase hexadecimal/);
    expectApiError(() => update({ ProfileId: 'A'.repeat(32) }), 'BadRequestException', /ProfileId must be 32 lowercase/);
    expectApiError(() => update({ ProfileId: 'a'.repeat(32), FirstName: 'x' }), 'ResourceNotFoundException', /Profile a{32} not found in domain default/);
  });

  it('leaves the profile unchanged when the update is refused', () => {
    const ProfileId = base();
    const before = store.getProfile({ ProfileId });
    expectApiError(() => update({ ProfileId, LastName: 'Li', Gender: 'x' }), 'BadRequestException', /Gender/);
    expect(store.getProfile({ ProfileId })).toEqual(before);
  });
});

describe('AddProfileKey / DeleteProfileKey / DeleteProfile', () => {
  it('checks KeyName (1-64, pattern), Values (1..255 each, at least one) and refuses to add _profileId', () => {
    const { ProfileId } = store.createProfile({ FirstName: 'Ana' });
    const add = (request: unknown) => store.addProfileKey(request as never);
    expectApiError(() => add({ ProfileId, KeyName: 'a b', Values: ['x'] }), 'BadRequestException', /KeyName "a b" may contain only/);
    expectApiError(() => add({ ProfileId, KeyName: 'k'.repeat(65), Values: ['x'] }), 'BadRequestException', /KeyName must be 1 to 64/);
    expectApiError(() => add({ ProfileId, KeyName: 'k', Values: [] }), 'BadRequestException', /Values must contain at least 1 value/);
    expectApiError(() => add({ ProfileId, KeyName: 'k', Values: ['x'.repeat(256)] }), 'BadRequestException', /Values\[0\] must be 1 to 255/);
    expectApiError(() => add({ ProfileId, KeyName: 'k', Values: 'x' }), 'BadRequestException', /Values must be a list/);
    expectApiError(() => add({ ProfileId, KeyName: '_profileId', Values: ['x'] }), 'BadRequestException', /_profileId cannot be added/);
  });

  it('DeleteProfile needs an existing profile', () => {
    expectApiError(() => store.deleteProfile({ ProfileId: 'b'.repeat(32) }), 'ResourceNotFoundException', /not found/);
  });
});
