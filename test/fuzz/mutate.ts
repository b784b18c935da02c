// Mutations of a parsed document: drop, duplicate or rename keys, change the type of a value, huge
// strings, deep nesting (within the parser's 64 levels), keys such as __proto__ and constructor,
// empty and $end targets, object operands, huge numbers. A plan is data (fast-check generates it
// and shrinks it); applying it never changes the seed, and keys are defined, never assigned, so a
// "__proto__" key is an own key of the document as a parser would make it.
import fc from 'fast-check';

export type Op = 'drop' | 'duplicate' | 'rename' | 'set' | 'retarget' | 'nest';

export interface Step {
  readonly op: Op;
  /** Which container (object or array) of the document, modulo their number. */
  readonly at: number;
  /** Which member of that container, modulo its size. */
  readonly member: number;
  readonly key: string;
  readonly value: unknown;
  readonly depth: number;
}

export const WEIRD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '$', '$.Attributes.a', 'a.b', 'Attributes', 'Identifier', 'NextAction', 'Type', 'Parameters', 'Transitions', 'Conditions', 'Errors', 'Operands', 'length', '0', '\u0000', '😀'];

/** An object with an own key, as JSON.parse or a YAML parser would make it (no prototype change). */
export function withKey(key: string, value: unknown, into: Record<string, unknown> = {}): Record<string, unknown> {
  Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
  return into;
}

const hugeString = fc.constantFrom(1_000, 6_001, 33_000, 70_000, 300_000).chain((length) =>
  fc.constantFrom('x', '€', '$.Attributes.a ', '😀', '<speak>').map((unit) => unit.repeat(Math.ceil(length / unit.length))),
);

const hostileObject = fc.constantFrom<unknown>(
  { toString: 'x' },
  { valueOf: 1, toString: 2 },
  withKey('__proto__', { polluted: 'yes' }),
  { constructor: { prototype: { polluted: 'yes' } } },
  { toJSON: 'x' },
  { Value: '$.Attributes.a' },
  { Operator: 'Equals', Operands: [{ toString: 'x' }] },
);

