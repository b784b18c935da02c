import type { ErrorObject } from 'ajv';
import { isRecord, type FlowSource } from '../flow/load.js';
import type { Flow, FlowAction } from '../flow/types.js';
import { ACTION_VALIDATORS } from '../generated/action-validators.js';
import { validate as validateFlowDocument } from '../generated/validators/flow-document.js';
import { actionsReachable, identifiersUnique, startActionExists, transitionTargetsExist, unconnectedBranches } from './checks/graph.js';
import { errorBranchPresent, identifierValueSpelling, profileBeforeUpdate, searchKeySpelling } from './checks/customer-profiles.js';
import type { Check, CheckContext } from './checks/context.js';
import { waitWithinLimit } from './checks/limits.js';
import { referenceNamesKnown, referencesReadable } from './checks/references.js';
import { errorBranchesPresent } from './checks/transitions.js';
import type { Diagnostic } from './diagnostic.js';
import { closest, suggestionBudget, type SuggestionBudget } from './closest.js';
import { notAFlow } from './not-a-flow.js';
import { omittedKeyDiagnostics } from './omitted-keys.js';
import { flowSchemaDiagnostics } from './schema-diagnostics.js';
import { schemaErrors, type SchemaValidator } from './schema-validator.js';

export type { Diagnostic, Severity } from './diagnostic.js';

export interface ValidateOptions {
  /** Warnings count as errors. */
  readonly strict?: boolean;
}

/** The semantic rules run after the schema, in this order. */
const CHECKS: readonly Check[] = [
  startActionExists,
  identifiersUnique,
  transitionTargetsExist,
  unconnectedBranches,
  actionsReachable,
  identifierValueSpelling,
  searchKeySpelling,
  errorBranchPresent,
  errorBranchesPresent,
  profileBeforeUpdate,
  referencesReadable,
  waitWithinLimit,
  referenceNamesKnown,
];

/** Every diagnostic for one parsed flow file, sorted by position. */
export async function validateFlowSource(source: FlowSource, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  if (source.diagnostics.length) return [...source.diagnostics];
  const otherKind = notAFlow(source);
  if (otherKind) return [otherKind];
  // One did-you-mean budget for the whole file, so that no file can make suggestions slow (closest.ts).
  const budget = suggestionBudget();
  const actions = isRecord(source.document) && Array.isArray(source.document.Actions) ? source.document.Actions : [];
  const validators = await actionValidators(actions);
  const errors = [...schemaErrors(validateFlowDocument as SchemaValidator, source.document), ...actionErrors(actions, validators)];
  const diagnostics = flowSchemaDiagnostics(errors, source.document, source.file, source.source, budget);
  diagnostics.push(...omittedKeyDiagnostics(actions, validators, source.file, source.source));
  const context = checkContext(source, budget);
  if (context) for (const check of CHECKS) diagnostics.push(...check(context));
  return diagnostics
    .map((diagnostic) => (options.strict && diagnostic.severity === 'warning' ? { ...diagnostic, severity: 'error' as const } : diagnostic))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

const loadedValidators = new Map<string, Promise<SchemaValidator>>();

/** The schema of each action's type, where cfsim has one; only the types this flow uses are loaded. */
function actionValidators(actions: readonly unknown[]): Promise<(SchemaValidator | undefined)[]> {
  // Every type's module is requested before any is awaited, so that they load side by side.
  return Promise.all(actions.map(validatorFor));
}

/** Each action against its own type's schema. */
function actionErrors(actions: readonly unknown[], validators: readonly (SchemaValidator | undefined)[]): ErrorObject[] {
  const errors: ErrorObject[] = [];
  for (const [index, action] of actions.entries()) {
    const validator = validators[index];
    if (validator) errors.push(...schemaErrors(validator, action, `/Actions/${index}`));
  }
  return errors;
}

function validatorFor(action: unknown): Promise<SchemaValidator> | undefined {
  const type = isRecord(action) && typeof action.Type === 'string' ? action.Type : undefined;
  const load = type !== undefined && Object.hasOwn(ACTION_VALIDATORS, type) ? ACTION_VALIDATORS[type] : undefined;
  if (!type || !load) return undefined;
  let validator = loadedValidators.get(type);
  if (!validator) loadedValidators.set(type, (validator = load()));
  return validator;
}

/**
 * Semantic checks need actions with string identifiers and types; the schema has already
 * reported anything else, and the rest of the file is still checked.
 */
function checkContext(source: FlowSource, budget: SuggestionBudget): CheckContext | undefined {
  const document = source.document;
  if (!isRecord(document) || !Array.isArray(document.Actions)) return undefined;
  const actions = document.Actions.filter(
    (action): action is FlowAction => isRecord(action) && typeof action.Identifier === 'string' && typeof action.Type === 'string',
  );
  const actionsById = new Map<string, FlowAction>();
  const indexOf = new Map<FlowAction, number>();
  document.Actions.forEach((action, index) => indexOf.set(action as FlowAction, index));
  for (const action of actions) if (!actionsById.has(action.Identifier)) actionsById.set(action.Identifier, action);
  const flow = { ...document, Actions: actions } as unknown as Flow;
  const suggest = (name: string, candidates: Iterable<string>): string | undefined => closest(name, candidates, budget);
  return { file: source.file, flow, actionsById, indexOf, locator: source.source, suggest };
}
