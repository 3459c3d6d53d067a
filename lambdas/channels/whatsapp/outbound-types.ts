/**
 * Cloud API send-message bodies that Pathways produces, typed as the subset
 * of Meta's `Message` schema we use. They are posted as they are to
 * `POST /{version}/{phone-number-id}/messages`.
 */

interface OutboundBase {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  /** The recipient's WhatsApp id (`wa_id`), as received in the webhook. */
  to: string;
}

/** A plain text message (body ≤ 4096). */
export interface OutboundText extends OutboundBase {
  type: 'text';
  text: { body: string; preview_url?: boolean };
}

/** One reply button (title ≤ 20, id ≤ 256). */
export interface ReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}

/** One list row (title ≤ 24, description ≤ 72, id ≤ 200). */
export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

/** One list section. A title is only needed when there are several sections. */
export interface ListSection {
  title?: string;
  rows: ListRow[];
}

/** Interactive message with 1–3 reply buttons. */
export interface OutboundButtons extends OutboundBase {
  type: 'interactive';
  interactive: {
    type: 'button';
    body: { text: string };
    action: { buttons: ReplyButton[] };
  };
}

/** Interactive list message (≤ 10 rows in total, button label ≤ 20). */
export interface OutboundList extends OutboundBase {
  type: 'interactive';
  interactive: {
    type: 'list';
    body: { text: string };
    action: { button: string; sections: ListSection[] };
  };
}

/** Interactive messages: the ones a client may fail to show, with a numbered-text fallback. */
export type OutboundInteractive = OutboundButtons | OutboundList;

/** Anything `renderReply` produces. */
export type OutboundMessage = OutboundText | OutboundInteractive;

/**
 * An approved message template: the only kind of message Meta accepts
 * outside the 24-hour customer-service window. Its text lives with Meta;
 * we send its name, language and parameters. A quick-reply button comes
 * back as a `button` webhook carrying the payload we set here.
 */
export interface OutboundTemplate extends OutboundBase {
  type: 'template';
  template: {
    name: string;
    language: { code: string; policy: 'deterministic' };
    components: (
      | { type: 'body'; parameters: { type: 'text'; text: string }[] }
      | { type: 'button'; sub_type: 'quick_reply'; index: string; parameters: { type: 'payload'; payload: string }[] }
    )[];
  };
}

/** Everything the Graph API client may send. */
export type GraphMessage = OutboundMessage | OutboundTemplate;

/** Body of the "mark as read" call, with an optional typing indicator. */
export interface MarkReadRequest {
  messaging_product: 'whatsapp';
  status: 'read';
  message_id: string;
  typing_indicator?: { type: 'text' };
}

/** Builds a text message to `to`. */
export function textMessage(to: string, body: string): OutboundText {
  return { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } };
}

/** True for the interactive messages, whose rendering a client may not support. */
export function isInteractive(message: OutboundMessage): message is OutboundInteractive {
  return message.type === 'interactive';
}
