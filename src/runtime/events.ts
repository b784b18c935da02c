// What one step shows: the block, the branch it took and why, and what changed.
import type { OutsideCallRecord, Prompt } from './outcome.js';
import type { RunEnd } from './state.js';

/** A changed value; null means removed. */
export type Changes = Readonly<Record<string, string | null>>;

export interface StepEvent {
  /** 1-based step number. */
  readonly step: number;
  /** The name of the flow the action belongs to. */
  readonly flow: string;
  readonly identifier: string;
  readonly type: string;
  /** "Success" for the NextAction, "Condition" for a matched condition, else the ErrorType taken. */
  readonly branch: string;
  /** For a Condition branch, the index of the matched condition in Transitions.Conditions. */
  readonly condition?: number;
  /** The next action's Identifier; null when the run ended here. */
  readonly next: string | null;
  readonly reason?: string;
  readonly prompts: readonly Prompt[];
  readonly attributes?: Changes;
  readonly customer?: Changes;
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly notes?: readonly string[];
  /** The input the block consumed; null when the customer gave none. */
  readonly input?: { readonly value: string | null };
  readonly end?: RunEnd;
  /** What the block sent outside (Lambda, Lex, cases, views, tasks). */
  readonly call?: OutsideCallRecord;
  /** The type is unknown to cfsim: the block was not simulated (its success branch, or a blocks: mock). */
  readonly notSimulated?: true;
}

/** Keys whose values differ between two string maps (same object: nothing changed). */
export function diffRecords(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): Changes | undefined {
  if (before === after) return undefined;
  const changes: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) changes[key] = value;
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) changes[key] = null;
  return Object.keys(changes).length ? changes : undefined;
}
