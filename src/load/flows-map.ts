// The --flows map: `<ARN, id or name>: <flow file>`, paths relative to the map (code RUN003).
import { dirname, resolve } from 'node:path';
import { parseDataText } from '../flow/document.js';
import { isRecord } from '../flow/load.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import type { InputRead } from './input-file.js';
import { FILE_KINDS, readInputText } from './read-file.js';

export const FLOWS_MAP_CODE = 'RUN003';

/** The map with absolute paths. */
export async function readFlowsMap(file: string, cwd: string): Promise<InputRead<Readonly<Record<string, string>>>> {
  const parsed = parseDataText(file, readInputText(file, cwd, FILE_KINDS.flowsMap));
  const problem = (message: string, path: (string | number)[], fix: string): Diagnostic => ({
    code: parsed.errors.length ? 'YAML001' : FLOWS_MAP_CODE, severity: 'error', message, file, ...parsed.locator.locate(path), path, fix,
  });
  const [syntax] = parsed.errors;
  if (syntax) return { ok: false, diagnostics: [{ ...problem(`syntax error: ${syntax.message}`, [], 'fix the YAML/JSON syntax at this position'), ...syntax.position }] };
  if (!isRecord(parsed.value)) {
    return { ok: false, diagnostics: [problem('the flows map must be a mapping of flow references to files', [], 'write lines like `arn:aws:connect:...:contact-flow/1234: queue-flow.yaml`')] };
  }
  const base = dirname(resolve(cwd, file));
  const diagnostics: Diagnostic[] = [];
  const map: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed.value)) {
    if (typeof value === 'string' && value !== '') map[key] = resolve(base, value);
    else diagnostics.push(problem(`${key}: must be the path of a flow file`, [key], 'give the flow file, relative to the map'));
  }
  return diagnostics.length ? { ok: false, diagnostics } : { ok: true, value: map };
}
