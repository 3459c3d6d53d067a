import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferralQueue } from '../../lambdas/adapters/dynamodb/referral-queue';
import { DynamoReferralStore } from '../../lambdas/adapters/dynamodb/referral-store';
import { MailboxNotifier } from '../../lambdas/adapters/notify/mailbox-notifier';
import type { Notifier, ReferralNotification } from '../../lambdas/adapters/notify/notifier';
import { withNotifications } from '../../lambdas/adapters/notify/notifying-referrals';
import { createLogger } from '../../lambdas/adapters/observability/logger';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { createAdvisersHandler } from '../../lambdas/advisers-api/app';
import { escalateUnclaimed } from '../../lambdas/advisers-api/escalate';
import { createReferralPort, referralConfigSchema, screeningPolicy } from '../../lambdas/adapters/referrals/wiring';
import { createTranslator } from '../../lambdas/core/i18n/translator';
import { screeningTranslator, screeningTurn, type ScreeningInput, type ScreeningState } from '../../lambdas/core/screening';
import { loadContent } from '../support/content';
import { testTable } from '../support/dynamo';
import { recordCommands, sampleReferral } from '../support/referrals';

let table: Awaited<ReturnType<typeof testTable>>;
let store: DynamoReferralStore;
const now = Date.UTC(2025, 2, 1, 12);
const minutes = (n: number) => n * 60_000;
const logger = createLogger('test', 'error');

beforeAll(async () => {
  table = await testTable();
  store = new DynamoReferralStore(table.db, { tableName: table.tableName, now: () => now });
});
afterAll(() => table?.close());

describe('the queue through the handler', () => {
  it('lists with a Query on the queue index and never a Scan', async () => {
    for (let i = 0; i < 5; i++) await store.create(sampleReferral({ createdAt: now - minutes(i + 1) }));
    const commands = recordCommands(table.db);
    const key = 'a-local-signing-key-of-some-length';
    const handler = createAdvisersHandler({ TABLE_NAME: table.tableName, ADVISER_SIGNING_KEY: key, LOG_LEVEL: 'error' }, await loadContent(), { db: table.db, now: () => now });
    const result = (await handler({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/advisers/api/referrals',
      rawQueryString: 'limit=3',
      queryStringParameters: { limit: '3' },
      headers: { authorization: `Bearer ${signDevAdviserToken(key, { org: 'demo-org-a', email: 'a@example.org' }, now)}` },
      requestContext: { http: { method: 'GET', path: '/advisers/api/referrals' } },
      isBase64Encoded: false,
    } as never)) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect((JSON.parse(result.body) as { items: unknown[] }).items).toHaveLength(3);
    expect(commands.map((c) => [c.name, c.input.IndexName])).toEqual([['QueryCommand', 'gsi1']]);
    expect(commands.filter((c) => c.name === 'ScanCommand')).toEqual([]);
  });
});

describe('notifications', () => {
  it('tell the organisation about a new referral at once, with no personal data', async () => {
    const mailbox = new MailboxNotifier(table.db, { tableName: table.tableName, newId: randomUUID, now: () => now });
    const catalogue = (await loadContent()).pathways!;
    const port = withNotifications(store, { notifier: mailbox, catalogue, consoleUrl: 'http://localhost/advisers/', logger });
    const r = sampleReferral({ urgent: true, pathway: 'urgent' });
    expect(await port.create(r)).toBe('created');
    expect(await port.create(r)).toBe('exists');
    const mail = await mailbox.list();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: 'referrals-demo-org-a@example.org', urgent: true, codes: [r.code] });
    expect(mail[0]?.subject).toBe(`[Pathways] URGENT New referral ${r.code}`);
    expect(JSON.stringify(mail)).not.toContain(r.contact ?? '?');
  });

  it('still creates the referral when the notification fails', async () => {
    const broken: Notifier = { notify: async () => Promise.reject(new Error('smtp down')) };
    const port = withNotifications(store, { notifier: broken, catalogue: (await loadContent()).pathways!, consoleUrl: '/', logger });
    const r = sampleReferral();
    expect(await port.create(r)).toBe('created');
    expect(await store.get(r.code)).toBeDefined();
  });
});

