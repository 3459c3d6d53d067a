import type { ClaimCheck } from '../../core/links/verify-claim';
import { escapeHtml, meta, page } from './html';
import type { ShareText } from './strings';
import { contentAttributes, type TopicView } from './topic-view';

/** The one brand image for link previews (built by scripts/build/og-image.ts). */
export const OG_IMAGE = { path: '/og/pathways.png', width: 1200, height: 630 } as const;

export interface SharePageInput {
  view: TopicView;
  t: ShareText;
  check: ClaimCheck;
  /** This link, absolute: og:url. */
  url: string;
  /** Where Pathways is served, for the absolute og:image WhatsApp needs. */
  baseUrl: string;
  /** The topic page, relative. */
  topicHref: string;
}

/** Preview text: WhatsApp shows about two lines, so cut at a word near 200 characters. */
export function previewText(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/**
 * What a pasted link previews as (Open Graph and Twitter tags in the link's
 * language) and, for a person, a short page that moves on to the topic page
 * at once. An unverified link does not move on by itself: its calm warning
 * would otherwise flash past unread.
 */
export function renderSharePage({ view, t, check, url, baseUrl, topicHref }: SharePageInput): string {
  const { topic, lang } = view;
  const description = previewText(topic.summary);
  const head = [
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', t('site')),
    meta('property', 'og:title', topic.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', `${baseUrl}${OG_IMAGE.path}`),
    meta('property', 'og:image:width', String(OG_IMAGE.width)),
    meta('property', 'og:image:height', String(OG_IMAGE.height)),
    meta('property', 'og:image:alt', t('share.imageAlt')),
    meta('property', 'og:locale', lang.replace('-', '_')),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'robots', 'noindex'),
    check.kind === 'verified' ? `<meta http-equiv="refresh" content="0;url=${escapeHtml(topicHref)}">` : '',
  ].join('');
  const banner =
    check.kind === 'unverified'
      ? `<p class="note warn" role="note">${escapeHtml(t('share.unverified'))}</p>`
      : check.organisation
        ? `<p class="note">${escapeHtml(t('share.from', { organisation: check.organisation.name }))}</p>`
        : '';
  const body =
    `<header><a href="/?lang=${lang}">${escapeHtml(t('site'))}</a></header><main>${banner}` +
    `<div${contentAttributes(view)}><h1>${escapeHtml(topic.title)}</h1><p class="lead">${escapeHtml(topic.summary)}</p></div>` +
    `<p><a class="btn" href="${escapeHtml(topicHref)}">${escapeHtml(t('share.read'))}</a></p></main>`;
  return page({ lang, dir: view.dir, title: `${topic.title} · ${t('site')}`, head, body });
}
