import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphMessage } from '../../lambdas/channels/whatsapp/outbound-types';
import { createTranslator, type Translator } from '../../lambdas/core/i18n/translator';
import { useServerAndBrowser } from '../support/browser-server';
import { loadContent } from '../support/content';

const ctx = useServerAndBrowser({}, { queueRetryDelayMs: 30 });
let translator: Translator;
beforeAll(async () => {
  translator = createTranslator((await loadContent()).locales);
});

const ORG = 'Demo Organisation A (example)';
const bodyOf = (m: GraphMessage) => (m.type === 'text' ? m.text.body : m.type === 'interactive' ? m.interactive.body.text : `template:${m.template.name}`);
const received = (phone: string) => ctx.server.graph.messagesFor(phone).map((m) => bodyOf(m.message as unknown as GraphMessage));

async function say(phone: string, input: Parameters<typeof ctx.server.simulator.sendAsUser>[1]) {
  await ctx.server.simulator.sendAsUser(phone, input);
  await ctx.server.queue.drained();
}

/** Someone on WhatsApp asks for urgent help in their language and consents; returns the reference code. */
async function referred(phone: string, lang: string, danger: string): Promise<string> {
  await say(phone, { text: 'hi' });
  await say(phone, { reply: { kind: 'list', id: `lang:${lang}`, title: lang } });
  await say(phone, { text: danger });
  await say(phone, { reply: { kind: 'button', id: 'scr:urgent:yes', title: 'yes' } });
  const code = /PW-[0-9A-Z]{5}/.exec(received(phone).join('\n'))?.[0];
  expect(code).toBeDefined();
  return code ?? '';
}

/** The adviser checks for news until the conversation shows `text` (the worker delivers asynchronously). */
async function checkUntil(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: 'Check for new messages' }).click();
      return page.locator('#conversation').textContent();
    }, { timeout: 10_000 })
    .toContain(text);
}

async function adviserOpens(code: string): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${ctx.server.url}/advisers/`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/dev\/oauth2\/authorize\?/);
  await page.getByLabel('Organisation').selectOption('demo-org-a');
  await page.getByLabel('Email').fill('alice@demo-org-a.example.org');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Referral queue' }).waitFor();
  await page.getByRole('link', { name: code }).click();
  await page.getByRole('button', { name: 'Claim this referral' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain(`Referral ${code} is yours`);
  return page;
}

describe.each([
  { lang: 'en', phone: '447700900401', danger: 'my employer took my passport and locks me in', reply: 'Hello, this is your adviser. I will call you today.', answer: 'Thank you, I am at my cousin’s house.' },
  { lang: 'ar', phone: '447700900402', danger: 'صاحب العمل أخذ جواز سفري ويحبسني في البيت', reply: 'مرحبا، أنا مستشارتك. سأتصل بك اليوم.', answer: 'شكرا، أنا في بيت ابن عمي.' },
])('WhatsApp user ⇄ adviser console, a live chat ($lang)', ({ lang, phone, danger, reply, answer }) => {
  it('the person asks for help and consents; the adviser claims and replies; they talk; the adviser ends the chat', async () => {
    const code = await referred(phone, lang, danger);
    const s = (key: string) => translator.forLanguage(lang as 'en', 'screening')(key, { code, org: ORG });
    const page = await adviserOpens(code);
    await expect.poll(() => page.locator('.window').textContent()).toContain('WhatsApp window open');

    await page.getByLabel('Reply to the person').fill(reply);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => page.locator('.messages').textContent()).toContain(reply);
    // Inside the 24-hour window the reply goes out at once, after the notice that a person has joined.
    await expect.poll(() => received(phone).join('\n')).toContain(reply);
    expect(received(phone).join('\n')).toContain(s('chat.joined'));
    expect(await page.locator('.live-chat').textContent()).toContain('Live chat open');

    // The person answers on WhatsApp: it reaches the console, in their script and direction, not the bot.
    const before = received(phone).length;
    await say(phone, { text: answer });
    await checkUntil(page, answer);
    const theirs = page.locator('.messages li.user').last().locator('p[dir]');
    await expect.poll(() => theirs.textContent()).toBe(answer);
    expect(await theirs.evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(received(phone).slice(before)).toEqual([s('chat.online')]);

    await page.getByRole('button', { name: 'End chat' }).click();
    await expect.poll(() => page.locator('.live-chat').textContent()).toContain('Live chat ended');
    await expect.poll(() => received(phone).at(-1)).toBe(s('chat.left'));
    await page.context().close();
  });
});

describe('outside the 24-hour window, in the simulator as the person sees it', () => {
  it('a day later the adviser’s reply waits; a template with a button arrives; tapping it shows the reply', async () => {
    const phone = '447700900403';
    const code = await referred(phone, 'en', 'my employer took my passport and locks me in');
    const sim = await (await ctx.browser.newContext({ viewport: { width: 420, height: 800 } })).newPage();
    await sim.goto(`${ctx.server.url}/dev/whatsapp`);
    await sim.getByLabel('From').fill(phone);
    await sim.getByLabel('From').dispatchEvent('change');
    await expect.poll(() => sim.locator('#window').textContent()).toBe('24-hour window open');
    await sim.getByRole('button', { name: /a day later/ }).click();
    await expect.poll(() => sim.locator('#window').textContent()).toBe('24-hour window closed');

    const page = await adviserOpens(code);
    await expect.poll(() => page.locator('.window').textContent()).toContain('WhatsApp window closed');
    await page.getByLabel('Reply to the person').fill('Please come to our office on Monday at 10.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await checkUntil(page, 'WhatsApp sent them a notification');

    const template = sim.locator('.template');
    await expect.poll(() => template.textContent(), { timeout: 10_000 }).toContain(`Your adviser has replied about your request ${code}`);
    expect(received(phone).join('\n')).not.toContain('office on Monday');
    await template.getByRole('button', { name: 'Read reply' }).click();
    await expect.poll(() => sim.locator('#log').textContent(), { timeout: 10_000 }).toContain('Please come to our office on Monday at 10.');
    await expect.poll(() => sim.locator('#window').textContent()).toBe('24-hour window open');
    await checkUntil(page, 'sent on WhatsApp');
    await page.context().close();
    await sim.context().close();
  });
});
