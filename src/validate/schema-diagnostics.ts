import type { ErrorObject } from 'ajv';
import type { DocPath, SourceLocator } from '../flow/types.js';
import { branchErrorsOf, collapseErrors, pointerToPath } from './ajv-errors.js';
import { closest } from './closest.js';
import { clip, type Diagnostic } from './diagnostic.js';

interface Described {
  readonly code: string;
  readonly message: string;
  readonly fix?: string;
  /** Point at the key rather than its value (unknown keys). */
  readonly atKey?: string;
}

/** Turns ajv's errors for one document into diagnostics with codes, places and fixes. */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  document: unknown,
  file: string,
  locator: SourceLocator,
): Diagnostic[] {
  return collapseErrors(errors).map((error) => {
    const path = pointerToPath(error.instancePath, document);
    const described = describe(error, path);
    const position = described.atKey
      ? locator.locate([...path, described.atKey], { key: true })
      : locator.locate(path);
    return {
      code: described.code,
      severity: 'error',
      message: `${where(path, document)}: ${described.message}`,
      file,
      ...position,
      path: described.atKey ? [...path, described.atKey] : path,
      ...(described.fix ? { fix: described.fix } : {}),
    };
  });
}

/** "get-profile Parameters.ProfileRequestData" for a path into an action, else the dotted path. */
export function where(path: DocPath, document: unknown): string {
  if (path[0] === 'Actions' && typeof path[1] === 'number') {
    const action = (document as { Actions: unknown[] }).Actions[path[1]] as { Identifier?: unknown } | undefined;
    const name = typeof action?.Identifier === 'string' ? action.Identifier : `Actions[${path[1]}]`;
    const rest = dotted(path.slice(2));
    return rest ? `${name} ${rest}` : name;
  }
  return dotted(path) || 'the flow';
}

