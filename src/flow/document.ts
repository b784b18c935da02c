import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, visit, type Alias, type CST, type Document, type Node } from 'yaml';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { clip } from '../validate/diagnostic.js';
import type { DocPath, SourceLocator, SourcePosition } from './types.js';
import { NOT_PLAIN, plainYamlValue } from './yaml-plain.js';

export const START: SourcePosition = { line: 1, column: 1 };

/**
 * The deepest nesting of mappings and lists cfsim reads (real flows nest about 11 levels). It is checked
 * before anything recurses into a document: yaml's composer, the schema validators and the runtime all
 * recurse, and V8 may abort the process, rather than throw, when the stack runs out.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * yaml's bound on alias expansion. Each use of an anchor costs the aliases nested in it, so a "billion
 * laughs" (aliases of aliases of aliases) passes it within five levels, while a flow that reuses one
 * anchor in every one of its at most 250 actions stays far below it.
 */
export const MAX_ALIAS_COUNT = 10_000;

export interface TextError {
  readonly message: string;
  readonly position: SourcePosition;
  /** Set for text that is well-formed but past one of cfsim's bounds (nesting, aliases): how to get under it. */
  readonly limitFix?: string;
  /** How to repair a syntax error, where cfsim knows better than "fix the syntax". */
  readonly fix?: string;
}

/** A parsed YAML (or JSON) text that can say where any path into it is. */
export interface ParsedText {
  readonly value: unknown;
  readonly locator: SourceLocator;
  readonly errors: readonly TextError[];
}

/** Parses YAML with node ranges kept, so diagnostics point at the node, not at a text search. */
export function parseYamlText(text: string): ParsedText {
  const cst = parseCst(text);
  // Plain YAML (most flows) is read straight from the CST; the composer runs only if a diagnostic asks where something is.
  const plain = cst.errors.length ? NOT_PLAIN : plainYamlValue(cst.tokens, text, cst.lineCounter);
  if (plain !== NOT_PLAIN) {
    let located: SourceLocator | undefined;
    return {
      value: plain,
      locator: { locate: (path, options) => (located ??= yamlLocator(composeCst(cst, text).doc, cst.toPosition)).locate(path, options) },
      errors: [],
    };
  }
  const { doc, toPosition, errors } = composeCst(cst, text);
  const locator = yamlLocator(doc, toPosition);
  if (!doc || errors.length) return { value: undefined, locator, errors };
  let aliased = false;
  let value: unknown;
  try {
    value = doc.toJS({
      maxAliasCount: MAX_ALIAS_COUNT,
      onAnchor: (_value, count) => {
        if (count > 1) aliased = true;
      },
    });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error; // how yaml refuses an alias
    return { value: undefined, locator, errors: [aliasError(doc, toPosition)] };
  }
  // Aliases can nest anchored content deeper than the text does.
  const tooDeep = aliased ? tooDeepPath(value, true) : undefined;
  if (tooDeep) return { value: undefined, locator, errors: [nestingError(locator.locate(tooDeep))] };
  return { value, locator, errors: [] };
}

/**
 * The text of a data file (contact, mocks, profiles, scenario, flows map) by what it is: JSON when the
 * file is .json or its first character that is not a space is { or [, else YAML. JSON goes through
 * JSON.parse, with positions from jsonc-parser when a diagnostic asks for one.
 */
export function parseDataText(file: string, text: string): ParsedText {
  return file.toLowerCase().endsWith('.json') || /^\uFEFF?\s*[{[]/.test(text) ? parseJsonText(text) : parseYamlText(text);
}

/**
 * JSON is valid YAML, but JSON.parse is many times faster than a YAML parse with ranges.
 * The YAML parse happens only if a diagnostic asks where something is.
 */
export function parseJsonText(text: string): ParsedText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseYamlText(text); // the YAML parser reports the error with a line and column
  }
  // JSON.parse does not recurse, but what comes after it does; the YAML parse says where the nesting is.
  if (tooDeepPath(value)) return parseYamlText(text);
  // JSON.parse keeps the last of two equal keys and drops the other silently; the YAML parse names it.
  if (keysInText(text) !== keysInValue(value)) return parseYamlText(text);
  let located: SourceLocator | undefined;
  return {
    value,
    locator: { locate: (path, options) => (located ??= jsonLocator(text)).locate(path, options) },
    errors: [],
  };
}

/** How many keys the JSON text writes: each string followed by a colon. A plain loop, as fast as JSON.parse. */
function keysInText(text: string): number {
  let keys = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) {
    // Skip to the closing quote: one that an odd number of backslashes does not escape.
    let end = text.indexOf('"', at + 1);
    while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
    if (end === -1) break;
    let next = end + 1;
    while (next < text.length && isJsonSpace(text.charCodeAt(next))) next += 1;
    if (text.charCodeAt(next) === COLON) keys += 1;
    at = end;
  }
  return keys;
}

