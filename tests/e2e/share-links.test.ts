import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { LANGUAGES } from '../../lambdas/core/languages';
import { signLink } from '../../lambdas/core/links/signature';
import { topicIds, topicView } from '../../lambdas/share/pages/topic-view';
import { launchBrowser } from '../support/browser';
import { loadContent } from '../support/content';
import { startTestServer } from '../support/local-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let bundle: ContentBundle;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  bundle = await loadContent();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const share = (lang: string) => (bundle.locales[lang]?.share ?? {}) as Record<string, Record<string, string>>;
const signed = (topic: string, lang: string, src = '') =>
  `${server.url}/s/${topic}?lang=${lang}${src ? `&src=${src}` : ''}&sig=${signLink(server.env.LINK_SIGNING_SECRET ?? '', { topic, lang, src })}`;

/** A cheap Android phone. */
const phone = (): Promise<BrowserContext> => browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/**
 * Records the share page exactly as the browser received it (its meta refresh
 * moves on at once), then lets the browser load it as normal.
 */
async function recordSharePage(page: Page, url: string): Promise<() => string> {
  let html = '';
  await page.route(url, async (route) => {
    const response = await route.fetch();
    html = await response.text();
    await route.fulfill({ response, body: html });
  });
  return () => html;
}

/** The preview tags and html lang/dir, parsed by the browser's own HTML parser, as a link-preview crawler reads them. */
const previewOf = (page: Page, html: string) =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const tags: Record<string, string> = {};
    for (const m of Array.from(doc.querySelectorAll('meta[property], meta[name]'))) tags[m.getAttribute('property') ?? m.getAttribute('name') ?? ''] = m.getAttribute('content') ?? '';
    return { tags, lang: doc.documentElement.lang, dir: doc.documentElement.dir };
  }, html);

describe('share links in the browser, in every language', () => {
  it.each(LANGUAGES.map((l, i) => [l.code, l.dir, i] as const))('%s: preview tags, then topic page, then web chat on the topic', async (lang, dir, i) => {
    const ids = topicIds(bundle.topics);
    const topic = ids[(i * 7) % ids.length] ?? 'rights.right-to-work';
    const view = topicView(bundle.topics, topic, lang);
    const url = signed(topic, lang, i % 2 === 0 ? 'demo-ngo' : '');
    const context = await phone();
    const page = await context.newPage();
    const served = await recordSharePage(page, url);
    await page.goto(url);
    await page.waitForURL(`${server.url}/t/${topic}?lang=${lang}`);

    const { tags, lang: htmlLang, dir: htmlDir } = await previewOf(page, served());
    expect([htmlLang, htmlDir]).toEqual([lang, dir]);
    expect(tags['og:title']).toBe(view?.topic.title);
    expect(view?.topic.summary.startsWith((tags['og:description'] ?? '').replace(/…$/, ''))).toBe(true);
    expect(tags['og:url']).toBe(url);
    expect(tags['og:image']).toBe(`${server.url}/og/pathways.png`);
    expect(tags['og:locale']).toBe(lang.replace('-', '_'));
    expect(tags['twitter:card']).toBe('summary_large_image');
    const image = await page.request.get(tags['og:image'] ?? '');
    expect([image.status(), image.headers()['content-type']]).toEqual([200, 'image/png']);

    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    await expect.poll(() => page.locator('h1').textContent()).toBe(view?.topic.title);
    expect(await page.locator('a.btn.wa').getAttribute('href')).toMatch(/^https:\/\/wa\.me\/15550000001\?text=./);
    expect(await page.locator('script').count()).toBe(0);

    await page.getByRole('link', { name: share(lang).topic?.webchat ?? '' }).click();
    await page.waitForURL(`${server.url}/?topic=${topic}&lang=${lang}`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    // The bot opens on the linked topic, in the link's language.
    await expect.poll(() => page.locator('.msg.bot').allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringContaining(view?.topic.title ?? '?'));
    await context.close();
  });

  it('shows an altered link as unverified, in its language, and lets the reader go on by hand', async () => {
    const forged = signed('rights.fair-recruitment', 'ps', 'demo-ngo').replace('lang=ps', 'lang=ar');
    const context = await phone();
    const page = await context.newPage();
    await page.goto(forged);
    const warning = page.locator('.note.warn');
    await expect.poll(() => warning.textContent()).toBe(share('ar').share?.unverified);
    expect(await warning.isVisible()).toBe(true);
    await page.waitForTimeout(700);
    expect(page.url()).toBe(forged);
    await page.locator('a.btn').click();
    await page.waitForURL(`${server.url}/t/rights.fair-recruitment?lang=ar`);
    await context.close();
  });
});

describe('link builder and flyers', () => {
  it('makes a signed link whose on-screen QR code scans back to it', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${server.url}/share?lang=fa-AF`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.selectOption('#topic', 'ctd.what-is-a-ctd');
    await page.selectOption('#link-lang', 'sw');
    await page.fill('#src', 'demo-school');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#link').inputValue()).toBe(signed('ctd.what-is-a-ctd', 'sw', 'demo-school'));
    const shot = PNG.sync.read(await page.locator('#qr svg').screenshot());
    expect(jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(signed('ctd.what-is-a-ctd', 'sw', 'demo-school'));
    expect(await page.locator('#flyer-url').inputValue()).toBe(signed('ctd.what-is-a-ctd', 'sw', 'demo-school').replace('?', '/flyer?'));
    await page.fill('#src', 'not-registered');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(share('fa-AF').builder?.failed);
    await context.close();
  });

  it('prints each language\u2019s longest flyer on exactly one A5 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const { code } of LANGUAGES) {
      const longest = topicIds(bundle.topics)
        .map((id) => topicView(bundle.topics, id, code))
        .sort((a, b) => Buffer.byteLength(`${b?.topic.title}${b?.topic.summary}`) - Buffer.byteLength(`${a?.topic.title}${a?.topic.summary}`))[0];
      await page.goto(`${server.url}/s/${longest?.id}/flyer?lang=${code}`);
      const pdf = (await page.pdf({ format: 'A5', printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g), `${longest?.id} (${code})`).toHaveLength(1);
      const box = (/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf) ?? []).slice(1).map(Number);
      expect(box[0]).toBeCloseTo(420, 0);
      expect(box[1]).toBeGreaterThan(594);
      expect(box[1]).toBeLessThan(597);
    }
    await context.close();
  });
});
