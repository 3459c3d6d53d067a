import compiled from '../../../.build/content.json';
import type { ContentBundle } from './bundle-types';

/**
 * The content bundle, inlined into each Lambda by esbuild at build time so no
 * file is parsed at run time. Run `npm run build` (npm start and npm test do)
 * to produce it.
 */
export const contentBundle = compiled as unknown as ContentBundle;
