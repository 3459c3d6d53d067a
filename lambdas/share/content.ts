import compiled from '../../.build/share-content.json';
import type { ShareContent } from './share-content';

/**
 * The share function's content, inlined by esbuild (see share-content.ts;
 * written by scripts/build/share-pages.ts and the bundler's CLI).
 */
export const shareContent = compiled as unknown as ShareContent;
