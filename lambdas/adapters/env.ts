import * as z from 'zod/mini';

/**
 * Environment helpers for composition roots, on zod/mini so even the
 * smallest function (the WhatsApp webhook) can use them without loading the
 * full zod API.
 */

/** Drops empty strings, so `FOO=` in a shell means "use the default". */
export const optionalEnv = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

/** Parses configuration with a readable error that names each bad variable; throws at cold start. */
export function parseConfig<T extends z.ZodMiniType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Error(`invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return parsed.data as z.infer<T>;
}
