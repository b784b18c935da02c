// The contact state the TUI shows (attributes, $.Customer, stored input, target queue), each value
// marked when the last step changed it.
import type { ContactData, StringMap } from '../runtime/contact.js';

/** The longest value shown whole; longer ones are cut, and listed after the others. */
export const VALUE_WIDTH = 24;

export interface Field {
  readonly name: string;
  /** null: the last step removed it. */
  readonly value: string | null;
  readonly changed: boolean;
}

export interface ContactSection {
  readonly label: string;
  readonly fields: readonly Field[];
}

/** `before` is the contact before the last step; absent at the start, where nothing changed yet. */
export function contactSections(contact: ContactData, before: ContactData = contact): ContactSection[] {
  return [
    { label: 'Attributes', fields: mapFields(contact.Attributes, before.Attributes) },
    { label: 'Customer', fields: mapFields(contact.Customer, before.Customer) },
    { label: 'Input', fields: single('StoredCustomerInput', contact.StoredCustomerInput, before.StoredCustomerInput) },
    { label: 'Queue', fields: single('Queue', queueOf(contact), queueOf(before)) },
  ];
}

function queueOf(contact: ContactData): string | undefined {
  return contact.Queue ? contact.Queue.Name || contact.Queue.ARN : undefined;
}

/** Changed fields first, and long values (ids, ARNs) after short ones, so what matters stays in view when a section is cut. */
function mapFields(now: StringMap, before: StringMap): Field[] {
  const fields: Field[] = Object.entries(now).map(([name, value]) => ({ name, value, changed: before[name] !== value }));
  for (const name of Object.keys(before)) if (!Object.hasOwn(now, name)) fields.push({ name, value: null, changed: true });
  const rank = (field: Field): number => (field.changed ? 0 : 2) + ((field.value ?? '').length > VALUE_WIDTH ? 1 : 0);
  return fields.sort((a, b) => rank(a) - rank(b));
}

function single(name: string, now: string | undefined, before: string | undefined): Field[] {
  if (now === undefined) return before === undefined ? [] : [{ name, value: null, changed: true }];
  return [{ name, value: now, changed: before !== now }];
}
