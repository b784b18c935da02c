import { type Key, useApp, useInput } from 'ink';
import { useMemo, useRef, useState } from 'react';
import { blockRows, currentRow } from './block-rows.js';
import { answerEdit, burstOf, commandFor, isLineBreak, NO_KEY, splitAnswer } from './keys.js';
import { layoutFor } from './layout.js';
import { Screen } from './Screen.js';
import type { Session } from './session.js';
import type { Stepper } from './stepper.js';
import { useTerminalSize } from './terminal-size.js';
import { TooSmall } from './TooSmall.js';

export interface AppProps {
  readonly stepper: Stepper;
  /** Saves the run as a scenario test case and resolves to the line to show; absent without --save-test. */
  readonly save?: ((session: Session) => Promise<string>) | undefined;
}

interface View {
  readonly session: Session;
  /** The selected row of the block list; undefined follows the current block. */
  readonly selected: number | undefined;
  /** The answer being typed. */
  readonly typed: string;
}

export function App({ stepper, save }: AppProps) {
  const { exit } = useApp();
  const [view, setView] = useState<View>(() => ({ session: stepper.session(), selected: undefined, typed: '' }));
  // Keys can arrive between two renders: the handler reads the latest view, not the one it closed over.
  const latest = useRef(view);
  const show = (next: View): void => {
    latest.current = next;
    setView(next);
  };
  const moved = (session: Session): void => show({ session, selected: undefined, typed: '' });
  const { setup } = stepper;

  /** One key (or one paste into an answer); false when it quits. */
  const press = (input: string, key: Key): boolean => {
    const now = latest.current;
    const question = now.session.question;
    if (question) {
      const edit = answerEdit(now.typed, input, key, question.kind === 'digits');
      if (edit?.kind === 'text') show({ ...now, typed: edit.text });
      // Nothing typed means the customer stays silent: the block's time-out branch.
      else if (edit?.kind === 'send') moved(stepper.answer(edit.text === '' ? null : edit.text));
      else if (edit?.kind === 'cancel') moved(stepper.dismissQuestion());
      return true;
    }
    const rows = blockRows(now.session, setup.flow, setup.deps.flows);
    const selected = now.selected ?? currentRow(rows);
    switch (commandFor(input, key)) {
      case 'step':
        moved(stepper.forward());
        return true;
      case 'back':
        moved(stepper.back());
        return true;
      case 'continue':
        moved(stepper.continueRun());
        return true;
      case 'restart':
        moved(stepper.restart());
        return true;
      case 'up':
        show({ ...now, selected: Math.max(0, selected - 1) });
        return true;
      case 'down':
        show({ ...now, selected: Math.min(rows.length - 1, selected + 1) });
        return true;
      case 'breakpoint': {
        const row = rows[selected];
        if (row) show({ ...now, session: stepper.toggleBreakpoint(row.key) });
        return true;
      }
      case 'save':
        if (!save) show({ ...now, session: stepper.notify('start cfsim step with --save-test <file> to save this run as a test case') });
        else void save(now.session).then((notice) => show({ ...latest.current, session: stepper.notify(notice) }));
        return true;
      case 'quit':
        exit();
        return false;
      case undefined:
        return true;
    }
  };

  useInput((input, key) => {
    const burst = burstOf(input, key);
    if (!burst) return void press(input, key);
    // Key by key, each on the state the one before left: `nnn` steps three times. Once a question is
    // up, the rest of the burst is typed into the answer, as it would be key by key.
    let index = 0;
    while (index < burst.length) {
      if (latest.current.session.question) {
        const { answer, after } = splitAnswer(burst.slice(index));
        if (!press(answer, NO_KEY)) return;
        burst.splice(index, burst.length - index, ...after);
        // An answer sent leaves the run moving again; an answer still being typed took every key.
        if (latest.current.session.question && after.length === 0) return;
        continue;
      }
      const single = burst[index] as string;
      if (!press(single, { ...NO_KEY, return: isLineBreak(single) })) return;
      index++;
    }
  });

  const terminal = useTerminalSize();
  const layout = useMemo(() => layoutFor(terminal.columns, terminal.rows), [terminal.columns, terminal.rows]);
  // The keys above work on a terminal too small to draw on: q still quits.
  if (!layout) return <TooSmall {...terminal} />;
  return <Screen session={view.session} setup={setup} layout={layout} selected={view.selected} typed={view.typed} />;
}