function dotted(path: DocPath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

function codeFor(error: ErrorObject, path: DocPath): string {
  const last = path[path.length - 1];
  const inRequest = path.includes('ProfileRequestData');
  const inResponse = path.includes('ProfileResponseData');
  if (path.length === 3 && path[0] === 'Actions' && last === 'Type' && error.keyword === 'enum') return 'FLOW002';
  if (last === 'ErrorType') return 'FLOW006';
  if (path.includes('Conditions') || (last === 'Transitions' && error.keyword === 'additionalProperties')) return 'FLOW007';
  if (inRequest && error.keyword === 'maxLength') return 'CP002';
  if (inRequest && (error.keyword === 'maxItems' || error.keyword === 'minItems')) return 'CP007';
  if (inRequest && (error.keyword === 'oneOf' || error.keyword === 'dependencies' || error.keyword === 'not')) return 'CP001';
  if (inResponse || (inRequest && error.keyword === 'anyOf')) return 'CP003';
  if (error.keyword === 'additionalProperties') return 'FLOW004';
  return path[0] === 'Actions' && path.length > 2 ? 'FLOW005' : 'FLOW001';
}

function describe(error: ErrorObject, path: DocPath): Described {
  const code = codeFor(error, path);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as { properties?: Record<string, unknown>; title?: string };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const suggestion = closest(key, known);
      return {
        code: code === 'FLOW004' && isProfileData(path) ? 'CP003' : code,
        message: `unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        fix: suggestion ? `rename "${key}" to "${suggestion}"` : `remove "${key}"; allowed keys: ${known.join(', ')}`,
        atKey: key,
      };
    }
    case 'required':
      return { code, message: `missing required "${String(params.missingProperty)}"`, fix: `add "${String(params.missingProperty)}"` };
    case 'enum':
      return enumMessage(code, error.data, params.allowedValues as unknown[]);
    case 'const':
      return { code, message: `must be ${JSON.stringify(params.allowedValue)}, not ${clip(JSON.stringify(error.data))}`, fix: `set it to ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { code, message: `must be ${typeList(String(params.type))}, not ${typeName(error.data)}` };
    case 'maxLength':
      return {
        code,
        message: `is ${String(error.data).length} characters long; at most ${String(params.limit)} are allowed`,
        fix: 'shorten the value, or read it from a $. reference (checked at run time)',
      };
    case 'minLength':
      return { code, message: `must be at least ${String(params.limit)} character(s) long` };
    case 'maxItems':
    case 'minItems':
      return { code, message: `has ${(error.data as unknown[]).length} item(s); ${error.keyword === 'maxItems' ? 'at most' : 'at least'} ${String(params.limit)} allowed` };
    case 'dependencies':
      return { code, message: `"${String(params.property)}" needs "${String(params.missingProperty)}" beside it`, fix: `add "${String(params.missingProperty)}" or remove "${String(params.property)}"` };
    case 'oneOf':
    case 'anyOf':
      return alternativesMessage(code, error);
    default:
      return { code, message: error.message ?? `fails ${error.keyword}` };
  }
}

function isProfileData(path: DocPath): boolean {
  return path.includes('ProfileRequestData') || path.includes('ProfileResponseData');
}

function enumMessage(code: string, value: unknown, allowed: readonly unknown[]): Described {
  const names = allowed.map(String);
  const suggestion = typeof value === 'string' ? closest(value, names) : undefined;
  const listed = names.length <= 12 ? `; expected one of: ${names.join(', ')}` : '';
  return {
    code,
    message: `${clip(JSON.stringify(value))} is not valid${suggestion ? `; did you mean "${suggestion}"?` : listed}`,
    ...(suggestion ? { fix: `use "${suggestion}"` } : names.length <= 12 ? {} : { fix: 'see the schema for the allowed values' }),
  };
}

/** A failed oneOf/anyOf with no branch the author clearly meant: name the forms by their titles. */
function alternativesMessage(code: string, error: ErrorObject): Described {
  const branches = (error.schema as FormSchema[] | undefined) ?? [];
  const titles = branches.map((branch, index) => branch.title ?? `form ${index + 1}`);
  // Forms whose required keys are all present: the author wrote these, whatever else failed.
  const present = branches.flatMap((branch, index) => (isRecordValue(error.data) && hasKeysOf(branch, error.data as object) ? [index] : []));
  if (present.length > 1) {
    const both = present.map((index) => titles[index]);
    return { code, message: `uses more than one form (${both.join(' and ')}); use exactly one`, fix: `keep one of: ${both.join('; ')}` };
  }
  // A value that must be one of a list, or match a pattern (e.g. a profile field or Attributes.<name>).
  const enumBranch = branchErrorsOf(error).find((branchError) => branchError.keyword === 'enum');
  if (enumBranch) {
    const described = enumMessage(code, enumBranch.data, (enumBranch.params as { allowedValues: unknown[] }).allowedValues);
    const patterns = branches.filter((branch) => 'pattern' in branch).map((branch) => branch.title ?? (branch as { pattern: string }).pattern);
    return { ...described, message: `${described.message}${patterns.length ? ` (or ${patterns.join(', ')})` : ''}` };
  }
  return { code, message: `must have one of these forms: ${titles.join('; ')}`, fix: `write one of: ${titles.join('; ')}` };
}

interface FormSchema {
  readonly title?: string;
  readonly required?: readonly string[];
  readonly anyOf?: readonly { readonly required?: readonly string[] }[];
}

/** Whether an object has the keys that make up a form: all of `required`, and one of an `anyOf` of requireds. */
function hasKeysOf(form: FormSchema, data: object): boolean {
  const has = (keys: readonly string[] | undefined): boolean => !!keys?.length && keys.every((key) => key in data);
  const alternatives = form.anyOf?.filter((option) => option.required) ?? [];
  if (!form.required?.length && !alternatives.length) return false;
  return (!form.required?.length || has(form.required)) && (!alternatives.length || alternatives.some((option) => has(option.required)));
}

function isRecordValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** "string" → "a string"; "string,number,null" → "a string, a number or null". */
function typeList(types: string): string {
  const names = types.split(',').map((type) => (type === 'null' ? 'null' : article(type)));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? types);
}

/** "a string", "an array", "null": what a value is, for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}
