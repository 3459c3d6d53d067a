import type { LanguagePatterns } from './types';
import { EN } from './en';
export const SO: LanguagePatterns = EN;