/** Values of every type a YAML or JSON file can hold, weighted toward what breaks code. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>('', '$end', 'end', '__proto__', 'constructor', '$.Attributes.a', '$.Attributes.a $.Attributes.a', '$..*', "$['Attributes']['__proto__']", '$.Attributes.__proto__', '$[?(@.a)]', '9000000000000', '604801', '-1', '0', '1e308', 'NaN', 'True', 'False', 'null', '\u0000', '\ud800', 'Equals', 'NoMatchingError', '2024-13-45T99:99Z', 'Mars/Olympus', '99:99-25:00', '+14255550100') },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(0, -0, 1, -1, 0.5, 2 ** 53, 2 ** 64, 1e308, -1e308, 9e15, 604_801, 8.64e15) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], {}, [{}]) },
  { weight: 2, arbitrary: hostileObject },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

export const step: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom<Op>('drop', 'duplicate', 'rename', 'set', 'set', 'retarget', 'nest'),
  at: fc.nat(),
  member: fc.nat(),
  key: fc.oneof(fc.constantFrom(...WEIRD_KEYS), fc.string({ maxLength: 8 })),
  value: weirdValue,
  depth: fc.integer({ min: 1, max: 60 }),
});

export const plan: fc.Arbitrary<readonly Step[]> = fc.array(step, { minLength: 1, maxLength: 4 });

type Container = Record<string, unknown> | unknown[];

/** A deep copy that keeps "__proto__" keys as own keys. */
export function clone(value: unknown, depth = 0): unknown {
  if (!isPlain(value) || depth > 200) return value;
  if (Array.isArray(value)) return value.map((item) => clone(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) withKey(key, clone(item, depth + 1), copy);
  return copy;
}

/** Plain data only: a built-in prototype must never become a place to mutate. */
function isPlain(node: unknown): node is Container {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node !== Array.prototype;
  const proto: unknown = Object.getPrototypeOf(node);
  return node !== Object.prototype && (proto === Object.prototype || proto === null);
}

/** An own member only: `target.__proto__` would read Object.prototype into the document. */
function own(target: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}

/** The containers of a document, at most `limit` of them, breadth first. */
function containers(root: unknown, limit = 5_000): Container[] {
  const found: Container[] = [];
  const pending: unknown[] = [root];
  for (let index = 0; index < pending.length && found.length < limit; index++) {
    const node = pending[index];
    if (!isPlain(node)) continue;
    found.push(node as Container);
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return found;
}

/** Every Identifier in the document, for retargeting (loops, self-loops). */
function identifiers(root: unknown): string[] {
  return containers(root).flatMap((node) => (!Array.isArray(node) && typeof node.Identifier === 'string' ? [node.Identifier] : []));
}

function nested(value: unknown, depth: number, useArrays: boolean): unknown {
  let result = value;
  for (let level = 0; level < depth; level++) result = useArrays ? [result] : withKey('a', result);
  return result;
}

/** The seed with the plan applied (the seed itself is left as it is). */
export function applyPlan(seed: unknown, steps: readonly Step[]): unknown {
  const root = { doc: clone(seed) } as Record<string, unknown>;
  for (const given of steps) {
    // The step's value is a shared constant: the document gets its own copy.
    const s = { ...given, value: clone(given.value) };
    const all = containers(root);
    const target = all[s.at % all.length] as Container;
    const keys = Object.keys(target);
    if (Array.isArray(target)) applyToArray(target, s, root);
    else applyToObject(target, keys, s, root);
  }
  return root.doc;
}

function applyToArray(target: unknown[], s: Step, root: unknown): void {
  const index = target.length ? s.member % target.length : 0;
  switch (s.op) {
    case 'drop':
      target.splice(index, 1);
      break;
    case 'duplicate':
      if (target.length) target.push(clone(target[index]));
      break;
    case 'rename':
    case 'set':
      target[index] = s.value;
      break;
    case 'retarget':
      target[index] = pickTarget(root, s);
      break;
    case 'nest':
      target[index] = nested(target[index], s.depth, s.member % 2 === 0);
      break;
  }
}

function applyToObject(target: Record<string, unknown>, keys: string[], s: Step, root: unknown): void {
  const key = keys.length ? (keys[s.member % keys.length] as string) : s.key;
  switch (s.op) {
    case 'drop':
      delete target[key];
      break;
    case 'duplicate':
      withKey(s.key, clone(own(target, key)), target);
      break;
    case 'rename': {
      const value = own(target, key);
      delete target[key];
      withKey(s.key, value, target);
      break;
    }
    case 'set':
      withKey(key, s.value, target);
      break;
    case 'retarget': {
      // Prefer a NextAction / StartAction of this object; else any key.
      const named = keys.find((name) => name === 'NextAction' || name === 'StartAction') ?? key;
      withKey(named, pickTarget(root, s), target);
      break;
    }
    case 'nest':
      withKey(key, nested(own(target, key), s.depth, s.member % 2 === 0), target);
      break;
  }
}

function pickTarget(root: unknown, s: Step): unknown {
  const ids = identifiers(root);
  const choices: unknown[] = [...ids, '', '$end', s.key, s.value];
  return choices[s.member % choices.length];
}

/** Raw text damage after serialisation: a cut, or characters put in. */
export interface TextDamage {
  readonly at: number;
  readonly kind: 'cut' | 'insert';
  readonly text: string;
}

/** Damaged one time in 10. */
export const textDamage: fc.Arbitrary<TextDamage | undefined> = fc.oneof(
  { weight: 9, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record({ at: fc.nat(), kind: fc.constantFrom<'cut' | 'insert'>('cut', 'insert'), text: fc.constantFrom('{', '}', '[', '"', ':', '\n  - ', '&a ', '*a', '!!binary ', '\t', '\ufeff', '#', '<<: *a\n', '\u0000') }),
  },
);

export function damage(text: string, hurt: TextDamage | undefined): string {
  if (!hurt) return text;
  const at = text.length ? hurt.at % text.length : 0;
  return hurt.kind === 'cut' ? text.slice(0, at) : `${text.slice(0, at)}${hurt.text}${text.slice(at)}`;
}
