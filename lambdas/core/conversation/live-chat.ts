import { typedCommand } from '../screening/nav';
import { screeningTranslator } from '../screening/types';
import type { TurnScope } from './deps';
import type { Reply, UserInput } from './messages';
import { CHOICE, mainMenu } from './menus';
import type { ConversationState } from './state';

/**
 * A live chat with an adviser. While one is open the person's written
 * messages go to the adviser (shown in the console), not to the bot, until
 * the adviser ends it or the person writes "menu". The referral holds the
 * truth; `current` is a cheap pointer to it, and `forward` re-checks it.
 */
export interface LiveChatPort {
  /** The reference code of the referral whose chat is open for the person, if any. */
  current(userKey: string): Promise<string | undefined>;
  /**
   * Adds the person's message to the referral's conversation (once per
   * message id, so a re-run turn does not repeat it). `closed` when the
   * chat ended meanwhile: the bot answers instead.
   */
  forward(userKey: string, code: string, message: { id: string; text: string; at: number }): Promise<{ kind: 'forwarded'; adviserOnline: boolean } | { kind: 'closed' }>;
  /** The person goes back to the bot; the adviser sees that they left. */
  leave(userKey: string, code: string, at: number): Promise<void>;
}

/** Things the bot still does itself during a live chat: the person's data rights. */
const BOT_COMMANDS: ReadonlySet<string> = new Set(['privacy.delete', 'privacy.show']);
/** A data-rights command counts only when the match is clear: "see you Monday" must not bring up the data summary. */
const CLEAR_COMMAND = 0.8;
/** Danger is answered by the bot only on a clear match; the adviser reads every message anyway. */
const CLEAR_DANGER = 0.85;

/**
 * One turn while the person may be in a live chat; `undefined` when no chat
 * is open (or the input is for the bot), and the turn goes on as usual.
 * `raw` is the input as the person sent it: a bare "2" is an answer to the
 * adviser, never the second option of an old menu.
 */
export async function liveChatTurn(state: ConversationState, raw: UserInput, scope: TurnScope): Promise<Reply[] | undefined> {
  const port = scope.deps.liveChat;
  if (!port || raw.kind === 'start') return undefined;
  const code = await port.current(scope.who.userKey);
  if (!code) {
    state.liveChat = undefined;
    return undefined;
  }
  const t = screeningTranslator(scope.deps.translator, scope.language);
  if (raw.kind === 'choice') return raw.id === CHOICE.readAdviserReply ? [{ text: t('chat.hint', { code }) }] : undefined;
  if (raw.kind === 'unsupported') return [{ text: t('chat.textOnly') }];
  const now = scope.deps.now();
  if (typedCommand(raw.text, t, ['menu', 'stop'])) {
    await port.leave(scope.who.userKey, code, now);
    state.liveChat = undefined;
    return [{ text: t('chat.youLeft', { code }) }, mainMenu(scope.t)];
  }
  // Everything written reaches the adviser, even what the bot also answers.
  const forwarded = await port.forward(scope.who.userKey, code, { id: raw.messageId ?? scope.deps.newId(), text: raw.text, at: now });
  if (forwarded.kind === 'closed') {
    state.liveChat = undefined;
    return undefined;
  }
  const match = scope.deps.matcher().match(raw.text, { language: scope.language });
  if (match.topic !== null && BOT_COMMANDS.has(match.topic) && match.confidence >= CLEAR_COMMAND) return undefined;
  // Say whether a person is on the line only when that changes, not after every message.
  const presence = forwarded.adviserOnline ? 'online' : 'offline';
  const replies: Reply[] = [];
  if (state.liveChat?.code !== code || state.liveChat.presence !== presence) replies.push({ text: t(presence === 'online' ? 'chat.online' : 'chat.offline') });
  state.liveChat = { code, presence };
  // With nobody on the line, danger gets what to do now at once.
  if (presence === 'offline' && match.area === 'safety' && match.confidence >= CLEAR_DANGER) replies.push({ text: scope.ns('safety')('urgent') });
  return replies;
}
