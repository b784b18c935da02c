import { InvalidArgumentError, Option, type Command } from 'commander';
import { pathArgument } from '../path-argument.js';
import type { CommandContext } from '../program.js';

export const REPORTERS = ['text', 'json', 'junit', 'github'] as const;
export type Reporter = (typeof REPORTERS)[number];

export interface TestCommandOptions {
  readonly reporter: Reporter;
  readonly output?: string;
  readonly coverage: boolean;
  readonly minCoverage?: number;
}

export function registerTest(program: Command, context: CommandContext): void {
  program
    .command('test')
    .description('run scenario files (*.test.yaml): cases with expectations, branch coverage, reports for CI')
    .argument('[paths...]', 'scenario files, directories (every *.test.yaml below, node_modules skipped) or quoted globs', ['.'])
    .addOption(new Option('-r, --reporter <reporter>', 'report format').choices(REPORTERS).default('text'))
    .option('-o, --output <file>', 'write the report to this file (the terminal still gets the text report)', pathArgument)
    .option('--coverage', 'show which blocks and branches of each flow the cases took', false)
    .option('--min-coverage <percent>', 'fail (exit 1) when branch coverage is below this percentage; implies --coverage', parsePercent)
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
