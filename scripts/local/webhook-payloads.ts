import { randomBytes } from 'node:crypto';

/** Our test business number, as Meta would describe it in webhooks. */
export interface BusinessNumber {
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** What a simulated person can send: text, a tap on a button or list row, or something the bot cannot read. */
export type SimulatedInput =
  | { text: string }
  | { reply: { kind: 'button' | 'list'; id: string; title: string } }
  /** A tap on a template's quick-reply button: Meta sends it as a `button` message with the payload we set. */
  | { button: { payload: string; text: string } }
  | { media: 'image' | 'audio' | 'sticker' | 'location' | 'contacts' | 'video' | 'document' };

export const newWamid = () => `wamid.sim${randomBytes(16).toString('hex')}`;

function envelope(business: BusinessNumber, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '100000000000000',
        changes: [
          {
            field: 'messages',
            value: { messaging_product: 'whatsapp', metadata: { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId }, ...value },
          },
        ],
      },
    ],
  };
}

/** A webhook delivery as Meta sends it for one inbound message (shapes from Meta's OpenAPI examples). */
export function inboundWebhook(business: BusinessNumber, from: string, input: SimulatedInput, id = newWamid(), name = 'Sim User') {
  const base = { from, id, timestamp: String(Math.floor(Date.now() / 1000)) };
  let message: Record<string, unknown>;
  if ('text' in input) message = { ...base, type: 'text', text: { body: input.text } };
  else if ('reply' in input) {
    const { kind, id: replyId, title } = input.reply;
    message = {
      ...base,
      type: 'interactive',
      interactive: kind === 'button' ? { type: 'button_reply', button_reply: { id: replyId, title } } : { type: 'list_reply', list_reply: { id: replyId, title } },
    };
  } else if ('button' in input) message = { ...base, type: 'button', button: { payload: input.button.payload, text: input.button.text } };
  else if (input.media === 'location') message = { ...base, type: 'location', location: { latitude: 0, longitude: 0 } };
  else message = { ...base, type: input.media, [input.media]: { id: randomBytes(8).toString('hex'), mime_type: 'application/octet-stream' } };
  return envelope(business, { contacts: [{ profile: { name }, wa_id: from }], messages: [message] });
}

export function statusWebhook(business: BusinessNumber, id: string, recipientId: string, status: string, errors?: { code: number; title: string }[]) {
  return envelope(business, {
    statuses: [{ id, recipient_id: recipientId, status, timestamp: String(Math.floor(Date.now() / 1000)), ...(errors ? { errors } : {}) }],
  });
}