const COLON = 0x3a;
const BACKSLASH = 0x5c;

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
  return backslashes % 2 === 1;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** How many keys the parsed value holds; fewer than the text writes means a key was duplicated. */
function keysInValue(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) keys += keysInValue(item);
  } else {
    for (const key in value) keys += 1 + keysInValue((value as Record<string, unknown>)[key]);
  }
  return keys;
}

/**
 * Positions in JSON text, built only when a diagnostic needs one. jsonc-parser's tree has offsets
 * and costs a fraction of a YAML parse, which dominated validating exports that have warnings.
 */
function jsonLocator(text: string): SourceLocator {
  const root = parseTree(text);
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0); // the first line starts at 0, as yaml's own lexer records it
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return {
    locate(path: DocPath, options?: { key?: boolean }): SourcePosition {
      let found = root;
      let keyNode: JsonNode | undefined;
      for (const segment of path) {
        keyNode = undefined;
        const property = found?.type === 'object' ? found.children?.find((pair) => String(pair.children?.[0]?.value) === String(segment)) : undefined;
        const next = property ? property.children?.[1] : found?.type === 'array' && typeof segment === 'number' ? found.children?.[segment] : undefined;
        if (!next) break;
        keyNode = property?.children?.[0];
        found = next;
      }
      const target = options?.key && keyNode ? keyNode : found;
      if (!target) return START;
      const { line, col } = lineCounter.linePos(target.offset);
      return { line, column: col };
    },
  };
}

/** Points every path at one place: for a flow stored as a JSON string inside a wrapper file. */
export function fixedLocator(position: SourcePosition): SourceLocator {
  return { locate: () => position };
}

/** The first line whose indentation holds a tab (bounded: one linear scan, no backtracking across lines). */
const TAB_INDENT = /^ *\t/m;

interface YamlParse {
  /** Undefined when the nesting is too deep to compose. */
  readonly doc: Document.Parsed | undefined;
  readonly toPosition: (offset: number) => SourcePosition;
  readonly errors: readonly TextError[];
}

interface CstParse {
  readonly tokens: readonly CST.Token[];
  readonly lineCounter: LineCounter;
  readonly toPosition: (offset: number) => SourcePosition;
  /** The nesting error, when the parse stopped at a collection nested too deep. */
  readonly errors: readonly TextError[];
}

/**
 * yaml's parseDocument in its two stages. First the CST parser, a lexeme at a time, so that it stops at the
 * first collection nested too deep (the composer recurses into the CST, and a runaway nesting costs the
 * parser gigabytes).
 */
function parseCst(text: string): CstParse {
  const lineCounter = new LineCounter();
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0); // as parser.parse() does before the first lexeme
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    const tooDeep = tooDeepCollection(parser.stack);
    if (tooDeep) return { tokens, lineCounter, toPosition, errors: [nestingError(toPosition(tooDeep.offset))] };
  }
  tokens.push(...parser.end());
  return { tokens, lineCounter, toPosition, errors: [] };
}

/** Then the composer, with the errors reworded for a flow author. */
function composeCst(cst: CstParse, text: string): YamlParse {
  const { tokens, toPosition } = cst;
  if (cst.errors.length) return { doc: undefined, toPosition, errors: cst.errors };
  // uniqueKeys: false: yaml's own check compares each key with every key before it, quadratic in the
  // size of a mapping (a contact of 100,000 attributes took minutes); duplicateKeys does it with a set.
  // logLevel error: yaml would print its warnings (a key that is a collection) to stderr itself.
  // forceDoc: an empty text is one empty document.
  const [doc] = new Composer({ uniqueKeys: false, logLevel: 'error' }).compose(tokens, true, text.length);
  const errors: { readonly offset: number; readonly error: TextError }[] = [];
  const documents = tokens.filter((token) => token.type === 'document');
  const second = documents[1];
  if (second) {
    const message = `a file holds one YAML document; this one has ${documents.length} (--- separators)`;
    errors.push({ offset: second.offset, error: { message, position: toPosition(second.offset) } });
  }
  for (const error of doc?.errors ?? []) {
    // The first line only: yaml may quote the source after it.
    errors.push({ offset: error.pos[0], error: { message: clip(error.message.split('\n')[0] ?? error.message), position: toPosition(error.pos[0]) } });
  }
  // A duplicated key is an error, as one of the two values would be lost silently otherwise.
  for (const { offset, key } of doc ? duplicateKeys(doc) : []) {
    errors.push({ offset, error: { message: `key "${clip(key)}" appears twice in this mapping`, position: toPosition(offset) } });
  }
  errors.sort((a, b) => a.offset - b.offset);
  // A tab in indentation makes yaml report every following line, out of order and generically: one
  // error at the first tab says the cause (YAML 1.2, 6.1: "tab characters must not be used in indentation").
  const tab = errors.length ? TAB_INDENT.exec(text) : null;
  if (tab) {
    const offset = tab.index + tab[0].length - 1;
    return { doc, toPosition, errors: [{ message: 'YAML does not allow tabs for indentation; use spaces', position: toPosition(offset), fix: 'replace the tab(s) at the start of this line with spaces' }] };
  }
  return { doc, toPosition, errors: errors.map(({ error }) => error) };
}

