import * as z from 'zod';
import { LANGUAGES } from '../../core/languages';

/**
 * The schema of content/whatsapp/templates.json, checked by the content
 * build and read by the CLI and the simulator. Kept out of the runtime
 * module so the worker does not build it at every cold start.
 */
/** Meta's limits for a template: body text and quick-reply button label. */
export const TEMPLATE_LIMITS = { body: 1024, button: 25 } as const;

const metaCodes = LANGUAGES.flatMap((l) => (l.whatsappTemplate ? [l.whatsappTemplate] : []));

const templateText = z
  .object({
    body: z.string().min(1).max(TEMPLATE_LIMITS.body).refine((b) => b.split('{{1}}').length === 2, 'the body must hold {{1}} exactly once')
      .refine((b) => !b.startsWith('{{') && !b.endsWith('}}'), 'Meta refuses a body that starts or ends with a parameter'),
    button: z.string().min(1).max(TEMPLATE_LIMITS.button),
    review: z.enum(['human', 'machine']),
  })
  .strict();

/** content/whatsapp/templates.json: every template in every language Meta supports for us. */
export const templatesFileSchema = z.object({
  $comment: z.string().optional(),
  adviserReply: z
    .object({
      name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'template names are lower case letters, digits and underscores'),
      category: z.literal('UTILITY'),
      example: z.tuple([z.string()]),
      languages: z.record(z.string(), templateText).refine(
        (languages) => metaCodes.every((code) => code in languages) && Object.keys(languages).every((code) => (metaCodes as readonly string[]).includes(code)),
        `translations are needed for exactly these template languages: ${metaCodes.join(', ')}`,
      ),
    })
    .strict(),
});

export type TemplatesFile = z.infer<typeof templatesFileSchema>;

