import type { AdviserMessage, AdviserMessageTarget, DeliverAdviserMessage } from '../../core/screening/adviser-delivery';
import type { EnqueueEntries } from '../../channels/whatsapp/queue-message';
import type { HeldMessages } from '../dynamodb/held-messages';
import { UnknownConversationError, type DynamoWebchatStore } from '../dynamodb/webchat-store';
import { messageGroupOf } from '../../channels/whatsapp/queue-groups';

export interface DeliveryDeps {
  webchat: Pick<DynamoWebchatStore, 'append'>;
  held: Pick<HeldMessages, 'hold'>;
  /** Queues a "deliver what is held" request for the WhatsApp worker; absent, held messages wait for the person's next message. */
  enqueue?: EnqueueEntries;
  /** "Message from your adviser (PW-…):\n…" in the person's language (screening `adviserMessage`). */
  format: (language: string | undefined, code: string, text: string) => string;
  /** Told when the worker cannot be reached (the message stays held, so nothing is lost). */
  onQueueError?: (error: unknown) => void;
}

/**
 * Delivers what the advisers' side says on the person's own channel. Web
 * chat: appended to their conversation as a bot activity, shown on the
 * page's next poll. WhatsApp: held under the person's partition, then the
 * worker is asked (in the person's FIFO group, so it never races their own
 * messages) to send it, as text inside the 24-hour window or announced by
 * a template outside it.
 */
export function createAdviserDelivery(deps: DeliveryDeps): DeliverAdviserMessage {
  return async (target: AdviserMessageTarget, message: AdviserMessage) => {
    if (!target.userKey) return 'undeliverable';
    const text = message.kind === 'message' ? deps.format(target.language, target.code, message.text) : message.text;
    if (target.channel === 'whatsapp') {
      await deps.held.hold(target.userKey, { code: target.code, messageId: message.id, text, heldAt: message.at, ...(target.language ? { language: target.language } : {}) });
      if (!deps.enqueue || !target.contact) return 'held';
      try {
        const request = { kind: 'deliver', to: target.contact };
        await deps.enqueue([{ body: JSON.stringify(request), groupId: messageGroupOf(target.userKey), deduplicationId: `deliver:${message.id}` }]);
        return 'pending';
      } catch (error) {
        deps.onQueueError?.(error);
        return 'held';
      }
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
      channelData: { [message.kind === 'message' ? 'adviserMessage' : 'adviserNotice']: { code: target.code, messageId: message.id } },
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
