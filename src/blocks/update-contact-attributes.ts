// UpdateContactAttributes ("Set contact attributes"): sets user-defined attributes, read as
// $.Attributes.<key>; keys and values may be dynamic (devguide contact-actions-updatecontactattributes).
// TargetContact "Related" writes to a related contact, which cfsim does not simulate: recorded only.
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { param, recordParam } from './common.js';

export const updateContactAttributes: BlockHandler = (action, contact) => {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(recordParam(action, 'Attributes'))) {
    values[resolveText(key, contact)] = resolveText(value, contact);
  }
  if (param(action, 'TargetContact') === 'Related') {
    return { branch: NEXT, settings: { RelatedContactAttributes: values }, reason: 'set on the related contact (not simulated)' };
  }
  return { branch: NEXT, contact: { ...contact, Attributes: Object.assign({}, contact.Attributes, values) } };
};
