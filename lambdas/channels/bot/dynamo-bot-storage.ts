import type { Storage, StoreItems } from 'botbuilder-core';
import type { DynamoStateStore } from '../../adapters/dynamodb/state-store';

/**
 * botbuilder's `Storage` over the DynamoDB state store. BotState hands us the
 * eTag it read; the store's conditional write turns a concurrent change into
 * a StateConflictError, which the turn runner answers by re-running the turn.
 */
export class DynamoBotStorage implements Storage {
  constructor(private readonly store: DynamoStateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = await this.store.read(key);
      if (stored) items[key] = { ...stored.value, eTag: stored.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = item as { eTag?: string } & Record<string, unknown>;
      // BotState keeps the same object for the rest of the turn: give it the new eTag so a second save is conditional too.
      (item as { eTag?: string }).eTag = await this.store.write(key, value, eTag);
    }
  }

  async delete(_keys: string[]): Promise<void> {
    throw new Error('state is erased through the erasure service, not through botbuilder');
  }
}
