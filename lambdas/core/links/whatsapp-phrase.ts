import type { LanguageCode } from '../languages';
import type { Matcher } from '../matching/types';

export interface PhraseSource {
  id: string;
  title: string;
  keywords: readonly string[];
  examples: readonly string[];
}

/**
 * The message a "continue on WhatsApp" button types in for the reader: the
 * topic's own title, else one of its keywords or examples, whichever the
 * matcher first maps back to this topic, both for a person whose language
 * the bot knows and for a first-time sender it does not. A phrase that
 * leaves the bot unsure ("did you mean…") is used only if no clear one
 * exists; undefined means none works and the build must stop.
 */
export function choosePrefill(matcher: Matcher, topic: PhraseSource, language: LanguageCode): string | undefined {
  const candidates = [topic.title, ...topic.keywords, ...topic.examples].map((c) => c.trim()).filter((c) => c.length >= 3 && c.length <= 80);
  const results = candidates.map((text) => ({ text, answers: [matcher.match(text, { language }), matcher.match(text)] }));
  const clear = results.find((r) => r.answers.every((a) => a.topic === topic.id && a.alternatives.length === 0));
  return (clear ?? results.find((r) => r.answers.every((a) => a.topic === topic.id)))?.text;
}
