import type { ErrorObject } from 'ajv';
import { isRecord, type FlowSource } from '../flow/load.js';
import type { Flow, FlowAction } from '../flow/types.js';
import { ACTION_VALIDATORS } from '../generated/action-validators.js';
import { validate as validateFlowDocument } from '../generated/validators/flow-document.js';
import { actionsReachable, identifiersUnique, startActionExists, transitionTargetsExist } from './checks/graph.js';
import { errorBranchPresent, identifierValueSpelling, profileBeforeUpdate } from './checks/customer-profiles.js';
import type { Check, CheckContext } from './checks/context.js';
import { waitWithinLimit } from './checks/limits.js';
import { referencesReadable } from './checks/references.js';
import type { Diagnostic } from './diagnostic.js';
import { notAFlow } from './not-a-flow.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
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
  actionsReachable,
  identifierValueSpelling,
  errorBranchPresent,
  profileBeforeUpdate,
  referencesReadable,
  waitWithinLimit,
];

/** Every diagnostic for one parsed flow file, sorted by position. */
export async function validateFlowSource(source: FlowSource, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  if (source.diagnostics.length) return [...source.diagnostics];
  const otherKind = notAFlow(source);
  if (otherKind) return [otherKind];
  const errors = [...schemaErrors(validateFlowDocument as SchemaValidator, source.document), ...(await actionErrors(source.document))];
  const diagnostics = schemaDiagnostics(errors, source.document, source.file, source.source);
  const context = checkContext(source);
  if (context) for (const check of CHECKS) diagnostics.push(...check(context));
  return diagnostics
    .map((diagnostic) => (options.strict && diagnostic.severity === 'warning' ? { ...diagnostic, severity: 'error' as const } : diagnostic))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

const loadedValidators = new Map<string, Promise<SchemaValidator>>();

/** Each action against its own type's schema; only the types this flow uses are loaded. */
async function actionErrors(document: unknown): Promise<ErrorObject[]> {
  if (!isRecord(document) || !Array.isArray(document.Actions)) return [];
  // Every type's module is requested before any is awaited, so that they load side by side.
  const validators = await Promise.all(document.Actions.map(validatorFor));
  const errors: ErrorObject[] = [];
  for (const [index, action] of document.Actions.entries()) {
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
function checkContext(source: FlowSource): CheckContext | undefined {
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
  return { file: source.file, flow, actionsById, indexOf, locator: source.source };
}
