import { describe, expect, it } from 'vitest';
import { WHATSAPP_LIMITS as L } from '../../../lambdas/channels/whatsapp/limits';
import type { OutboundList } from '../../../lambdas/channels/whatsapp/outbound-types';
import { fixtureJson, fixtureNames } from './helpers/fixtures';
import { limitViolations } from './helpers/limits-check';
import {
  BROKEN_INDEX_PATTERN,
  fixAllOfAdditionalProperties,
  fixTemplateButtonIndex,
  isObject,
  loadSchemas,
  loadSpec,
  schemaAt,
  validatorFor,
  type Json,
} from './helpers/meta-spec';

const schemas = loadSchemas();
const fixed = fixAllOfAdditionalProperties(schemas);
const validateFixed = validatorFor(fixed.schemas, 'Message');

/** Every `examples: { Title: { value } }` map in the spec, flattened to title → values. */
function specExamples(): Map<string, Json[]> {
  const found = new Map<string, Json[]>();
  const walk = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    const examples = node.examples;
    if (isObject(examples)) {
      for (const [title, ex] of Object.entries(examples)) {
        if (isObject(ex) && ex.value !== undefined) found.set(title, [...(found.get(title) ?? []), ex.value]);
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(loadSpec());
  return found;
}

const kebab = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

describe('fixtures are what the spec publishes', () => {
  const byKebab = new Map([...specExamples()].map(([title, values]) => [kebab(title), values]));
  it.each([...fixtureNames('webhook-'), ...fixtureNames('outbound-')])('%s deep-equals its spec example', (name) => {
    const key = name.replace(/^(webhook|outbound)-/, '').replace(/\.json$/, '');
    expect(byKebab.get(key)).toContainEqual(fixtureJson(name));
  });
});

describe('spec defect: allOf + additionalProperties:false (see PROVENANCE.md)', () => {
  it("makes the unmodified spec reject Meta's own valid text example (remove the workaround once this fails)", () => {
    const validateRaw = validatorFor(schemas, 'Message');
    expect(validateRaw(fixtureJson('outbound-send-text-message.json'))).toBe(false);
  });

  it('template button index: the stated pattern rejects the "0" of Meta’s own template example (remove the workaround once this fails)', () => {
    const template = fixtureJson('outbound-send-message-template-interactive.json') as { template: { components: { index?: string }[] } };
    expect(template.template.components.map((c) => c.index).filter(Boolean)).toEqual(['0', '1']);
    expect(schemaAt(schemas, 'TemplateComponent/properties/index')).toMatchObject({ pattern: BROKEN_INDEX_PATTERN });
    expect(new RegExp(BROKEN_INDEX_PATTERN).test('0')).toBe(false);
    const copy = structuredClone(schemas);
    expect(fixTemplateButtonIndex(copy)).toEqual(['#/components/schemas/TemplateComponent/properties/index', '#/components/schemas/ButtonComponent/allOf/1/properties/index']);
  });

  it('is worked around on the send schemas only', () => {
    expect(fixed.fixed).toContain('#/components/schemas/TextMessage');
    expect(fixed.fixed).toContain('#/components/schemas/InteractiveMessage');
  });

  it.each([
    'outbound-send-text-message.json',
    'outbound-send-reply-button.json',
    'outbound-send-list-message.json',
    'outbound-send-reply-to-text-message.json',
    'outbound-send-reply-with-reaction-message.json',
  ])('the fixed schema accepts %s', (name) => {
    expect(validateFixed(fixtureJson(name)), JSON.stringify(validateFixed.errors)).toBe(true);
  });

  const text = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '1', type: 'text', text: { body: 'hi' } };
  const button = (title: string) => ({ type: 'reply', reply: { id: 'a', title } });
  const interactive = (action: unknown) => ({ ...text, type: 'interactive', text: undefined, interactive: { type: 'button', body: { text: 'b' }, action } });
  it.each([
    ['an unknown top-level key', { ...text, bodyy: 'x' }],
    ['a missing recipient', { ...text, to: undefined }],
    ['an unknown text key', { ...text, text: { body: 'hi', extra: 1 } }],
    ['4 buttons', interactive({ buttons: [button('a'), button('b'), button('c'), button('d')] })],
    ['a 21-character button title', interactive({ buttons: [button('x'.repeat(21))] })],
  ])('the fixed schema still rejects %s', (_, payload) => {
    expect(validateFixed(JSON.parse(JSON.stringify(payload)))).toBe(false);
  });
});

describe('spec defect: list rows per section vs in total', () => {
  it('the spec accepts 11 rows over two sections; our limits check does not', () => {
    const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ id: `r${from + i}`, title: `Row ${from + i}` }));
    const list: OutboundList = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '1',
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'b' },
        action: { button: 'Open', sections: [{ title: 'A', rows: rows(6, 0) }, { title: 'B', rows: rows(5, 6) }] },
      },
    };
    expect(validateFixed(list)).toBe(true);
    expect(limitViolations(list)).toEqual(['11 rows in total']);
  });
});

describe('limits.ts agrees with every limit the spec states', () => {
  it.each([
    ['ActionObject/oneOf/1/properties/buttons/items/properties/reply/properties/title/maxLength', L.buttonTitle],
    ['ActionObject/oneOf/1/properties/buttons/items/properties/reply/properties/id/maxLength', L.buttonId],
    ['ActionObject/oneOf/1/properties/buttons/maxItems', L.maxButtons],
    ['ActionObject/oneOf/0/properties/button/maxLength', L.listButtonLabel],
    ['SectionObject/properties/rows/maxItems', L.listRowsTotal],
    ['SectionObject/properties/rows/items/properties/title/maxLength', L.rowTitle],
    ['SectionObject/properties/rows/items/properties/description/maxLength', L.rowDescription],
    ['SectionObject/properties/rows/items/properties/id/maxLength', L.rowId],
    ['SectionObject/properties/title/maxLength', L.sectionTitle],
    ['BodyObject/properties/text/maxLength', L.interactiveBody],
    ['HeaderObject/properties/text/maxLength', L.header],
    ['FooterObject/properties/text/maxLength', L.footer],
    ['TextMessage_1/properties/body/maxLength', L.textBody],
  ])('%s = %i', (path, limit) => {
    expect(schemaAt(schemas, path)).toBe(limit);
  });

  it('the send text schema itself has no 4096 limit (known gap; enforced by limits.ts)', () => {
    expect(schemaAt(schemas, 'TextMessage/allOf/1/properties/text/properties/body/maxLength')).toBeUndefined();
  });
});
