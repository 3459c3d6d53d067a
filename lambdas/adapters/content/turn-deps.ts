import type { TurnDeps } from '../../core/conversation/engine';
import { createTranslator } from '../../core/i18n/translator';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/languages';
import type { ContentBundle } from './bundle-types';

/** Builds the core's per-process dependencies from the compiled content. */
export function createTurnDeps(bundle: ContentBundle): TurnDeps {
  return {
    translator: createTranslator(bundle.locales),
    machineTranslated: new Set<LanguageCode>(LANGUAGE_CODES.filter((code) => bundle.localeReview[code] !== 'human')),
  };
}
