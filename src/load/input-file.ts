// Reading a run's input files (contact, mocks, flows map): YAML or JSON, checked against a
// schema, every problem a diagnostic with file:line:col and a fix, as validate reports flows.
import { parseDataText } from '../flow/document.js';
import type { SourceLocator } from '../flow/types.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import type { FileKind, InputFileError } from './read-file.js';

export type InputRead<T> =
  /** source: where each value is in the file, for problems found later (a mock naming a branch the flow lacks). */
  | { readonly ok: true; readonly value: T; readonly source?: SourceLocator }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** A kind of input file: its schema (and the validator made from it) and the code of its problems. */
export interface InputKind {
  readonly code: string;
  readonly schema: string;
  readonly validate: SchemaValidator;
  /** Its size limit and how messages name it. */
  readonly file: FileKind;
}

/** Parses JSON (a .json file, or text that starts with { or [) or YAML, and checks it against the kind's schema. */
export function parseInput<T>(file: string, text: string, { code, schema, validate }: InputKind): InputRead<T> {
  const parsed = parseDataText(file, text);
  if (parsed.errors.length) {
    return {
      ok: false,
      diagnostics: parsed.errors.map((error) => ({
        code: 'YAML001', severity: 'error', message: `syntax error: ${error.message}`, file, ...error.position, path: [],
        fix: 'fix the YAML/JSON syntax at this position',
      })),
    };
  }
  // An empty file is an empty document: every key is optional.
  const value = parsed.value ?? {};
  if (validate(value)) return { ok: true, value: value as T, source: parsed.locator };
  const diagnostics = schemaDiagnostics(validate.errors ?? [], value, file, parsed.locator).map((diagnostic) =>
    withFix({ ...diagnostic, code, message: diagnostic.message.replace(/^the flow: /, 'the file: ') }, schema),
  );
  return { ok: false, diagnostics };
}

/** A file that cannot be read, as a problem at its start: reported with, and like, the other files' problems. */
export function unreadableFile(error: InputFileError, code: string): Diagnostic {
  return { code, severity: 'error', message: error.message, file: error.file, line: 1, column: 1, path: [], fix: error.fix };
}

// How schemaDiagnostics (src/validate/schema-diagnostics.ts) words the problems it gives no fix.
const CHOICES = /: .+ is not valid; expected one of: (.*)$/;
const WRONG_TYPE = /: must be (.+), not [^,]+$/;
const TYPE_FIXES: Readonly<Record<string, string>> = {
  'an array': 'a list: [ first, second ], or one "- item" line each',
  'an object': 'a mapping: { name: value }, or one "name: value" line each',
  'a string': 'text, in quotes if it looks like a number: "1001"',
  'a boolean': 'true or false',
  'a number': 'a number, without quotes',
  'an integer': 'a whole number, without quotes',
};

/**
 * Every problem in a run's input file says how to fix it. schemaDiagnostics leaves a wrong type, a
 * value outside a short list, a pattern or a limit without a fix: these get one from their wording.
 */
export function withFix(diagnostic: Diagnostic, schema: string): Diagnostic {
  return diagnostic.fix ? diagnostic : { ...diagnostic, fix: fixFor(diagnostic.message, schema) };
}

function fixFor(message: string, schema: string): string {
  const colon = message.indexOf(': ');
  const name = colon > 0 ? message.slice(0, colon) : 'this value';
  const choices = CHOICES.exec(message)?.[1];
  if (choices !== undefined) return `use ${orList(choices.split(', ').map((choice) => choice || '""'))}`;
  const type = WRONG_TYPE.exec(message)?.[1];
  if (type !== undefined) return `give ${name} as ${TYPE_FIXES[type] ?? type}`;
  return `see ${schema} for what ${name} takes`;
}

function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : (items[0] ?? '');
}
