import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { signLink } from '../../lambdas/core/links/signature';
import { scanAll } from '../support/dynamo';
import { startTestServer } from '../support/local-server';

/** A phone's browser, and a marker we can look for in the table afterwards. */
const PHONE = 'Mozilla/5.0 (Linux; Android 11; TECNO KE5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36 marker-7f3a';
const CRAWLERS = [
  'WhatsApp/2.24.6.77 A',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Twitterbot/1.0',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
];

let server: Awaited<ReturnType<typeof startTestServer>>;
let db: ReturnType<typeof createDocumentClient>;
beforeAll(async () => {
  server = await startTestServer();
  db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
});
afterAll(async () => {
  db?.destroy();
  await server?.stop();
});

const key = () => server.env.LINK_SIGNING_SECRET ?? '';
const link = (topic: string, lang: string, src = '') => `${server.url}/s/${topic}?lang=${lang}${src ? `&src=${src}` : ''}&sig=${signLink(key(), { topic, lang, src })}`;
const visit = async (url: string, userAgent = PHONE, extra: Record<string, string> = {}) => {
  const response = await fetch(url, { headers: { 'user-agent': userAgent, 'x-forwarded-for': '203.0.113.77', cookie: 'session=should-not-be-stored', ...extra } });
  await response.text();
  return response.status;
};
const counters = async () =>
  Object.fromEntries(
    (await scanAll(db, server.tableName)).filter((item) => String(item.pk).startsWith('STATS#')).map((item) => [`${String(item.pk)} ${String(item.sk)}`, item]),
  );
const today = () => new Date().toISOString().slice(0, 10);

describe('share link counting', () => {
  it('counts each human visit exactly once, on the right counter', async () => {
    expect(await visit(link('rights.right-to-work', 'ar', 'demo-ngo'))).toBe(200);
    expect(await visit(link('rights.right-to-work', 'ar', 'demo-ngo'))).toBe(200);
    expect(await visit(link('rights.right-to-work', 'fa-AF', 'demo-ngo'))).toBe(200);
    expect(await visit(link('ctd.what-is-a-ctd', 'so'))).toBe(200);
    const all = await counters();
    expect(all[`STATS#${today()} rights.right-to-work#ar#demo-ngo`]?.visits).toBe(2);
    expect(all[`STATS#${today()} rights.right-to-work#fa-AF#demo-ngo`]?.visits).toBe(1);
    expect(all[`STATS#${today()} ctd.what-is-a-ctd#so#none`]?.visits).toBe(1);
    expect(Object.keys(all)).toHaveLength(3);
  });

  it('does not count link-preview crawlers, HEAD requests or prefetches', async () => {
    const before = await counters();
    for (const crawler of CRAWLERS) expect(await visit(link('rights.fair-recruitment', 'sw', 'demo-school'), crawler)).toBe(200);
    await fetch(link('rights.fair-recruitment', 'sw', 'demo-school'), { method: 'HEAD', headers: { 'user-agent': PHONE } });
    await visit(link('rights.fair-recruitment', 'sw', 'demo-school'), PHONE, { 'sec-purpose': 'prefetch' });
    expect(await counters()).toEqual(before);
  });

  it('bounds the counters: unknown topics and languages are not counted, unregistered and forged sources count as unregistered', async () => {
    expect(await visit(`${server.url}/s/rights.made-up?lang=en`)).toBe(404);
    expect(await visit(`${server.url}/s/rights.right-to-work?lang=xx`)).toBe(404);
    for (let i = 0; i < 3; i++) await visit(`${server.url}/s/predeparture.travel?lang=ti&src=random-${i}&sig=AAAAAAAAAA`);
    await visit(link('predeparture.travel', 'ti', 'demo-ngo').replace('lang=ti', 'lang=uk'));
    const all = await counters();
    expect(all[`STATS#${today()} predeparture.travel#ti#unregistered`]?.visits).toBe(3);
    expect(all[`STATS#${today()} predeparture.travel#uk#unregistered`]?.visits).toBe(1);
    expect(Object.keys(all).some((k) => k.includes('made-up') || k.includes('#xx#') || k.includes('random-'))).toBe(false);
  });

  it('stores no personal data: only the key, the count and a ~400-day expiry', async () => {
    const items = (await scanAll(db, server.tableName)).filter((item) => String(item.pk).startsWith('STATS#'));
    expect(items.length).toBeGreaterThan(0);
    const now = Date.now() / 1000;
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['expiresAt', 'pk', 'sk', 'visits']);
      expect(item.sk).toMatch(/^[a-z]+\.[a-z0-9-]+#[a-zA-Z-]{2,5}#[a-z0-9-]+$/);
      expect(Number(item.expiresAt) - now).toBeGreaterThan(395 * 86_400);
      expect(Number(item.expiresAt) - now).toBeLessThan(405 * 86_400);
    }
    const everything = JSON.stringify(await scanAll(db, server.tableName));
    for (const personal of ['marker-7f3a', '203.0.113.77', '127.0.0.1', 'should-not-be-stored', 'TECNO', 'WhatsApp/']) expect(everything).not.toContain(personal);
  });
});
