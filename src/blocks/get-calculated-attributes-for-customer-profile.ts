// GetCalculatedAttributesForCustomerProfile: calculated attributes of a profile, read as
// $.Customer.CalculatedAttributes.<name>; NoneFoundError when there are none (devguide flow language
// index). cfsim's store computes none: NoneFoundError, unless mocks.results routes another error.
import type { BlockHandler } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';
import { profileError, unavailable } from './profile-request.js';

export const getCalculatedAttributesForCustomerProfile: BlockHandler = (action, _contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const call = outsideCall(action, context);
  return call.failed ?? profileError('cfsim computes no calculated attributes', 'NoneFoundError');
};
