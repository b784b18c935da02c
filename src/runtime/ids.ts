// Ids cfsim makes during a run (ProfileId of a created profile), from a seed: the same seed gives
// the same ids, so the same run prints the same document (`--seed`; docs/scenario-tests.md). Pure:
// the n-th id of a kind in a run is a hash of the seed, the kind and n, never the clock or chance.

/** The n-th (0-based) id of a kind in one run. */
export type IdSource = (kind: 'profile', n: number) => string;

/** 32 lowercase hex characters, as Customer Profiles ids are. */
export function seededIds(seed: string): IdSource {
  return (kind, n) => hex128(`${seed}\u0000${kind}\u0000${n}`);
}

/** Four 32-bit FNV-1a lanes with different offsets, mixed: spread enough for ids, not for secrets. */
function hex128(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x5bd1e995, 0x9e3779b9, 0x85ebca6b];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    for (let lane = 0; lane < lanes.length; lane++) lanes[lane] = Math.imul((lanes[lane] ?? 0) ^ (code + lane), 0x01000193);
  }
  return lanes.map((lane, index) => (avalanche(lane ^ (lanes[(index + 1) % lanes.length] ?? 0)) >>> 0).toString(16).padStart(8, '0')).join('');
}

function avalanche(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
