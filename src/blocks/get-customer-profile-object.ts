// GetCustomerProfileObject: a profile object (Asset, Order, Case) of $.Customer's profile, read as
// $.Customer.<ObjectType>.<Field>; NoneFoundError when there is none (devguide flow language index;
// admin guide, Customer profiles block). cfsim's store keeps no profile objects: NoneFoundError,
// unless mocks.results routes another error.
import type { BlockHandler } from '../runtime/outcome.js';
import { outsideCall } from './outside-call.js';
import { profileError, unavailable } from './profile-request.js';

export const getCustomerProfileObject: BlockHandler = (action, _contact, context) => {
  const blocked = unavailable(action, context);
  if (blocked) return blocked;
  const call = outsideCall(action, context);
  return call.failed ?? profileError('cfsim keeps no profile objects (assets, orders, cases)', 'NoneFoundError');
};
