import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { INFORMATION_AREAS, topicFrontMatter, type Topic } from '../../lambdas/core/content/schema';
import { LANGUAGE_CODES } from '../../lambdas/core/languages';
import { intentFile } from '../../lambdas/core/matching/intent-schema';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { readPathways } from './pathways';

export const CONTENT_DIR = 'content';
export const BUNDLE_PATH = '.build/content.json';

const localeMeta = z.object({ review: z.enum(['machine', 'human']) });

/** A problem found while reading content; the build and `content check` print them all at once. */
export interface ContentProblem {
  file: string;
  message: string;
  /** Missing translations do not stop a build (the bot falls back to English) but fail `content check`. */
  missing?: boolean;
}

/** Reads every locale and topic file, validates them, and returns the bundle plus any problems. */
export async function readContent(root = CONTENT_DIR): Promise<{ bundle: ContentBundle; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const bundle: ContentBundle = { locales: {}, localeReview: {}, topics: [], intents: {} };
  // English defines the namespaces (one JSON file per feature, so features do not collide); every language has the same files.
  const namespaces = (await readdir(join(root, 'locales', 'en'))).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => f.slice(0, -5));
  for (const language of LANGUAGE_CODES) {
    const dir = join(root, 'locales', language);
    bundle.locales[language] = {};
    for (const ns of namespaces.sort()) bundle.locales[language][ns] = await readJson(join(dir, `${ns}.json`), problems);
    const meta = localeMeta.safeParse(await readJson(join(dir, '_meta.json'), problems));
    if (meta.success) bundle.localeReview[language] = meta.data.review;
    else if (!problems.at(-1)?.missing) problems.push({ file: join(dir, '_meta.json'), message: z.prettifyError(meta.error) });
    const intentsPath = join(root, 'intents', `${language}.json`);
    const intents = intentFile.safeParse(await readJson(intentsPath, problems));
    if (intents.success) bundle.intents[language] = intents.data;
    else if (!problems.at(-1)?.missing) problems.push({ file: intentsPath, message: z.prettifyError(intents.error) });
  }
  for (const area of INFORMATION_AREAS) {
    for (const slug of await listDirs(join(root, 'topics', area))) {
      for (const file of (await readdir(join(root, 'topics', area, slug))).filter((f) => f.endsWith('.md'))) {
        const topic = await readTopic(join(root, 'topics', area, slug, file), area, problems);
        if (topic) bundle.topics.push(topic);
      }
    }
  }
  bundle.topics.sort((a, b) => (a.id + a.language).localeCompare(b.id + b.language));
  const pathways = await readPathways(root, bundle, problems);
  if (pathways) bundle.pathways = pathways;
  return { bundle, problems };
}

async function readTopic(file: string, area: Topic['area'], problems: ContentProblem[]): Promise<Topic | undefined> {
  const text = await readFile(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) {
    problems.push({ file, message: 'missing YAML front matter between --- lines' });
    return undefined;
  }
  const parsed = topicFrontMatter.safeParse(parseYaml(match[1] ?? ''));
  if (!parsed.success) {
    problems.push({ file, message: z.prettifyError(parsed.error) });
    return undefined;
  }
  const language = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const slugPath = `${area}.${file.split('/').at(-2)}`;
  if (parsed.data.id !== slugPath) problems.push({ file, message: `id ${parsed.data.id} does not match its path (${slugPath})` });
  return { ...parsed.data, area, language, body: (match[2] ?? '').trim() };
}

async function readJson(file: string, problems: ContentProblem[]): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    problems.push({ file, message: 'missing', missing: true });
    return {};
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
    return {};
  }
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Writes the bundle the Lambdas import; throws with every problem listed if content is invalid. */
export async function buildContent(): Promise<ContentBundle> {
  const { bundle, problems: all } = await readContent();
  const problems = all.filter((p) => !p.missing);
  if (problems.length > 0) {
    throw new Error(`content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`);
  }
  await mkdir('.build', { recursive: true });
  await writeFile(BUNDLE_PATH, JSON.stringify(bundle));
  return bundle;
}
