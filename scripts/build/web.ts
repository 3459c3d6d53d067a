import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { LANGUAGES } from '../../lambdas/core/languages';

export const WEB_OUT = '.build/web';

/**
 * Builds the web chat: minified JS and CSS, and the page with the language
 * list (the one in lambdas/core/languages.ts) written into it, so the page
 * knows which languages are right-to-left without a second list.
 */
export async function buildWeb(bundle: ContentBundle): Promise<void> {
  await mkdir(WEB_OUT, { recursive: true });
  await build({
    entryPoints: ['web/chat.js', 'web/chat.css'],
    outdir: WEB_OUT,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome80', 'firefox78', 'safari13'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const languages = LANGUAGES.map((l) => ({ code: l.code, name: l.nativeName, dir: l.dir }));
  const strings = Object.fromEntries(Object.entries(bundle.locales).map(([code, namespaces]) => [code, namespaces.web]));
  const page = (await readFile('web/index.html', 'utf8')).replace(
    '<!--LANGUAGES-->',
    `<script type="application/json" id="languages">${JSON.stringify(languages)}</script>\n` +
      `<script type="application/json" id="strings">${JSON.stringify(strings).replace(/</g, '\\u003c')}</script>`,
  );
  await writeFile(`${WEB_OUT}/index.html`, page);
  await copyFile('web/neutral.html', `${WEB_OUT}/neutral.html`);
  // Development-only pages (the local WhatsApp simulator); never deployed.
  await mkdir(`${WEB_OUT}/dev`, { recursive: true });
  await copyFile('web/dev/whatsapp.html', `${WEB_OUT}/dev/whatsapp.html`);
  await copyFile('web/dev/whatsapp.js', `${WEB_OUT}/dev/whatsapp.js`);
}
