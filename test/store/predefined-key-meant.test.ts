import { describe, expect, it } from 'vitest';
import { predefinedKeyMeant, PREDEFINED_SEARCH_KEYS } from '../../src/store/search-keys.js';

describe('predefinedKeyMeant', () => {
  it('names the predefined key a near-miss meant: one case, one edit, one swap, or no underscore', () => {
    expect(predefinedKeyMeant('_Phone')).toBe('_phone');
    expect(predefinedKeyMeant('_acount')).toBe('_account');
    expect(predefinedKeyMeant('_emial')).toBe('_email');
    expect(predefinedKeyMeant('_profileID')).toBe('_profileId');
    expect(predefinedKeyMeant('phone')).toBe('_phone');
    expect(predefinedKeyMeant('FullName')).toBe('_fullName');
  });

  it('leaves predefined keys, custom keys and long names alone', () => {
    for (const key of PREDEFINED_SEARCH_KEYS) expect(predefinedKeyMeant(key)).toBeUndefined();
    expect(predefinedKeyMeant('loyaltyId')).toBeUndefined();
    expect(predefinedKeyMeant('phones')).toBeUndefined();
    expect(predefinedKeyMeant('_phoneNumberWork')).toBeUndefined();
    expect(predefinedKeyMeant(`_${'p'.repeat(200_000)}`)).toBeUndefined();
    expect(predefinedKeyMeant('')).toBeUndefined();
  });
});
