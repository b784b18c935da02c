// SearchProfiles semantics, independent of the storage engine (seed 004, SearchProfiles doc):
// KeyName + Values and up to 4 AdditionalSearchKeys (5 pairs); several Values mean any of them;
// AND keeps profiles matching every pair, OR (the default) those matching at least one;
// FoundByItems: AND → all requested pairs, OR → each pair the profile was found by (with the values
// that found it); MaxResults 1..100, default 20; NextToken pages in a stable order (store sequence).
import type { Profile } from './profile.js';
import { PROFILE_ID_KEY, type KeyNormalizer } from './search-keys.js';
import { decodeToken, encodeToken, searchFingerprint } from './search-token.js';
import {
  ProfilesApiError,
  type FoundProfile, type LogicalOperator, type SearchKey, type SearchProfilesRequest, type SearchProfilesResponse,
} from './types.js';
import { badRequest, checkEnum, checkInteger, checkName, checkString, checkValues, describe, isRecord } from './validate.js';

/** What a store gives the search: index lookups, never a scan. */
export interface SearchIndex {
  /** The domain's state (it changes with every write in the domain); undefined if there is no such domain. */
  domainState(domain: string): string | undefined;
  /** Ascending sequence numbers (> after, at most limit; -1 = no limit) of profiles indexed under key = value. */
  lookup(domain: string, keyName: string, value: string, after: number, limit: number): readonly number[];
  /** lookup (limit at most 101) with the profiles: sequence number and profile, ascending. */
  lookupProfiles(domain: string, keyName: string, value: string, after: number, limit: number): readonly (readonly [number, Profile])[];
  /** _profileId: the sequence number of the profile with this id, if any (and > after). */
  lookupProfileId(domain: string, profileId: string, after: number): readonly number[];
  /** The profiles with these sequence numbers, in the same order (undefined where an index row outlived its profile). */
  load(seqs: readonly number[]): readonly (Profile | undefined)[];
}

interface PlannedPair {
  readonly KeyName: string;
  /** The request's values, without repeats. */
  readonly Values: readonly string[];
  /** Each value's normalized form, in the same order. */
  readonly normalized: readonly string[];
}

interface SearchPlan {
  readonly domain: string;
  readonly pairs: readonly PlannedPair[];
  readonly operator: LogicalOperator;
  readonly maxResults: number;
  readonly nextToken: string | undefined;
}

const DEFAULT_MAX_RESULTS = 20;

export function planSearch(request: SearchProfilesRequest, defaultDomain: string, normalize: KeyNormalizer): SearchPlan {
  if (!isRecord(request)) throw badRequest(`SearchProfiles request must be an object (got ${describe(request)})`);
  const domain = request.DomainName === undefined ? defaultDomain : checkName('DomainName', request.DomainName);
  const keys: SearchKey[] = [{ KeyName: request.KeyName, Values: request.Values }];
  if (request.AdditionalSearchKeys !== undefined) {
    const additional: unknown = request.AdditionalSearchKeys;
    if (!Array.isArray(additional) || additional.length < 1 || additional.length > 4) {
      throw badRequest(`AdditionalSearchKeys must be a list of 1 to 4 keys (5 key/value pairs in all), got ${Array.isArray(additional) ? additional.length : describe(additional)}`);
    }
    keys.push(...(additional as SearchKey[]));
  }
  const pairs = keys.map((key, index) => planPair(key, index === 0 ? '' : `AdditionalSearchKeys[${index - 1}].`, normalize));
  return {
    domain,
    pairs,
    operator: request.LogicalOperator === undefined ? 'OR' : checkEnum('LogicalOperator', request.LogicalOperator, ['AND', 'OR'] as const),
    maxResults: request.MaxResults === undefined ? DEFAULT_MAX_RESULTS : checkInteger('MaxResults', request.MaxResults, { min: 1, max: 100 }),
    nextToken: request.NextToken === undefined ? undefined : checkString('NextToken', request.NextToken, { min: 1, max: 1024 }),
  };
}

function planPair(key: unknown, prefix: string, normalize: KeyNormalizer): PlannedPair {
  if (!isRecord(key)) throw badRequest(`${prefix || 'AdditionalSearchKeys item '}must be an object with KeyName and Values`);
  const KeyName = checkName(`${prefix}KeyName`, key.KeyName);
  const Values = [...new Set(checkValues(`${prefix}Values`, key.Values))];
  return { KeyName, Values, normalized: Values.map((value) => normalize(KeyName, value)) };
}

/** For each matching profile: per pair, the request values that matched it (undefined: none). */
type Matches = Map<number, (string[] | undefined)[]>;

