import { InvalidArgumentError, type Command } from 'commander';
import { pathArgument } from '../path-argument.js';
import type { CommandContext } from '../program.js';
import type { FieldOptions } from './profiles/field-options.js';
import type { StoreOptions } from './profiles/store-access.js';

const STORE_HELP = `
The store is a SQLite file: --store <file.db>, else $CFSIM_STORE, else ./cfsim-profiles.db.
import, create and domains create make the store if it is missing; the other commands need it to exist.
Output is a table on a terminal and JSON otherwise (pipes, scripts) or with --json.
Search keys: _profileId, _phone, _email, _account, _fullName, and custom keys (add-key).
See docs/profile-store.md.`;

const IMPORT_EXIT_CODES = `
Exit codes:
  0  every row was imported
  1  some rows were rejected (listed with their lines); the others were imported
  2  the file cannot be read, or a usage problem (nothing imported)`;

const CHECK_EXIT_CODES = `
Exit codes:
  0  the store is intact
  1  problems were found (listed, with the fix)
  2  the file is not a cfsim store, or cannot be read`;

/** `cfsim profiles <subcommand>`: every action imports its module (and the store) only when it runs. */
export function registerProfiles(program: Command, context: CommandContext): void {
  const profiles = program
    .command('profiles')
    .description('manage a profile store: import, list, search, create, get, update, delete, keys, stats, domains, check')
    .addHelpText('after', STORE_HELP);
  const { io, setExitCode } = context;
  const sub = (name: string, description: string): Command => withStoreOptions(profiles.command(name).description(description));

  sub('import', 'add the profiles of a CSV, JSON Lines, JSON or YAML file, in one transaction')
    .argument('<file>', 'a .csv (header row of field names), .jsonl, .json or .yaml file', pathArgument)
    .addHelpText('after', IMPORT_EXIT_CODES)
    .action(async (file: string, options: StoreOptions) => {
      const { importProfilesFile } = await import('./profiles/import-action.js');
      setExitCode(await importProfilesFile(file, options, io));
    });

  // --key and --value build one list of pairs, in the order they are written.
  const pairs: SearchPair[] = [];
  sub('search', 'SearchProfiles: find profiles by one to five key/value pairs')
    .option('-k, --key <name>', 'a search key; the --value options after it are its values', (name: string) => {
      pairs.push({ KeyName: name, Values: [] });
      return pairs;
    })
    .option('-v, --value <value>', 'a value for the last --key (repeat for several: any of them)', (value: string) => {
      const last = pairs[pairs.length - 1];
      if (!last) throw new InvalidArgumentError('give --key <name> before its --value');
      last.Values.push(value);
      return pairs;
    })
    .option('--and', 'profiles must match every key (LogicalOperator AND)', false)
    .option('--or', 'profiles may match any key (LogicalOperator OR, the default)', false)
    .option('--max-results <n>', 'profiles per page, 1 to 100 (default 20)', wholeNumber)
    .option('--next-token <token>', 'the NextToken printed with the previous page')
    .action(async (options: SearchCommandOptions) => {
      const { searchCommand } = await import('./profiles/search-action.js');
      setExitCode(await searchCommand(pairs, options, io));
    });

  sub('list', "the domain's profiles, oldest first, a page at a time")
    .option('--max-results <n>', 'profiles per page, 1 to 100 (default 20)', wholeNumber)
    .option('--next-token <token>', 'the NextToken printed with the previous page')
    .action(async (options: ListCommandOptions) => {
      const { listCommand } = await import('./profiles/list-action.js');
      setExitCode(await listCommand(options, io));
    });

  withFieldOptions(sub('create', 'CreateProfile: add a profile (prints its ProfileId)')).action(async (options: FieldCommandOptions) => {
    const { createCommand } = await import('./profiles/profile-actions.js');
    setExitCode(await createCommand(options, io));
  });

  sub('get', 'print a profile and its custom keys').argument('<profileId>').action(async (id: string, options: StoreOptions) => {
    const { getCommand } = await import('./profiles/profile-actions.js');
    setExitCode(await getCommand(id, options, io));
  });

  withFieldOptions(sub('update', 'UpdateProfile: change the fields given ("" removes a value)'))
    .argument('<profileId>')
    .action(async (id: string, options: FieldCommandOptions) => {
      const { updateCommand } = await import('./profiles/profile-actions.js');
      setExitCode(await updateCommand(id, options, io));
    });

  sub('delete', 'DeleteProfile: remove a profile and its keys').argument('<profileId>').action(async (id: string, options: StoreOptions) => {
    const { deleteCommand } = await import('./profiles/profile-actions.js');
    setExitCode(await deleteCommand(id, options, io));
  });

  for (const [name, description] of [
    ['add-key', 'AddProfileKey: make the profile findable by <keyName> = each value'],
    ['delete-key', 'DeleteProfileKey: remove values of a custom key from the profile'],
  ] as const) {
    sub(name, description)
      .argument('<profileId>')
      .argument('<keyName>')
      .argument('<values...>')
      .action(async (id: string, keyName: string, values: string[], options: StoreOptions) => {
        const { keyCommand } = await import('./profiles/profile-actions.js');
        setExitCode(await keyCommand(name, { ProfileId: id, KeyName: keyName, Values: values }, options, io));
      });
  }

  sub('stats', 'GetDomain: the domain with its ProfileCount and ObjectCount').action(async (options: StoreOptions) => {
    const { statsCommand } = await import('./profiles/domain-actions.js');
    setExitCode(await statsCommand(options, io));
  });

  sub('check', "SQLite's integrity check of the store file, and of its key index against the profiles")
    .option('--repair', 'rebuild the key index from the profiles (fixes what the index check finds)', false)
    .addHelpText('after', CHECK_EXIT_CODES)
    .action(async (options: CheckCommandOptions) => {
      const { checkCommand } = await import('./profiles/check-action.js');
      setExitCode(await checkCommand(options, io));
    });

  sub('domains', 'list the domains, or get / create / update / delete one (delete removes its profiles)')
    .argument('[action]', 'list (default), get, create, update or delete', 'list')
    .argument('[name]', 'the domain to get, create, update or delete')
    .option('--expiration-days <n>', 'DefaultExpirationDays of the domain created or updated (1 to 1098)', wholeNumber)
    .option('--yes', 'with delete: delete the domain even though it holds profiles', false)
    .action(async (action: string, name: string | undefined, options: DomainCommandOptions) => {
      const { domainsCommand } = await import('./profiles/domain-actions.js');
      setExitCode(await domainsCommand(action, name, options, io));
    });
}

