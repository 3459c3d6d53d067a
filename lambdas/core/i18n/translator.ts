import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../languages';

/** i18next resources as compiled into the content bundle: language → namespace → strings. */
export type LocaleResources = Record<string, Record<string, unknown>>;

/** Looks up a bot string in one language. */
export type Translate = TFunction<'bot'>;

export interface Translator {
  /** A lookup fixed to one language (and namespace, default `bot`) for one turn. */
  forLanguage(language: LanguageCode, namespace?: string): Translate;
  /** Whether a key exists in a language without falling back (used by content checks). */
  has(language: LanguageCode, key: string): boolean;
}

/**
 * Builds one i18next instance for the process. Each turn takes a fixed `t`
 * for its own language; we never call `changeLanguage` on the shared
 * instance, because concurrent turns would then answer in the wrong language.
 */
export function createTranslator(resources: LocaleResources): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    resources: resources as Record<string, Record<string, Record<string, unknown>>>,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? { bot: {} }),
    defaultNS: 'bot',
    initAsync: false,
    // Strings are shown as text on WhatsApp and escaped by the web page; HTML-escaping here would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return {
    forLanguage: (language, namespace = 'bot') => instance.getFixedT(language, namespace) as Translate,
    has: (language, key) => instance.exists(key, { lng: language, ns: 'bot', fallbackLng: false }),
  };
}
