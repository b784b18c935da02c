// The parameters a block sends outside, as text: `$.` references resolved, nested values as JSON.
import type { ContactData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';

/** At most this many parameters are recorded per call: a flow is input, its size is bounded here too. */
const MAX_PARAMETERS = 100;

export function resolvedMap(values: unknown, contact: ContactData): Record<string, string> {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return {};
  const entries = Object.entries(values as Record<string, unknown>).slice(0, MAX_PARAMETERS);
  return Object.fromEntries(entries.map(([key, value]) => [key, typeof value === 'object' && value !== null ? JSON.stringify(value) : resolveText(value, contact)]));
}
