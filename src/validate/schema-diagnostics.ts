import type { ErrorObject } from 'ajv';
import type { DocPath, SourceLocator } from '../flow/types.js';
import { branchErrorsOf, collapseErrors, pointerToPath } from './ajv-errors.js';
import { closest, suggestionBudget, type SuggestionBudget } from './closest.js';
import { severityOf, type DiagnosticCode } from './codes.js';
import { consequenceOf, flowCodeFor, hasPropertyName } from './flow-codes.js';
import { clip, type Diagnostic } from './diagnostic.js';

interface Described {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly fix?: string;
  /** Point at the key rather than its value (unknown keys). */
  readonly atKey?: string;
}

/**
 * Turns ajv's errors for a flow into diagnostics: each error's code, and so its severity, by the
 * flow rule (flow-codes.ts); a warning's message says what the simulator does with what it does not know.
 */
export function flowSchemaDiagnostics(
  errors: readonly ErrorObject[],
  document: unknown,
  file: string,
  locator: SourceLocator,
  budget: SuggestionBudget = suggestionBudget(),
): Diagnostic[] {
  return convert(errors, document, file, locator, (error, path, meant) => {
    const described = withConsequence(describeError(flowCodeFor(error, path), error, budget));
    return meant ? misspelledRequired(described, error, meant, flowCodeFor(meant, path)) : described;
  });
}

/**
 * One diagnostic for a misspelled required key (`ErrorTyp`), not also "missing ErrorType": the
 * unknown key's did-you-mean, with the code of the missing key when that is the graver (a transition
 * a run cannot follow is an error). `IdentiferValue`, as the AWS page spells it, is read by the
 * simulator wherever IdentifierValue goes: its own warning, CP004.
 */
function misspelledRequired(described: Described, error: ErrorObject, meant: ErrorObject, meantCode: DiagnosticCode): Described {
  const key = unknownKeyOf(error) ?? '';
  const missing = String((meant.params as { missingProperty?: unknown }).missingProperty);
  const fix = `rename "${clip(key)}" to "${missing}"`;
  if (key === 'IdentiferValue' && missing === 'IdentifierValue') {
    return { code: 'CP004', message: '"IdentiferValue" is misspelled; did you mean "IdentifierValue"? (the AWS page writes it so; cfsim reads it)', fix, atKey: key };
  }
  if (severityOf(meantCode) !== 'error') return { ...described, fix };
  return { code: meantCode, message: `unknown key "${clip(key)}"; did you mean "${missing}"? "${missing}" is required, and missing`, fix, atKey: key };
}

/** The key an unknown-key error is about. */
function unknownKeyOf(error: ErrorObject): string | undefined {
  if (error.keyword === 'additionalProperties') return String((error.params as { additionalProperty?: unknown }).additionalProperty);
  if (hasPropertyName(error)) return String((error as ErrorObject & { propertyName: string }).propertyName);
  return undefined;
}

/**
 * Pairs each "missing required X" with an unknown key beside it that is X misspelled (one did-you-mean
 * away): the unknown key's error stands for both. The lookups are bounded like every suggestion (closest.ts).
 */
function pairMisspellings(errors: readonly ErrorObject[], budget: SuggestionBudget): Map<ErrorObject, ErrorObject> {
  const pairs = new Map<ErrorObject, ErrorObject>();
  const required = errors.filter((error) => error.keyword === 'required');
  if (!required.length) return pairs;
  const used = new Set<ErrorObject>();
  for (const error of errors) {
    const key = unknownKeyOf(error);
    if (key === undefined) continue;
    const candidates = required.filter((other) => other.instancePath === error.instancePath && !used.has(other));
    const names = candidates.map((other) => String((other.params as { missingProperty?: unknown }).missingProperty));
    const meant = closest(key, names, budget);
    const match = meant === undefined ? undefined : candidates[names.indexOf(meant)];
    if (match) {
      pairs.set(error, match);
      used.add(match);
    }
  }
  return pairs;
}

