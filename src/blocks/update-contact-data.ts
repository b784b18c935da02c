// UpdateContactData: sets Amazon Connect-defined contact data: Name, Description, LanguageCode
// ($.LanguageCode), CustomerId ($.CustomerId), References, Voice ID settings, WisdomSessionArn
// (APIReference contact-actions-updatecontactdata). TargetContact Related is recorded only.
// Name and Description follow the UpdateContact API's lengths (at most 512 and 4,096 characters,
// API_UpdateContact.html): a longer resolved value takes NoMatchingError and nothing is set.
import type { ContactData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';
import { errorBranch, NEXT, type BlockHandler } from '../runtime/outcome.js';
import { namedValues, param } from './common.js';

const ON_CONTACT = ['Name', 'Description', 'LanguageCode', 'CustomerId'] as const;
const MAX_LENGTH: Readonly<Record<string, number>> = { Name: 512, Description: 4_096 };

export const updateContactData: BlockHandler = (action, contact) => {
  const parameters = (action.Parameters ?? {}) as Readonly<Record<string, unknown>>;
  const values = namedValues<unknown>();
  for (const [name, value] of Object.entries(parameters)) {
    if (name !== 'TargetContact') values[name] = typeof value === 'string' ? resolveText(value, contact) : value;
  }
  for (const [name, max] of Object.entries(MAX_LENGTH)) {
    const value = values[name];
    if (typeof value === 'string' && value.length > max) {
      return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: ${name} is ${value.length.toLocaleString('en-US')} characters long; Amazon Connect takes at most ${max.toLocaleString('en-US')}` };
    }
  }
  if (param(action, 'TargetContact') === 'Related') return { branch: NEXT, settings: { RelatedContactData: values }, reason: 'set on the related contact (not simulated)' };
  let updated: ContactData = contact;
  for (const name of ON_CONTACT) if (typeof values[name] === 'string') updated = { ...updated, [name]: values[name] };
  const references = values.References;
  if (typeof references === 'object' && references !== null) updated = { ...updated, References: { ...contact.References, ...(references as object) } };
  const settings = Object.fromEntries(Object.entries(values).filter(([name]) => !(ON_CONTACT as readonly string[]).includes(name) && name !== 'References'));
  return { branch: NEXT, ...(updated !== contact ? { contact: updated } : {}), ...(Object.keys(settings).length ? { settings } : {}) };
};
