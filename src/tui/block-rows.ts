// The block list: the blocks run so far in order, with the branch each took, then the current
// block, then the entry flow's blocks the run has not reached (so a breakpoint can go on them).
import type { FlowResolver } from '../runtime/deps.js';
import type { LoadedFlow } from '../flow/types.js';
import { actionAt } from './flow-blocks.js';
import { breakpointKey, current, type Session } from './session.js';

export interface BlockRow {
  /** The block's breakpoint key. */
  readonly key: string;
  readonly identifier: string;
  readonly type: string;
  readonly kind: 'done' | 'current' | 'ahead';
  /** Done rows: the step number and the branch taken. */
  readonly step?: number;
  readonly branch?: string;
}

export function blockRows(session: Session, entry: LoadedFlow, flows: FlowResolver): BlockRow[] {
  const rows: BlockRow[] = [];
  session.history.forEach((snapshot, index) => {
    const at = session.history[index - 1]?.state.at;
    const event = snapshot.event;
    if (!at || !event) return;
    rows.push({ key: breakpointKey(at), identifier: event.identifier, type: event.type, kind: 'done', step: event.step, branch: event.branch });
  });
  const at = current(session).state.at;
  if (at) {
    const type = actionAt(entry, flows, at)?.Type ?? '?';
    rows.push({ key: breakpointKey(at), identifier: at.action, type, kind: 'current' });
  }
  const seen = new Set(rows.map((row) => row.key));
  for (const action of entry.flow.Actions) {
    const key = breakpointKey({ flow: entry.file, action: action.Identifier });
    if (!seen.has(key)) rows.push({ key, identifier: action.Identifier, type: action.Type, kind: 'ahead' });
  }
  return rows;
}

/** Where the selection goes after the run moved: the current block, or the last step once it ended. */
export function currentRow(rows: readonly BlockRow[]): number {
  const index = rows.findIndex((row) => row.kind === 'current');
  if (index >= 0) return index;
  return Math.max(0, rows.findLastIndex((row) => row.kind === 'done'));
}
