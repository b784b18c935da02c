// A flow as a picture's data: nodes and labelled edges, independent of the format drawn. Every
// format (Mermaid, DOT, SVG) draws this model, so they show the same thing.
import { branchesOf, isUnconnected, reachableFrom, type Branch } from '../flow/graph.js';
import type { FlowAction } from '../flow/types.js';
import { oneLine, summaryOf } from './summary.js';

/**
 * block: an action of the flow; link: a TransferToFlow / InvokeFlowModule, drawn as a link to the
 * picture of the flow it names; unconnected: where a branch goes nowhere ("" or "$end", a saved
 * draft); missing: a target no action has; outside: a block beyond --focus's neighbourhood; goto: a
 * block many branches lead to (an error handler), named again where each branch leaves (see sharedTargets).
 */
export type NodeKind = 'block' | 'link' | 'unconnected' | 'missing' | 'outside' | 'goto';

export interface GraphNode {
  /** The node's name in the drawing (n0, n1, …): a flow's identifiers are never markup or syntax. */
  readonly key: string;
  readonly kind: NodeKind;
  /** The action's Identifier (blocks, links, outside), or the missing target. */
  readonly id: string;
  readonly type: string;
  readonly summary: string;
  readonly start: boolean;
  readonly unreachable: boolean;
  /** For a link, the picture of the flow it names (`<name>.svg`), when that flow is known. */
  readonly href?: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** The branches that take this way, joined: `Success, NoMatchingError`. */
  readonly label: string;
}

export interface FlowGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface GraphOptions {
  /** Draws only this block and the blocks at most `depth` branches away from it (either way). */
  readonly focus?: string;
  readonly depth?: number;
  /** The picture of the flow a TransferToFlow / InvokeFlowModule names, when cfsim knows the flow. */
  readonly linkFor?: (reference: string) => string | undefined;
}

export const DEFAULT_DEPTH = 2;
const LINK_PARAMETERS: Readonly<Record<string, string>> = { TransferToFlow: 'ContactFlowId', InvokeFlowModule: 'FlowModuleId' };

/** The actions of a document, each Identifier once (the first wins; validation reports duplicates). */
export function actionsOf(document: { readonly Actions?: unknown }): Map<string, FlowAction> {
  const actions = new Map<string, FlowAction>();
  for (const action of Array.isArray(document.Actions) ? (document.Actions as unknown[]) : []) {
    if (typeof action !== 'object' || action === null) continue;
    const { Identifier, Type } = action as Partial<FlowAction>;
    if (typeof Identifier === 'string' && typeof Type === 'string' && !actions.has(Identifier)) actions.set(Identifier, action as FlowAction);
  }
  return actions;
}

export function buildGraph(start: string, actions: ReadonlyMap<string, FlowAction>, options: GraphOptions = {}): FlowGraph {
  const reachable = reachableFrom(start, actions);
  const shown = options.focus === undefined ? new Set(actions.keys()) : neighbourhood(options.focus, actions, options.depth ?? DEFAULT_DEPTH);
  const nodes: GraphNode[] = [];
  const keys = new Map<string, string>();
  const add = (node: Omit<GraphNode, 'key'>): string => {
    const key = `n${nodes.length}`;
    nodes.push({ key, ...node });
    return key;
  };
  for (const [id, action] of actions) {
    if (!shown.has(id)) continue;
    const reference = linkReference(action);
    const href = reference === undefined ? undefined : options.linkFor?.(reference);
    const kind = reference === undefined ? 'block' : 'link';
    keys.set(id, add({ kind, id, type: oneLine(action.Type, 40), summary: summaryOf(action), start: id === start, unreachable: !reachable.has(id), ...(href ? { href } : {}) }));
  }
  const edges = new Map<string, { from: string; to: string; labels: string[] }>();
  const missing = new Map<string, string>();
  for (const [id, action] of actions) {
    // Beyond --focus's neighbourhood, a block is named where it leads into the neighbourhood.
    const into = shown.has(id) ? [] : branchesOf(action).filter((branch) => shown.has(branch.target));
    if (into.length && !keys.has(id)) keys.set(id, add({ kind: 'outside', id, type: oneLine(action.Type, 40), summary: '', start: id === start, unreachable: !reachable.has(id) }));
    const from = keys.get(id);
    if (from === undefined) continue;
    for (const branch of shown.has(id) ? branchesOf(action) : into) {
      const to = targetKey(branch, actions, keys, missing, add, start, reachable);
      const edge = edges.get(`${from}>${to}`) ?? { from, to, labels: [] };
      edge.labels.push(labelOf(branch));
      edges.set(`${from}>${to}`, edge);
    }
  }
  // Branches that go the same way are one arrow: a MessageParticipant's Success and NoMatchingError
  // usually lead to the same block, and Mermaid renders at most 500 edges.
  const merged = [...edges.values()].map(({ from, to, labels }) => ({ from, to, label: oneLine([...new Set(labels)].join(', '), 80) }));
  return { nodes, edges: sharedTargets(nodes, merged) };
}

