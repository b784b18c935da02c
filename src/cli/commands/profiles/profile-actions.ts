// `cfsim profiles create | get | update | delete | add-key | delete-key`: one API call each.
import { ExitCode } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { FieldCommandOptions } from '../profiles.js';
import { fieldsFromOptions } from './field-options.js';
import { formatProfile, printJson, wantsJson } from './output.js';
import { withStore, type StoreOptions } from './store-access.js';

const inDomain = (options: StoreOptions): { DomainName?: string } =>
  options.domain === undefined ? {} : { DomainName: options.domain };

export async function createCommand(options: FieldCommandOptions, io: CliIO): Promise<ExitCode> {
  const fields = fieldsFromOptions(options, false);
  const { ProfileId } = await withStore(options, io, 'create', (store) => store.createProfile({ ...inDomain(options), ...fields }));
  if (wantsJson(options, io)) printJson(io, { ProfileId });
  else io.stdout(`created profile ${ProfileId}\n`);
  return ExitCode.Ok;
}

/** The profile with its custom keys: in JSON, a record that `cfsim profiles import` takes back. */
export async function getCommand(profileId: string, options: StoreOptions, io: CliIO): Promise<ExitCode> {
  const { profile, keys } = await withStore(options, io, 'existing', (store) => {
    const request = { ...inDomain(options), ProfileId: profileId };
    return { profile: store.getProfile(request), keys: store.listProfileKeys(request) };
  });
  if (wantsJson(options, io)) {
    const Keys = Object.fromEntries(keys.map(({ KeyName, Values }) => [KeyName, Values]));
    printJson(io, keys.length ? { ...profile, Keys } : profile);
  } else {
    io.stdout(formatProfile(profile, keys));
  }
  return ExitCode.Ok;
}

export async function updateCommand(profileId: string, options: FieldCommandOptions, io: CliIO): Promise<ExitCode> {
  const fields = fieldsFromOptions(options, true);
  const result = await withStore(options, io, 'existing', (store) =>
    store.updateProfile({ ...inDomain(options), ...fields, ProfileId: profileId }),
  );
  if (wantsJson(options, io)) printJson(io, result);
  else io.stdout(`updated profile ${result.ProfileId}\n`);
  return ExitCode.Ok;
}

export async function deleteCommand(profileId: string, options: StoreOptions, io: CliIO): Promise<ExitCode> {
  const result = await withStore(options, io, 'existing', (store) => store.deleteProfile({ ...inDomain(options), ProfileId: profileId }));
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
  const result = await withStore(options, io, 'existing', (store) =>
    command === 'add-key' ? store.addProfileKey(full) : store.deleteProfileKey(full),
  );
  if (wantsJson(options, io)) printJson(io, result);
  else io.stdout(`${command === 'add-key' ? 'added' : 'removed'} ${request.KeyName} = ${request.Values.join(', ')} for profile ${request.ProfileId}\n`);
  return ExitCode.Ok;
}
