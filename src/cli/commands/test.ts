import { InvalidArgumentError, Option, type Command } from 'commander';
import { pathArgument } from '../path-argument.js';
import type { CommandContext } from '../program.js';
import { DEFAULT_SEED, parseSeed } from '../seed.js';

export const REPORTERS = ['text', 'json', 'junit', 'github'] as const;
export type Reporter = (typeof REPORTERS)[number];

export interface TestCommandOptions {
  readonly reporter: Reporter;
  readonly output?: string;
  readonly coverage: boolean;
  readonly minCoverage?: number;
  readonly grep?: string;
  readonly shard?: string;
  readonly blobDir: string;
  readonly mergeReports?: string;
  readonly seed: string;
  readonly generate?: string;
  readonly maxRuns: number;
  readonly budgetMs: number;
}

/** Where --shard writes its report blob unless --blob-dir says otherwise. */
export const DEFAULT_BLOB_DIR = 'reports/blobs';

export function registerTest(program: Command, context: CommandContext): void {
  program
    .command('test')
    .description('run scenario files (*.test.yaml): cases with expectations, branch coverage, reports for CI')
    .argument('[paths...]', 'scenario files, directories (every *.test.yaml below, node_modules skipped) or quoted globs', ['.'])
    .addOption(new Option('-r, --reporter <reporter>', 'report format').choices(REPORTERS).default('text'))
    .option('-o, --output <file>', 'write the report to this file (the terminal still gets the text report)', pathArgument)
    .option('--coverage', 'show which blocks and branches of each flow the cases took', false)
    .option('--min-coverage <percent>', 'fail (exit 1) when branch coverage is below this percentage; implies --coverage', parsePercent)
    .option('-g, --grep <pattern>', 'run only the cases whose name contains this text, or matches /regex/flags')
    .option('--shard <k/n>', 'run the k-th of n equal parts of the cases and write a report blob (see --merge-reports)')
    .option('--blob-dir <dir>', 'where --shard writes its report blob', DEFAULT_BLOB_DIR)
    .option('--seed <text>', 'where the ids cfsim makes (a created ProfileId) come from; recorded in the JSON report', parseSeed, DEFAULT_SEED)
    .option('--generate <file>', 'write a case for every branch no case takes, to <name>.generated.test.yaml beside the scenario or flow file')
    .option('--max-runs <n>', 'with --generate: runs at most', positiveInteger, 2000)
    .option('--budget-ms <ms>', 'with --generate: stop looking after this long', positiveInteger, 10_000)
    .option('--merge-reports <dir>', 'merge the report blobs of every shard in <dir> into one report; runs nothing')
    .action(async (paths: string[], options: TestCommandOptions, command: Command) => {
      const { testPaths } = await import('./test-action.js');
      context.setExitCode(await testPaths(paths, options, context.io, command.args.length > 0));
    });
}

function parsePercent(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new InvalidArgumentError('expected a percentage from 0 to 100');
  }
  return number;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d{1,7}$/.test(value.trim()) || number < 1) throw new InvalidArgumentError('expected a whole number from 1 to 9999999');
  return number;
}