describe('escalateUnclaimed', () => {
  it('escalates each referral once when unclaimed too long (urgent sooner), and tells the organisation', async () => {
    const org = 'demo-org-b';
    const make = (ageMinutes: number, urgent: boolean) => sampleReferral({ organisation: org, urgent, createdAt: now - minutes(ageMinutes) });
    const oldUrgent = make(90, true);
    const freshUrgent = make(20, true);
    const oldNormal = make(3 * 24 * 60, false);
    const freshNormal = make(60, false);
    const oldClaimed = make(4 * 24 * 60, false);
    for (const r of [oldUrgent, freshUrgent, oldNormal, freshNormal, oldClaimed]) await store.create(r);
    await store.actions.act(oldClaimed.code, { org }, { kind: 'adviser', id: 'x' }, { action: 'claimed', from: ['new'], set: () => ({ status: 'claimed' }) }, now);

    const sent: ReferralNotification[] = [];
    const deps = {
      queue: new ReferralQueue(table.db, table.tableName),
      store,
      notifier: { notify: async (n: ReferralNotification) => void sent.push(n) },
      catalogue: (await loadContent()).pathways!,
      consoleUrl: '/advisers/',
      afterMs: { urgent: minutes(60), normal: minutes(48 * 60) },
      logger,
    };
    const first = await escalateUnclaimed(now, deps);
    const ours = [oldUrgent, freshUrgent, oldNormal, freshNormal, oldClaimed].map((r) => r.code);
    expect(first.escalated.filter((c) => ours.includes(c)).sort()).toEqual([oldUrgent.code, oldNormal.code].sort());
    expect(sent.filter((n) => n.org === org).map((n) => [n.kind, n.urgent, n.codes])).toEqual([
      ['escalation', true, [oldUrgent.code]],
      ['escalation', false, [oldNormal.code]],
    ]);
    expect((await store.get(oldUrgent.code))?.escalatedAt).toBe(now);
    expect((await store.auditTrail(oldUrgent.code))?.entries.at(-1)).toMatchObject({ action: 'escalated', actor: { kind: 'system' } });

    const again = await escalateUnclaimed(now + minutes(5), deps);
    expect(again.escalated).toEqual([]);
  });
});

describe('the screening flow on the real store', () => {
  it('creates the referral after consent, notifies the organisation, and puts it in its queue', async () => {
    const content = await loadContent();
    const config = referralConfigSchema.parse({ notify: { mode: 'mailbox' }, retentionDays: '90', responseWorkingDays: '3' });
    const { port } = createReferralPort(config, { db: table.db, tableName: table.tableName, catalogue: content.pathways!, logger, credentials: () => ({ accessKeyId: '', secretAccessKey: '', region: 'us-east-1' }), now: () => now });
    const t = screeningTranslator(createTranslator(content.locales), 'so');
    let state: ScreeningState | undefined;
    let last = '';
    const inputs: ScreeningInput[] = [{ kind: 'begin' }, ...['#scr:a:status:refugee', '35', '#scr:a:interest:work', '#scr:a:country:ke', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip', 'haa'].map(
      (x): ScreeningInput => (x.startsWith('#') ? { kind: 'choice', id: x.slice(1) } : { kind: 'text', text: x }),
    )];
    for (const input of inputs) {
      const result = await screeningTurn({ state, input, language: 'so', t, ports: { referrals: port }, who: { channel: 'whatsapp', userKey: 'U#flow', contact: '+254711000000', seenTopics: [] }, now, newId: randomUUID, catalogue: content.pathways!, policy: screeningPolicy(config) });
      state = result.state;
      last = result.replies.map((r) => r.text).join('\n');
    }
    expect(state).toBeUndefined();
    const code = /PW-[A-Z0-9]{5}/.exec(last)?.[0] ?? '';
    expect(last).toContain('3 maalmood');
    const item = await store.get(code);
    expect(item).toMatchObject({ org: 'demo-org-b', language: 'so', contact: '+254711000000', consent: { retentionDays: 90 } });
    expect(item?.expiresAt).toBe(Math.floor(now / 1000) + 90 * 86_400);
    const mail = await new MailboxNotifier(table.db, { tableName: table.tableName, newId: randomUUID }).list();
    expect(mail.some((m) => m.codes.includes(code) && m.to === 'referrals-demo-org-b@example.org')).toBe(true);
    const queue = await new ReferralQueue(table.db, table.tableName).list({ org: 'demo-org-b', status: 'new', limit: 100 }, now);
    expect(queue.items.map((i) => i.code)).toContain(code);
  });
});
