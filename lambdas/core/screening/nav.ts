import type { Choice } from '../conversation/messages';
import { SCREENING_CHOICE, type ScreeningT } from './types';

/** Words a person may type instead of tapping: navigation, and yes/no for confirmations. */
export type Command = 'back' | 'skip' | 'stop' | 'menu' | 'yes' | 'no';

const CHOICE_COMMANDS: Record<string, Command> = {
  [SCREENING_CHOICE.back]: 'back',
  [SCREENING_CHOICE.skip]: 'skip',
  [SCREENING_CHOICE.stop]: 'stop',
  [SCREENING_CHOICE.menu]: 'menu',
};

/** Lower-case, no surrounding punctuation or spaces, single spaces: how typed commands are compared. */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The command a whole message stands for, if any. Each language lists its
 * words in `commands.<name>` (comma-separated); English words work in every
 * language, because many people type "stop" or "back" whatever they read.
 * Only a whole message counts: "I want to stop working" is an answer, not "stop".
 */
export function typedCommand(text: string, t: ScreeningT, allowed: readonly Command[]): Command | undefined {
  const said = normalizeWords(text);
  if (!said) return undefined;
  for (const command of allowed) {
    const words = `${t(`commands.${command}`)},${t(`commands.${command}`, { lng: 'en' })}`.split(',').map(normalizeWords).filter(Boolean);
    if (words.includes(said)) return command;
  }
  return undefined;
}

/** A tapped navigation button, or a typed navigation word. */
export function commandOf(input: { kind: string; id?: string; text?: string }, t: ScreeningT, allowed: readonly Command[]): Command | undefined {
  if (input.kind === 'choice' && input.id !== undefined) {
    const command = CHOICE_COMMANDS[input.id];
    return command && allowed.includes(command) ? command : undefined;
  }
  if (input.kind === 'text' && input.text !== undefined) return typedCommand(input.text, t, allowed);
  return undefined;
}

/** Back (when there is somewhere to go back to), skip (when allowed) and stop. */
export function navChoices(t: ScreeningT, options: { back: boolean; skip: boolean }): Choice[] {
  return [
    ...(options.back ? [{ id: SCREENING_CHOICE.back, title: t('nav.back') }] : []),
    ...(options.skip ? [{ id: SCREENING_CHOICE.skip, title: t('nav.skip') }] : []),
    { id: SCREENING_CHOICE.stop, title: t('nav.stop') },
  ];
}
