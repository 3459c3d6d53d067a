import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { LANGUAGE_CODES } from '../../lambdas/core/languages';
import { organisationsFileSchema, questionsFileSchema, routesFileSchema, type PathwaysCatalogue } from '../../lambdas/core/screening/catalogue';
import { checkCatalogue, checkScreeningStrings } from './pathways-check';
import type { ContentProblem } from './content';

/**
 * Reads content/pathways/{questions,routes,organisations}.yaml into the
 * bundle's `pathways`, validated with the core's schemas, and checks that
 * they fit together and that every screening string exists and fits
 * WhatsApp's limits in every language. Called by the content build after
 * locales and topics are read.
 */
export async function readPathways(root: string, bundle: ContentBundle, problems: ContentProblem[]): Promise<PathwaysCatalogue | undefined> {
  const dir = join(root, 'pathways');
  const questions = await readYaml(join(dir, 'questions.yaml'), questionsFileSchema, problems);
  const routes = await readYaml(join(dir, 'routes.yaml'), routesFileSchema, problems);
  const organisations = await readYaml(join(dir, 'organisations.yaml'), organisationsFileSchema, problems);
  if (!questions || !routes || !organisations) return undefined;
  const catalogue: PathwaysCatalogue = {
    noticeVersion: routes.noticeVersion,
    questions: questions.questions,
    routes: routes.routes,
    nextSteps: routes.nextSteps,
    alwaysSuggest: routes.alwaysSuggest,
    organisations: organisations.organisations,
    defaultOrganisation: organisations.default,
  };
  const topicIds = new Set(bundle.topics.map((t) => t.id));
  for (const message of checkCatalogue(catalogue, topicIds, LANGUAGE_CODES)) problems.push({ file: dir, message });
  problems.push(...checkScreeningStrings(catalogue, bundle.locales));
  return catalogue;
}

async function readYaml<T extends z.ZodType>(file: string, schema: T, problems: ContentProblem[]): Promise<z.infer<T> | undefined> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push({ file, message: z.prettifyError(parsed.error) });
    return undefined;
  }
  return parsed.data;
}
