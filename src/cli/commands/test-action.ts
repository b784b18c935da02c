// `cfsim test`: find scenario files, read and check all of them (exit 2 before any run if one is
// bad), run each case in isolation, then report and, when asked, give branch coverage.
import { performance } from 'node:perf_hooks';
import type { LoadedFlow } from '../../flow/types.js';
import { coverageOf, meetsMinimum, type CoverageHits, type CoverageReport } from '../../scenario/coverage.js';
import { parseGrep, parseShard, selectCases, type Selection } from '../../scenario/select.js';
import { readScenarioFile } from '../../scenario/load.js';
import { resolve } from 'node:path';
import { prepareScenario, type PrepareContext, type Prepared, type PreparedScenario } from '../../scenario/prepare.js';
import { runScenario } from '../../scenario/run-scenario.js';
import { totalsOf, type FileResult } from '../../scenario/types.js';
import type { Diagnostic } from '../../validate/diagnostic.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { findFiles } from '../files.js';
import type { FileReport } from '../format/diagnostics.js';
import type { PathRoot } from '../format/github.js';
import { loadStyle } from '../format/style.js';
import { renderTestReport, renderTestText, type TestReport } from '../format/test-report.js';
import type { CliIO } from '../io.js';
import type { TestCommandOptions } from './test.js';
import { writeFileSafely } from '../write-file.js';
import { BLOB_VERSION, blobFileName, mergeBlobs, readBlobs, type ReportBlob } from './test-blobs.js';

/** What a directory operand expands to; a file named on the command line may have any name. */
const SCENARIO_EXTENSIONS = ['test.yaml', 'test.yml'];
/** Scenario files read at once: enough to hide disk latency. */
const CONCURRENCY = 16;

