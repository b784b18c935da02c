// Files for `cfsim profiles import`: CSV (a header row of flat names, one profile per row), JSON Lines
// (one profile object per line), and JSON / YAML (a list of profiles, `profiles:` as in a fixture, one
// profile as `cfsim profiles get --json` prints it, or the `Items:` of `cfsim profiles search --json`).
// Every file must be UTF-8. Records are produced lazily for store.importProfiles, which checks each one;
// lineOf says where it was.
import { extname } from 'node:path';
import type { DocPath, SourceLocator } from '../flow/types.js';
import { decodeUtf8 } from '../flow/utf8.js';
import { CsvSyntaxError, parseCsv, type CsvRow } from './csv.js';
import { parseFixtureText, profileListOf } from './fixtures.js';
import { FLAT_NAME_HELP, locateFlatName, recordFromFlat, type FlatColumn } from './flat-record.js';
import { countryCodeOf, REGION_FIX, type CountryCode } from './phone.js';
import { ADDRESS_KINDS, PROFILE_STRING_FIELDS } from './profile.js';
import { isRecord } from './validate.js';

/** A file that cannot be imported at all; `line` says where, when known. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface ImportProblem {
  readonly line: number;
  readonly message: string;
}

export interface ImportSource {
  /** The records, read as they are needed (CSV and JSON Lines are never held as a whole list). */
  readonly records: Iterable<unknown>;
  /** The line of the record at this position of `records`. */
  lineOf(index: number): number;
  /** Rows that could not become a record at all (filled while `records` is read). */
  readonly problems: readonly ImportProblem[];
  /** The `region:` of a JSON/YAML profiles file: national phone numbers are read in it. */
  readonly region?: CountryCode;
  /** The file is one page of `cfsim profiles search --json` output, and its NextToken says more follow. */
  readonly morePages?: boolean;
}

export const IMPORT_FORMATS = '.csv, .jsonl (or .ndjson), .json, .yaml (or .yml)';

const READERS: Readonly<Record<string, (text: string, file: string) => ImportSource>> = {
  '.csv': csvSource,
  '.jsonl': jsonLinesSource,
  '.ndjson': jsonLinesSource,
  '.json': documentFileSource,
  '.yaml': documentFileSource,
  '.yml': documentFileSource,
};

/** The records of an import file's bytes (read by src/load/import-file.ts), by the file's extension. */
export function importSource(bytes: Uint8Array, file: string): ImportSource {
  const reader = READERS[importFormatOf(file)];
  if (!reader) throw new ImportFileError(`cannot tell the format from the extension: use ${IMPORT_FORMATS}`);
  const text = utf8Text(bytes);
  if (text.trim() === '') throw new ImportFileError('the file is empty');
  return reader(text, file);
}

/** The extension that says a file's format (.csv, .jsonl, ...), lower case; a format only if importSource reads it. */
export function importFormatOf(file: string): string {
  return extname(file).toLowerCase();
}

/** Whether importSource reads files with this extension. */
export function isImportFormat(extension: string): boolean {
  return Object.hasOwn(READERS, extension);
}

const SAVE_AS_UTF8 = 'save it as UTF-8 (CSV UTF-8 in Excel)';

/** The text of the file; another encoding is refused, not read as garbage. */
function utf8Text(bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'utf16') throw new ImportFileError(`this file is UTF-16: ${SAVE_AS_UTF8}`);
  if (decoded.kind === 'not-utf8') throw new ImportFileError(`this file is not UTF-8: ${SAVE_AS_UTF8}`, decoded.position.line);
  return decoded.text;
}

function csvSource(text: string): ImportSource {
  const rows = parseCsv(text);
  const header = csvHeader(rows.next().value);
  const lines: number[] = [];
  const problems: ImportProblem[] = [];
  function* records(): Generator<unknown> {
    try {
      for (const row of rows) {
        if (row.cells.length !== header.length) {
          problems.push({ line: row.line, message: `the row has ${row.cells.length} cells and the header ${header.length}` });
          continue;
        }
        lines.push(row.line);
        yield recordFromFlat(row.cells.map((cell, at) => [header[at] as FlatColumn, cell] as const), { skipEmpty: true });
      }
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new ImportFileError(`CSV syntax: ${error.message}`, error.line);
      throw error;
    }
  }
  return { records: records(), lineOf: (index) => lines[index] ?? 0, problems };
}

