/**
 * The one list of languages Pathways speaks. Everything else (i18next
 * resources, content checks, web pages, the matcher) derives from it.
 *
 * `whatsappTemplate` is the language code Meta accepts for an approved
 * message template in that language, or null where Meta offers none
 * (those people get the English template; what it announces still reaches
 * them in their own language). Source: Meta, "Supported Languages" for
 * Cloud API message templates, updated 2026-05-21,
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/supported-languages/
 * (Dari is `prs_AF`; Pashto, Somali and Tigrinya are not listed).
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', nativeName: 'English', dir: 'ltr', whatsappTemplate: 'en' },
  { code: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl', whatsappTemplate: 'ar' },
  { code: 'fr', name: 'French', nativeName: 'Français', dir: 'ltr', whatsappTemplate: 'fr' },
  { code: 'es', name: 'Spanish', nativeName: 'Español', dir: 'ltr', whatsappTemplate: 'es' },
  { code: 'fa-AF', name: 'Dari', nativeName: 'دری', dir: 'rtl', whatsappTemplate: 'prs_AF' },
  { code: 'ps', name: 'Pashto', nativeName: 'پښتو', dir: 'rtl', whatsappTemplate: null },
  { code: 'so', name: 'Somali', nativeName: 'Soomaali', dir: 'ltr', whatsappTemplate: null },
  { code: 'sw', name: 'Swahili', nativeName: 'Kiswahili', dir: 'ltr', whatsappTemplate: 'sw' },
  { code: 'ti', name: 'Tigrinya', nativeName: 'ትግርኛ', dir: 'ltr', whatsappTemplate: null },
  { code: 'uk', name: 'Ukrainian', nativeName: 'Українська', dir: 'ltr', whatsappTemplate: 'uk' },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageOf(code: LanguageCode): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`unknown language ${code}`);
  return found;
}

export function isRightToLeft(code: LanguageCode): boolean {
  return languageOf(code).dir === 'rtl';
}
