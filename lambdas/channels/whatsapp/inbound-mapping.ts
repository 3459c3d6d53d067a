import type { UserInput } from '../../core/conversation/messages';
import type { WebhookMessage } from './webhook-schema';

/** What one webhook message means to the core, and whether it deserves an answer. */
export interface MappedInput {
  input: UserInput;
  needsReply: boolean;
}

/** Types that carry nothing to answer: a reaction to one of our messages, or a system notice. */
const SILENT_TYPES: ReadonlySet<string> = new Set(['reaction', 'system']);

/**
 * Maps a WhatsApp message to the core's `UserInput`.
 *
 * - `text` becomes text.
 * - An interactive `button_reply` or `list_reply` becomes a choice with the
 *   id we sent.
 * - A template quick-reply `button` becomes a choice with its payload, or
 *   text with its label when it has no payload.
 * - `request_welcome` (a person opening the chat for the first time) becomes
 *   `start`.
 * - Everything else (media, location, contacts, order, reaction, system,
 *   `unsupported`, types that do not exist yet) becomes
 *   `unsupported` with the type as `what`. A voice note reports `voice`.
 *
 * A message whose payload is missing for its type is treated as unsupported
 * rather than rejected, so one odd message never blocks a batch.
 */
export function toUserInput(m: WebhookMessage): MappedInput {
  const reply = (input: UserInput): MappedInput => ({ input, needsReply: !SILENT_TYPES.has(m.type) });
  switch (m.type) {
    case 'text':
      if (m.text) return reply({ kind: 'text', text: m.text.body });
      break;
    case 'interactive': {
      const i = m.interactive;
      const picked = i?.type === 'button_reply' ? i.button_reply : i?.type === 'list_reply' ? i.list_reply : undefined;
      if (picked) return reply({ kind: 'choice', id: picked.id });
      break;
    }
    case 'button':
      if (m.button?.payload) return reply({ kind: 'choice', id: m.button.payload });
      if (m.button) return reply({ kind: 'text', text: m.button.text });
      break;
    case 'request_welcome':
      return reply({ kind: 'start' });
    case 'audio':
      return reply({ kind: 'unsupported', what: m.audio?.voice ? 'voice' : 'audio' });
  }
  return reply({ kind: 'unsupported', what: m.type });
}
