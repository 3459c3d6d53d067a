import * as z from 'zod';

/**
 * Organisations that hand out Pathways links, registered in
 * content/sources/organisations.json. A code is the `src` of their links: it
 * lets them see which links were used (counted anonymously) and lets the
 * share page say whose link it is. `none` and `unregistered` are the
 * counters' own labels, so no organisation may take them.
 */
export const RESERVED_SOURCE_CODES = ['none', 'unregistered'] as const;

export const sourceCode = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/, 'lower-case letters, digits and hyphens, at most 32')
  .refine((code) => !(RESERVED_SOURCE_CODES as readonly string[]).includes(code), 'reserved for the counters');

export const organisation = z.object({ code: sourceCode, name: z.string().min(3).max(80) }).strict();

export const organisationsFile = z
  .object({
    /** Free text for people editing the file (e.g. that the entries are examples). */
    _comment: z.string().optional(),
    organisations: z.array(organisation).refine((list) => new Set(list.map((o) => o.code)).size === list.length, 'codes must be unique'),
  })
  .strict();

export type Organisation = z.infer<typeof organisation>;

export function findOrganisation(organisations: readonly Organisation[], code: string): Organisation | undefined {
  return organisations.find((o) => o.code === code);
}
