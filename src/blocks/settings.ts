// Blocks that only change how Amazon Connect treats the contact: cfsim records their parameters in
// the trace (and the run's settings) and takes NextAction. Pages: devguide contact-actions-* and
// flow-control-actions-* for each type below.
import type { FlowAction } from '../flow/types.js';
import type { BlockHandler } from '../runtime/outcome.js';
import { recordSettings } from './common.js';

/** Records the parameter `name` when it is the only one, else all the parameters under `name`. */
function record(name: string): BlockHandler {
  return (action: FlowAction) => {
    const parameters = action.Parameters ?? {};
    const keys = Object.keys(parameters);
    return recordSettings({ [name]: keys.length === 1 && keys[0] === name ? parameters[name] : parameters });
  };
}

/** UpdateFlowLoggingBehavior: flow logs on or off for the rest of the contact. */
export const updateFlowLoggingBehavior: BlockHandler = (action) => recordSettings({ FlowLoggingBehavior: action.Parameters?.FlowLoggingBehavior });
/** UpdateContactRecordingBehavior: which participants are recorded, Contact Lens analytics. */
export const updateContactRecordingBehavior = record('RecordingBehavior');
/** UpdateContactRecordingAndAnalyticsBehavior: the newer per-channel recording and analytics settings. */
export const updateContactRecordingAndAnalyticsBehavior = record('RecordingAndAnalyticsBehavior');
/** UpdateContactEventHooks: the flows run on contact events (customer queue, hold, whisper ...). */
/** EventHooksConfiguration (written by the console, not on the page) can switch a hook off: {DisableExecution}. */
export const updateContactEventHooks: BlockHandler = (action) => {
  const hooks = (action.Parameters?.EventHooks ?? {}) as Readonly<Record<string, unknown>>;
  const configuration = (action.Parameters?.EventHooksConfiguration ?? {}) as Readonly<Record<string, unknown>>;
  return recordSettings({
    ...Object.fromEntries(Object.entries(hooks).map(([event, flow]) => [`EventHooks.${event}`, flow])),
    ...Object.fromEntries(Object.entries(configuration).map(([event, options]) => [`EventHooksConfiguration.${event}`, options])),
  });
};
/** UpdateContactRoutingBehavior: queue priority or time adjustment. */
export const updateContactRoutingBehavior = record('RoutingBehavior');
/** UpdateRoutingCriteria: step-based routing criteria. */
export const updateRoutingCriteria = record('RoutingCriteria');
/** UpdateContactMediaStreamingBehavior: live media streaming on or off. */
export const updateContactMediaStreamingBehavior = record('MediaStreamingBehavior');
/** UpdateContactMediaProcessing: a Lambda processor for chat messages. */
export const updateContactMediaProcessing = record('MediaProcessing');
/** TagContact: user-defined tags on the contact. */
export const tagContact = record('Tags');
/** UnTagContact: removes user-defined tags. */
export const unTagContact = record('TagKeys');
/** UpdatePreviousContactParticipantState: puts the previous participants on or off hold. */
export const updatePreviousContactParticipantState = record('PreviousContactParticipantState');
/** ResumeContact: resumes a paused contact. */
export const resumeContact = record('ResumeContact');
