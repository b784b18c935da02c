// The severity rule for flows, as the code of each schema error (codes.ts gives each code its
// severity): docs/diagnostics.md, "Severity follows evidence".
import type { ErrorObject } from 'ajv';
import type { DocPath } from '../flow/types.js';
import type { DiagnosticCode } from './codes.js';

/**
 * The code of a schema error; the code decides the severity (codes.ts). The rule goes by what the
 * failed schema statement says, never by which key it is about (docs/diagnostics.md, "Severity
 * follows evidence"):
 * - a list the reference closes (which keys, types, ErrorTypes, transitions and values exist) is
 *   incomplete, since Amazon Connect writes and accepts more than it lists: a warning of its own code;
 * - a parameter the reference calls required but real exports omit: a warning (FLOW009), except the
 *   Customer Profiles request, whose documented forms Amazon Connect enforces (CP001);
 * - the shape a run follows (the document, an action's Identifier and Type, its transitions) and a
 *   documented constraint on a documented value (kind, format, range, limit, keys that exclude each
 *   other): an error.
 */
export function flowCodeFor(error: ErrorObject, path: DocPath): DiagnosticCode {
  const { keyword } = error;
  const params = error.params as Record<string, unknown>;
  const last = path[path.length - 1];
  const inAction = path[0] === 'Actions' && typeof path[1] === 'number';
  const inTransitions = inAction && path[2] === 'Transitions';
  const inProfileData = isProfileData(path);
  const namesAKey = keyword === 'additionalProperties' || (keyword === 'maxProperties' && params.limit === 0) || hasPropertyName(error);
  // A key of Transitions itself is a transition; a key anywhere else is a key.
  if (namesAKey) return inProfileData ? 'CP003' : inTransitions && path.length === 3 ? 'FLOW007' : 'FLOW004';
  if (keyword === 'enum' || keyword === 'const') {
    if (!inAction) return 'FLOW001'; // Version
    if (path.length === 3 && last === 'Type') return 'FLOW002';
    return last === 'ErrorType' ? 'FLOW006' : 'FLOW008';
  }
  // Errors or Conditions on a type that documents none (console exports write empty lists).
  if (inTransitions && keyword === 'maxItems' && params.limit === 0) return 'FLOW007';
  if (path.includes('ProfileRequestData') || (keyword === 'required' && params.missingProperty === 'ProfileRequestData')) {
    if (keyword === 'maxLength') return 'CP002';
    if (keyword === 'maxItems' || keyword === 'minItems') return 'CP007';
    if (keyword === 'anyOf') return 'CP003'; // a field name neither listed nor Attributes.<name>
    return keyword === 'type' ? 'FLOW005' : 'CP001';
  }
  if (inProfileData && keyword === 'anyOf') return 'CP003';
  if (!inAction) return keyword === 'maxItems' ? 'FLOW005' : 'FLOW001'; // 250 actions; else the document's shape
  if (path.length === 2) return 'FLOW001'; // an action that is no object, or has no Identifier or Type
  if (keyword === 'required' && path[2] === 'Parameters') return 'FLOW009';
  if (keyword === 'type' && /\/(additionalProperties|patternProperties\/[^/]+)\/type$/.test(error.schemaPath)) return 'FLOW011';
  return 'FLOW005';
}

/** An error about a key's name (propertyNames), which ajv marks with the name. */
export function hasPropertyName(error: ErrorObject): boolean {
  return typeof (error as ErrorObject & { propertyName?: unknown }).propertyName === 'string';
}

/** What a warning's message adds: what cfsim does with what it does not know. */
const CONSEQUENCE: Partial<Record<DiagnosticCode, string>> = {
  FLOW002: 'the block will not be simulated: a run takes its NextAction',
  FLOW004: 'the simulator ignores it',
  FLOW006: 'a run takes this branch only when the block reports that error (for example from a mock)',
  FLOW007: 'the simulator does not take it',
  FLOW008: 'the simulator uses it as written',
  FLOW009: 'the block runs without it',
  FLOW011: 'the simulator passes it on as it is',
  CP003: 'the simulator passes it on as written',
};

export function consequenceOf(code: DiagnosticCode): string | undefined {
  return CONSEQUENCE[code];
}

function isProfileData(path: DocPath): boolean {
  return path.includes('ProfileRequestData') || path.includes('ProfileResponseData');
}
