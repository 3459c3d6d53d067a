import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LiveChatPort } from '../../core/conversation/live-chat';
import { isExpired } from './client';
import type { DynamoReferralStore } from './referral-store';

/** An adviser counts as on the line while the console has polled the case this recently (it polls every 15 s). */
export const PRESENCE_MS = 2 * 60_000;

export const isAdviserOnline = (seenAt: number | undefined, now: number): boolean => seenAt !== undefined && now - seenAt < PRESENCE_MS;

const pointerKey = (userKey: string) => ({ pk: userKey, sk: 'CHAT' });

/**
 * `U#…` / `CHAT`: which referral's live chat is open for the person, so the
 * bot finds it with one read. Only an index: the referral's `chat` is the
 * truth, and a pointer left behind by a failure is cleared the next time the
 * bot finds the chat closed. Under the person's partition, so erasure removes it.
 */
export class LiveChatPointers {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  async set(userKey: string, code: string, openedAt: number, expiresAt: number): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...pointerKey(userKey), code, openedAt, expiresAt } }));
  }

  async get(userKey: string): Promise<string | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: pointerKey(userKey), ConsistentRead: true }));
    return Item && !isExpired(Item, this.now()) && typeof Item.code === 'string' ? Item.code : undefined;
  }

  /** Removes the pointer if it still names `code` (another referral's chat may have opened since). */
  async clear(userKey: string, code: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({ TableName: this.tableName, Key: pointerKey(userKey), ConditionExpression: 'code = :code', ExpressionAttributeValues: { ':code': code } }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

/** The core's live-chat port over the pointer and the referral store. */
export function createLiveChat(pointers: LiveChatPointers, store: DynamoReferralStore, now: () => number = Date.now): LiveChatPort {
  return {
    current: (userKey) => pointers.get(userKey),
    forward: async (userKey, code, message) => {
      const result = await store.addUserMessage(userKey, code, message);
      if (result.kind !== 'added') {
        await pointers.clear(userKey, code);
        return { kind: 'closed' };
      }
      return { kind: 'forwarded', adviserOnline: isAdviserOnline(result.item.adviserSeenAt, now()) };
    },
    leave: async (userKey, code, at) => {
      await store.endChat(code, { userKey }, 'person', at);
      await pointers.clear(userKey, code);
    },
  };
}
