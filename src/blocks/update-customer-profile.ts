// UpdateCustomerProfile → UpdateProfile on the profile in $.Customer.ProfileId, found or created
// earlier in the flow: there is no ProfileId parameter (devguide interactions-updatecustomerprofile).
// UpdateProfile: an empty string removes a value, an absent field keeps it. Errors: NoMatchingError.
import type { BlockHandler } from '../runtime/outcome.js';
import { profileFieldsFromFlow } from '../store/profile.js';
import { apiFailure, profileError, resolveRequest, unavailable } from './profile-request.js';
import { profileSuccess, responseFields } from './profile-response.js';

export const updateCustomerProfile: BlockHandler = (action, contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const ProfileId = contact.Customer.ProfileId;
  if (!ProfileId) return profileError('$.Customer.ProfileId is not set: use a Get or Create profile block before Update');
  const request = resolveRequest(action, contact);
  if (request.problem) return profileError(request.problem);
  const { store } = context.deps.profiles;
  let profile;
  try {
    store.updateProfile({ ProfileId, ...profileFieldsFromFlow(request.values) });
    profile = store.getProfile({ ProfileId });
  } catch (error) {
    return apiFailure(error);
  }
  const names = Object.keys(request.values);
  const removed = names.filter((name) => request.values[name] === '');
  const set = names.filter((name) => request.values[name] !== '');
  const parts = [set.length ? `set ${set.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')} (empty value)` : ''];
  const summary = parts.filter(Boolean).join('; ') || 'no fields';
  return profileSuccess(contact, context, profile, responseFields(action), `updated profile ${ProfileId}: ${summary}`);
};
