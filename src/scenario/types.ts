// The scenario model (a *.test.yaml file after schema validation) and the results of running it.
// Plain data: the loader builds it, the runner reads it, the reporters print the results.
import type { SourcePosition } from '../flow/types.js';
import type { ProfileFault } from '../runtime/deps.js';
import type { Mocks } from '../runtime/mocks.js';

export type ExpectedValue = string | number | boolean | null;

/** One expected outside call (or `times` in a row); see schemas/scenario.schema.json. */
export interface ExpectedCall {
  readonly block?: string;
  readonly kind?: 'lambda' | 'lex' | 'cases' | 'views' | 'tasks';
  readonly resource?: string;
  readonly parameters?: Readonly<Record<string, ExpectedValue>>;
  readonly times?: number;
}

/** What a case's run must do; every listed expectation must hold. See schemas/scenario.schema.json. */
export interface Expectations {
  readonly path?: readonly string[];
  readonly pathPrefix?: readonly string[];
  readonly branches?: Readonly<Record<string, string | readonly string[]>>;
  readonly customer?: Readonly<Record<string, ExpectedValue>>;
  readonly attributes?: Readonly<Record<string, ExpectedValue>>;
  readonly flowAttributes?: Readonly<Record<string, ExpectedValue>>;
  readonly calls?: readonly ExpectedCall[];
  readonly prompts?: readonly string[];
  readonly promptsContain?: readonly string[];
  readonly outcome?: 'Disconnected' | 'Transferred' | 'Ended' | 'Error';
  readonly queue?: string;
  readonly error?: string;
}

export type ExpectationKind = keyof Expectations;

export interface ScenarioCase {
  readonly name: string;
  /** 0-based position in `cases`. */
  readonly index: number;
  /** Where the case starts in the scenario file (its `name`), for reports and annotations. */
  readonly position: SourcePosition;
  /** The case's contact merged over the file's `contact`, still unchecked. */
  readonly contact: Readonly<Record<string, unknown>>;
  readonly mocks?: Mocks;
  readonly faults: Readonly<Record<string, ProfileFault>>;
  /** The reason, or "" when skipped without one; absent when the case runs. */
  readonly skip?: string;
  /** `only: true`: when any case of the run has it, only those run. */
  readonly only?: boolean;
  readonly expect: Expectations;
}

/** A scenario file as written, references not yet read. */
export interface ScenarioDocument {
  readonly file: string;
  readonly flow: string;
  /** The profiles fixture file, as `cfsim run --profiles` takes. */
  readonly profiles?: string;
  /** A mocks file, or the mocks inline. */
  readonly mocks?: string | Mocks;
  readonly flows: Readonly<Record<string, string>>;
  readonly maxSteps?: number;
  readonly cases: readonly ScenarioCase[];
}

/** The keys of a scenario file that name other files: what prepareScenario reads. */
export type ScenarioReferences = Pick<ScenarioDocument, 'file' | 'flow' | 'profiles' | 'mocks' | 'flows'>;

/** One expectation that did not hold. */
export interface Failure {
  readonly expectation: ExpectationKind | 'run';
  /** One line: `branches.get-profile: expected NoneFoundError, got Success`. */
  readonly message: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Where the run left the path the case expected: the step that went elsewhere. */
export interface Divergence {
  /** 1-based step number. */
  readonly step: number;
  readonly identifier: string;
  readonly branch: string;
  readonly next: string | null;
  readonly reason?: string;
  /** What the case expected at that point: the next identifier, or the branch. */
  readonly expected: string;
}

/** Not a failure, but worth a look (a mock no run reached), at its place in the scenario file. */
export interface ScenarioWarning {
  readonly message: string;
  readonly position: SourcePosition;
}

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface CaseResult {
  readonly name: string;
  readonly position: SourcePosition;
  readonly status: CaseStatus;
  readonly durationMs: number;
  readonly failures: readonly Failure[];
  readonly divergence?: Divergence;
  /** The identifiers and branches the run took (empty when skipped), for failure output. */
  readonly steps: readonly { readonly identifier: string; readonly branch: string }[];
  readonly skipReason?: string;
  /** Mocks the case gave that its run never reached. */
  readonly warnings: readonly ScenarioWarning[];
}

export interface FileResult {
  readonly file: string;
  /** The flow under test, as the scenario file names it, relative to the current directory. */
  readonly flow: string;
  readonly cases: readonly CaseResult[];
  /** The file's own mocks that no case reached. */
  readonly warnings: readonly ScenarioWarning[];
  readonly durationMs: number;
}

export interface Totals {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

export function totalsOf(files: readonly FileResult[]): Totals {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) for (const result of file.cases) totals[result.status]++;
  return totals;
}
