// cfsim graph: the flow as a picture. A flow is drawn even when it does not validate (a saved draft,
// a branch to a block that is gone: the picture shows those); only a file that is not a flow at all
// (no Actions list) is refused, with the validator's diagnostics. See docs/reviewing-changes.md.
import { basename, dirname, extname, resolve } from 'node:path';
import { isRecord, type FlowSource } from '../../flow/load.js';
import { actionsOf, buildGraph, type FlowGraph } from '../../graph/model.js';
import { readFlowFile } from '../../load/flow-file.js';
import { findInFolder } from '../../load/flows.js';
import { InputFileError } from '../../load/read-file.js';
import { isDynamic } from '../../runtime/jsonpath.js';
import { closest } from '../../validate/closest.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { GraphCommandOptions } from './graph.js';

/** dagre's layout grows faster than the graph: past this, a picture is unreadable anyway. */
export const MAX_SVG_NODES = 3000;

export async function graphFlow(flow: string, options: GraphCommandOptions, io: CliIO): Promise<ExitCode> {
  const source = await readSource(flow, io);
  const document = source.diagnostics.length ? undefined : source.document;
  if (!isRecord(document) || !Array.isArray(document.Actions)) return reportUnusable(source, io);
  const actions = actionsOf(document);
  if (options.focus !== undefined && !actions.has(options.focus)) {
    const suggestion = closest(options.focus, actions.keys());
    throw new UsageError(
      `--focus ${JSON.stringify(options.focus)}: no block of ${source.file} has this Identifier${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`}`,
      suggestion === undefined ? 'give --focus the Identifier of one of the flow\'s actions' : `use --focus ${JSON.stringify(suggestion)}`,
    );
  }
  const start = typeof document.StartAction === 'string' ? document.StartAction : '';
  const folder = flow === '-' ? undefined : dirname(resolve(io.cwd, flow));
  const graph = buildGraph(start, actions, {
    ...(options.focus === undefined ? {} : { focus: options.focus, depth: options.depth }),
    linkFor: (reference) => (folder === undefined ? undefined : linkFor(folder, reference)),
  });
  const text = await draw(graph, options, source.name);
  if (options.output === undefined) io.stdout(text);
  else await (await import('../write-file.js')).writeFileSafely(options.output, io.cwd, text, '--output');
  return ExitCode.Ok;
}

async function draw(graph: FlowGraph, options: GraphCommandOptions, name: string): Promise<string> {
  switch (options.format) {
    case 'mermaid':
      return (await import('../../graph/mermaid.js')).toMermaid(graph);
    case 'dot':
      return (await import('../../graph/dot.js')).toDot(graph, name);
    case 'svg':
      if (graph.nodes.length > MAX_SVG_NODES) {
        throw new UsageError(`${name}: ${graph.nodes.length} nodes are more than an SVG picture lays out (at most ${MAX_SVG_NODES})`, 'draw a part of the flow with --focus <block> --depth <n>, or use --format dot');
      }
      return (await import('../../graph/svg.js')).toSvg(graph, name);
  }
}

async function readSource(flow: string, io: CliIO): Promise<FlowSource> {
  try {
    if (flow !== '-') return readFlowFile(flow, io.cwd);
    const [{ readFlowFromStdin }, { stdinFlow }] = await Promise.all([import('../run-inputs.js'), import('../../load/flows.js')]);
    return stdinFlow(await readFlowFromStdin(io));
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(error.message, error.fix);
    throw error;
  }
}

/** Not a flow to draw: the validator says why, at its place in the file (exit 1, as validate). */
async function reportUnusable(source: FlowSource, io: CliIO): Promise<ExitCode> {
  const [{ validateFlowSource }, { formatRunDiagnostics }, { loadStyle }] = await Promise.all([
    import('../../validate/index.js'),
    import('../format/run-diagnostics.js'),
    import('../format/style.js'),
  ]);
  const diagnostics = (await validateFlowSource(source)).filter((diagnostic) => diagnostic.severity === 'error');
  io.stderr(formatRunDiagnostics(diagnostics, await loadStyle(io.color)));
  return ExitCode.Failed;
}

/**
 * The picture of the flow a TransferToFlow / InvokeFlowModule names: `<name>.svg`, when a flow file
 * `<name>.yaml|.yml|.json` lies beside this one (found as `cfsim run` finds it: findInFolder). Draw that
 * flow with `-o <name>.svg` beside this picture for the link to lead there.
 */
function linkFor(folder: string, reference: string): string | undefined {
  if (reference === '' || isDynamic(reference)) return undefined;
  const path = findInFolder(folder, reference);
  return path ? `${encodeURIComponent(basename(path, extname(path)))}.svg` : undefined;
}
