// UpdateContactData: sets Amazon Connect-defined contact data: Name, Description, LanguageCode
// ($.LanguageCode), CustomerId ($.CustomerId), References, Voice ID settings, WisdomSessionArn
// (APIReference contact-actions-updatecontactdata). TargetContact Related is recorded only.
import type { ContactData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { param } from './common.js';

const ON_CONTACT = ['Name', 'Description', 'LanguageCode', 'CustomerId'] as const;

export const updateContactData: BlockHandler = (action, contact) => {
  const parameters = (action.Parameters ?? {}) as Readonly<Record<string, unknown>>;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (name !== 'TargetContact') values[name] = typeof value === 'string' ? resolveText(value, contact) : value;
  }
  if (param(action, 'TargetContact') === 'Related') return { branch: NEXT, settings: { RelatedContactData: values }, reason: 'set on the related contact (not simulated)' };
  let updated: ContactData = contact;
  for (const name of ON_CONTACT) if (typeof values[name] === 'string') updated = { ...updated, [name]: values[name] };
  const references = values.References;
  if (typeof references === 'object' && references !== null) updated = { ...updated, References: { ...contact.References, ...(references as object) } };
  const settings = Object.fromEntries(Object.entries(values).filter(([name]) => !(ON_CONTACT as readonly string[]).includes(name) && name !== 'References'));
  return { branch: NEXT, ...(updated !== contact ? { contact: updated } : {}), ...(Object.keys(settings).length ? { settings } : {}) };
};
