// Domain operations of the SQLite store (CreateDomain, GetDomain, ListDomains, UpdateDomain, DeleteDomain).
// Stats: ProfileCount is counted; ObjectCount is 0 because cfsim keeps no profile objects (only profiles).
import { lastSeq, raiseSeqFloor, requireDomain, type StoreContext } from './sqlite-context.js';
import type { DomainRow } from './sqlite-statements.js';
import type { Domain } from './types.js';
import { badRequest, checkInteger, checkName, describe, isRecord } from './validate.js';

type DomainRequest = { DomainName: string; DefaultExpirationDays?: number };

function toDomain(row: DomainRow): Domain {
  return {
    DomainName: row.name,
    ...(row.expiration_days === null ? {} : { DefaultExpirationDays: row.expiration_days }),
    CreatedAt: row.created_at,
    LastUpdatedAt: row.updated_at,
  };
}

// Shape expirationDaysInteger: 1..1098.
function checkExpiration(value: unknown): number | null {
  return value === undefined ? null : checkInteger('DefaultExpirationDays', value, { min: 1, max: 1098 });
}

function checkDomainRequest(request: unknown, operation: string): Record<string, unknown> {
  if (!isRecord(request)) throw badRequest(`${operation} request must be an object (got ${describe(request)})`);
  return request;
}

export function createDomain(context: StoreContext, request: DomainRequest): Domain {
  const input = checkDomainRequest(request, 'CreateDomain');
  const name = checkName('DomainName', input.DomainName);
  const days = checkExpiration(input.DefaultExpirationDays);
  if (context.sql.domainByName.get(name)) throw badRequest(`Domain ${name} already exists`);
  const now = new Date().toISOString();
  context.sql.insertDomain.run(name, days, now, now);
  return toDomain(requireDomain(context, name));
}

export function getDomain(context: StoreContext, request: { DomainName?: string }): Domain {
  const input = checkDomainRequest(request, 'GetDomain');
  const row = requireDomain(context, input.DomainName);
  const ProfileCount = context.sql.countProfiles.get(row.domain_id) ?? 0;
  return { ...toDomain(row), Stats: { ProfileCount, ObjectCount: 0 } };
}

export function listDomains(context: StoreContext): Domain[] {
  return context.sql.domains.all().map(toDomain);
}

export function updateDomain(context: StoreContext, request: DomainRequest): Domain {
  const input = checkDomainRequest(request, 'UpdateDomain');
  const row = requireDomain(context, checkName('DomainName', input.DomainName));
  const days = input.DefaultExpirationDays === undefined ? row.expiration_days : checkExpiration(input.DefaultExpirationDays);
  context.sql.updateDomain.run(days, new Date().toISOString(), row.domain_id);
  return toDomain(requireDomain(context, row.name));
}

/** Deletes the domain with its profiles and their keys. */
export function deleteDomain(context: StoreContext, request: { DomainName: string }): { Message: string } {
  const input = checkDomainRequest(request, 'DeleteDomain');
  const row = requireDomain(context, checkName('DomainName', input.DomainName));
  raiseSeqFloor(context, lastSeq(context)); // the domain's numbers are never given again
  context.sql.deleteDomainKeys.run(row.domain_id);
  context.sql.deleteDomainSearchKeys.run(row.domain_id);
  context.sql.deleteDomainProfiles.run(row.domain_id);
  context.sql.deleteDomain.run(row.domain_id);
  return { Message: `Domain ${row.name} deleted` };
}

/** The default domain exists without being created (it is recreated on open if it was deleted). */
export function ensureDomain(context: StoreContext, name: string): void {
  if (!context.sql.domainByName.get(name)) createDomain(context, { DomainName: name });
}