/** More arrows than this into one block: the others go to a "goto" mark of it. */
export const MAX_ARROWS_IN = 3;

/**
 * A block that many branches lead to (the error handler of a 250-block flow) would pull an arrow
 * across the whole picture from each: unreadable, and slow to lay out (each long arrow is a chain of
 * hidden nodes to the layout). Its first MAX_ARROWS_IN arrows are drawn; each other branch ends at a
 * small mark that names the block, next to the block it leaves, as a goto.
 */
function sharedTargets(nodes: GraphNode[], edges: readonly GraphEdge[]): GraphEdge[] {
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const arrowsIn = new Map<string, number>();
  return edges.map((edge) => {
    const target = byKey.get(edge.to);
    const count = (arrowsIn.get(edge.to) ?? 0) + 1;
    arrowsIn.set(edge.to, count);
    if (!target || (target.kind !== 'block' && target.kind !== 'link') || count <= MAX_ARROWS_IN) return edge;
    const key = `n${nodes.length}`;
    nodes.push({ key, kind: 'goto', id: target.id, type: target.type, summary: '', start: false, unreachable: false });
    return { ...edge, to: key };
  });
}

function targetKey(
  branch: Branch,
  actions: ReadonlyMap<string, FlowAction>,
  keys: Map<string, string>,
  missing: Map<string, string>,
  add: (node: Omit<GraphNode, 'key'>) => string,
  start: string,
  reachable: ReadonlySet<string>,
): string {
  const known = keys.get(branch.target);
  if (known !== undefined) return known;
  // Each unconnected branch ends in its own mark, next to the block it leaves.
  if (isUnconnected(branch.target)) return add({ kind: 'unconnected', id: branch.target, type: 'not connected', summary: '', start: false, unreachable: false });
  const action = actions.get(branch.target);
  if (action) {
    // Beyond --focus's neighbourhood: named, not drawn in full.
    const key = add({ kind: 'outside', id: branch.target, type: oneLine(action.Type, 40), summary: '', start: branch.target === start, unreachable: !reachable.has(branch.target) });
    keys.set(branch.target, key);
    return key;
  }
  const key = missing.get(branch.target) ?? add({ kind: 'missing', id: branch.target, type: 'missing block', summary: oneLine(branch.target), start: false, unreachable: false });
  missing.set(branch.target, key);
  return key;
}

/** "Success", the ErrorType, or a condition as operator and value (`Equals gold`). */
function labelOf(branch: Branch): string {
  return branch.branch === 'Condition' ? (branch.label ?? 'Condition') : branch.branch;
}

/** The flow a TransferToFlow / InvokeFlowModule names, when written in the flow (not a JSONPath). */
function linkReference(action: FlowAction): string | undefined {
  const name = Object.hasOwn(LINK_PARAMETERS, action.Type) ? LINK_PARAMETERS[action.Type] : undefined;
  if (name === undefined) return undefined;
  const value = action.Parameters?.[name];
  return typeof value === 'string' ? value : '';
}

/** The blocks at most `depth` branches from `focus`, following branches forwards and backwards. */
function neighbourhood(focus: string, actions: ReadonlyMap<string, FlowAction>, depth: number): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)?.add(b);
  };
  for (const [id, action] of actions) {
    for (const branch of branchesOf(action)) {
      if (!actions.has(branch.target)) continue;
      link(id, branch.target);
      link(branch.target, id);
    }
  }
  const seen = new Set([focus]);
  let ring = [focus];
  for (let distance = 0; distance < depth && ring.length; distance++) {
    const next: string[] = [];
    for (const id of ring) for (const other of neighbours.get(id) ?? []) if (!seen.has(other)) (seen.add(other), next.push(other));
    ring = next;
  }
  return seen;
}
