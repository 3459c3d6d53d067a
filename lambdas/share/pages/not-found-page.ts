import { escapeHtml, page } from './html';
import type { ShareText } from './strings';

/** The page for an unknown topic or language: says so calmly and offers the start page. */
export function renderNotFoundPage(t: ShareText, lang: string, dir: 'ltr' | 'rtl'): string {
  const body =
    `<header><a href="/?lang=${escapeHtml(lang)}">${escapeHtml(t('site'))}</a></header><main>` +
    `<h1>${escapeHtml(t('notFound.title'))}</h1><p>${escapeHtml(t('notFound.body'))}</p>` +
    `<p><a class="btn" href="/?lang=${escapeHtml(lang)}">${escapeHtml(t('notFound.home'))}</a></p></main>`;
  return page({ lang, dir, title: `${t('notFound.title')} · ${t('site')}`, head: '<meta name="robots" content="noindex">', body });
}
