// @vitest-environment jsdom
// Mermaid's own parser, as GitHub runs it, reads every picture. Mermaid parses flowcharts only with
// a DOM (its sanitiser, DOMPurify, needs a window): jsdom gives one, for this file only. mermaid 11
// runs under Node 20, 22 and 24, as CI does (mermaid 12 declares Node 22.12; @mermaid-js/parser has
// no flowchart grammar).
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { toMermaid } from '../../src/graph/mermaid.js';
import { actionsOf, buildGraph, type FlowGraph } from '../../src/graph/model.js';
import { drawnFlows } from './drawn-flows.js';

interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string; classes: string[] }>;
  getEdges(): { start: string; end: string; text: string }[];
}

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

/** The flowchart Mermaid reads from the text: its nodes and edges. */
async function parsed(graph: FlowGraph): Promise<FlowDb> {
  const text = toMermaid(graph);
  expect(await mermaid.parse(text)).toMatchObject({ diagramType: 'flowchart-v2' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as FlowDb;
}

describe('cfsim graph --format mermaid', () => {
  it.each(drawnFlows().map((flow) => [flow.file, flow] as const))('%s: Mermaid parses it, with each node and edge once', async (_, flow) => {
    const db = await parsed(flow.graph);
    expect([...db.getVertices().keys()].sort()).toEqual(flow.graph.nodes.map((node) => node.key).sort());
    expect(db.getEdges().map((edge) => `${edge.start}>${edge.end}`)).toEqual(flow.graph.edges.map((edge) => `${edge.from}>${edge.to}`));
  });

  it('keeps a hostile label inside its node: no extra node, edge, click or directive', async () => {
    // Given a flow whose text tries to close its label, add an edge, a click and an init directive
    const text = 'x"]; n0 --> n5; click n0 call alert(1) %%{init: {"securityLevel":"loose"}}%% <img src=x onerror=alert(1)>';
    const actions = actionsOf({
      Actions: [
        { Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: text.slice(0, 40) }, Transitions: { NextAction: 'b' } },
        { Identifier: 'b', Type: 'MessageParticipant', Parameters: { Text: text.slice(40) }, Transitions: { Conditions: [{ NextAction: 'a', Condition: { Operator: 'Equals', Operands: ['"|n0'] } }] } },
      ],
    });
    const graph = buildGraph('a', actions);
    const drawn = toMermaid(graph);
    // When Mermaid reads the picture, then it finds the two blocks and two edges, and nothing else
    const db = await parsed(graph);
    expect([...db.getVertices().keys()].sort()).toEqual(['n0', 'n1']);
    expect(db.getEdges()).toHaveLength(2);
    expect(drawn).not.toMatch(/^\s*click|%%|<img/m);
    expect(drawn.split('\n').filter((line) => line.includes('-->'))).toHaveLength(2);
  });
});
