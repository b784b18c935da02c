// SearchProfiles NextToken: an opaque string (shape `token`, 1..1024) naming the position after the
// last item returned. It is only good for the same search on an unchanged domain: the store's
// domain state changes on every write, and a token from another state is a BadRequestException.
import { createHash } from 'node:crypto';
import { badRequest } from './validate.js';

const VERSION = 1;

export interface TokenPosition {
  /** The domain state the page was read from. */
  readonly state: string;
  /** The search the token belongs to. */
  readonly fingerprint: string;
  /** Results continue after this profile sequence number. */
  readonly after: number;
}

export function searchFingerprint(canonicalSearch: string): string {
  return createHash('sha256').update(canonicalSearch).digest('base64url').slice(0, 16);
}

export function encodeToken(position: TokenPosition): string {
  return Buffer.from(JSON.stringify([VERSION, position.state, position.fingerprint, position.after])).toString('base64url');
}

/** Decodes a token and checks that it belongs to this search on this state of the domain. */
export function decodeToken(token: string, expected: { state: string; fingerprint: string }): number {
  const position = parseToken(token);
  if (!position) throw badRequest('NextToken is not a token returned by SearchProfiles');
  if (position.fingerprint !== expected.fingerprint) {
    throw badRequest('NextToken belongs to a different search: repeat the same KeyName, Values, AdditionalSearchKeys and LogicalOperator');
  }
  if (position.state !== expected.state) {
    throw badRequest('NextToken has expired: the domain changed since the previous page; search again without NextToken');
  }
  return position.after;
}

function parseToken(token: string): TokenPosition | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 4) return undefined;
  const [version, state, fingerprint, after] = decoded as unknown[];
  if (version !== VERSION || typeof state !== 'string' || typeof fingerprint !== 'string') return undefined;
  if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0) return undefined;
  return { state, fingerprint, after };
}
