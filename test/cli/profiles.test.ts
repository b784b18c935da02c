// `cfsim profiles`: every subcommand in process (tables on a terminal, JSON otherwise), and its errors.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/commands/profiles/output.js';
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

  it('import: a profiles file\'s region makes a new store read national numbers in it; get --json output imports back', async () => {
    writeFileSync(join(dir, 'uk.yaml'), 'region: GB\nprofiles:\n  - {FirstName: Olivia, PhoneNumber: "020 7946 0018"}\n');
    expect(await json(['import', 'uk.yaml'])).toMatchObject({ Imported: 1 });
    const found = await json(['search', '--key', '_phone', '--value', '+442079460018']);
    expect(found.Items.map((item: { FirstName: string }) => item.FirstName)).toEqual(['Olivia']);
    // The profile `get --json` prints is a file import takes (into another store: the ProfileId is kept)
    writeFileSync(join(dir, 'olivia.json'), (await cli(['get', found.Items[0].ProfileId, '--json'])).stdout);
    expect(await json(['import', 'olivia.json', '--store', 'copy.db'])).toMatchObject({ Imported: 1 });
    expect(await json(['get', found.Items[0].ProfileId, '--store', 'copy.db'])).toMatchObject({ FirstName: 'Olivia' });
  });

  it('import: one page of search --json output imports, with a warning when its NextToken says more pages follow', async () => {
    for (const name of ['Ana', 'Bo', 'Cy']) await create('--first-name', name, '--last-name', 'Doe');
    const search = (...more: string[]) => cli(['search', '--key', '_fullName', '--value', 'ana doe', '--value', 'bo doe', '--value', 'cy doe', ...more]);
    writeFileSync(join(dir, 'page1.json'), (await search('--max-results', '2')).stdout);
    const partial = await cli(['import', 'page1.json', '--store', 'copy.db']);
    expect(partial.code).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ Imported: 2 });
    expect(partial.stderr).toBe(
      'warning: page1.json is one page of a search (it has a NextToken): the profiles of the other pages are not in it\n' +
        '  fix: search again with --max-results 100, and import each page that --next-token <NextToken> prints\n',
    );
    writeFileSync(join(dir, 'all.json'), (await search()).stdout);
    const whole = await cli(['import', 'all.json', '--store', 'copy2.db']);
    expect({ ...whole, stdout: JSON.parse(whole.stdout) }).toMatchObject({ code: 0, stderr: '', stdout: { Imported: 3 } });
  });

  it('import: --help gives the exit codes', async () => {
    const help = await cli(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 +every row was imported\n {2}1 +some rows were rejected .*\n {2}2 +the file cannot be read/);
  });

  it('import: a number where a string belongs is rejected with a hint to quote it', async () => {
    writeFileSync(join(dir, 'people.yaml'), '- FirstName: Ana\n  PhoneNumber: 14255550100\n');
    const result = await cli(['import', 'people.yaml'], true);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  people.yaml:1: BadRequestException: PhoneNumber must be a string (got 14255550100): quote it ("14255550100")\n');
  });

  it('import: a file it cannot read or parse is a usage error (exit 2) and imports nothing', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'FirstName,Nick\nAna,Al\n');
    const result = await cli(['import', 'bad.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cfsim: bad.csv:1: unknown column "Nick"/);
    expect(result.stderr).toContain('fix: fix the file (formats: .csv');
    writeFileSync(join(dir, 'late.csv'), 'FirstName\nAna\n"open\n');
    expect((await cli(['import', 'late.csv'])).stderr).toMatch(/^cfsim: late.csv:3: CSV syntax: a quoted field is not closed/);
    expect(existsSync(join(dir, 'cfsim-profiles.db'))).toBe(false); // not even an empty store
    expect((await cli(['import', 'missing.csv'])).stderr).toMatch(/^cfsim: cannot read the import file missing.csv: no such file\n  fix: check the path/);
  });

  it('create: prints the new ProfileId (JSON off a terminal, a sentence on one)', async () => {
    expect(await create('--first-name', 'Ana', '--attr', 'tier=gold', '--field', 'ShippingCity=Seattle')).toMatch(/^[a-f0-9]{32}$/);
    expect((await cli(['create', '--first-name', 'Bo'], true)).stdout).toMatch(/^created profile [a-f0-9]{32}\n$/);
    const bad = await cli(['create', '--field', 'Nick=Al']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cfsim: --field: unknown profile field "Nick"/);
  });

  it('create: an empty value is refused, naming the option (update keeps "" to remove a value)', async () => {
    const empty = await cli(['create', '--first-name', '', '--last-name', 'Lee']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('cfsim: --first-name: BadRequestException: FirstName must be 1 to 255 characters long (got 0)\n  fix: give --first-name 1 to 255 characters, or leave it out\n');
    expect((await cli(['create', '--attr', 'tier='])).stderr).toMatch(/^cfsim: --attr: BadRequestException: Attributes.tier must be 1 to 255 /);
    expect((await cli(['create', '--field', 'ShippingCity='])).stderr).toMatch(/^cfsim: --field: BadRequestException: ShippingAddress.City must be 1 to 255 [^\n]*\n {2}fix: correct --field ShippingCity=… \(limits: docs\/profile-store.md\)\n$/);
    expect(existsSync(join(dir, 'cfsim-profiles.db'))).toBe(false);
    const long = await cli(['update', await create('--first-name', 'Ana'), '--email', 'x'.repeat(256)]);
    expect(long.stderr).toMatch(/^cfsim: --email: BadRequestException: EmailAddress must be 0 to 255 characters long \(got 256\)\n {2}fix: give --email at most 255 characters \("" removes the value\)\n$/);
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
    // The line after the page is the command for the next one, as written
    const more = /^more: cfsim profiles (.*)$/m.exec(table.stdout)?.[1] ?? '';
    expect(more).toMatch(/^search --key _phone --value \+14255550100 --max-results 1 --next-token \S+$/);
    const next = await json(more.split(' '));
    expect(next.Items.map((item: { ProfileId: string }) => item.ProfileId)).toEqual([bo]);
    expect((await cli(['search', '-k', '_account', '-v', 'none'], true)).stdout).toBe('no profile matches\n');
  });

  it('search: a near-miss of a predefined key warns on stderr with the key meant (a custom key does not)', async () => {
    await create('--first-name', 'Ana', '--field', 'PhoneNumber=+14255550100');
    const typo = await cli(['search', '--key', '_Phone', '--value', '+14255550100']);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toBe('warning: --key _Phone is not the predefined key _phone; did you mean _phone? (as written it is a custom key)\n  fix: --key _phone\n');
    expect(JSON.parse(typo.stdout).Items).toEqual([]);
    expect((await cli(['search', '--key', 'phone', '--value', '1'])).stderr).toContain('did you mean _phone?');
    expect((await cli(['search', '--key', 'loyaltyId', '--value', '1'])).stderr).toBe('');
  });

  it('search: usage problems and refused requests exit 2 with the option or store and a fix', async () => {
    await create('--first-name', 'Ana');
    expect((await cli(['search'])).stderr).toMatch(/^cfsim: search needs a key and a value\n {2}fix: /);
    expect((await cli(['search', '--key', '_phone'])).stderr).toMatch(/^cfsim: --key _phone: no --value after it/);
    expect((await cli(['search', '--value', 'x'])).stderr).toMatch(/give --key <name> before its --value/);
    const six = ['_a', '_b', '_c', '_d', '_e', '_f'].flatMap((key) => ['--key', key, '--value', '1']);
    const refused = await cli(['search', ...six]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^cfsim: --key: BadRequestException: AdditionalSearchKeys must be a list of 1 to 4 keys.*\n {2}fix: give at most 5 --key options\n$/);
  });

  it('search: a refused option is named in the error, with its limit in the fix', async () => {
    await create('--first-name', 'Ana');
    const search = (...args: string[]) => cli(['search', '-k', '_phone', '-v', '1', ...args, '--store', 'cfsim-profiles.db']);
    expect((await search('--max-results', '0')).stderr).toBe(
      'cfsim: --max-results: BadRequestException: MaxResults must be an integer from 1 to 100 (got 0)\n  fix: give --max-results a whole number from 1 to 100\n',
    );
    expect((await search('--next-token', 'nope')).stderr).toMatch(/^cfsim: --next-token: BadRequestException: NextToken is not a token returned by SearchProfiles\n {2}fix: give --next-token /);
    expect((await search('-k', 'bad key', '-v', '2')).stderr).toMatch(/^cfsim: --key: BadRequestException: AdditionalSearchKeys\[0\].KeyName "bad key" may contain only [^\n]*\n {2}fix: give --key a name of 1 to 64 letters, digits, "_" or "-"\n$/);
    expect((await search('-v', 'x'.repeat(256))).stderr).toMatch(/^cfsim: --value: BadRequestException: Values\[1\] must be 1 to 255 characters long \(got 256\)\n {2}fix: give --value 1 to 255 characters\n$/);
    expect((await search('--domain', 'a.b')).stderr).toMatch(/^cfsim: --domain: BadRequestException: DomainName "a.b" may contain only/);
    const missing = await search('--domain', 'sales');
    expect(missing.stderr).toMatch(/^cfsim: --store cfsim-profiles.db: ResourceNotFoundException: Domain sales not found\n/);
    expect(missing.stderr).toContain('fix: list the domains with `cfsim profiles domains --store cfsim-profiles.db`, or create it with `cfsim profiles domains create sales --store cfsim-profiles.db`');
  });

  it('get: the profile with its custom keys (a record import takes back); a missing one exits 2', async () => {
    const id = await create('--first-name', 'Ana', '--field', 'BillingAddress.State=WA');
    await json(['add-key', id, 'loyalty', 'L1']);
    expect(await json(['get', id])).toEqual({ ProfileId: id, FirstName: 'Ana', BillingAddress: { State: 'WA' }, Keys: { loyalty: ['L1'] } });
    expect((await cli(['get', id], true)).stdout).toMatch(/^ProfileId +[a-f0-9]{32}\nFirstName +Ana\nBillingAddress\.State +WA\nKeys\.loyalty +L1\n$/);
    const missing = await cli(['get', 'f'.repeat(32)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ResourceNotFoundException: Profile f{32} not found in domain default\n {2}fix: find the ProfileId with `cfsim profiles list`/);
    expect((await cli(['get', 'f'.repeat(32), '--store', 'my crm.db'])).stderr).toContain("`cfsim profiles create --first-name Ana --store 'my crm.db'`");
    expect((await cli(['get', 'nope'])).stderr).toMatch(/^cfsim: <profileId>: BadRequestException: ProfileId must be 32 lowercase hexadecimal characters \(got "nope"\)\n {2}fix: find the ProfileId with `cfsim profiles list`\n$/);
  });

  it('update: changes the given fields, "" removes one', async () => {
    const id = await create('--first-name', 'Ana', '--email', 'a@x.com', '--phone', '+14255550100');
    expect(await json(['update', id, '--email', '', '--last-name', 'Lee'])).toEqual({ ProfileId: id });
    expect(await json(['get', id])).toEqual({ ProfileId: id, FirstName: 'Ana', LastName: 'Lee', PhoneNumber: '+14255550100' });
    expect((await cli(['update', id])).stderr).toBe(`cfsim: no profile fields given\n  fix: give fields, as in \`cfsim profiles update ${id} --first-name Ana --phone +14255550100\` (any field: --field Name=value)\n`);
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
    const nothing = await cli(['delete-key', id, '_ctrContactId', 'NOPE'], true);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toMatch(new RegExp(`^cfsim: profile ${id} has no _ctrContactId = NOPE\n {2}fix: see its keys with \`cfsim profiles get ${id}\`\n$`));
    expect((await cli(['delete-key', id, '_ctrContactId', 'c-1', 'NOPE'], true)).stdout).toBe(`removed _ctrContactId = c-1 for profile ${id} (it had no _ctrContactId = NOPE)\n`);
    expect(await json(['get', id])).toEqual({ ProfileId: id, FirstName: 'Ana' });
    expect((await cli(['add-key', id, 'bad key', 'v'])).stderr).toMatch(/^cfsim: <keyName>: BadRequestException: KeyName "bad key" may contain only/);
  });

  it('tables pad by display width: wide characters take two columns, combining marks none', async () => {
    expect(formatTable(['Name', 'City'], [['日本語', 'Tokyo'], ['Jose\u0301', 'Paris'], ['Ana', 'Lima']])).toBe(
      'Name    City\n日本語  Tokyo\nJose\u0301    Paris\nAna     Lima\n',
    );
    expect(formatTable(['Name'], [['名'.repeat(30)]])).toBe(`Name\n${'名'.repeat(19)}…\n`);
    const id = await create('--first-name', '日本語', '--attr', '名前=x');
    expect((await cli(['get', id], true)).stdout).toBe(`ProfileId        ${id}\nFirstName        日本語\nAttributes.名前  x\n`);
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
    expect((await cli(['domains', 'update', 'sales'])).stderr).toMatch(/^cfsim: domains update: nothing to change\n {2}fix: give --expiration-days, 1 to 1098: `cfsim profiles domains update sales --expiration-days 365`/);
    expect(await json(['domains', 'get', 'sales'])).toMatchObject({ DomainName: 'sales', DefaultExpirationDays: 90, Stats: { ProfileCount: 1 } });
    const list = await json(['domains']);
    expect(list.Items.map((domain: { DomainName: string; Stats: { ProfileCount: number } }) => [domain.DomainName, domain.Stats.ProfileCount])).toEqual([['default', 0], ['sales', 1]]);
    const unconfirmed = await cli(['domains', 'delete', 'sales'], true);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toBe('cfsim: domain sales holds 1 profile\n  fix: add --yes to delete domain sales and its 1 profile: `cfsim profiles domains delete sales --yes`\n');
    expect((await json(['domains', 'get', 'sales'])).Stats.ProfileCount).toBe(1);
    expect((await cli(['domains', 'delete', 'sales', '--yes'], true)).stdout).toBe('deleted domain sales and its 1 profile\n');
    const gone = await cli(['stats', '--domain', 'sales']);
    expect(gone.stderr).toMatch(/ResourceNotFoundException: Domain sales not found\n {2}fix: list the domains/);
    expect((await cli(['domains', 'rename'])).stderr).toMatch(/^cfsim: domains rename: unknown action/);
    expect((await cli(['domains', 'create'])).stderr).toMatch(/^cfsim: domains create: which domain\?/);
  });

  it('domains delete: an empty domain needs no --yes; JSON is the API response; the default domain is protected too', async () => {
    await json(['domains', 'create', 'empty']);
    expect((await cli(['domains', 'delete', 'empty'], true)).stdout).toBe('deleted domain empty (it held no profiles)\n');
    await create('--first-name', 'Ana');
    await create('--first-name', 'Bo');
    expect((await cli(['domains', 'delete', 'default'])).stderr).toBe('cfsim: domain default holds 2 profiles\n  fix: add --yes to delete domain default and its 2 profiles: `cfsim profiles domains delete default --yes`\n');
    expect(await json(['domains', 'delete', 'default', '--yes'])).toEqual({ Message: 'Domain default deleted' });
    expect((await json(['stats'])).Stats.ProfileCount).toBe(0);
  });

  it('domains: a refused option or name is named in the error; fixes repeat --store', async () => {
    const days = await cli(['domains', 'create', 'sales', '--expiration-days', '0']);
    expect(days.stderr).toBe(
      'cfsim: --expiration-days: BadRequestException: DefaultExpirationDays must be an integer from 1 to 1098 (got 0)\n  fix: give --expiration-days a whole number from 1 to 1098\n',
    );
    expect((await cli(['domains', 'create', 'a.b'])).stderr).toMatch(/^cfsim: domains create a.b: BadRequestException: DomainName "a.b" may contain only/);
    await json(['domains', 'create', 'sales', '--store', 'crm.db']);
    expect((await cli(['domains', 'update', 'sales', '--store', 'crm.db'])).stderr).toContain('`cfsim profiles domains update sales --expiration-days 365 --store crm.db`\n');
    expect((await cli(['domains', 'get', '--store', 'crm.db'])).stderr).toContain('fix: name it after get (`cfsim profiles domains get default --store crm.db`); the domains: `cfsim profiles domains list --store crm.db`\n');
  });

  it('--store, $CFSIM_STORE and --region: where the store is, and what is wrong with it', async () => {
    const missing = await cli(['stats', '--store', 'crm.db']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^cfsim: --store crm.db: there is no profile store here\n {2}fix: point --store at an existing store, or make this one: `cfsim profiles create --first-name Ana --store crm.db`/);
    writeFileSync(join(dir, 'text.db'), 'not a database, but long enough to have a header of sorts');
    expect((await cli(['stats', '--store', 'text.db'])).stderr).toMatch(/^cfsim: --store text.db: not a cfsim profile store: it is not an SQLite database, or its first page is damaged\n {2}fix: give a cfsim store file/);
    expect((await cli(['create', '--first-name', 'A', '--region', 'XX'])).stderr).toMatch(/^cfsim: --region XX: not a country code/);
    await json(['create', '--phone', '020 7946 0958', '--region', 'gb', '--store', 'uk.db']);
    expect((await json(['search', '-k', '_phone', '-v', '+442079460958', '--store', 'uk.db'])).Items).toHaveLength(1);
    expect((await cli(['stats', '--store', 'uk.db', '--region', 'US'])).stderr).toBe(
      'cfsim: --region US: --store uk.db indexes phone numbers with default region GB, not US\n  fix: drop --region, or use --region GB (the store\'s region)\n',
    );
    expect((await cli(['stats', '--store', 'uk.db', '--region', 'gb'])).code).toBe(0);
    const empty = await cli(['create', '--first-name', 'A', '--store', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^cfsim: option '-s, --store <file.db>' argument '' is invalid\n {2}fix: give a file path/);
    const viaEnv = await runCli(['profiles', 'create', '--first-name', 'E'], { cwd: dir, env: { CFSIM_STORE: 'env.db' } });
    expect(viaEnv.code).toBe(0);
    expect((await json(['stats', '--store', 'env.db'])).Stats.ProfileCount).toBe(1);
  });

  it('another program\'s SQLite database is refused and left byte for byte as it was', async () => {
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = readFileSync(other);
    const refused = await cli(['create', '--first-name', 'A', '--store', 'other.db']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^cfsim: --store other.db: an SQLite database, but not a cfsim profile store\n/);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect(existsSync(`${other}-wal`)).toBe(false);
  });

  it('reads a store while another connection is writing to it, without waiting', async () => {
    await create('--first-name', 'Ana', '--store', 'busy.db');
    const writer = new Database(join(dir, 'busy.db'));
    writer.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      expect((await json(['stats', '--store', 'busy.db'])).Stats.ProfileCount).toBe(1);
      expect(performance.now() - started).toBeLessThan(4000); // the busy timeout is 5 s
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('a request that fails on a store it has just created leaves no store file behind', async () => {
    writeFileSync(join(dir, 'one.csv'), 'FirstName\nAna\n');
    const result = await cli(['import', 'one.csv', '--store', 'fresh.db', '--domain', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ResourceNotFoundException: Domain nope not found/);
    expect(existsSync(join(dir, 'fresh.db'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only store is a usage error with the fix, not an internal error', async () => {
    await create('--first-name', 'Ana', '--store', 'ro.db');
    chmodSync(join(dir, 'ro.db'), 0o444);
    const result = await cli(['create', '--first-name', 'Bo', '--store', 'ro.db']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ro\.db: the store is read-only: .*\n {2}fix: make the file and its folder writable, or copy the store/);
  });

  it('commands that change existing profiles or domains need an existing store, as the help says', async () => {
    const help = (await cli(['--help'])).stdout;
    expect(help).toContain('import, create and domains create make the store if it is missing; the other commands need it to exist.');
    const id = 'f'.repeat(32);
    for (const args of [['update', id, '--first-name', 'A'], ['delete', id], ['add-key', id, 'k', 'v'], ['delete-key', id, 'k', 'v'],
      ['domains', 'update', 'sales', '--expiration-days', '3'], ['domains', 'delete', 'sales'], ['search', '-k', '_phone', '-v', '1']]) {
      expect((await cli(args)).stderr).toMatch(/^cfsim: --store cfsim-profiles.db: there is no profile store here\n/);
    }
  });
});
