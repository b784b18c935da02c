import { basename, extname } from 'node:path';
import { fixedLocator, parseDataText, parseJsonText, parseYamlText, START, type ParsedText, type TextError } from './document.js';
import type { DocPath, Flow, FlowAction, LoadedFlow, SourceLocator, SourcePosition } from './types.js';
import { decodeUtf8, positionIn } from './utf8.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { typeName } from '../validate/schema-diagnostics.js';

/** A flow file after parsing, before validation: the document is still untrusted data. */
export interface FlowSource {
  readonly file: string;
  readonly name: string;
  readonly document: unknown;
  readonly source: SourceLocator;
  /** Problems that leave nothing to validate (size, encoding, syntax, an unusable wrapper); when not empty, document is undefined. */
  readonly diagnostics: readonly Diagnostic[];
  /** A wrapped export's own Arn and Id, where it has them: other flows reference it by these (projects). */
  readonly exported?: { readonly arn?: string; readonly id?: string };
}

/**
 * The largest flow file cfsim reads. Amazon Connect takes at most 256,000 characters of flow content
 * (CreateContactFlow, UpdateContactFlowContent): at up to 4 bytes a character, with room again for the
 * escapes of a wrapped export and the indentation of YAML, 4 MB holds any real flow, and a file far
 * bigger is refused before it is read into memory. See docs/diagnostics.md.
 */
export const MAX_FLOW_FILE_BYTES = 4 * 1024 * 1024;

/** The keys of the flow language's document; a file with none of them is a wrapped export or no flow. */
export const FLOW_KEYS: readonly string[] = ['Version', 'StartAction', 'Actions'];

const MEGABYTE = 1024 * 1024;

/** The name a flow read from standard input (`-`) has in diagnostics. */
export const STDIN_NAME = '<stdin>';

/** A flow file over MAX_FLOW_FILE_BYTES: one FILE001 diagnostic, and nothing to validate. */
export function flowTooLarge(file: string, size: number): FlowSource {
  if (file !== STDIN_NAME) return fileProblem(file, 'FILE001', tooLarge(size));
  // Standard input is read only to one byte past the limit: its size is not known.
  const { position, fix } = tooLarge(size);
  return fileProblem(file, 'FILE001', { message: `standard input holds more than ${MAX_FLOW_FILE_BYTES / MEGABYTE} MB; a flow file is at most ${MAX_FLOW_FILE_BYTES / MEGABYTE} MB`, position, fix });
}

/** Parses a flow file's bytes: UTF-8 text. A UTF-16 or binary file gets one diagnostic, not pages of syntax errors. */
export function parseFlowBytes(file: string, bytes: Uint8Array): FlowSource {
  const text = decodeFlowText(bytes);
  return typeof text === 'string' ? parseFlowText(file, text) : fileProblem(file, 'FILE002', text);
}

function parseText(file: string, text: string): ParsedText {
  // Standard input has no extension to tell: JSON when it starts with { or [, as data files.
  if (file === STDIN_NAME) return parseDataText(file, text);
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
    return { file, name: fallbackName, document: undefined, source: outer.locator, diagnostics: outer.errors.map((error) => textDiagnostic(file, error)) };
  }
  const wrapper = wrapperOf(outer.value);
  if (!wrapper) return { file, name: fallbackName, document: outer.value, source: outer.locator, diagnostics: [] };

  const name = typeof wrapper.record.Name === 'string' ? wrapper.record.Name : fallbackName;
  const contentPath: DocPath = [...wrapper.path, 'Content'];
  const contentPosition = outer.locator.locate(contentPath);
  const contentProblem = (problem: Omit<Diagnostic, 'severity' | 'file' | 'line' | 'column' | 'path'>): FlowSource => ({
    file, name, document: undefined, source: outer.locator,
    diagnostics: [{ severity: 'error', file, ...contentPosition, path: contentPath, ...problem }],
  });
  const content = wrapper.record.Content;
  if (typeof content !== 'string') {
    return contentProblem({
      code: 'YAML002',
      message: `"Content" must be the flow as a JSON string; ${content === undefined ? 'there is none' : `this one is ${typeName(content)}`}`,
      fix: 'store the flow in "Content" as a JSON string (JSON.stringify), or save the flow itself as the file',
    });
  }
  const inner = parseJsonText(content);
  // One error is enough: after the first, a parser's errors are mostly echoes of it.
  const [error] = inner.errors;
  if (error) {
    const where = `(line ${error.position.line}, column ${error.position.column} of the string)`;
    return contentProblem(
      error.limitFix
        ? { code: 'YAML003', message: `the flow in "Content": ${error.message} ${where}`, fix: error.limitFix }
        : { code: 'YAML002', message: `the flow in "Content" is not valid JSON: ${error.message} ${where}`, fix: 'export the flow again, or fix the JSON inside the Content string' },
    );
  }
  if (!isRecord(inner.value)) {
    return contentProblem({ code: 'YAML002', message: `"Content" must be the flow as a JSON string; this one holds ${typeName(inner.value)}`, fix: 'export the flow again' });
  }
  // Positions inside a JSON string cannot be mapped back to the file: point at the Content key.
  return { file, name, document: inner.value, source: fixedLocator(contentPosition), diagnostics: [], ...exportedKeys(wrapper.record) };
}

