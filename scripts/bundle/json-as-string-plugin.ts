import type { Plugin } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Parts big enough to matter at cold start, shipped beside the bundle and read on first use. */
const BESIDE_THE_BUNDLE = new Set(['topics', 'intents']);

/**
 * How the compiled content enters a Lambda package. Small parts are inlined
 * as JSON strings (V8 scans a string far faster than it parses the same data
 * as JavaScript) and parsed on first use. The topics and intents of ten
 * languages (over a megabyte) go in a file beside the bundle in the same
 * package, read when a turn first needs them: a cold start that answers a
 * button tap never pays for them.
 */
export const jsonAsStringPlugin: Plugin = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[/\\]\.build[/\\]content\.json$/ }, async (args) => {
      const outdir = build.initialOptions.outdir ?? dirname(build.initialOptions.outfile ?? '.');
      await mkdir(outdir, { recursive: true });
      const content = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, unknown>;
      const loaders: string[] = [];
      for (const [key, value] of Object.entries(content)) {
        if (BESIDE_THE_BUNDLE.has(key)) {
          await writeFile(join(outdir, `content-${key}.json`), JSON.stringify(value));
          loaders.push(`${JSON.stringify(key)}: () => JSON.parse(readFileSync(new URL(${JSON.stringify(`./content-${key}.json`)}, import.meta.url), 'utf8'))`);
        } else {
          loaders.push(`${JSON.stringify(key)}: () => JSON.parse(${JSON.stringify(JSON.stringify(value))})`);
        }
      }
      const contents = `import { readFileSync } from 'node:fs';
const loaders = {${loaders.join(',\n')}};
const bundle = {};
for (const key of Object.keys(loaders)) {
  let value;
  Object.defineProperty(bundle, key, { enumerable: true, get: () => (value ??= loaders[key]()) });
}
export default bundle;`;
      return { contents, loader: 'js' };
    });
  },
};
