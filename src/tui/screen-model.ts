// Everything the screen shows, computed from the session: plain data for the components.
import { promptText } from '../runtime/result.js';
import type { StepEvent } from '../runtime/events.js';
import { blockRows, type BlockRow } from './block-rows.js';
import { contactSections } from './contact-fields.js';
import { contactLines, type ContactLine } from './contact-lines.js';
import { detailLines, type DetailLine } from './detail-lines.js';
import { actionAt } from './flow-blocks.js';
import { MIN_CONTACT_ROWS, type Layout } from './layout.js';
import { parameterLines } from './parameter-lines.js';
import { current, eventsOf, previous, type Session } from './session.js';
import type { StepperSetup } from './stepper.js';

export interface ScreenModel {
  readonly rows: readonly BlockRow[];
  readonly block: { readonly identifier: string; readonly type: string; readonly lines: readonly DetailLine[] };
  /** The rows the parameters take, heading included; the contact has the rest of the layout's main rows. */
  readonly blockHeight: number;
  readonly contact: readonly ContactLine[];
  readonly prompts: readonly string[];
  readonly lastEvent?: StepEvent;
}

export function screenModel(session: Session, setup: Pick<StepperSetup, 'flow' | 'deps'>, layout: Layout): ScreenModel {
  const here = current(session);
  const before = previous(session);
  const events = eventsOf(session);
  const lastEvent = here.event;
  const block = blockShown(session, setup, layout.sideWidth);
  const blockHeight = Math.min(1 + Math.max(1, block.lines.length), layout.rows.main - MIN_CONTACT_ROWS);
  return {
    rows: blockRows(session, setup.flow, setup.deps.flows),
    block,
    blockHeight,
    contact: contactLines(contactSections(here.state.contact, before?.state.contact), layout.sideWidth, layout.rows.main - blockHeight - 1),
    prompts: events.flatMap((event) => event.prompts.map(promptText)),
    ...(lastEvent ? { lastEvent } : {}),
  };
}

/** The block the run is at, its references resolved against the contact as it is now; once the
 * run ended, the last block it ran, resolved against the contact that block saw. */
function blockShown(session: Session, setup: Pick<StepperSetup, 'flow' | 'deps'>, width: number): ScreenModel['block'] {
  const here = current(session);
  const seen = here.state.at ? here : previous(session);
  const position = seen?.state.at;
  const action = position ? actionAt(setup.flow, setup.deps.flows, position) : undefined;
  if (!seen || !position || !action) return { identifier: position?.action ?? '(none)', type: '', lines: [] };
  const lines = detailLines(parameterLines(action.Parameters ?? {}, seen.state.contact), width);
  return { identifier: action.Identifier, type: action.Type, lines };
}
