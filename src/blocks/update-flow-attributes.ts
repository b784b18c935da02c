// UpdateFlowAttributes: attributes of the current flow only, read as $.FlowAttributes.<name> and
// "not carried over to subsequent flows" (devguide flow-control-actions-updateflowattributes).
// Exports write {name: {Value: "..."}}; the page's {name: "..."} form is read too. Flow attributes
// are held to the contact attributes' 32 KB: past it, the Error branch (connect-limits.ts).
import { attributesTooLarge, FLOW_ATTRIBUTES_MAX_BYTES } from '../runtime/connect-limits.js';
import { resolveText } from '../runtime/jsonpath.js';
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { namedValues, recordParam } from './common.js';

export const updateFlowAttributes: BlockHandler = (action, contact) => {
  const values = namedValues<string>();
  for (const [name, entry] of Object.entries(recordParam(action, 'FlowAttributes'))) {
    const value = typeof entry === 'object' && entry !== null ? (entry as { Value?: unknown }).Value : entry;
    values[name] = resolveText(value, contact);
  }
  const attributes = namedValues(contact.FlowAttributes, values);
  const tooLarge = attributesTooLarge('the flow attributes', attributes, FLOW_ATTRIBUTES_MAX_BYTES);
  if (tooLarge) return tooLarge;
  const names = Object.keys(values).map((name) => `$.FlowAttributes.${name}`).join(', ');
  return { branch: NEXT, contact: { ...contact, FlowAttributes: attributes }, ...(names ? { reason: `set ${names}` } : {}) };
};
