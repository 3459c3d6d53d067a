import type { Choice } from '../../core/conversation/messages';
import { fits, WHATSAPP_LIMITS } from './limits';
import type { ListRow, ReplyButton } from './outbound-types';
import { oneLine, truncate } from './truncate';

/** Joins a shortened row's full title to its own description. */
const DESCRIPTION_SEPARATOR = ' · ';

/**
 * Why these choices cannot be sent as buttons or a list. The id is what
 * WhatsApp echoes back, so it cannot be shortened the way a title can.
 * Checked: an id is non-empty, has no spaces at its ends and fits the row-id
 * limit (the smaller of the button and row limits, because a choice may end
 * up as either); ids are unique; titles are not blank.
 *
 * Content checks can call this to catch bad menus before they ship.
 *
 * @returns one short, content-free sentence per problem; `[]` when all is well.
 */
export function choiceProblems(choices: readonly Choice[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const idLimit = Math.min(WHATSAPP_LIMITS.rowId, WHATSAPP_LIMITS.buttonId);
  choices.forEach((choice, i) => {
    const at = `choice ${i + 1}`;
    if (choice.id === '') problems.push(`${at}: empty id`);
    else if (choice.id !== choice.id.trim()) problems.push(`${at}: id has leading or trailing whitespace`);
    if (choice.id.length > idLimit) problems.push(`${at}: id longer than ${idLimit}`);
    if (seen.has(choice.id)) problems.push(`${at}: duplicate id`);
    seen.add(choice.id);
    if (oneLine(choice.title) === '') problems.push(`${at}: blank title`);
  });
  return problems;
}

/**
 * Reply buttons for 1–3 choices whose titles all fit (20) and differ, since
 * Meta requires unique button titles. Buttons drop descriptions, so a title
 * is never shortened here: if one is too long, a list shows it better.
 *
 * @returns the buttons, or `null` when the choices need a list.
 */
export function toButtons(choices: readonly Choice[]): ReplyButton[] | null {
  if (choices.length < 1 || choices.length > WHATSAPP_LIMITS.maxButtons) return null;
  const titles = choices.map((c) => oneLine(c.title));
  if (!titles.every((t) => fits(t, 'buttonTitle'))) return null;
  if (new Set(titles.map((t) => t.toLocaleLowerCase())).size !== titles.length) return null;
  return choices.map((c, i) => ({ type: 'reply', reply: { id: c.id, title: titles[i] ?? '' } }));
}

/**
 * A list row for a choice. A title longer than 24 is shortened at a word
 * boundary with "…", and the full title moves into the description (ahead
 * of the choice's own description) so no words are lost from view. The
 * description is shortened to 72 in the same way.
 */
export function toRow(choice: Choice): ListRow {
  const fullTitle = oneLine(choice.title);
  const own = oneLine(choice.description ?? '');
  const title = truncate(fullTitle, WHATSAPP_LIMITS.rowTitle);
  const description = title.truncated ? [fullTitle, own].filter(Boolean).join(DESCRIPTION_SEPARATOR) : own;
  const row: ListRow = { id: choice.id, title: title.text };
  if (description) row.description = truncate(description, WHATSAPP_LIMITS.rowDescription).text;
  return row;
}

/**
 * Splits rows into the fewest groups of at most `size`, as even as possible
 * (11 rows become 6 + 5, not 10 + 1), so no message is left with one row.
 */
export function chunkEvenly<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const groups = Math.ceil(items.length / size);
  const base = Math.floor(items.length / groups);
  const extra = items.length % groups;
  const out: T[][] = [];
  let at = 0;
  for (let g = 0; g < groups; g++) {
    const n = base + (g < extra ? 1 : 0);
    out.push(items.slice(at, at + n));
    at += n;
  }
  return out;
}
