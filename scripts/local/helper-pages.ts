import { isLanguageCode } from '../../lambdas/core/languages';

/**
 * The static side of helpers' links, as CloudFront maps it (lib/static-site-rewrite.ts
 * does the same at the edge; tests/unit/share/static-routes.test.ts holds both to one table):
 * `/t/<topic>?lang=xx` → `t/<topic>/<xx>.html`, `/share?lang=xx` → `share/<xx>.html`,
 * `/advisers/` → `advisers/index.html`.
 * A missing `lang` means English; an unknown language or topic gets the not-found page.
 */
export interface HelperPage {
  /** The file to serve, or null when the request names no known page. */
  file: string | null;
  /** The not-found page in the request's language (English when that is unknown). */
  notFound: string;
}

export function helperPage(path: string, search: URLSearchParams): HelperPage | undefined {
  const lang = search.get('lang') ?? 'en';
  const known = isLanguageCode(lang);
  const notFound = `/404/${known ? lang : 'en'}.html`;
  if (path === '/share' || path === '/share/') return { file: `/share/${known ? lang : 'en'}.html`, notFound };
  // The advisers' console is one page; its routes live in the hash.
  if (path === '/advisers' || path === '/advisers/') return { file: '/advisers/index.html', notFound };
  if (!path.startsWith('/t/')) return undefined;
  const topic = /^\/t\/([a-z]+\.[a-z0-9-]+)\/?$/.exec(path)?.[1];
  return { file: topic && known ? `/t/${topic}/${lang}.html` : null, notFound };
}
