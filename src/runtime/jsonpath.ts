// The one gateway for `$.` references. Flow parameters are either a single JSONPath identifier
// ("$.Attributes.tier") or text with references inline ("Hello $.Customer.FirstName"); the flow
// language allows both where a parameter "may be defined statically or dynamically"
// (APIReference flow-language.html, "Parameter restrictions"). An unresolved reference reads as "".
// References are plain member paths ($.Attributes.tier, $['Attributes']['a b'], $.External.list[0]),
// read by member access: wildcards, recursive descent and filters are not references in Amazon
// Connect, so they read as "" too (and the run trace says so) instead of dumping the contact.
import { JSONPath } from 'jsonpath-plus';
import { MAX_VALUE_TEXT, valueText } from '../flow/value-text.js';

type Accessor = (root: object) => unknown;
type Part = string | { readonly path: string };

/** A parameter value compiled once: literal text, one whole reference, or text with inline references. */
type Compiled =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'whole'; readonly path: string }
  | { readonly kind: 'mixed'; readonly parts: readonly Part[] };

// Flows are finite, so the caches stay small; the cap only guards against callers passing generated text.
const CACHE_LIMIT = 20_000;
// Longer texts are compiled each time (linear in their length), so the caches hold at most ~80 MB.
const CACHED_LENGTH = 4_096;
const accessors = new Map<string, Accessor>();
/** The accessor of every reference that is not a plain member path. */
const UNREADABLE: Accessor = () => undefined;
const templates = new Map<string, Compiled>();
/** The keys of each path split so far; null for a path that is not a plain member path. */
const keysByPath = new Map<string, readonly string[] | null>();

