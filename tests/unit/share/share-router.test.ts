import type { APIGatewayProxyEventV2 as Event } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShareVisit } from '../../../lambdas/adapters/dynamodb/share-stats';
import { signLink } from '../../../lambdas/core/links/signature';
import { routeShare, type ShareDeps } from '../../../lambdas/share/router';
import { shareContentOf } from '../../../lambdas/share/share-content';
import { topicIds } from '../../../lambdas/share/pages/topic-view';
import { loadContent } from '../../support/content';
import { decodeQrSvg } from '../../support/qr-decode';

const key = 'test-link-signing-key-0123456789';
const PHONE = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';
let deps: ShareDeps;
let visits: ShareVisit[];

beforeAll(async () => {
  const content = shareContentOf(await loadContent());
  deps = {
    bundle: content,
    topics: topicIds(content.topics),
    organisations: [{ code: 'demo-ngo', name: 'Example NGO (demo)' }],
    key,
    publicBaseUrl: 'https://pathways.example.org',
    whatsappNumber: '15550000001',
    stats: { count: async (visit) => void visits.push(visit) },
    onError: (error) => {
      throw error;
    },
  };
});

function event(pathAndQuery: string, headers: Record<string, string> = { 'user-agent': PHONE }, method = 'GET'): Event {
  const url = new URL(pathAndQuery, 'https://pathways.example.org');
  return {
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: { http: { method }, domainName: 'abc.execute-api.eu-west-1.amazonaws.com' },
  } as unknown as Event;
}

const signed = (topic: string, lang: string, src = '') => `/s/${topic}?lang=${lang}${src ? `&src=${src}` : ''}&sig=${signLink(key, { topic, lang, src })}`;

async function open(path: string, headers?: Record<string, string>, method?: string) {
  visits = [];
  const result = await routeShare(event(path, headers, method), deps);
  return { result, body: String(result.body ?? ''), visits };
}

