import * as z from 'zod';

/**
 * Screening as data (content/pathways/*.yaml): the questions, the routes a
 * person can be referred to, and the organisations that take referrals. The
 * content build validates the files against these schemas and compiles them
 * into the bundle, so the flow never parses YAML at run time.
 */

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and -');
const questionId = z.string().regex(/^[a-z][A-Za-z]*$/, 'expected camelCase letters');
const country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');

/** Ask a question only when an earlier answer allows it. */
const askIf = z
  .object({ question: questionId, in: z.array(z.string()).min(1).optional(), notIn: z.array(z.string()).min(1).optional(), answered: z.literal(true).optional() })
  .strict();

const common = {
  id: questionId,
  /** Short English label for advisers (the console); people see `q.<id>.prompt` in their language. */
  label: z.string().min(2).max(60),
  skippable: z.boolean().default(false),
  askIf: askIf.optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...common,
      type: z.literal('choice'),
      /** Fixed choices; their titles are `q.<id>.choices.<choice>` in the screening namespace. */
      choices: z.array(slug).min(2).max(10).optional(),
      /** Choices computed from the ISCO-08 structure instead of listed here. */
      isco: z.union([z.literal('major'), z.object({ subMajorOf: questionId }).strict()]).optional(),
    })
    .strict()
    .refine((q) => Boolean(q.choices) !== Boolean(q.isco), 'a choice question has either choices or isco, not both'),
  z.object({ ...common, type: z.literal('number'), min: z.number().int(), max: z.number().int() }).strict().refine((q) => q.min < q.max, 'min must be below max'),
  z.object({ ...common, type: z.literal('text'), maxLength: z.number().int().min(1).max(200).default(80) }).strict(),
]);

export type Question = z.infer<typeof questionSchema>;

/** One criterion of a route: a prerequisite for a useful conversation with an adviser, never a programme rule. */
export const ruleSchema = z
  .object({
    /** Also the key of its explanation: `criteria.<id>.met` / `criteria.<id>.missed`. */
    id: slug,
    question: questionId,
    in: z.array(z.string()).min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Next steps suggested when this criterion is not met (ids in `nextSteps`). */
    ifMissed: z.array(slug).default([]),
  })
  .strict()
  .refine((r) => r.in !== undefined || r.min !== undefined || r.max !== undefined, 'a rule needs in, min or max');

export type Rule = z.infer<typeof ruleSchema>;

export const routeSchema = z
  .object({
    id: slug,
    /** English name for advisers; people see `route.<id>` in their language. */
    name: z.string().min(3),
    organisations: z.array(slug).min(1),
    /** Countries of residence covered; `*` for any. */
    countries: z.union([z.literal('*'), z.array(country).min(1)]),
    languages: z.array(z.string()).min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

export type Route = z.infer<typeof routeSchema>;

export const nextStepSchema = z
  .object({
    id: slug,
    /** A topic the person can open from the suggestion (`topic:<id>` choice). */
    topic: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/).optional(),
  })
  .strict();

export const routesFileSchema = z
  .object({
    /** Version of the consent notice text; stored with every consent. Bump it when `consent.*` strings change. */
    noticeVersion: z.string().min(1),
    routes: z.array(routeSchema).min(1),
    nextSteps: z.array(nextStepSchema).min(1),
    /** Next steps offered to everyone who is not referred. */
    alwaysSuggest: z.array(slug).default([]),
  })
  .strict();

export const organisationSchema = z
  .object({
    id: slug,
    name: z.string().min(3),
    countries: z.union([z.literal('*'), z.array(country).min(1)]),
    languages: z.array(z.string()).min(1),
    notifyEmail: z.email(),
    /** Takes urgent (safety) referrals. */
    urgent: z.boolean().default(false),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;

export const organisationsFileSchema = z.object({ default: slug, organisations: z.array(organisationSchema).min(1) }).strict();

export const questionsFileSchema = z.object({ questions: z.array(questionSchema).min(1) }).strict();

/** Everything the screening flow reads from content, as compiled into the bundle. */
export interface PathwaysCatalogue {
  noticeVersion: string;
  questions: Question[];
  routes: Route[];
  nextSteps: z.infer<typeof nextStepSchema>[];
  alwaysSuggest: string[];
  organisations: Organisation[];
  defaultOrganisation: string;
}
