// Files for `cfsim profiles import`: CSV (a header row of flat names, one profile per row), JSON Lines
// (one profile object per line), and JSON / YAML (a list of profiles, or `profiles:` as in a fixture).
// Records are produced lazily for store.importProfiles, which checks each one; lineOf says where it was.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CsvSyntaxError, parseCsv, type CsvRow } from './csv.js';
import { parseFixtureText, profileListOf } from './fixtures.js';
import { FLAT_NAME_HELP, locateFlatName, recordFromFlat, type FlatColumn } from './flat-record.js';

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
}

export const IMPORT_FORMATS = '.csv, .jsonl (or .ndjson), .json, .yaml (or .yml)';

const READERS: Readonly<Record<string, (text: string, file: string) => ImportSource>> = {
  '.csv': csvSource,
  '.jsonl': jsonLinesSource,
  '.ndjson': jsonLinesSource,
  '.json': documentSource,
  '.yaml': documentSource,
  '.yml': documentSource,
};

export function readImportFile(file: string): ImportSource {
  const reader = READERS[extname(file).toLowerCase()];
  if (!reader) throw new ImportFileError(`cannot tell the format from the extension: use ${IMPORT_FORMATS}`);
  return reader(readFileSync(file, 'utf8'), file);
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
  if (!row) throw new ImportFileError('the CSV file is empty: it needs a header row of field names', 1);
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
    for (const content of text.split('\n')) {
      line += 1;
      if (content.trim() === '') continue;
      try {
        const record: unknown = JSON.parse(content);
        lines.push(line);
        yield record;
      } catch (error) {
        problems.push({ line, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }
  return { records: records(), lineOf: (index) => lines[index] ?? 0, problems };
}

function documentSource(text: string, file: string): ImportSource {
  const parsed = parseFixtureText(text, file);
  const [syntax] = parsed.errors;
  if (syntax) throw new ImportFileError(`syntax error: ${syntax.message}`, syntax.position.line);
  const found = profileListOf(parsed.value ?? []);
  if (!found) throw new ImportFileError('expected a list of profiles, or a mapping with a `profiles:` list', 1);
  return {
    records: found.list,
    lineOf: (index) => parsed.locator.locate([...found.path, index]).line,
    problems: [],
  };
}
