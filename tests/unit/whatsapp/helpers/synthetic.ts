/**
 * Webhook payloads built by us (not Meta's examples) for the kinds the spec
 * has no example of: audio/voice, video, document, sticker, statuses,
 * unknown types. Shapes follow the spec's schemas (AudioMessage_1,
 * Statuses...). See tests/fixtures/whatsapp/PROVENANCE.md.
 */

export const PHONE_NUMBER_ID = '106540352242922';
export const USER = '16505551234';

type Obj = Record<string, unknown>;

/** A `messages` change value with the usual metadata and one contact. */
export function value(parts: { messages?: Obj[]; statuses?: Obj[]; errors?: Obj[]; contacts?: Obj[] }): Obj {
  return {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
    ...(parts.messages ? { contacts: parts.contacts ?? [{ profile: { name: 'Amina' }, wa_id: USER }] } : {}),
    ...parts,
  };
}

/** A full webhook body from change values (all `field: messages` unless given). */
export function webhook(...changes: (Obj | { field: string; value: unknown })[]): Obj {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '419561257915477',
        changes: changes.map((c) => ('field' in c && 'value' in c ? c : { field: 'messages', value: c })),
      },
    ],
  };
}

let counter = 0;

/** One inbound message of `type` with its payload under the same key. */
export function message(type: string, payload?: unknown, extra: Obj = {}): Obj {
  counter += 1;
  return {
    from: USER,
    id: `wamid.synthetic${counter}`,
    timestamp: '1750000000',
    type,
    ...(payload === undefined ? {} : { [type]: payload }),
    ...extra,
  };
}

/** A media payload as the spec describes it (MediaMessageProperties). */
export function media(extra: Obj = {}): Obj {
  return { mime_type: 'application/octet-stream', sha256: 'c2hhMjU2', id: '1003383421387256', ...extra };
}

/** A status update for one of our outbound messages. */
export function status(statusValue: string, extra: Obj = {}): Obj {
  return { id: 'wamid.outbound1', status: statusValue, timestamp: '1750000100', recipient_id: USER, ...extra };
}
