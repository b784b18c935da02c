// The run as one JSON document, the contract of `cfsim run --json` and of the library's runFlow:
// {outcome, queue?, error?, steps: [{identifier, type, branch, next, reason?, notSimulated?}], prompts, attributes, customer}.
import type { Prompt } from './outcome.js';
import type { RunOutput } from './run.js';
import type { EndOutcome, RunErrorInfo } from './state.js';

export interface RunStepResult {
  readonly identifier: string;
  readonly type: string;
  readonly branch: string;
  readonly next: string | null;
  readonly reason?: string;
  /** true when cfsim does not know the block's type: it took the success branch (or a blocks: mock). */
  readonly notSimulated?: true;
}

export interface RunResult {
  readonly outcome: EndOutcome | 'Error';
  readonly queue?: string;
  readonly error?: RunErrorInfo;
  readonly steps: readonly RunStepResult[];
  /** Text and SSML as played or sent; "prompt:<id or ARN>" and "media:<uri>" for recordings. */
  readonly prompts: readonly string[];
  /** $.Attributes at the end. */
  readonly attributes: Readonly<Record<string, string>>;
  /** $.Customer at the end, flat as the flow sees it ("Attributes.tier"). */
  readonly customer: Readonly<Record<string, string>>;
}

export function promptText(prompt: Prompt): string {
  return prompt.kind === 'prompt' || prompt.kind === 'media' ? `${prompt.kind}:${prompt.text}` : prompt.text;
}

export function toRunResult({ state, events }: RunOutput): RunResult {
  const end = state.end ?? { outcome: 'Error' as const };
  return {
    outcome: end.outcome,
    ...(end.queue !== undefined ? { queue: end.queue } : {}),
    ...(end.error ? { error: end.error } : {}),
    steps: events.map((event) => ({
      identifier: event.identifier,
      type: event.type,
      branch: event.branch,
      next: event.next,
      ...(event.reason ? { reason: event.reason } : {}),
      ...(event.notSimulated ? { notSimulated: true as const } : {}),
    })),
    prompts: events.flatMap((event) => event.prompts.map(promptText)),
    attributes: state.contact.Attributes,
    customer: state.contact.Customer,
  };
}
