// The properties every fuzz input must keep: it ends with a result or diagnostics (never another
// exception), within a time bound, and leaves Object.prototype and the other built-in prototypes as
// they were. A failing input is saved to regressions/, which the normal suite replays.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzInput } from './inputs.js';
import { exercise } from './target.js';

export const REGRESSIONS = join(import.meta.dirname, 'regressions');

/** CPU time per input: the inputs are at most a few hundred KB, a run takes at most 200 steps. */
export const TIME_BOUND_MS = Number(process.env.FUZZ_TIME_BOUND_MS ?? 5_000);

const WATCHED: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Map.prototype, Set.prototype];

type Snapshot = ReadonlyMap<object, ReadonlyMap<string | symbol, PropertyDescriptor | undefined>>;

export function snapshotPrototypes(): Snapshot {
  return new Map(WATCHED.map((proto) => [proto, new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)]))]));
}

/** What changed on a built-in prototype since the snapshot, if anything. */
export function prototypeChange(snapshot: Snapshot): string | undefined {
  for (const [proto, before] of snapshot) {
    const keys = Reflect.ownKeys(proto);
    const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    const added = keys.filter((key) => !before.has(key)).map(String);
    if (added.length) return `${typeof name === 'string' ? name : 'a built-in'}.prototype has new keys ${added.slice(0, 5).join(', ')}`;
    if (keys.length !== before.size) return `${typeof name === 'string' ? name : 'a built-in'}.prototype has ${keys.length} own keys, not ${before.size}`;
    for (const key of keys) {
      const now = Object.getOwnPropertyDescriptor(proto, key);
      const was = before.get(key);
      if (!was || now?.value !== was.value || now?.get !== was.get || now?.set !== was.set) return `a built-in prototype's ${String(key)} changed`;
    }
    if (Object.getPrototypeOf(proto) !== (proto === Object.prototype ? null : Object.prototype) && proto !== Function.prototype) {
      return 'a built-in prototype has a new prototype';
    }
  }
  return undefined;
}

export type Judgement = { readonly ok: true; readonly ended: 'result' | 'diagnostics'; readonly ms: number } | { readonly ok: false; readonly why: string; readonly ms: number };

export async function judge(input: FuzzInput, dir: string, snapshot: Snapshot): Promise<Judgement> {
  const verdict = await exercise(input, dir);
  const changed = prototypeChange(snapshot);
  if (changed) return { ok: false, why: `prototype pollution: ${changed}`, ms: verdict.ms };
  if (!verdict.ok) return { ok: false, why: `crash: ${verdict.error}${verdict.stack ? `\n${verdict.stack.split('\n').slice(1, 6).join('\n')}` : ''}`, ms: verdict.ms };
  if (verdict.ms > TIME_BOUND_MS) return { ok: false, why: `slow: ${Math.round(verdict.ms)} ms of CPU, more than ${TIME_BOUND_MS} ms`, ms: verdict.ms };
  return verdict;
}

/** Saves a failing input (once per content) and returns its file name. */
export function saveRegression(input: FuzzInput, why: string): string {
  const json = JSON.stringify({ why: why.split('\n')[0], input }, null, 1);
  const name = `${createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 16)}.json`;
  const file = join(REGRESSIONS, name);
  if (!existsSync(file)) {
    writeFileSync(`${file}.tmp`, `${json}\n`);
    renameSync(`${file}.tmp`, file);
  }
  return name;
}

export function regressions(): { readonly name: string; readonly why: string; readonly input: FuzzInput }[] {
  if (!existsSync(REGRESSIONS)) return [];
  return readdirSync(REGRESSIONS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...(JSON.parse(readFileSync(join(REGRESSIONS, name), 'utf8')) as { why: string; input: FuzzInput }) }));
}
