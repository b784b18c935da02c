import { InvalidArgumentError, Option, type Command } from 'commander';
import { pathArgument } from '../path-argument.js';
import type { CommandContext } from '../program.js';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'svg'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export const MAX_DEPTH = 50;

export interface GraphCommandOptions {
  readonly format: GraphFormat;
  readonly output?: string;
  readonly focus?: string;
  readonly depth: number;
}

export function registerGraph(program: Command, context: CommandContext): void {
  program
    .command('graph')
    .description('draw a flow: Mermaid (for Markdown and GitHub), Graphviz DOT, or SVG')
    .argument('<flow>', 'the flow file (YAML or JSON, plain or as exported; - reads it from standard input)', pathArgument)
    .addOption(new Option('-f, --format <format>', 'picture format').choices(GRAPH_FORMATS).default('mermaid'))
    .option('-o, --output <file>', 'write the picture to this file instead of standard output', pathArgument)
    .option('--focus <block>', "draw only this block's neighbourhood (its Identifier)")
    .option('--depth <n>', `with --focus: how many branches away from the block to draw (0 to ${MAX_DEPTH})`, depthArgument, 2)
    .action(async (flow: string, options: GraphCommandOptions) => {
      const { graphFlow } = await import('./graph-action.js');
      context.setExitCode(await graphFlow(flow, options, context.io));
    });
}

function depthArgument(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > MAX_DEPTH) throw new InvalidArgumentError(`give a whole number from 0 to ${MAX_DEPTH}`);
  return number;
}
