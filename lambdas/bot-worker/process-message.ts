import type { InboundLog } from '../adapters/dynamodb/inbound-log';
import { countMetric } from '../adapters/observability/metrics';
import type { BotRunner } from '../channels/bot/create-bot';
import { GraphSendError, PermanentSendError, WindowClosedError } from '../channels/whatsapp/graph-errors';
import type { QueueMessage } from '../channels/whatsapp/queue-message';
import { renderFallbackMessages } from '../channels/whatsapp/numbered';
import { addressTo, runWhatsAppTurn, savedOutbox, type UnaddressedMessage } from '../channels/whatsapp/whatsapp-turn';
import type { OutboundMessage } from '../channels/whatsapp/outbound-types';
import { isWindowOpen } from '../channels/whatsapp/window';
import { deliverHeld, type HeldDeliveryDeps } from './deliver-held';

export interface MessageDeps extends HeldDeliveryDeps {
  bot: BotRunner;
  inbound: InboundLog;
  userKey: (waId: string) => string;
  listButtonLabel: string;
  /** When the person last wrote (epoch ms): the 24-hour window runs from it. */
  lastInboundAt: (userKey: string) => Promise<number | undefined>;
}

/** Sends begun this close to the end of the window may reach Meta after it has closed. */
const WINDOW_MARGIN_MS = 60_000;

/** The message is being handled by another worker right now; let the queue redeliver it later. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
}

type InboundMessage = Extract<QueueMessage, { kind: 'message' }>;
type DeliverRequest = Extract<QueueMessage, { kind: 'deliver' }>;

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
  // A retry does not know whether the person has a referral; looking once for held messages is cheap.
  let referred = outbox !== undefined;
  if (!outbox) {
    const who = { channel: 'whatsapp' as const, userKey: key, contact: message.from };
    const turn = message.needsReply ? await runWhatsAppTurn(deps.bot, who, message, { listButtonLabel: deps.listButtonLabel }) : undefined;
    outbox = turn?.messages ?? [];
    erased = turn?.erased ?? false;
    referred = turn?.referred ?? false;
  }
  // Only a message from the person opens the window; one that waited in the queue past it cannot be answered in free form.
  const windowOpen = isWindowOpen(message.timestamp, deps.now(), WINDOW_MARGIN_MS);
  if (!windowOpen && outbox.length > skip) {
    deps.logger.warn('reply not sent: the message is older than the 24-hour window', { replies: outbox.length - skip });
    countMetric('RepliesOutsideWindow', {}, outbox.length - skip);
    skip = outbox.length;
  }
  // What their adviser said meanwhile comes first, then the answer to what they just wrote.
  if (referred && !erased) {
    try {
      await deliverHeld(key, message.from, windowOpen, deps);
    } catch (error) {
      // As for a failed reply: release the claim now, so the queue's retry need not wait for the lease.
      await deps.inbound.fail(key, message.id, skip);
      throw error;
    }
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
}

/**
 * The advisers' side has something for the person: send it now if their
 * window is open, else announce it with the approved template. Repeats are
 * harmless: what was sent is released, what was announced is not announced
 * again.
 */
export async function processDeliver(request: DeliverRequest, deps: MessageDeps): Promise<void> {
  const key = deps.userKey(request.to);
  const lastInboundAt = await deps.lastInboundAt(key);
  const outcome = await deliverHeld(key, request.to, isWindowOpen(lastInboundAt ?? Number.NaN, deps.now(), WINDOW_MARGIN_MS), deps);
  deps.logger.info('held messages', { outcome });
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
