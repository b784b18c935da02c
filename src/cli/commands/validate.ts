import { Option, type Command } from 'commander';
import type { CommandContext } from '../program.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command('validate')
    .description('check flow files: YAML, JSON Schemas, Customer Profiles rules and the graph')
    .argument('[paths...]', 'flow files, directories (every *.yaml, *.yml, *.json below) or quoted globs', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--strict', 'treat warnings as errors', false)
    .option('--verbose', 'also list the inputs each flow expects from the contact ($.Attributes it reads and never sets)', false)
    .action(async (paths: string[], options: { format: Format; strict: boolean; verbose: boolean }, command: Command) => {
      const { validatePaths } = await import('./validate-action.js');
      const given = { paths: command.args.length > 0, strict: command.getOptionValueSource('strict') === 'cli' };
      context.setExitCode(await validatePaths(paths, options, context.io, given));
    });
}

export type ValidateCommandOptions = { readonly format: Format; readonly strict: boolean; readonly verbose?: boolean };
