import { contentBundle } from '../adapters/content/bundle';
import { createWebchatHandler } from './app';

/** Lambda entry for the web chat (Direct Line subset) and /health. */
export const handler = await createWebchatHandler(process.env, contentBundle);
