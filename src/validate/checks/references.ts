// REF001: a parameter written as a `$.` reference that Amazon Connect cannot read. References are
// member paths ($.Attributes.tier, $['Attributes']['a b']); wildcards, recursive descent and
// filters are JSONPath, not the flow language, and read as "" at run time (src/runtime/jsonpath.ts).
import type { DocPath } from '../../flow/types.js';
import { unreadableReferences } from '../../runtime/jsonpath.js';
import { actionPath, nameOf, report, type Check } from './context.js';

export const referencesReadable: Check = (context) =>
  context.flow.Actions.flatMap((action) =>
    stringsIn(action.Parameters, []).flatMap(({ path, text }) =>
      unreadableReferences(text).map((reference) => report(context, {
        code: 'REF001', path: actionPath(context, action, 'Parameters', ...path),
        message: `${nameOf(action)}: ${JSON.stringify(reference)} is not a reference Amazon Connect reads; it reads as ""`,
        fix: 'write a member path such as $.Attributes.name, $.External.result or $[\'Attributes\'][\'a b\']',
      })),
    ),
  );

/** Every string under a parameter value, with its path (flows are small; the schema bounds nesting). */
function stringsIn(value: unknown, path: DocPath): { readonly path: DocPath; readonly text: string }[] {
  if (typeof value === 'string') return value.includes('$') ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}
