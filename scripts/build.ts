import type { ContentBundle } from '../lambdas/adapters/content/bundle-types';
import { buildAdvisersConsole } from './build/advisers';
import { buildContent } from './build/content';
import { buildPrivacyPages } from './build/privacy-page';
import { buildSharePages } from './build/share-pages';
import { buildWeb, WEB_OUT } from './build/web';

/** Everything the handlers and pages need that is generated from sources: run by start, test and CI. */
export async function buildAll(): Promise<ContentBundle> {
  const bundle = await buildContent();
  await buildWeb(bundle);
  await buildAdvisersConsole(bundle);
  await buildSharePages(bundle, { out: WEB_OUT, whatsappNumber: process.env.WHATSAPP_DISPLAY_NUMBER });
  await buildPrivacyPages(bundle, WEB_OUT);
  return bundle;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
