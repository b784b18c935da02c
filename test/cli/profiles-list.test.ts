// `cfsim profiles list` (pages of a domain's profiles, oldest first), and the README's "Keep profiles
// in a store" commands run as written in a fresh copy of the examples, with flows/customers.csv.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const inDir = (dir: string) => (args: readonly string[], isTTY = false) => runCli(args, { cwd: dir, isTTY });

describe('cfsim profiles list', () => {
  it('pages through the profiles oldest first; the line after a page is the command for the next one', async () => {
    const dir = tempDir('cfsim-list-');
    const cli = inDir(dir);
    writeFileSync(join(dir, 'people.csv'), `FirstName\n${['Ana', 'Bo', 'Cy', 'Dee', 'Eve'].join('\n')}\n`);
    expect((await cli(['profiles', 'import', 'people.csv', '--store', 'my crm.db'])).code).toBe(0);

    const first = await cli(['profiles', 'list', '--max-results', '2', '--store', 'my crm.db'], true);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ProfileId +FirstName +LastName[^\n]*\n[a-f0-9]{32} +Ana\n[a-f0-9]{32} +Bo\nmore: cfsim profiles list --max-results 2 --next-token \S+ --store 'my crm\.db'\n$/);
    const seen: string[] = [];
    let page = first.stdout;
    for (let pages = 0; pages < 5; pages++) {
      seen.push(...[...page.matchAll(/^[a-f0-9]{32} +(\w+)$/gm)].map((match) => match[1] ?? ''));
      const more = /^more: cfsim (profiles list .*) --store 'my crm\.db'$/m.exec(page)?.[1];
      if (!more) break;
      const next = await cli([...more.split(' '), '--store', 'my crm.db'], true);
      expect(next.code).toBe(0);
      page = next.stdout;
    }
    expect(seen).toEqual(['Ana', 'Bo', 'Cy', 'Dee', 'Eve']);

    const json = JSON.parse((await cli(['profiles', 'list', '--store', 'my crm.db', '--json'])).stdout);
    expect(json.Items.map((item: { FirstName: string }) => item.FirstName)).toEqual(['Ana', 'Bo', 'Cy', 'Dee', 'Eve']);
    expect(json.NextToken).toBeUndefined();
  });

  it('an empty domain; a token after a write, or of another command, is refused with the fix; limits', async () => {
    const dir = tempDir('cfsim-list-');
    const cli = inDir(dir);
    await cli(['profiles', 'domains', 'create', 'sales', '--store', 'crm.db']);
    expect((await cli(['profiles', 'list', '--domain', 'sales', '--store', 'crm.db'], true)).stdout).toBe('no profiles in this domain\n');
    await cli(['profiles', 'create', '--first-name', 'Ana', '--store', 'crm.db']);
    await cli(['profiles', 'create', '--first-name', 'Bo', '--store', 'crm.db']);
    const { NextToken } = JSON.parse((await cli(['profiles', 'list', '--max-results', '1', '--store', 'crm.db'])).stdout);
    await cli(['profiles', 'create', '--first-name', 'Cy', '--store', 'crm.db']);
    const expired = await cli(['profiles', 'list', '--next-token', NextToken, '--store', 'crm.db']);
    expect(expired.code).toBe(2);
    expect(expired.stderr).toMatch(/^cfsim: --next-token: BadRequestException: NextToken has expired: the domain changed since the previous page; search again without NextToken\n {2}fix: give --next-token the token the previous page printed; or list again without it\n$/);
    const search = JSON.parse((await cli(['profiles', 'search', '--key', '_fullName', '--value', 'ana', '--value', 'bo', '--max-results', '1', '--store', 'crm.db'])).stdout);
    expect((await cli(['profiles', 'list', '--next-token', search.NextToken, '--store', 'crm.db'])).stderr).toMatch(/^cfsim: --next-token: BadRequestException: NextToken belongs to a different search/);
    expect((await cli(['profiles', 'list', '--max-results', '101', '--store', 'crm.db'])).stderr).toMatch(/^cfsim: --max-results: BadRequestException: MaxResults must be an integer from 1 to 100 \(got 101\)\n/);
    expect((await cli(['profiles', 'list', '--store', 'none.db'])).stderr).toMatch(/^cfsim: --store none\.db: there is no profile store here\n/);
  });
});

/** The words of a command line as sh reads them (double quotes only, as the README writes them); a trailing # comment dropped. */
function words(line: string): string[] {
  return [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

describe("the README's profile store commands, as written", () => {
  it('import flows/customers.csv, list, search, run known and unknown callers against the store, check', async () => {
    const dir = tempDir('cfsim-readme-');
    cpSync(join(ROOT, 'flows'), join(dir, 'flows'), { recursive: true });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /### Keep profiles in a store\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = section.split('\n').filter((line) => line.startsWith('npx cfsim ')).map((line) => words(line).slice(2));
    expect(commands.map((args) => args.slice(0, 2).join(' '))).toEqual([
      'profiles import', 'profiles list', 'profiles search', 'run flows/greet-caller.yaml', 'run flows/greet-caller.yaml', 'run flows/greet-caller.yaml', 'profiles check',
    ]);
    const results = [];
    for (const args of commands) results.push(await runCli(args, { cwd: dir }));
    for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
    const [imported, listed, searched, known, unknown, again, checked] = results.map((result) => result.stdout);

    expect(JSON.parse(imported ?? '')).toEqual({ Imported: 5, Rejected: 0, Problems: [] });
    expect(JSON.parse(listed ?? '').Items.map((item: { FirstName: string }) => item.FirstName)).toEqual(['Jane', 'Lee', 'María', 'Omar', 'Priya']);
    expect(JSON.parse(searched ?? '').Items).toMatchObject([{ FirstName: 'Jane', LastName: 'Doe', FoundByItems: [{ KeyName: '_phone', Values: ['+1 (425) 555-0100'] }] }]);
    expect(known).toMatch(/get-profile +GetCustomerProfile +Success → greet[\s\S]*"As a gold member/);
    expect(unknown).toMatch(/get-profile +GetCustomerProfile +NoneFoundError → create-profile/);
    expect(again).toMatch(/get-profile +GetCustomerProfile +Success → greet/);
    expect(JSON.parse(checked ?? '')).toMatchObject({ Ok: true, Problems: [], Profiles: 6 });
  });

  it('flows/customers.csv: formatted numbers, a quoted comma and doubled quotes, a custom key, all searchable', async () => {
    const dir = tempDir('cfsim-readme-');
    const cli = inDir(dir);
    await cli(['profiles', 'import', join(ROOT, 'flows', 'customers.csv'), '--store', 'crm.db']);
    const find = async (key: string, value: string) =>
      JSON.parse((await cli(['profiles', 'search', '--key', key, '--value', value, '--store', 'crm.db'])).stdout).Items.map((item: { FirstName: string }) => item.FirstName);
    expect(await find('_phone', '+12065550143')).toEqual(['María']);
    expect(await find('_phone', '503-555-0187')).toEqual(['Omar']);
    expect(await find('_email', 'priya.n@example.com')).toEqual(['Priya']);
    expect(await find('loyaltyId', 'L-2002')).toEqual(['Lee']);
    const priya = JSON.parse((await cli(['profiles', 'get', '0d4c5e9f6a7b48c1a2b3c4d5e6f70007', '--store', 'crm.db'])).stdout);
    expect(priya.AdditionalInformation).toBe('Account shared with "Natarajan Design" LLC');
  });
});
