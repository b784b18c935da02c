import { isRecord } from '../flow/load.js';

/**
 * A case's contact over the file's defaults: objects merge key by key (so a case can change one
 * attribute or the address alone), anything else, lists included (Inputs), replaces.
 */
export function mergeContact(defaults: Readonly<Record<string, unknown>>, override: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(override)) {
    const base = merged[key];
    merged[key] = isRecord(base) && isRecord(value) ? mergeContact(base, value) : value;
  }
  return merged;
}
