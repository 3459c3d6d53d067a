import type { OfferTranslate } from '../../../lambdas/core/offer-check';
import { createTranslator } from '../../../lambdas/core/i18n/translator';
import type { LanguageCode } from '../../../lambdas/core/languages';
import { loadContent } from '../../support/content';

/** The real `offer` strings of each language, as the engine would look them up. */
export async function offerStrings(): Promise<(language: LanguageCode) => OfferTranslate> {
  const bundle = await loadContent();
  const translator = createTranslator(bundle.locales);
  return (language) => translator.forLanguage(language, 'offer');
}

/** Every topic id in the content, to check that choices point at real topics. */
export async function topicIds(): Promise<Set<string>> {
  return new Set((await loadContent()).topics.map((t) => t.id));
}
