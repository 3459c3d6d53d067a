import { beforeAll, describe, expect, it } from 'vitest';
import { respond, type TurnDeps } from '../../../lambdas/core/conversation/engine';
import type { Reply, UserInput } from '../../../lambdas/core/conversation/messages';
import { newState, type ConversationState } from '../../../lambdas/core/conversation/state';
import { realTurnDeps } from '../../support/content';

let deps: TurnDeps;
beforeAll(async () => {
  deps = await realTurnDeps();
});

/** Runs a script of user inputs and returns the state and every reply of the last turn. */
function converse(inputs: UserInput[], start: ConversationState = newState()) {
  let state = start;
  let replies: Reply[] = [];
  for (const input of inputs) ({ state, replies } = respond(state, input, deps));
  return { state, replies };
}

const en = (key: string, options?: Record<string, string>) => deps.translator.forLanguage('en')(key, options);
const ar = (key: string) => deps.translator.forLanguage('ar')(key);

describe('conversation script', () => {
  it('greets a newcomer and asks for a language before anything else', () => {
    const { replies, state } = converse([{ kind: 'start' }]);
    expect(replies.map((r) => r.text)).toEqual([en('welcome'), en('chooseLanguage')]);
    expect(replies[1]?.choices?.map((c) => c.id)).toContain('lang:ar');
    expect(state.language).toBeUndefined();
  });

  it('remembers the chosen language and shows the main menu in it, with the machine-translation notice once', () => {
    const { replies, state } = converse([{ kind: 'start' }, { kind: 'choice', id: 'lang:ar' }]);
    expect(state.language).toBe('ar');
    expect(replies.map((r) => r.text)).toEqual([ar('languageSet'), ar('machineNotice'), ar('menu.prompt')]);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual([
      'area:pathways', 'area:rights', 'area:ctd', 'area:predeparture', 'adviser', 'language',
    ]);
    const again = respond(state, { kind: 'choice', id: 'menu' }, deps);
    expect(again.replies.map((r) => r.text)).not.toContain(ar('machineNotice'));
  });

  it('answers a number typed in Arabic-Indic digits as the matching option', () => {
    const { state } = converse([{ kind: 'start', language: 'en' }]);
    const { replies } = respond(state, { kind: 'text', text: '٣' }, deps);
    expect(replies[0]?.text).toBe(en('placeholder', { area: en('menu.ctd') }));
  });

  it('starts in the language a helper link names and skips the language question', () => {
    const { replies, state } = converse([{ kind: 'start', language: 'ar' }]);
    expect(state.language).toBe('ar');
    expect(replies.at(-1)?.text).toBe(ar('menu.prompt'));
  });

  it('ignores a link language that is not one of ours', () => {
    const { state, replies } = converse([{ kind: 'start', language: 'xx' }]);
    expect(state.language).toBeUndefined();
    expect(replies.at(-1)?.text).toBe(en('chooseLanguage'));
  });

  it('replies politely to things it cannot read and offers the menu', () => {
    const { replies } = converse([{ kind: 'start', language: 'en' }, { kind: 'unsupported', what: 'image' }]);
    expect(replies[0]?.text).toBe(en('unsupported'));
    expect(replies.at(-1)?.choices?.length).toBe(6);
  });

  it('offers the language picker from the menu and switches language', () => {
    const { replies, state } = converse([
      { kind: 'start', language: 'ar' },
      { kind: 'choice', id: 'language' },
      { kind: 'choice', id: 'lang:en' },
    ]);
    expect(state.language).toBe('en');
    expect(replies[0]?.text).toBe(en('languageSet'));
  });

  it('does not mutate the previous state', () => {
    const before = newState();
    respond(before, { kind: 'choice', id: 'lang:en' }, deps);
    expect(before).toEqual(newState());
  });
});