function csvHeader(row: CsvRow | undefined): FlatColumn[] {
  if (!row) throw new ImportFileError('the CSV file has no header row of field names', 1);
  const seen = new Set<string>();
  return row.cells.map((name) => {
    const column = locateFlatName(name.trim());
    if (!column) throw new ImportFileError(`unknown column "${name}"; columns are ${FLAT_NAME_HELP}`, row.line);
    if (seen.has(name)) throw new ImportFileError(`column "${name}" appears twice`, row.line);
    seen.add(name);
    return column;
  });
}

function jsonLinesSource(text: string): ImportSource {
  const lines: number[] = [];
  const problems: ImportProblem[] = [];
  function* records(): Generator<unknown> {
    let line = 0;
    let objects = 0;
    for (const content of text.split('\n')) {
      line += 1;
      if (content.trim() === '') continue;
      try {
        const record: unknown = JSON.parse(content);
        if (isRecord(record)) objects += 1;
        lines.push(line);
        yield withoutFoundBy(record);
      } catch (error) {
        problems.push({ line, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    // Another format (CSV, a pretty-printed JSON list) would otherwise be one rejection per line.
    if (objects === 0) throw new ImportFileError('no line is a JSON object: is this JSON Lines?');
  }
  return { records: records(), lineOf: (index) => lines[index] ?? 0, problems };
}

/** JSON (fast, by its extension) or YAML; a JSON file with a syntax error gets YAML's position for it. */
function documentFileSource(text: string, file: string): ImportSource {
  const parsed = parseFixtureText(text, file);
  const [syntax] = parsed.errors;
  if (syntax) throw new ImportFileError(`syntax error: ${syntax.message}`, syntax.position.line);
  return documentSource(parsed.value ?? [], parsed.locator); // a file of comments only: no profiles
}

function documentSource(value: unknown, locator: SourceLocator): ImportSource {
  const found = profilesIn(value);
  if (!found) {
    throw new ImportFileError(
      'expected a list of profiles, a mapping with a `profiles:` list, one profile, or the `Items:` of `cfsim profiles search --json`',
      1,
    );
  }
  const region = isRecord(value) && 'profiles' in value ? regionOf(value, locator) : undefined;
  const morePages = isRecord(value) && Array.isArray(value.Items) && typeof value.NextToken === 'string' && value.NextToken !== '';
  return {
    records: found.list.map(withoutFoundBy),
    lineOf: (index) => locator.locate(found.pathOf(index)).line,
    problems: [],
    ...(region === undefined ? {} : { region }),
    ...(morePages ? { morePages } : {}),
  };
}

// The fields store.importProfiles takes: a mapping with one of them at the top is one profile.
const PROFILE_RECORD_FIELDS: ReadonlySet<string> = new Set([
  ...PROFILE_STRING_FIELDS, ...ADDRESS_KINDS, 'Attributes', 'ProfileId', 'Keys',
]);

function profilesIn(value: unknown): { readonly list: readonly unknown[]; pathOf(index: number): DocPath } | undefined {
  if (isRecord(value) && !('profiles' in value)) {
    if (Array.isArray(value.Items)) return { list: value.Items, pathOf: (index) => ['Items', index] };
    if (Object.keys(value).some((key) => PROFILE_RECORD_FIELDS.has(key))) return { list: [value], pathOf: () => [] };
  }
  const found = profileListOf(value);
  return found && { list: found.list, pathOf: (index) => [...found.path, index] };
}

/** The `region:` of a profiles fixture (`enabled:` and `faults:` only matter to runs). */
function regionOf(fixture: Readonly<Record<string, unknown>>, locator: SourceLocator): CountryCode | undefined {
  const region = countryCodeOf(fixture.region);
  if (fixture.region === undefined || region !== undefined) return region;
  throw new ImportFileError(
    `region ${JSON.stringify(fixture.region)} is not a country libphonenumber knows: ${REGION_FIX}`,
    locator.locate(['region']).line,
  );
}

/** A profile as `cfsim profiles search --json` prints it, less how the search found it (not a profile field). */
function withoutFoundBy(record: unknown): unknown {
  if (!isRecord(record) || !('FoundByItems' in record)) return record;
  const { FoundByItems: _found, ...profile } = record;
  return profile;
}
