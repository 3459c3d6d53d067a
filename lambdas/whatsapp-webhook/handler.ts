import { createWebhookHandler } from './app';

/** Lambda entry for GET and POST /whatsapp/webhook. */
export const handler = await createWebhookHandler(process.env);
