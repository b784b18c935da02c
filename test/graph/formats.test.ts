import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toDot } from '../../src/graph/dot.js';
import { actionsOf, buildGraph } from '../../src/graph/model.js';
import { toSvg } from '../../src/graph/svg.js';
import { drawnFlows } from './drawn-flows.js';

const flows = drawnFlows();

/** What escapeXml makes of an identifier, read back by an XML parser: the identifier itself, unless it holds characters XML cannot. */
const attributeValue = (id: string): string => id.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd');

describe('cfsim graph --format svg', () => {
  it('draws every example and reference flow', () => {
    expect(flows.length).toBeGreaterThanOrEqual(55);
  });

  it.each(flows.map((flow) => [flow.file, flow] as const))('%s: well-formed XML, every block in one <g data-block> exactly once', (_, flow) => {
    const svg = toSvg(flow.graph, flow.name);
    expect(XMLValidator.validate(svg)).toBe(true);
    const blocks = dataBlocks(svg);
    expect(blocks.sort()).toEqual(flow.identifiers.map(attributeValue).sort());
  });
});

describe('cfsim graph --format dot', () => {
  it.each(flows.map((flow) => [flow.file, flow] as const))('%s: each node and edge once, every string closed', (_, flow) => {
    const dot = toDot(flow.graph, flow.name);
    const lines = dot.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^digraph "(?:[^"\\]|\\.)*" \{$/);
    expect(lines.at(-1)).toBe('}');
    const string = '"(?:[^"\\\\\\n]|\\\\.)*"';
    const attribute = `\\w+=(?:${string}|[\\w.]+)`;
    const nodeLine = new RegExp(`^  (n\\d+) \\[(${attribute}(?:, ${attribute})*)\\];$`);
    const edgeLine = new RegExp(`^  (n\\d+) -> (n\\d+) \\[label=${string}\\];$`);
    const nodes: string[] = [];
    const edges: string[] = [];
    for (const line of lines.slice(4, -1)) {
      const node = nodeLine.exec(line);
      const edge = edgeLine.exec(line);
      if (node?.[1]) nodes.push(node[1]);
      else if (edge) edges.push(`${edge[1]}>${edge[2]}`);
      else expect.fail(`not a DOT node or edge statement: ${line}`);
    }
    expect(nodes).toEqual(flow.graph.nodes.map((node) => node.key));
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(edges).toEqual(flow.graph.edges.map((edge) => `${edge.from}>${edge.to}`));
    expect(new Set(edges).size).toBe(edges.length);
    for (const edge of edges) for (const end of edge.split('>')) expect(nodes).toContain(end);
  });
});

describe('a flow made to break the picture', () => {
  const hostile = '\\N x"]; click n0 call alert(1) %%{init: {"securityLevel":"loose"}}%%';
  const actions = actionsOf({
    Actions: [
      { Identifier: 'a"<&>\'', Type: 'MessageParticipant', Parameters: { Text: hostile }, Transitions: { NextAction: 'b' } },
      { Identifier: 'b', Type: 'Compare</g>', Parameters: { ComparisonValue: '<script>alert(1)</script></text></g> & \u0007' }, Transitions: { Conditions: [{ NextAction: '', Condition: { Operator: 'Equals', Operands: ['"]-->'] } }] } },
    ],
  });
  const graph = buildGraph('a"<&>\'', actions);

  it('keeps SVG text as text: the XML parses to the same two blocks, with no element from the flow', () => {
    const svg = toSvg(graph, '<title>');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(dataBlocks(svg).sort()).toEqual(['a"<&>\'', 'b']);
    expect(svg).not.toMatch(/<script/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
    expect(Object.keys(parsed.svg).filter((key) => !key.startsWith('@_')).sort()).toEqual(['defs', 'g', 'style', 'title']);
  });

  it('keeps DOT labels inside their strings', () => {
    const dot = toDot(graph, 'hostile "name"');
    expect(dot).toContain('digraph "hostile \\"name\\"" {');
    expect(dot).toContain('\\\\N');
    expect(dot.split('\n').filter((line) => line.includes(' -> '))).toHaveLength(2);
  });
});

/** The data-block attribute of each <g>, as an XML parser reads it. */
function dataBlocks(svg: string): string[] {
  const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(svg) as { svg: { g?: unknown } };
  const groups = Array.isArray(parsed.svg.g) ? (parsed.svg.g as Record<string, unknown>[]) : [parsed.svg.g as Record<string, unknown>];
  return groups.flatMap((group) => (typeof group['@_data-block'] === 'string' ? [group['@_data-block']] : []));
}
