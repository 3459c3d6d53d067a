import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoReferralStore, REMOVED_TEXT } from '../../lambdas/adapters/dynamodb/referral-store';
import { BadCursorError, ReferralQueue } from '../../lambdas/adapters/dynamodb/referral-queue';
import { blankReferralsBeforeErase } from '../../lambdas/adapters/dynamodb/referral-erasure';
import { DynamoPersonalData } from '../../lambdas/adapters/dynamodb/personal-data';
import { scanAll, testTable } from '../support/dynamo';
import { recordCommands, sampleReferral } from '../support/referrals';

let table: Awaited<ReturnType<typeof testTable>>;
let store: DynamoReferralStore;
const now = Date.UTC(2025, 0, 16);
const adviser = { kind: 'adviser' as const, id: 'sub-1', email: 'a@example.org' };

beforeAll(async () => {
  table = await testTable();
  store = new DynamoReferralStore(table.db, { tableName: table.tableName, now: () => now });
});
afterAll(() => table?.close());

describe('referral store', () => {
  it('creates once per code: the same person again is "exists", someone else is "code-taken"', async () => {
    const r = sampleReferral();
    expect(await store.create(r)).toBe('created');
    expect(await store.create(r)).toBe('exists');
    expect(await store.create({ ...r, userKey: 'U#someone-else' })).toBe('code-taken');
    expect(await store.codesForUser('U#someone-else')).toEqual([]);
    expect((await store.listForUser(r.userKey)).map((x) => x.code)).toEqual([r.code]);
  });

  it('gives every item a TTL and keeps a pointer under the person’s partition', async () => {
    const r = sampleReferral();
    await store.create(r);
    const items = (await scanAll(table.db, table.tableName)).filter((i) => String(i.pk).includes(r.code) || i.pk === r.userKey);
    expect(items.map((i) => String(i.sk)).sort()).toEqual(['AUDIT#000001', 'META', `REF#${r.code}`]);
    for (const item of items) expect(item.expiresAt).toBe(Math.floor(r.createdAt / 1000) + 180 * 86_400);
  });

  it('lets exactly one of two simultaneous claims win', async () => {
    const r = sampleReferral();
    await store.create(r);
    const claim = (id: string) =>
      store.actions.act(r.code, { org: 'demo-org-a' }, { ...adviser, id }, { action: 'claimed', from: ['new'], set: () => ({ status: 'claimed', claimedBy: { ...adviser, id }, claimedAt: now }) }, now);
    const results = await Promise.all([claim('a'), claim('b'), claim('c')]);
    expect(results.filter((x) => x.kind === 'ok')).toHaveLength(1);
    expect(results.filter((x) => x.kind === 'conflict')).toHaveLength(2);
    const trail = await store.auditTrail(r.code);
    expect(trail?.entries.map((e) => e.action)).toEqual(['created', 'claimed']);
    expect(trail?.check).toEqual({ ok: true, length: 2 });
  });

  it('verifies the audit chain and detects a changed, deleted or re-hashed entry', async () => {
    const r = sampleReferral();
    await store.create(r);
    for (const action of ['viewed', 'viewed', 'viewed'] as const) await store.actions.act(r.code, {}, adviser, { action }, now);
    expect((await store.auditTrail(r.code))?.check).toEqual({ ok: true, length: 4 });
    await table.db.send(
      new UpdateCommand({ TableName: table.tableName, Key: { pk: `REF#${r.code}`, sk: 'AUDIT#000002' }, UpdateExpression: 'SET entry.actor.id = :x', ExpressionAttributeValues: { ':x': 'someone-else' } }),
    );
    expect((await store.auditTrail(r.code))?.check).toMatchObject({ ok: false, brokenAt: 2, reason: 'entry content was changed' });
  });

  it('adds the person’s messages to the case only during a live chat, once per message id', async () => {
    const r = sampleReferral();
    await store.create(r);
    await store.actions.act(r.code, {}, adviser, { action: 'claimed', set: () => ({ status: 'claimed', claimedBy: adviser }) }, now);
    const message = { id: 'm1', text: 'Thank you, call me after 5', at: now };
    expect(await store.addUserMessage(r.userKey, r.code, message)).toEqual({ kind: 'closed' });
    expect((await store.openChat(r.code, { org: 'demo-org-a' }, adviser, now)).opened).toBe(true);
    expect((await store.openChat(r.code, { org: 'demo-org-a' }, adviser, now + 1)).opened).toBe(false);
    expect(await store.addUserMessage('U#someone-else', r.code, message)).toEqual({ kind: 'not-found' });
    expect(await store.addUserMessage(r.userKey, r.code, message)).toMatchObject({ kind: 'added' });
    expect(await store.addUserMessage(r.userKey, r.code, message)).toMatchObject({ kind: 'added' });
    expect((await store.get(r.code))?.messages).toMatchObject([{ id: 'm1', from: 'user', text: 'Thank you, call me after 5' }]);
    const trail = await store.auditTrail(r.code);
    expect(trail?.entries.map((e) => e.action)).toEqual(['created', 'claimed', 'chat-opened', 'user-replied']);
    expect(trail?.entries.at(-1)).toMatchObject({ action: 'user-replied', actor: { kind: 'user', id: 'person' } });
    expect(JSON.stringify(trail)).not.toContain('call me');
    expect((await store.endChat(r.code, { userKey: r.userKey }, 'person', now + 2)).ended).toBe(true);
    expect(await store.addUserMessage(r.userKey, r.code, { ...message, id: 'm2' })).toEqual({ kind: 'closed' });
    expect((await store.get(r.code))?.chat).toEqual({ open: false, openedAt: now, closedAt: now + 2, closedBy: 'person' });
  });

  it('withdrawal by the person blanks what they shared and leaves the adviser "withdrawn"', async () => {
    const r = sampleReferral();
    await store.create(r);
    await store.actions.act(r.code, { org: 'demo-org-a' }, adviser, { action: 'note-added', appendNote: { id: 'n1', at: now, by: adviser, text: 'Called, no answer' } }, now);
    expect(await store.withdraw('U#not-theirs', r.code, now)).toBe('not-found');
    expect(await store.withdraw(r.userKey, r.code, now)).toBe('withdrawn');
    const item = await store.get(r.code);
    expect(item).toMatchObject({ status: 'withdrawn', notes: [{ text: REMOVED_TEXT }] });
    for (const field of ['contact', 'answers', 'userKey', 'country', 'language', 'topicsRead']) expect(item).not.toHaveProperty(field);
    expect(await store.withdraw(r.userKey, r.code, now)).toBe('not-found');
    expect((await store.auditTrail(r.code))?.check.ok).toBe(true);
  });

  it('erasure of the person’s partition blanks their referral through the pointer', async () => {
    const r = sampleReferral({ userKey: 'U#erase-me' });
    await store.create(r);
    await new DynamoPersonalData(table.db, table.tableName, blankReferralsBeforeErase(store, () => now)).erase('U#erase-me');
    const item = await store.get(r.code);
    expect(item).toMatchObject({ status: 'withdrawn', personalDataRemovedAt: now });
    expect(item).not.toHaveProperty('contact');
    const left = (await scanAll(table.db, table.tableName)).filter((i) => i.pk === 'U#erase-me');
    expect(left).toEqual([]);
    expect((await store.auditTrail(r.code))?.entries.at(-1)).toMatchObject({ action: 'personal-data-removed', actor: { kind: 'system' } });
  });
});

