// Actions without a `Parameters` or `Transitions` key. The flow-language reference shows both on
// every action, but Amazon Connect exports omit them: no Parameters on TransferContactToQueue (a
// Terraform example) and CheckSecurityStatus, no Transitions on DisconnectParticipant,
// EndFlowExecution and EndFlowModuleExecution (docs/diagnostics.md, "Leniencies"). So the flow schema
// does not require them, and this module asks each action's own schema what is missing:
// - no Parameters: would `Parameters: {}` lack keys the type requires? Then FLOW009 (a warning: the
//   block runs without them), or CP001 for a Customer Profiles request, whose forms Connect enforces.
// - no Transitions: does the type's schema allow a NextAction at all? If not, the action is terminal
//   and needs none; else FLOW010 (a warning: a run that reaches it stops there).
// A type with no schema of its own is not asked: cfsim does not know what it needs.
import type { ErrorObject } from 'ajv';
import { isRecord } from '../flow/load.js';
import type { SourceLocator } from '../flow/types.js';
import { severityOf, type DiagnosticCode } from './codes.js';
import { clip, type Diagnostic } from './diagnostic.js';
import { schemaErrors, type SchemaValidator } from './schema-validator.js';

/** A NextAction no flow has, to ask a schema whether the type takes one. */
const PROBE_TARGET = 'cfsim-probe';

export function omittedKeyDiagnostics(
  actions: readonly unknown[],
  validators: readonly (SchemaValidator | undefined)[],
  file: string,
  locator: SourceLocator,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  actions.forEach((action, index) => {
    const validator = validators[index];
    if (!validator || !isRecord(action)) return;
    const name = typeof action.Identifier === 'string' && action.Identifier ? clip(action.Identifier) : `Actions[${index}]`;
    const type = String(action.Type);
    const at = (code: DiagnosticCode, message: string, fix: string): Diagnostic => ({
      code, severity: severityOf(code), message: `${name}: ${message}`, fix, file, ...locator.locate(['Actions', index, 'Type'], { key: true }), path: ['Actions', index],
    });
    if (!('Parameters' in action)) {
      const needed = missingKeys(schemaErrors(validator, { ...action, Parameters: {} }));
      if (needed.includes('ProfileRequestData')) {
        diagnostics.push(at('CP001', `has no Parameters; ${type} needs ProfileRequestData (a Customer Profiles request)`, 'add Parameters with ProfileRequestData'));
      } else if (needed.length) {
        const keys = needed.map((key) => `"${key}"`).join(', ');
        diagnostics.push(at('FLOW009', `has no Parameters; the reference calls ${keys} required for ${type}; the block runs without them`, `add Parameters with ${keys}`));
      }
    }
    if (!('Transitions' in action) && takesNextAction(validator, action)) {
      diagnostics.push(at(
        'FLOW010',
        `has no Transitions, but ${type} goes on to a next action; a run that reaches it stops there`,
        'add Transitions with a NextAction (and the Errors the type has)',
      ));
    }
  });
  return diagnostics;
}

/** Keys a `required` names directly in Parameters (not deeper). */
function missingKeys(errors: readonly ErrorObject[]): string[] {
  return errors
    .filter((error) => error.keyword === 'required' && error.instancePath === '/Parameters')
    .map((error) => String((error.params as { missingProperty?: unknown }).missingProperty));
}

/** Whether the type's schema lets its Transitions hold a NextAction (a terminal type's does not). */
function takesNextAction(validator: SchemaValidator, action: Readonly<Record<string, unknown>>): boolean {
  const probe = { ...action, Parameters: action.Parameters ?? {}, Transitions: { NextAction: PROBE_TARGET } };
  return !schemaErrors(validator, probe).some(
    (error) =>
      error.instancePath === '/Transitions' &&
      error.keyword === 'additionalProperties' &&
      (error.params as { additionalProperty?: unknown }).additionalProperty === 'NextAction',
  );
}
