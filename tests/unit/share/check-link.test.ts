import { describe, expect, it } from 'vitest';
import { checkShareLink } from '../../../lambdas/core/links/check-link';
import { signLink } from '../../../lambdas/core/links/signature';

const key = 'test-link-signing-key-0123456789';
const organisations = [
  { code: 'demo-ngo', name: 'Example NGO (demo)' },
  { code: 'demo-school', name: 'Example Community School (demo)' },
];
const ctx = { baseUrl: 'https://pathways.example.org', key, organisations };
const sig = (topic: string, lang: string, src = '') => signLink(key, { topic, lang, src });
const link = (topic: string, lang: string, src = '', s = sig(topic, lang, src)) =>
  `https://pathways.example.org/s/${topic}?lang=${lang}${src ? `&src=${src}` : ''}&sig=${s}`;

describe('checkShareLink', () => {
  it('verifies a signed link naming a registered organisation', () => {
    expect(checkShareLink(link('rights.right-to-work', 'ar', 'demo-ngo'), ctx)).toEqual({
      kind: 'verified',
      topic: 'rights.right-to-work',
      lang: 'ar',
      organisation: { code: 'demo-ngo', name: 'Example NGO (demo)' },
    });
  });

  it("verifies Pathways' own signed link without an organisation", () => {
    expect(checkShareLink(link('ctd.what-is-a-ctd', 'fa-AF'), ctx)).toEqual({ kind: 'verified', topic: 'ctd.what-is-a-ctd', lang: 'fa-AF' });
  });

  it('verifies topic page links (they claim no organisation) and QR/flyer links', () => {
    expect(checkShareLink('https://pathways.example.org/t/rights.right-to-work?lang=so', ctx)).toEqual({ kind: 'verified', topic: 'rights.right-to-work', lang: 'so' });
    expect(checkShareLink('https://pathways.example.org/t/rights.right-to-work', ctx)).toMatchObject({ kind: 'verified', lang: 'en' });
    const qr = link('rights.right-to-work', 'uk', 'demo-school').replace('/s/rights.right-to-work?', '/s/rights.right-to-work/qr.svg?');
    expect(checkShareLink(qr, ctx)).toMatchObject({ kind: 'verified', organisation: { code: 'demo-school' } });
  });

  it('is tolerant of how people paste: spaces, http, upper-case host, parameter order', () => {
    const s = sig('rights.right-to-work', 'ar', 'demo-ngo');
    expect(checkShareLink(`  http://PATHWAYS.example.org/s/rights.right-to-work?sig=${s}&src=demo-ngo&lang=ar \n`, ctx)).toMatchObject({ kind: 'verified' });
  });

  it.each([
    ['another host', 'https://pathways.example.org.evil.test/s/rights.right-to-work?lang=ar'],
    ['a look-alike host', 'https://pathvvays.example.org/s/rights.right-to-work?lang=ar'],
    ['not a URL', 'pathways rights'],
    ['another scheme', 'ftp://pathways.example.org/s/rights.right-to-work?lang=ar'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('says not-ours for %s', (_why, url) => {
    expect(checkShareLink(url, ctx)).toEqual({ kind: 'not-ours' });
  });

  it.each([
    ['missing-signature', 'https://pathways.example.org/s/rights.right-to-work?lang=ar&src=demo-ngo'],
    ['bad-signature', link('rights.right-to-work', 'ar', 'demo-ngo', 'AAAAAAAAAA')],
    ['bad-signature', link('rights.right-to-work', 'ar', 'demo-ngo').replace('lang=ar', 'lang=fr')],
    ['bad-signature', link('rights.right-to-work', 'ar', 'demo-ngo').replace('src=demo-ngo', 'src=demo-school')],
    ['bad-signature', link('rights.right-to-work', 'ar', 'demo-ngo').replace('/s/rights.right-to-work', '/s/rights.fair-recruitment')],
    ['bad-signature', link('rights.right-to-work', 'ar').replace('lang=ar', 'lang=ar&src=demo-ngo')],
    ['unregistered-source', link('rights.right-to-work', 'ar', 'not-registered')],
    ['unknown-topic-or-language', link('rights.right-to-work', 'xx')],
    ['unknown-topic-or-language', link('NOT A TOPIC', 'ar')],
    ['unknown-topic-or-language', 'https://pathways.example.org/t/rights.right-to-work?lang=de'],
    ['not-a-share-link', 'https://pathways.example.org/'],
    ['not-a-share-link', 'https://pathways.example.org/s/rights.right-to-work/extra/path?lang=ar'],
  ])('is unverified (%s) for %s', (reason, url) => {
    expect(checkShareLink(url, ctx)).toEqual({ kind: 'unverified', reason });
  });

  it('knows the topic list when given one', () => {
    expect(checkShareLink(link('rights.unheard-of', 'en'), { ...ctx, topics: ['rights.right-to-work'] })).toEqual({ kind: 'unverified', reason: 'unknown-topic-or-language' });
    expect(checkShareLink(link('rights.right-to-work', 'en'), { ...ctx, topics: ['rights.right-to-work'] })).toMatchObject({ kind: 'verified' });
  });

  it('respects a base URL with a path prefix', () => {
    const prefixed = { ...ctx, baseUrl: 'https://example.org/pathways/' };
    const s = sig('rights.right-to-work', 'en');
    expect(checkShareLink(`https://example.org/pathways/s/rights.right-to-work?lang=en&sig=${s}`, prefixed)).toMatchObject({ kind: 'verified' });
    expect(checkShareLink(`https://example.org/other/s/rights.right-to-work?lang=en&sig=${s}`, prefixed)).toEqual({ kind: 'not-ours' });
  });

  it('is pure: the same input always gives the same answer', () => {
    const url = link('rights.right-to-work', 'ar', 'demo-ngo');
    expect(checkShareLink(url, ctx)).toEqual(checkShareLink(url, ctx));
  });
});
