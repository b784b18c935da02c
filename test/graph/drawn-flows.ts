// Every example flow and every reference flow, read and modelled as `cfsim graph` does, for the
// tests that draw each one in each format.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from '../../src/flow/load.js';
import { actionsOf, buildGraph, type FlowGraph } from '../../src/graph/model.js';
import { readFlowFile } from '../../src/load/flow-file.js';
import { ROOT } from '../helpers/cli.js';

export interface DrawnFlow {
  readonly file: string;
  readonly name: string;
  readonly identifiers: readonly string[];
  readonly graph: FlowGraph;
}

const REFERENCE = 'test/fixtures/reference-flows';

export function drawnFlows(): DrawnFlow[] {
  const files = [
    ...readdirSync(join(ROOT, 'flows')).filter((file) => file.endsWith('.yaml') && file !== 'profiles.yaml').map((file) => `flows/${file}`),
    ...readdirSync(join(ROOT, REFERENCE)).filter((file) => file.endsWith('.json')).map((file) => `${REFERENCE}/${file}`),
  ];
  return files.map((file) => {
    const source = readFlowFile(file, ROOT);
    if (!isRecord(source.document)) throw new Error(`${file} is not a flow: ${JSON.stringify(source.diagnostics)}`);
    const actions = actionsOf(source.document);
    const start = typeof source.document.StartAction === 'string' ? source.document.StartAction : '';
    return { file, name: source.name, identifiers: [...actions.keys()], graph: buildGraph(start, actions) };
  });
}
