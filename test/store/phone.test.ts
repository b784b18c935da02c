// _phone normalization: E.164 with libphonenumber-js, the default region for national numbers.
import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneNormalizer } from '../../src/store/phone.js';

describe('phone normalization', () => {
  it.each([
    ['+1 (425) 555-0100', 'US', '+14255550100'],
    ['(425) 555-0100', 'US', '+14255550100'],
    ['425.555.0100', 'US', '+14255550100'],
    ['+44 (0)20 7946 0958', 'US', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['555-0100', 'US', '5550100'], // not a possible number: its digits
    ['ext', 'US', 'ext'], // no digits: as given
  ] as const)('%s in %s → %s', (input, region, expected) => {
    expect(normalizePhone(input, region)).toBe(expected);
    expect(phoneNormalizer(region)(input)).toBe(expected);
  });

  it('gives the same as libphonenumber-js for North American E.164 numbers it does not parse', () => {
    const normalize = phoneNormalizer('GB');
    for (const number of ['+14255550100', '+12125551234', '+19995550000']) expect(normalize(number)).toBe(normalizePhone(number, 'GB'));
  });
});