export function searchProfiles(plan: SearchPlan, index: SearchIndex): SearchProfilesResponse {
  // The domain's state is read only when needed: for a NextToken, or when nothing matched (does it exist?).
  let state: string | undefined;
  let after = 0;
  if (plan.nextToken !== undefined) {
    state = requireState(plan, index);
    after = decodeToken(plan.nextToken, { state, fingerprint: fingerprintOf(plan) });
  }
  const loaded = new Map<number, Profile>();
  const matches = isSingleLookup(plan) ? findOne(plan, index, after, loaded) : findMatches(plan, index, after);
  if (matches.size === 0) requireState(plan, index);
  const seqs = [...matches.keys()].sort((a, b) => a - b);
  const page = seqs.slice(0, plan.maxResults);
  const missing = page.filter((seq) => !loaded.has(seq));
  index.load(missing).forEach((profile, at) => profile && loaded.set(missing[at] ?? -1, profile));
  // An index row whose profile is gone (a store damaged before `cfsim profiles check`) finds nothing.
  const Items = page.filter((seq) => loaded.has(seq)).map((seq): FoundProfile => ({
    ...(loaded.get(seq) as Profile), // every seq of the page was loaded above
    FoundByItems: foundBy(plan, matches.get(seq) ?? []),
  }));
  const last = page[page.length - 1];
  if (seqs.length <= plan.maxResults || last === undefined) return { Items };
  state ??= requireState(plan, index);
  return { Items, NextToken: encodeToken({ state, fingerprint: fingerprintOf(plan), after: last }) };
}

function requireState(plan: SearchPlan, index: SearchIndex): string {
  const state = index.domainState(plan.domain);
  if (state === undefined) throw new ProfilesApiError('ResourceNotFoundException', `Domain ${plan.domain} not found`);
  return state;
}

/** One key and one value, the usual GetCustomerProfile search: the lookup returns the profiles too. */
function isSingleLookup(plan: SearchPlan): boolean {
  const [pair, ...others] = plan.pairs;
  return others.length === 0 && pair?.Values.length === 1 && pair.KeyName !== PROFILE_ID_KEY;
}

function findOne(plan: SearchPlan, index: SearchIndex, after: number, loaded: Map<number, Profile>): Matches {
  const matches: Matches = new Map();
  const [pair] = plan.pairs;
  const [value] = pair?.Values ?? [];
  const [normalized] = pair?.normalized ?? [];
  if (!pair || value === undefined || normalized === undefined) return matches;
  for (const [seq, profile] of index.lookupProfiles(plan.domain, pair.KeyName, normalized, after, plan.maxResults + 1)) {
    matches.set(seq, [[value]]);
    loaded.set(seq, profile);
  }
  return matches;
}

function findMatches(plan: SearchPlan, index: SearchIndex, after: number): Matches {
  const and = plan.operator === 'AND';
  // OR: the first MaxResults + 1 of the union are among the first MaxResults + 1 of each lookup.
  const limit = and ? -1 : plan.maxResults + 1;
  let matches: Matches = new Map();
  for (const [at, pair] of plan.pairs.entries()) {
    const found: Matches = and ? new Map() : matches;
    pair.normalized.forEach((value, valueAt) => {
      const seqs = pair.KeyName === PROFILE_ID_KEY
        ? index.lookupProfileId(plan.domain, value, after)
        : index.lookup(plan.domain, pair.KeyName, value, after, limit);
      for (const seq of seqs) {
        if (and && at > 0 && !matches.has(seq)) continue; // AND: only profiles that matched every pair so far
        const perPair = found.get(seq) ?? matches.get(seq) ?? new Array<string[] | undefined>(plan.pairs.length);
        (perPair[at] ??= []).push(pair.Values[valueAt] ?? value);
        found.set(seq, perPair);
      }
    });
    matches = found;
    if (and && matches.size === 0) break;
  }
  return matches;
}

function foundBy(plan: SearchPlan, perPair: readonly (string[] | undefined)[]): SearchKey[] {
  if (plan.operator === 'AND') return plan.pairs.map(({ KeyName, Values }) => ({ KeyName, Values }));
  return plan.pairs.flatMap(({ KeyName }, at) => {
    const values = perPair[at];
    return values ? [{ KeyName, Values: values }] : [];
  });
}

function fingerprintOf(plan: SearchPlan): string {
  const pairs = plan.pairs.map(({ KeyName, normalized }) => [KeyName, normalized]);
  return searchFingerprint(JSON.stringify([plan.domain, plan.operator, pairs])); // MaxResults may change between pages
}
