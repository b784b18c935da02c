// Small pieces the block handlers share: reading parameters safely, prompts, mocks.
import type { FlowAction } from '../flow/types.js';
import { MAX_VALUE_TEXT } from '../flow/value-text.js';
import type { ContactData } from '../runtime/contact.js';
import { PROMPT_TEXT_MAX_CHARS } from '../runtime/connect-limits.js';
import { resolveText } from '../runtime/jsonpath.js';
import { takeMock, type MockBase, type MockTable, type TakenMock } from '../runtime/mocks.js';
import { errorBranch, NEXT, type BlockContext, type Outcome, type Prompt } from '../runtime/outcome.js';

/** A parameter as validated flows have it; anything else reads as absent. */
export function param(action: FlowAction, name: string): unknown {
  const parameters = action.Parameters as Readonly<Record<string, unknown>> | undefined;
  return parameters && typeof parameters === 'object' ? parameters[name] : undefined;
}

/** A parameter's text with `$.` references resolved; undefined when the parameter is absent. */
export function textParam(action: FlowAction, contact: ContactData, name: string): string | undefined {
  const value = param(action, name);
  return value === undefined || value === null ? undefined : resolveText(value, contact);
}

export function recordParam(action: FlowAction, name: string): Readonly<Record<string, unknown>> {
  const value = param(action, name);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** "True", "true", true: the flow language writes booleans as strings. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** The prompt a participant block plays or sends: Text, SSML, a prompt (ARN or id), or S3 media. */
export function promptOf(parameters: Readonly<Record<string, unknown>>, contact: ContactData): Prompt | undefined {
  if (parameters.Text !== undefined) return { kind: 'text', text: resolveText(parameters.Text, contact) };
  if (parameters.SSML !== undefined) return { kind: 'ssml', text: resolveText(parameters.SSML, contact) };
  if (parameters.PromptId !== undefined) return { kind: 'prompt', text: resolveText(parameters.PromptId, contact) };
  const media = parameters.Media as { Uri?: unknown } | undefined;
  if (media && typeof media === 'object' && media.Uri !== undefined) return { kind: 'media', text: resolveText(media.Uri, contact) };
  return undefined;
}

/**
 * NoMatchingError for a Text or SSML prompt longer than text-to-speech takes (connect-limits.ts):
 * Amazon Connect cannot play or send it, so the block errs before it plays anything.
 */
export function promptTooLong(prompts: readonly (Prompt | undefined)[]): Outcome | undefined {
  const long = prompts.find((prompt) => prompt && (prompt.kind === 'text' || prompt.kind === 'ssml') && prompt.text.length > PROMPT_TEXT_MAX_CHARS);
  if (!long) return undefined;
  const size = long.text.length >= MAX_VALUE_TEXT ? `at least ${MAX_VALUE_TEXT.toLocaleString('en-US')}` : long.text.length.toLocaleString('en-US');
  return {
    branch: errorBranch('NoMatchingError'),
    reason: `NoMatchingError: the ${long.kind === 'ssml' ? 'SSML' : 'text'} prompt is ${size} characters long; text-to-speech takes at most ${PROMPT_TEXT_MAX_CHARS.toLocaleString('en-US')}`,
  };
}

export function actionPrompt(action: FlowAction, contact: ContactData): Prompt | undefined {
  return promptOf((action.Parameters ?? {}) as Readonly<Record<string, unknown>>, contact);
}

/** The mock for this block: by Identifier first, then by the resources it names, then "*". */
export function mockFor<T>(
  context: BlockContext,
  table: MockTable<T> | undefined,
  kind: string,
  action: FlowAction,
  ...resources: (string | undefined)[]
): TakenMock<T> | undefined {
  return takeMock(table, kind, [action.Identifier, ...resources], context.state.counters);
}

/** A mock that routes an error: the ErrorType it names, with its message in the trace. */
export function mockedError(taken: TakenMock<MockBase>, what: string): Outcome | undefined {
  const errorType = taken.mock.error;
  if (!errorType) return undefined;
  const reason = `${errorType}: ${taken.mock.message ?? `the mock for ${what} (${taken.key}) returns ${errorType}`}`;
  return { branch: errorBranch(errorType), reason, counters: taken.counters };
}

/** A block that only records a setting and goes on: Success, with the setting in the trace. */
export function recordSettings(settings: Readonly<Record<string, unknown>>, reason?: string): Outcome {
  return { branch: NEXT, settings, ...(reason ? { reason } : {}) };
}

/** The text of a resolved value after the last "/" or ":" (a queue or function name from its ARN). */
export function lastSegment(reference: string): string {
  return reference.slice(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':')) + 1);
}

/**
 * A map of names a flow chooses (attribute keys, profile fields), as an object with no prototype:
 * `__proto__`, `constructor` and `prototype` are names like any other, never the object's own members.
 */
export function namedValues<T>(...sources: readonly (Readonly<Record<string, T>> | undefined)[]): Record<string, T> {
  const values = Object.create(null) as Record<string, T>;
  for (const source of sources) if (source) for (const key of Object.keys(source)) values[key] = source[key] as T;
  return values;
}
