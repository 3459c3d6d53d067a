import type { HeldMessage } from '../adapters/dynamodb/held-messages';
import type { DeliveryState } from '../adapters/dynamodb/referral-items';
import type { Logger } from '../adapters/observability/logger';
import { countMetric } from '../adapters/observability/metrics';
import { GraphSendError, WindowClosedError } from '../channels/whatsapp/graph-errors';
import type { GraphClient } from '../channels/whatsapp/graph-client';
import { textMessage } from '../channels/whatsapp/outbound-types';
import { adviserReplyTemplate } from '../channels/whatsapp/templates';

/** Adviser messages and notices kept for a WhatsApp user until they can be sent. */
export interface HeldMessagesPort {
  list(userKey: string): Promise<HeldMessage[]>;
  markNotified(userKey: string, sk: string, at: number): Promise<void>;
  release(userKey: string, sk: string): Promise<void>;
}

export interface HeldDeliveryDeps {
  held: HeldMessagesPort;
  graph: GraphClient;
  /** Records on the referral how its message went, so the adviser sees it in the console. */
  referralStore: { setMessageDelivery(code: string, messageId: string, delivery: DeliveryState): Promise<unknown> };
  /** Name of the approved "your adviser has replied" template. */
  adviserTemplate: string;
  now: () => number;
  logger: Logger;
}

export type HeldOutcome = 'none' | 'sent' | 'notified' | 'waiting';

/**
 * Sends everything held for the person, oldest first. While the 24-hour
 * window is open each message goes as text and is released. Otherwise (or
 * when Meta says the window has closed) one approved template tells the
 * person a reply is waiting; its button, or any message from them, reopens
 * the window and brings the held messages. Nothing is dropped: what cannot
 * be sent stays held until it can, or until its retention ends.
 *
 * At least once: a crash between a send and its release resends that one
 * message; a transient Graph failure throws, so the queue retries.
 */
export async function deliverHeld(userKey: string, to: string, windowOpen: boolean, deps: HeldDeliveryDeps): Promise<HeldOutcome> {
  const held = await deps.held.list(userKey);
  if (held.length === 0) return 'none';
  let waiting = held;
  if (windowOpen) {
    waiting = [];
    for (const [i, message] of held.entries()) {
      const sent = await sendText(to, message, deps);
      if (sent === 'window-closed') {
        waiting = held.slice(i);
        break;
      }
      await deps.held.release(userKey, message.sk);
      await deps.referralStore.setMessageDelivery(message.code, message.messageId, sent);
    }
    if (waiting.length === 0) return 'sent';
  }
  return announce(userKey, to, waiting, deps);
}

async function sendText(to: string, message: HeldMessage, deps: HeldDeliveryDeps): Promise<'delivered' | 'failed' | 'window-closed'> {
  try {
    await deps.graph.send(textMessage(to, message.text));
    return 'delivered';
  } catch (error) {
    if (error instanceof WindowClosedError) return 'window-closed';
    if (!(error instanceof GraphSendError) || error.retryable) throw error;
    // Refused for good (e.g. the number no longer has WhatsApp): the adviser sees it failed.
    deps.logger.error('held message refused', { code: 'code' in error ? Number(error.code) : 0 });
    countMetric('SendFailures');
    return 'failed';
  }
}

/**
 * One template announces everything waiting: a message held while an
 * announcement is less than a day old is covered by it, so a person whose
 * adviser writes three times gets one notification, not three.
 */
export const REANNOUNCE_AFTER_MS = 24 * 60 * 60 * 1000;

async function announce(userKey: string, to: string, waiting: HeldMessage[], deps: HeldDeliveryDeps): Promise<HeldOutcome> {
  const fresh = waiting.filter((m) => m.notifiedAt === undefined);
  const latest = fresh.at(-1);
  if (!latest) return 'waiting';
  const lastAnnounced = Math.max(...waiting.map((m) => m.notifiedAt ?? -Infinity));
  if (deps.now() - lastAnnounced >= REANNOUNCE_AFTER_MS) {
    const sent = await sendTemplate(to, latest, deps);
    if (!sent) {
      for (const message of fresh) await deps.referralStore.setMessageDelivery(message.code, message.messageId, 'held');
      return 'waiting';
    }
  }
  const at = deps.now();
  for (const message of fresh) {
    await deps.held.markNotified(userKey, message.sk, at);
    await deps.referralStore.setMessageDelivery(message.code, message.messageId, 'notified');
  }
  return 'notified';
}

/** False when Meta refuses the template for good (typically 132001: not approved under this name or language). */
async function sendTemplate(to: string, latest: HeldMessage, deps: HeldDeliveryDeps): Promise<boolean> {
  try {
    await deps.graph.send(adviserReplyTemplate(to, { name: deps.adviserTemplate, language: latest.language, code: latest.code }));
    return true;
  } catch (error) {
    if (!(error instanceof GraphSendError) || error.retryable) throw error;
    deps.logger.error('adviser reply template refused', { code: 'code' in error ? Number(error.code) : 0 });
    countMetric('TemplateFailures');
    return false;
  }
}
