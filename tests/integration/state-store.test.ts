import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStateStore, StateConflictError } from '../../lambdas/adapters/dynamodb/state-store';
import { createBotRunner } from '../../lambdas/channels/bot/create-bot';
import { scanAll, testTable } from '../support/dynamo';
import { realTurnDeps } from '../support/content';

let table: Awaited<ReturnType<typeof testTable>>;
beforeAll(async () => {
  table = await testTable();
});
afterAll(() => table.close());

const store = (now = Date.now) => new DynamoStateStore(table.db, { tableName: table.tableName, retentionDays: 30, now });

describe('DynamoStateStore', () => {
  it('writes, reads and conditionally updates with eTags', async () => {
    const s = store();
    const first = await s.write('U#a', { n: 1 }, undefined);
    expect(await s.read('U#a')).toEqual({ value: { n: 1 }, eTag: first });
    const second = await s.write('U#a', { n: 2 }, first);
    expect(second).not.toBe(first);
    expect((await s.read('U#a'))?.value).toEqual({ n: 2 });
  });

  it('refuses a write based on a stale eTag and keeps the newer state', async () => {
    const s = store();
    const eTag = await s.write('U#b', { n: 1 }, undefined);
    await s.write('U#b', { n: 2 }, eTag);
    await expect(s.write('U#b', { n: 3 }, eTag)).rejects.toBeInstanceOf(StateConflictError);
    expect((await s.read('U#b'))?.value).toEqual({ n: 2 });
  });

  it('lets exactly one of two concurrent first writes win', async () => {
    const s = store();
    const results = await Promise.allSettled([s.write('U#c', { who: 1 }, undefined), s.write('U#c', { who: 2 }, undefined)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof StateConflictError)).toHaveLength(1);
  });

  it('treats expired state as gone even before DynamoDB deletes it', async () => {
    let clock = Date.now();
    const s = store(() => clock);
    await s.write('U#d', { n: 1 }, undefined);
    clock += 31 * 86_400_000;
    expect(await s.read('U#d')).toBeUndefined();
    await s.write('U#d', { n: 2 }, undefined);
    expect((await s.read('U#d'))?.value).toEqual({ n: 2 });
  });

  it('gives every state item a TTL', async () => {
    const items = await scanAll(table.db, table.tableName);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(typeof item.expiresAt).toBe('number');
  });
});

describe('bot turns under concurrency', () => {
  it('re-runs a turn that lost a race instead of losing state: concurrent language choices both apply in order', async () => {
    const bot = createBotRunner(store(), await realTurnDeps());
    const run = async (a: Record<string, unknown>, key: string) => (await bot.run(a, { channel: 'webchat', userKey: key })).replies;
    const activity = (value: Record<string, string>) => ({
      type: 'message', text: 'x', value, channelId: 'test', from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'c' }, serviceUrl: 'x',
    });
    await run(activity({ choice: 'lang:en' }), 'U#race');
    const replies = await Promise.all(Array.from({ length: 6 }, () => run(activity({ choice: 'menu' }), 'U#race')));
    // Every turn produced its full answer once; none was dropped because another wrote first.
    for (const r of replies) expect(r.at(-1)?.text).toMatch(/What would you like to know about/);
    const saved = (await store().read('U#race'))?.value as { conversation: { language: string; rate: { count: number } } };
    expect(saved.conversation.language).toBe('en');
    // Every one of the 7 turns was counted: no write silently overwrote another.
    expect(saved.conversation.rate.count).toBe(7);
  });
});
