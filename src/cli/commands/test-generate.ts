// `cfsim test --generate <scenario or flow file>`: the cases that take the branches no case takes,
// appended to <name>.generated.test.yaml beside it (never to a hand-written file), each confirmed
// by a run; then what cannot be reached and why.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import type { CoverageHits } from '../../scenario/coverage.js';
import { generateCases, type BranchNote, type GeneratedCase } from '../../scenario/generate.js';
import { parseScenarioText, readScenarioFile, type ScenarioSource } from '../../scenario/load.js';
import { prepareScenario, type PreparedScenario } from '../../scenario/prepare.js';
import { runScenario } from '../../scenario/run-scenario.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CliIO } from '../io.js';

export interface GenerateCommandOptions {
  readonly seed: string;
  /** Runs at most, over all branches. */
  readonly maxRuns: number;
  readonly budgetMs: number;
}

const SCENARIO = /\.test\.ya?ml$/;

/** Where generated cases go: `<name>.generated.test.yaml` beside the scenario or flow file. */
export function generatedFileFor(file: string): string {
  if (/\.generated\.test\.ya?ml$/.test(file)) return file;
  if (SCENARIO.test(file)) return file.replace(SCENARIO, '.generated.test.yaml');
  return join(dirname(file), `${basename(file).replace(/\.(ya?ml|json)$/, '')}.generated.test.yaml`);
}

export async function generateFor(file: string, options: GenerateCommandOptions, io: CliIO, write: (path: string, text: string) => Promise<void>): Promise<ExitCode> {
  const started = performance.now();
  const target = generatedFileFor(file);
  const fromFlow = !SCENARIO.test(file);
  const source = fromFlow ? flowOnlySource(target, basename(file)) : await readScenarioFile(file, io.cwd);
  const prepared = await prepareOrFail(source, io);
  const existing = target !== file ? await readIfExists(resolve(io.cwd, target)) : undefined;
  const generatedSource = existing !== undefined ? parseScenarioText(target, existing) : undefined;
  const generatedPrepared = generatedSource ? await prepareOrFail(generatedSource, io) : undefined;
  const hits: CoverageHits = new Map();
  const runs = [fromFlow ? undefined : prepared, generatedPrepared].filter((item): item is PreparedScenario => item !== undefined);
  let result;
  try {
    for (const scenario of runs) runScenario(scenario, { hits, seed: options.seed });
    const usedNames = new Set(runs.flatMap((scenario) => scenario.document.cases.map((item) => item.name)));
    result = generateCases(prepared, hits, {
      maxRuns: options.maxRuns,
      outOfTime: () => performance.now() - started > options.budgetMs,
      seed: options.seed,
      usedNames,
    });
  } finally {
    prepared.profiles.store.close();
    generatedPrepared?.profiles.store.close();
  }
  if (result.cases.length) {
    const text = existing ?? header(source, fromFlow, basename(file));
    await write(resolve(io.cwd, target), `${text.endsWith('\n') ? text : `${text}\n`}${casesText(result.cases)}`);
  }
  io.stdout(summary(file, target, result.cases, result.unreachable, result.notReached, result.runs, performance.now() - started));
  return ExitCode.Ok;
}

/** A scenario with no case of its own, for a flow file: generated cases only. */
function flowOnlySource(target: string, flowName: string): ScenarioSource {
  const parsed = parseScenarioText(target, `flow: ${JSON.stringify(flowName)}\ncases:\n  - name: none\n    skip: true\n`);
  return parsed.scenario ? { ...parsed, scenario: { ...parsed.scenario, cases: [] } } : parsed;
}

async function prepareOrFail(source: ScenarioSource, io: CliIO): Promise<PreparedScenario> {
  const prepared = await prepareScenario(source, { cwd: io.cwd, flowCache: new Map(), startTime: new Date(0) });
  if (prepared.ok) return prepared.scenario;
  const first = prepared.diagnostics.find((diagnostic) => diagnostic.severity === 'error') ?? prepared.diagnostics[0];
  const where = first ? `${first.file}:${first.line}:${first.column} ${first.code} ${first.message}` : source.file;
  throw new UsageError(`--generate: ${source.file} has problems, so no case can be generated: ${where}`, 'run cfsim test on it first and fix what it reports');
}

async function readIfExists(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read ${path}: ${error.message}`, 'check the file and its permissions');
  });
}

/** The generated file's first lines: what it was generated from, and the same flow, profiles, mocks and flows. */
function header(source: ScenarioSource, fromFlow: boolean, name: string): string {
  const scenario = source.scenario;
  const keys: Record<string, unknown> = fromFlow || !scenario ? { flow: name } : {
    flow: scenario.flow,
    ...(scenario.profiles !== undefined ? { profiles: scenario.profiles } : {}),
    ...(scenario.mocks !== undefined ? { mocks: scenario.mocks } : {}),
    ...(Object.keys(scenario.flows).length ? { flows: scenario.flows } : {}),
  };
  return `# Generated by cfsim test --generate ${name}: one case per branch no other case took.\n# New cases are appended; edit a case by moving it to a hand-written file.\n${stringify({ ...keys, cases: [] }).replace(/cases: \[\]\n$/, 'cases:\n')}`;
}

function casesText(cases: readonly GeneratedCase[]): string {
  const text = stringify(cases.map((item) => ({ name: item.name, contact: item.contact, ...(item.mocks ? { mocks: item.mocks } : {}), ...(item.faults ? { faults: item.faults } : {}), expect: item.expect })), { aliasDuplicateObjects: false });
  return text.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n');
}

function summary(file: string, target: string, cases: readonly GeneratedCase[], unreachable: readonly BranchNote[], notReached: readonly BranchNote[], runs: number, ms: number): string {
  const lines = [cases.length ? `${file}: ${cases.length} case${cases.length === 1 ? '' : 's'} added to ${target}` : `${file}: every reachable branch is taken; nothing added`];
  for (const item of cases) lines.push(`  + ${item.name}`);
  if (unreachable.length) lines.push('Branches the runtime never takes:', ...unreachable.map((item) => `  ${item.identifier} (${item.type}) ${item.branch}: ${item.reason}`));
  if (notReached.length) lines.push('Branches not reached:', ...notReached.map((item) => `  ${item.identifier} (${item.type}) ${item.branch}: ${item.reason}`));
  lines.push(`${runs} run${runs === 1 ? '' : 's'} in ${Math.round(ms)} ms`);
  return `${lines.join('\n')}\n`;
}
