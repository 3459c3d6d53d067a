import { LANGUAGES, type LanguageCode, languageOf } from '../../lambdas/core/languages';
import { escapeHtml, page } from '../../lambdas/share/pages/html';
import type { ShareText } from '../../lambdas/share/pages/strings';

export interface BuilderTopic {
  id: string;
  /** In the page's language, or English while a translation is missing. */
  title: string;
}

const BUILDER_CSS =
  'label{display:block;font-weight:600;margin:.8rem 0 .2rem}select,input{font:inherit;width:100%;padding:.5rem;border:1px solid #888;border-radius:.4rem;background:#fff}' +
  'button{font:inherit;padding:.6rem 1rem;border:0;border-radius:.5rem;background:#0b5394;color:#fff;min-height:44px;margin-top:.6rem}' +
  '.row{display:flex;gap:.4rem}.row input{flex:1}.row button{margin:0}#qr{width:12rem;margin:.8rem 0}#qr svg{width:100%}[hidden]{display:none}';

/**
 * The link builder for helpers, one static page per interface language:
 * pick a topic, the link's language and (optionally) the organisation's
 * code; web/share.js asks the share function to sign the link and shows it
 * with its QR code and flyer.
 */
export function renderLinkBuilder(lang: LanguageCode, t: ShareText, topics: BuilderTopic[]): string {
  const options = topics.map((topic) => `<option value="${escapeHtml(topic.id)}">${escapeHtml(topic.title)}</option>`).join('');
  const languages = LANGUAGES.map((l) => `<option value="${l.code}"${l.code === lang ? ' selected' : ''}>${escapeHtml(l.nativeName)}</option>`).join('');
  const pageLinks = LANGUAGES.map((l) => `<a href="/share?lang=${l.code}" lang="${l.code}">${escapeHtml(l.nativeName)}</a>`).join(' · ');
  const copy = (target: string) => `<button type="button" data-copy="${target}">${escapeHtml(t('builder.copy'))}</button>`;
  const body =
    `<header><a href="/?lang=${lang}">${escapeHtml(t('site'))}</a></header><main><h1>${escapeHtml(t('builder.title'))}</h1><p>${escapeHtml(t('builder.intro'))}</p>` +
    `<form id="builder" data-copied="${escapeHtml(t('builder.copied'))}" data-failed="${escapeHtml(t('builder.failed'))}">` +
    `<label for="topic">${escapeHtml(t('builder.topic'))}</label><select id="topic" required>${options}</select>` +
    `<label for="link-lang">${escapeHtml(t('builder.language'))}</label><select id="link-lang">${languages}</select>` +
    `<label for="src">${escapeHtml(t('builder.source'))}</label><input id="src" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="32" pattern="[a-z0-9-]*" dir="ltr">` +
    `<button type="submit">${escapeHtml(t('builder.make'))}</button><p id="status" role="status"></p></form>` +
    `<section id="result" hidden><label for="link">${escapeHtml(t('builder.link'))}</label><div class="row"><input id="link" readonly dir="ltr">${copy('link')}</div>` +
    `<h2>${escapeHtml(t('builder.qr'))}</h2><div id="qr"></div>` +
    `<label for="flyer-url">${escapeHtml(t('builder.flyer'))}</label><div class="row"><input id="flyer-url" readonly dir="ltr">${copy('flyer-url')}</div>` +
    `<p><a id="flyer" class="btn" href="#" target="_blank" rel="noopener">${escapeHtml(t('builder.flyer'))}</a></p></section>` +
    `<nav aria-label="${escapeHtml(t('builder.pageLanguage'))}"><h2>${escapeHtml(t('builder.pageLanguage'))}</h2><p>${pageLinks}</p></nav></main>` +
    '<script src="/share.js" defer></script>';
  return page({ lang, dir: languageOf(lang).dir, title: `${t('builder.title')} · ${t('site')}`, head: '<meta name="robots" content="noindex">', css: BUILDER_CSS, body });
}
