// A blocks: mock must name a block of the flows the run loads and a branch that block has: Success
// (it has a NextAction), one of its ErrorTypes, or a condition result (it has Conditions). Anything
// else is a problem of the mocks file (or of the contact file's mocks), with its place and a fix.
import { branchesOf } from '../flow/graph.js';
import type { DocPath, FlowAction, LoadedFlow, SourceLocator } from '../flow/types.js';
import { clip, type Diagnostic } from '../validate/diagnostic.js';
import type { BlockMock, MockTable } from '../runtime/mocks.js';

export interface BlockMocksFile {
  readonly file: string;
  /** The code of this file's problems (RUN002 mocks file, RUN001 contact file). */
  readonly code: string;
  readonly source: SourceLocator | undefined;
  /** Where the blocks table is in the file: ["blocks"], or ["mocks", "blocks"] in a contact file. */
  readonly at: DocPath;
}

/** The most identifiers a fix lists. */
const LISTED = 8;

export function blockMockProblems(table: MockTable<BlockMock> | undefined, where: BlockMocksFile, flows: readonly LoadedFlow[]): Diagnostic[] {
  if (!table) return [];
  const problems: Diagnostic[] = [];
  for (const [identifier, entry] of Object.entries(table)) {
    const action = findAction(flows, identifier);
    if (!action) {
      const known = flows.flatMap((flow) => flow.flow.Actions.map((item) => item.Identifier));
      const listed = known.slice(0, LISTED).join(', ') + (known.length > LISTED ? ', …' : '');
      problems.push(problem(where, [identifier], `blocks.${clip(identifier)}: no block of ${flowNames(flows)} has this Identifier`, `use the Identifier of a block: ${listed}`, true));
      continue;
    }
    const mocks: readonly BlockMock[] = Array.isArray(entry) ? (entry as readonly BlockMock[]) : [entry as BlockMock];
    mocks.forEach((mock, index) => {
      const path = Array.isArray(entry) ? [identifier, index] : [identifier];
      const wrong = branchProblem(action, mock);
      if (wrong) problems.push(problem(where, [...path, mock.condition !== undefined ? 'condition' : 'branch'], `blocks.${clip(identifier)}: ${wrong.message}`, wrong.fix));
    });
  }
  return problems;
}

function branchProblem(action: FlowAction, mock: BlockMock): { message: string; fix: string } | undefined {
  const branches = branchesOf(action);
  const names = [...new Set(branches.filter((branch) => branch.branch !== 'Condition').map((branch) => branch.branch))];
  const hasConditions = branches.some((branch) => branch.branch === 'Condition');
  const choices = [...names, ...(hasConditions ? ['condition: <value>'] : [])];
  const fix = choices.length ? `use one of: ${choices.join(', ')}` : `${action.Identifier} has no branches to choose: remove this mock`;
  const what = `${action.Identifier} (${action.Type})`;
  if (mock.condition !== undefined) return hasConditions ? undefined : { message: `${what} has no Conditions to compare ${JSON.stringify(mock.condition)} with`, fix };
  const branch = mock.branch ?? 'Success';
  return names.includes(branch) ? undefined : { message: `${what} has no ${clip(branch)} branch`, fix };
}

function findAction(flows: readonly LoadedFlow[], identifier: string): FlowAction | undefined {
  for (const flow of flows) {
    const action = flow.actionsById.get(identifier);
    if (action) return action;
  }
  return undefined;
}

function flowNames(flows: readonly LoadedFlow[]): string {
  return flows.length === 1 ? (flows[0]?.name ?? 'the flow') : `the ${flows.length} flows loaded`;
}

function problem(where: BlockMocksFile, rest: DocPath, message: string, fix: string, key = false): Diagnostic {
  const path = [...where.at, ...rest];
  const position = where.source ? where.source.locate(path, { key }) : { line: 1, column: 1 };
  return { code: where.code, severity: 'error', message, file: where.file, ...position, path, fix };
}
