// Outside calls that only succeed, fail or return a result: mocks.results, keyed by block
// Identifier or action Type (or "*"): {error: <ErrorType>} routes it, {result: ...} is the result.
import type { FlowAction } from '../flow/types.js';
import type { ResultMock, TakenMock } from '../runtime/mocks.js';
import type { BlockContext, Outcome } from '../runtime/outcome.js';
import { mockedError, mockFor } from './common.js';

export interface OutsideCall {
  readonly taken: TakenMock<ResultMock> | undefined;
  /** The mock's error outcome, when it routes one. */
  readonly failed: Outcome | undefined;
  /** The counters to store with any other outcome. */
  readonly counters: Readonly<Record<string, number>>;
}

export function outsideCall(action: FlowAction, context: BlockContext): OutsideCall {
  const taken = mockFor<ResultMock>(context, context.deps.mocks.results, 'results', action, action.Type);
  return { taken, failed: taken ? mockedError(taken, action.Type) : undefined, counters: taken?.counters ?? {} };
}
