import * as z from 'zod';

/**
 * The content model. Topic files live at content/topics/<area>/<slug>/<lang>.md
 * with YAML front matter validated by `topicFrontMatter`; the build compiles
 * them into one JSON bundle so Lambdas never parse files at run time.
 */

/** Information areas (browsable) and command areas (recognised by the matcher). */
export const INFORMATION_AREAS = ['pathways', 'rights', 'ctd', 'predeparture'] as const;
export const COMMAND_AREAS = ['menu', 'adviser', 'safety', 'privacy', 'language'] as const;
export const AREAS = [...INFORMATION_AREAS, ...COMMAND_AREAS] as const;

export type InformationArea = (typeof INFORMATION_AREAS)[number];
export type Area = (typeof AREAS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Official sources only: the check also restricts hosts (see content check). */
export const source = z.object({
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/ }),
  publisher: z.string().min(2),
});

export const topicFrontMatter = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'expected <area>.<slug>'),
    title: z.string().min(3).max(80),
    /** Fits one WhatsApp interactive body with room for buttons. */
    summary: z.string().min(20).max(700),
    keywords: z.array(z.string().min(2)).min(3),
    examples: z.array(z.string().min(3)).min(3),
    sources: z.array(source).min(1),
    reviewed: isoDate,
    reviewBy: isoDate,
    /** `machine`: written by a machine and not yet checked by a person. */
    review: z.enum(['machine', 'human']),
    /** ISO 3166-1 alpha-2 codes; absent means the topic is not country-specific. */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
    related: z.array(z.string()).optional(),
  })
  .strict();

export type TopicFrontMatter = z.infer<typeof topicFrontMatter>;

export interface Topic extends TopicFrontMatter {
  area: InformationArea;
  language: string;
  body: string;
}
