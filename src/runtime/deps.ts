// Everything a step may use besides the state: injected, so the same runtime serves the CLI,
// tests, scenario runs and the TUI. Only the store and the flow resolver touch anything outside.
import type { LoadedFlow } from '../flow/types.js';
import type { ProfileStore } from '../store/types.js';
import type { IdSource } from './ids.js';
import type { Mocks } from './mocks.js';
import type { RunState } from './state.js';

/** The documented Error causes besides bad request values (admin guide, Customer profiles block). */
export type ProfileFault = 'Throttled' | 'Unavailable';

export interface ProfilesDeps {
  readonly store: ProfileStore;
  /** false: Customer Profiles is not enabled for the instance, every profile block takes Error. */
  readonly enabled: boolean;
  /** Injected failures by block Identifier, or "*" for every Customer Profiles block. */
  readonly faults: Readonly<Record<string, ProfileFault>>;
  /** The AWS account in profile ARNs. */
  readonly accountId: string;
}

export interface FlowResolver {
  /** The flow (TransferToFlow) or module (InvokeFlowModule) a reference names: ARN, id or name. */
  resolve(reference: string, kind: 'flow' | 'module'): LoadedFlow | undefined;
  /** A flow resolved earlier, by its LoadedFlow.file. */
  byFile(file: string): LoadedFlow | undefined;
}

export interface InputRequest {
  readonly identifier: string;
  /** What the block plays or sends while it waits. */
  readonly prompt?: string;
  /** The block has its result without an answer (a mocked bot): take a scripted one, never ask for one. */
  readonly optional?: boolean;
}

/** The customer's answer: a value, or nothing before the time-out (null). */
export type InputAnswer = string | null;

export interface InputSource {
  next(request: InputRequest, state: RunState): InputAnswer;
}

export interface RuntimeDeps {
  readonly profiles: ProfilesDeps;
  /** The time the contact started; Wait blocks add simulated seconds to it. */
  readonly clock: () => Date;
  readonly input: InputSource;
  readonly mocks: Mocks;
  readonly flows: FlowResolver;
  /** Where ids cfsim makes come from (seeded); absent: the store makes random ones. */
  readonly ids?: IdSource;
}

/** The contact file's Inputs, consumed in order; none left means the customer stays silent. */
export function scriptedInput(inputs: readonly InputAnswer[]): InputSource {
  return { next: (_request, state) => inputs[state.inputIndex] ?? null };
}

/** A resolver for runs that never leave their flow. */
export const NO_FLOWS: FlowResolver = { resolve: () => undefined, byFile: () => undefined };

/** A documented-looking example account (AWS docs use 111122223333). */
export const DEFAULT_ACCOUNT_ID = '111122223333';