/**
 * Turns ajv's errors for one of cfsim's own input files (contact, mocks, profiles, scenario) into
 * errors: those files have no reference to be lenient about. The caller gives them its own code.
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], document: unknown, file: string, locator: SourceLocator): Diagnostic[] {
  const budget = suggestionBudget();
  return convert(errors, document, file, locator, (error) => describeError('FLOW005', error, budget), budget);
}

function convert(
  errors: readonly ErrorObject[],
  document: unknown,
  file: string,
  locator: SourceLocator,
  describe: (error: ErrorObject, path: DocPath, meant?: ErrorObject) => Described,
  budget: SuggestionBudget = suggestionBudget(),
): Diagnostic[] {
  const collapsed = collapseErrors(errors);
  const pairs = pairMisspellings(collapsed, budget);
  const paired = new Set(pairs.values());
  // An unquoted true/false where the language wants the string: one diagnostic ("quote it"), not also "not a value it lists".
  const booleans = new Set(collapsed.filter((error) => error.keyword === 'type' && typeof error.data === 'boolean').map((error) => error.instancePath));
  const kept = collapsed.filter((error) => !paired.has(error) && !(booleans.has(error.instancePath) && error.keyword !== 'type' && typeof error.data === 'boolean'));
  return kept.map((error) => {
    const path = pointerToPath(error.instancePath, document);
    const described = quoteBoolean(describe(error, path, pairs.get(error)), error);
    const position = described.atKey
      ? locator.locate([...path, described.atKey], { key: true })
      : locator.locate(path);
    return {
      code: described.code,
      severity: severityOf(described.code),
      message: `${where(path, document)}: ${described.message}`,
      file,
      ...position,
      path: described.atKey ? [...path, described.atKey] : path,
      ...(described.fix ? { fix: described.fix } : {}),
    };
  });
}

/** A boolean where the schema wants text: YAML read `true` unquoted as a boolean; say so, and how to keep it text. */
function quoteBoolean(described: Described, error: ErrorObject): Described {
  if (error.keyword !== 'type' || typeof error.data !== 'boolean' || !String((error.params as { type?: unknown }).type).split(',').includes('string')) return described;
  const text = String(error.data);
  return { ...described, message: `${text} unquoted is a boolean; the flow language wants the string "${text}"`, fix: `quote it: "${text}"` };
}

/** "get-profile Parameters.ProfileRequestData" for a path into an action, else the dotted path. */
export function where(path: DocPath, document: unknown): string {
  if (path[0] === 'Actions' && typeof path[1] === 'number') {
    const action = (document as { Actions: unknown[] }).Actions[path[1]] as { Identifier?: unknown } | undefined;
    const name = typeof action?.Identifier === 'string' && action.Identifier ? clip(action.Identifier) : `Actions[${path[1]}]`;
    const rest = dotted(path.slice(2));
    return rest ? `${name} ${rest}` : name;
  }
  return dotted(path) || 'the flow';
}

function dotted(path: DocPath): string {
  return clip(path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), ''));
}

function withConsequence(described: Described): Described {
  const consequence = consequenceOf(described.code);
  if (!consequence) return described;
  const message = described.message.endsWith('?')
    ? `${described.message} ${consequence.charAt(0).toUpperCase()}${consequence.slice(1)}`
    : `${described.message}; ${consequence}`;
  return { ...described, message };
}

