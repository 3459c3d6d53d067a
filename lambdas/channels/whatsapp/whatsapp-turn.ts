import type { Who } from '../../core/conversation/deps';
import type { UserInput } from '../../core/conversation/messages';
import { fromUserInput, toReply } from '../bot/activity-mapping';
import type { BotRunner, ChannelState } from '../bot/create-bot';
import { renderReply } from './outbound';
import type { OutboundMessage } from './outbound-types';

/** WhatsApp's part of a person's state, saved in the same conditional write as the conversation. */
export interface WhatsAppState {
  /** Epoch ms of the person's last message: the 24-hour customer-service window runs from it. */
  lastInboundAt: number;
  /** The replies to the last message, kept until they are sent, so a retry resends them instead of re-running the turn. */
  outbox?: { inboundId: string; messages: UnaddressedMessage[] };
}

export interface InboundTurn {
  id: string;
  timestamp: number;
  input: UserInput;
}

/** A message without its recipient: the number is added at send time, so the outbox never stores it. */
export type UnaddressedMessage = Omit<OutboundMessage, 'to'>;

const PLACEHOLDER_RECIPIENT = 'recipient';
const unaddressed = ({ to: _to, ...rest }: OutboundMessage): UnaddressedMessage => rest;

/** Adds the recipient back to a stored message. */
export function addressTo(message: UnaddressedMessage, to: string): OutboundMessage {
  return { ...message, to } as OutboundMessage;
}

/**
 * Runs one bot turn for a WhatsApp message through botbuilder and returns
 * the Cloud API messages to send (recipient left blank). The outbox and the
 * window are saved with the turn's state, atomically.
 */
export async function runWhatsAppTurn(
  bot: BotRunner,
  who: Who,
  inbound: InboundTurn,
  render: { listButtonLabel: string },
): Promise<{ messages: UnaddressedMessage[]; erased: boolean; referred: boolean }> {
  const userStateKey = who.userKey;
  let messages: UnaddressedMessage[] = [];
  const activity = {
    ...fromUserInput(inbound.input),
    id: inbound.id,
    channelId: 'whatsapp',
    serviceUrl: 'https://graph.facebook.com',
    timestamp: new Date(inbound.timestamp).toISOString(),
    from: { id: userStateKey, role: 'user' },
    recipient: { id: 'pathways', role: 'bot' },
    conversation: { id: userStateKey },
  };
  const { replies, erased, referred } = await bot.run(activity, who, {
    channelState: (_previous, replies) => {
      messages = replies.flatMap((reply) => render1(reply, render.listButtonLabel));
      const state: WhatsAppState = { lastInboundAt: inbound.timestamp, outbox: { inboundId: inbound.id, messages } };
      return state as unknown as ChannelState;
    },
  });
  // An erasing turn saved nothing (no outbox): render its confirmation here, to send once and forget.
  if (erased) messages = replies.flatMap((reply) => render1(reply, render.listButtonLabel));
  return { messages, erased, referred };
}

function render1(reply: Record<string, unknown>, listButtonLabel: string): UnaddressedMessage[] {
  const core = toReply(reply);
  return renderReply(core, PLACEHOLDER_RECIPIENT, { listButtonLabel: core.choicesLabel ?? listButtonLabel }).map(unaddressed);
}

/** The saved outbox, when it belongs to this message (the turn ran, the sends did not all finish). */
export async function savedOutbox(bot: BotRunner, userStateKey: string, inboundId: string): Promise<UnaddressedMessage[] | undefined> {
  const state = (await bot.channelState(userStateKey)) as WhatsAppState | undefined;
  return state?.outbox?.inboundId === inboundId ? state.outbox.messages : undefined;
}
