import type { LocaleResources } from '../../core/i18n/translator';
import { DEFAULT_LANGUAGE } from '../../core/languages';

/** A lookup in the `share` namespace (content/locales/<lang>/share.json), falling back to English. */
export type ShareText = (key: string, vars?: Record<string, string>) => string;

/**
 * Deliberately not i18next: the pages need only dotted keys and `{{var}}`,
 * and the share function stays small without it. Values are plain text;
 * the page renderers escape them.
 */
export function shareText(locales: LocaleResources, lang: string): ShareText {
  const lookup = (language: string, key: string): string | undefined => {
    let node: unknown = locales[language]?.share;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  return (key, vars = {}) => {
    const text = lookup(lang, key) ?? lookup(DEFAULT_LANGUAGE, key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => vars[name] ?? whole);
  };
}

/** A date as people in that language read it; Gregorian everywhere so a review date is never ambiguous. */
export function formatDate(isoDate: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return isoDate;
  }
}
