// What the outside world answers, for blocks that call outside the flow. Each table is keyed by
// block Identifier, by the resource the block names (Lambda ARN, bot alias ARN, view Id, queue...),
// or "*"; a list answers successive calls in order and repeats its last entry. docs/running-flows.md.

/** Every mock may route an error instead: an ErrorType of the block (NoMatchingError, QueueAtCapacity...). */
export interface MockBase {
  readonly error?: string;
  /** Shown in the trace with the error. */
  readonly message?: string;
}

export interface LambdaMock extends MockBase {
  /** The function's response, read as $.External. */
  readonly External?: Readonly<Record<string, unknown>>;
}

export interface LexMock extends MockBase {
  readonly intent?: string;
  readonly slots?: Readonly<Record<string, string>>;
  readonly sessionAttributes?: Readonly<Record<string, string>>;
  readonly dialogState?: string;
}

export interface ViewMock extends MockBase {
  /** The action the agent chose (a condition operand, e.g. "Next"). */
  readonly action?: string;
  /** Read as $.Views.ViewResultData. */
  readonly data?: unknown;
}

export interface CaseMock extends MockBase {
  /** Case fields read as $.Case.<field>. */
  readonly fields?: Readonly<Record<string, string>>;
}

/** For other outside calls (Voice ID, call progress, tasks, Wisdom ...): a result for the conditions, or an error. */
export interface ResultMock extends MockBase {
  readonly result?: string;
}

export interface MetricsMock extends MockBase {
  readonly NumberOfContactsInQueue?: number;
  readonly OldestContactInQueueAgeSeconds?: number;
  readonly NumberOfAgentsOnline?: number;
  readonly NumberOfAgentsAvailable?: number;
  readonly NumberOfAgentsStaffed?: number;
  readonly NumberOfAgentsAfterContactWork?: number;
  readonly NumberOfAgentsBusy?: number;
  readonly NumberOfAgentsMissed?: number;
  readonly NumberOfAgentsNonProductive?: number;
}

export interface HoursMock extends MockBase {
  /** A fixed answer. */
  readonly inHours?: boolean;
  /** Or a weekly schedule, checked against the clock: {MONDAY: ["09:00-17:00"], ...}. */
  readonly schedule?: Readonly<Record<string, readonly string[]>>;
  /** IANA time zone of the schedule; UTC when absent. */
  readonly timeZone?: string;
}

export interface QueueMock extends MockBase {
  readonly name?: string;
}

/**
 * Any block's branch, chosen by its Identifier, for known and unknown types alike: the block's own
 * work is skipped. `branch` is Success (its NextAction) or one of its ErrorTypes; `condition` is the
 * result its Conditions compare (e.g. "True").
 */
export interface BlockMock {
  readonly branch?: string;
  readonly condition?: string;
  /** Shown in the trace. */
  readonly message?: string;
}

export type MockEntry<T> = T | readonly T[];
export type MockTable<T> = Readonly<Record<string, MockEntry<T>>>;

export interface Mocks {
  readonly lambda?: MockTable<LambdaMock>;
  readonly lex?: MockTable<LexMock>;
  readonly views?: MockTable<ViewMock>;
  readonly cases?: MockTable<CaseMock>;
  readonly metrics?: MockTable<MetricsMock>;
  readonly hours?: MockTable<HoursMock>;
  readonly queues?: MockTable<QueueMock>;
  /** Any other outside call, keyed by block Identifier or action Type. */
  readonly results?: MockTable<ResultMock>;
  /** Any block's branch, by block Identifier (docs/running-flows.md, "Choosing a block's branch"). */
  readonly blocks?: MockTable<BlockMock>;
  /** DistributeByPercentage's random number (1-100), or one per call. */
  readonly percentage?: MockEntry<number>;
  /** The time the contact starts (ISO 8601), for CheckHoursOfOperation. */
  readonly clock?: string;
}

export interface TakenMock<T> {
  readonly mock: T;
  /** Which key matched, for the trace. */
  readonly key: string;
  /** The call counter to store in the state. */
  readonly counters: Readonly<Record<string, number>>;
}

/** The mock for the first key present (then "*"), the n-th entry of a list on the n-th call. */
export function takeMock<T>(
  table: MockTable<T> | undefined,
  kind: string,
  keys: readonly (string | undefined)[],
  counters: Readonly<Record<string, number>>,
): TakenMock<T> | undefined {
  if (!table) return undefined;
  const key = firstKey(table, keys);
  if (key === undefined) return undefined;
  const entry = table[key] as MockEntry<T>;
  const counterKey = `mock:${kind}:${key}`;
  const calls = counters[counterKey] ?? 0;
  const list = Array.isArray(entry) ? (entry as readonly T[]) : undefined;
  const mock = list ? list[Math.min(calls, list.length - 1)] : (entry as T);
  if (mock === undefined) return undefined;
  return { mock, key, counters: { [counterKey]: calls + 1 } };
}

/** The blocks: mock for this Identifier (no "*": a branch belongs to one block), the n-th entry on the n-th call. */
export function takeBlockMock(
  table: MockTable<BlockMock> | undefined,
  identifier: string,
  counters: Readonly<Record<string, number>>,
): TakenMock<BlockMock> | undefined {
  return table && Object.hasOwn(table, identifier) ? takeMock(table, 'blocks', [identifier], counters) : undefined;
}

function firstKey(table: object, keys: readonly (string | undefined)[]): string | undefined {
  for (const key of keys) if (key && Object.hasOwn(table, key)) return key;
  return Object.hasOwn(table, '*') ? '*' : undefined;
}

/** Mocks from the contact file take precedence over a --mocks file, table by table and key by key. */
export function mergeMocks(base: Mocks, override: Mocks): Mocks {
  const merged: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(override)) {
    const previous = merged[name];
    merged[name] =
      isTable(previous) && isTable(value) ? { ...previous, ...value } : value;
  }
  return merged as Mocks;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
