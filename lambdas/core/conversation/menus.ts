import { INFORMATION_AREAS } from '../content/schema';
import type { Translate } from '../i18n/translator';
import { LANGUAGES } from '../languages';
import type { Choice, Reply } from './messages';

/** Choice ids are stable, language-independent commands. */
export const CHOICE = {
  menu: 'menu',
  adviser: 'adviser',
  language: 'language',
  area: (area: string) => `area:${area}`,
  topic: (id: string) => `topic:${id}`,
  eraseYes: 'erase:yes',
  eraseNo: 'erase:no',
  keepLanguage: 'lang:keep',
  setLanguage: (code: string) => `lang:${code}`,
  /** The quick-reply button of the WhatsApp template that says an adviser has replied. */
  readAdviserReply: 'adviser:read',
} as const;

/** The main menu: the four information areas, then a person, then language. */
export function mainMenu(t: Translate): Reply {
  const areaChoices: Choice[] = INFORMATION_AREAS.map((area) => ({
    id: CHOICE.area(area),
    title: t(`menu.${area}`),
    description: t(`menu.${area}Description`),
  }));
  return {
    text: t('menu.prompt'),
    choicesLabel: t('menu.button'),
    choices: [
      ...areaChoices,
      { id: CHOICE.adviser, title: t('menu.adviser'), description: t('menu.adviserDescription') },
      { id: CHOICE.language, title: t('menu.language'), description: t('menu.languageDescription') },
    ],
  };
}

/** Language names are shown in their own script, so anyone can find theirs. */
export function languagePicker(t: Translate): Reply {
  return {
    text: t('chooseLanguage'),
    choicesLabel: t('menu.language'),
    choices: LANGUAGES.map((l) => ({ id: CHOICE.setLanguage(l.code), title: l.nativeName, description: l.name })),
  };
}
