import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../lambdas/adapters/content/bundle-types';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';
import { shareLinkUrl } from '../../../lambdas/core/links/share-url';
import { signLink } from '../../../lambdas/core/links/signature';
import { renderFlyerPage } from '../../../lambdas/share/pages/flyer-page';
import { qrSvg } from '../../../lambdas/share/pages/qr-svg';
import { renderSharePage } from '../../../lambdas/share/pages/share-page';
import { shareText } from '../../../lambdas/share/pages/strings';
import { topicIds, topicView } from '../../../lambdas/share/pages/topic-view';
import { buildSharePages } from '../../../scripts/build/share-pages';
import { loadContent } from '../../support/content';

/** Budgets for a slow, metered connection (bytes). Raw is what the phone parses; gzip is what crosses the network. */
const KB = 1024;
const BUDGET = { topic: 20 * KB, share: 20 * KB, flyer: 30 * KB, builder: 30 * KB };

const key = 'test-link-signing-key-0123456789';
const base = 'https://d1234abcd5678.cloudfront.net';
let bundle: ContentBundle;
let out: string;
const sizes: Record<keyof typeof BUDGET, { raw: number; gzip: number; page: string }[]> = { topic: [], share: [], flyer: [], builder: [] };
const measure = (kind: keyof typeof BUDGET, page: string, body: string | Buffer) => {
  const bytes = Buffer.from(body);
  sizes[kind].push({ raw: bytes.length, gzip: gzipSync(bytes).length, page });
};

beforeAll(async () => {
  bundle = await loadContent();
  out = await mkdtemp(join(tmpdir(), 'pathways-pages-'));
  await buildSharePages(bundle, { out });
  for (const id of await readdir(join(out, 't'))) {
    for (const file of await readdir(join(out, 't', id))) measure('topic', `t/${id}/${file}`, await readFile(join(out, 't', id, file)));
  }
  const script = await readFile(join(out, 'share.js'));
  for (const file of await readdir(join(out, 'share'))) measure('builder', `share/${file} + share.js`, Buffer.concat([await readFile(join(out, 'share', file)), script]));
  // Share pages and flyers are rendered per request; measure the heaviest variant of each (an organisation's link, and the unverified banner).
  const organisation = { code: 'demo-legal-aid', name: 'Example Legal Aid Clinic (demo)' };
  for (const lang of LANGUAGE_CODES) {
    const t = shareText(bundle.locales, lang);
    for (const id of topicIds(bundle.topics)) {
      const view = topicView(bundle.topics, id, lang);
      if (!view) continue;
      const link = { topic: id, lang, src: organisation.code, sig: signLink(key, { topic: id, lang, src: organisation.code }) };
      const url = shareLinkUrl(base, link);
      for (const check of [{ kind: 'verified', topic: id, lang, organisation } as const, { kind: 'unverified', reason: 'bad-signature' } as const]) {
        measure('share', `s/${id}?lang=${lang} (${check.kind})`, renderSharePage({ view, t, check, url, baseUrl: base, topicHref: `/t/${id}?lang=${lang}` }));
      }
      measure('flyer', `s/${id}/flyer?lang=${lang}`, renderFlyerPage({ view, t, url, qr: qrSvg(url, url), whatsappNumber: '15550000001' }));
    }
  }
}, 60_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('page weight', () => {
  it.each(Object.keys(BUDGET) as (keyof typeof BUDGET)[])('every %s page is within budget, raw and gzipped', (kind) => {
    const pages = sizes[kind];
    const expected = kind === 'builder' ? LANGUAGE_CODES.length : LANGUAGE_CODES.length * topicIds(bundle.topics).length * (kind === 'share' ? 2 : 1);
    expect(pages).toHaveLength(expected);
    const over = pages.filter((p) => p.raw >= BUDGET[kind] || p.gzip >= BUDGET[kind]);
    expect(over).toEqual([]);
    const heaviest = pages.reduce((a, b) => (b.raw > a.raw ? b : a));
    console.info(`${kind}: ${pages.length} pages, heaviest ${heaviest.page} ${heaviest.raw} B raw, ${heaviest.gzip} B gzipped (budget ${BUDGET[kind]} B)`);
  });

  it('keeps the preview image small enough for WhatsApp (under 300 KB)', async () => {
    expect((await readFile(join(out, 'og', 'pathways.png'))).length).toBeLessThan(300 * KB);
  });
});
