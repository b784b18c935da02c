import type { DocPath, Flow, FlowAction, SourceLocator } from '../../flow/types.js';
import type { Diagnostic, Severity } from '../diagnostic.js';

/** What a semantic check sees: a flow whose Actions are objects with string identifiers. */
export interface CheckContext {
  readonly file: string;
  readonly flow: Flow;
  /** First action of each identifier (duplicates are reported by their own check). */
  readonly actionsById: ReadonlyMap<string, FlowAction>;
  /** Index of each action in Actions, for paths. */
  readonly indexOf: ReadonlyMap<FlowAction, number>;
  readonly locator: SourceLocator;
}

/** A semantic rule: plain data in, diagnostics out. */
export type Check = (context: CheckContext) => Diagnostic[];

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: DocPath;
  readonly fix?: string;
  /** Point at the last path segment's key instead of its value. */
  readonly atKey?: boolean;
}

export function report(context: CheckContext, finding: Finding): Diagnostic {
  const { atKey, ...rest } = finding;
  return { ...rest, file: context.file, ...context.locator.locate(finding.path, { key: atKey === true }) };
}

export function actionPath(context: CheckContext, action: FlowAction, ...rest: DocPath): DocPath {
  return ['Actions', context.indexOf.get(action) ?? 0, ...rest];
}

/** The four Customer Profiles action types of the "Customer profiles" block family. */
export const CUSTOMER_PROFILES_TYPES: ReadonlySet<string> = new Set([
  'GetCustomerProfile',
  'CreateCustomerProfile',
  'UpdateCustomerProfile',
  'AssociateContactToCustomerProfile',
]);
