import type { DocPath, Flow, FlowAction, SourceLocator } from '../../flow/types.js';
import { severityOf, type DiagnosticCode } from '../codes.js';
import { clip, type Diagnostic } from '../diagnostic.js';

/** What a semantic check sees: a flow whose Actions are objects with string identifiers. */
export interface CheckContext {
  readonly file: string;
  readonly flow: Flow;
  /** First action of each identifier (duplicates are reported by their own check). */
  readonly actionsById: ReadonlyMap<string, FlowAction>;
  /** Index of each action in Actions, for paths. */
  readonly indexOf: ReadonlyMap<FlowAction, number>;
  readonly locator: SourceLocator;
  /** Did-you-mean within the file's bounded budget (closest.ts). */
  readonly suggest: (name: string, candidates: Iterable<string>) => string | undefined;
}

/** A semantic rule: plain data in, diagnostics out. */
export type Check = (context: CheckContext) => Diagnostic[];

/** What a check found; its severity comes from the code (codes.ts). */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path: DocPath;
  readonly fix?: string;
  /** Point at the last path segment's key instead of its value. */
  readonly atKey?: boolean;
}

export function report(context: CheckContext, finding: Finding): Diagnostic {
  const { atKey, ...rest } = finding;
  return { ...rest, severity: severityOf(finding.code), file: context.file, ...context.locator.locate(finding.path, { key: atKey === true }) };
}

/** An action's Identifier as messages quote it (an Identifier may be any length before the schema refuses it). */
export function nameOf(action: FlowAction): string {
  return clip(action.Identifier);
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
