// `cfsim profiles search --key K --value V [--key K2 --value V2 ...] [--and|--or]`: SearchProfiles,
// the same search the GetCustomerProfile block runs (src/store/search.ts).
import { ExitCode, UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { SearchProfilesRequest } from '../../../store/types.js';
import type { SearchCommandOptions, SearchPair } from '../profiles.js';
import { formatProfileTable, printJson, wantsJson } from './output.js';
import { predefinedKeyMeant } from '../../../store/search-keys.js';
import { shellWord } from '../../../store/sqlite-errors.js';
import { NAME_LIMIT, sameStore, withStore, type FieldSources } from './store-access.js';

// The options that set each SearchProfiles field (AdditionalSearchKeys are the --key options after the first).
const SEARCH_FIELDS: FieldSources = {
  KeyName: { flag: '--key', fix: `give --key a name of ${NAME_LIMIT}` },
  Values: { flag: '--value', fix: 'give --value 1 to 255 characters' },
  AdditionalSearchKeys: { flag: '--key', fix: 'give at most 5 --key options' },
  MaxResults: { flag: '--max-results', fix: 'give --max-results a whole number from 1 to 100' },
  NextToken: {
    flag: '--next-token',
    fix: 'give --next-token the token the previous page printed, with the same --key, --value and --and/--or; or search again without it',
  },
};

export async function searchCommand(pairs: readonly SearchPair[], options: SearchCommandOptions, io: CliIO): Promise<ExitCode> {
  const request = searchRequest(pairs, options);
  // The same rule as the flow check CP008: a near-miss of a predefined key finds nothing; say so.
  for (const { KeyName } of pairs) {
    const meant = predefinedKeyMeant(KeyName);
    if (meant) io.stderr(`warning: --key ${shellWord(KeyName)} is not the predefined key ${meant}; did you mean ${meant}? (as written it is a custom key)\n  fix: --key ${meant}\n`);
  }
  const response = await withStore(options, io, 'existing', (store) => store.searchProfiles(request), SEARCH_FIELDS);
  if (wantsJson(options, io)) {
    printJson(io, response);
    return ExitCode.Ok;
  }
  if (response.Items.length === 0) io.stdout('no profile matches\n');
  else io.stdout(formatProfileTable(response.Items));
  if (response.NextToken) io.stdout(`more: ${searchCommandLine(pairs, options)} --next-token ${response.NextToken}${sameStore(options)}\n`);
  return ExitCode.Ok;
}

/** The search as a command line, to repeat it for the next page. */
function searchCommandLine(pairs: readonly SearchPair[], options: SearchCommandOptions): string {
  const words = ['cfsim profiles search'];
  if (options.domain !== undefined) words.push(`--domain ${shellWord(options.domain)}`);
  for (const { KeyName, Values } of pairs) {
    words.push(`--key ${shellWord(KeyName)}`, ...Values.map((value) => `--value ${shellWord(value)}`));
  }
  if (options.and) words.push('--and');
  if (options.maxResults !== undefined) words.push(`--max-results ${options.maxResults}`);
  return words.join(' ');
}

function searchRequest(pairs: readonly SearchPair[], options: SearchCommandOptions): SearchProfilesRequest {
  const [first, ...additional] = pairs;
  if (!first) {
    throw new UsageError(
      'search needs a key and a value',
      `give them, as in \`cfsim profiles search --key _phone --value +14255550100${sameStore(options)}\`; to see every profile: \`cfsim profiles list${sameStore(options)}\``,
    );
  }
  const empty = pairs.find((pair) => pair.Values.length === 0);
  if (empty) throw new UsageError(`--key ${empty.KeyName}: no --value after it`, `add --value <value> after --key ${empty.KeyName}`);
  if (options.and && options.or) throw new UsageError('--and and --or together', 'give one of them (OR is the default)');
  return {
    ...(options.domain === undefined ? {} : { DomainName: options.domain }),
    KeyName: first.KeyName,
    Values: first.Values,
    ...(additional.length ? { AdditionalSearchKeys: additional } : {}),
    ...(options.and ? { LogicalOperator: 'AND' as const } : options.or ? { LogicalOperator: 'OR' as const } : {}),
    ...(options.maxResults === undefined ? {} : { MaxResults: options.maxResults }),
    ...(options.nextToken === undefined ? {} : { NextToken: options.nextToken }),
  };
}