/**
 * Each key that an earlier key of the same mapping equals (scalars by value, as yaml's uniqueKeys
 * compares them: 1 and "1" differ). One pass, with a set per mapping. The document is at most
 * MAX_NESTING_DEPTH deep here, so visit's recursion is bounded.
 */
function duplicateKeys(doc: Document): { readonly offset: number; readonly key: string }[] {
  const found: { offset: number; key: string }[] = [];
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value)) found.push({ offset: pair.key.range?.[0] ?? 0, key: String(value) });
        else seen.add(value);
      }
    },
  });
  return found;
}

const COLLECTION_TYPES: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The innermost open collection when more than MAX_NESTING_DEPTH are open (the stack also holds the document, and a scalar). */
function tooDeepCollection(stack: readonly CST.Token[]): CST.Token | undefined {
  if (stack.length <= MAX_NESTING_DEPTH) return undefined;
  const open = stack.filter((token) => COLLECTION_TYPES.has(token.type));
  return open.length > MAX_NESTING_DEPTH ? open[open.length - 1] : undefined;
}

/**
 * The path to the first collection nested more than MAX_NESTING_DEPTH deep. With `shared` (YAML aliases),
 * one object may be reached from many places: it is walked again only when reached from deeper down.
 */
function tooDeepPath(value: unknown, shared = false): DocPath | undefined {
  return isCollection(value) ? collectionTooDeep(value, 1, shared ? new Map() : undefined) : undefined;
}

// Run on every JSON flow: a plain loop, and no call for a scalar.
function collectionTooDeep(node: object, depth: number, walkedAt: Map<object, number> | undefined): DocPath | undefined {
  if (depth > MAX_NESTING_DEPTH) return [];
  if (walkedAt) {
    if ((walkedAt.get(node) ?? 0) >= depth) return undefined;
    walkedAt.set(node, depth);
  }
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) {
      const child: unknown = node[index];
      const path = isCollection(child) ? collectionTooDeep(child, depth + 1, walkedAt) : undefined;
      if (path) return [index, ...path];
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    const path = isCollection(child) ? collectionTooDeep(child, depth + 1, walkedAt) : undefined;
    if (path) return [key, ...path];
  }
  return undefined;
}

function isCollection(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function nestingError(position: SourcePosition): TextError {
  return {
    message: `the nesting is too deep: more than ${MAX_NESTING_DEPTH} levels of mappings and lists`,
    position,
    limitFix: 'flatten it: real flows nest about 11 levels',
  };
}

/** Why toJS refused an alias: one with no anchor before it, or too many of them (yaml's message says neither where nor which). */
function aliasError(doc: Document, toPosition: (offset: number) => SourcePosition): TextError {
  const anchors = new Set<string>();
  const aliases: Alias[] = [];
  let unresolved: Alias | undefined;
  // Document order, as yaml resolves them: an alias names the anchor last set before it.
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        aliases.push(node);
        if (!anchors.has(node.source)) unresolved ??= node;
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
    },
  });
  const at = (alias: Alias | undefined): SourcePosition => (alias?.range ? toPosition(alias.range[0]) : START);
  if (unresolved) return { message: `alias *${unresolved.source} has no anchor &${unresolved.source} before it`, position: at(unresolved) };
  return {
    message: `too many aliases: ${aliases.length} aliases expand to more than ${MAX_ALIAS_COUNT.toLocaleString('en-US')} copies of anchored content`,
    position: at(aliases[0]),
    limitFix: 'expand them or reduce reuse (an anchor that holds aliases multiplies every use of it)',
  };
}

function yamlLocator(doc: Document | undefined, toPosition: (offset: number) => SourcePosition): SourceLocator {
  return {
    locate(path: DocPath, options?: { key?: boolean }): SourcePosition {
      let node: unknown = doc?.contents;
      let found = (doc?.contents ?? null) as Node | null;
      let keyNode: Node | null = null;
      for (const segment of path) {
        keyNode = null;
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
          if (!pair) break;
          keyNode = isScalar(pair.key) ? pair.key : null;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          node = node.items[segment];
        } else {
          break;
        }
        if (!node || !(node as Node).range) break;
        found = node as Node;
      }
      const target = options?.key && keyNode ? keyNode : found;
      return target?.range ? toPosition(target.range[0]) : START;
    },
  };
}
