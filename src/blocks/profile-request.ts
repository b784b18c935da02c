// What every Customer Profiles block checks before it calls the API, and how API failures route.
// The admin guide's "Customer profiles" block, Configuration tips: Error when Customer Profiles is
// not enabled, a request value is over 255 characters, the request is throttled, or the service
// has availability issues. Every ErrorType but MultipleFound/NoneFound is NoMatchingError.
import type { FlowAction } from '../flow/types.js';
import { resolveText } from '../runtime/jsonpath.js';
import type { ContactData } from '../runtime/contact.js';
import { errorBranch, type BlockContext, type Outcome } from '../runtime/outcome.js';
import { ProfilesApiError } from '../store/types.js';
import { namedValues, param } from './common.js';

export const MAX_REQUEST_VALUE = 255;

export function profileError(reason: string, errorType = 'NoMatchingError'): Outcome {
  return { branch: errorBranch(errorType), reason: `${errorType}: ${reason}` };
}

/** Error before any call: not enabled, or a fault injected for this block (or "*"). */
export function unavailable(action: FlowAction, context: BlockContext): Outcome | undefined {
  const { enabled, faults } = context.deps.profiles;
  if (!enabled) return profileError('Customer Profiles is not enabled for the instance (profiles fixture: enabled: false)');
  const fault = faults[action.Identifier] ?? faults['*'];
  if (fault === 'Throttled') return profileError('the Customer Profiles API request was throttled (fault injected)');
  if (fault === 'Unavailable') return profileError('Customer Profiles is having availability issues (fault injected)');
  return undefined;
}

/** A failure the API would report routes to Error; anything else is a bug and propagates. */
export function apiFailure(error: unknown): Outcome {
  if (error instanceof ProfilesApiError) return profileError(`${error.code}: ${error.message}`);
  throw error;
}

/** ProfileRequestData with every value resolved; a value over 255 characters is a reason for Error. */
export interface ResolvedRequest {
  readonly values: Readonly<Record<string, string>>;
  readonly problem?: string;
}

export function requestData(action: FlowAction): Readonly<Record<string, unknown>> {
  const data = param(action, 'ProfileRequestData');
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export function resolveRequest(action: FlowAction, contact: ContactData): ResolvedRequest {
  const values = namedValues<string>();
  for (const [name, raw] of Object.entries(requestData(action))) {
    if (typeof raw === 'object' && raw !== null) continue; // SearchCriteria and other structures: read by the block
    const value = resolveText(raw, contact);
    const problem = checkLength(name, value);
    if (problem) return { values, problem };
    values[name] = value;
  }
  return { values };
}

export function checkLength(name: string, value: string): string | undefined {
  return value.length > MAX_REQUEST_VALUE
    ? `the request value for ${name} is ${value.length} characters long; Customer Profiles allows at most ${MAX_REQUEST_VALUE}`
    : undefined;
}
