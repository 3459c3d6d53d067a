import { describe, expect, it } from 'vitest';
import { beginUrgent, referralCommand, SCREENING_CHOICE as C, screeningTurn } from '../../../lambdas/core/screening';
import { harness, ids, texts } from './helpers';

describe('urgent referral (safety path)', () => {
  it('asks one consent question, then creates an urgent referral with no eligibility answers', async () => {
    const h = await harness();
    const first = beginUrgent(h.context({ kind: 'begin' }));
    expect(first.replies[0]?.text).toMatch(/contact you urgently[\s\S]*WhatsApp number[\s\S]*emergency services/);
    expect(ids(first.replies[0])).toEqual([C.urgentYes, C.urgentNo]);
    expect(h.referrals.items.size).toBe(0);
    h.state = first.state;
    await h.say(`#${C.urgentYes}`);
    const [referral] = [...h.referrals.items.values()];
    expect(referral).toMatchObject({ pathway: 'urgent', urgent: true, answers: {}, topicsRead: [], contact: '+254700000001' });
    expect(referral?.consent.shared).toEqual(['language', 'whatsapp-number', 'urgency']);
    expect(texts(h.last?.replies ?? [])).toContain(referral?.code);
  });

  it('is also reached with begin { urgent: true }, and "no" shares nothing', async () => {
    const h = await harness();
    await h.say({ kind: 'begin', urgent: true });
    await h.say('no');
    expect(h.referrals.items.size).toBe(0);
    expect(h.last?.outcome).toBe('declined');
  });

  it('links a web chat referral to the conversation instead of a number', async () => {
    const h = await harness('en', { channel: 'webchat', contact: undefined, conversationId: 'conv-123456' });
    await h.say({ kind: 'begin', urgent: true });
    expect(h.last?.replies[0]?.text).toMatch(/in this chat while it is open/);
    await h.say('yes');
    expect([...h.referrals.items.values()][0]).toMatchObject({ channel: 'webchat', conversationId: 'conv-123456' });
    expect([...h.referrals.items.values()][0]).not.toHaveProperty('contact');
  });
});

describe('creation', () => {
  it('is idempotent: a re-run of the consenting turn makes no second referral', async () => {
    const h = await harness();
    await h.say({ kind: 'begin', urgent: true });
    const before = h.state;
    await h.say('yes');
    const first = texts(h.last?.replies ?? []);
    h.state = before;
    await h.say('yes');
    expect(h.referrals.items.size).toBe(1);
    expect(texts(h.last?.replies ?? [])).toBe(first);
  });

  it('draws another code when the first is taken by someone else', async () => {
    const h = await harness();
    const started = await screeningTurn(h.context({ kind: 'begin', urgent: true }));
    h.state = started.state;
    h.referrals.taken.add((started.state as { code: string }).code);
    await h.say('yes');
    const [referral] = [...h.referrals.items.values()];
    expect(referral?.code).not.toBe((started.state as { code: string }).code);
    expect(texts(h.last?.replies ?? [])).toContain(referral?.code);
  });
});

describe('status and withdrawal by the person', () => {
  async function withReferral() {
    const h = await harness();
    await h.say({ kind: 'begin', urgent: true });
    await h.say('yes');
    return { h, code: [...h.referrals.items.keys()][0] ?? '' };
  }

  it('tells the status in words', async () => {
    const { h, code } = await withReferral();
    const result = await referralCommand('status', h.context({ kind: 'begin' }));
    expect(texts(result.replies)).toBe(`Your referrals:\n${code} (Urgent help, 2025-01-15): waiting for an adviser`);
    expect(result.state).toBeUndefined();
  });

  it('asks for confirmation before withdrawing, and withdraws only on yes', async () => {
    const { h, code } = await withReferral();
    const asked = await referralCommand('withdraw', h.context({ kind: 'begin' }));
    expect(texts(asked.replies)).toMatch(new RegExp(`withdraw referral ${code}\\?`));
    h.state = asked.state;
    await h.say(`#${C.withdrawNo}`);
    expect(h.referrals.items.get(code)?.status).toBe('new');
    h.state = asked.state;
    await h.say('yes');
    expect(h.referrals.items.get(code)?.status).toBe('withdrawn');
    expect(texts(h.last?.replies ?? [])).toMatch(/is withdrawn/);
    const again = await referralCommand('withdraw', h.context({ kind: 'begin' }));
    expect(texts(again.replies)).toMatch(/no open referrals/);
  });

  it('asks which one when several are open', async () => {
    const { h } = await withReferral();
    for (const step of [{ kind: 'begin' } as const, '#scr:a:status:refugee', '30', '#scr:a:interest:work', '#scr:a:country:jo', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip', 'yes']) await h.say(step);
    expect(h.referrals.items.size).toBe(2);
    const asked = await referralCommand('withdraw', h.context({ kind: 'begin' }));
    expect(asked.state).toMatchObject({ mode: 'withdraw-pick' });
    h.state = asked.state;
    await h.say('1');
    expect(h.state).toMatchObject({ mode: 'withdraw-confirm' });
  });

  it('says so when there is nothing to report', async () => {
    const h = await harness();
    expect(texts((await referralCommand('status', h.context({ kind: 'begin' }))).replies)).toBe('You have no referrals with us.');
  });
});
