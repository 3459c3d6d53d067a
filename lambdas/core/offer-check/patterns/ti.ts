import type { LanguagePatterns } from './types';
import { EN } from './en';
export const TI: LanguagePatterns = EN;
