import * as z from 'zod';

/**
 * Command intents (greeting, help, adviser, safety, privacy, language, trust,
 * offer check): phrases per language in content/intents/<lang>.json, read by
 * the content build into `bundle.intents` and indexed by the matcher next to
 * the topics. Romanised forms (Arabizi, Latin-letter Dari and Pashto) belong
 * in the file of the language they are romanised from.
 */
export const intentPhrases = z
  .object({
    keywords: z.array(z.string().min(2)).min(1),
    examples: z.array(z.string().min(2)),
  })
  .strict();

export const intentFile = z
  .object({
    /** `machine`: written by a machine and not yet checked by a person. */
    review: z.enum(['machine', 'human']),
    intents: z.record(z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'expected <area>.<name>'), intentPhrases),
  })
  .strict();

export type IntentFile = z.infer<typeof intentFile>;
