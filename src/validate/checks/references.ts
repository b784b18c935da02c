// REF001: a parameter written as a `$.` reference that Amazon Connect cannot read. References are
// member paths ($.Attributes.tier, $['Attributes']['a b']); wildcards, recursive descent and
// filters are JSONPath, not the flow language, and read as "" at run time (src/runtime/jsonpath.ts).
import type { DocPath, FlowAction } from '../../flow/types.js';
import { memberReferences, unreadableReferences } from '../../runtime/jsonpath.js';
import { unknownName } from '../../runtime/namespaces.js';
import { clip } from '../diagnostic.js';
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

/**
 * REF002: a member path whose namespace (`$.Custmer`, `$.StoredCustomerInputs`) or `$.Customer` field
 * (`$.Customer.FristName`) the flow language does not have (src/runtime/namespaces.ts, from the admin
 * guide's list of contact attributes): it reads as "" at run time. One warning per reference, with the
 * did-you-mean (bounded, closest.ts).
 */
export const referenceNamesKnown: Check = (context) =>
  context.flow.Actions.flatMap((action) =>
    referenceSites(action).flatMap(({ path, text }) =>
      memberReferences(text).flatMap((reference) => {
        const unknown = unknownName(reference.keys);
        if (!unknown) return [];
        const meant = context.suggest(unknown.name, unknown.candidates);
        const corrected = meant ? reference.path.replace(unknown.name, meant) : undefined;
        return [report(context, {
          code: 'REF002', path: actionPath(context, action, ...path),
          message: `${nameOf(action)}: ${clip(reference.path)} names "${clip(unknown.name)}", no ${unknown.kind} of the flow language${meant ? `; did you mean "${meant}"?` : ''} It reads as "" at run time`,
          fix: corrected ? `write ${clip(corrected)}` : unknown.kind === 'namespace' ? 'use a namespace such as $.Attributes, $.External, $.Customer or $.StoredCustomerInput (docs/diagnostics.md, REF002)' : 'use a profile field (FirstName, ..., Attributes.<name>)',
        })];
      }),
    ),
  );

/** Where an action's `$.` references are: its Parameters, and the operands of its Conditions. */
export function referenceSites(action: FlowAction): { readonly path: DocPath; readonly text: string }[] {
  const sites = stringsIn(action.Parameters, ['Parameters']);
  const conditions: unknown = action.Transitions?.Conditions;
  if (Array.isArray(conditions)) {
    conditions.forEach((condition: unknown, index) => {
      const operands = (condition as { Condition?: { Operands?: unknown } } | null)?.Condition?.Operands;
      sites.push(...stringsIn(operands, ['Transitions', 'Conditions', index, 'Condition', 'Operands']));
    });
  }
  return sites;
}

/** Every string under a parameter value, with its path (flows are small; the schema bounds nesting). */
function stringsIn(value: unknown, path: DocPath): { readonly path: DocPath; readonly text: string }[] {
  if (typeof value === 'string') return value.includes('$') ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}
