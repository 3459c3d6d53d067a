import { build, type Metafile } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { awsCredentialsPlugin } from './aws-credentials-plugin';
import { botbuilderSlimPlugin } from './botbuilder-slim-plugin';
import { entryOf } from './functions';
import { jsonAsStringPlugin } from './json-as-string-plugin';

export interface BundleResult {
  file: string;
  bytes: number;
  metafile: Metafile;
}

/**
 * Bundles one function the way it is deployed: ESM for Node 22, minified,
 * everything (AWS SDK included, so the version is the one we tested) in one
 * file. Used by the CDK stack (local bundling), the benchmarks and tests.
 */
export async function bundleFunction(name: string, outdir: string, options: { sourcemap?: boolean } = {}): Promise<BundleResult> {
  await mkdir(outdir, { recursive: true });
  const file = join(outdir, 'index.mjs');
  const result = await build({
    entryPoints: [entryOf(name)],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    sourcemap: options.sourcemap ? 'linked' : false,
    metafile: true,
    legalComments: 'none',
    // Ten languages of content: as UTF-8 they stay their size; escaped to ASCII they would triple.
    charset: 'utf8',
    mainFields: ['module', 'main'],
    // CommonJS dependencies call require() for Node built-ins; ESM output needs one to exist.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [botbuilderSlimPlugin, awsCredentialsPlugin, jsonAsStringPlugin],
    logLevel: 'error',
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { file, bytes, metafile: result.metafile };
}
