import type { Storage, StoreItems } from 'botbuilder-core';
import type { DynamoStateStore } from '../../adapters/dynamodb/state-store';

/** Where the version read is kept inside the state object: BotState overwrites `eTag` with '*' before every write. */
const VERSION = '_version';

/**
 * botbuilder's `Storage` over the DynamoDB state store, with real optimistic
 * concurrency. BotState sets `eTag` to '*' (last writer wins) before it
 * writes, so the version read is carried in a field of its own; the store's
 * conditional write turns a concurrent change into a StateConflictError,
 * which the turn runner answers by re-running the turn on fresh state.
 */
export class DynamoBotStorage implements Storage {
  constructor(private readonly store: DynamoStateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = await this.store.read(key);
      if (stored) items[key] = { ...stored.value, [VERSION]: stored.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: _ignored, [VERSION]: version, ...value } = item as Record<string, unknown>;
      // No version: the turn found no state, so the item must still not exist (a concurrent first turn conflicts).
      const written = await this.store.write(key, value, typeof version === 'string' ? version : undefined);
      // BotState keeps the same object for the rest of the turn: a second save is conditional on this write.
      (item as Record<string, unknown>)[VERSION] = written;
    }
  }

  async delete(_keys: string[]): Promise<void> {
    throw new Error('state is erased through the erasure service, not through botbuilder');
  }
}
