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

  it('sends again a message whose answer was lost on the network, and the bot answers it once', async () => {
    const page = await phonePage('/?lang=en');
    await expect.poll(() => lastBot(page).textContent()).toContain('What would you like to know about');
    const question = 'what is a convention travel document';
    const posted: string[] = [];
    await page.route('**/v3/directline/conversations/*/activities', async (route) => {
      const body = route.request().postDataJSON() as { text?: string; channelData?: { clientActivityID?: string } } | null;
      if (route.request().method() !== 'POST' || body?.text !== question) return route.continue();
      posted.push(body.channelData?.clientActivityID ?? '');
      if (posted.length > 1) return route.continue();
      // The server gets the message and answers; the phone never hears back.
      await route.fetch();
      return route.abort('connectionreset');
    });
    const before = await page.locator('.msg.bot').count();
    await page.locator('#input').fill(question);
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toContain('No connection');
    await expect.poll(() => page.locator('.msg.user.pending').count(), { timeout: 15_000 }).toBe(0);
    expect(posted).toHaveLength(2);
    expect(posted[1]).toBe(posted[0]);
    expect(posted[0]).toMatch(/^[0-9a-f]{24}$/);
    // The retry's own poll has come back: whatever the bot said is on screen, and said once.
    await page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('/activities'));
    const answer = (await page.locator('.msg.bot').allTextContents()).slice(before);
    expect(answer.join(' ')).toMatch(/travel document/i);
    expect(new Set(answer).size).toBe(answer.length);
    expect(await page.locator('.msg.user').allTextContents()).toEqual([question]);
    await page.context().close();
  });

  it('connects by itself when the first attempt to start fails on the network', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    let refused = 0;
    await page.route('**/v3/directline/conversations', (route) => (refused++ === 0 ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${ctx.server.url}/?lang=en`);
    await expect.poll(() => page.locator('#status').textContent()).toContain('No connection');
    await expect.poll(() => lastBot(page).textContent(), { timeout: 15_000 }).toContain('What would you like to know about');
    expect(refused).toBe(2);
    await context.close();
  });

  it('renews its token at half-life and keeps the same conversation (a chat with an adviser can outlast a token)', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${ctx.server.url}/?lang=en`);
    await expect.poll(() => lastBot(page).textContent()).toContain('What would you like to know about');
    const first = JSON.parse((await page.evaluate(() => sessionStorage.getItem('pathways.session'))) ?? '{}') as { conversationId: string; token: string };
    const renewed = page.waitForResponse((r) => r.url().endsWith('/tokens/refresh') && r.status() === 200);
    // Forty minutes on the phone's clock: past half of the hour a token lasts.
    await page.clock.fastForward('40:00');
    await page.locator('#input').fill('3');
    await page.locator('#input').press('Enter');
    const refresh = (await (await renewed).json()) as { conversationId: string; token: string };
    await expect.poll(() => page.locator('.msg.bot').allTextContents()).toContainEqual(expect.stringContaining('Travel documents'));
    const after = JSON.parse((await page.evaluate(() => sessionStorage.getItem('pathways.session'))) ?? '{}') as { conversationId: string; token: string };
    expect(refresh.conversationId).toBe(first.conversationId);
    expect(after).toMatchObject({ conversationId: first.conversationId, token: refresh.token });
    await context.close();
  });

  it('keeps what could not be sent across a reload of the page, and sends it once it can', async () => {
    const page = await phonePage('/?lang=en');
    await expect.poll(() => lastBot(page).textContent()).toContain('What would you like to know about');
    // The API fails (the page itself still loads): the message waits.
    const failing = (route: import('playwright-core').Route) => (route.request().method() === 'POST' ? route.fulfill({ status: 503, json: { error: { code: 'ServiceError', message: 'down' } } }) : route.continue());
    await page.route('**/v3/directline/conversations/*/activities', failing);
    await page.locator('#input').fill('3');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toContain('No connection');
    await page.reload();
    await expect.poll(() => page.locator('.msg.user.pending').allTextContents()).toEqual(['3']);
    await page.unroute('**/v3/directline/conversations/*/activities', failing);
    await expect.poll(() => page.locator('.msg.user.pending').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('.msg.bot').allTextContents()).toContainEqual(expect.stringContaining('Travel documents'));
    expect(await page.evaluate(() => sessionStorage.getItem('pathways.outbox'))).toBeNull();
    await page.context().close();
  });

  it('keeps what is written offline and sends it when the network is back', async () => {
    const page = await phonePage('/?lang=en');
    await expect.poll(() => lastBot(page).textContent()).toContain('What would you like to know about');
    await page.context().setOffline(true);
    await page.locator('#input').fill('2');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toContain('No connection');
    expect(await page.locator('.msg.user.pending').count()).toBe(1);
    await page.context().setOffline(false);
    await expect.poll(() => page.locator('.msg.user.pending').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('.msg.bot').allTextContents()).toContainEqual(expect.stringContaining('Your rights'));
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
