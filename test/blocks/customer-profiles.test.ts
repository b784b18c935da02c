// The Customer Profiles blocks against the real SQLite store (in memory).
import { beforeEach, describe, expect, it } from 'vitest';
import { associateContactToCustomerProfile } from '../../src/blocks/associate-contact-to-customer-profile.js';
import { createCustomerProfile } from '../../src/blocks/create-customer-profile.js';
import { getCustomerProfile } from '../../src/blocks/get-customer-profile.js';
import { updateCustomerProfile } from '../../src/blocks/update-customer-profile.js';
import type { ContactData } from '../../src/runtime/contact.js';
import type { Outcome } from '../../src/runtime/outcome.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { ProfileStore } from '../../src/store/types.js';
import { action, blockContext, contact, deps, type DepsOptions } from '../runtime/helpers.js';

let store: ProfileStore;
let janeId: string;

beforeEach(() => {
  store = openSqliteStore();
  janeId = store.createProfile({
    FirstName: 'Jane', LastName: 'Doe', PhoneNumber: '+14255550100', EmailAddress: 'jane@example.com', AccountNumber: 'A-1',
    Address: { City: 'Seattle' }, ShippingAddress: { City: 'Tacoma' }, Attributes: { tier: 'gold' },
  }).ProfileId;
  store.createProfile({ FirstName: 'Sam', LastName: 'Shared', MobilePhoneNumber: '+14255550199' });
  store.createProfile({ FirstName: 'Pat', LastName: 'Shared', HomePhoneNumber: '+14255550199' });
});

const caller = (address = '+14255550100'): ContactData => contact({ CustomerEndpoint: { Address: address } });

function get(request: Record<string, unknown>, on: ContactData = caller(), options: DepsOptions = {}, fields: unknown = ['FirstName', 'City', 'ShippingCity', 'Attributes.tier']): Outcome {
  const block = action({ Identifier: 'get-profile', Type: 'GetCustomerProfile', Parameters: { ProfileRequestData: request, ProfileResponseData: fields } });
  return getCustomerProfile(block, on, blockContext(deps({ store, ...options })));
}

