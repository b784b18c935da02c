import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DocPath, SourceLocator, SourcePosition } from './types.js';

const START: SourcePosition = { line: 1, column: 1 };

/** A parsed YAML (or JSON) text that can say where any path into it is. */
export interface ParsedText {
  readonly value: unknown;
  readonly locator: SourceLocator;
  readonly errors: readonly { readonly message: string; readonly position: SourcePosition }[];
}

/** Parses YAML with node ranges kept, so diagnostics point at the node, not at a text search. */
export function parseYamlText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  // uniqueKeys: a duplicated key is an error, as it would be lost silently otherwise.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = doc.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    position: toPosition(error.pos[0]),
  }));
  return {
    value: errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    locator: yamlLocator(doc, toPosition),
    errors,
  };
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
  let located: SourceLocator | undefined;
  return {
    value,
    locator: { locate: (path, options) => (located ??= parseYamlText(text).locator).locate(path, options) },
    errors: [],
  };
}

function yamlLocator(doc: Document, toPosition: (offset: number) => SourcePosition): SourceLocator {
  return {
    locate(path: DocPath, options?: { key?: boolean }): SourcePosition {
      let node: unknown = doc.contents;
      let found: Node | null = doc.contents;
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

/** Points every path at one place: for a flow stored as a JSON string inside a wrapper file. */
export function fixedLocator(position: SourcePosition): SourceLocator {
  return { locate: () => position };
}
