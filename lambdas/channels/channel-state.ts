/**
 * Where a channel keeps its own state beside the conversation, in the
 * person's state item (`U#…` / `STATE`, attribute `state`). WhatsApp keeps
 * the time of the person's last message there: the 24-hour window runs
 * from it. Plain data, so the advisers' API can read the window without
 * loading botbuilder.
 */
export const CHANNEL_STATE_KEY = 'channel';

/** The person's last WhatsApp message time (epoch ms) in a stored state value, if any. */
export function lastInboundAtOf(stored: Record<string, unknown> | undefined): number | undefined {
  const channel = stored?.[CHANNEL_STATE_KEY] as { lastInboundAt?: unknown } | undefined;
  return typeof channel?.lastInboundAt === 'number' ? channel.lastInboundAt : undefined;
}
