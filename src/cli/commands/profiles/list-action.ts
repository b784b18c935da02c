// `cfsim profiles list`: the domain's profiles, oldest first, a page at a time (--max-results,
// --next-token), as `search` pages; the line after a page is the command that prints the next one.
import { ExitCode } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { ListCommandOptions } from '../profiles.js';
import { shellWord } from '../../../store/sqlite-errors.js';
import { formatProfileTable, printJson, wantsJson } from './output.js';
import { sameStore, withStore, type FieldSources } from './store-access.js';

const LIST_FIELDS: FieldSources = {
  MaxResults: { flag: '--max-results', fix: 'give --max-results a whole number from 1 to 100' },
  NextToken: { flag: '--next-token', fix: 'give --next-token the token the previous page printed; or list again without it' },
};

export async function listCommand(options: ListCommandOptions, io: CliIO): Promise<ExitCode> {
  const request = {
    ...(options.domain === undefined ? {} : { DomainName: options.domain }),
    ...(options.maxResults === undefined ? {} : { MaxResults: options.maxResults }),
    ...(options.nextToken === undefined ? {} : { NextToken: options.nextToken }),
  };
  const response = await withStore(options, io, 'existing', (store) => store.listProfiles(request), LIST_FIELDS);
  if (wantsJson(options, io)) {
    printJson(io, response);
    return ExitCode.Ok;
  }
  if (response.Items.length === 0) io.stdout(options.nextToken === undefined ? 'no profiles in this domain\n' : 'no more profiles\n');
  else io.stdout(formatProfileTable(response.Items));
  if (response.NextToken) {
    const same = [
      options.domain === undefined ? '' : ` --domain ${shellWord(options.domain)}`,
      options.maxResults === undefined ? '' : ` --max-results ${options.maxResults}`,
    ].join('');
    io.stdout(`more: cfsim profiles list${same} --next-token ${response.NextToken}${sameStore(options)}\n`);
  }
  return ExitCode.Ok;
}
