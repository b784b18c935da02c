import type { Command } from 'commander';
import { pathArgument } from '../path-argument.js';
import type { CommandContext } from '../program.js';

export function registerInit(program: Command, context: CommandContext): void {
  program
    .command('init')
    .description('turn a folder of exported flows into a project: cfsim.yaml, an example contact, a scenario file per flow')
    .argument('[dir]', 'the folder of flows (every *.yaml, *.yml, *.json below it)', pathArgument, '.')
    .action(async (dir: string) => {
      const { initProject } = await import('./init-action.js');
      context.setExitCode(await initProject(dir, context.io));
    });
}
