// Loop: each time the same action runs it returns "ContinueLooping" LoopCount times, then
// "DoneLooping" once, then resets (devguide flow-control-actions-loop). A LoopCount that is not a
// number from 0 to 100 takes the Error branch (admin guide, Loop block).
import { resolveText } from '../runtime/jsonpath.js';
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { param } from './common.js';

const MAX_LOOPS = 100;

export const loop: BlockHandler = withBranches((action, contact, { state, flow }) => {
  const text = resolveText(param(action, 'LoopCount'), contact);
  const count = Number(text);
  if (text.trim() === '' || !Number.isInteger(count) || count < 0 || count > MAX_LOOPS) {
    return { branch: errorBranch('NoMatchingError'), reason: `NoMatchingError: LoopCount ${JSON.stringify(text)} is not a whole number from 0 to ${MAX_LOOPS}` };
  }
  const key = `loop:${flow.file}#${action.Identifier}`;
  const done = state.counters[key] ?? 0;
  if (done < count) {
    return { branch: { kind: 'result', result: 'ContinueLooping' }, reason: `loop ${done + 1} of ${count}`, counters: { [key]: done + 1 } };
  }
  return { branch: { kind: 'result', result: 'DoneLooping' }, reason: `done after ${count} loop(s); the count resets`, counters: { [key]: 0 } };
}, { routesByResult: true, results: ['ContinueLooping', 'DoneLooping'], errors: (action) => (isConstantCount(action) ? [] : ['NoMatchingError']) });

/** A LoopCount written as a whole number from 0 to 100: its Error branch cannot be taken. */
function isConstantCount(action: Parameters<typeof loop>[0]): boolean {
  const raw = param(action, 'LoopCount');
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || text.includes('$')) return false;
  const count = Number(text);
  return text.trim() !== '' && Number.isInteger(count) && count >= 0 && count <= MAX_LOOPS;
}
