import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { fixedLocator, parseJsonText, parseYamlText, type ParsedText } from './document.js';
import type { DocPath, Flow, FlowAction, LoadedFlow, SourceLocator } from './types.js';
import type { Diagnostic } from '../validate/diagnostic.js';

/** A flow file after parsing, before validation: the document is still untrusted data. */
export interface FlowSource {
  readonly file: string;
  readonly name: string;
  readonly document: unknown;
  readonly source: SourceLocator;
  /** Syntax errors and unusable wrappers; when not empty, document is undefined. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The file could not be read at all (missing, a directory, no permission): a usage problem, exit 2. */
export class FlowFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FlowFileError';
  }
}

/** Reads and parses a flow file; `file` is kept as given for messages, read relative to `cwd`. */
export async function readFlowFile(file: string, cwd = process.cwd()): Promise<FlowSource> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new FlowFileError(file, `cannot read ${file}: ${reason}`, { cause: error });
  }
  return parseFlowText(file, text);
}

function parseText(file: string, text: string): ParsedText {
  return extname(file).toLowerCase() === '.json' ? parseJsonText(text) : parseYamlText(text);
}

/**
 * Parses a flow file's text. Accepts the flow itself and the wrappers that export tools save:
 * {Name, Type, Content: "<flow JSON>"} (CLI / Terraform) and {ContactFlow: {Name, Content}} (DescribeContactFlow).
 */
export function parseFlowText(file: string, text: string): FlowSource {
  const outer = parseText(file, text);
  const fallbackName = basename(file, extname(file));
  if (outer.errors.length) {
    return {
      file, name: fallbackName, document: undefined, source: outer.locator,
      diagnostics: outer.errors.map((error) => ({
        code: 'YAML001', severity: 'error', message: `syntax error: ${error.message}`, file,
        ...error.position, path: [], fix: 'fix the YAML/JSON syntax at this position',
      })),
    };
  }
  const wrapper = findWrapper(outer.value);
  if (!wrapper) return { file, name: fallbackName, document: outer.value, source: outer.locator, diagnostics: [] };

  const contentPath: DocPath = [...wrapper.path, 'Content'];
  const contentPosition = outer.locator.locate(contentPath);
  const inner = parseJsonText(wrapper.content);
  const name = wrapper.name ?? fallbackName;
  if (inner.errors.length) {
    return {
      file, name, document: undefined, source: outer.locator,
      diagnostics: inner.errors.map((error) => ({
        code: 'YAML002', severity: 'error', file, ...contentPosition, path: contentPath,
        message: `the flow in "Content" is not valid JSON: ${error.message} (line ${error.position.line}, column ${error.position.column} of the string)`,
        fix: 'export the flow again, or fix the JSON inside the Content string',
      })),
    };
  }
  // Positions inside a JSON string cannot be mapped back to the file: point at the Content key.
  return { file, name, document: inner.value, source: fixedLocator(contentPosition), diagnostics: [] };
}

interface Wrapper {
  readonly path: DocPath;
  readonly content: string;
  readonly name?: string;
}

function findWrapper(value: unknown): Wrapper | undefined {
  if (!isRecord(value) || 'Actions' in value) return undefined;
  const from = (record: Record<string, unknown>, path: DocPath): Wrapper | undefined =>
    typeof record.Content === 'string'
      ? { path, content: record.Content, ...(typeof record.Name === 'string' ? { name: record.Name } : {}) }
      : undefined;
  if (isRecord(value.ContactFlow)) return from(value.ContactFlow, ['ContactFlow']);
  if (isRecord(value.ContactFlowModule)) return from(value.ContactFlowModule, ['ContactFlowModule']);
  return from(value, []);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Wraps a flow that passed validation for the runtime. */
export function toLoadedFlow(source: FlowSource): LoadedFlow {
  const flow = source.document as Flow;
  const actionsById = new Map<string, FlowAction>();
  for (const action of flow.Actions) actionsById.set(action.Identifier, action);
  return { file: source.file, name: source.name, flow, actionsById, source: source.source };
}
