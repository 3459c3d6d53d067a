import { readContent, type ContentProblem } from '../build/content';
import { checkContent } from '../build/content-check';

/**
 * `content list`: every topic with the languages it exists in (JSON).
 * `content check`: validates all content and exits non-zero with every problem listed.
 */
export async function run(args: string[]): Promise<number> {
  const [sub] = args;
  const { bundle, problems } = await readContent();
  if (sub === 'list') {
    const byId = new Map<string, { id: string; area: string; title: string; languages: string[] }>();
    for (const topic of bundle.topics) {
      const entry = byId.get(topic.id) ?? { id: topic.id, area: topic.area, title: topic.title, languages: [] };
      if (topic.language === 'en') entry.title = topic.title;
      entry.languages.push(topic.language);
      byId.set(topic.id, entry);
    }
    console.log(JSON.stringify([...byId.values()], null, 2));
    return 0;
  }
  if (sub === 'check') {
    const report = checkContent(bundle, problems, new Date());
    for (const warning of report.warnings) console.warn(`warning: ${warning.file}: ${warning.message}`);
    if (report.errors.length) {
      console.error(`content check failed with ${report.errors.length} problem(s):`);
      for (const p of report.errors) console.error(`  ${p.file}: ${p.message}`);
      return 1;
    }
    console.log(`content check passed: ${new Set(bundle.topics.map((t) => t.id)).size} topics, ${Object.keys(bundle.locales).length} languages`);
    return 0;
  }
  console.error('usage: npm run -s cli -- content <list|check>');
  return 2;
}

export type { ContentProblem };
