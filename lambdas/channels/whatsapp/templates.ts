import templates from '../../../content/whatsapp/templates.json';
import { CHOICE } from '../../core/conversation/menus';
import { DEFAULT_LANGUAGE, isLanguageCode, languageOf } from '../../core/languages';
import type { OutboundTemplate } from './outbound-types';

/** The template name shipped in content; a deployment may have had it approved under another name. */
export const DEFAULT_ADVISER_TEMPLATE = templates.adviserReply.name;

/** Meta's code for the person's language, or English where Meta has no templates in it. */
export function templateLanguage(language: string | undefined): string {
  const code = isLanguageCode(language) ? language : DEFAULT_LANGUAGE;
  return languageOf(code).whatsappTemplate ?? 'en';
}

/**
 * "Your adviser has replied about your request PW-…": sent when an
 * adviser's message waits and the window is closed. Its one button answers
 * with {@link CHOICE.readAdviserReply}, and that message reopens the window.
 */
export function adviserReplyTemplate(to: string, options: { name: string; language: string | undefined; code: string }): OutboundTemplate {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: {
      name: options.name,
      language: { code: templateLanguage(options.language), policy: 'deterministic' },
      components: [
        { type: 'body', parameters: [{ type: 'text', text: options.code }] },
        { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: CHOICE.readAdviserReply }] },
      ],
    },
  };
}
