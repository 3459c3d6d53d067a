import { describe, expect, it } from 'vitest';
import type { HeldMessage } from '../../../lambdas/adapters/dynamodb/held-messages';
import type { DeliveryState } from '../../../lambdas/adapters/dynamodb/referral-items';
import { createLogger } from '../../../lambdas/adapters/observability/logger';
import { deliverHeld, REANNOUNCE_AFTER_MS } from '../../../lambdas/bot-worker/deliver-held';
import type { GraphMessage } from '../../../lambdas/channels/whatsapp/outbound-types';
import { CHOICE } from '../../../lambdas/core/conversation/menus';
import { makeExpectValid } from './helpers/expect-valid';
import { graphError, harness, RECIPIENT, type Step } from './helpers/fake-graph';

const expectValid = makeExpectValid();
const NOW = Date.UTC(2026, 11, 7, 12);
const KEY = 'U#person';

function held(n: number, extra: Partial<HeldMessage> = {}): HeldMessage {
  return { sk: `HELD#${n}`, code: 'PW-7K3Q9', messageId: `m${n}`, text: `Message from your adviser (PW-7K3Q9):\nnumber ${n}`, language: 'ar', heldAt: NOW - 1000 + n, ...extra };
}

/** The worker's ports over plain arrays, and a real Graph client over a scripted fetch. */
function setup(messages: HeldMessage[], steps: Step[] = []) {
  const store = [...messages];
  const deliveries: [string, DeliveryState][] = [];
  const { client, calls } = harness(steps, { maxAttempts: 2 });
  const deps = {
    held: {
      list: async () => store.map((m) => ({ ...m })),
      markNotified: async (_key: string, sk: string, at: number) => {
        const m = store.find((x) => x.sk === sk);
        if (m) m.notifiedAt = at;
      },
      release: async (_key: string, sk: string) => {
        store.splice(store.findIndex((x) => x.sk === sk), 1);
      },
    },
    graph: client,
    referralStore: { setMessageDelivery: async (_code: string, id: string, d: DeliveryState) => void deliveries.push([id, d]) },
    adviserTemplate: 'pathways_adviser_reply',
    now: () => NOW,
    logger: createLogger('test', 'error'),
  };
  const sent = () => calls.map((c) => JSON.parse(String(c.init.body)) as GraphMessage);
  return { deps, store, deliveries, sent };
}

describe('delivering what advisers said, on WhatsApp', () => {
  it('inside the window: each held message goes as text, oldest first, and is released', async () => {
    const { deps, store, deliveries, sent } = setup([held(1), held(2)]);
    expect(await deliverHeld(KEY, RECIPIENT, true, deps)).toBe('sent');
    expect(sent().map((m) => (m.type === 'text' ? m.text.body : m.type))).toEqual([held(1).text, held(2).text]);
    expectValid(sent());
    expect(store).toEqual([]);
    expect(deliveries).toEqual([['m1', 'delivered'], ['m2', 'delivered']]);
  });

  it('outside the window: no free-form text, one template in the person’s language whose button reads the reply', async () => {
    const { deps, store, deliveries, sent } = setup([held(1), held(2)]);
    expect(await deliverHeld(KEY, RECIPIENT, false, deps)).toBe('notified');
    expect(sent()).toHaveLength(1);
    const [template] = sent();
    expectValid(sent());
    expect(template).toMatchObject({
      type: 'template',
      to: RECIPIENT,
      template: {
        name: 'pathways_adviser_reply',
        language: { code: 'ar', policy: 'deterministic' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'PW-7K3Q9' }] },
          { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: CHOICE.readAdviserReply }] },
        ],
      },
    });
    expect(store.map((m) => m.notifiedAt)).toEqual([NOW, NOW]);
    expect(deliveries).toEqual([['m1', 'notified'], ['m2', 'notified']]);
  });

  it('languages Meta has no templates in get the English one; Dari gets Meta’s Dari code', async () => {
    for (const [language, code] of [['ti', 'en'], ['ps', 'en'], ['so', 'en'], ['fa-AF', 'prs_AF'], [undefined, 'en']] as const) {
      const { deps, sent } = setup([held(1, { ...(language ? { language } : { language: undefined }) })]);
      await deliverHeld(KEY, RECIPIENT, false, deps);
      expect(sent()[0]).toMatchObject({ template: { language: { code } } });
    }
  });

  it('an announcement covers what is held after it for a day; after that the person is reminded once', async () => {
    const recent = setup([held(1, { notifiedAt: NOW - 60_000 }), held(2)]);
    expect(await deliverHeld(KEY, RECIPIENT, false, recent.deps)).toBe('notified');
    expect(recent.sent()).toEqual([]);
    expect(recent.store.map((m) => m.notifiedAt)).toEqual([NOW - 60_000, NOW]);

    const old = setup([held(1, { notifiedAt: NOW - REANNOUNCE_AFTER_MS }), held(2)]);
    await deliverHeld(KEY, RECIPIENT, false, old.deps);
    expect(old.sent().map((m) => m.type)).toEqual(['template']);

    const all = setup([held(1, { notifiedAt: NOW - 2 * REANNOUNCE_AFTER_MS })]);
    expect(await deliverHeld(KEY, RECIPIENT, false, all.deps)).toBe('waiting');
    expect(all.sent()).toEqual([]);
  });

  it('when Meta says the window has closed (131047) mid-way, the rest is announced by a template', async () => {
    const { deps, store, deliveries, sent } = setup([held(1), held(2), held(3)], [200, graphError(400, 131047, 'Re-engagement message')]);
    expect(await deliverHeld(KEY, RECIPIENT, true, deps)).toBe('notified');
    expect(sent().map((m) => m.type)).toEqual(['text', 'text', 'template']);
    expect(store.map((m) => m.sk)).toEqual(['HELD#2', 'HELD#3']);
    expect(deliveries).toEqual([['m1', 'delivered'], ['m2', 'notified'], ['m3', 'notified']]);
  });

  it('a template Meta refuses (not approved: 132001) leaves everything held for the person’s next message', async () => {
    const { deps, store, deliveries } = setup([held(1)], [graphError(404, 132001, 'Template name does not exist in the translation')]);
    expect(await deliverHeld(KEY, RECIPIENT, false, deps)).toBe('waiting');
    expect(store).toHaveLength(1);
    expect(store[0]?.notifiedAt).toBeUndefined();
    expect(deliveries).toEqual([['m1', 'held']]);
  });

  it('a text refused for good is marked failed and released; a transient failure throws for the queue to retry, keeping it', async () => {
    const refused = setup([held(1), held(2)], [graphError(400, 131026, 'Message undeliverable')]);
    expect(await deliverHeld(KEY, RECIPIENT, true, refused.deps)).toBe('sent');
    expect(refused.deliveries).toEqual([['m1', 'failed'], ['m2', 'delivered']]);

    const flaky = setup([held(1)], [503, 503]);
    await expect(deliverHeld(KEY, RECIPIENT, true, flaky.deps)).rejects.toThrow(/still failing/);
    expect(flaky.store).toHaveLength(1);
    expect(flaky.deliveries).toEqual([]);
  });

  it('nothing held: nothing sent', async () => {
    const { deps, sent } = setup([]);
    expect(await deliverHeld(KEY, RECIPIENT, false, deps)).toBe('none');
    expect(sent()).toEqual([]);
  });
});
