// AssociateContactToCustomerProfile → AddProfileKey: the contact id becomes a `_ctrContactId` key of
// the profile, so a later search by that key finds it (devguide
// interactions-associatecontacttocustomerprofile; API AddProfileKey). No $.Customer change.
import { NEXT, type BlockHandler } from '../runtime/outcome.js';
import { apiFailure, profileError, resolveRequest, unavailable } from './profile-request.js';

export const CONTACT_ID_KEY = '_ctrContactId';

export const associateContactToCustomerProfile: BlockHandler = (action, contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const request = resolveRequest(action, contact);
  if (request.problem) return profileError(request.problem);
  const ProfileId = request.values.ProfileId ?? '';
  const ContactId = request.values.ContactId ?? '';
  // "A ProfileId and ContactId must be present."
  if (!ProfileId) return profileError('ProfileId is empty: use a Get or Create profile block first ($.Customer.ProfileId)');
  if (!ContactId) return profileError('ContactId is empty');
  try {
    context.deps.profiles.store.addProfileKey({ ProfileId, KeyName: CONTACT_ID_KEY, Values: [ContactId] });
  } catch (error) {
    return apiFailure(error);
  }
  return { branch: NEXT, reason: `profile ${ProfileId} now has ${CONTACT_ID_KEY} = ${ContactId}` };
};
