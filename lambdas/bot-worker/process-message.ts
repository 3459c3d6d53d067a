import type { InboundLog } from '../adapters/dynamodb/inbound-log';
import type { Logger } from '../adapters/observability/logger';
import { countMetric } from '../adapters/observability/metrics';
import type { BotRunner } from '../channels/bot/create-bot';
import { GraphSendError, PermanentSendError, WindowClosedError } from '../channels/whatsapp/graph-errors';
import type { GraphClient } from '../channels/whatsapp/graph-client';
import type { QueueMessage } from '../channels/whatsapp/queue-message';
import { renderFallbackMessages } from '../channels/whatsapp/numbered';
import { addressTo, runWhatsAppTurn, savedOutbox, type UnaddressedMessage } from '../channels/whatsapp/whatsapp-turn';
import { textMessage, type OutboundMessage } from '../channels/whatsapp/outbound-types';

/** Adviser messages kept for a WhatsApp user until they write (which opens the 24-hour window). */
export interface HeldMessagesPort {
  list(userKey: string): Promise<{ sk: string; code: string; messageId: string; text: string }[]>;
  release(userKey: string, sk: string): Promise<void>;
}

export interface MessageDeps {
  bot: BotRunner;
  held: HeldMessagesPort;
  referralStore: { markMessageDelivered(code: string, messageId: string): Promise<unknown> };
  inbound: InboundLog;
  graph: GraphClient;
  userKey: (waId: string) => string;
  listButtonLabel: string;
  logger: Logger;
}

/** The message is being handled by another worker right now; let the queue redeliver it later. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
}

type InboundMessage = Extract<QueueMessage, { kind: 'message' }>;

/**
 * Exactly one answer per WhatsApp message, however often Meta delivers it:
 * claim the message id (conditional write), run the turn (its replies are
 * saved with the state as an outbox), send, then mark it done. A retry after
 * a crash or a failed send resends only what was not sent; a retry of a
 * finished message does nothing.
 */
export async function processMessage(message: InboundMessage, deps: MessageDeps): Promise<void> {
  const key = deps.userKey(message.from);
  const claim = await deps.inbound.claim(key, message.id);
  if (claim.kind === 'done') return;
  if (claim.kind === 'busy') throw new BusyError('message is being processed elsewhere');

  let outbox: UnaddressedMessage[] | undefined;
  let skip = 0;
  if (claim.kind === 'unfinished') {
    outbox = await savedOutbox(deps.bot, key, message.id);
    skip = outbox ? claim.sent : 0;
  }
  await markRead(message.id, deps);
  let erased = false;
  let referred = false;
  if (!outbox) {
    const who = { channel: 'whatsapp' as const, userKey: key, contact: message.from };
    const turn = message.needsReply ? await runWhatsAppTurn(deps.bot, who, message, { listButtonLabel: deps.listButtonLabel }) : undefined;
    outbox = turn?.messages ?? [];
    erased = turn?.erased ?? false;
    referred = turn?.referred ?? false;
  }
  const sentIds: string[] = [];
  for (let i = skip; i < outbox.length; i++) {
    const next = outbox[i];
    if (!next) continue;
    try {
      sentIds.push(await send(addressTo(next, message.from), deps));
    } catch (error) {
      if (error instanceof GraphSendError && !error.retryable) {
        recordPermanent(error, deps);
        continue;
      }
      // After an erasure nothing may be written back; the confirmation is simply not retried.
      if (erased) return;
      await deps.inbound.fail(key, message.id, i);
      throw error;
    }
  }
  if (erased) return;
  await deps.inbound.complete(key, message.id, sentIds);
  // The person just wrote, so the window is open: hand over what their adviser said meanwhile.
  if (referred) await deliverHeld(key, message.from, deps);
}

/** At least once: a crash between sending and releasing resends a held message once. */
async function deliverHeld(key: string, to: string, deps: MessageDeps): Promise<void> {
  for (const held of await deps.held.list(key)) {
    await deps.graph.send(textMessage(to, held.text));
    await deps.held.release(key, held.sk);
    await deps.referralStore.markMessageDelivered(held.code, held.messageId);
  }
}

/** An interactive message WhatsApp refuses is sent again as numbered text, which every client shows. */
async function send(message: OutboundMessage, deps: MessageDeps): Promise<string> {
  try {
    return await deps.graph.send(message);
  } catch (error) {
    if (!(error instanceof PermanentSendError) || message.type !== 'interactive') throw error;
    deps.logger.warn('interactive message refused, sending text fallback', { code: error.code });
    const fallback = renderFallbackMessages(interactiveAsReply(message), message.to);
    let id = '';
    for (const text of fallback) id = await deps.graph.send(text);
    return id;
  }
}

function interactiveAsReply(message: Extract<OutboundMessage, { type: 'interactive' }>) {
  const i = message.interactive;
  const choices =
    i.type === 'button'
      ? i.action.buttons.map((b) => ({ id: b.reply.id, title: b.reply.title }))
      : i.action.sections.flatMap((s) => s.rows.map((r) => ({ id: r.id, title: r.title, ...(r.description ? { description: r.description } : {}) })));
  return { text: i.body.text, choices };
}

async function markRead(id: string, deps: MessageDeps): Promise<void> {
  try {
    await deps.graph.markRead(id);
  } catch (error) {
    // Blue ticks are a courtesy; a failure must not block the answer.
    deps.logger.warn('mark read failed', { errorName: (error as Error).name });
  }
}

function recordPermanent(error: GraphSendError, deps: MessageDeps): void {
  const code = error instanceof WindowClosedError || error instanceof PermanentSendError ? error.code : 0;
  deps.logger.error('send failed permanently', { code });
  countMetric('SendFailures');
}