describe('share function', () => {
  it('serves a verified share page and counts the visit under the organisation', async () => {
    const { result, body, visits: counted } = await open(signed('rights.right-to-work', 'ar', 'demo-ngo'));
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toMatch(/text\/html/);
    expect(result.headers?.['content-security-policy']).toContain("default-src 'none'");
    expect(body).toContain('<html lang="ar" dir="rtl">');
    expect(body).toContain('http-equiv="refresh" content="0;url=/t/rights.right-to-work?lang=ar"');
    expect(body).toContain('Example NGO (demo)');
    expect(counted).toEqual([{ topic: 'rights.right-to-work', lang: 'ar', src: 'demo-ngo' }]);
  });

  it('shows a forged link as unverified, does not move on by itself, and counts it as unregistered', async () => {
    const forged = signed('rights.right-to-work', 'fr', 'demo-ngo').replace('lang=fr', 'lang=so');
    const { body, visits: counted } = await open(forged);
    expect(body).toContain('class="note warn"');
    expect(body).not.toContain('http-equiv="refresh"');
    expect(body).not.toContain('Example NGO');
    expect(counted).toEqual([{ topic: 'rights.right-to-work', lang: 'so', src: 'unregistered' }]);
  });

  it('counts links without a source as none, and made-up sources as unregistered', async () => {
    expect((await open(signed('ctd.refused', 'uk'))).visits).toEqual([{ topic: 'ctd.refused', lang: 'uk', src: 'none' }]);
    expect((await open('/s/ctd.refused?lang=uk&src=my-own-code-123&sig=whatever')).visits).toEqual([{ topic: 'ctd.refused', lang: 'uk', src: 'unregistered' }]);
  });

  it.each([
    'WhatsApp/2.23.20.0 A',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Twitterbot/1.0',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'TelegramBot (like TwitterBot)',
    '',
  ])('does not count link-preview crawlers: %s', async (ua) => {
    const { result, body, visits: counted } = await open(signed('rights.right-to-work', 'ar', 'demo-ngo'), { 'user-agent': ua });
    expect(result.statusCode).toBe(200);
    expect(body).toContain('og:title');
    expect(counted).toEqual([]);
  });

  it('does not count HEAD requests or prefetches', async () => {
    expect((await open(signed('ctd.refused', 'en'), { 'user-agent': PHONE }, 'HEAD')).visits).toEqual([]);
    expect((await open(signed('ctd.refused', 'en'), { 'user-agent': PHONE, 'sec-purpose': 'prefetch' })).visits).toEqual([]);
  });

  it('answers unknown topics and languages with a 404 page and counts nothing', async () => {
    for (const path of ['/s/rights.unheard-of?lang=ar', '/s/rights.right-to-work?lang=de', '/s/%E0%A4%A?lang=en', '/s/', '/s/a/b/c']) {
      const { result, visits: counted } = await open(path);
      expect(result.statusCode, path).toBe(404);
      expect(counted).toEqual([]);
    }
  });

  it('signs links for registered organisations and none, and refuses anything else', async () => {
    const ok = await open('/s/sign?topic=rights.right-to-work&lang=ps&src=demo-ngo');
    const link = JSON.parse(ok.body) as { url: string; qr: string; flyer: string; svg: string };
    expect(link.url).toBe(`https://pathways.example.org${signed('rights.right-to-work', 'ps', 'demo-ngo')}`);
    expect(decodeQrSvg(link.svg)).toBe(link.url);
    expect((await open('/s/sign?topic=rights.right-to-work&lang=ps')).result.statusCode).toBe(200);
    expect((await open('/s/sign?topic=rights.right-to-work&lang=ps&src=not-registered')).result.statusCode).toBe(400);
    expect((await open('/s/sign?topic=rights.nope&lang=ps')).result.statusCode).toBe(400);
    expect((await open('/s/sign?topic=rights.right-to-work&lang=de')).result.statusCode).toBe(400);
    expect(ok.visits).toEqual([]);
  });

  it('serves QR codes and flyers only for links it would issue', async () => {
    const qr = await open(signed('rights.right-to-work', 'ti', 'demo-ngo').replace('?', '/qr.svg?'));
    expect(qr.result.headers?.['content-type']).toBe('image/svg+xml');
    expect(decodeQrSvg(qr.body)).toBe(`https://pathways.example.org${signed('rights.right-to-work', 'ti', 'demo-ngo')}`);
    const plain = await open('/s/rights.right-to-work/qr.svg?lang=ti');
    expect(decodeQrSvg(plain.body)).toBe(`https://pathways.example.org${signed('rights.right-to-work', 'ti')}`);
    const forged = signed('rights.right-to-work', 'ti', 'demo-ngo').replace('?', '/flyer?').replace('lang=ti', 'lang=ar');
    expect((await open(forged)).result.statusCode).toBe(404);
    const flyer = await open('/s/rights.right-to-work/flyer?lang=ar');
    expect(flyer.body).toContain('@page{size:A5');
    expect(flyer.body).toContain('+15550000001');
    expect(flyer.visits).toEqual([]);
  });

  it('builds absolute links on the host CloudFront forwards when no public URL is configured', async () => {
    const saved = deps.publicBaseUrl;
    deps.publicBaseUrl = undefined;
    try {
      const { body } = await open(signed('ctd.refused', 'en'), { 'user-agent': PHONE, 'x-forwarded-host': 'd111.cloudfront.net', host: 'abc.execute-api.eu-west-1.amazonaws.com' });
      expect(body).toContain('content="https://d111.cloudfront.net/og/pathways.png"');
    } finally {
      deps.publicBaseUrl = saved;
    }
  });

  it('only answers GET and HEAD', async () => {
    expect((await open(signed('ctd.refused', 'en'), { 'user-agent': PHONE }, 'POST')).result.statusCode).toBe(405);
  });
});
