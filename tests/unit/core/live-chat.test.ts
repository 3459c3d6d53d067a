import { beforeAll, describe, expect, it } from 'vitest';
import type { Who } from '../../../lambdas/core/conversation/deps';
import { respond, type TurnDeps } from '../../../lambdas/core/conversation/engine';
import type { LiveChatPort } from '../../../lambdas/core/conversation/live-chat';
import type { UserInput } from '../../../lambdas/core/conversation/messages';
import { CHOICE } from '../../../lambdas/core/conversation/menus';
import { LIVE_CHAT_RATE_LIMIT_PER_MINUTE, RATE_LIMIT_PER_MINUTE } from '../../../lambdas/core/conversation/rate-limit';
import { newState, type ConversationState } from '../../../lambdas/core/conversation/state';
import type { LanguageCode } from '../../../lambdas/core/languages';
import { realTurnDeps } from '../../support/content';

/** A live chat held in memory: which referral is open, what reached the adviser, and whether the adviser is online. */
class MemoryLiveChat implements LiveChatPort {
  open: string | undefined = 'PW-7K3Q9';
  online = true;
  forwarded: { code: string; id: string; text: string }[] = [];
  left: string[] = [];
  async current() {
    return this.open;
  }
  async forward(_userKey: string, code: string, message: { id: string; text: string }) {
    if (this.open !== code) return { kind: 'closed' as const };
    if (!this.forwarded.some((m) => m.id === message.id)) this.forwarded.push({ code, id: message.id, text: message.text });
    return { kind: 'forwarded' as const, adviserOnline: this.online };
  }
  async leave(_userKey: string, code: string) {
    this.left.push(code);
    this.open = undefined;
  }
}

let base: TurnDeps;
beforeAll(async () => {
  base = await realTurnDeps();
});

const who: Who = { channel: 'whatsapp', userKey: 'U#person', contact: '447700900123' };

function setup(language: LanguageCode = 'en') {
  const chat = new MemoryLiveChat();
  const deps: TurnDeps = { ...base, liveChat: chat };
  // Someone who made a referral and has seen the menu (so "2" would pick its second option if it went to the bot).
  let state: ConversationState = { ...newState(), language, referred: true, privacyNoticeShown: true, noticeShownFor: [language], offered: ['area:pathways', 'area:rights', 'area:ctd'] };
  const s = (key: string, options?: Record<string, string>) => deps.translator.forLanguage(language, 'screening')(key, options);
  const say = async (input: UserInput) => {
    const result = await respond(state, input, deps, who);
    state = result.state;
    return result.replies.map((r) => r.text);
  };
  return { chat, deps, say, s, state: () => state };
}

