// `cfsim profiles create | get | update | delete | add-key | delete-key`: one API call each.
import { ExitCode, UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { FieldCommandOptions } from '../profiles.js';
import { shellWord } from '../../../store/sqlite-errors.js';
import { fieldsFromOptions } from './field-options.js';
import { formatProfile, printJson, wantsJson } from './output.js';
import { NAME_LIMIT, profileIdArgument, sameStore, withStore, type StoreOptions } from './store-access.js';

const inDomain = (options: StoreOptions): { DomainName?: string } =>
  options.domain === undefined ? {} : { DomainName: options.domain };

export async function createCommand(options: FieldCommandOptions, io: CliIO): Promise<ExitCode> {
  const { fields, sources } = fieldsFromOptions(options, 'create', `cfsim profiles create${sameStore(options)}`);
  const { ProfileId } = await withStore(options, io, 'create', (store) => store.createProfile({ ...inDomain(options), ...fields }), sources);
  if (wantsJson(options, io)) printJson(io, { ProfileId });
  else io.stdout(`created profile ${ProfileId}\n`);
  return ExitCode.Ok;
}

/** The profile with its custom keys: in JSON, a record that `cfsim profiles import` takes back. */
export async function getCommand(profileId: string, options: StoreOptions, io: CliIO): Promise<ExitCode> {
  const request = { ...inDomain(options), ProfileId: profileId };
  const { profile, keys } = await withStore(
    options,
    io,
    'existing',
    (store) => ({ profile: store.getProfile(request), keys: store.listProfileKeys(request) }),
    profileIdArgument(options),
  );
  if (wantsJson(options, io)) {
    const Keys = Object.fromEntries(keys.map(({ KeyName, Values }) => [KeyName, Values]));
    printJson(io, keys.length ? { ...profile, Keys } : profile);
  } else {
    io.stdout(formatProfile(profile, keys));
  }
  return ExitCode.Ok;
}

export async function updateCommand(profileId: string, options: FieldCommandOptions, io: CliIO): Promise<ExitCode> {
  const { fields, sources } = fieldsFromOptions(options, 'update', `cfsim profiles update ${shellWord(profileId)}${sameStore(options)}`);
  const result = await withStore(
    options,
    io,
    'existing',
    (store) => store.updateProfile({ ...inDomain(options), ...fields, ProfileId: profileId }),
    { ...sources, ...profileIdArgument(options) },
  );
  if (wantsJson(options, io)) printJson(io, result);
  else io.stdout(`updated profile ${result.ProfileId}\n`);
  return ExitCode.Ok;
}

export async function deleteCommand(profileId: string, options: StoreOptions, io: CliIO): Promise<ExitCode> {
  const result = await withStore(
    options,
    io,
    'existing',
    (store) => store.deleteProfile({ ...inDomain(options), ProfileId: profileId }),
    profileIdArgument(options),
  );
  if (wantsJson(options, io)) printJson(io, result);
  else io.stdout(`deleted profile ${profileId}\n`);
  return ExitCode.Ok;
}

export async function keyCommand(
  command: 'add-key' | 'delete-key',
  request: { ProfileId: string; KeyName: string; Values: string[] },
  options: StoreOptions,
  io: CliIO,
): Promise<ExitCode> {
  const full = { ...inDomain(options), ...request };
  const { ProfileId, KeyName } = request;
  const pairs = (values: readonly string[]): string => `${KeyName} = ${values.join(', ')}`;
  const { result, absent } = await withStore(
    options,
    io,
    'existing',
    (store): { result: unknown; absent: readonly string[] } => {
      if (command === 'add-key') return { result: store.addProfileKey(full), absent: [] };
      // DeleteProfileKey ignores values the profile does not have: read its keys first to tell the user.
      const current = store.listProfileKeys(full).find((key) => key.KeyName === KeyName)?.Values ?? [];
      const absent = request.Values.filter((value) => !current.includes(value));
      if (absent.length === request.Values.length) {
        throw new UsageError(`profile ${ProfileId} has no ${pairs(absent)}`, `see its keys with \`cfsim profiles get ${ProfileId}${sameStore(options)}\``);
      }
      return { result: store.deleteProfileKey(full), absent };
    },
    {
      ...profileIdArgument(options),
      KeyName: { flag: '<keyName>', fix: `give a key name of ${NAME_LIMIT}` },
      Values: { flag: '<values...>', fix: 'give values of 1 to 255 characters' },
    },
  );
  if (wantsJson(options, io)) printJson(io, result);
  else if (command === 'add-key') io.stdout(`added ${pairs(request.Values)} for profile ${ProfileId}\n`);
  else {
    const removed = request.Values.filter((value) => !absent.includes(value));
    io.stdout(`removed ${pairs(removed)} for profile ${ProfileId}${absent.length ? ` (it had no ${pairs(absent)})` : ''}\n`);
  }
  return ExitCode.Ok;
}
