import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoWebchatStore, UnknownConversationError } from '../../lambdas/adapters/dynamodb/webchat-store';
import { testTable } from '../support/dynamo';

let table: Awaited<ReturnType<typeof testTable>>;
beforeAll(async () => {
  table = await testTable();
});
afterAll(() => table.close());

const store = (now = Date.now) => new DynamoWebchatStore(table.db, { tableName: table.tableName, retentionDays: 1, now, gapTimeoutMs: 5_000 });

describe('DynamoWebchatStore', () => {
  it('appends in order and pages by watermark', async () => {
    const s = store();
    await s.createConversation('U#1', 'conv-1');
    expect(await s.append('U#1', 'conv-1', [{ text: 'a' }, { text: 'b' }])).toEqual([1, 2]);
    expect(await s.append('U#1', 'conv-1', [{ text: 'c' }])).toEqual([3]);
    const all = await s.list('U#1', 'conv-1', 0);
    expect(all.activities.map((a) => a.activity.text)).toEqual(['a', 'b', 'c']);
    expect(all.watermark).toBe(3);
    expect((await s.list('U#1', 'conv-1', 2)).activities.map((a) => a.activity.text)).toEqual(['c']);
    expect(await s.list('U#1', 'conv-1', 3)).toEqual({ activities: [], watermark: 3 });
  });

  it('never hands out the same watermark twice under concurrent appends', async () => {
    const s = store();
    await s.createConversation('U#2', 'conv-2');
    const seqs = (await Promise.all(Array.from({ length: 8 }, (_, i) => s.append('U#2', 'conv-2', [{ i }])))).flat();
    expect(new Set(seqs).size).toBe(8);
    expect((await s.list('U#2', 'conv-2', 0)).activities).toHaveLength(8);
  });

  it('holds polling at a reserved-but-unwritten activity, then skips it once it is long overdue', async () => {
    let clock = Date.now();
    const s = store(() => clock);
    await s.createConversation('U#3', 'conv-3');
    await s.append('U#3', 'conv-3', [{ text: 'one' }]);
    // Simulate a writer that reserved seq 2 and 3 but has so far written only 3.
    await s.append('U#3', 'conv-3', [{ text: 'two' }, { text: 'three' }]);
    await table.db.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: 'U#3', sk: 'C#conv-3#A#0000000002' } }));
    expect((await s.list('U#3', 'conv-3', 1)).watermark).toBe(1);
    clock += 6_000;
    expect((await s.list('U#3', 'conv-3', 1)).activities.map((a) => a.activity.text)).toEqual(['three']);
  });

  it('stores an answer to the same activity once: a repeat writes over the places first reserved for it, also after a failure part-way', async () => {
    const s = store();
    await s.createConversation('U#5', 'conv-5');
    expect(await s.append('U#5', 'conv-5', [{ text: 'hello' }])).toEqual([1]);
    expect(await s.append('U#5', 'conv-5', [{ text: 'a1' }, { text: 'a2' }], 'act-A')).toEqual([2, 3]);
    expect(await s.append('U#5', 'conv-5', [{ text: 'a1' }, { text: 'a2' }], 'act-A')).toEqual([2, 3]);
    // The first attempt at B reserved its places and then failed before writing one of them.
    expect(await s.append('U#5', 'conv-5', [{ text: 'b1' }, { text: 'b2' }], 'act-B')).toEqual([4, 5]);
    await table.db.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: 'U#5', sk: 'C#conv-5#A#0000000004' } }));
    expect(await s.append('U#5', 'conv-5', [{ text: 'b1' }, { text: 'b2' }], 'act-B')).toEqual([4, 5]);
    // Other messages (an adviser's) still take new places.
    expect(await s.append('U#5', 'conv-5', [{ text: 'adviser' }])).toEqual([6]);
    expect((await s.list('U#5', 'conv-5', 0)).activities.map((a) => a.activity.text)).toEqual(['hello', 'a1', 'a2', 'b1', 'b2', 'adviser']);
  });

  it('stores concurrent copies of one answer once', async () => {
    const s = store();
    await s.createConversation('U#6', 'conv-6');
    const seqs = await Promise.all(Array.from({ length: 5 }, () => s.append('U#6', 'conv-6', [{ text: 'x' }, { text: 'y' }], 'act-C')));
    for (const got of seqs) expect(got).toEqual([1, 2]);
    expect((await s.list('U#6', 'conv-6', 0)).activities.map((a) => a.activity.text)).toEqual(['x', 'y']);
  });

  it('rejects appends and polls for unknown conversations', async () => {
    const s = store();
    await expect(s.append('U#4', 'nope', [{ text: 'x' }])).rejects.toBeInstanceOf(UnknownConversationError);
    await expect(s.list('U#4', 'nope', 0)).rejects.toBeInstanceOf(UnknownConversationError);
    expect(await s.exists('U#4', 'nope')).toBe(false);
  });
});
