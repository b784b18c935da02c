// Graphviz DOT text (`dot -Tsvg`). Nodes are named n0, n1, …; every label is a quoted DOT string in
// which \ and " are escaped (so \N, \G and \l, DOT's escapes, cannot appear from a flow's text) and
// lines are joined with \n. The shapes and styles follow the Mermaid picture's classes.
import { classesOf, labelLines } from './mermaid.js';
import type { FlowGraph, GraphNode } from './model.js';

export function toDot(graph: FlowGraph, name: string): string {
  const lines = [
    `digraph ${quote(name)} {`,
    '  rankdir=TB;',
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const node of graph.nodes) lines.push(`  ${node.key} [label=${quote(labelLines(node).join('\n'))}${attributes(node)}];`);
  for (const edge of graph.edges) lines.push(`  ${edge.from} -> ${edge.to} [label=${quote(edge.label)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function attributes(node: GraphNode): string {
  const classes = classesOf(node);
  const list = [`class=${quote(classes.join(' '))}`];
  if (node.kind === 'link') list.push('shape=component', 'fillcolor="#e8f0fe"');
  if (node.kind === 'link' && node.href) list.push(`URL=${quote(node.href)}`);
  if (node.kind === 'unconnected') list.push('shape=oval', 'style="dashed,filled"', 'fillcolor="#fff4e5"');
  if (node.kind === 'missing') list.push('shape=hexagon', 'fillcolor="#fde8e8"');
  if (node.kind === 'goto') list.push('shape=cds', 'fillcolor="#f5f5f5"', 'fontcolor="#444444"');
  if (node.kind === 'outside') list.push('style="dashed"', 'fontcolor="#666666"');
  if (node.unreachable && node.kind !== 'outside') list.push('style="rounded,dashed,filled"', 'fillcolor="#eeeeee"');
  if (node.start) list.push('penwidth=3');
  return classes.length ? `, ${list.join(', ')}` : list.length > 1 ? `, ${list.slice(1).join(', ')}` : '';
}

/** A DOT quoted string: `\` and `"` escaped, line breaks as DOT's \n. */
export function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n')}"`;
}
