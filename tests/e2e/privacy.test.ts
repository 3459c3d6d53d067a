import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { userKey } from '../../lambdas/adapters/security/user-key';
import { scanAll } from '../support/dynamo';
import { useServerAndBrowser } from '../support/browser-server';

const ctx = useServerAndBrowser();

async function phonePage(path: string): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${ctx.server.url}${path}`);
  return page;
}

async function type(page: Page, text: string) {
  const before = await page.locator('.msg.bot').count();
  await page.locator('#input').fill(text);
  await page.locator('#input').press('Enter');
  await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(before);
}

describe('web chat privacy', () => {
  it('consents to a referral, then erases everything after confirmation, and the table holds nothing of them', async () => {
    const page = await phonePage('/?lang=en');
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(1);
    await type(page, 'can I work in the country where I am a refugee');
    // Consent: a person in danger agrees to be contacted; the referral keeps how to reach them.
    await type(page, 'my boss took my passport and locks me in');
    await page.getByRole('button', { name: 'Yes, contact me' }).click();
    await expect.poll(() => page.locator('.msg.bot').allTextContents()).toContainEqual(expect.stringMatching(/PW-[0-9A-Z]{5}/));
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('pathways.session') ?? '{}').token as string);
    const grant = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { u: string };
    const key = userKey(ctx.server.env.PEPPER ?? '', 'webchat', grant.u);
    const db = createDocumentClient({ region: 'us-east-1', endpoint: ctx.server.dynamodbEndpoint });
    expect((await scanAll(db, ctx.server.tableName)).filter((i) => i.pk === key).length).toBeGreaterThan(2);
    await type(page, 'delete my data');
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toMatch(/deleted everything/);
    expect((await scanAll(db, ctx.server.tableName)).filter((i) => i.pk === key)).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    db.destroy();
    await page.context().close();
  });

  it('quick exit clears the page and its storage and Back does not return to the chat', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${ctx.server.url}/neutral.html`);
    await page.goto(`${ctx.server.url}/?lang=en`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(1);
    await page.evaluate(() => localStorage.setItem('something', 'x'));
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(/neutral\.html$/);
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    await page.goBack();
    expect(page.url()).not.toMatch(/\?lang=en/);
    await context.close();
  });

  it('serves the full privacy page in every language, right-to-left where needed', async () => {
    const page = await phonePage('/privacy?lang=fa-AF');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa-AF', 'rtl']);
    const en = await (await fetch(`${ctx.server.url}/privacy?lang=en`)).text();
    expect(en).toContain('delete my data');
    await page.context().close();
  });
});