describe('referral queue', () => {
  it('lists an organisation’s queue urgent first, then oldest first, with a cursor, by Query on the index only', async () => {
    const org = 'queue-org';
    const made = [
      sampleReferral({ organisation: org, createdAt: now - 3000 }),
      sampleReferral({ organisation: org, createdAt: now - 2000, urgent: true, pathway: 'urgent' }),
      sampleReferral({ organisation: org, createdAt: now - 1000, language: 'ar' }),
      sampleReferral({ organisation: 'other-org', createdAt: now - 500 }),
    ];
    for (const r of made) await store.create(r);
    const commands = recordCommands(table.db);
    const queue = new ReferralQueue(table.db, table.tableName);
    const first = await queue.list({ org, status: 'new', limit: 2 }, now);
    expect(first.items.map((i) => i.code)).toEqual([made[1]?.code, made[0]?.code]);
    const second = await queue.list({ org, status: 'new', limit: 2, cursor: first.cursor }, now);
    expect(second.items.map((i) => i.code)).toEqual([made[2]?.code]);
    expect((await queue.list({ org, status: 'new', limit: 10, urgency: 'urgent' }, now)).items).toHaveLength(1);
    expect(commands.every((c) => c.name === 'QueryCommand' && c.input.IndexName === 'gsi1')).toBe(true);
    // One language is its own index partition: nothing in other languages is read.
    commands.length = 0;
    expect((await queue.list({ org, status: 'new', limit: 10, language: 'ar' }, now)).items.map((i) => i.code)).toEqual([made[2]?.code]);
    expect(commands.map((c) => [c.name, c.input.IndexName])).toEqual([['QueryCommand', 'gsi2']]);
    expect(commands.some((c) => c.name === 'ScanCommand')).toBe(false);
    expect((await queue.counts(org, now)).new).toBe(3);
  });

  it('keeps the per-language queue in step with status changes, pages it with its own cursors, and drops an erased person from it', async () => {
    const org = 'language-org';
    const made = [0, 1, 2].map((i) => sampleReferral({ organisation: org, createdAt: now - 3000 + i, language: 'fa-AF' }));
    for (const r of made) await store.create(r);
    const queue = new ReferralQueue(table.db, table.tableName);
    const page1 = await queue.list({ org, status: 'new', limit: 2, language: 'fa-AF' }, now);
    expect(page1.items.map((i) => i.code)).toEqual([made[0]?.code, made[1]?.code]);
    // A cursor from one queue is refused by another.
    await expect(queue.list({ org, status: 'new', limit: 2, cursor: page1.cursor }, now)).rejects.toBeInstanceOf(BadCursorError);
    await expect(queue.list({ org, status: 'new', limit: 2, language: 'ar', cursor: page1.cursor }, now)).rejects.toBeInstanceOf(BadCursorError);
    expect((await queue.list({ org, status: 'new', limit: 2, language: 'fa-AF', cursor: page1.cursor }, now)).items.map((i) => i.code)).toEqual([made[2]?.code]);

    const claimed = await store.actions.act(made[0]?.code ?? '', { org }, adviser, { action: 'claimed', from: ['new'], set: () => ({ status: 'claimed', claimedBy: adviser, claimedAt: now }) }, now);
    expect(claimed.kind).toBe('ok');
    expect((await queue.list({ org, status: 'new', limit: 10, language: 'fa-AF' }, now)).items.map((i) => i.code)).toEqual([made[1]?.code, made[2]?.code]);
    expect((await queue.list({ org, status: 'claimed', limit: 10, language: 'fa-AF' }, now)).items.map((i) => i.code)).toEqual([made[0]?.code]);

    await store.blankPersonalFields(made[1]?.code ?? '', now);
    expect((await queue.list({ org, status: 'withdrawn', limit: 10 }, now)).items.map((i) => i.code)).toEqual([made[1]?.code]);
    for (const status of ['new', 'withdrawn'] as const) {
      expect((await queue.list({ org, status, limit: 10, language: 'fa-AF' }, now)).items.map((i) => i.code)).not.toContain(made[1]?.code);
    }
  });
});
