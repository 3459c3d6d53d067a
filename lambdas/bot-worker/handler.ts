import { contentBundle } from '../adapters/content/bundle';
import { createWorkerHandler } from './app';

/** Lambda entry: consumes the inbound FIFO queue (partial batch failures reported). */
export const handler = await createWorkerHandler(process.env, contentBundle);
