// GetCustomerProfile → SearchProfiles: one match Success ($.Customer filled), several
// MultipleFoundError, none NoneFoundError (devguide interactions-getcustomerprofile; the older page
// for the PhoneNumber / EmailAddress form). Two results are enough to tell one from many.
import type { FlowAction } from '../flow/types.js';
import type { ContactData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';
import { type BlockContext, type BlockHandler, type Outcome, withBranches } from '../runtime/outcome.js';
import type { LogicalOperator, SearchKey } from '../store/types.js';
import { apiFailure, checkLength, profileError, requestData, unavailable } from './profile-request.js';
import { profileSuccess, responseFields } from './profile-response.js';

interface Criterion {
  readonly name: unknown;
  readonly value: unknown;
}

interface SearchForm {
  readonly criteria: readonly Criterion[];
  readonly operator: LogicalOperator;
}

// SearchProfiles takes 1 to 5 key/value pairs (KeyName plus at most 4 AdditionalSearchKeys).
const MAX_KEYS = 5;

export const getCustomerProfile: BlockHandler = withBranches((action, contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const form = searchForm(requestData(action));
  if (!form) return profileError('ProfileRequestData names no search key (IdentifierName, SearchCriteria, PhoneNumber or EmailAddress)');
  if (form.criteria.length > MAX_KEYS) return profileError(`${form.criteria.length} search keys; SearchProfiles takes at most ${MAX_KEYS}`);
  const keys = resolveKeys(form.criteria, contact);
  if (typeof keys === 'string') return profileError(keys);
  return search(action, contact, context, keys, form.operator);
}, { errors: ['NoneFoundError', 'MultipleFoundError'] });

/** The three request forms: IdentifierName/IdentifierValue, SearchCriteria, and the older PhoneNumber/EmailAddress. */
function searchForm(request: Readonly<Record<string, unknown>>): SearchForm | undefined {
  if (request.IdentifierName !== undefined) {
    // The AWS page spells the value "IdentiferValue" in the single form: accept both.
    return { criteria: [{ name: request.IdentifierName, value: request.IdentifierValue ?? request.IdentiferValue }], operator: 'OR' };
  }
  if (Array.isArray(request.SearchCriteria)) {
    const criteria = request.SearchCriteria.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null).map(
      (item) => ({ name: item.IdentifierName, value: item.IdentifierValue ?? item.IdentiferValue }),
    );
    // The flow requires LogicalOperator with SearchCriteria; SearchProfiles defaults to OR.
    return criteria.length ? { criteria, operator: request.LogicalOperator === 'AND' ? 'AND' : 'OR' } : undefined;
  }
  const legacy: Criterion[] = [];
  if (request.PhoneNumber !== undefined) legacy.push({ name: '_phone', value: request.PhoneNumber });
  if (request.EmailAddress !== undefined) legacy.push({ name: '_email', value: request.EmailAddress });
  // Both keys in the older form: cfsim searches either (SearchProfiles' default OR); the page does not say.
  return legacy.length ? { criteria: legacy, operator: 'OR' } : undefined;
}

/** Resolved search keys, or why the request is not valid (Error). */
function resolveKeys(criteria: readonly Criterion[], contact: ContactData): SearchKey[] | string {
  const keys: SearchKey[] = [];
  for (const criterion of criteria) {
    const name = resolveText(criterion.name, contact);
    const value = resolveText(criterion.value, contact);
    if (name === '') return 'a search criterion has no IdentifierName';
    // SearchProfiles values are 1..255 characters: an unresolved reference is an invalid request.
    if (value === '') return `the value for ${name} is empty${describeSource(criterion.value)}`;
    const tooLong = checkLength(name, value);
    if (tooLong) return tooLong;
    keys.push({ KeyName: name, Values: [value] });
  }
  return keys;
}

function describeSource(raw: unknown): string {
  return typeof raw === 'string' && raw.includes('$') ? ` (${raw} did not resolve)` : '';
}

function search(action: FlowAction, contact: ContactData, context: BlockContext, keys: readonly SearchKey[], operator: LogicalOperator): Outcome {
  const [first, ...rest] = keys as [SearchKey, ...SearchKey[]];
  const described = keys.map((key) => `${key.KeyName} = ${key.Values[0] ?? ''}`).join(` ${operator} `);
  let items;
  try {
    items = context.deps.profiles.store.searchProfiles({
      KeyName: first.KeyName,
      Values: first.Values,
      ...(rest.length ? { AdditionalSearchKeys: rest, LogicalOperator: operator } : {}),
      MaxResults: 2,
    }).Items;
  } catch (error) {
    return apiFailure(error);
  }
  const [profile, second] = items;
  if (!profile) return profileError(`no profile has ${described}`, 'NoneFoundError');
  if (second) return profileError(`more than one profile has ${described}`, 'MultipleFoundError');
  return profileSuccess(contact, context, profile, responseFields(action), `profile ${profile.ProfileId} has ${described}`);
}
