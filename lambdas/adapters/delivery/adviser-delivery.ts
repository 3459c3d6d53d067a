import type { AdviserMessage, AdviserMessageTarget, DeliverAdviserMessage } from '../../core/screening/adviser-delivery';
import type { HeldMessages } from '../dynamodb/held-messages';
import { UnknownConversationError, type DynamoWebchatStore } from '../dynamodb/webchat-store';

export interface DeliveryDeps {
  webchat: Pick<DynamoWebchatStore, 'append'>;
  held: Pick<HeldMessages, 'hold'>;
  /** "Message from your adviser (PW-…):\n…" in the person's language (screening `adviserMessage`). */
  format: (language: string | undefined, code: string, text: string) => string;
}

/**
 * Delivers an adviser's message on the person's own channel. Web chat: the
 * message is appended to their conversation as a bot activity, so the page
 * shows it on its next poll. WhatsApp: it is held under the person's
 * partition for the bot worker, because WhatsApp allows free-form messages
 * only within 24 hours of the person's last message.
 */
export function createAdviserDelivery(deps: DeliveryDeps): DeliverAdviserMessage {
  return async (target: AdviserMessageTarget, message: AdviserMessage) => {
    if (!target.userKey) return 'undeliverable';
    const text = deps.format(target.language, target.code, message.text);
    if (target.channel === 'whatsapp') {
      await deps.held.hold(target.userKey, { code: target.code, messageId: message.id, text, heldAt: message.at });
      return 'held';
    }
    if (!target.conversationId) return 'undeliverable';
    const activity = {
      type: 'message',
      text,
      textFormat: 'plain',
      ...(target.language ? { locale: target.language } : {}),
      from: { id: 'pathways', name: 'Pathways', role: 'bot' },
      conversation: { id: target.conversationId },
      timestamp: new Date(message.at).toISOString(),
      channelData: { adviserMessage: { code: target.code, messageId: message.id } },
    };
    try {
      await deps.webchat.append(target.userKey, target.conversationId, [activity]);
      return 'delivered';
    } catch (error) {
      if (error instanceof UnknownConversationError) return 'undeliverable';
      throw error;
    }
  };
}