function describeError(code: DiagnosticCode, error: ErrorObject, budget: SuggestionBudget): Described {
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as { properties?: Record<string, unknown>; title?: string };
  if (hasPropertyName(error) && error.keyword === 'enum') {
    const key = String((error as ErrorObject & { propertyName: string }).propertyName);
    const suggestion = closest(key, (params.allowedValues as unknown[]).map(String), budget);
    return {
      code,
      message: `key "${clip(key)}" is not one the reference lists${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      fix: suggestion ? `rename "${clip(key)}" to "${suggestion}"` : 'see the schema for the documented names',
      atKey: key,
    };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const suggestion = closest(key, known, budget);
      return {
        code,
        message: `unknown key "${clip(key)}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        fix: suggestion
          ? `rename "${clip(key)}" to "${suggestion}"`
          : severityOf(code) === 'error'
            ? `remove "${clip(key)}"; allowed keys: ${known.join(', ')}`
            : `remove "${clip(key)}" if it is a mistake${known.length ? `; documented keys: ${known.join(', ')}` : ''}`,
        atKey: key,
      };
    }
    case 'maxProperties':
      if (params.limit === 0) {
        const keys = Object.keys(error.data as object);
        const listed = keys.slice(0, 5).map((key) => `"${clip(key)}"`).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
        return { code, message: `unknown key${keys.length === 1 ? '' : 's'} ${listed}: the reference documents no parameters for this type`, fix: 'remove them if they are a mistake', ...(keys[0] !== undefined ? { atKey: keys[0] } : {}) };
      }
      return { code, message: `has ${Object.keys(error.data as object).length} keys; at most ${String(params.limit)} allowed` };
    case 'required': {
      const key = String(params.missingProperty);
      return code === 'FLOW009'
        ? { code, message: `missing "${key}", which the reference calls required`, fix: `add "${key}"` }
        : { code, message: `missing required "${key}"`, fix: `add "${key}"` };
    }
    case 'enum':
      return enumMessage(code, error.data, params.allowedValues as unknown[], budget);
    case 'const':
      return { code, message: `must be ${JSON.stringify(params.allowedValue)}, not ${clip(JSON.stringify(error.data))}`, fix: `set it to ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return severityOf(code) === 'warning'
        ? { code, message: `is ${typeName(error.data)}, where the reference shows ${typeList(String(params.type))}` }
        : { code, message: `must be ${typeList(String(params.type))}, not ${typeName(error.data)}` };
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
      if (code === 'FLOW007') return { code, message: 'is not empty, but the reference documents none for this type', fix: 'remove the entries if they are not what Amazon Connect exported' };
      return { code, message: `has ${(error.data as unknown[]).length} item(s); ${error.keyword === 'maxItems' ? 'at most' : 'at least'} ${String(params.limit)} allowed` };
    case 'dependencies':
      return { code, message: `"${String(params.property)}" needs "${String(params.missingProperty)}" beside it`, fix: `add "${String(params.missingProperty)}" or remove "${String(params.property)}"` };
    case 'oneOf':
    case 'anyOf':
      return alternativesMessage(code, error, budget);
    default:
      return { code, message: error.message ?? `fails ${error.keyword}` };
  }
}

function enumMessage(code: DiagnosticCode, value: unknown, allowed: readonly unknown[], budget: SuggestionBudget): Described {
  const names = allowed.map(String);
  const suggestion = typeof value === 'string' ? closest(value, names, budget) : undefined;
  const listed = names.length <= 12 ? `; ${severityOf(code) === 'error' ? 'expected one of' : 'documented'}: ${names.join(', ')}` : '';
  const what = severityOf(code) === 'error' ? 'is not valid' : code === 'FLOW002' ? 'is not an action type cfsim knows' : 'is not one the reference lists';
  return {
    code,
    message: `${clip(JSON.stringify(value))} ${what}${suggestion ? `; did you mean "${suggestion}"?` : listed}`,
    ...(suggestion ? { fix: `use "${suggestion}"` } : names.length <= 12 ? {} : { fix: 'see the schema for the allowed values' }),
  };
}

/** A failed oneOf/anyOf with no branch the author clearly meant: name the forms by their titles. */
function alternativesMessage(code: DiagnosticCode, error: ErrorObject, budget: SuggestionBudget): Described {
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
    const described = enumMessage(code, enumBranch.data, (enumBranch.params as { allowedValues: unknown[] }).allowedValues, budget);
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
