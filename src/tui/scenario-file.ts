// `--save-test <file>`: appends a case to a scenario file, creating the file when it is missing.
// The new text must pass the scenario loader (schema and names) before it replaces the old one,
// and it is written to a temporary file renamed over the original, so a crash never leaves half a file.
import { dirname, relative, resolve, sep } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { UsageError } from '../cli/exit-codes.js';
import { writeFileSafely } from '../cli/write-file.js';
import { FILE_KINDS, InputFileError, readInputText } from '../load/read-file.js';
import { parseScenarioText } from '../scenario/load.js';
import type { CaseDocument } from './scenario-case.js';

/** What the scenario file points at, as the command line gave it (relative to cwd). */
export interface ScenarioRefs {
  readonly flow: string;
  readonly profiles?: string | undefined;
  readonly mocks?: string | undefined;
  /** The --flows map, reference → absolute path. */
  readonly flows?: Readonly<Record<string, string>> | undefined;
  readonly maxSteps?: number | undefined;
}

/** Appends the case (renamed "name (2)" if the name is taken) and says what it did. Throws when it cannot. */
export async function appendCase(file: string, cwd: string, refs: ScenarioRefs, scenarioCase: CaseDocument): Promise<string> {
  const path = resolve(cwd, file);
  const from = (target: string): string => relative(dirname(path), resolve(cwd, target)).split(sep).join('/');
  const existing = readExisting(path);
  const doc = existing === undefined ? newScenario(refs, from) : parseDocument(existing);
  if (doc.errors.length) throw new Error(`${file} is not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
  const flow = doc.get('flow');
  if (typeof flow !== 'string' || resolve(dirname(path), flow) !== resolve(cwd, refs.flow)) {
    throw new Error(`${file} tests ${typeof flow === 'string' ? flow : 'no flow'}, not ${refs.flow}: save to another file`);
  }
  const cases = doc.get('cases');
  if (!isSeq(cases)) throw new Error(`${file} has no list of cases`);
  const taken = new Set(cases.items.map((item) => (isMap(item) ? item.get('name') : undefined)));
  let name = scenarioCase.name;
  for (let n = 2; taken.has(name); n++) name = `${scenarioCase.name} (${n})`;
  const node = doc.createNode({ ...scenarioCase, name });
  // Lists of single words (identifiers, digits) read best on one line, as the docs write them: [get-profile, greet].
  visit(node, { Seq: (_key, seq) => void (seq.flow = seq.items.every((item) => isScalar(item) && !/\s/.test(String(item.value)))) });
  cases.add(node);

  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const [problem] = parseScenarioText(file, text).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (problem) throw new Error(`the case would make ${file} invalid: ${problem.message}`);
  try {
    await writeFileSafely(file, cwd, text, '--save-test');
  } catch (error) {
    throw error instanceof UsageError ? new Error(`${error.message} (${error.fix ?? ''})`) : error;
  }
  return `saved case "${name}" to ${file} (${cases.items.length} cases)`;
}

/** The scenario file as it is, through the one reader; undefined when there is none yet. */
function readExisting(path: string): string | undefined {
  try {
    return readInputText(path, '/', FILE_KINDS.scenario);
  } catch (error) {
    if (error instanceof InputFileError && error.reason === 'missing') return undefined;
    throw error;
  }
}

function newScenario(refs: ScenarioRefs, from: (target: string) => string): Document {
  const doc = new Document({
    flow: from(refs.flow),
    ...(refs.profiles ? { profiles: from(refs.profiles) } : {}),
    ...(refs.mocks ? { mocks: from(refs.mocks) } : {}),
    ...(refs.flows ? { flows: Object.fromEntries(Object.entries(refs.flows).map(([key, target]) => [key, from(target)])) } : {}),
    ...(refs.maxSteps !== undefined ? { maxSteps: refs.maxSteps } : {}),
    cases: [],
  });
  doc.commentBefore = ' Scenario tests (cfsim test); cases saved from cfsim step';
  return doc;
}
