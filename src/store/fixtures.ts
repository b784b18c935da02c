// The profiles fixture (`cfsim run --profiles`, scenario tests): a list of profiles, or
// { profiles, enabled, faults }, checked against schemas/profiles.schema.json; every problem is a
// diagnostic with file:line:column. seedStore puts the profiles into a store in one transaction.
import { parseDataText, type ParsedText } from '../flow/document.js';
import type { DocPath, SourceLocator } from '../flow/types.js';
import { validate } from '../generated/validators/profiles.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { dictionary } from './dictionary.js';
import { countryCodeOf, REGION_FIX, type CountryCode } from './phone.js';
import { ProfilesApiError, type ProfileRecord, type ProfileStore } from './types.js';
import { isRecord } from './validate.js';

/** The code of every profiles-file problem (the same one `cfsim run` uses for --profiles). */
export const PROFILES_FIXTURE_CODE = 'RUN004';

export type ProfileFault = 'Throttled' | 'Unavailable';

/** Where the profiles came from, so that a profile the store refuses is reported at its place. */
export interface FixtureSource {
  readonly file: string;
  readonly locator: SourceLocator;
  /** The profiles list in the document: [] for a bare list, ['profiles'] otherwise. */
  readonly profilesPath: DocPath;
}

export interface ProfilesFixture extends FixtureSource {
  readonly profiles: readonly ProfileRecord[];
  /** The region national phone numbers are read in (store default: US). */
  readonly region?: CountryCode;
  /** false: Customer Profiles is not enabled for the instance (blocks take their Error branch). */
  readonly enabled: boolean;
  /** Block Identifier or "*" → the failure its Customer Profiles calls meet. */
  readonly faults: Readonly<Record<string, ProfileFault>>;
}

export type FixtureRead =
  | { readonly ok: true; readonly fixture: ProfilesFixture }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** YAML or JSON text (JSON by its extension, or a first character { or [) with its locator, or its syntax errors. */
export function parseFixtureText(text: string, file: string): ParsedText {
  return parseDataText(file, text);
}

export function parseProfilesFixture(text: string, file: string): FixtureRead {
  const parsed = parseFixtureText(text, file);
  if (parsed.errors.length) {
    const diagnostics = parsed.errors.map((error): Diagnostic => ({
      ...problem(file, [], 1, `syntax error: ${error.message}`, 'fix the YAML/JSON syntax at this position'),
      code: 'YAML001',
      ...error.position,
    }));
    return { ok: false, diagnostics };
  }
  const value = parsed.value ?? []; // an empty file: no profiles
  const check = validate as SchemaValidator;
  if (!check(value)) {
    const diagnostics = schemaDiagnostics(check.errors ?? [], value, file, parsed.locator).map((diagnostic) => ({
      ...diagnostic,
      code: PROFILES_FIXTURE_CODE,
      message: diagnostic.message.replace(/^the flow: /, 'the file: '),
    }));
    return { ok: false, diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  // The schema has checked the shape; the casts below name what it guarantees.
  const document = Array.isArray(value) ? { profiles: value } : (value as Record<string, unknown>);
  const region = countryCodeOf(document.region);
  if (document.region !== undefined && region === undefined) {
    const { line, column } = parsed.locator.locate(['region']);
    return {
      ok: false,
      diagnostics: [{ ...problem(file, ['region'], line, `region ${String(document.region)} is not a country libphonenumber knows`, REGION_FIX), column }],
    };
  }
  return {
    ok: true,
    fixture: {
      file,
      locator: parsed.locator,
      profilesPath: Array.isArray(value) ? [] : ['profiles'],
      profiles: (document.profiles ?? []) as ProfileRecord[],
      ...(region === undefined ? {} : { region }),
      enabled: document.enabled !== false,
      // Block identifiers are data: a block named `constructor` must not find Object's member.
      faults: dictionary(Object.entries((document.faults ?? {}) as Record<string, ProfileFault>)),
    },
  };
}

/** The profile list of a parsed profiles document (a bare list, or `profiles:`), if it has one. */
export function profileListOf(value: unknown): { readonly list: readonly unknown[]; readonly path: DocPath } | undefined {
  if (Array.isArray(value)) return { list: value, path: [] };
  if (isRecord(value) && Array.isArray(value.profiles)) return { list: value.profiles, path: ['profiles'] };
  return undefined;
}

/**
 * Inserts the profiles in one transaction (store.importProfiles). If the store refuses one (a limit
 * the schema cannot express, a ProfileId used twice), nothing is inserted and the problem is returned.
 */
export function seedStore(
  store: ProfileStore,
  profiles: readonly unknown[],
  source?: FixtureSource,
  options: { readonly DomainName?: string } = {},
): readonly Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  try {
    store.importProfiles({
      ...options,
      Profiles: profiles,
      onRejected: (index, error) => diagnostics.push(refused(index, error, source)),
    });
  } catch (error) {
    if (!(error instanceof ProfilesApiError)) throw error;
    if (diagnostics.length === 0) diagnostics.push(refused(undefined, error, source));
  }
  return diagnostics;
}

function refused(index: number | undefined, error: ProfilesApiError, source: FixtureSource | undefined): Diagnostic {
  const path = index === undefined ? [] : [...(source?.profilesPath ?? []), index];
  const position = source?.locator.locate(path) ?? { line: 1, column: 1 };
  const which = index === undefined ? 'profiles' : `profile ${index + 1}`;
  return {
    ...problem(source?.file ?? '<profiles>', path, position.line, `${which}: ${error.code}: ${error.message}`,
      'correct the profile as CreateProfile would take it'),
    column: position.column,
  };
}

function problem(file: string, path: DocPath, line: number, message: string, fix: string): Diagnostic {
  return { code: PROFILES_FIXTURE_CODE, severity: 'error', message, file, line, column: 1, path, fix };
}