export async function testPaths(paths: readonly string[], options: TestCommandOptions, io: CliIO, pathsGiven = true): Promise<ExitCode> {
  const started = performance.now();
  if (options.mergeReports !== undefined) return mergeReports(options.mergeReports, options, io);
  if (options.generate !== undefined) {
    const { generateFor } = await import('./test-generate.js');
    return generateFor(options.generate, options, io, (path, text) => writeFileSafely(path, io.cwd, text, '--generate'));
  }
  const selection = selectionOf(options);
  const { findProject, fromCwd, projectWarningLines } = await import('../project.js');
  const project = await findProject(io);
  if (project?.warnings.length) io.stderr(projectWarningLines(project));
  // With a project and no paths: its scenarios (or every *.test.yaml below it), wherever cfsim runs in it.
  const operands = project && !pathsGiven ? (project.scenarios ?? ['.']).map((pattern) => fromCwd(io, resolve(project.root, pattern))) : paths;
  const found = await findFiles(operands, io.cwd, SCENARIO_EXTENSIONS);
  if (!found.length) {
    throw new UsageError(`no scenario files (*.test.yaml) found in ${paths.join(', ')}`, 'name a scenario file, or write one: see docs/scenario-tests.md');
  }
  // `cfsim test` with no path finds ./a.test.yaml: report it as a.test.yaml.
  const context: PrepareContext = {
    cwd: io.cwd,
    flowCache: new Map(),
    startTime: new Date(),
    ...(project ? { project: { ...(project.mocks ? { mocks: project.mocks } : {}), ...(project.profiles ? { profiles: project.profiles } : {}), flowLookup: (await import('../../load/project-index.js')).indexProject(project, io.cwd).files } } : {}),
  };
  const prepared = await prepareAll(found.map((file) => file.file.replace(/^\.\//, '')), context);
  // A flow named by several scenario files is checked once: show its problems once.
  const seen = new Set<Diagnostic>();
  const firstTime = (diagnostic: Diagnostic): boolean => !seen.has(diagnostic) && Boolean(seen.add(diagnostic));
  const reports: FileReport[] = prepared.map(({ file, result }) => ({ file, diagnostics: (result.ok ? result.warnings : result.diagnostics).filter(firstTime) }));
  const all = prepared.flatMap(({ result }) => (result.ok ? [result.scenario] : []));
  if (all.length < prepared.length) {
    for (const scenario of all) scenario.profiles.store.close();
    await printDiagnostics(reports, options, io);
    return ExitCode.BadInput;
  }
  if (reports.some((report) => report.diagnostics.length)) await printDiagnostics(reports, options, io);

  // --grep, only:, --shard: the same documents with fewer cases; a file left with none is not run.
  const selected = selectCases(all.map((scenario) => scenario.document), selection);
  const ready = all.flatMap((scenario) => {
    const document = selected.find((candidate) => candidate.file === scenario.document.file);
    if (document) return [{ ...scenario, document }];
    scenario.profiles.store.close();
    return [];
  });
  const wantsCoverage = options.coverage || options.minCoverage !== undefined || selection.shard !== undefined;
  const hits: CoverageHits = new Map();
  const ran = ready.map((scenario) => runAndClose(scenario, wantsCoverage ? hits : undefined, options.seed));
  // A file's mock "no case reaches" means nothing when --grep or only: left cases out.
  const partial = selection.grep !== undefined || selected.some((document) => document.cases.some((item) => item.only === true));
  const files = partial ? ran.map((file) => ({ ...file, warnings: [] })) : ran;
  // Every flow of the run, also those of files this shard or --grep left out: shards merge by position.
  const coverage = wantsCoverage ? coverageOf(flowsUnderTest(all), hits) : undefined;
  if (selection.shard && coverage) {
    const order = new Map(all.map((scenario, index) => [scenario.document.file, index]));
    const blob: ReportBlob = {
      cfsimReportBlob: BLOB_VERSION,
      shard: selection.shard,
      seed: options.seed,
      files: files.map((result) => ({ order: order.get(result.file) ?? 0, result })),
      coverage,
      durationMs: performance.now() - started,
    };
    await writeFileSafely(resolve(io.cwd, options.blobDir, blobFileName(selection.shard)), io.cwd, `${JSON.stringify(blob)}\n`, '--blob-dir');
  }
  const shownCoverage = options.coverage || options.minCoverage !== undefined ? coverage : undefined;
  return report({ files, durationMs: performance.now() - started, seed: options.seed, ...(shownCoverage ? { coverage: shownCoverage } : {}) }, options, io);
}

/** --merge-reports: the blobs of every shard as one report, printed and judged as one run's. */
async function mergeReports(dir: string, options: TestCommandOptions, io: CliIO): Promise<ExitCode> {
  if (options.shard !== undefined || options.grep !== undefined) {
    throw new UsageError('--merge-reports runs nothing: it cannot take --shard or --grep', 'merge the blobs the shards wrote, without --shard and --grep');
  }
  const blobs = await readBlobs(dir, io.cwd);
  const merged = { ...mergeBlobs(blobs), seed: blobs[0]?.seed ?? options.seed };
  const wantsCoverage = options.coverage || options.minCoverage !== undefined;
  const { coverage, ...rest } = merged;
  return report({ ...rest, ...(wantsCoverage && coverage ? { coverage } : {}) }, options, io);
}

function selectionOf(options: TestCommandOptions): Selection {
  let grep: Selection['grep'];
  if (options.grep !== undefined) {
    const parsed = parseGrep(options.grep);
    if (!parsed.ok) throw new UsageError(`--grep ${JSON.stringify(options.grep.slice(0, 80))}: ${parsed.reason}`, 'give a plain text, or a /regex/ without nested repetition');
    grep = parsed.filter;
  }
  let shard: Selection['shard'];
  if (options.shard !== undefined) {
    shard = parseShard(options.shard);
    if (!shard) throw new UsageError(`--shard ${JSON.stringify(options.shard.slice(0, 40))}: expected k/n with 1 ≤ k ≤ n, such as 2/4`, 'give the shard as k/n, such as --shard 2/4');
  }
  return { ...(grep ? { grep } : {}), ...(shard ? { shard } : {}) };
}

async function report(
  input: { readonly files: readonly FileResult[]; readonly durationMs: number; readonly seed: string; readonly coverage?: CoverageReport },
  options: TestCommandOptions,
  io: CliIO,
): Promise<ExitCode> {
  const { files, coverage } = input;
  const report: TestReport = {
    files,
    totals: totalsOf(files),
    durationMs: input.durationMs,
    seed: input.seed,
    ...(coverage ? { coverage } : {}),
    ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}),
  };
  await output(report, options, io);
  const coverageMet = !coverage || options.minCoverage === undefined || meetsMinimum(coverage, options.minCoverage);
  return report.totals.failed || !coverageMet ? ExitCode.Failed : ExitCode.Ok;
}

/** Every file read and checked before any case runs, a few at a time (each holds a seeded store). */
async function prepareAll(files: readonly string[], context: PrepareContext): Promise<{ file: string; result: Prepared }[]> {
  const { cwd } = context;
  const prepared: { file: string; result: Prepared }[] = [];
  for (let start = 0; start < files.length; start += CONCURRENCY) {
    const batch = files.slice(start, start + CONCURRENCY);
    const results = await Promise.all(batch.map(async (file) => prepareScenario(await readScenarioFile(file, cwd), context)));
    results.forEach((result, index) => prepared.push({ file: batch[index] ?? '', result }));
  }
  return prepared;
}

function runAndClose(scenario: PreparedScenario, hits: CoverageHits | undefined, seed: string): FileResult {
  try {
    return runScenario(scenario, { ...(hits ? { hits } : {}), now: () => performance.now(), seed });
  } finally {
    scenario.profiles.store.close();
  }
}

/** Each flow once (by file), in the order scenario files name them. */
function flowsUnderTest(scenarios: readonly PreparedScenario[]): LoadedFlow[] {
  const byFile = new Map<string, LoadedFlow>();
  for (const scenario of scenarios) for (const flow of scenario.flows) if (!byFile.has(flow.file)) byFile.set(flow.file, flow);
  return [...byFile.values()];
}

/** The reporter's output to stdout, or to --output with the text report on stdout. */
async function output(report: TestReport, options: TestCommandOptions, io: CliIO): Promise<void> {
  const style = await loadStyle(io.color);
  if (!options.output) {
    io.stdout(renderTestReport(report, options.reporter, style, githubRoot(io)));
    return;
  }
  await writeAtomically(options.output, io.cwd, renderTestReport(report, options.reporter, await loadStyle(false), githubRoot(io)));
  io.stdout(renderTestText(report, style));
}

/** Via a temporary file and a rename, so a CI step never reads half a report (src/cli/write-file.ts). */
function writeAtomically(file: string, cwd: string, text: string): Promise<void> {
  return writeFileSafely(file, cwd, text, '--output');
}

/**
 * Problems in scenario files: annotations for GitHub, the JSON document for json, else text on stderr.
 * With --output and errors, the file gets the report CI expects there (JUnit errors, the JSON
 * document, or the text), and the text goes to stderr.
 */
async function printDiagnostics(reports: readonly FileReport[], options: TestCommandOptions, io: CliIO): Promise<void> {
  const withProblems = reports.filter((report) => report.diagnostics.length);
  const hasErrors = withProblems.some((report) => report.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  if (options.output && hasErrors) {
    await writeAtomically(options.output, io.cwd, await inputErrorReport(reports, options.reporter, io));
    io.stderr((await import('../format/diagnostics-text.js')).formatText(withProblems, await loadStyle(io.color), 'scenario file'));
  } else if (options.reporter === 'github') {
    io.stdout((await import('../format/diagnostics-github.js')).formatGithub(withProblems, 'scenario file', githubRoot(io)));
  } else if (options.reporter === 'json' && hasErrors) {
    io.stdout((await import('../format/diagnostics-json.js')).formatJson(reports));
  } else {
    io.stderr((await import('../format/diagnostics-text.js')).formatText(withProblems, await loadStyle(io.color), 'scenario file', false));
  }
}

async function inputErrorReport(reports: readonly FileReport[], reporter: TestCommandOptions['reporter'], io: CliIO): Promise<string> {
  switch (reporter) {
    case 'junit':
      return (await import('../format/test-junit.js')).formatJunitInputErrors(reports);
    case 'json':
      return (await import('../format/diagnostics-json.js')).formatJson(reports);
    case 'github':
      return (await import('../format/diagnostics-github.js')).formatGithub(reports.filter((report) => report.diagnostics.length), 'scenario file', githubRoot(io));
    default:
      return (await import('../format/diagnostics-text.js')).formatText(reports.filter((report) => report.diagnostics.length), await loadStyle(false), 'scenario file');
  }
}

/** Annotations name files from the repository root: GITHUB_WORKSPACE in a workflow, else the current directory. */
function githubRoot(io: CliIO): PathRoot {
  return { cwd: io.cwd, workspace: io.env.GITHUB_WORKSPACE };
}
