import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../lambdas/channels/whatsapp/outbound-types';
import { useServerAndBrowser } from '../support/browser-server';

const ctx = useServerAndBrowser({}, { queueRetryDelayMs: 30 });

const bodyOf = (m: OutboundMessage) => (m.type === 'text' ? m.text.body : m.interactive.body.text);
const received = (phone: string) => ctx.server.graph.messagesFor(phone).map((m) => bodyOf(m.message as unknown as OutboundMessage));

async function say(phone: string, input: Parameters<typeof ctx.server.simulator.sendAsUser>[1]) {
  await ctx.server.simulator.sendAsUser(phone, input);
  await ctx.server.queue.drained();
}

describe.each([
  { lang: 'en', phone: '447700900401', danger: 'my employer took my passport and locks me in', reply: 'Hello, this is your adviser. I will call you today.' },
  { lang: 'ar', phone: '447700900402', danger: 'صاحب العمل أخذ جواز سفري ويحبسني في البيت', reply: 'مرحبا، أنا مستشارتك. سأتصل بك اليوم.' },
])('WhatsApp user → adviser console → reply on WhatsApp ($lang)', ({ lang, phone, danger, reply }) => {
  it('the person asks for help, consents, an adviser claims and replies, and the person receives it', async () => {
    await say(phone, { text: 'hi' });
    await say(phone, { reply: { kind: 'list', id: `lang:${lang}`, title: lang } });
    await say(phone, { text: danger });
    await say(phone, { reply: { kind: 'button', id: 'scr:urgent:yes', title: 'yes' } });
    const code = /PW-[0-9A-Z]{5}/.exec(received(phone).join('\n'))?.[0];
    expect(code).toBeDefined();

    const context = await ctx.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${ctx.server.url}/advisers/`);
    await page.getByLabel('Organisation').selectOption('demo-org-a');
    await page.getByLabel('Email').fill('alice@demo-org-a.example.org');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Referral queue' }).waitFor();
    await page.getByRole('link', { name: code ?? '' }).click();
    await page.getByRole('button', { name: 'Claim this referral' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Referral ${code} is yours`);
    await page.getByLabel('Reply to the person').fill(reply);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => page.locator('.messages').textContent()).toContain(reply);
    await context.close();
    // Outside a guaranteed window the reply is held; it reaches the person the moment they write again.
    await say(phone, { text: lang === 'ar' ? 'مرحبا' : 'hello' });
    await expect.poll(() => received(phone).join('\n')).toContain(reply);
  });
});
