// CreateCustomerProfile → CreateProfile: the flattened ProfileRequestData names mapped back to the
// API shape (ShippingCity → ShippingAddress.City, Attributes.x → Attributes.x); $.Customer.ProfileId
// set to the new profile (devguide interactions-createcustomerprofile). Errors: NoMatchingError only.
import type { BlockHandler } from '../runtime/outcome.js';
import { profileFieldsFromFlow } from '../store/profile.js';
import { apiFailure, profileError, resolveRequest, unavailable } from './profile-request.js';
import { profileSuccess, responseFields } from './profile-response.js';

const PROFILE_COUNTER = 'ids:profile';
/** The most ids already in the store one create steps over; then the store reports the clash. */
const MAX_TAKEN_IDS = 10_000;

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
  let next = context.state.counters[PROFILE_COUNTER] ?? 0;
  try {
    // A seeded run chooses the id: the next of its ids that no profile of the store has yet (a --store
    // kept from an earlier run with the same seed holds the first ones already).
    let seeded = {};
    if (ids) {
      const taken = (id: string): boolean => store.searchProfiles({ KeyName: '_profileId', Values: [id] }).Items.length > 0;
      for (let tries = 0; tries < MAX_TAKEN_IDS && taken(ids('profile', next)); tries++) next++;
      seeded = { ProfileId: ids('profile', next) };
    }
    const { ProfileId } = store.createProfile({ ...profileFieldsFromFlow(given), ...seeded });
    profile = store.getProfile({ ProfileId });
  } catch (error) {
    return apiFailure(error);
  }
  const left = skipped.length ? ` (empty, left out: ${skipped.join(', ')})` : '';
  const outcome = profileSuccess(contact, context, profile, responseFields(action), `created profile ${profile.ProfileId}${left}`);
  return ids ? { ...outcome, counters: { ...outcome.counters, [PROFILE_COUNTER]: next + 1 } } : outcome;
};
