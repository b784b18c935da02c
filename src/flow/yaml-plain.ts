import { CST, LineCounter } from 'yaml';

/**
 * The value of a YAML document read straight from yaml's CST, for the plain YAML that flows are written
 * in: block and one-line flow mappings and lists, scalars, comments. A profile of `cfsim validate` on
 * 1,000 small YAML flows spent a third of its time in yaml's composer and `toJS` (a Document of nodes,
 * then a copy of it as plain values), and most of the rest collecting that garbage; this skips both.
 *
 * It answers NOT_PLAIN for anything it does not read exactly as yaml's composer with the core schema
 * would (anchors, aliases, tags, explicit keys, directives, multi-line plain or quoted scalars, flow
 * collections over several lines, tabs, a comment not after white space, duplicate or uneven keys...):
 * the caller composes those, which also reports every YAML error. A test compares the two on every YAML
 * file of the project and on malformed texts.
 */
export const NOT_PLAIN: unique symbol = Symbol('not plain YAML');

export function plainYamlValue(tokens: readonly CST.Token[], text: string, lines: LineCounter): unknown {
  if (text.includes('\t') || text.charCodeAt(0) === 0xfeff) return NOT_PLAIN;
  const reader = new Reader(text, lines);
  // One document, with comments and blank lines before it.
  const documents = tokens.filter((token) => token.type === 'document');
  const document = documents[0];
  if (documents.length !== 1 || document?.type !== 'document' || !document.value) return NOT_PLAIN;
  if (!tokens.every((token) => token === document || reader.isBlank(token))) return NOT_PLAIN;
  if (!reader.only(document.start, DOCUMENT_START) || !reader.only(document.end ?? [], BLANK)) return NOT_PLAIN;
  try {
    return valueOf(document.value, reader);
  } catch (error) {
    if (error === NOT_PLAIN) return NOT_PLAIN;
    throw error;
  }
}

const BLANK: ReadonlySet<string> = new Set(['space', 'newline', 'comment']);
const DOCUMENT_START: ReadonlySet<string> = new Set([...BLANK, 'doc-start']);
const BLOCK_SCALAR_PROPS: ReadonlySet<string> = new Set([...BLANK, 'block-scalar-header']);

/** yaml's limit on an implicit key's length (KEY_OVER_1024_CHARS). */
const MAX_KEY_LENGTH = 1024;


const hasNewline = (tokens: readonly CST.SourceToken[]): boolean => tokens.some((token) => token.type === 'newline');

/** A scalar inside a flow collection followed by a line break: the collection goes on over lines. */
const endsLine = (token: CST.Token | null | undefined): boolean => token !== null && token !== undefined && 'end' in token && hasNewline(token.end ?? []);

class Reader {
  constructor(
    private readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  column(offset: number): number {
    return this.lines.linePos(offset).col;
  }

  /** Space, a line break, or a comment after white space (yaml's COMMENT_SPACE error otherwise). */
  isBlank(token: CST.Token): boolean {
    if (token.type === 'comment') return token.offset === 0 || /\s/.test(this.text.charAt(token.offset - 1));
    return token.type === 'space' || token.type === 'newline';
  }

  only(tokens: readonly CST.Token[], types: ReadonlySet<string>): boolean {
    return tokens.every((token) => types.has(token.type) && (token.type !== 'comment' || this.isBlank(token)));
  }

  /** How many tokens of `type` there are, when every token is of `type` or blank; -1 otherwise. */
  countAmongBlanks(tokens: readonly CST.SourceToken[], type: string): number {
    let count = 0;
    for (const token of tokens) {
      if (token.type === type) count += 1;
      else if (!this.isBlank(token)) return -1;
    }
    return count;
  }
}

function valueOf(token: CST.Token | null | undefined, reader: Reader): unknown {
  if (!token) return null; // `key:` or `-` with nothing after it
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      if (token.source.includes('\n') || token.source.includes('\r')) throw NOT_PLAIN;
      return scalarValue(token);
    case 'block-scalar':
      if (!reader.only(token.props, BLOCK_SCALAR_PROPS)) throw NOT_PLAIN;
      return scalarValue(token);
    case 'block-map':
      return blockMap(token, reader);
    case 'block-seq':
      return blockSeq(token, reader);
    case 'flow-collection':
      return flowCollection(token, reader);
    default:
      throw NOT_PLAIN; // aliases, errors, anything else
  }
}

