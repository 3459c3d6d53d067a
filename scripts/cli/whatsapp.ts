import templatesFile from '../../content/whatsapp/templates.json';
import { templatesFileSchema } from '../../lambdas/channels/whatsapp/template-catalogue';

/**
 * `whatsapp templates [--name <approved name>]`: prints, one per line, the
 * requests that ask Meta to approve the adviser-reply template in every
 * language we have it in, for `POST https://graph.facebook.com/<version>/<WABA id>/message_templates`
 * (the WhatsApp Business Management API; see docs/whatsapp-templates.md).
 */
export async function run(args: string[]): Promise<number> {
  const [sub, flag, value] = args;
  if (sub !== 'templates' || (flag !== undefined && (flag !== '--name' || !value || !/^[a-z0-9_]{1,512}$/.test(value)))) {
    console.error('usage: npm run -s cli -- whatsapp templates [--name <template name, a-z 0-9 _>]');
    return 2;
  }
  for (const request of templateRequests(value)) console.log(JSON.stringify(request));
  return 0;
}

/** Meta's template creation bodies, one per language, from content/whatsapp/templates.json. */
export function templateRequests(name?: string) {
  const { adviserReply } = templatesFileSchema.parse(templatesFile);
  return Object.entries(adviserReply.languages).map(([language, text]) => ({
    name: name ?? adviserReply.name,
    language,
    category: 'utility',
    components: [
      { type: 'body', text: text.body, example: { body_text: [adviserReply.example] } },
      { type: 'buttons', buttons: [{ type: 'quick_reply', text: text.button }] },
    ],
  }));
}
