import { describe, expect, it } from 'vitest';
import { splitWebhook } from '../../../lambdas/channels/whatsapp/split-webhook';
import { InvalidWebhookError } from '../../../lambdas/channels/whatsapp/webhook-schema';
import { media, message, status, USER, value, webhook } from './helpers/synthetic';

const inputOf = (msg: Record<string, unknown>) => splitWebhook(webhook(value({ messages: [msg] }))).messages[0];

describe('message types without a Meta example', () => {
  it.each([
    ['audio', media({ voice: false }), 'audio'],
    ['audio', media({ voice: true }), 'voice'],
    ['video', media({ caption: 'look' }), 'video'],
    ['document', media({ filename: 'passport.pdf' }), 'document'],
    ['sticker', media({ animated: true }), 'sticker'],
  ])('%s (%o) is unsupported: %s', (type, payload, what) => {
    expect(inputOf(message(type, payload))).toMatchObject({ input: { kind: 'unsupported', what }, needsReply: true });
  });

  it('maps a type that does not exist yet to unsupported, keeping its name', () => {
    expect(inputOf(message('hologram', { depth: 3 }))?.input).toEqual({ kind: 'unsupported', what: 'hologram' });
  });

  it('maps an interactive reply other than button/list (Flows nfm_reply) to unsupported', () => {
    const msg = message('interactive', { type: 'nfm_reply', nfm_reply: { response_json: '{}' } });
    expect(inputOf(msg)?.input).toEqual({ kind: 'unsupported', what: 'interactive' });
  });

  it('maps a template quick reply without payload to its text', () => {
    expect(inputOf(message('button', { text: 'Yes please' }))?.input).toEqual({ kind: 'text', text: 'Yes please' });
  });

  it('maps request_welcome (first contact) to start', () => {
    expect(inputOf(message('request_welcome'))).toMatchObject({ input: { kind: 'start' }, needsReply: true });
  });

  it('treats a known type with its payload missing as unsupported instead of failing the batch', () => {
    expect(inputOf(message('text'))?.input).toEqual({ kind: 'unsupported', what: 'text' });
  });

  it('treats a removed reaction (no emoji) as silent', () => {
    expect(inputOf(message('reaction', { message_id: 'wamid.x' }))?.needsReply).toBe(false);
  });

  it('tolerates unknown fields and numeric timestamps', () => {
    const msg = message('text', { body: 'hi', future: true }, { from_user_id: 'US.123', timestamp: 1750000000, extra: {} });
    const body = webhook(value({ messages: [msg], contacts: [{ wa_id: USER, user_id: 'US.123', profile: { name: 'A' } }] }));
    expect(splitWebhook(body).messages[0]).toMatchObject({ timestamp: 1750000000000, input: { kind: 'text', text: 'hi' } });
  });
});

describe('contact names', () => {
  it('matches the contact by wa_id when several are sent', () => {
    const contacts = [
      { wa_id: '111', profile: { name: 'Other' } },
      { wa_id: USER, profile: { name: 'Amina' } },
    ];
    const split = splitWebhook(webhook(value({ messages: [message('text', { body: 'x' })], contacts })));
    expect(split.messages[0]?.contactName).toBe('Amina');
  });

  it('leaves the name out when no contact matches among several', () => {
    const contacts = [{ wa_id: '111', profile: { name: 'A' } }, { wa_id: '222', profile: { name: 'B' } }];
    const split = splitWebhook(webhook(value({ messages: [message('text', { body: 'x' })], contacts })));
    expect(split.messages[0]).not.toHaveProperty('contactName');
  });
});

describe('statuses', () => {
  it('maps sent, delivered, read and failed with error codes', () => {
    const failed = status('failed', { errors: [{ code: 131047, title: 'Re-engagement message', message: 'x' }] });
    const body = webhook(value({ statuses: [status('sent'), status('delivered'), status('read'), failed] }));
    const { statuses, messages } = splitWebhook(body);
    expect(messages).toEqual([]);
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read', 'failed']);
    expect(statuses[0]).toEqual({ id: 'wamid.outbound1', recipientId: USER, status: 'sent', timestamp: 1750000100000 });
    expect(statuses[3]?.errors).toEqual([{ code: 131047, title: 'Re-engagement message' }]);
  });

  it('ignores status values that need no action', () => {
    expect(splitWebhook(webhook(value({ statuses: [status('deleted'), status('read')] }))).statuses).toHaveLength(1);
  });

  it('keeps pricing/conversation out of the result', () => {
    const s = status('delivered', { conversation: { id: 'c' }, pricing: { billable: true, category: 'service' } });
    expect(Object.keys(splitWebhook(webhook(value({ statuses: [s] }))).statuses[0] ?? {})).not.toContain('pricing');
  });
});

describe('batches and other fields', () => {
  it('keeps order across changes and entries, ignores non-messages fields and reports change errors', () => {
    const first = message('text', { body: 'one' });
    const second = message('text', { body: 'two' });
    const body = webhook(
      value({ messages: [first] }),
      { field: 'account_update', value: { anything: ['goes', 1] } },
      value({ statuses: [status('read')], errors: [{ code: 131000, title: 'Something went wrong' }] }),
      value({ messages: [second] }),
    );
    const split = splitWebhook(body);
    expect(split.messages.map((m) => m.id)).toEqual([first.id, second.id]);
    expect(split.statuses).toHaveLength(1);
    expect(split.errors).toEqual([{ code: 131000, title: 'Something went wrong' }]);
  });
});

describe('invalid bodies', () => {
  const secretText = 'my passport number is 12345678';
  it.each([
    ['another object kind', { object: 'page', entry: [] }],
    ['missing entry', { object: 'whatsapp_business_account' }],
    ['a message without id', webhook(value({ messages: [{ from: USER, timestamp: '1', type: 'text', text: { body: secretText } }] }))],
    ['a messages change without metadata', webhook({ messaging_product: 'whatsapp', messages: [] })],
    ['not an object', 'hello'],
  ])('rejects %s with InvalidWebhookError', (_, body) => {
    expect(() => splitWebhook(body)).toThrow(InvalidWebhookError);
  });

  it('never puts values (text, numbers) in the error message', () => {
    const body = webhook(value({ messages: [{ from: USER, timestamp: 'x', type: 'text', text: { body: secretText } }] }));
    try {
      splitWebhook(body);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidWebhookError);
      const text = String((err as Error).message);
      expect(text).not.toContain(secretText);
      expect(text).not.toContain(USER);
      expect(text).toMatch(/entry\.0\.changes\.0/);
    }
  });
});
