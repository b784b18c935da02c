// Reading a run's input files (contact, mocks, flows map): YAML or JSON, checked against a
// schema, every problem a diagnostic with file:line:col and a fix, as validate reports flows.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseYamlText } from '../../flow/document.js';
import type { Diagnostic } from '../../validate/diagnostic.js';
import { schemaDiagnostics } from '../../validate/schema-diagnostics.js';
import type { SchemaValidator } from '../../validate/schema-validator.js';

/** A file that could not be read at all (missing, a directory): a usage problem, exit 2. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputFileError';
  }
}

export type InputRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export async function readText(file: string, cwd: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new InputFileError(file, `cannot read the ${what} ${file}: ${reason}`, 'check the path and its permissions', { cause: error });
  }
}

/** Parses YAML (JSON is YAML) and checks it; `code` marks every schema problem of this kind of file. */
export function parseInput<T>(file: string, text: string, validate: SchemaValidator, code: string): InputRead<T> {
  const parsed = parseYamlText(text);
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
  if (validate(value)) return { ok: true, value: value as T };
  const diagnostics = schemaDiagnostics(validate.errors ?? [], value, file, parsed.locator).map((diagnostic) => ({
    ...diagnostic,
    code,
    message: diagnostic.message.replace(/^the flow: /, 'the file: '),
  }));
  return { ok: false, diagnostics };
}
