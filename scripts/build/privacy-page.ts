import { mkdir, writeFile } from 'node:fs/promises';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { createTranslator } from '../../lambdas/core/i18n/translator';
import { LANGUAGES } from '../../lambdas/core/languages';
import { DEFAULT_RETENTION_DAYS } from '../../lambdas/core/retention';

const SECTIONS = ['what', 'why', 'consent', 'howLong', 'who', 'rights'] as const;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The full privacy page in every language, linked from the notice the bot
 * gives at first contact. Static, no JavaScript, a few kilobytes.
 */
export async function buildPrivacyPages(bundle: ContentBundle, outDir: string): Promise<void> {
  const translator = createTranslator(bundle.locales);
  const days = Object.fromEntries(Object.entries(DEFAULT_RETENTION_DAYS).map(([k, v]) => [k, String(v)]));
  await mkdir(`${outDir}/privacy`, { recursive: true });
  for (const language of LANGUAGES) {
    const t = translator.forLanguage(language.code, 'privacy');
    const sections = SECTIONS.map((s) => `<h2>${escape(t(`page.${s}Title`))}</h2>\n<p>${escape(t(`page.${s}`, days))}</p>`).join('\n');
    const html = `<!doctype html>
<html lang="${language.code}" dir="${language.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${escape(t('page.title'))}</title>
<style>body{font:16px/1.55 system-ui,"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1b1b1b}h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.4rem}.note{color:#555;font-size:.9rem}</style>
</head>
<body>
<h1>${escape(t('page.title'))}</h1>
<p>${escape(t('page.intro'))}</p>
${sections}
${bundle.localeReview[language.code] === 'human' ? '' : `<p class="note">${escape(t('page.note'))}</p>`}
<p><a href="/?lang=${language.code}">Pathways</a></p>
</body>
</html>
`;
    await writeFile(`${outDir}/privacy/${language.code}.html`, html);
  }
}
