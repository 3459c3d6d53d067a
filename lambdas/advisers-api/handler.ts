import { contentBundle } from '../adapters/content/bundle';
import { createAdvisersHandler } from './app';

/** Lambda entry for the advisers' API (/advisers/api/*) and the scheduled escalation of unclaimed referrals. */
export const handler = createAdvisersHandler(process.env, contentBundle);
