import { describe, expect, it } from 'vitest';
import type { UserInput } from '../../../lambdas/core/conversation/messages';
import { splitWebhook } from '../../../lambdas/channels/whatsapp/split-webhook';
import { parseWebhook } from '../../../lambdas/channels/whatsapp/webhook-schema';
import { fixtureJson, fixtureNames } from './helpers/fixtures';

interface Expected {
  id: string;
  timestamp: number;
  input: UserInput;
  needsReply: boolean;
  contactName?: string;
}

const SHEENA = 'Sheena Nelson';
const wamid = (suffix: string): string => `wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz${suffix}`;

/** What each of Meta's example webhooks must turn into. `null`: no messages (group events). */
const EXPECTED: Record<string, Expected | null> = {
  'webhook-button-message.json': {
    id: wamid('QUU0M0MxQzQzMUJCMTMwNUZFOQA='),
    timestamp: 1750091045000,
    input: { kind: 'choice', id: 'Unsubscribe' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-contact-sharing-message.json': {
    id: wamid('QTRBNjU5OUFFRTAzODEwMTQ0RgA='),
    timestamp: 1744344496000,
    input: { kind: 'unsupported', what: 'contacts' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-group-create-message.json': null,
  'webhook-group-remove-participants.json': null,
  'webhook-group-settings-update.json': null,
  'webhook-image-message.json': {
    id: wamid('QTRBNjU5OUFFRTAzODEwMTQ0RgA='),
    timestamp: 1744344496000,
    input: { kind: 'unsupported', what: 'image' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-interactive-button-reply-message.json': {
    id: wamid('QTZBQzg0MzQ4QjRCM0NGNkVGOAA='),
    timestamp: 1750025136000,
    input: { kind: 'choice', id: 'cancel-button' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-interactive-list-reply-message.json': {
    id: wamid('QUJDQ0NDM0FEODY4ODkzOTc5RgA='),
    timestamp: 1749854575000,
    input: { kind: 'choice', id: 'priority_express' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-location-message.json': {
    id: wamid('QTU2MjZEMDBGRkE3MENEMDE0RQA='),
    timestamp: 1744344496000,
    input: { kind: 'unsupported', what: 'location' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-order-message.json': {
    id: wamid('QTEyQjFGNzI1QTQxMjI5QTMyOQA='),
    timestamp: 1750096325000,
    input: { kind: 'unsupported', what: 'order' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-reaction-message.json': {
    id: wamid('QTRBNjU5OUFFRTAzODEwMTQ0RgA='),
    timestamp: 1749419544000,
    input: { kind: 'unsupported', what: 'reaction' },
    needsReply: false,
    contactName: SHEENA,
  },
  'webhook-system-message.json': {
    id: 'wamid.HBgLMTk4MzU1NTE5NzQVAgASGAoxMTgyMDg2MjY3AA==',
    timestamp: 1750269342000,
    input: { kind: 'unsupported', what: 'system' },
    needsReply: false,
  },
  'webhook-text-message-from-click-to-whatsapp-ad.json': {
    id: wamid('QUQ0N0VFMDA2MTQ0RkJFNkNDNAA='),
    timestamp: 1750275992000,
    input: { kind: 'text', text: 'Hello! Can I get more info on this?' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-text-message-with-context-product-inquiry.json': {
    id: wamid('QTA2NTUwRkNEMDdFQjJCRUU0NQA='),
    timestamp: 1750016800000,
    input: { kind: 'text', text: 'Is this still available?' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-text-message.json': {
    id: wamid('QTRBNjU5OUFFRTAzODEwMTQ0RgA='),
    timestamp: 1749416383000,
    input: { kind: 'text', text: 'Does it come in another color?' },
    needsReply: true,
    contactName: SHEENA,
  },
  'webhook-unsupported-message.json': {
    id: 'wamid.HBgLMTQyMDU1NTA3NDkVAgASGBI5N0MwRjg0RTVBNUI1RDA2OTkA',
    timestamp: 1750090702000,
    input: { kind: 'unsupported', what: 'unsupported' },
    needsReply: true,
    contactName: SHEENA,
  },
};

describe("Meta's webhook examples", () => {
  it('has an expectation for every webhook fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames('webhook-'));
  });

  it.each(fixtureNames('webhook-'))('%s parses against the schema', (name) => {
    const parsed = parseWebhook(fixtureJson(name));
    expect(parsed.object).toBe('whatsapp_business_account');
    expect(parsed.entry[0]?.changes).toHaveLength(1);
  });

  it.each(fixtureNames('webhook-'))('%s splits as expected', (name) => {
    const expected = EXPECTED[name];
    const split = splitWebhook(fixtureJson(name));
    expect(split.statuses).toEqual([]);
    expect(split.errors).toEqual([]);
    if (expected === null || expected === undefined) {
      expect(split.messages).toEqual([]);
      return;
    }
    expect(split.messages).toHaveLength(1);
    const [m] = split.messages;
    expect(m).toEqual({
      id: expected.id,
      from: '16505551234',
      timestamp: expected.timestamp,
      phoneNumberId: '106540352242922',
      ...(expected.contactName ? { contactName: expected.contactName } : {}),
      input: expected.input,
      needsReply: expected.needsReply,
    });
  });
});