function exportedKeys(record: Record<string, unknown>): { exported?: { arn?: string; id?: string } } {
  const arn = typeof record.Arn === 'string' && record.Arn !== '' ? record.Arn : undefined;
  const id = typeof record.Id === 'string' && record.Id !== '' ? record.Id : undefined;
  return arn || id ? { exported: { ...(arn ? { arn } : {}), ...(id ? { id } : {}) } } : {};
}

interface Wrapper {
  /** Where the wrapper's record is: [] for {Name, Content}. */
  readonly path: DocPath;
  readonly record: Record<string, unknown>;
}

function wrapperOf(value: unknown): Wrapper | undefined {
  if (!isRecord(value) || FLOW_KEYS.some((key) => key in value)) return undefined;
  for (const key of ['ContactFlow', 'ContactFlowModule']) {
    const record = value[key];
    if (isRecord(record)) return { path: [key], record };
  }
  return 'Content' in value ? { path: [], record: value } : undefined;
}

function textDiagnostic(file: string, error: TextError): Diagnostic {
  const at = { file, ...error.position, path: [] };
  return error.limitFix
    ? { code: 'YAML003', severity: 'error', message: error.message, ...at, fix: error.limitFix }
    : { code: 'YAML001', severity: 'error', message: `syntax error: ${error.message}`, ...at, fix: error.fix ?? 'fix the YAML/JSON syntax at this position' };
}

interface FileProblem {
  readonly message: string;
  readonly position: SourcePosition;
  readonly fix: string;
}

/** A file that cannot hold a flow at all: one diagnostic, and nothing to validate. */
function fileProblem(file: string, code: string, problem: FileProblem): FlowSource {
  return {
    file, name: basename(file, extname(file)), document: undefined, source: fixedLocator(problem.position),
    diagnostics: [{ code, severity: 'error', message: problem.message, file, ...problem.position, path: [], fix: problem.fix }],
  };
}

function tooLarge(size: number): FileProblem {
  // Rounded up, so that a file just over the limit does not read as the limit itself.
  const megabytes = Math.ceil((size / MEGABYTE) * 10) / 10;
  return {
    message: `the file is ${megabytes} MB; a flow file is at most ${MAX_FLOW_FILE_BYTES / MEGABYTE} MB`,
    position: START,
    fix: 'check that this is a flow: Amazon Connect takes at most 256,000 characters of flow content',
  };
}

/** The text of a UTF-8 file, or why it is not one. */
function decodeFlowText(bytes: Uint8Array): string | FileProblem {
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'utf16') {
    return { message: 'this file is UTF-16: save it as UTF-8', position: START, fix: 'in PowerShell, write it with Out-File -Encoding utf8 (or Set-Content) rather than >' };
  }
  // No YAML or JSON text holds a NUL byte, and nearly every binary file does (it may well decode as UTF-8).
  if (decoded.kind === 'text' && !decoded.text.includes('\0')) return decoded.text;
  const shown = decoded.kind === 'text' ? decoded.text : decoded.lenient;
  const at = shown.search(/[\0\uFFFD]/);
  return {
    message: shown[at] === '\0' ? 'not a UTF-8 text file: it holds a NUL byte (is it binary?)' : 'not a UTF-8 text file: a byte here is not UTF-8 (is the file Latin-1 or Windows-1252?)',
    position: positionIn(shown, at),
    fix: 'check that this is a flow, saved as UTF-8 text',
  };
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
