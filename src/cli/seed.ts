// --seed of `cfsim run` and `cfsim test`: where the ids cfsim makes come from (src/runtime/ids.ts).
import { InvalidArgumentError } from 'commander';

/** The seed used unless --seed gives another: runs repeat by default. */
export const DEFAULT_SEED = 'cfsim';
/** A seed is a label, not data. */
export const MAX_SEED_LENGTH = 200;

export function parseSeed(value: string): string {
  if (value === '' || value.length > MAX_SEED_LENGTH) throw new InvalidArgumentError(`expected 1 to ${MAX_SEED_LENGTH} characters`);
  return value;
}
