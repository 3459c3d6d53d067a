import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { INFORMATION_AREAS } from '../../lambdas/core/content/schema';
import { LANGUAGE_CODES } from '../../lambdas/core/languages';
import { templatesFileSchema } from '../../lambdas/channels/whatsapp/template-catalogue';
import type { ContentProblem } from './content';

/** Publishers we accept as official sources for legal and programme facts. */
export const OFFICIAL_HOSTS = [
  'unhcr.org', 'refworld.org', 'ilo.org', 'iom.int', 'ohchr.org', 'un.org', 'europa.eu', 'ecowas.int', 'eac.int',
  'mercosur.int', 'gov.uk', 'canada.ca', 'gc.ca', 'gov.au', 'govt.nz', 'usa.gov', 'state.gov', 'uscis.gov',
  'bund.de', 'make-it-in-germany.com', 'au.int', 'igad.int', 'sadc.int', 'oecd.org', 'worldbank.org', 'unicef.org', 'who.int',
];

export interface CheckReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

const isOfficial = (url: string) => {
  const host = new URL(url).hostname;
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) || /\.gov(\.[a-z]{2})?$|\.gouv\.[a-z]{2}$|\.gob\.[a-z]{2}$/.test(host);
};

/** Everything `content check` verifies beyond the schema; see README "Content". */
export function checkContent(bundle: ContentBundle, readProblems: ContentProblem[], today: Date): CheckReport {
  const errors = [...readProblems];
  const warnings: ContentProblem[] = [];
  const ids = [...new Set(bundle.topics.map((t) => t.id))];
  for (const id of ids) {
    const have = new Set(bundle.topics.filter((t) => t.id === id).map((t) => t.language));
    for (const language of LANGUAGE_CODES) {
      if (!have.has(language)) errors.push({ file: topicFile(id, language), message: 'missing translation' });
    }
  }
  const english = new Map(bundle.topics.filter((t) => t.language === 'en').map((t) => [t.id, t]));
  for (const topic of bundle.topics) {
    const file = topicFile(topic.id, topic.language);
    for (const source of topic.sources) {
      if (!isOfficial(source.url)) errors.push({ file, message: `source is not an official publisher: ${source.url}` });
    }
    if (new Date(topic.reviewBy) < today) warnings.push({ file, message: `review-by date ${topic.reviewBy} has passed` });
    const en = english.get(topic.id);
    if (en && en.sources.map((s) => s.url).join() !== topic.sources.map((s) => s.url).join()) {
      warnings.push({ file, message: 'sources differ from the English original' });
    }
    for (const related of topic.related ?? []) {
      if (!ids.includes(related)) errors.push({ file, message: `related topic ${related} does not exist` });
    }
  }
  errors.push(...checkStrings(bundle));
  errors.push(...checkWhatsAppTemplates());
  return { errors, warnings };
}

const TEMPLATES_FILE = 'content/whatsapp/templates.json';

/** The WhatsApp templates: well formed, within Meta's limits, in every template language we use. */
function checkWhatsAppTemplates(): ContentProblem[] {
  const parsed = templatesFileSchema.safeParse(JSON.parse(readFileSync(TEMPLATES_FILE, 'utf8')));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ file: TEMPLATES_FILE, message: `${issue.path.join('.')}: ${issue.message}` }));
}

/** Every key in every language, same interpolation variables, and no key that no code uses. */
function checkStrings(bundle: ContentBundle): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const english = bundle.locales.en ?? {};
  const used = usedKeys();
  for (const [ns, strings] of Object.entries(english)) {
    const keys = flatten(strings as Record<string, unknown>);
    for (const [key, value] of keys) {
      if (ns === 'bot' && !used.has(key)) problems.push({ file: `content/locales/en/${ns}.json`, message: `orphan string "${key}" is used nowhere` });
      for (const language of LANGUAGE_CODES.filter((l) => l !== 'en')) {
        const other = new Map(flatten((bundle.locales[language]?.[ns] ?? {}) as Record<string, unknown>));
        const file = `content/locales/${language}/${ns}.json`;
        const translated = other.get(key);
        if (translated === undefined) problems.push({ file, message: `missing "${key}"`, missing: true });
        else if (vars(translated).join() !== vars(value).join()) problems.push({ file, message: `"${key}" must use {{${vars(value).join('}}, {{')}}}` });
      }
    }
    for (const language of LANGUAGE_CODES) {
      for (const [key] of flatten((bundle.locales[language]?.[ns] ?? {}) as Record<string, unknown>)) {
        if (!keys.some(([k]) => k === key)) problems.push({ file: `content/locales/${language}/${ns}.json`, message: `"${key}" is not in English` });
      }
    }
  }
  return problems;
}

function flatten(tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v as Record<string, unknown>, `${prefix}${k}.`),
  );
}

const vars = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** String literals in the code that reaches users, plus keys built from the area list. */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const area of INFORMATION_AREAS) for (const suffix of ['', 'Description']) used.add(`menu.${area}${suffix}`);
  for (const file of walk('lambdas')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z][\w.]*)['"`]/g)) used.add(m[1] ?? '');
  }
  return used;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const topicFile = (id: string, language: string) => `content/topics/${id.replace('.', '/')}/${language}.md`;
