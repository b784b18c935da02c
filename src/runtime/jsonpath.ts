// The one gateway for `$.` references. Flow parameters are either a single JSONPath identifier
// ("$.Attributes.tier") or text with references inline ("Hello $.Customer.FirstName"); the flow
// language allows both where a parameter "may be defined statically or dynamically"
// (APIReference flow-language.html, "Parameter restrictions"). An unresolved reference reads as "".
import { JSONPath } from 'jsonpath-plus';

type Accessor = (root: object) => unknown;
type Part = string | { readonly path: string };

/** A parameter value compiled once: literal text, one whole reference, or text with inline references. */
type Compiled =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'whole'; readonly path: string }
  | { readonly kind: 'mixed'; readonly parts: readonly Part[] };

// Flows are finite, so the caches stay small; the cap only guards against callers passing generated text.
const CACHE_LIMIT = 20_000;
const accessors = new Map<string, Accessor>();
const templates = new Map<string, Compiled>();

const DOTTED = /^\$((?:\.[^.[\]\s'"]+)+)$/;
// A reference inside text ends at whitespace or punctuation: "Hi $.Customer.FirstName." ends before the dot.
const INLINE = /\$(?:\.[A-Za-z0-9_-]+|\['[^']*'\]|\["[^"]*"\]|\[\d+\])+/g;
const INLINE_WHOLE = new RegExp(`^${INLINE.source}$`);

/** Reads one JSONPath against the contact; undefined when nothing is there. Never evaluates script. */
export function readPath(root: object, path: string): unknown {
  let accessor = accessors.get(path);
  if (!accessor) {
    accessor = compilePath(path);
    if (accessors.size >= CACHE_LIMIT) accessors.clear();
    accessors.set(path, accessor);
  }
  return accessor(root);
}

/** A parameter as text: references replaced by their values ("" when unresolved). */
export function resolveText(value: unknown, root: object): string {
  if (typeof value !== 'string') return toText(value);
  const compiled = compileTemplate(value);
  switch (compiled.kind) {
    case 'literal':
      return compiled.text;
    case 'whole':
      return toText(readPath(root, compiled.path));
    case 'mixed':
      return compiled.parts.map((part) => (typeof part === 'string' ? part : toText(readPath(root, part.path)))).join('');
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

/** The text a flow sees for any value: "" for nothing, JSON for objects. */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function compileTemplate(text: string): Compiled {
  let compiled = templates.get(text);
  if (compiled) return compiled;
  if (!text.includes('$')) compiled = { kind: 'literal', text };
  else if (INLINE_WHOLE.test(text) || isWholePath(text)) compiled = { kind: 'whole', path: text };
  else compiled = splitInline(text);
  if (templates.size >= CACHE_LIMIT) templates.clear();
  templates.set(text, compiled);
  return compiled;
}

/** A JSONPath with brackets or filters, even one with spaces inside a filter ("$.a[?(@.b == 1)]"). */
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

function compilePath(path: string): Accessor {
  const dotted = DOTTED.exec(path);
  if (dotted?.[1]) {
    const segments = dotted[1].slice(1).split('.');
    return (root) => walk(root, segments);
  }
  // Brackets, wildcards, filters: jsonpath-plus with script evaluation off ("[?(...)]" throws, reads as unresolved).
  return (root) => {
    try {
      return JSONPath({ path, json: root, wrap: false, eval: false });
    } catch {
      return undefined;
    }
  };
}

/**
 * Member access without parsing. Where a key is missing, the rest of the path is tried as one
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
