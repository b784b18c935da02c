// The files a run reads, declared once for `cfsim run` and `cfsim step`.
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_STEPS, MAX_STEPS_LIMIT } from '../runtime/limits.js';
import type { Preparation, RunFiles } from '../load/prepare.js';
import { UsageError } from './exit-codes.js';
import type { CliIO } from './io.js';
import { pathArgument } from './path-argument.js';

export interface RunInputOptions {
  readonly contact?: string;
  readonly profiles?: string;
  readonly store?: string;
  readonly mocks?: string;
  readonly flows?: string;
  readonly maxSteps: number;
  /** A project's flows and modules by reference (set by withProject, never on the command line). */
  readonly flowLookup?: ReadonlyMap<string, string>;
}

/**
 * The options with the project's defaults (docs/projects.md) where the command line gives none:
 * contact, mocks, profiles or store (either on the command line replaces both), max-steps, and the
 * project's flows and modules for TransferToFlow / InvokeFlowModule. Without a project: as given.
 */
export async function withProject<T extends RunInputOptions>(options: T, command: Command | undefined, io: CliIO): Promise<T> {
  const { findProject, fromCwd, given, projectWarningLines } = await import('./project.js');
  const project = await findProject(io);
  if (!project) return options;
  if (project.warnings.length) io.stderr(projectWarningLines(project));
  const { indexProject } = await import('../load/project-index.js');
  const path = (value: string | undefined) => (value === undefined ? undefined : fromCwd(io, value));
  const storeGiven = options.profiles !== undefined || options.store !== undefined;
  const pick = (name: 'contact' | 'mocks' | 'profiles' | 'store', fromProject: string | undefined) => {
    const value = options[name] ?? (name === 'profiles' || name === 'store' ? (storeGiven ? undefined : path(fromProject)) : path(fromProject));
    return value === undefined ? {} : { [name]: value };
  };
  const maxSteps = !given(command, 'maxSteps') && project.defaults.maxSteps !== undefined ? project.defaults.maxSteps : options.maxSteps;
  return {
    ...options,
    ...pick('contact', project.contact),
    ...pick('mocks', project.mocks),
    ...pick('profiles', project.profiles),
    ...pick('store', project.store),
    maxSteps,
    flowLookup: indexProject(project, io.cwd).files,
  };
}

export function addRunInputOptions(command: Command): Command {
  return command
    .argument('<flow>', 'the flow file (YAML or JSON, plain or as exported; - reads it from standard input)', pathArgument)
    .option('-c, --contact <file>', 'the sample contact: Channel, CustomerEndpoint, Attributes, Inputs, mocks', pathArgument)
    .option('-p, --profiles <file>', 'profiles to start from (YAML or JSON: profiles, enabled, faults)', pathArgument)
    .option('--store <file.db>', 'keep profiles in this SQLite file between runs', pathArgument)
    .option('-m, --mocks <file>', 'answers for Lambda, Lex, views, cases, queues, hours, metrics', pathArgument)
    .option('--flows <file>', 'flows and modules by ARN, id or name → file, for TransferToFlow / InvokeFlowModule', pathArgument)
    .option('--max-steps <n>', `stop a run that takes more steps than this (at most ${MAX_STEPS_LIMIT})`, stepLimit, DEFAULT_MAX_STEPS);
}

function stepLimit(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > MAX_STEPS_LIMIT) {
    throw new InvalidArgumentError(`give a whole number from 1 to ${MAX_STEPS_LIMIT}`);
  }
  return number;
}

export function runFiles(options: RunInputOptions): Omit<RunFiles, 'flow' | 'cwd'> {
  const { contact, profiles, store, mocks, flows, flowLookup } = options;
  return {
    ...(flowLookup ? { flowLookup } : {}),
    ...(contact ? { contact } : {}),
    ...(profiles ? { profiles } : {}),
    ...(store ? { store } : {}),
    ...(mocks ? { mocks } : {}),
    ...(flows ? { flows } : {}),
  };
}

/**
 * Reads and checks every file of a run; an unreadable file or store is a usage problem (exit 2).
 * The flow `-` is read from standard input.
 */
export async function prepareRunForCli(flow: string, options: RunInputOptions, io: CliIO): Promise<Preparation> {
  const { cwd } = io;
  const stdin = flow === '-' ? await readFlowFromStdin(io) : undefined;
  // Every run opens a store, so the store module costs nothing extra here.
  const [{ prepareRun }, { InputFileError }, { StoreFileError }] = await Promise.all([
    import('../load/prepare.js'),
    import('../load/read-file.js'),
    import('../store/sqlite-errors.js'),
  ]);
  try {
    return await prepareRun({ flow, ...runFiles(options), cwd, ...(stdin ? { stdin } : {}) });
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    if (error instanceof StoreFileError) throw storeUsageError(error, options);
    throw error;
  }
}

/**
 * `error` as the run command reports it: a failure of the --store file (another cfsim holds it past
 * the busy timeout, it is damaged, the disk is full) is a usage problem with its fix (exit 2), not an
 * internal error. The store's error comes as it is, or as the cause of the block's runtime error.
 */
export async function reportableRunError(error: unknown, options: RunInputOptions): Promise<unknown> {
  // Loaded already: every run opens a store.
  const { StoreFileError } = await import('../store/sqlite-errors.js');
  const cause = error instanceof Error ? error.cause : undefined;
  const failure = error instanceof StoreFileError ? error : cause instanceof StoreFileError ? cause : undefined;
  return failure ? storeUsageError(failure, options) : error;
}

function storeUsageError(error: { readonly message: string; readonly reason: string; readonly fix: string }, options: RunInputOptions): UsageError {
  return new UsageError(options.store ? `--store ${options.store}: ${error.reason}` : error.message, error.fix);
}

/** Standard input for the flow `-`, at most the flow file limit (MAX_FLOW_FILE_BYTES). */
export async function readFlowFromStdin(io: CliIO): Promise<Uint8Array> {
  const { MAX_FLOW_FILE_BYTES } = await import('../flow/load.js');
  if (!io.readStdin) throw new UsageError('-: there is no standard input to read a flow from', 'give the path of a flow file');
  return io.readStdin(MAX_FLOW_FILE_BYTES);
}
