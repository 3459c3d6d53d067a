import { buildContent } from './build/content';
import { buildPrivacyPages } from './build/privacy-page';
import { buildWeb, WEB_OUT } from './build/web';

/** Everything the handlers and pages need that is generated from sources: run by start, test and CI. */
export async function buildAll(): Promise<void> {
  const bundle = await buildContent();
  await buildWeb(bundle);
  await buildPrivacyPages(bundle, WEB_OUT);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
