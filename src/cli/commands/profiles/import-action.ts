// `cfsim profiles import <file>`: every valid profile of the file in one transaction (a kill leaves
// the store as it was); invalid rows are reported with their line and left out (exit 1 if any).
import { existsSync } from 'node:fs';
import { ExitCode, UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { ImportProblem } from '../../../store/import-file.js';
import { count, printJson, wantsJson } from './output.js';
import { storeFile, withStore, type StoreOptions } from './store-access.js';

/** Rejected rows listed in full up to this many (the count is always exact). */
const LISTED_PROBLEMS = 100;

export async function importProfilesFile(file: string, options: StoreOptions, io: CliIO): Promise<ExitCode> {
  const [{ ImportFileError, IMPORT_FORMATS }, { readImportFile }, { InputFileError }] = await Promise.all([
    import('../../../store/import-file.js'),
    import('../../../load/import-file.js'),
    import('../../../load/read-file.js'),
  ]);
  const fail = (error: unknown): never => {
    if (error instanceof ImportFileError) {
      throw new UsageError(`${file}${error.line ? `:${error.line}` : ''}: ${error.message}`, `fix the file (formats: ${IMPORT_FORMATS})`);
    }
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    throw error;
  };
  let source;
  try {
    source = readImportFile(file, io.cwd);
  } catch (error) {
    return fail(error);
  }
  const rejected: ImportProblem[] = [];
  let progressShown = false;
  const progress = io.isTTY
    ? (read: number): void => {
        progressShown = true;
        io.stderr(`\rimporting… ${count(read, 'row')}`);
      }
    : undefined;
  const started = performance.now();
  // A profiles file's `region:` decides how a new store reads national numbers; --region still wins,
  // and an existing store keeps the region its index was built with.
  const region = options.region ?? (source.region !== undefined && !existsSync(storeFile(options, io).file) ? source.region : undefined);
  const result = await withStore({ ...options, ...(region === undefined ? {} : { region }) }, io, 'create', (store) => {
    try {
      return store.importProfiles({
        ...(options.domain === undefined ? {} : { DomainName: options.domain }),
        Profiles: source.records,
        OnInvalid: 'skip',
        onRejected: (index, error) => rejected.push({ line: source.lineOf(index), message: `${error.code}: ${error.message}` }),
        ...(progress ? { onProgress: progress } : {}),
      });
    } catch (error) {
      return fail(error);
    }
  });
  if (progressShown) io.stderr('\r\u001b[K'); // clears the progress line
  const problems = [...source.problems, ...rejected].sort((a, b) => a.line - b.line);
  report(io, options, file, { imported: result.Imported, problems, seconds: (performance.now() - started) / 1000 });
  if (source.morePages) {
    io.stderr(
      `warning: ${file} is one page of a search (it has a NextToken): the profiles of the other pages are not in it\n` +
        '  fix: search again with --max-results 100, and import each page that --next-token <NextToken> prints\n',
    );
  }
  return problems.length ? ExitCode.Failed : ExitCode.Ok;
}

function report(
  io: CliIO,
  options: StoreOptions,
  file: string,
  { imported, problems, seconds }: { imported: number; problems: readonly ImportProblem[]; seconds: number },
): void {
  const listed = problems.slice(0, LISTED_PROBLEMS);
  if (wantsJson(options, io)) {
    printJson(io, { Imported: imported, Rejected: problems.length, Problems: listed });
    return;
  }
  io.stdout(`imported ${count(imported, 'profile')} from ${file} in ${seconds.toFixed(1)} s`);
  io.stdout(problems.length ? `; rejected ${count(problems.length, 'row')}:\n` : '\n');
  for (const { line, message } of listed) io.stdout(`  ${file}:${line}: ${message}\n`);
  if (problems.length > listed.length) io.stdout(`  … and ${problems.length - listed.length} more\n`);
}
