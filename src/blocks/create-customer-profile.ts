// CreateCustomerProfile → CreateProfile: the flattened ProfileRequestData names mapped back to the
// API shape (ShippingCity → ShippingAddress.City, Attributes.x → Attributes.x); $.Customer.ProfileId
// set to the new profile (devguide interactions-createcustomerprofile). Errors: NoMatchingError only.
import type { BlockHandler } from '../runtime/outcome.js';
import { profileFieldsFromFlow } from '../store/profile.js';
import { apiFailure, profileError, resolveRequest, unavailable } from './profile-request.js';
import { profileSuccess, responseFields } from './profile-response.js';

const PROFILE_COUNTER = 'ids:profile';

export const createCustomerProfile: BlockHandler = (action, contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const request = resolveRequest(action, contact);
  if (request.problem) return profileError(request.problem);
  // CreateProfile values are 1..255 characters: an empty value (an unresolved reference) is left out.
  const given = Object.fromEntries(Object.entries(request.values).filter(([, value]) => value !== ''));
  const skipped = Object.keys(request.values).filter((name) => request.values[name] === '');
  const { store } = context.deps.profiles;
  const ids = context.deps.ids;
  let profile;
  try {
    // A seeded run chooses the id: the n-th profile this run creates.
    const seeded = ids ? { ProfileId: ids('profile', context.state.counters[PROFILE_COUNTER] ?? 0) } : {};
    const { ProfileId } = store.createProfile({ ...profileFieldsFromFlow(given), ...seeded });
    profile = store.getProfile({ ProfileId });
  } catch (error) {
    return apiFailure(error);
  }
  const left = skipped.length ? ` (empty, left out: ${skipped.join(', ')})` : '';
  const outcome = profileSuccess(contact, context, profile, responseFields(action), `created profile ${profile.ProfileId}${left}`);
  return ids ? { ...outcome, counters: { ...outcome.counters, [PROFILE_COUNTER]: (context.state.counters[PROFILE_COUNTER] ?? 0) + 1 } } : outcome;
};
