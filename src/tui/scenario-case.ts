// A session as a scenario test case (schemas/scenario.schema.json, the format of `cfsim test`):
// the contact and the answers given, and what the run did as expectations.
import type { FlowAction } from '../flow/types.js';
import { stepBranchName } from '../scenario/branch-model.js';
import type { Expectations } from '../scenario/types.js';
import type { InputAnswer } from '../runtime/deps.js';
import { promptText } from '../runtime/result.js';
import { current, eventsOf, type Session } from './session.js';

/** A case as it is written to the file. */
export interface CaseDocument {
  readonly name: string;
  /** The contact file as written (its own mocks included), with the answers given as its Inputs. */
  readonly contact: Readonly<Record<string, unknown>>;
  readonly expect: Expectations;
}

/** Generated on every run (created profiles, and fixtures without a ProfileId), so never expected. */
const UNSTABLE_CUSTOMER_FIELDS = new Set(['ProfileId', 'ProfileARN']);

/** `contact` is the contact file as written. A run that has not ended is saved with `pathPrefix` and no outcome. */
/** The action a step ran, by its flow's name and Identifier, to name its branch as coverage does. */
export type ActionOf = (flowName: string, identifier: string) => FlowAction | undefined;

export function scenarioCase(session: Session, contact: Readonly<Record<string, unknown>>, name: string, actionOf: ActionOf = () => undefined): CaseDocument {
  const { Inputs: _scripted, ...given } = contact;
  // The scripted Inputs, then the answers typed (step-back drops answers typed for undone steps).
  const inputs: readonly InputAnswer[] = session.answers;
  const state = current(session).state;
  const events = eventsOf(session);
  const path = events.map((event) => event.identifier);
  const customer = Object.fromEntries(Object.entries(state.contact.Customer).filter(([field]) => !UNSTABLE_CUSTOMER_FIELDS.has(field)));
  const end = state.end;
  const expect: Expectations = {
    ...(end ? { path } : { pathPrefix: path }),
    ...(path.length ? { branches: branchesOf(events, actionOf) } : {}),
    ...(Object.keys(customer).length ? { customer } : {}),
    prompts: events.flatMap((event) => event.prompts.map(promptText)),
    ...(end ? { outcome: end.outcome } : {}),
    ...(end?.queue !== undefined ? { queue: end.queue } : {}),
    ...(end?.error ? { error: end.error.code } : {}),
  };
  return {
    name,
    contact: { ...given, ...(inputs.length ? { Inputs: inputs } : {}) },
    expect,
  };
}

/** One branch per block when every visit took it; else the branch of each visit, in order. */
function branchesOf(events: ReturnType<typeof eventsOf>, actionOf: ActionOf): Record<string, string | string[]> {
  const visits = new Map<string, string[]>();
  for (const event of events) {
    const branch = event.condition === undefined ? event.branch : stepBranchName(actionOf(event.flow, event.identifier), event);
    visits.set(event.identifier, [...(visits.get(event.identifier) ?? []), branch]);
  }
  return Object.fromEntries(
    [...visits].map(([identifier, taken]) => [identifier, taken.every((branch) => branch === taken[0]) ? (taken[0] as string) : taken]),
  );
}

/** "known-caller: Disconnected after disconnect", or where the run stopped when it has not ended. */
export function caseName(contactName: string, session: Session): string {
  const state = current(session).state;
  const last = eventsOf(session).at(-1)?.identifier ?? 'the start';
  if (!state.end) return `${contactName}: up to ${state.at?.action ?? last}`;
  return `${contactName}: ${state.end.error ? state.end.error.code : state.end.outcome} after ${last}`;
}
