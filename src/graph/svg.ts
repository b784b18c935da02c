// An SVG picture drawn by cfsim itself: @dagrejs/dagre lays the graph out (layered, top to bottom),
// this file draws boxes, arrows and labels. No browser, no network. Text and attributes are XML-escaped,
// and characters XML 1.0 cannot hold at all (most control characters) are replaced, so a flow's text
// is always text. Each block is one <g data-block="<Identifier>">; a TransferToFlow / InvokeFlowModule
// whose flow is known is an <a href="<flow>.svg"> to that flow's picture.
import dagre from '@dagrejs/dagre';
import { classesOf, labelLines } from './mermaid.js';
import type { FlowGraph, GraphNode } from './model.js';

const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 16;
const PADDING = 10;

const STYLE = `
  .node rect { fill: #ffffff; stroke: #333333; stroke-width: 1.2; }
  .node.start rect { stroke-width: 3; }
  .node.link rect { fill: #e8f0fe; stroke: #1a56db; }
  .node.unreachable rect { fill: #eeeeee; stroke: #888888; stroke-dasharray: 5 5; }
  .node.unconnected rect { fill: #fff4e5; stroke: #d97706; stroke-dasharray: 3 3; }
  .node.missing rect { fill: #fde8e8; stroke: #c81e1e; }
  .node.outside rect { stroke: #aaaaaa; stroke-dasharray: 2 2; }
  .node.goto rect { fill: #f5f5f5; stroke: #888888; }
  .node text { font: 12px Helvetica, Arial, sans-serif; fill: #111111; }
  .node text.type { font-weight: bold; }
  .edge path { fill: none; stroke: #555555; stroke-width: 1.2; }
  .edge text { font: 10px Helvetica, Arial, sans-serif; fill: #333333; }
`;

export function toSvg(graph: FlowGraph, title: string): string {
  const layout = new dagre.graphlib.Graph({ multigraph: false });
  layout.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 50, edgesep: 15, marginx: 20, marginy: 20 });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    const lines = labelLines(node);
    const width = Math.max(...lines.map((line) => [...line].length)) * CHAR_WIDTH + 2 * PADDING;
    layout.setNode(node.key, { width, height: lines.length * LINE_HEIGHT + PADDING });
  }
  for (const edge of graph.edges) {
    layout.setEdge(edge.from, edge.to, { width: [...edge.label].length * 5.6, height: 12, labelpos: 'c' });
  }
  dagre.layout(layout);
  const { width = 0, height = 0 } = layout.graph();
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555555"/></marker></defs>`,
    `<style>${STYLE}</style>`,
  ];
  for (const edge of graph.edges) {
    const laid = layout.edge(edge.from, edge.to);
    const points: readonly { x: number; y: number }[] = laid?.points ?? [];
    const path = points.map((point, index) => `${index ? 'L' : 'M'}${round(point.x)},${round(point.y)}`).join(' ');
    const label = laid?.x === undefined || laid.y === undefined ? '' : `<text x="${round(laid.x)}" y="${round(laid.y + 4)}" text-anchor="middle">${escapeXml(edge.label)}</text>`;
    parts.push(`<g class="edge"><path d="${path}" marker-end="url(#arrow)"/>${label}</g>`);
  }
  for (const node of graph.nodes) parts.push(drawNode(node, layout.node(node.key)));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function drawNode(node: GraphNode, box: { x: number; y: number; width: number; height: number }): string {
  const lines = labelLines(node);
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  const texts = lines.map(
    (line, index) => `<text${index === 0 ? ' class="type"' : ''} x="${round(box.x)}" y="${round(top + PADDING / 2 + LINE_HEIGHT * (index + 0.75))}" text-anchor="middle">${escapeXml(line)}</text>`,
  );
  const body = `<rect x="${round(left)}" y="${round(top)}" width="${round(box.width)}" height="${round(box.height)}" rx="6"/>${texts.join('')}`;
  const linked = node.kind === 'link' && node.href ? `<a href="${escapeXml(node.href)}" xlink:href="${escapeXml(node.href)}">${body}</a>` : body;
  const block = node.kind === 'block' || node.kind === 'link' ? ` data-block="${escapeXml(node.id)}"` : '';
  return `<g class="${['node', ...classesOf(node)].join(' ')}"${block}>${linked}</g>`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Text or an attribute value for XML: the five special characters escaped, characters XML cannot hold replaced by U+FFFD. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] ?? character);
}
