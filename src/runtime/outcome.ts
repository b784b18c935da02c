// What a block handler returns. It mirrors Transitions: the NextAction, a result for the
// Conditions, or an ErrorType; plus the contact's changes and what to show in the trace.
import type { FlowAction, LoadedFlow } from '../flow/types.js';
import type { ContactData } from './contact.js';
import type { RuntimeDeps } from './deps.js';
import type { EndOutcome, RunState } from './state.js';

export type Branch =
  | { readonly kind: 'next' }
  /** Compared with the action's Conditions in order; none true → NoMatchingCondition. */
  | { readonly kind: 'result'; readonly result: string }
  | { readonly kind: 'error'; readonly errorType: string }
  | { readonly kind: 'end'; readonly outcome: EndOutcome; readonly queue?: string; readonly flow?: string }
  | { readonly kind: 'transfer'; readonly flow: LoadedFlow }
  | { readonly kind: 'invoke'; readonly module: LoadedFlow }
  | { readonly kind: 'return' };

export type PromptKind = 'text' | 'ssml' | 'prompt' | 'media';

export interface Prompt {
  readonly kind: PromptKind;
  /** The text or SSML after `$.` references, or the prompt ARN / media URI. */
  readonly text: string;
}

export interface Outcome {
  readonly branch: Branch;
  /** Why this branch, for the trace: "NoneFoundError: no profile has _phone = +14255550100". */
  readonly reason?: string;
  /** The contact after the block, when it changed. */
  readonly contact?: ContactData;
  readonly prompts?: readonly Prompt[];
  /** Settings recorded as they are (logging, recording, voice, event hooks ...). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Other facts worth a trace line (a task created, a mock used). */
  readonly notes?: readonly string[];
  /** The customer input this block consumed (null: none before the time-out). */
  readonly input?: { readonly value: string | null };
  /** Counters to store (loop counts, mock calls). */
  readonly counters?: Readonly<Record<string, number>>;
  readonly elapsedSeconds?: number;
  /** The block's type is unknown to cfsim: nothing was simulated, the run took its success branch. */
  readonly notSimulated?: boolean;
  /** What the block sent outside (set by step from the handler's `sends`). */
  readonly call?: OutsideCallRecord;
}

export interface BlockContext {
  readonly deps: RuntimeDeps;
  readonly state: RunState;
  readonly flow: LoadedFlow;
}

/**
 * What the runtime can do with a block's declared transitions, for coverage and the case generator
 * (docs/scenario-tests.md, "Which branches count"). Absent: NextAction and the Conditions are taken
 * as declared, and every ErrorType is a fault branch (only an injected failure reaches it).
 */
export interface BranchRules {
  /**
   * The handler answers with a result that the Conditions test (Branch kind "result"): when the
   * action has Conditions, its NextAction is never followed (route.ts resultTransition).
   */
  readonly routesByResult?: boolean | ((action: FlowAction) => boolean);
  /** Every result the block can give, when it is a fixed set (Loop, CheckHoursOfOperation). */
  readonly results?: readonly string[];
  /** ErrorTypes the block takes from the contact, its input or the profile store, with no failure injected. */
  readonly errors?: readonly string[] | ((action: FlowAction) => readonly string[]);
}

/** A call a block makes outside Amazon Connect's contact (a Lambda, a Lex bot, a case, a view, a task), as it sends it. */
export interface OutsideCallRecord {
  /** lambda, lex, cases, views or tasks. */
  readonly kind: string;
  /** The function ARN, bot alias ARN or name, case template or id, view id, task flow. */
  readonly resource: string;
  /** The parameters sent, `$.` references resolved. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** One action type's behaviour: plain data in, plain data out (the store is the only effect). */
export interface BlockHandler {
  (action: FlowAction, contact: ContactData, context: BlockContext): Outcome;
  /** See BranchRules; set with withBranches. */
  readonly branches?: BranchRules;
  /** For blocks that call out: what they send, from the contact before the block runs (set with withCall). */
  readonly sends?: (action: FlowAction, contact: ContactData) => OutsideCallRecord;
}

/** A handler with what it sends outside beside it. */
export function withCall(handler: BlockHandler, sends: (action: FlowAction, contact: ContactData) => OutsideCallRecord): BlockHandler {
  // Not `call`: every function has Function.prototype.call.
  return Object.assign(handler, { sends });
}

/** A handler with the rules of its branches beside it, in the block's own file. */
export function withBranches(handler: (action: FlowAction, contact: ContactData, context: BlockContext) => Outcome, branches: BranchRules): BlockHandler {
  return Object.assign(handler, { branches });
}

export const NEXT: Branch = { kind: 'next' };

export function errorBranch(errorType: string): Branch {
  return { kind: 'error', errorType };
}
