// PhoneNumberValidation of GetParticipantInput: "E164" wants a full +country number, "Local" a
// national number of CountryCode (APIReference participant-actions-getparticipantinput). A valid
// number is stored in E.164, as the Store customer input block does.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneCheck = { readonly valid: true; readonly number: string } | { readonly valid: false; readonly reason: string };

export function validatePhoneInput(input: string, validation: Readonly<Record<string, unknown>>): PhoneCheck {
  const format = validation.NumberFormat === 'Local' ? 'Local' : 'E164';
  const country = typeof validation.CountryCode === 'string' ? validation.CountryCode.toUpperCase() : '';
  if (format === 'E164') {
    const parsed = input.startsWith('+') ? parsePhoneNumberFromString(input) : undefined;
    return parsed?.isValid() ? { valid: true, number: parsed.number } : { valid: false, reason: `${input} is not an E.164 phone number` };
  }
  if (!isSupportedCountry(country)) return { valid: false, reason: `CountryCode ${JSON.stringify(country)} is not a known country` };
  const parsed = parsePhoneNumberFromString(input, country);
  return parsed?.isValid() ? { valid: true, number: parsed.number } : { valid: false, reason: `${input} is not a valid ${country} phone number` };
}
