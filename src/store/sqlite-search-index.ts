// The SQLite side of SearchProfiles: index lookups by (domain, key, value), profiles by sequence number.
import type { Profile } from './profile.js';
import type { SearchIndex } from './search.js';
import { LOOKUP_LIMIT, type Statements } from './sqlite-statements.js';

export function sqliteSearchIndex(sql: Statements): SearchIndex {
  return {
    domainState: (domain) => sql.domainState.get(domain),
    lookup: (domain, keyName, value, after, limit) => {
      if (limit < 0 || limit > LOOKUP_LIMIT) return sql.lookupKey.all(keyName, domain, value, after);
      const seqs = sql.lookupKeyFirst.all(keyName, domain, value, after);
      return seqs.length > limit ? seqs.slice(0, limit) : seqs;
    },
    lookupProfiles: (domain, keyName, value, after, limit) => {
      const rows = sql.lookupKeyProfiles.all(keyName, domain, value, after);
      return rows.slice(0, limit).map(([seq, body]) => [seq, JSON.parse(body) as Profile] as const);
    },
    lookupProfileId: (domain, profileId, after) => sql.lookupProfileId.all(domain, profileId, after),
    load: (seqs) => seqs.map((seq) => {
      const body = sql.bodyBySeq.get(seq);
      return body === undefined ? undefined : (JSON.parse(body) as Profile);
    }),
  };
}
