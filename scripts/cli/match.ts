import * as z from 'zod';
import { matcherCorpus } from '../../lambdas/adapters/content/matcher-corpus';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { isLanguageCode, type LanguageCode } from '../../lambdas/core/languages';
import { createMatcher, type DebugMatcher } from '../../lambdas/core/matching/matcher';
import type { MatchResult } from '../../lambdas/core/matching/types';
import { readContent } from '../build/content';

/**
 * `match "text" [--lang xx] [--explain]`: prints one JSON object
 * `{topic, area, language, confidence, alternatives}`.
 * `match --jsonl`: reads `{"text": "...", "lang"?: "xx"}` lines from stdin and
 * writes one result per non-empty line, in order; a malformed line yields
 * `{"error": "..."}` on its line and exit code 1 at the end.
 * Content is read from content/ directly (no build step, no file written), so
 * it reflects topic files as they are being edited; invalid files are skipped
 * with a warning on stderr.
 */

/** Reads all content and builds the matcher once. */
export async function loadMatcher(): Promise<{ matcher: DebugMatcher; bundle: ContentBundle }> {
  const { bundle, problems } = await readContent();
  for (const p of problems.filter((p) => !p.missing)) console.error(`warning: skipped ${p.file}: ${p.message.split('\n')[0]}`);
  return { matcher: createMatcher(matcherCorpus(bundle)), bundle };
}

/** The output contract, in this key order. */
export function formatResult(r: MatchResult): string {
  return JSON.stringify({
    topic: r.topic,
    area: r.area,
    language: r.language,
    confidence: r.confidence,
    alternatives: r.alternatives.map((a) => ({ topic: a.topic, area: a.area, confidence: a.confidence })),
  });
}

const jsonlLine = z.object({
  text: z.string(),
  lang: z.string().refine(isLanguageCode, 'unknown language code').optional(),
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function runJsonl(matcher: DebugMatcher): Promise<number> {
  let failed = false;
  const out: string[] = [];
  for (const line of (await readStdin()).split(/\r?\n/u)) {
    if (line.trim() === '') continue;
    let parsed: z.infer<typeof jsonlLine>;
    try {
      parsed = jsonlLine.parse(JSON.parse(line));
    } catch (error) {
      failed = true;
      const message = error instanceof z.ZodError ? z.prettifyError(error).replace(/\n/gu, ' ') : (error as Error).message;
      out.push(JSON.stringify({ error: message }));
      continue;
    }
    out.push(formatResult(matcher.match(parsed.text, { language: parsed.lang as LanguageCode | undefined })));
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  const text = args.filter((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1)).join(' ');
  if (lang !== undefined && !isLanguageCode(lang)) {
    console.error(`unknown language code: ${lang}`);
    return 2;
  }
  if (!args.includes('--jsonl') && text.trim() === '') {
    console.error('usage: npm run -s cli -- match "text" [--lang xx] [--explain] | match --jsonl < lines.jsonl');
    return 2;
  }
  const { matcher } = await loadMatcher();
  if (args.includes('--jsonl')) return runJsonl(matcher);
  console.log(formatResult(matcher.match(text, { language: lang })));
  if (args.includes('--explain')) {
    for (const t of matcher.explain(text)) {
      console.error(`  ${t.token} (weight ${t.weight.toFixed(2)}): ${t.candidates.map((c) => `${c.word} ${c.quality.toFixed(2)}`).join(', ')}`);
    }
  }
  return 0;
}
