import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../lambdas/channels/whatsapp/graph-client';
import { UnexpectedResponseError } from '../../../lambdas/channels/whatsapp/graph-errors';
import { CONFIG, harness } from './helpers/fake-graph';

describe('markRead', () => {
  it('posts a read receipt, with a typing indicator when asked', async () => {
    const h = harness([{ status: 200, body: { success: true } }, { status: 200, body: { success: true } }]);
    await h.client.markRead('wamid.IN1');
    await h.client.markRead('wamid.IN2', { typingIndicator: true });
    expect(h.calls.map((c) => JSON.parse(String(c.init.body)) as unknown)).toEqual([
      { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN1' },
      { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN2', typing_indicator: { type: 'text' } },
    ]);
  });

  it('treats success:false as an unexpected response', async () => {
    const h = harness([{ status: 200, body: { success: false } }]);
    await expect(h.client.markRead('wamid.IN1')).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('config', () => {
  it.each([
    ['a non-URL graphUrl', { graphUrl: 'graph' }],
    ['a bad apiVersion', { apiVersion: '23' }],
    ['a non-numeric phoneNumberId', { phoneNumberId: '../x' }],
    ['an empty token', { accessToken: '' }],
    ['zero attempts', { maxAttempts: 0 }],
    ['a zero timeout', { timeoutMs: 0 }],
  ])('rejects %s with a TypeError that names fields, not values', (_, patch) => {
    const make = () => createGraphClient({ ...CONFIG, ...patch }, { fetch: () => Promise.reject(new Error()), sleep: async () => {} });
    expect(make).toThrow(TypeError);
    expect(make).not.toThrow(/secret-token/);
  });

  it('never reads process.env (config is passed in)', () => {
    const source = readFileSync(new URL('../../../lambdas/channels/whatsapp/graph-client.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/process\.env/);
  });
});
