// `cfsim run` for people: one line per block (identifier, type, branch taken and why), then what it
// played, what it changed, and how the contact ended.
import type { StepEvent } from '../../runtime/events.js';
import type { Prompt } from '../../runtime/outcome.js';
import type { RunOutput } from '../../runtime/run.js';
import type { RunEnd } from '../../runtime/state.js';
import type { Style } from './style.js';

const SUCCESS_BRANCHES = new Set(['Success', 'Condition']);

/**
 * The most characters of one value the trace prints: a value can hold 32 KB (an attribute) and a
 * prompt 6,000 characters, which would bury the trace; `--json` has them whole.
 */
const MAX_PRINTED_VALUE = 1_000;

/** What the run started from: the title (flow, channel, caller, contact file) and lines worth knowing first. */
export interface RunHeader {
  readonly title: string;
  readonly notes: readonly string[];
}

export function formatRunText(output: RunOutput, header: RunHeader, style: Style): string {
  const lines = [style.bold(header.title), ...header.notes.map((note) => style.dim(note))];
  const width = columnWidth(output.events.map((event) => event.identifier));
  const typeWidth = columnWidth(output.events.map((event) => event.type));
  let flow = output.events[0]?.flow;
  for (const event of output.events) {
    if (event.flow !== flow) {
      flow = event.flow;
      lines.push(style.magenta(`  ── flow ${flow}`));
    }
    lines.push(...eventLines(event, width, typeWidth, style));
  }
  lines.push('', endLine(output.state.end, output.state.steps, style));
  const { Attributes, Customer } = output.state.contact;
  if (Object.keys(Attributes).length) lines.push(`${style.bold('Attributes:')} ${pairs(Attributes)}`);
  if (Object.keys(Customer).length) lines.push(`${style.bold('Customer:')}   ${pairs(Customer)}`);
  return `${lines.join('\n')}\n`;
}

function eventLines(event: StepEvent, width: number, typeWidth: number, style: Style): string[] {
  const branch = SUCCESS_BRANCHES.has(event.branch) ? style.green(event.branch) : style.yellow(event.branch);
  const next = event.next ? ` ${style.dim('→')} ${event.next}` : '';
  const simulated = event.notSimulated ? ` ${style.yellow('(not simulated)')}` : '';
  const head = `${style.dim(String(event.step).padStart(3))}  ${style.bold(event.identifier.padEnd(width))}  ${event.type.padEnd(typeWidth)}  ${branch}${next}${simulated}`;
  const indent = ' '.repeat(7);
  const lines = [head];
  for (const prompt of event.prompts) lines.push(`${indent}${style.cyan('▶')} ${clip(promptLine(prompt))}`);
  if (event.input) lines.push(`${indent}${style.blue('◀')} ${event.input.value === null ? style.dim('(no input)') : clip(JSON.stringify(event.input.value))}`);
  if (event.reason) lines.push(`${indent}${style.dim(clip(event.reason))}`);
  for (const [key, value] of Object.entries(event.attributes ?? {})) lines.push(`${indent}${change(`$.Attributes.${key}`, value)}`);
  for (const [key, value] of Object.entries(event.customer ?? {})) lines.push(`${indent}${change(`$.Customer.${key}`, value)}`);
  for (const [key, value] of Object.entries(event.settings ?? {})) lines.push(`${indent}${style.dim(clip(`set ${key} = ${JSON.stringify(value)}`))}`);
  for (const note of event.notes ?? []) lines.push(`${indent}${style.dim(clip(note))}`);
  return lines;
}

/** Long names (console exports use UUIDs) are not padded to: the column would push everything right. */
function columnWidth(values: readonly string[]): number {
  return Math.min(36, Math.max(4, ...values.map((value) => value.length)));
}

function promptLine(prompt: Prompt): string {
  switch (prompt.kind) {
    case 'text':
      return JSON.stringify(prompt.text);
    case 'ssml':
      return `SSML ${JSON.stringify(prompt.text)}`;
    case 'prompt':
      return `prompt ${prompt.text}`;
    case 'media':
      return `media ${prompt.text}`;
  }
}

function change(path: string, value: string | null): string {
  return clip(value === null ? `${path} removed` : `${path} = ${JSON.stringify(value)}`);
}

function endLine(end: RunEnd | undefined, steps: number, style: Style): string {
  const after = `after ${steps} step${steps === 1 ? '' : 's'}`;
  if (!end) return style.red(`Not finished ${after}`);
  switch (end.outcome) {
    case 'Disconnected':
      return style.green(`Disconnected ${after}`);
    case 'Ended':
      return style.green(`Flow ended ${after}`);
    case 'Transferred': {
      const target = end.queue ? ` to queue ${end.queue}` : end.flow ? ` to flow ${end.flow} (not loaded)` : '';
      return style.green(`Transferred${target} ${after}`);
    }
    case 'Error':
      // A saved draft's open branch is a result of the run, not a fault: its message says "branch not connected".
      if (end.error?.code === 'BranchNotConnected') return style.red(`Stopped ${after}: ${clip(end.error.message)}`);
      return style.red(`Error ${after}: ${end.error ? clip(`${end.error.code}: ${end.error.message}`) : 'unknown'}`);
  }
}

function pairs(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([key, value]) => clip(`${key}=${JSON.stringify(value)}`))
    .join(', ');
}

/** A printed value cut at MAX_PRINTED_VALUE characters, saying how much was left out. */
function clip(text: string): string {
  if (text.length <= MAX_PRINTED_VALUE) return text;
  return `${text.slice(0, MAX_PRINTED_VALUE)}… (${(text.length - MAX_PRINTED_VALUE).toLocaleString('en-US')} more characters; --json prints all)`;
}
