import { describe, expect, it } from 'vitest';
import type { Choice, Reply } from '../../../lambdas/core/conversation/messages';
import { choiceProblems } from '../../../lambdas/channels/whatsapp/choices';
import { renderReply } from '../../../lambdas/channels/whatsapp/outbound';
import type { OutboundList, OutboundMessage } from '../../../lambdas/channels/whatsapp/outbound-types';
import { makeExpectValid } from './helpers/expect-valid';

const expectValid = makeExpectValid();
const TO = '16505551234';
const OPTS = { listButtonLabel: 'Options' };
const render = (reply: Reply, opts = OPTS): OutboundMessage[] => {
  const out = renderReply(reply, TO, opts);
  expectValid(out);
  return out;
};
const choices = (n: number, title = (i: number) => `Option ${i + 1}`): Choice[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, title: title(i) }));
const lists = (out: OutboundMessage[]): OutboundList['interactive'][] =>
  out.flatMap((m) => (m.type === 'interactive' && m.interactive.type === 'list' ? [m.interactive] : []));
const texts = (out: OutboundMessage[]): string[] => out.flatMap((m) => (m.type === 'text' ? [m.text.body] : []));

describe('renderReply: text', () => {
  it('sends a short text as one text message', () => {
    expect(render({ text: 'Welcome to Pathways.' })).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: TO, type: 'text', text: { body: 'Welcome to Pathways.' } },
    ]);
  });

  it('splits text over 4096 at sentence ends', () => {
    const sentence = 'Your rights at work do not depend on your papers. ';
    const out = render({ text: sentence.repeat(200) });
    expect(out.length).toBe(3);
    expect(texts(out).every((t) => t.endsWith('papers.'))).toBe(true);
  });

  it('sends nothing for a blank text', () => {
    expect(render({ text: '  \n ' })).toEqual([]);
  });
});

describe('renderReply: buttons', () => {
  it('uses reply buttons for 1–3 short titles, dropping descriptions', () => {
    const out = render({ text: 'Continue?', choices: [{ id: 'yes', title: 'Yes', description: 'ignored' }, { id: 'no', title: 'No' }] });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Continue?' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
            { type: 'reply', reply: { id: 'no', title: 'No' } },
          ],
        },
      },
    });
  });

  it('accepts a title of exactly 20 in any script', () => {
    const out = render({ text: 'ኣየናይ?', choices: [{ id: 'a', title: 'ሀ'.repeat(20) }] });
    expect(out[0]).toMatchObject({ interactive: { type: 'button' } });
  });

  it('switches to a list when a title exceeds 20 or titles repeat', () => {
    expect(lists(render({ text: 'x', choices: choices(2, (i) => (i ? 'A title of 21 chars..' : 'Ok')) }))).toHaveLength(1);
    expect(lists(render({ text: 'x', choices: [{ id: 'a', title: 'Same' }, { id: 'b', title: 'same' }] }))).toHaveLength(1);
  });

  it('uses "…" as body when the reply text is blank', () => {
    expect(render({ text: ' ', choices: choices(1) })[0]).toMatchObject({ interactive: { body: { text: '…' } } });
  });
});

describe('renderReply: lists', () => {
  it('uses one section, the reply label, and keeps short rows as they are', () => {
    const reply: Reply = { text: 'Choose a topic', choicesLabel: 'Topics', choices: choices(4) };
    const [list] = lists(render(reply));
    expect(list?.action.button).toBe('Topics');
    expect(list?.action.sections).toEqual([{ rows: choices(4) }]);
  });

  it('falls back to the configured label and shortens a long one', () => {
    expect(lists(render({ text: 'x', choices: choices(4) }))[0]?.action.button).toBe('Options');
    const long = { text: 'x', choicesLabel: 'Choose one of these options', choices: choices(4) };
    expect(lists(render(long))[0]?.action.button).toBe('Choose one of these…');
  });

  it('shortens a long row title at a word and moves the full title into the description', () => {
    const reply: Reply = {
      text: 'x',
      choices: [
        { id: 'area:work', title: 'Work permits and labour mobility', description: 'Jobs abroad' },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C' },
        { id: 'd', title: 'D' },
      ],
    };
    const row = lists(render(reply))[0]?.action.sections[0]?.rows[0];
    expect(row).toEqual({
      id: 'area:work',
      title: 'Work permits and labour…',
      description: 'Work permits and labour mobility · Jobs abroad',
    });
  });

  it('splits more than 10 choices evenly over several lists, the later ones with "…" as body', () => {
    const out = render({ text: 'Pick your country', choices: choices(12) });
    const ls = lists(out);
    expect(ls.map((l) => l.action.sections[0]?.rows.length)).toEqual([6, 6]);
    expect(ls.map((l) => l.body.text)).toEqual(['Pick your country', '…']);
    expect(ls.flatMap((l) => l.action.sections[0]?.rows.map((r) => r.id))).toEqual(choices(12).map((c) => c.id));
    expect(lists(render({ text: 'x', choices: choices(25) })).map((l) => l.action.sections[0]?.rows.length)).toEqual([9, 8, 8]);
  });
});

describe('renderReply: long interactive body', () => {
  it('sends the leading text first and keeps the last part (≤ 1024) with the choices', () => {
    const para = 'This paragraph explains a step of the process in some detail. '.repeat(10).trim();
    const text = [para, para, para].join('\n\n');
    const out = render({ text, choices: choices(2) });
    expect(out.map((m) => m.type)).toEqual(['text', 'interactive']);
    const last = out[1];
    const body = last?.type === 'interactive' ? last.interactive.body.text : '';
    expect(body.length).toBeLessThanOrEqual(1024);
    expect(`${texts(out)[0]} ${body}`.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('renderReply: choices that cannot be interactive', () => {
  it.each([
    ['duplicate ids', [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }]],
    ['an id over 200', [{ id: 'x'.repeat(201), title: 'A' }]],
    ['an empty id', [{ id: '', title: 'A' }]],
    ['an id with outer spaces', [{ id: ' a', title: 'A' }]],
    ['a blank title', [{ id: 'a', title: ' \n' }]],
  ])('falls back to numbered text for %s', (_, cs) => {
    const out = render({ text: 'Pick one', choices: cs });
    expect(out.every((m) => m.type === 'text')).toBe(true);
    expect(texts(out)[0]).toMatch(/^Pick one\n\n1\./);
    expect(choiceProblems(cs)).toHaveLength(1);
  });

  it('describes problems without content', () => {
    expect(choiceProblems([{ id: 'secret', title: 'A' }, { id: 'secret', title: 'B' }])).toEqual(['choice 2: duplicate id']);
    expect(choiceProblems(choices(3))).toEqual([]);
  });
});

describe('renderReply: setup errors', () => {
  it('throws for a blank recipient', () => {
    expect(() => renderReply({ text: 'x' }, ' ', OPTS)).toThrow(RangeError);
  });

  it('throws for a blank list label only when a list is needed', () => {
    expect(() => renderReply({ text: 'x', choices: choices(5) }, TO, { listButtonLabel: ' ' })).toThrow(RangeError);
    expect(() => renderReply({ text: 'x', choices: choices(2) }, TO, { listButtonLabel: '' })).not.toThrow();
  });
});
