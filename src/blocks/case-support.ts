// Case fields for the Cases blocks: request fields resolved, the case read as $.Case.<field>.
import type { FlowAction } from '../flow/types.js';
import type { ContactData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';
import { recordParam } from './common.js';

export function caseRequestFields(action: FlowAction, contact: ContactData): Record<string, string> {
  return Object.fromEntries(Object.entries(recordParam(action, 'CaseRequestFields')).map(([key, value]) => [key, resolveText(value, contact)]));
}
