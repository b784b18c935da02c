// Listing a domain's profiles a page at a time, in the order they were created (`cfsim profiles list`).
// Not an API operation (Customer Profiles lists profiles only through SearchProfiles): it pages as
// SearchProfiles does, MaxResults 1..100 (20 when absent) and a NextToken good while the domain does
// not change.
import type { Profile } from './profile.js';
import { requireDomain, type StoreContext } from './sqlite-context.js';
import { decodeToken, encodeToken, searchFingerprint } from './search-token.js';
import type { ListProfilesRequest, ListProfilesResponse } from './types.js';
import { badRequest, checkInteger, checkString, describe, isRecord } from './validate.js';

const DEFAULT_MAX_RESULTS = 20;

export function listProfiles(context: StoreContext, request: ListProfilesRequest): ListProfilesResponse {
  if (!isRecord(request)) throw badRequest(`ListProfiles request must be an object (got ${describe(request)})`);
  const domain = requireDomain(context, request.DomainName);
  const maxResults = request.MaxResults === undefined ? DEFAULT_MAX_RESULTS : checkInteger('MaxResults', request.MaxResults, { min: 1, max: 100 });
  const fingerprint = searchFingerprint(JSON.stringify(['list', domain.name]));
  const after = request.NextToken === undefined
    ? 0
    : decodeToken(checkString('NextToken', request.NextToken, { min: 1, max: 1024 }), { state: domain.state, fingerprint });
  const rows = context.sql.profilesAfter.all(domain.domain_id, after, maxResults + 1);
  const page = rows.slice(0, maxResults);
  const Items = page.map(([, body]) => JSON.parse(body) as Profile);
  const last = page[page.length - 1];
  if (rows.length <= maxResults || last === undefined) return { Items };
  return { Items, NextToken: encodeToken({ state: domain.state, fingerprint, after: last[0] }) };
}
