import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';
import { siteRewriteCode, siteTopicIds } from '../../../lib/static-site-rewrite';
import { helperPage } from '../../../scripts/local/helper-pages';

type CloudFrontRequest = { uri: string; querystring: Record<string, { value: string }> };

/** Runs the CloudFront Function's code as CloudFront would: a `handler(event)` returning the request. */
function cloudFront(topics: string[]): (uri: string, query: Record<string, string>) => string {
  const handler = new Function(`${siteRewriteCode(topics, LANGUAGE_CODES)}; return handler;`)() as (event: { request: CloudFrontRequest }) => CloudFrontRequest;
  return (uri, query) => handler({ request: { uri, querystring: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, { value: v }])) } }).uri;
}

describe('static routes', () => {
  const topics = siteTopicIds();
  const edge = cloudFront(topics);
  /** What the local server ends up serving: the page if it exists, else the not-found page. */
  const local = (path: string, query: Record<string, string>) => {
    const page = helperPage(path, new URLSearchParams(query));
    if (!page) return path;
    const exists = page.file !== null && (page.file.startsWith('/share/') || page.file.startsWith('/advisers/') || topics.some((t) => page.file === `/t/${t}/${page.file?.split('/')[3]}`));
    return exists && page.file ? page.file : page.notFound;
  };

  it('lists every topic with an English text', () => {
    expect(topics.length).toBeGreaterThanOrEqual(29);
    expect(topics).toContain('rights.right-to-work');
  });

  it.each([
    ['/t/rights.right-to-work', { lang: 'ar' }, '/t/rights.right-to-work/ar.html'],
    ['/t/rights.right-to-work/', { lang: 'fa-AF' }, '/t/rights.right-to-work/fa-AF.html'],
    ['/t/rights.right-to-work', {}, '/t/rights.right-to-work/en.html'],
    ['/t/rights.right-to-work', { lang: 'de' }, '/404/en.html'],
    ['/t/rights.unheard-of', { lang: 'so' }, '/404/so.html'],
    ['/t/../../etc/passwd', { lang: 'en' }, '/404/en.html'],
    ['/t/RIGHTS.right-to-work', { lang: 'uk' }, '/404/uk.html'],
    ['/share', { lang: 'ti' }, '/share/ti.html'],
    ['/share/', {}, '/share/en.html'],
    ['/share', { lang: 'xx' }, '/share/en.html'],
    ['/index.html', { lang: 'ar' }, '/index.html'],
    ['/advisers/', {}, '/advisers/index.html'],
    ['/advisers', { lang: 'ar' }, '/advisers/index.html'],
    ['/og/pathways.png', {}, '/og/pathways.png'],
  ])('%s %j → %s, at the edge and locally', (path, query, expected) => {
    expect(edge(path, query)).toBe(expected);
    expect(local(path, query)).toBe(expected);
  });
});
