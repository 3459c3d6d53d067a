import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { setLogSink } from '../../lambdas/adapters/observability/logger';
import { userKey } from '../../lambdas/adapters/security/user-key';
import type { OutboundMessage } from '../../lambdas/channels/whatsapp/outbound-types';
import { scanAll } from '../support/dynamo';
import { startTestServer } from '../support/local-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
const captured: string[] = [];
let restoreSink: ((line: string) => void) | undefined;
let restoreStdout: typeof process.stdout.write | undefined;

beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'debug' }, { queueRetryDelayMs: 30 });
  restoreSink = setLogSink((line) => captured.push(line));
  restoreStdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterAll(async () => {
  if (restoreSink) setLogSink(restoreSink);
  if (restoreStdout) process.stdout.write = restoreStdout;
  await server.stop();
});

const PHONE = '447700900777';
const SECRET_WORDS = ['Zanzibar-Kowalczyk', 'my sister Amina'];
const bodyOf = (m: OutboundMessage) => (m.type === 'text' ? m.text.body : m.interactive.body.text);

async function say(input: Parameters<typeof server.simulator.sendAsUser>[1]) {
  await server.simulator.sendAsUser(PHONE, input, undefined, 'Amina Example');
  await server.queue.drained();
}

async function itemsOf(key: string) {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
  const items = await scanAll(db, server.tableName);
  db.destroy();
  return items.filter((i) => i.pk === key);
}

describe('WhatsApp: leave data, see it, erase it', () => {
  it('consents to a referral, shows the data, erases everything after confirmation', async () => {
    const key = userKey(server.env.PEPPER ?? '', 'whatsapp', PHONE);
    await say({ text: 'hello' });
    await say({ reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await say({ text: `I live in ${SECRET_WORDS[0]} with ${SECRET_WORDS[1]}, can I work there?` });
    // Consent: an urgent referral keeps the number for an adviser.
    await say({ text: 'my boss took my passport and locks me in' });
    await say({ reply: { kind: 'button', id: 'scr:urgent:yes', title: 'Yes' } });
    const db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
    expect(JSON.stringify(await scanAll(db, server.tableName))).toContain(PHONE);
    await say({ text: 'show my data' });
    const shown = server.graph.messagesFor(PHONE).map((m) => bodyOf(m.message as unknown as OutboundMessage));
    expect(shown.join('\n')).toMatch(/What I hold about you/);
    expect((await itemsOf(key)).length).toBeGreaterThan(3);
    await say({ text: 'delete my data' });
    await say({ reply: { kind: 'button', id: 'erase:yes', title: 'Yes, delete' } });
    const last = server.graph.messagesFor(PHONE).at(-1)!;
    expect(bodyOf(last.message as unknown as OutboundMessage)).toMatch(/deleted everything/);
    // Late delivery statuses for the confirmation must not bring anything back.
    await server.simulator.sendStatus(last.id, PHONE, 'read');
    await new Promise((r) => setTimeout(r, 100));
    await server.queue.drained();
    expect(await itemsOf(key)).toEqual([]);
    // The referral stays for the adviser's records, as "withdrawn by the user", with nothing personal left.
    const everything = JSON.stringify(await scanAll(db, server.tableName));
    expect(everything).not.toContain(PHONE);
    expect(everything).toContain('withdrawn');
    db.destroy();
  });

  it('never logged message text, phone numbers or names', () => {
    const logs = captured.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [PHONE, 'Amina', ...SECRET_WORDS, 'show my data', 'delete my data']) expect(logs).not.toContain(secret);
  });
});

describe('anonymous reporting counters', () => {
  it('counts topics read by topic, language and channel, with nothing about the person', async () => {
    await say({ reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await say({ reply: { kind: 'list', id: 'topic:rights.right-to-work', title: 'Right to work' } });
    const metrics = captured.filter((line) => line.includes('"TopicsRead"'));
    expect(metrics.length).toBeGreaterThan(0);
    const metric = JSON.parse(metrics[0] ?? '{}') as Record<string, unknown>;
    expect(metric).toMatchObject({ topic: expect.stringMatching(/^[a-z]+\.[a-z0-9-]+$/), language: 'en', channel: 'whatsapp', TopicsRead: 1 });
    expect(Object.keys(metric).sort()).toEqual(['TopicsRead', '_aws', 'channel', 'language', 'topic']);
  });
});
