// How a profile lands in $.Customer: ProfileId, ProfileARN and each ProfileResponseData field
// under its flattened name ("City" from Address.City, "Attributes.tier"), the contact's values
// limited to 14,000 characters for the whole flow (admin guide, Customer profiles block).
import type { FlowAction } from '../flow/types.js';
import type { ContactData, StringMap } from '../runtime/contact.js';
import { NEXT, type BlockContext, type Outcome } from '../runtime/outcome.js';
import { locateFlowField, readFlowField, type Profile } from '../store/profile.js';
import { namedValues, param } from './common.js';
import { profileError } from './profile-request.js';

export const CUSTOMER_VALUES_LIMIT = 14_000;

/** ProfileResponseData: a list of names in exports; the doc's braces form is read by its keys. */
export function responseFields(action: FlowAction): readonly string[] {
  const data = param(action, 'ProfileResponseData');
  if (Array.isArray(data)) return data.filter((name): name is string => typeof name === 'string');
  if (typeof data === 'object' && data !== null) return Object.keys(data);
  return [];
}

/** Fake but documented-looking: `arn:aws:profile:<region>:<account>:domains/<domain>/profiles/<id>`. */
export function profileArn(region: string, accountId: string, domain: string, profileId: string): string {
  return `arn:aws:profile:${region}:${accountId}:domains/${domain}/profiles/${profileId}`;
}

export type CustomerUpdate =
  | { readonly ok: true; readonly customer: StringMap }
  | { readonly ok: false; readonly total: number };

/**
 * $.Customer after a profile response. A requested field the profile lacks is removed, so an
 * earlier profile's value never mixes in; fields not requested are kept.
 */
export function customerWith(
  contact: ContactData,
  profile: Profile,
  fields: readonly string[],
  identity: { readonly ProfileId: string; readonly ProfileARN: string },
): CustomerUpdate {
  const customer = namedValues<string>(contact.Customer, identity);
  for (const name of fields) {
    const location = locateFlowField(name);
    const value = location ? readFlowField(profile, location) : undefined;
    if (value === undefined || value === '') delete customer[name];
    else customer[name] = value;
  }
  const total = customerCharacters(customer);
  return total > CUSTOMER_VALUES_LIMIT ? { ok: false, total } : { ok: true, customer };
}

function customerCharacters(customer: StringMap): number {
  let total = 0;
  for (const value of Object.values(customer)) total += value.length;
  return total;
}

export function overLimitReason(total: number): string {
  return `the profile values in the contact would total ${total} characters; Customer Profiles allows ${CUSTOMER_VALUES_LIMIT} for the whole flow`;
}

/** The Success outcome of a profile block: $.Customer filled, or Error past the 14,000-character limit. */
export function profileSuccess(
  contact: ContactData,
  context: BlockContext,
  profile: Profile,
  fields: readonly string[],
  reason: string,
): Outcome {
  const { store, accountId } = context.deps.profiles;
  const ProfileARN = profileArn(contact.AwsRegion, accountId, store.defaultDomain, profile.ProfileId);
  const update = customerWith(contact, profile, fields, { ProfileId: profile.ProfileId, ProfileARN });
  if (!update.ok) return profileError(overLimitReason(update.total));
  return { branch: NEXT, reason, contact: { ...contact, Customer: update.customer } };
}
