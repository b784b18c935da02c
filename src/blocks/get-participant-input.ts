// GetParticipantInput ("Get/Store customer input"): plays its prompt and takes the customer's next
// DTMF input (APIReference participant-actions-getparticipantinput). Voice only: other channels take
// Error (admin guide, Get customer input without Lex). StoreInput False: the first digit is the result
// for Equals conditions; no input → InputTimeLimitExceeded. StoreInput True: the digits go to
// $.StoredCustomerInput and the block takes NextAction; with no input the value is "Timeout" and the
// branch is still Success (admin guide, Store customer input). Stored digits end at the termination
// sequence, which is not stored: "#" unless DTMFConfiguration.InputTerminationSequence gives one.
import type { FlowAction } from '../flow/types.js';
import type { ContactData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';
import { errorBranch, NEXT, type BlockHandler, type Outcome, type Prompt, withBranches } from '../runtime/outcome.js';
import { actionPrompt, isTrue, param, promptTooLong, recordParam } from './common.js';
import { validatePhoneInput } from './phone-input.js';

// Store customer input's default terminating keypress; the flow language lets DTMFConfiguration set up to five digits.
const DEFAULT_TERMINATION = '#';

export const getParticipantInput: BlockHandler = withBranches((action, contact, { deps, state }) => {
  const prompt = actionPrompt(action, contact);
  const tooLong = promptTooLong([prompt]);
  if (tooLong) return tooLong;
  const prompts = prompt ? [prompt] : [];
  if (contact.Channel !== 'VOICE') {
    return { branch: errorBranch('NoMatchingError'), prompts, reason: `NoMatchingError: customer input (DTMF) needs a VOICE contact, not ${contact.Channel}; use a Lex bot for chat` };
  }
  const answer = deps.input.next({ identifier: action.Identifier, ...(prompt ? { prompt: prompt.text } : {}) }, state);
  const timeLimit = Number(resolveText(param(action, 'InputTimeLimitSeconds') ?? param(action, 'InputTimeoutSeconds'), contact)) || 5;
  const input = { value: answer };
  if (isTrue(param(action, 'StoreInput'))) return storeInput(action, contact, answer, { prompts, input }, timeLimit);
  if (answer === null || answer === '') {
    return { prompts, input, branch: errorBranch('InputTimeLimitExceeded'), reason: `InputTimeLimitExceeded: no input within ${timeLimit} s`, elapsedSeconds: timeLimit };
  }
  // "Get customer input" takes single digits (0-9, *, #): the first key pressed is the result.
  const digit = answer.slice(0, 1);
  return { prompts, input, branch: { kind: 'result', result: digit }, reason: `pressed ${digit}` };
}, {
  routesByResult: (action) => !isTrue(param(action, 'StoreInput')),
  results: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'],
  errors: ['InputTimeLimitExceeded', 'InvalidPhoneNumber', 'NoMatchingError'],
});

function storeInput(
  action: FlowAction,
  contact: ContactData,
  answer: string | null,
  { prompts, input }: { readonly prompts: readonly Prompt[]; readonly input: { readonly value: string | null } },
  timeLimit: number,
): Outcome {
  if (answer === null || answer === '') {
    return { prompts, input, branch: NEXT, contact: { ...contact, StoredCustomerInput: 'Timeout' }, reason: `no input within ${timeLimit} s: $.StoredCustomerInput is "Timeout"`, elapsedSeconds: timeLimit };
  }
  const { digits, ended } = untilTermination(action, contact, answer);
  const validation = recordParam(action, 'InputValidation');
  const phone = validation.PhoneNumberValidation;
  if (typeof phone === 'object' && phone !== null) {
    const checked = validatePhoneInput(digits, phone as Record<string, unknown>);
    if (!checked.valid) return { prompts, input, branch: errorBranch('InvalidPhoneNumber'), reason: `InvalidPhoneNumber: ${checked.reason}` };
    return { prompts, input, branch: NEXT, contact: { ...contact, StoredCustomerInput: checked.number }, reason: `stored ${checked.number}${ended}` };
  }
  const custom = validation.CustomValidation as { MaximumLength?: unknown } | undefined;
  const maximum = Number(resolveText(custom?.MaximumLength, contact));
  const value = Number.isInteger(maximum) && maximum > 0 ? digits.slice(0, maximum) : digits;
  const cut = value.length < digits.length ? ` (MaximumLength ${maximum})` : '';
  const encrypted = param(action, 'InputEncryption') !== undefined ? ' (Amazon Connect would store it encrypted)' : '';
  return { prompts, input, branch: NEXT, contact: { ...contact, StoredCustomerInput: value }, reason: `stored ${JSON.stringify(value)}${ended}${cut}${encrypted}` };
}

/** The keys before the termination sequence (keys after it are never read), and a note for the trace when it ended the input. */
function untilTermination(action: FlowAction, contact: ContactData, answer: string): { readonly digits: string; readonly ended: string } {
  const dtmf = recordParam(action, 'DTMFConfiguration');
  const sequence = resolveText(dtmf.InputTerminationSequence, contact) || DEFAULT_TERMINATION;
  const at = answer.indexOf(sequence);
  return at < 0 ? { digits: answer, ended: '' } : { digits: answer.slice(0, at), ended: ` (input ended at ${JSON.stringify(sequence)})` };
}
