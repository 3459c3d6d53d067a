import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from '../support/browser-server';

const ctx = useServerAndBrowser();

/** A cheap Android phone: 360 px wide, touch. */
async function phonePage(path = '/'): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${ctx.server.url}${path}`);
  return page;
}

const lastBot = (page: Page) => page.locator('.msg.bot').last();

describe('web chat in the browser', () => {
  it('holds an English conversation: language, menu, a choice', async () => {
    const page = await phonePage();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => lastBot(page).textContent()).toContain('What would you like to know about');
    await page.getByRole('button', { name: 'Your rights' }).click();
    await expect.poll(() => page.locator('.msg.bot').allTextContents()).toContainEqual(expect.stringContaining('Your rights'));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.context().close();
  });

  it('switches to right-to-left for Arabic and lays out within a 360 px screen', async () => {
    const page = await phonePage();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => lastBot(page).textContent()).toContain('عن ماذا تريد أن تعرف');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    // Bot bubbles sit on the right in RTL: their right edge is near the screen's right edge.
    const box = await lastBot(page).boundingBox();
    expect(box).not.toBeNull();
    expect(360 - ((box?.x ?? 0) + (box?.width ?? 0))).toBeLessThan(30);
    // Nothing overflows horizontally on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('#send').textContent()).toBe('إرسال');
    await page.context().close();
  });

  it('answers a typed number with the matching option', async () => {
    const page = await phonePage('/?lang=en');
    await expect.poll(() => lastBot(page).textContent()).toContain('What would you like to know about');
    await page.locator('#input').fill('3');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('.msg.bot').allTextContents()).toContainEqual(expect.stringContaining('Travel documents'));
    await page.context().close();
  });

  it('keeps the whole page under 30 KB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    let total = 0;
    for (const asset of ['/', '/chat.js', '/chat.css']) {
      const body = Buffer.from(await (await fetch(`${ctx.server.url}${asset}`)).arrayBuffer());
      total += gzipSync(body).length;
    }
    expect(total).toBeLessThan(30 * 1024);
  });
});
