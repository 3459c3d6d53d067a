import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { matcherCorpus } from '../../lambdas/adapters/content/matcher-corpus';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { LANGUAGE_CODES, languageOf } from '../../lambdas/core/languages';
import { whatsappUrl } from '../../lambdas/core/links/share-url';
import { choosePrefill } from '../../lambdas/core/links/whatsapp-phrase';
import { createMatcher } from '../../lambdas/core/matching';
import { renderNotFoundPage } from '../../lambdas/share/pages/not-found-page';
import { OG_IMAGE } from '../../lambdas/share/pages/share-page';
import { shareText } from '../../lambdas/share/pages/strings';
import { renderTopicPage } from '../../lambdas/share/pages/topic-page';
import { topicIds, topicView } from '../../lambdas/share/pages/topic-view';
import { shareContentOf } from '../../lambdas/share/share-content';
import { renderLinkBuilder } from './link-builder-page';
import { ogImagePng } from './og-image';

/** Fake, clearly local: the same number the local WhatsApp simulator plays (scripts/local/server.ts LOCAL_BUSINESS). */
export const DEFAULT_WHATSAPP_DISPLAY_NUMBER = '15550000001';

const buildEnv = z.object({
  whatsappNumber: z.string().regex(/^\d{8,15}$/, 'WHATSAPP_DISPLAY_NUMBER: digits only, country code first, no +').default(DEFAULT_WHATSAPP_DISPLAY_NUMBER),
});

export interface SharePagesOptions {
  out: string;
  whatsappNumber?: string;
  /** Review-by dates before this day show a caution line. */
  today?: Date;
}

/**
 * Builds the helpers' static pages into the web root: a topic page for every
 * topic in every language (`t/<topic>/<lang>.html`), a not-found page per
 * language (`404/<lang>.html`), the link builder (`share/<lang>.html` and
 * `share.js`) and the preview image. Each WhatsApp button's phrase is checked
 * with the real matcher here; a topic no phrase maps back to stops the build.
 */
export async function buildSharePages(bundle: ContentBundle, options: SharePagesOptions): Promise<{ files: number }> {
  const { whatsappNumber } = buildEnv.parse({ whatsappNumber: options.whatsappNumber || undefined });
  const today = options.today ?? new Date();
  const matcher = createMatcher(matcherCorpus(bundle));
  const write = async (path: string, data: string | Buffer) => {
    await mkdir(dirname(join(options.out, path)), { recursive: true });
    await writeFile(join(options.out, path), data);
  };
  const ids = topicIds(bundle.topics);
  const failures: string[] = [];
  let files = 0;
  for (const lang of LANGUAGE_CODES) {
    const t = shareText(bundle.locales, lang);
    for (const id of ids) {
      const view = topicView(bundle.topics, id, lang);
      if (!view) continue;
      const phrase = choosePrefill(matcher, view.topic, lang);
      if (!phrase) failures.push(`${id} (${lang})`);
      await write(`t/${id}/${lang}.html`, renderTopicPage({ view, t, whatsappHref: whatsappUrl(whatsappNumber, phrase ?? ''), today }));
      files++;
    }
    await write(`404/${lang}.html`, renderNotFoundPage(t, lang, languageOf(lang).dir));
    const titles = ids.map((id) => ({ id, title: topicView(bundle.topics, id, lang)?.topic.title ?? id }));
    await write(`share/${lang}.html`, renderLinkBuilder(lang, t, titles));
    files += 2;
  }
  if (failures.length) throw new Error(`no WhatsApp phrase maps back to its topic for: ${failures.join(', ')}`);
  await writeShareContent(bundle);
  await write(OG_IMAGE.path.slice(1), ogImagePng(OG_IMAGE.width, OG_IMAGE.height));
  await build({ entryPoints: ['web/share.js'], outdir: options.out, minify: true, bundle: true, format: 'iife', target: ['chrome80', 'firefox78', 'safari13'], legalComments: 'none', logLevel: 'warning' });
  return { files: files + 2 };
}

export const SHARE_CONTENT_PATH = '.build/share-content.json';

/** The share function's slice of the content (lambdas/share/content.ts imports it). */
export async function writeShareContent(bundle: ContentBundle): Promise<void> {
  await mkdir(dirname(SHARE_CONTENT_PATH), { recursive: true });
  await writeFile(SHARE_CONTENT_PATH, JSON.stringify(shareContentOf(bundle)));
}