export interface SearchPair {
  readonly KeyName: string;
  readonly Values: string[];
}

export type SearchCommandOptions = StoreOptions & {
  readonly and: boolean;
  readonly or: boolean;
  readonly maxResults?: number;
  readonly nextToken?: string;
};
export type ListCommandOptions = StoreOptions & { readonly maxResults?: number; readonly nextToken?: string };
export type CheckCommandOptions = StoreOptions & { readonly repair: boolean };
export type FieldCommandOptions = StoreOptions & FieldOptions;
export type DomainCommandOptions = StoreOptions & { readonly expirationDays?: number; readonly yes: boolean };

function withStoreOptions(command: Command): Command {
  return command
    .option('-s, --store <file.db>', 'the SQLite store file (default: $CFSIM_STORE or ./cfsim-profiles.db)', pathArgument)
    .option('-d, --domain <name>', 'the domain (default: "default", which always exists)')
    .option('--region <country>', 'region for phone numbers without a country code, in a new store (default US)')
    .option('--json', 'print JSON (the default when the output is not a terminal)', false);
}

function withFieldOptions(command: Command): Command {
  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  return command
    .option('--first-name <name>')
    .option('--middle-name <name>')
    .option('--last-name <name>')
    .option('--phone <number>', 'PhoneNumber')
    .option('--email <address>', 'EmailAddress')
    .option('--account <number>', 'AccountNumber')
    .option('--attr <name=value>', 'an attribute (Attributes.<name>); repeat for more', collect, [])
    .option('--field <name=value>', 'any field: FirstName, ShippingCity, BillingAddress.State, Attributes.x, ...', collect, []);
}

function wholeNumber(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError('give a whole number');
  return number;
}
