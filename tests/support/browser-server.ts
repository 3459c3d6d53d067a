import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startTestServer } from './local-server';

/**
 * For a browser test file: the whole local service and one headless
 * Chromium, started before the tests and stopped after. Read the fields
 * inside tests (they are set in beforeAll).
 */
export function useServerAndBrowser(env: Record<string, string> = {}, options: { queueRetryDelayMs?: number } = {}) {
  const handles = {} as { server: Awaited<ReturnType<typeof startTestServer>>; browser: Browser };
  beforeAll(async () => {
    handles.server = await startTestServer(env, options);
    handles.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.stop();
  });
  return handles;
}
