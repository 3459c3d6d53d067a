import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { LANGUAGES } from '../../lambdas/core/languages';

export const ADVISERS_OUT = '.build/web/advisers';

/**
 * Builds the advisers' console (web/advisers): its modules bundled and
 * minified into one script and one stylesheet, and the page with the
 * organisations, pathways and languages written in for the sign-in and
 * filter lists, from the same content the API uses.
 */
export async function buildAdvisersConsole(bundle: ContentBundle): Promise<void> {
  await mkdir(ADVISERS_OUT, { recursive: true });
  await build({
    entryPoints: ['web/advisers/console.js', 'web/advisers/console.css'],
    outdir: ADVISERS_OUT,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const pathways = bundle.pathways;
  const catalogue = {
    organisations: (pathways?.organisations ?? []).map((o) => ({ id: o.id, name: o.name })),
    pathways: [...(pathways?.routes ?? []).map((r) => ({ id: r.id, name: r.name })), { id: 'urgent', name: 'Urgent safety contact' }],
    languages: LANGUAGES.map((l) => ({ code: l.code, name: l.name })),
  };
  const page = (await readFile('web/advisers/index.html', 'utf8')).replace(
    '<!--CATALOGUE-->',
    `<script type="application/json" id="catalogue">${JSON.stringify(catalogue).replace(/</g, '\\u003c')}</script>`,
  );
  await writeFile(`${ADVISERS_OUT}/index.html`, page);
}
