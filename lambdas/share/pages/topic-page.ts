import type { Topic } from '../../core/content/schema';
import { LANGUAGES } from '../../core/languages';
import { topicPagePath, webchatPath } from '../../core/links/share-url';
import { escapeHtml, meta, page } from './html';
import { bodyToHtml } from './markdown';
import { formatDate, type ShareText } from './strings';
import { contentAttributes, type TopicView } from './topic-view';

export interface TopicPageInput {
  view: TopicView<Topic>;
  t: ShareText;
  /** `https://wa.me/<number>?text=<phrase>`, the phrase checked against the matcher at build time. */
  whatsappHref: string;
  /** The build date: a passed review-by date adds a caution line. */
  today: Date;
}

/**
 * A topic as a small page that needs no JavaScript: notices, the text, two
 * ways to carry on (WhatsApp, web chat), its sources and review date, and
 * the same topic in the other languages. Links are relative so the same
 * files work on any host.
 */
export function renderTopicPage({ view, t, whatsappHref, today }: TopicPageInput): string {
  const { topic, lang } = view;
  const notes = [
    view.fallback ? `<p class="note">${escapeHtml(t('topic.fallback'))}</p>` : '',
    topic.review === 'machine' ? `<p class="note">${escapeHtml(t('topic.machine'))}</p>` : '',
    new Date(`${topic.reviewBy}T00:00:00Z`) < today ? `<p class="note warn" role="note">${escapeHtml(t('topic.overdue'))}</p>` : '',
  ].join('');
  const sources = topic.sources
    .map((s) => `<li><a href="${escapeHtml(s.url)}" rel="noopener">${escapeHtml(s.title)}</a> <span class="muted">(${escapeHtml(s.publisher)})</span></li>`)
    .join('');
  const others = LANGUAGES.filter((l) => l.code !== lang)
    .map((l) => `<a href="${escapeHtml(topicPagePath(view.id, l.code))}" lang="${l.code}" hreflang="${l.code}">${escapeHtml(l.nativeName)}</a>`)
    .join(' · ');
  const body =
    `<header><a href="/?lang=${lang}">${escapeHtml(t('site'))}</a></header><main>${notes}` +
    `<article${contentAttributes(view)}><h1>${escapeHtml(topic.title)}</h1><p class="lead">${escapeHtml(topic.summary)}</p>${bodyToHtml(topic.body)}</article>` +
    `<p><a class="btn wa" href="${escapeHtml(whatsappHref)}">${escapeHtml(t('topic.whatsapp'))}</a>` +
    `<a class="btn" href="${escapeHtml(webchatPath(view.id, lang))}">${escapeHtml(t('topic.webchat'))}</a></p>` +
    `<h2>${escapeHtml(t('topic.sources'))}</h2><ul${contentAttributes(view)}>${sources}</ul>` +
    `<p class="muted">${escapeHtml(t('topic.reviewed', { date: formatDate(topic.reviewed, lang) }))}</p>` +
    `<nav aria-label="${escapeHtml(t('topic.languages'))}"><h2>${escapeHtml(t('topic.languages'))}</h2><p>${others}</p></nav></main>`;
  return page({
    lang,
    dir: view.dir,
    title: `${topic.title} · ${t('site')}`,
    head: meta('name', 'description', topic.summary),
    body,
  });
}
