import { measure, WHATSAPP_LIMITS as L } from '../../../../lambdas/channels/whatsapp/limits';
import type { GraphMessage } from '../../../../lambdas/channels/whatsapp/outbound-types';
import { LANGUAGES } from '../../../../lambdas/core/languages';

/**
 * Every limit from Meta's documentation that the spec does not enforce (or
 * enforces differently), checked field by field. Returns the violations.
 */
export function limitViolations(m: GraphMessage): string[] {
  const v: string[] = [];
  const check = (what: string, text: string, max: number): void => {
    if (text.trim() === '') v.push(`${what} is blank`);
    if (measure(text) > max) v.push(`${what} is ${measure(text)} > ${max}`);
    if (text !== text.trim() && what.endsWith('id')) v.push(`${what} has outer whitespace`);
  };
  if (m.messaging_product !== 'whatsapp' || m.recipient_type !== 'individual' || m.to === '') v.push('bad envelope');
  if (m.type === 'text') {
    check('text body', m.text.body, L.textBody);
    return v;
  }
  if (m.type === 'template') {
    const t = m.template;
    if (!/^[a-z0-9_]{1,512}$/.test(t.name)) v.push(`template name ${t.name}`);
    if (!LANGUAGES.some((l) => l.whatsappTemplate === t.language.code)) v.push(`template language ${t.language.code} is not one we have approved texts in`);
    for (const c of t.components) {
      if (c.type === 'body') c.parameters.forEach((p, n) => check(`body parameter ${n}`, p.text, L.interactiveBody));
      else c.parameters.forEach((p, n) => check(`button payload ${n} id`, p.payload, L.buttonId));
    }
    return v;
  }
  const i = m.interactive;
  check('interactive body', i.body.text, L.interactiveBody);
  if (i.type === 'button') {
    const buttons = i.action.buttons;
    if (buttons.length < 1 || buttons.length > L.maxButtons) v.push(`${buttons.length} buttons`);
    buttons.forEach((b, n) => {
      check(`button ${n} title`, b.reply.title, L.buttonTitle);
      check(`button ${n} id`, b.reply.id, L.buttonId);
    });
    const titles = new Set(buttons.map((b) => b.reply.title));
    if (titles.size !== buttons.length) v.push('button titles not unique');
    if (new Set(buttons.map((b) => b.reply.id)).size !== buttons.length) v.push('button ids not unique');
    return v;
  }
  check('list button label', i.action.button, L.listButtonLabel);
  const rows = i.action.sections.flatMap((s) => s.rows);
  if (rows.length < 1 || rows.length > L.listRowsTotal) v.push(`${rows.length} rows in total`);
  if (i.action.sections.length > 1 && i.action.sections.some((s) => !s.title)) v.push('multi-section list needs titles');
  i.action.sections.forEach((s, n) => s.title !== undefined && check(`section ${n} title`, s.title, L.sectionTitle));
  rows.forEach((r, n) => {
    check(`row ${n} title`, r.title, L.rowTitle);
    check(`row ${n} id`, r.id, L.rowId);
    if (r.description !== undefined) check(`row ${n} description`, r.description, L.rowDescription);
  });
  if (new Set(rows.map((r) => r.id)).size !== rows.length) v.push('row ids not unique');
  return v;
}
