// Mermaid flowchart text, for Markdown: GitHub renders a ```mermaid block. A flow comes from anyone,
// so no text of it reaches Mermaid's syntax: nodes are named n0, n1, …; labels are quoted strings in
// which every character Mermaid or HTML reads specially is an entity code (#quot;, #lt;, #37; …), so
// a label cannot close its string, open a directive (%%{init: …}%%) or carry markup. Links to other
// flows are a distinct shape, never a `click` (a click runs a link or a callback in the reader's page).
import type { FlowGraph, GraphNode } from './model.js';
import { oneLine } from './summary.js';

const CLASSES = [
  'classDef start stroke-width:3px',
  'classDef link fill:#e8f0fe,stroke:#1a56db',
  'classDef unreachable fill:#eeeeee,stroke:#888888,stroke-dasharray:5 5,color:#666666',
  'classDef unconnected fill:#fff4e5,stroke:#d97706,stroke-dasharray:3 3',
  'classDef missing fill:#fde8e8,stroke:#c81e1e',
  'classDef outside fill:#ffffff,stroke:#aaaaaa,stroke-dasharray:2 2,color:#666666',
  'classDef goto fill:#f5f5f5,stroke:#888888,color:#444444',
];

export function toMermaid(graph: FlowGraph): string {
  const lines = ['flowchart TD'];
  for (const node of graph.nodes) lines.push(`  ${node.key}${shape(node)}`);
  for (const edge of graph.edges) lines.push(`  ${edge.from} -->|"${escapeMermaid(edge.label)}"| ${edge.to}`);
  lines.push(...CLASSES.map((line) => `  ${line}`));
  for (const name of ['start', 'link', 'unreachable', 'unconnected', 'missing', 'outside', 'goto'] as const) {
    const keys = graph.nodes.filter((node) => classesOf(node).includes(name)).map((node) => node.key);
    if (keys.length) lines.push(`  class ${keys.join(',')} ${name}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The style classes of a node, shared by every format. */
export function classesOf(node: GraphNode): string[] {
  const classes: string[] = [];
  if (node.start) classes.push('start');
  if (node.kind !== 'block') classes.push(node.kind);
  if (node.unreachable && (node.kind === 'block' || node.kind === 'link')) classes.push('unreachable');
  return classes;
}

function shape(node: GraphNode): string {
  const label = `"${labelText(node)}"`;
  switch (node.kind) {
    case 'link':
      return `[[${label}]]`;
    case 'unconnected':
      return `([${label}])`;
    case 'missing':
      return `{{${label}}}`;
    case 'goto':
      return `>${label}]`;
    default:
      return node.start ? `([${label}])` : `[${label}]`;
  }
}

/** The text a node shows in every format: its type, then what it does or its identifier. */
export function labelLines(node: GraphNode): string[] {
  if (node.kind === 'unconnected') return ['not connected'];
  if (node.kind === 'missing') return ['missing block', node.summary];
  if (node.kind === 'outside') return [node.type, `(${oneLine(node.id, 40)})`];
  if (node.kind === 'goto') return [`to ${node.type}`, `(${oneLine(node.id, 40)})`];
  const first = node.unreachable ? `${node.type} (unreachable)` : node.type;
  return node.summary ? [first, node.summary] : [first];
}

function labelText(node: GraphNode): string {
  return labelLines(node)
    .map((line) => escapeMermaid(line))
    .join('<br/>');
}

/**
 * Mermaid's entity codes for every character that is not a letter, digit, space or plain punctuation:
 * `#quot;`-style named codes and `#NN;` decimal ones, which Mermaid turns back into the character
 * when it draws the label (as text, not markup).
 */
export function escapeMermaid(text: string): string {
  return text.replace(/[^\p{L}\p{N} .,:_\-/$…()'=?!+*@]/gu, (character) => `#${character.codePointAt(0)};`);
}
