// UpdateContactAttributes ("Set contact attributes"): sets user-defined attributes, read as
// $.Attributes.<key>; keys and values may be dynamic (devguide contact-actions-updatecontactattributes).
// TargetContact "Related" writes to a related contact, which cfsim does not simulate: recorded only.
// All of a contact's attributes together take at most 32 KB; a write past that takes the Error
// branch and sets nothing (API_UpdateContactAttributes, set-contact-attributes.html; connect-limits.ts).
import { attributesTooLarge, CONTACT_ATTRIBUTES_MAX_BYTES } from '../runtime/connect-limits.js';
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { namedValues, param, recordParam } from './common.js';

export const updateContactAttributes: BlockHandler = (action, contact) => {
  const values = namedValues<string>();
  for (const [key, value] of Object.entries(recordParam(action, 'Attributes'))) {
    values[resolveText(key, contact)] = resolveText(value, contact);
  }
  if (param(action, 'TargetContact') === 'Related') {
    const tooLarge = attributesTooLarge('the related contact attributes', values, CONTACT_ATTRIBUTES_MAX_BYTES);
    if (tooLarge) return tooLarge;
    return { branch: NEXT, settings: { RelatedContactAttributes: values }, reason: 'set on the related contact (not simulated)' };
  }
  const attributes = namedValues(contact.Attributes, values);
  return attributesTooLarge('the contact attributes', attributes, CONTACT_ATTRIBUTES_MAX_BYTES) ?? { branch: NEXT, contact: { ...contact, Attributes: attributes } };
};
