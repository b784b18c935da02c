// Reads a scenario file (*.test.yaml): YAML with positions, the JSON Schema, then the checks the
// schema cannot make. Every problem is a Diagnostic with file:line:col (exit 2 in `cfsim test`).
import type { ErrorObject } from 'ajv';
import { parseDataText } from '../flow/document.js';
import { FILE_KINDS, InputFileError, readInputText } from '../load/read-file.js';
import { isRecord } from '../flow/load.js';
import type { SourceLocator } from '../flow/types.js';
import { validate as validateScenarioSchema } from '../generated/validators/scenario.js';
import type { ProfileFault } from '../runtime/deps.js';
import type { Mocks } from '../runtime/mocks.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import { schemaErrors, type SchemaValidator } from '../validate/schema-validator.js';
import { mergeContact } from './merge.js';
import type { Expectations, ScenarioCase, ScenarioDocument, ScenarioReferences } from './types.js';

/** Diagnostic codes of scenario files (docs/scenario-tests.md); YAML syntax is YAML001 as everywhere. */
export const ScenarioCode = {
  Syntax: 'YAML001',
  Schema: 'TEST001',
  DuplicateName: 'TEST002',
  Reference: 'TEST003',
  UnknownBlock: 'TEST004',
  UnknownBranch: 'TEST005',
} as const;

export interface ScenarioSource {
  readonly file: string;
  /** Present when the file parsed and passed its schema (it may still have duplicate case names). */
  readonly scenario?: ScenarioDocument;
  /**
   * The files it names, when `flow` and the keys naming files are valid, even if other parts are
   * not: they are checked too, so that one run reports every problem.
   */
  readonly references?: ScenarioReferences;
  readonly locator: SourceLocator;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads a scenario file; `file` is kept as given for messages, read relative to `cwd`. */
export async function readScenarioFile(file: string, cwd: string): Promise<ScenarioSource> {
  let text: string;
  try {
    text = readInputText(file, cwd, FILE_KINDS.scenario);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const diagnostic = at(file, { line: 1, column: 1 }, [], ScenarioCode.Reference, error.message, error.fix);
    return { file, locator: { locate: () => ({ line: 1, column: 1 }) }, diagnostics: [diagnostic] };
  }
  return parseScenarioText(file, text);
}

export function parseScenarioText(file: string, text: string): ScenarioSource {
  const parsed = parseDataText(file, text);
  const locator = parsed.locator;
  if (parsed.errors.length) {
    const diagnostics = parsed.errors.map((error) =>
      at(file, error.position, [], ScenarioCode.Syntax, `syntax error: ${error.message}`, 'fix the YAML syntax at this position'),
    );
    return { file, locator, diagnostics };
  }
  const errors = schemaErrors(validateScenarioSchema as SchemaValidator, parsed.value);
  // The same ajv → diagnostic conversion as flows, with the scenario file's own code.
  const schema = schemaDiagnostics(errors, parsed.value, file, locator).map((diagnostic) => ({
    ...diagnostic,
    code: ScenarioCode.Schema,
    message: diagnostic.message.replace(/^the flow: /, 'the scenario file: '),
  }));
  // The schema and the case names are independent checks: both are reported at once.
  const diagnostics = [...schema, ...duplicateNames(file, parsed.value, locator)];
  const references = validReferences(file, parsed.value, errors);
  const scenario = errors.length ? undefined : toScenario(file, parsed.value as RawScenario, locator);
  return { file, locator, diagnostics, ...(references ? { references } : {}), ...(scenario ? { scenario } : {}) };
}

/** The keys of a scenario file that name other files (ScenarioReferences). */
const REFERENCE_KEYS = ['flow', 'profiles', 'mocks', 'flows'] as const;

/** Those of the keys naming files that have no schema error of their own; none without a valid `flow`. */
function validReferences(file: string, value: unknown, errors: readonly ErrorObject[]): ScenarioReferences | undefined {
  if (!isRecord(value)) return undefined;
  const valid = (key: string): boolean =>
    value[key] !== undefined && !errors.some((error) => error.instancePath === `/${key}` || error.instancePath.startsWith(`/${key}/`));
  if (!valid('flow')) return undefined;
  // Each key kept has the type the schema gives it.
  const kept = Object.fromEntries(REFERENCE_KEYS.filter(valid).map((key) => [key, value[key]]));
  return { flows: {}, ...kept, file } as ScenarioReferences;
}

/** The document as the schema guarantees it. */
interface RawScenario {
  readonly flow: string;
  readonly profiles?: string;
  readonly mocks?: string | Mocks;
  readonly flows?: Record<string, string>;
  readonly contact?: Record<string, unknown>;
  readonly maxSteps?: number;
  readonly cases: readonly RawCase[];
}

interface RawCase {
  readonly name: string;
  readonly contact?: Record<string, unknown>;
  readonly mocks?: Mocks;
  readonly faults?: Record<string, ProfileFault>;
  readonly skip?: boolean | string;
  readonly only?: boolean;
  readonly expect?: Expectations;
}

function toScenario(file: string, raw: RawScenario, locator: SourceLocator): ScenarioDocument {
  const cases = raw.cases.map((rawCase, index): ScenarioCase => {
    const skip = rawCase.skip === true ? '' : typeof rawCase.skip === 'string' ? rawCase.skip : undefined;
    return {
      name: rawCase.name,
      index,
      position: locator.locate(['cases', index]),
      contact: mergeContact(raw.contact ?? {}, rawCase.contact ?? {}),
      ...(rawCase.mocks ? { mocks: rawCase.mocks } : {}),
      faults: rawCase.faults ?? {},
      ...(skip !== undefined ? { skip } : {}),
      ...(rawCase.only === true ? { only: true } : {}),
      expect: rawCase.expect ?? {},
    };
  });
  return {
    file,
    flow: raw.flow,
    ...(raw.profiles !== undefined ? { profiles: raw.profiles } : {}),
    ...(raw.mocks !== undefined ? { mocks: raw.mocks } : {}),
    flows: raw.flows ?? {},
    ...(raw.maxSteps !== undefined ? { maxSteps: raw.maxSteps } : {}),
    cases,
  };
}

/**
 * Reports name cases; two with one name could not be told apart in JUnit or annotations. Read from
 * the parsed document, so that a schema error elsewhere in a case does not hide this one.
 */
function duplicateNames(file: string, value: unknown, locator: SourceLocator): Diagnostic[] {
  const cases: unknown[] = isRecord(value) && Array.isArray(value.cases) ? value.cases : [];
  const first = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  cases.forEach((scenarioCase, index) => {
    const name = isRecord(scenarioCase) ? scenarioCase.name : undefined;
    if (typeof name !== 'string' || name === '') return;
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, index);
      return;
    }
    const path = ['cases', index, 'name'];
    const message = `cases[${index}].name: "${name}" is also the name of cases[${earlier}]`;
    diagnostics.push(at(file, locator.locate(path), path, ScenarioCode.DuplicateName, message, 'give every case its own name'));
  });
  return diagnostics;
}

export function at(
  file: string,
  position: { readonly line: number; readonly column: number },
  path: readonly (string | number)[],
  code: string,
  message: string,
  fix?: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return { code, severity, message, file, line: position.line, column: position.column, path, ...(fix ? { fix } : {}) };
}
