// FLOW012: a branch a run may need. An error with no transition of its own takes NoMatchingError
// ("invoked when an error occurs and no other Error matches", APIReference flow-language-actions.html);
// with neither, the run stops (src/runtime/route.ts). The errors a type can take are the ErrorTypes its
// page documents (schemas/actions/, generated into DOCUMENTED_ERRORS); NoMatchingCondition only where
// the action has Conditions to miss. Customer Profiles types have their own check (CP006).
import type { FlowAction } from '../../flow/types.js';
import { DOCUMENTED_ERRORS } from '../../generated/action-errors.js';
import { actionPath, CUSTOMER_PROFILES_TYPES, nameOf, report, type Check } from './context.js';

/**
 * Error branches the console does not draw for a type, so that real exports go without them: the
 * reference flows (test/fixtures/reference-flows) have Loop, Play prompt (MessageParticipant), the
 * iterative Play prompt and Set voice blocks with no Error branch, as the console saved them. A
 * warning there would not be true; the run still stops if a mock makes such a block fail.
 */
const BRANCHES_THE_CONSOLE_OMITS: Readonly<Record<string, readonly string[]>> = {
  Loop: ['NoMatchingError'],
  MessageParticipant: ['NoMatchingError'],
  MessageParticipantIteratively: ['NoMatchingError'],
  UpdateContactTextToSpeechVoice: ['NoMatchingError'],
};

export const errorBranchesPresent: Check = (context) =>
  context.flow.Actions.flatMap((action) => {
    const missing = missingBranches(action);
    if (!missing.length) return [];
    const fix = missing.length === 1 && missing[0] === 'NoMatchingCondition'
      ? 'add {ErrorType: NoMatchingCondition, NextAction: <an action>} to Transitions.Errors (the "No match" branch)'
      : 'add {ErrorType: NoMatchingError, NextAction: <an action>} to Transitions.Errors (the "Error" branch), or a branch for each error';
    return [report(context, {
      code: 'FLOW012', atKey: true, path: actionPath(context, action, 'Transitions'),
      message: `${nameOf(action)}: ${action.Type} can take ${missing.join(', ')}, which has no transition and no NoMatchingError to fall back to; a run that takes it stops there`,
      fix,
    })];
  });

/** The documented error branches of an action that neither it nor NoMatchingError routes. */
export function missingBranches(action: FlowAction): string[] {
  if (CUSTOMER_PROFILES_TYPES.has(action.Type) || !Object.hasOwn(DOCUMENTED_ERRORS, action.Type)) return [];
  const transitions = action.Transitions;
  // No Transitions at all is FLOW010's; a malformed one is the schema's.
  if (typeof transitions !== 'object' || transitions === null || Array.isArray(transitions)) return [];
  const errors: unknown = transitions.Errors ?? [];
  if (!Array.isArray(errors)) return [];
  const routed = new Set<string>();
  for (const error of errors) {
    // An entry without its ErrorType (a misspelled key) is reported by the schema: do not guess what it meant.
    if (typeof error !== 'object' || error === null || typeof (error as { ErrorType?: unknown }).ErrorType !== 'string') return [];
    routed.add((error as { ErrorType: string }).ErrorType);
  }
  if (routed.has('NoMatchingError')) return [];
  const conditions: unknown = transitions.Conditions;
  const hasConditions = Array.isArray(conditions) && conditions.length > 0;
  const omitted = BRANCHES_THE_CONSOLE_OMITS[action.Type] ?? [];
  return (DOCUMENTED_ERRORS[action.Type] ?? []).filter(
    (errorType) => !routed.has(errorType) && !omitted.includes(errorType) && (errorType !== 'NoMatchingCondition' || hasConditions),
  );
}
