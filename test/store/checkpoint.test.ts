// checkpoint / rollbackTo / releaseCheckpoint: SQLite SAVEPOINTs, nested, composed with each write's transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteProfileStore } from '../../src/store/sqlite-store.js';
import { apiError, memoryStore } from './helpers.js';

let store: SqliteProfileStore;
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

const count = (): number => store.getDomain({}).Stats?.ProfileCount ?? -1;
const phone = (value: string): number => store.searchProfiles({ KeyName: '_phone', Values: [value] }).Items.length;

describe('checkpoints', () => {
  it('rollbackTo returns to the checkpoint, index included, and can be repeated', () => {
    const ana = store.createProfile({ PhoneNumber: '+14255550100' }).ProfileId;
    const start = store.checkpoint();
    store.createProfile({ PhoneNumber: '+14255550101' });
    store.updateProfile({ ProfileId: ana, PhoneNumber: '+14255550199' });
    store.rollbackTo(start);
    expect(count()).toBe(1);
    expect(phone('+14255550100')).toBe(1);
    expect(phone('+14255550199')).toBe(0);
    store.createProfile({ FirstName: 'again' });
    store.rollbackTo(start);
    expect(count()).toBe(1);
  });

  it('nests: rolling back to an earlier checkpoint discards the later ones', () => {
    const first = store.checkpoint();
    store.createProfile({ FirstName: 'a' });
    const second = store.checkpoint();
    store.createProfile({ FirstName: 'b' });
    store.rollbackTo(second);
    expect(count()).toBe(1);
    store.rollbackTo(first);
    expect(count()).toBe(0);
    expect(() => store.rollbackTo(second)).toThrow(/checkpoint 2 was released or rolled past/);
  });

  it('a write refused inside a checkpoint leaves the checkpoint and earlier writes alone', () => {
    const start = store.checkpoint();
    store.createProfile({ FirstName: 'kept' });
    expect(apiError(() => store.createProfile({ Gender: 'x' } as never)).code).toBe('BadRequestException');
    expect(apiError(() => store.importProfiles({ Profiles: [{ FirstName: 'a' }, { Bogus: 1 }] })).code).toBe('BadRequestException');
    expect(count()).toBe(1);
    store.rollbackTo(start);
    expect(count()).toBe(0);
  });

  it('releaseCheckpoint keeps the changes; close keeps what open checkpoints hold', () => {
    const start = store.checkpoint();
    store.createProfile({ FirstName: 'a' });
    store.releaseCheckpoint(start);
    expect(count()).toBe(1);
    expect(() => store.rollbackTo(start)).toThrow(/released/);
    store.checkpoint();
    store.createProfile({ FirstName: 'b' });
    expect(() => store.close()).not.toThrow();
  });
});