describe('GetCustomerProfile', () => {
  it('finds one profile by IdentifierName/IdentifierValue and fills $.Customer with flattened names', () => {
    const outcome = get({ IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' });
    expect(outcome.branch).toEqual({ kind: 'next' });
    expect(outcome.contact?.Customer).toEqual({
      ProfileId: janeId,
      ProfileARN: `arn:aws:profile:us-east-1:111122223333:domains/default/profiles/${janeId}`,
      FirstName: 'Jane', City: 'Seattle', ShippingCity: 'Tacoma', 'Attributes.tier': 'gold',
    });
    expect(outcome.reason).toBe(`profile ${janeId} has _phone = +14255550100`);
  });

  it('accepts the documented typo IdentiferValue', () => {
    expect(get({ IdentifierName: '_email', IdentiferValue: 'jane@example.com' }).contact?.Customer.ProfileId).toBe(janeId);
  });

  it('reads the older PhoneNumber / EmailAddress form as _phone / _email', () => {
    expect(get({ PhoneNumber: '$.CustomerEndpoint.Address' }).contact?.Customer.ProfileId).toBe(janeId);
    expect(get({ EmailAddress: 'jane@example.com' }).contact?.Customer.ProfileId).toBe(janeId);
  });

  it('searches SearchCriteria with AND and OR', () => {
    const criteria = [{ IdentifierName: '_phone', IdentifierValue: '+14255550199' }, { IdentifierName: '_fullName', IdentifierValue: 'Sam Shared' }];
    expect(get({ SearchCriteria: criteria, LogicalOperator: 'AND' }).contact?.Customer.FirstName).toBe('Sam');
    const or = get({ SearchCriteria: criteria, LogicalOperator: 'OR' });
    expect(or.branch).toEqual({ kind: 'error', errorType: 'MultipleFoundError' });
    expect(or.reason).toBe('MultipleFoundError: more than one profile has _phone = +14255550199 OR _fullName = Sam Shared');
  });

  it('takes MultipleFoundError for a shared number and NoneFoundError for an unknown one', () => {
    expect(get({ IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, caller('+14255550199')).branch).toEqual({ kind: 'error', errorType: 'MultipleFoundError' });
    const none = get({ IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, caller('+14255550123'));
    expect(none.branch).toEqual({ kind: 'error', errorType: 'NoneFoundError' });
    expect(none.reason).toBe('NoneFoundError: no profile has _phone = +14255550123');
    expect(none.contact).toBeUndefined();
  });

  it('takes Error (NoMatchingError) for a value over 255 characters, an empty value, disabled profiles and faults', () => {
    const long = get({ IdentifierName: '_email', IdentifierValue: `${'x'.repeat(250)}@example.com` });
    expect(long.branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
    expect(long.reason).toContain('262 characters long; Customer Profiles allows at most 255');
    expect(get({ IdentifierName: '_phone', IdentifierValue: '$.Attributes.phone' }).reason).toBe('NoMatchingError: the value for _phone is empty ($.Attributes.phone did not resolve)');
    expect(get({ PhoneNumber: '+14255550100' }, caller(), { profiles: { enabled: false } }).reason).toContain('not enabled');
    expect(get({ PhoneNumber: '+14255550100' }, caller(), { profiles: { faults: { 'get-profile': 'Throttled' } } }).reason).toContain('throttled');
    expect(get({ PhoneNumber: '+14255550100' }, caller(), { profiles: { faults: { '*': 'Unavailable' } } }).reason).toContain('availability');
  });

  it('takes Error when the profile values in the contact would pass 14,000 characters', () => {
    const full = contact({ Customer: Object.fromEntries(Array.from({ length: 55 }, (_, index) => [`Attributes.k${index}`, 'v'.repeat(255)])) });
    const outcome = get({ IdentifierName: '_phone', IdentifierValue: '+14255550100' }, full);
    expect(outcome.branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
    expect(outcome.reason).toContain('allows 14000 for the whole flow');
  });

  it('removes a requested field the found profile lacks, keeping the others', () => {
    const before = contact({ Customer: { City: 'Old town', Other: 'kept' } });
    const outcome = get({ IdentifierName: '_fullName', IdentifierValue: 'Sam Shared' }, before);
    expect(outcome.contact?.Customer).toMatchObject({ FirstName: 'Sam', Other: 'kept' });
    expect(outcome.contact?.Customer.City).toBeUndefined();
  });
});

describe('CreateCustomerProfile, UpdateCustomerProfile, AssociateContactToCustomerProfile', () => {
  const runtime = (): ReturnType<typeof blockContext> => blockContext(deps({ store }));

  it('creates a profile from flattened fields and sets $.Customer.ProfileId', () => {
    const block = action({ Identifier: 'create', Type: 'CreateCustomerProfile', Parameters: {
      ProfileRequestData: { FirstName: 'New', PhoneNumber: '$.CustomerEndpoint.Address', ShippingCity: 'Spokane', 'Attributes.source': 'ivr', LastName: '$.Attributes.none' },
      ProfileResponseData: ['FirstName', 'ShippingCity', 'Attributes.source'],
    } });
    const outcome = createCustomerProfile(block, caller('+14255550177'), runtime());
    const id = outcome.contact?.Customer.ProfileId ?? '';
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(outcome.contact?.Customer).toMatchObject({ FirstName: 'New', ShippingCity: 'Spokane', 'Attributes.source': 'ivr' });
    expect(outcome.reason).toContain('(empty, left out: LastName)');
    expect(store.getProfile({ ProfileId: id })).toMatchObject({ PhoneNumber: '+14255550177', ShippingAddress: { City: 'Spokane' }, Attributes: { source: 'ivr' } });
  });

  it('updates the profile in $.Customer.ProfileId: "" removes, absent keeps', () => {
    const block = action({ Identifier: 'update', Type: 'UpdateCustomerProfile', Parameters: {
      ProfileRequestData: { City: 'Redmond', LastName: '' }, ProfileResponseData: ['City', 'LastName', 'FirstName'],
    } });
    const outcome = updateCustomerProfile(block, contact({ Customer: { ProfileId: janeId, LastName: 'Doe' } }), runtime());
    expect(outcome.branch).toEqual({ kind: 'next' });
    expect(outcome.contact?.Customer).toMatchObject({ City: 'Redmond', FirstName: 'Jane' });
    expect(outcome.contact?.Customer.LastName).toBeUndefined();
    expect(store.getProfile({ ProfileId: janeId })).toMatchObject({ FirstName: 'Jane', Address: { City: 'Redmond' } });
    expect(store.getProfile({ ProfileId: janeId }).LastName).toBeUndefined();
  });

  it('takes Error for an update with no $.Customer.ProfileId', () => {
    const block = action({ Identifier: 'update', Type: 'UpdateCustomerProfile', Parameters: { ProfileRequestData: { City: 'x' } } });
    const outcome = updateCustomerProfile(block, contact(), runtime());
    expect(outcome.branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
    expect(outcome.reason).toContain('$.Customer.ProfileId is not set');
  });

  it('associates the contact id as a _ctrContactId key', () => {
    const block = action({ Identifier: 'associate', Type: 'AssociateContactToCustomerProfile', Parameters: {
      ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ContactId: '$.ContactId' },
    } });
    const outcome = associateContactToCustomerProfile(block, contact({ ContactId: 'c-42', Customer: { ProfileId: janeId } }), runtime());
    expect(outcome.branch).toEqual({ kind: 'next' });
    expect(store.searchProfiles({ KeyName: '_ctrContactId', Values: ['c-42'] }).Items.map((item) => item.ProfileId)).toEqual([janeId]);
    const missing = associateContactToCustomerProfile(block, contact(), runtime());
    expect(missing.reason).toContain('ProfileId is empty');
  });
});
