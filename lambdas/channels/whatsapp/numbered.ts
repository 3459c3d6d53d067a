import type { Reply } from '../../core/conversation/messages';
import { textMessage, type OutboundText } from './outbound-types';
import { splitText } from './text-split';
import { oneLine } from './truncate';

/**
 * The number parser is the core's, so the numbers shown here and the numbers
 * the core reads back come from one place. It reads digits in any script
 * (ASCII, Arabic-Indic, Persian, Devanagari, full-width, Ethiopic ፩–፲) and
 * returns the 1-based choice number, or `null`.
 */
export { parseNumberedAnswer } from '../../core/conversation/numbered-answer';

/**
 * Renders a reply's choices as plain numbered lines ("1. Title"). This is
 * for when an interactive send fails, or for a client that cannot show
 * buttons or lists. The numbers follow the order of `reply.choices`, and the
 * core matches a typed number to the choice at that position (see
 * `parseNumberedAnswer`), so the person can answer with any keyboard.
 *
 * @returns the full text. It may exceed one message, so use
 *   {@link renderFallbackMessages} to send it.
 */
export function renderNumberedFallback(reply: Reply): string {
  const lines = (reply.choices ?? []).map((choice, i) => `${i + 1}. ${oneLine(choice.title)}`);
  return [reply.text.trim(), lines.join('\n')].filter(Boolean).join('\n\n');
}

/**
 * {@link renderNumberedFallback} as ready-to-send text messages. A long text
 * is split at line and sentence ends, so numbered lines stay whole.
 *
 * @returns `[]` when the reply has no text and no choices.
 */
export function renderFallbackMessages(reply: Reply, to: string): OutboundText[] {
  return splitText(renderNumberedFallback(reply)).map((body) => textMessage(to, body));
}
