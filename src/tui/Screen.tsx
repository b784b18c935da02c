import { Box } from 'ink';
import { useMemo } from 'react';
import { BlockDetails } from './BlockDetails.js';
import { BlockList } from './BlockList.js';
import { currentRow } from './block-rows.js';
import { ContactState } from './ContactState.js';
import { Header } from './Header.js';
import { KeyHelp } from './KeyHelp.js';
import type { Layout } from './layout.js';
import { Prompts } from './Prompts.js';
import { screenModel } from './screen-model.js';
import { current, type Session } from './session.js';
import { StatusArea } from './StatusArea.js';
import type { StepperSetup } from './stepper.js';

export interface ScreenProps {
  readonly session: Session;
  readonly setup: StepperSetup;
  readonly layout: Layout;
  /** The selected row of the block list; undefined follows the current block. */
  readonly selected: number | undefined;
  /** The answer being typed. */
  readonly typed: string;
}

/** The whole screen, each part in the rows and columns the layout gives it. */
export function Screen({ session, setup, layout, selected, typed }: ScreenProps) {
  const model = useMemo(() => screenModel(session, setup, layout), [session, setup, layout]);
  const state = current(session).state;
  const { rows, listWidth, sideWidth } = layout;
  return (
    <Box flexDirection="column" width={layout.width}>
      <Header flowName={setup.flow.name} state={state} waiting={session.question !== undefined} />
      <Box height={rows.main}>
        <BlockList rows={model.rows} selected={selected ?? currentRow(model.rows)} breakpoints={session.breakpoints} width={listWidth} height={rows.main} />
        <Box flexDirection="column" marginLeft={1} width={sideWidth}>
          <BlockDetails {...model.block} width={sideWidth} height={model.blockHeight} />
          <ContactState lines={model.contact} width={sideWidth} height={rows.main - model.blockHeight} />
        </Box>
      </Box>
      <Prompts prompts={model.prompts} height={rows.prompts} />
      <StatusArea
        end={state.end}
        question={session.question}
        typed={typed}
        notice={session.notice}
        lastEvent={model.lastEvent}
        width={layout.width}
        height={rows.status}
      />
      <KeyHelp question={session.question} width={layout.width} height={rows.help} />
    </Box>
  );
}
