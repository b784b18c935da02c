// `cfsim profiles stats` (GetDomain with its Stats) and `cfsim profiles domains [list|get|create|update|delete]`.
import { ExitCode, UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { Domain } from '../../../store/types.js';
import type { DomainCommandOptions } from '../profiles.js';
import { count, formatTable, printJson, wantsJson } from './output.js';
import { NAME_LIMIT, sameStore, withStore, type FieldSources, type StoreOptions } from './store-access.js';

export async function statsCommand(options: StoreOptions, io: CliIO, fields?: FieldSources): Promise<ExitCode> {
  const domain = await withStore(
    options,
    io,
    'existing',
    (store) => store.getDomain(options.domain === undefined ? {} : { DomainName: options.domain }),
    fields,
  );
  if (wantsJson(options, io)) printJson(io, domain);
  else io.stdout(formatDomains([domain]));
  return ExitCode.Ok;
}

export async function domainsCommand(action: string, name: string | undefined, options: DomainCommandOptions, io: CliIO): Promise<ExitCode> {
  const needName = (): string => {
    if (name === undefined) {
      throw new UsageError(
        `domains ${action}: which domain?`,
        `name it after ${action} (\`cfsim profiles domains ${action} default${sameStore(options)}\`); the domains: \`cfsim profiles domains list${sameStore(options)}\``,
      );
    }
    return name;
  };
  // The domain is named by the argument here, not by --domain.
  const fields: FieldSources = {
    DomainName: { flag: `domains ${action} ${name}`, fix: `give a domain name of ${NAME_LIMIT}` },
    DefaultExpirationDays: { flag: '--expiration-days', fix: 'give --expiration-days a whole number from 1 to 1098' },
  };
  switch (action) {
    case 'list': {
      const domains = await withStore(options, io, 'existing', (store) => store.listDomains().map((domain) => store.getDomain(domain)));
      if (wantsJson(options, io)) printJson(io, { Items: domains });
      else io.stdout(formatDomains(domains));
      return ExitCode.Ok;
    }
    case 'get':
      return statsCommand({ ...options, domain: needName() }, io, fields);
    case 'create':
    case 'update': {
      const DomainName = needName();
      const days = options.expirationDays === undefined ? {} : { DefaultExpirationDays: options.expirationDays };
      if (action === 'update' && options.expirationDays === undefined) {
        throw new UsageError(
          'domains update: nothing to change',
          `give --expiration-days, 1 to 1098: \`cfsim profiles domains update ${DomainName} --expiration-days 365${sameStore(options)}\``,
        );
      }
      const domain = await withStore(
        options,
        io,
        action === 'create' ? 'create' : 'existing',
        (store) => (action === 'create' ? store.createDomain({ DomainName, ...days }) : store.updateDomain({ DomainName, ...days })),
        fields,
      );
      if (wantsJson(options, io)) printJson(io, domain);
      else io.stdout(`${action}d domain ${domain.DomainName}${domain.DefaultExpirationDays === undefined ? '' : ` (DefaultExpirationDays ${domain.DefaultExpirationDays})`}\n`);
      return ExitCode.Ok;
    }
    case 'delete': {
      const DomainName = needName();
      const { result, profiles } = await withStore(
        options,
        io,
        'existing',
        (store) => {
          // DeleteDomain takes every profile with it: ask for --yes first when there are any.
          const profiles = store.getDomain({ DomainName }).Stats?.ProfileCount ?? 0;
          if (profiles > 0 && !options.yes) {
            throw new UsageError(
              `domain ${DomainName} holds ${count(profiles, 'profile')}`,
              `add --yes to delete domain ${DomainName} and its ${count(profiles, 'profile')}: \`cfsim profiles domains delete ${DomainName} --yes${sameStore(options)}\``,
            );
          }
          return { result: store.deleteDomain({ DomainName }), profiles };
        },
        fields,
      );
      if (wantsJson(options, io)) printJson(io, result);
      else io.stdout(`deleted domain ${DomainName}${profiles ? ` and its ${count(profiles, 'profile')}` : ' (it held no profiles)'}\n`);
      return ExitCode.Ok;
    }
    default:
      throw new UsageError(
        `domains ${action}: unknown action`,
        `use list, get, create, update or delete, as in \`cfsim profiles domains list${sameStore(options)}\``,
      );
  }
}

function formatDomains(domains: readonly Domain[]): string {
  return formatTable(
    ['Domain', 'Profiles', 'Objects', 'Created'],
    domains.map((domain) => [
      domain.DomainName,
      String(domain.Stats?.ProfileCount ?? ''),
      String(domain.Stats?.ObjectCount ?? ''),
      domain.CreatedAt,
    ]),
  );
}
