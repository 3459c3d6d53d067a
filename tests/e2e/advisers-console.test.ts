import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { DynamoReferralStore } from '../../lambdas/adapters/dynamodb/referral-store';
import { userKey } from '../../lambdas/adapters/security/user-key';
import type { NewReferral } from '../../lambdas/core/screening';
import { launchBrowser } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { sampleReferral } from '../support/referrals';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let store: DynamoReferralStore;
let db: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  db = createDocumentClient({ region: 'us-east-1', endpoint: server.dynamodbEndpoint });
  store = new DynamoReferralStore(db, { tableName: server.tableName });
});
afterAll(async () => {
  await browser?.close();
  db?.destroy();
  await server?.stop();
});

/** Seeded through the referral port, as the screening flow would after consent. */
async function seed(overrides: Partial<NewReferral>): Promise<NewReferral> {
  const referral = sampleReferral({ createdAt: Date.now() - 5 * 60_000, ...overrides });
  expect(await store.create(referral)).toBe('created');
  return referral;
}

async function signIn(email: string, lead: boolean): Promise<Page> {
  // axe-core is injected as a script, which the console's CSP would (rightly) refuse.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/advisers/`);
  // The console's own sign-in flow (authorization code + PKCE) against the local stand-in for Cognito.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/dev\/oauth2\/authorize\?/);
  await page.getByLabel('Organisation').selectOption('demo-org-a');
  await page.getByLabel('Email').fill(email);
  if (lead) await page.getByLabel(/Sign in as a lead/).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Referral queue' }).waitFor();
  // The single-use code is gone from the address bar (and so from the history).
  expect(new URL(page.url()).search).toBe('');
  return page;
}

async function axeViolations(page: Page): Promise<unknown[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const results = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document);
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
  });
  return violations;
}

describe("advisers' console in the browser", () => {
  it('signs in, finds the referral in the queue, claims, replies, moves it on and reads the audit trail', async () => {
    // The person's key derives from their number, as the worker derives it when it delivers the reply.
    const contact = '254700000123';
    const r = await seed({ urgent: true, pathway: 'urgent', answers: {}, criteriaMet: [], isco: undefined, contact, userKey: userKey(server.env.PEPPER ?? '', 'whatsapp', contact) });
    const page = await signIn('alice@demo-org-a.example.org', true);
    expect(await axeViolations(page)).toEqual([]);

    const row = page.getByRole('row').filter({ hasText: r.code });
    await expect.poll(() => row.textContent()).toContain('Urgent');
    await row.getByRole('link', { name: r.code }).click();
    await page.getByRole('heading', { name: new RegExp(`Referral ${r.code}`) }).waitFor();

    await page.getByRole('button', { name: 'Claim this referral' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Referral ${r.code} is yours`);
    expect(await page.locator('dd').filter({ hasText: r.contact ?? '' }).count()).toBe(1);

    await page.getByLabel('Reply to the person').fill('Hello, this is Alice. I will call you tomorrow morning.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => page.locator('.messages').textContent()).toContain('I will call you tomorrow morning');
    // This person never wrote on WhatsApp, so their window is closed: the reply waits and a template tells them.
    expect(await page.locator('.window').textContent()).toContain('WhatsApp window closed');
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Check for new messages' }).click();
        return page.locator('.messages').textContent();
      })
      .toContain('WhatsApp sent them a notification');
    expect(await page.locator('.live-chat').textContent()).toContain('Live chat open');

    await page.getByLabel('Move to').selectOption('in_contact');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => page.locator('.summary').textContent()).toContain('In contact');

    await page.getByLabel('Add a note (advisers only)').fill('Called once, will try again.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => page.locator('.notes').textContent()).toContain('Called once');

    await page.getByRole('button', { name: 'Show audit trail' }).click();
    await expect.poll(() => page.getByText(/Chain verified/).count()).toBe(1);
    const audit = await page.getByRole('table', { name: `Audit trail of ${r.code}` }).textContent();
    for (const action of ['created', 'viewed', 'claimed', 'chat-opened', 'message-sent', 'status-changed', 'note-added']) expect(audit).toContain(action);
    expect(audit).toContain('alice@demo-org-a.example.org');
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: back to the queue by its link.
    await page.getByRole('link', { name: '← Back to the queue' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Referral queue' }).waitFor();
    await page.context().close();
  });

  it('shows an Arabic referral’s answers right-to-left, as the person gave them', async () => {
    const r = await seed({ language: 'ar', channel: 'webchat', contact: undefined, conversationId: 'conv-ar-000001', country: 'LB', answers: { status: 'refugee', age: 29, interest: 'work', country: 'lb', occupation: '5', occupationDetail: '51', experience: 4, countryOther: null } });
    const page = await signIn('amir@demo-org-a.example.org', false);
    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('link', { name: r.code }).click();
    const answers = page.getByRole('table', { name: /Screening answers/ });
    await answers.waitFor();
    const original = answers.locator('td.original').first();
    expect(await original.textContent()).toBe('لاجئ معترف به');
    expect(await original.getAttribute('lang')).toBe('ar');
    expect(await original.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await answers.textContent()).toContain('Recognised refugee');
    expect(await page.getByRole('button', { name: 'Show audit trail' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
