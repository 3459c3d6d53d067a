import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../lambdas/channels/whatsapp/outbound';
import type { OutboundMessage } from '../../../lambdas/channels/whatsapp/outbound-types';
import { oneLine } from '../../../lambdas/channels/whatsapp/truncate';
import { choices, shortText, text } from './helpers/arbitraries';
import { makeExpectValid } from './helpers/expect-valid';
import { expectLosslessSplit } from './helpers/split-check';

const expectValid = makeExpectValid();
const TO = '16505551234';

/** The text carried by the messages: text bodies, then the first interactive body (later ones are "…"). */
function carriedText(out: readonly OutboundMessage[]): string[] {
  const parts = out.flatMap((m) => (m.type === 'text' ? [m.text.body] : []));
  const first = out.find((m) => m.type === 'interactive');
  if (first?.type === 'interactive') parts.push(first.interactive.body.text);
  return parts;
}

describe('renderReply properties', () => {
  it('plain text: every message valid and within limits, nothing lost, no mid-word cuts', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = renderReply({ text: t }, TO, { listButtonLabel: 'Options' });
        expectValid(out);
        expectLosslessSplit(t, carriedText(out), () => 4096);
      }),
      { numRuns: 60 },
    );
  });

  it('with 1–25 choices: valid, within limits, all choices offered once in order, text kept', () => {
    fc.assert(
      fc.property(text, choices, fc.option(shortText), shortText, (t, cs, label, fallbackLabel) => {
        fc.pre(oneLine(fallbackLabel) !== '');
        const reply = { text: t, choices: cs, ...(label === null ? {} : { choicesLabel: label }) };
        const out = renderReply(reply, TO, { listButtonLabel: fallbackLabel });
        expectValid(out);

        const interactive = out.filter((m) => m.type === 'interactive');
        expect(interactive.length).toBeGreaterThanOrEqual(1);
        const offered = interactive.flatMap((m) =>
          m.interactive.type === 'button'
            ? m.interactive.action.buttons.map((b) => b.reply.id)
            : m.interactive.action.sections.flatMap((s) => s.rows.map((r) => r.id)),
        );
        expect(offered).toEqual(cs.map((c) => c.id));
        if (cs.length > 3) expect(interactive).toHaveLength(Math.ceil(cs.length / 10));

        for (const m of interactive) {
          if (m.interactive.type !== 'list') continue;
          for (const row of m.interactive.action.sections.flatMap((s) => s.rows)) {
            const full = oneLine(cs.find((c) => c.id === row.id)?.title ?? '');
            if (row.title !== full) {
              expect(row.title.endsWith('…')).toBe(true);
              expect((row.description ?? '').replace(/…$/u, '').length).toBeGreaterThan(0);
              expect(full.startsWith((row.description ?? '').replace(/…$/u, '').split(' · ')[0] ?? '')).toBe(true);
            }
          }
        }

        const carried = carriedText(out);
        if (t.trim() === '') {
          expect(carried).toEqual(['…']);
        } else {
          expectLosslessSplit(t, carried, (i) => (i === carried.length - 1 ? 1024 : 4096));
        }
      }),
      { numRuns: 80 },
    );
  });
});
