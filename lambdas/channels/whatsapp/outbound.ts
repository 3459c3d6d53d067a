import type { Reply } from '../../core/conversation/messages';
import { chunkEvenly, choiceProblems, toButtons, toRow } from './choices';
import { WHATSAPP_LIMITS } from './limits';
import { renderFallbackMessages } from './numbered';
import {
  textMessage,
  type ListRow,
  type OutboundList,
  type OutboundMessage,
  type ReplyButton,
  type OutboundButtons,
} from './outbound-types';
import { splitTail, splitText } from './text-split';
import { ELLIPSIS, oneLine, truncate } from './truncate';

/** Channel settings for rendering. */
export interface RenderOptions {
  /** Label of the button that opens a list, in the person's language, used when the reply has no `choicesLabel`. */
  listButtonLabel: string;
}

/**
 * Turns one core reply into Cloud API send bodies for recipient `to`, all
 * within Meta's limits (see `limits.ts`). Send them in order.
 *
 * - No choices: text message(s). Text over 4096 is split at sentence ends
 *   (see `splitText`). A blank text gives `[]`.
 * - 1–3 choices whose titles fit 20 and differ: reply buttons.
 * - Otherwise: a list. Titles over 24 are shortened, and the full title goes
 *   into the row description (see `toRow`).
 * - More than 10 choices: several list messages of at most 10 rows each,
 *   split evenly. The first carries the text; the others carry "…" as body.
 *   We do not use a "more" row, because paging would need state in the core.
 *   Because the core keeps every offered id, a tap in any of the lists, or a
 *   typed number (counted across all of them), still works.
 * - Interactive body over 1024: the leading text goes first as text
 *   message(s), and the last part that fits (cut at a sentence end) stays as
 *   the body, next to its choices.
 * - Choices that cannot be sent interactively (see `choiceProblems`):
 *   numbered text lines instead, which the core understands as well.
 *
 * @throws RangeError if `to` is blank, or if the list button label (from
 *   the reply or `opts`) is blank when a list is needed. Both are setup bugs,
 *   not user input.
 */
export function renderReply(reply: Reply, to: string, opts: RenderOptions): OutboundMessage[] {
  if (to.trim() === '') throw new RangeError('renderReply: recipient is blank');
  const choices = reply.choices ?? [];
  if (choices.length === 0) return splitText(reply.text).map((body) => textMessage(to, body));
  if (choiceProblems(choices).length > 0) return renderFallbackMessages(reply, to);

  const { head, tail } = splitTail(reply.text, WHATSAPP_LIMITS.interactiveBody);
  const leading = splitText(head).map((body) => textMessage(to, body));
  const body = tail || ELLIPSIS;
  const buttons = toButtons(choices);
  if (buttons) return [...leading, buttonsMessage(to, body, buttons)];

  const label = listLabel(reply.choicesLabel, opts.listButtonLabel);
  const groups = chunkEvenly(choices.map(toRow), WHATSAPP_LIMITS.listRowsTotal);
  return [...leading, ...groups.map((rows, i) => listMessage(to, i === 0 ? body : ELLIPSIS, label, rows))];
}

function listLabel(fromReply: string | undefined, fallback: string): string {
  const label = oneLine(fromReply ?? '') || oneLine(fallback);
  if (label === '') throw new RangeError('renderReply: list button label is blank');
  return truncate(label, WHATSAPP_LIMITS.listButtonLabel).text;
}

function buttonsMessage(to: string, body: string, buttons: ReplyButton[]): OutboundButtons {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'interactive',
    interactive: { type: 'button', body: { text: body }, action: { buttons } },
  };
}

function listMessage(to: string, body: string, button: string, rows: ListRow[]): OutboundList {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'interactive',
    interactive: { type: 'list', body: { text: body }, action: { button, sections: [{ rows }] } },
  };
}

/** The numbered-text fallback and its parser belong with rendering; re-exported for one import site. */
export { parseNumberedAnswer, renderFallbackMessages, renderNumberedFallback } from './numbered';
export type { OutboundMessage } from './outbound-types';