function scalarValue(token: CST.FlowScalar | CST.BlockScalar): unknown {
  let failed = false;
  const { value } = CST.resolveAsScalar(token, true, () => {
    failed = true;
  });
  if (failed) throw NOT_PLAIN;
  return token.type === 'scalar' ? coreSchemaValue(value) : value;
}

/** A plain scalar as the YAML 1.2 core schema reads it: yaml's tests, in yaml's order. */
export function coreSchemaValue(source: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}

/** A mapping key: a one-line scalar, as the text a JavaScript object holds it (yaml's stringifyKey). */
function keyOf(token: CST.Token | null | undefined): string {
  if (!token || (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar')) throw NOT_PLAIN;
  if (token.source.length > MAX_KEY_LENGTH || token.source.includes('\n') || token.source.includes('\r')) throw NOT_PLAIN;
  const value = scalarValue(token);
  const key = value === null ? '' : String(value);
  if (key === '__proto__') throw NOT_PLAIN;
  return key;
}

function setOnce(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) throw NOT_PLAIN; // a duplicate: the composer names it
  map[key] = value;
}

function blockMap(token: CST.BlockMap, reader: Reader): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  let column: number | undefined;
  for (const item of token.items) {
    if (item.explicitKey || !item.key || !item.sep || !reader.only(item.start, BLANK)) throw NOT_PLAIN;
    if (reader.countAmongBlanks(item.sep, 'map-value-ind') !== 1) throw NOT_PLAIN;
    // Every key at one column (yaml's BAD_INDENT); a collection value on the lines below its key.
    const at = reader.column(item.key.offset);
    if (column !== undefined && at !== column) throw NOT_PLAIN;
    column = at;
    const value = item.value;
    if ((value?.type === 'block-map' || value?.type === 'block-seq') && !hasNewline(item.sep)) throw NOT_PLAIN;
    setOnce(map, keyOf(item.key), valueOf(value, reader));
  }
  return map;
}

function blockSeq(token: CST.BlockSequence, reader: Reader): unknown[] {
  const list: unknown[] = [];
  let column: number | undefined;
  for (const item of token.items) {
    if (reader.countAmongBlanks(item.start, 'seq-item-ind') !== 1) throw NOT_PLAIN;
    const indicator = item.start.find((source) => source.type === 'seq-item-ind');
    const at = reader.column(indicator?.offset ?? -1);
    if (column !== undefined && at !== column) throw NOT_PLAIN;
    column = at;
    if (item.value?.type === 'block-seq') throw NOT_PLAIN; // `- - a`: rare, left to the composer
    list.push(valueOf(item.value, reader));
  }
  return list;
}

/** `{a: 1, b: [x, y]}` on one line. */
function flowCollection(token: CST.FlowCollection, reader: Reader): unknown {
  const isMap = token.start.source === '{';
  if (!isMap && token.start.source !== '[') throw NOT_PLAIN;
  const [close, ...after] = token.end;
  if (close?.source !== (isMap ? '}' : ']') || !reader.only(after, BLANK)) throw NOT_PLAIN; // the newline after it is the block's
  const map: Record<string, unknown> = {};
  const list: unknown[] = [];
  token.items.forEach((item, index) => {
    if (hasNewline(item.start) || reader.countAmongBlanks(item.start, 'comma') !== (index ? 1 : 0)) throw NOT_PLAIN;
    const value = item.value;
    if (value && value.type !== 'flow-collection' && value.type !== 'scalar' && value.type !== 'single-quoted-scalar' && value.type !== 'double-quoted-scalar') throw NOT_PLAIN;
    if (endsLine(item.key) || endsLine(value)) throw NOT_PLAIN;
    if (isMap) {
      if (!item.sep || hasNewline(item.sep) || reader.countAmongBlanks(item.sep, 'map-value-ind') !== 1) throw NOT_PLAIN;
      setOnce(map, keyOf(item.key), valueOf(value, reader));
    } else {
      if (item.key !== undefined || item.sep !== undefined || !value) throw NOT_PLAIN; // `[a: b]`, `[a, , b]`, `[a, ]`
      list.push(valueOf(value, reader));
    }
  });
  return isMap ? map : list;
}
