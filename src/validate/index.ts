import type { ErrorObject } from 'ajv';
import { isRecord, type FlowSource } from '../flow/load.js';
import type { Flow, FlowAction } from '../flow/types.js';
import { flow as validateFlowSchema } from '../generated/schema-validators.js';
import { actionsReachable, identifiersUnique, startActionExists, transitionTargetsExist } from './checks/graph.js';
import { errorBranchPresent, identifierValueSpelling, profileBeforeUpdate } from './checks/customer-profiles.js';
import type { Check, CheckContext } from './checks/context.js';
import type { Diagnostic } from './diagnostic.js';
import { schemaDiagnostics } from './schema-diagnostics.js';

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
];

type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Every diagnostic for one parsed flow file, sorted by position. */
export function validateFlowSource(source: FlowSource, options: ValidateOptions = {}): Diagnostic[] {
  if (source.diagnostics.length) return [...source.diagnostics];
  const validate = validateFlowSchema as SchemaValidator;
  const diagnostics = validate(source.document)
    ? []
    : schemaDiagnostics(validate.errors ?? [], source.document, source.file, source.source);
  const context = checkContext(source);
  if (context) for (const check of CHECKS) diagnostics.push(...check(context));
  return diagnostics
    .map((diagnostic) => (options.strict && diagnostic.severity === 'warning' ? { ...diagnostic, severity: 'error' as const } : diagnostic))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
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
