// `cfsim profiles`: every subcommand in process (tables on a terminal, JSON otherwise), and its errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cfsim-profiles-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], isTTY = false) => runCli(['profiles', ...args], { cwd: dir, isTTY });
const json = async (args: string[]) => {
  const result = await cli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};
const create = async (...fields: string[]): Promise<string> => (await json(['create', ...fields])).ProfileId;

describe('cfsim profiles', () => {
  it('import: reports rows imported and rejected with their lines, exit 1 when any is rejected', async () => {
    writeFileSync(join(dir, 'people.csv'), 'FirstName,PhoneNumber,Gender\nAna,+14255550100,FEMALE\nBo,,male\nCy\n');
    const result = await cli(['import', 'people.csv'], true);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^imported 1 profile from people.csv in \d+\.\d s; rejected 2 rows:\n/);
    expect(result.stdout).toContain('  people.csv:3: BadRequestException: Gender must be one of MALE, FEMALE, UNSPECIFIED (got "male")\n');
    expect(result.stdout).toContain('  people.csv:4: the row has 1 cells and the header 3\n');
    writeFileSync(join(dir, 'more.jsonl'), '{"FirstName":"Dee"}\n{"FirstName":"Eve"}\n');
    expect(await json(['import', 'more.jsonl'])).toEqual({ Imported: 2, Rejected: 0, Problems: [] });
    expect((await json(['stats'])).Stats.ProfileCount).toBe(3);
  });

  it('import: a file it cannot read or parse is a usage error (exit 2) and imports nothing', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'FirstName,Nick\nAna,Al\n');
    const result = await cli(['import', 'bad.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: bad.csv:1: unknown column "Nick"/);
    expect(result.stderr).toContain('fix: fix the file (formats: .csv');
    writeFileSync(join(dir, 'late.csv'), 'FirstName\nAna\n"open\n');
    expect((await cli(['import', 'late.csv'])).stderr).toMatch(/^cfsim: late.csv:3: CSV syntax: a quoted field is not closed/);
    expect((await json(['stats'])).Stats.ProfileCount).toBe(0);
    expect((await cli(['import', 'missing.csv'])).stderr).toMatch(/^cfsim: missing.csv: cannot read it \(ENOENT\)/);
  });

  it('create: prints the new ProfileId (JSON off a terminal, a sentence on one)', async () => {
    expect(await create('--first-name', 'Ana', '--attr', 'tier=gold', '--field', 'ShippingCity=Seattle')).toMatch(/^[a-f0-9]{32}$/);
    expect((await cli(['create', '--first-name', 'Bo'], true)).stdout).toMatch(/^created profile [a-f0-9]{32}\n$/);
    const bad = await cli(['create', '--field', 'Nick=Al']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cfsim: --field: unknown profile field "Nick"/);
  });

  it('search: --key/--value pairs, several values, --and; a table on a terminal with the NextToken', async () => {
    const ana = await create('--first-name', 'Ana', '--phone', '+14255550100', '--email', 'Ana@X.com');
    const bo = await create('--first-name', 'Bo', '--phone', '(425) 555-0100', '--account', '42');
    const both = await json(['search', '--key', '_phone', '--value', '+1 425 555 0100']);
    expect(both.Items.map((item: { ProfileId: string }) => item.ProfileId)).toEqual([ana, bo]);
    const and = await json(['search', '-k', '_phone', '-v', '+14255550100', '-k', '_email', '-v', 'ana@x.com', '-v', 'z@x.com', '--and']);
    expect(and.Items.map((item: { ProfileId: string }) => item.ProfileId)).toEqual([ana]);
    expect(and.Items[0].FoundByItems).toEqual([{ KeyName: '_phone', Values: ['+14255550100'] }, { KeyName: '_email', Values: ['ana@x.com', 'z@x.com'] }]);
    const table = await cli(['search', '--key', '_phone', '--value', '+14255550100', '--max-results', '1'], true);
    expect(table.stdout).toMatch(/^ProfileId +FirstName +LastName +PhoneNumber +EmailAddress +AccountNumber +FoundBy\n/);
    expect(table.stdout).toContain(`${ana}  Ana`);
    const token = /more: add --next-token (\S+)/.exec(table.stdout)?.[1] ?? '';
    const next = await json(['search', '--key', '_phone', '--value', '+14255550100', '--max-results', '1', '--next-token', token]);
    expect(next.Items.map((item: { ProfileId: string }) => item.ProfileId)).toEqual([bo]);
    expect((await cli(['search', '-k', '_account', '-v', 'none'], true)).stdout).toBe('no profile matches\n');
  });

  it('search: usage problems and refused requests exit 2 with the option or store and a fix', async () => {
    await create('--first-name', 'Ana');
    expect((await cli(['search'])).stderr).toMatch(/^cfsim: search needs a key and a value\n {2}fix: /);
    expect((await cli(['search', '--key', '_phone'])).stderr).toMatch(/^cfsim: --key _phone: no --value after it/);
    expect((await cli(['search', '--value', 'x'])).stderr).toMatch(/give --key <name> before its --value/);
    const six = ['_a', '_b', '_c', '_d', '_e', '_f'].flatMap((key) => ['--key', key, '--value', '1']);
    const refused = await cli(['search', ...six]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^cfsim: --store cfsim-profiles.db: BadRequestException: AdditionalSearchKeys must be a list of 1 to 4 keys/);
  });

  it('get: the profile with its custom keys (a record import takes back); a missing one exits 2', async () => {
    const id = await create('--first-name', 'Ana', '--field', 'BillingAddress.State=WA');
    await json(['add-key', id, 'loyalty', 'L1']);
    expect(await json(['get', id])).toEqual({ ProfileId: id, FirstName: 'Ana', BillingAddress: { State: 'WA' }, Keys: { loyalty: ['L1'] } });
    expect((await cli(['get', id], true)).stdout).toMatch(/^ProfileId +[a-f0-9]{32}\nFirstName +Ana\nBillingAddress\.State +WA\nKeys\.loyalty +L1\n$/);
    const missing = await cli(['get', 'f'.repeat(32)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ResourceNotFoundException: Profile f{32} not found in domain default\n {2}fix: find the ProfileId with `cfsim profiles search`/);
  });

  it('update: changes the given fields, "" removes one', async () => {
    const id = await create('--first-name', 'Ana', '--email', 'a@x.com', '--phone', '+14255550100');
    expect(await json(['update', id, '--email', '', '--last-name', 'Lee'])).toEqual({ ProfileId: id });
    expect(await json(['get', id])).toEqual({ ProfileId: id, FirstName: 'Ana', LastName: 'Lee', PhoneNumber: '+14255550100' });
    expect((await cli(['update', id])).stderr).toMatch(/^cfsim: no profile fields given/);
  });

  it('delete: removes the profile', async () => {
    const id = await create('--first-name', 'Ana');
    expect((await cli(['delete', id], true)).stdout).toBe(`deleted profile ${id}\n`);
    expect((await cli(['get', id])).code).toBe(2);
  });

  it('add-key and delete-key: custom search keys', async () => {
    const id = await create('--first-name', 'Ana');
    expect(await json(['add-key', id, '_ctrContactId', 'c-1', 'c-2'])).toEqual({ KeyName: '_ctrContactId', Values: ['c-1', 'c-2'] });
    expect((await json(['search', '-k', '_ctrContactId', '-v', 'c-2'])).Items).toHaveLength(1);
    expect((await cli(['delete-key', id, '_ctrContactId', 'c-2'], true)).stdout).toBe(`removed _ctrContactId = c-2 for profile ${id}\n`);
    expect((await json(['search', '-k', '_ctrContactId', '-v', 'c-2'])).Items).toHaveLength(0);
  });

  it('stats: the domain with ProfileCount and ObjectCount', async () => {
    await create('--first-name', 'Ana');
    expect(await json(['stats'])).toMatchObject({ DomainName: 'default', Stats: { ProfileCount: 1, ObjectCount: 0 } });
    expect((await cli(['stats'], true)).stdout).toMatch(/^Domain +Profiles +Objects +Created\ndefault +1 +0 +\d{4}-/);
  });

  it('domains: create, update, get, list, --domain on the others, delete', async () => {
    expect(await json(['domains', 'create', 'sales', '--expiration-days', '30'])).toMatchObject({ DomainName: 'sales', DefaultExpirationDays: 30 });
    await create('--first-name', 'Ana', '--domain', 'sales');
    expect(await json(['domains', 'update', 'sales', '--expiration-days', '90'])).toMatchObject({ DomainName: 'sales', DefaultExpirationDays: 90 });
    expect((await cli(['domains', 'update', 'sales'])).stderr).toMatch(/^cfsim: domains update: nothing to change\n {2}fix: cfsim profiles domains update sales --expiration-days/);
    expect(await json(['domains', 'get', 'sales'])).toMatchObject({ DomainName: 'sales', DefaultExpirationDays: 90, Stats: { ProfileCount: 1 } });
    const list = await json(['domains']);
    expect(list.Items.map((domain: { DomainName: string; Stats: { ProfileCount: number } }) => [domain.DomainName, domain.Stats.ProfileCount])).toEqual([['default', 0], ['sales', 1]]);
    expect((await cli(['domains', 'delete', 'sales'], true)).stdout).toBe('deleted domain sales and its profiles\n');
    const gone = await cli(['stats', '--domain', 'sales']);
    expect(gone.stderr).toMatch(/ResourceNotFoundException: Domain sales not found\n {2}fix: list the domains/);
    expect((await cli(['domains', 'rename'])).stderr).toMatch(/^cfsim: domains rename: unknown action/);
    expect((await cli(['domains', 'create'])).stderr).toMatch(/^cfsim: domains create: which domain\?/);
  });

  it('--store, $CFSIM_STORE and --region: where the store is, and what is wrong with it', async () => {
    const missing = await cli(['stats', '--store', 'crm.db']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^cfsim: --store crm.db: there is no profile store here\n {2}fix: create or import profiles first/);
    writeFileSync(join(dir, 'text.db'), 'not a database, but long enough to have a header of sorts');
    expect((await cli(['stats', '--store', 'text.db'])).stderr).toMatch(/^cfsim: --store text.db: cannot open .* file is not a database/);
    expect((await cli(['create', '--first-name', 'A', '--region', 'XX'])).stderr).toMatch(/^cfsim: --region XX: not a country code/);
    await json(['create', '--phone', '020 7946 0958', '--region', 'gb', '--store', 'uk.db']);
    expect((await json(['search', '-k', '_phone', '-v', '+442079460958', '--store', 'uk.db'])).Items).toHaveLength(1);
    expect((await cli(['stats', '--store', 'uk.db', '--region', 'US'])).stderr).toMatch(/indexes phone numbers with default region GB, not US/);
    const viaEnv = await runCli(['profiles', 'create', '--first-name', 'E'], { cwd: dir, env: { CFSIM_STORE: 'env.db' } });
    expect(viaEnv.code).toBe(0);
    expect((await json(['stats', '--store', 'env.db'])).Stats.ProfileCount).toBe(1);
  });
});
