import { branchesOf, isUnconnected, reachableFrom, type Branch } from '../../flow/graph.js';
import type { FlowAction } from '../../flow/types.js';
import { clip, type Diagnostic } from '../diagnostic.js';
import { actionPath, nameOf, report, type Check } from './context.js';

/** GRAPH001: StartAction names an action of the flow (an empty one is a draft with no start: nothing to run). */
export const startActionExists: Check = (context) => {
  const start = context.flow.StartAction;
  if (typeof start !== 'string' || context.actionsById.has(start)) return [];
  if (start === '') {
    return [report(context, {
      code: 'GRAPH001', path: ['StartAction'],
      message: 'StartAction is empty: no block is connected to the start (a saved draft); Amazon Connect will not publish the flow and cfsim cannot run it',
      fix: 'connect the entry point to the first block (set StartAction to its Identifier)',
    })];
  }
  const suggestion = context.suggest(start, context.actionsById.keys());
  return [report(context, {
    code: 'GRAPH001', path: ['StartAction'],
    message: `StartAction "${clip(start)}" is not the Identifier of any action${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    fix: suggestion ? `set StartAction to "${suggestion}"` : 'set StartAction to the Identifier of the first action',
  })];
};

/** GRAPH002: every NextAction names an action of the flow (an unconnected branch is GRAPH005's). */
export const transitionTargetsExist: Check = (context) =>
  context.flow.Actions.flatMap((action) =>
    branchesOf(action)
      .filter((branch) => !context.actionsById.has(branch.target) && !isUnconnected(branch.target))
      .map((branch) => {
        const suggestion = context.suggest(branch.target, context.actionsById.keys());
        return report(context, {
          code: 'GRAPH002', path: actionPath(context, action, ...branch.path),
          message: `${nameOf(action)}: ${clip(branch.branch)} goes to "${clip(branch.target)}", which is not an action of this flow${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          fix: suggestion ? `use "${suggestion}"` : 'point NextAction at an existing Identifier',
        });
      }),
  );

/** The most unconnected branches GRAPH005 names; the rest are counted. */
const LISTED_BRANCHES = 10;

/** GRAPH005: one warning per flow naming its unconnected branches ("" or "$end" targets). */
export const unconnectedBranches: Check = (context) => {
  const found: { readonly action: FlowAction; readonly branch: Branch }[] = [];
  for (const action of context.flow.Actions) {
    for (const branch of branchesOf(action)) if (isUnconnected(branch.target)) found.push({ action, branch });
  }
  const first = found[0];
  if (!first) return [];
  const listed = found.slice(0, LISTED_BRANCHES).map(({ action, branch }) => `${nameOf(action)} ${clip(branch.branch)}${branch.label ? ` (${clip(branch.label)})` : ''}`);
  const more = found.length > LISTED_BRANCHES ? ` and ${found.length - LISTED_BRANCHES} more` : '';
  return [report(context, {
    code: 'GRAPH005', path: actionPath(context, first.action, ...first.branch.path),
    message: `${found.length} branch${found.length === 1 ? ' is' : 'es are'} not connected (a saved draft?): ${listed.join(', ')}${more}; Amazon Connect will not publish the flow, and a run that takes one ends there`,
    fix: 'connect each branch to a block (a NextAction that names an action), or remove the branch',
  })];
};

/** GRAPH003: identifiers are unique. */
export const identifiersUnique: Check = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const action of context.flow.Actions) {
    const first = context.actionsById.get(action.Identifier);
    if (first && first !== action) {
      diagnostics.push(report(context, {
        code: 'GRAPH003', path: actionPath(context, action, 'Identifier'),
        message: `Identifier "${clip(action.Identifier)}" is used by more than one action (first at Actions[${context.indexOf.get(first)}])`,
        fix: 'give each action its own Identifier',
      }));
    }
  }
  return diagnostics;
};

/** GRAPH004: an action no path from StartAction reaches is dead (a warning: the console allows it). */
export const actionsReachable: Check = (context) => {
  if (!context.actionsById.has(context.flow.StartAction)) return [];
  const reached = reachableFrom(context.flow.StartAction, context.actionsById);
  return context.flow.Actions.filter((action) => !reached.has(action.Identifier) && context.actionsById.get(action.Identifier) === action).map((action) =>
    report(context, {
      code: 'GRAPH004', path: actionPath(context, action, 'Identifier'),
      message: `${nameOf(action)} (${clip(action.Type)}) cannot be reached from StartAction "${clip(context.flow.StartAction)}"`,
      fix: 'connect it to the flow or delete it',
    }),
  );
};
