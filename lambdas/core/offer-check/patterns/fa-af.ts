import type { LanguagePatterns } from './types';
import { EN } from './en';
export const FA_AF: LanguagePatterns = EN;