// A reference inside text ends at whitespace or punctuation: "Hi $.Customer.FirstName." ends before the dot.
const INLINE = /\$(?:\.[A-Za-z0-9_-]+|\['[^']*'\]|\["[^"]*"\]|\[\d+\])+/g;
const INLINE_WHOLE = new RegExp(`^${INLINE.source}$`);

/** Reads one reference against the contact; undefined when nothing is there or it is not a plain member path. */
export function readPath(root: object, path: string): unknown {
  return accessorFor(path)(root);
}

/**
 * A parameter as text: references replaced by their values ("" when unresolved). The text is cut at
 * MAX_VALUE_TEXT characters, twice Amazon Connect's 32 KB for all of a contact's attributes, so a
 * flow that joins an attribute to itself in a loop builds bounded text and the block that stores it
 * still sees it is too long (connect-limits.ts).
 */
export function resolveText(value: unknown, root: object): string {
  if (typeof value !== 'string') return toText(value);
  const compiled = compileTemplate(value);
  switch (compiled.kind) {
    case 'literal':
      return compiled.text.length > MAX_VALUE_TEXT ? compiled.text.slice(0, MAX_VALUE_TEXT) : compiled.text;
    case 'whole':
      return toText(readPath(root, compiled.path));
    case 'mixed': {
      let text = '';
      for (const part of compiled.parts) {
        text += typeof part === 'string' ? part : toText(readPath(root, part.path));
        if (text.length > MAX_VALUE_TEXT) return text.slice(0, MAX_VALUE_TEXT);
      }
      return text;
    }
  }
}

/** Whether a parameter value reads the contact at run time. */
export function isDynamic(value: unknown): boolean {
  return typeof value === 'string' && compileTemplate(value).kind !== 'literal';
}

/** The `$.` references a parameter value reads, in order (the TUI shows each with its value). */
export function referencesIn(value: unknown): readonly string[] {
  if (typeof value !== 'string') return [];
  const compiled = compileTemplate(value);
  if (compiled.kind === 'whole') return [compiled.path];
  if (compiled.kind === 'literal') return [];
  return compiled.parts.flatMap((part) => (typeof part === 'string' ? [] : [part.path]));
}

/** The references in a parameter value (strings, nested in lists and objects) that are not plain member paths. */
export function unreadableReferences(value: unknown): string[] {
  if (typeof value === 'string') return referencesIn(value).filter((path) => accessorFor(path) === UNREADABLE);
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(unreadableReferences);
}

/** The plain member references in a parameter value (strings, nested in lists and objects), with their keys. */
export function memberReferences(value: unknown): { readonly path: string; readonly keys: readonly string[] }[] {
  if (typeof value === 'string') {
    return referencesIn(value).flatMap((path) => {
      const keys = memberKeys(path);
      return keys ? [{ path, keys }] : [];
    });
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(memberReferences);
}

/** The text a flow sees for any value: "" for nothing, JSON for objects; never calls the value's methods. */
export function toText(value: unknown): string {
  return valueText(value, MAX_VALUE_TEXT);
}

function compileTemplate(text: string): Compiled {
  let compiled = templates.get(text);
  if (compiled) return compiled;
  if (!text.includes('$')) compiled = { kind: 'literal', text };
  else if (INLINE_WHOLE.test(text) || isWholePath(text)) compiled = { kind: 'whole', path: text };
  else compiled = splitInline(text);
  if (text.length > CACHED_LENGTH) return compiled;
  if (templates.size >= CACHE_LIMIT) templates.clear();
  templates.set(text, compiled);
  return compiled;
}

/** Text meant as one reference, plain or not: "$[", "$..*", even a filter with spaces ("$.a[?(@.b == 1)]"). */
function isWholePath(text: string): boolean {
  return /^\$[.[]/.test(text) && (!/\s/.test(text) || /\[\??\(/.test(text));
}

function splitInline(text: string): Compiled {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ path: match[0] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return { kind: 'literal', text };
  if (last < text.length) parts.push(text.slice(last));
  return { kind: 'mixed', parts };
}

function accessorFor(path: string): Accessor {
  let accessor = accessors.get(path);
  if (!accessor) {
    const keys = memberKeys(path);
    accessor = keys ? (root) => walk(root, keys) : UNREADABLE;
    if (path.length > CACHED_LENGTH) return accessor;
    if (accessors.size >= CACHE_LIMIT) accessors.clear();
    accessors.set(path, accessor);
  }
  return accessor;
}

/**
 * The keys of a plain member path ("$.Attributes['a b']" → Attributes, a b); undefined for anything
 * else. JSONPath syntax is jsonpath-plus's (toPathArray only: it splits the path and evaluates
 * nothing; cfsim never calls JSONPath() itself, so no script or `eval` option is ever in play,
 * CVE-2024-21534). Its result is then held to the flow language's rule: every part one member.
 */
export function memberKeys(path: string): readonly string[] | undefined {
  const cached = keysByPath.get(path);
  if (cached !== undefined) return cached ?? undefined;
  const keys = splitMemberPath(path);
  if (path.length <= CACHED_LENGTH) {
    if (keysByPath.size >= CACHE_LIMIT) keysByPath.clear();
    keysByPath.set(path, keys ?? null);
  }
  return keys;
}

function splitMemberPath(path: string): readonly string[] | undefined {
  // toPathArray's regular expressions scan ahead from each dot: bound the text first. A reference is a
  // short name; 1,000 characters is far past any the flow language reads.
  if (path.length > MAX_REFERENCE_LENGTH || !/^\$[.[]/.test(path) || !bracketsBalanced(path)) return undefined;
  const parts = JSONPath.toPathArray(path);
  // toPathArray keeps every path it has split, with no bound: cfsim keeps its own bounded cache instead.
  delete (JSONPath as unknown as { cache: Record<string, unknown> }).cache[path];
  if (parts[0] !== '$' || parts.length < 2) return undefined;
  const keys = parts.slice(1);
  return keys.every(isMember) ? keys : undefined;
}

/** Longest text read as one reference; anything longer reads as "" (and REF001 says so). */
export const MAX_REFERENCE_LENGTH = 1_000;

/**
 * A part of a split path that names one member: not a wildcard, recursive descent, filter or script
 * `(...)`, union, slice, negative index, parent `^`, property-name `~` or type selector `@string()`.
 */
function isMember(part: string): boolean {
  return part !== '' && !NOT_A_MEMBER.test(part);
}
const NOT_A_MEMBER = /^(?:\*|\.\.|\??\(.*|.*','.*|-?\d*:-?\d*(?::-?\d*)?|-\d+|\^+|~|@\w+\(\)|`.*)$|[[\]]/s;

/** Every "[" closed by a "]" (outside quotes): "$[" and "$['Attributes'" are not references. */
function bracketsBalanced(path: string): boolean {
  let depth = 0;
  let quote = '';
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') {
      if (depth > 0) quote = char;
    } else if (char === '[') {
      depth++;
    } else if (char === ']') {
      if (--depth < 0) return false;
    }
  }
  return depth === 0 && !quote;
}

/**
 * Member access, own properties only. Where a key is missing, the rest of the path is tried as one
 * flat key, so `$.Customer.Attributes.tier` reads the flat `Customer["Attributes.tier"]`.
 */
function walk(root: object, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (let index = 0; index < segments.length; index++) {
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<string, unknown>;
    const key = segments[index] as string;
    if (Object.hasOwn(record, key)) {
      node = record[key];
      continue;
    }
    if (index === segments.length - 1) return undefined;
    const flat = segments.slice(index).join('.');
    return Object.hasOwn(record, flat) ? record[flat] : undefined;
  }
  return node;
}