describe('live chat with an adviser', () => {
  it('passes what the person writes to the adviser, not to the bot, saying once that a person is on the line', async () => {
    const { chat, say, s } = setup();
    expect(await say({ kind: 'text', text: 'Hello, I am free after 5pm', messageId: 'wamid.1' })).toEqual([s('chat.online')]);
    // A bare number is an answer for the adviser, never the second option of the old menu.
    expect(await say({ kind: 'text', text: '2', messageId: 'wamid.2' })).toEqual([]);
    expect(chat.forwarded).toEqual([
      { code: 'PW-7K3Q9', id: 'wamid.1', text: 'Hello, I am free after 5pm' },
      { code: 'PW-7K3Q9', id: 'wamid.2', text: '2' },
    ]);
  });

  it('says when the adviser is not online, and again when they are back', async () => {
    const { chat, say, s } = setup('ar');
    chat.online = false;
    expect(await say({ kind: 'text', text: 'مرحبا', messageId: 'w1' })).toEqual([s('chat.offline')]);
    expect(await say({ kind: 'text', text: 'هل أنت هنا؟', messageId: 'w2' })).toEqual([]);
    chat.online = true;
    expect(await say({ kind: 'text', text: 'شكرا', messageId: 'w3' })).toEqual([s('chat.online')]);
  });

  it('"menu" (in the person’s language) leaves the chat and shows the menu; afterwards the bot answers again', async () => {
    const { chat, say, s, deps } = setup('ar');
    const texts = await say({ kind: 'text', text: 'القائمة' });
    expect(texts[0]).toBe(s('chat.youLeft', { code: 'PW-7K3Q9' }));
    expect(texts.at(-1)).toBe(deps.translator.forLanguage('ar')('menu.prompt'));
    expect(chat.left).toEqual(['PW-7K3Q9']);
    expect(chat.forwarded).toEqual([]);
    expect(await say({ kind: 'text', text: '2' })).toContain(deps.translator.forLanguage('ar', 'nav')('areaPrompt', { area: deps.translator.forLanguage('ar')('menu.rights') }));
  });

  it('keeps the bot for the person’s data rights: "delete my data" is answered by the bot (and the adviser sees it too)', async () => {
    const { chat, say, deps } = setup();
    const texts = await say({ kind: 'text', text: 'delete my data', messageId: 'd1' });
    expect(texts).toEqual([deps.translator.forLanguage('en', 'privacy')('eraseConfirm')]);
    expect(chat.forwarded.map((m) => m.text)).toEqual(['delete my data']);
  });

  it('only a clear command is taken from the adviser’s conversation: "see you Monday" is just a message', async () => {
    const { chat, say, s } = setup();
    expect(await say({ kind: 'text', text: 'ok see you monday', messageId: 'd2' })).toEqual([s('chat.online')]);
    expect(chat.forwarded.map((m) => m.text)).toEqual(['ok see you monday']);
  });

  it('with the adviser away, clear danger is answered at once with what to do now (and passed on)', async () => {
    const { chat, say, deps, s } = setup();
    chat.online = false;
    const texts = await say({ kind: 'text', text: 'my employer took my passport and locks me in', messageId: 'w9' });
    expect(chat.forwarded.map((m) => m.id)).toEqual(['w9']);
    expect(texts).toEqual([s('chat.offline'), deps.translator.forLanguage('en', 'safety')('urgent')]);
  });

  it('with the adviser on the line, the bot does not talk over them, whatever the matcher thinks', async () => {
    const { chat, say, s } = setup();
    expect(await say({ kind: 'text', text: 'Yes, I am at my cousin’s house', messageId: 'c1' })).toEqual([s('chat.online')]);
    expect(await say({ kind: 'text', text: 'my employer took my passport and locks me in', messageId: 'c2' })).toEqual([]);
    expect(chat.forwarded).toHaveLength(2);
  });

  it('explains that only written messages reach the adviser, and keeps bot buttons working', async () => {
    const { chat, say, s, deps } = setup();
    expect(await say({ kind: 'unsupported', what: 'voice' })).toEqual([s('chat.textOnly')]);
    const area = await say({ kind: 'choice', id: 'area:rights' });
    expect(area[0]).toBe(deps.translator.forLanguage('en', 'nav')('areaPrompt', { area: deps.translator.forLanguage('en')('menu.rights') }));
    expect(chat.forwarded).toEqual([]);
    expect(await say({ kind: 'choice', id: CHOICE.readAdviserReply })).toEqual([s('chat.hint', { code: 'PW-7K3Q9' })]);
  });

  it('when the adviser has ended the chat, the bot answers as usual', async () => {
    const { chat, say, s, state, deps } = setup();
    await say({ kind: 'text', text: 'hi', messageId: 'a' });
    expect(state().liveChat).toEqual({ code: 'PW-7K3Q9', presence: 'online' });
    chat.open = undefined;
    const texts = await say({ kind: 'text', text: 'who pays the recruitment fee', messageId: 'b' });
    expect(texts).not.toContain(s('chat.online'));
    expect(texts[0]).toMatch(/recruit/i);
    expect(state().liveChat).toBeUndefined();
    // The template's button with no chat open leads to the menu.
    const tapped = await say({ kind: 'choice', id: CHOICE.readAdviserReply });
    expect(tapped.at(-1)).toBe(deps.translator.forLanguage('en')('menu.prompt'));
  });

  it('does not look for a chat at all for someone who never made a referral', async () => {
    const { chat, deps } = setup();
    let asked = 0;
    const counting: TurnDeps = { ...deps, liveChat: { ...chat, current: async () => (asked++, 'PW-7K3Q9'), forward: chat.forward.bind(chat), leave: chat.leave.bind(chat) } };
    const state = { ...newState(), language: 'en' as const, privacyNoticeShown: true, noticeShownFor: ['en' as const] };
    await respond(state, { kind: 'text', text: 'hello' }, counting, who);
    expect(asked).toBe(0);
    expect(chat.forwarded).toEqual([]);
  });

  it('passes on a burst of short messages that the bot’s own flood control would cut off, up to the live-chat limit', async () => {
    const { chat, say, deps } = setup();
    const slowDown = deps.translator.forLanguage('en', 'privacy')('slowDown');
    const replies: string[][] = [];
    for (let i = 1; i <= LIVE_CHAT_RATE_LIMIT_PER_MINUTE + 2; i++) replies.push(await say({ kind: 'text', text: `part ${i}`, messageId: `w${i}` }));
    // All within one minute: well past the bot's limit, every message up to the live-chat limit reached the adviser.
    expect(RATE_LIMIT_PER_MINUTE).toBeLessThan(LIVE_CHAT_RATE_LIMIT_PER_MINUTE);
    expect(chat.forwarded.map((m) => m.id)).toEqual(Array.from({ length: LIVE_CHAT_RATE_LIMIT_PER_MINUTE }, (_, i) => `w${i + 1}`));
    expect(replies.flat().filter((r) => r === slowDown)).toHaveLength(1);
    expect(replies.at(-2)).toEqual([slowDown]);
    expect(replies.at(-1)).toEqual([]);
  });
});
