import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../lambdas/adapters/content/bundle-types';
import { matcherCorpus } from '../../../lambdas/adapters/content/matcher-corpus';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';
import { whatsappUrl } from '../../../lambdas/core/links/share-url';
import { choosePrefill } from '../../../lambdas/core/links/whatsapp-phrase';
import { createMatcher, type Matcher } from '../../../lambdas/core/matching';
import { shareText } from '../../../lambdas/share/pages/strings';
import { renderTopicPage } from '../../../lambdas/share/pages/topic-page';
import { topicIds, topicView } from '../../../lambdas/share/pages/topic-view';
import { DEFAULT_WHATSAPP_DISPLAY_NUMBER } from '../../../scripts/build/share-pages';
import { LOCAL_BUSINESS } from '../../../scripts/local/server';
import { loadContent } from '../../support/content';

let bundle: ContentBundle;
let matcher: Matcher;
beforeAll(async () => {
  bundle = await loadContent();
  matcher = createMatcher(matcherCorpus(bundle));
}, 30_000);

const pages = new Map<string, { href: string; text: string }>();

/** The text a topic page's WhatsApp button types in, read back from the rendered page (rendered once per topic and language). */
function prefillOnPage(id: string, lang: (typeof LANGUAGE_CODES)[number]): { href: string; text: string } {
  const key = `${id} ${lang}`;
  const cached = pages.get(key);
  if (cached) return cached;
  const view = topicView(bundle.topics, id, lang);
  if (!view) throw new Error(`no page for ${id} ${lang}`);
  const phrase = choosePrefill(matcher, view.topic, lang);
  expect(phrase, `${id} (${lang}) has a phrase the matcher maps back`).toBeDefined();
  const html = renderTopicPage({ view, t: shareText(bundle.locales, lang), whatsappHref: whatsappUrl(DEFAULT_WHATSAPP_DISPLAY_NUMBER, phrase ?? ''), today: new Date() });
  const href = (/href="(https:\/\/wa\.me\/[^"]+)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const page = { href, text: new URL(href).searchParams.get('text') ?? '' };
  pages.set(key, page);
  return page;
}

describe('WhatsApp prefill phrases', () => {
  it('exist for every topic in every language, and the matcher maps each back to its topic', () => {
    const ids = topicIds(bundle.topics);
    expect(ids.length).toBeGreaterThanOrEqual(29);
    const misses: string[] = [];
    for (const lang of LANGUAGE_CODES) {
      for (const id of ids) {
        const { text } = prefillOnPage(id, lang);
        const known = matcher.match(text, { language: lang });
        const firstContact = matcher.match(text);
        if (known.topic !== id || firstContact.topic !== id) misses.push(`${id} (${lang}): "${text}" → ${known.topic} / ${firstContact.topic}`);
      }
    }
    expect(misses).toEqual([]);
  }, 30_000);

  it('are in the language shown: the translation when there is one, else the English text the page falls back to', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const id of topicIds(bundle.topics)) {
        const view = topicView(bundle.topics, id, lang);
        const { text } = prefillOnPage(id, lang);
        const own = view?.topic;
        expect([own?.title, ...(own?.keywords ?? []), ...(own?.examples ?? [])]).toContain(text);
      }
    }
  });

  it('go to the business number, as wa.me links with the text URL-encoded', () => {
    const { href } = prefillOnPage('rights.right-to-work', 'ar');
    expect(href).toMatch(new RegExp(`^https://wa\\.me/${DEFAULT_WHATSAPP_DISPLAY_NUMBER}\\?text=%`));
    expect(DEFAULT_WHATSAPP_DISPLAY_NUMBER).toBe(LOCAL_BUSINESS.displayPhoneNumber);
  });

  it('prefer a phrase the bot answers without asking "did you mean…"', () => {
    let clear = 0;
    let total = 0;
    for (const lang of LANGUAGE_CODES) {
      for (const id of topicIds(bundle.topics)) {
        const { text } = prefillOnPage(id, lang);
        total++;
        if (matcher.match(text, { language: lang }).alternatives.length === 0) clear++;
      }
    }
    expect(clear / total).toBeGreaterThan(0.95);
  });
});
