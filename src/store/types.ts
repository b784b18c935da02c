// The profile store's contract: the Customer Profiles API operations cfsim needs, synchronous
// because the store is an embedded database. Request and response shapes follow the API
// (service model customer-profiles 2020-08-15) so that code and docs read alike.
import type { Profile, ProfileFields } from './profile.js';

/** The exception names the Customer Profiles API declares for these operations. */
export type ProfilesApiErrorCode =
  | 'BadRequestException'
  | 'AccessDeniedException'
  | 'ResourceNotFoundException'
  | 'ThrottlingException'
  | 'InternalServerException';

/** An error the API itself would return; anything else thrown by a store is a bug. */
export class ProfilesApiError extends Error {
  constructor(
    readonly code: ProfilesApiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = code;
  }
}

export interface SearchKey {
  readonly KeyName: string;
  readonly Values: readonly string[];
}

export type LogicalOperator = 'AND' | 'OR';

export interface SearchProfilesRequest {
  readonly DomainName?: string;
  readonly KeyName: string;
  readonly Values: readonly string[];
  /** At most 4: five key/value pairs in all. */
  readonly AdditionalSearchKeys?: readonly SearchKey[];
  /** OR when absent, as the API does. */
  readonly LogicalOperator?: LogicalOperator;
  /** 1..100, 20 when absent. */
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

export type FoundProfile = Profile & { readonly FoundByItems: readonly SearchKey[] };

export interface SearchProfilesResponse {
  readonly Items: readonly FoundProfile[];
  readonly NextToken?: string;
}

/** `cfsim profiles list`: a domain's profiles in the order they were created, a page at a time. */
export interface ListProfilesRequest {
  readonly DomainName?: string;
  /** 1..100, 20 when absent. */
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

export interface ListProfilesResponse {
  readonly Items: readonly Profile[];
  readonly NextToken?: string;
}

export interface DomainStats {
  readonly ProfileCount: number;
  readonly ObjectCount: number;
}

export interface Domain {
  readonly DomainName: string;
  readonly DefaultExpirationDays?: number;
  readonly CreatedAt: string;
  readonly LastUpdatedAt: string;
  readonly Stats?: DomainStats;
}

type InDomain = { readonly DomainName?: string };

/** A profile as fixture and import files give it: the Profile shape with ProfileId optional, plus custom keys. */
export type ProfileRecord = ProfileFields & {
  readonly ProfileId?: string;
  /** Custom search keys, as AddProfileKey would add them. */
  readonly Keys?: Readonly<Record<string, readonly string[]>>;
};

export interface ImportProfilesRequest {
  readonly DomainName?: string;
  /** Records as read from a file (ProfileRecord shape, unchecked), checked like CreateProfile and AddProfileKey. */
  readonly Profiles: Iterable<unknown>;
  /** 'abort' (default): the first invalid record is thrown and nothing is imported; 'skip': it is reported and left out. */
  readonly OnInvalid?: 'abort' | 'skip';
  /** Each invalid record, by its position in Profiles (0-based). */
  readonly onRejected?: (index: number, error: ProfilesApiError) => void;
  /** Called every 10,000 records with the number read so far. */
  readonly onProgress?: (read: number) => void;
}

export interface ImportProfilesResponse {
  readonly Imported: number;
  readonly Rejected: number;
}

/** Marks a store state that rollbackTo returns to (isolated scenario cases, TUI step-back). */
export interface StoreCheckpoint {
  readonly id: number;
}

/**
 * Every operation takes an optional DomainName; absent means the store's default domain.
 * Failures the API would report are thrown as ProfilesApiError.
 */
export interface ProfileStore {
  readonly defaultDomain: string;

  createDomain(request: { DomainName: string; DefaultExpirationDays?: number }): Domain;
  getDomain(request: InDomain): Domain;
  listDomains(): readonly Domain[];
  updateDomain(request: { DomainName: string; DefaultExpirationDays?: number }): Domain;
  deleteDomain(request: { DomainName: string }): { Message: string };

  /** ProfileId is cfsim's own: a seeded run chooses the id (the API makes its own). */
  createProfile(request: InDomain & ProfileFields & { ProfileId?: string }): { ProfileId: string };
  /** Absent fields are kept, "" removes a value (UpdateProfile semantics). */
  updateProfile(request: InDomain & { ProfileId: string } & ProfileFields): { ProfileId: string };
  getProfile(request: InDomain & { ProfileId: string }): Profile;
  deleteProfile(request: InDomain & { ProfileId: string }): { Message: string };

  addProfileKey(request: InDomain & { ProfileId: string; KeyName: string; Values: readonly string[] }): SearchKey;
  deleteProfileKey(request: InDomain & { ProfileId: string; KeyName: string; Values: readonly string[] }): { Message: string };

  searchProfiles(request: SearchProfilesRequest): SearchProfilesResponse;

  /** Bulk insert in one transaction (fixtures, `cfsim profiles import`). Not an API operation. */
  importProfiles(request: ImportProfilesRequest): ImportProfilesResponse;
  /** A page of the domain's profiles, oldest first. Not an API operation (the service lists none). */
  listProfiles(request: ListProfilesRequest): ListProfilesResponse;
  /** The custom keys a profile was given with AddProfileKey. Not an API operation. */
  listProfileKeys(request: InDomain & { ProfileId: string }): readonly SearchKey[];

  checkpoint(): StoreCheckpoint;
  rollbackTo(checkpoint: StoreCheckpoint): void;
  /** Keeps what happened since the checkpoint and forgets it (and any later checkpoint). */
  releaseCheckpoint(checkpoint: StoreCheckpoint): void;

  /** Closes the database; changes since open checkpoints are kept (roll back first to discard them). */
  close(): void;
}
