import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/**
 * Inlines the compiled content as `JSON.parse('…')` rather than an object
 * literal: V8 scans a string far faster than it parses the same data as
 * JavaScript, which matters for a few hundred kilobytes of ten-language
 * content in every cold start.
 */
export const jsonAsStringPlugin: Plugin = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[/\\]\.build[/\\](share-)?content\.json$/ }, async (args) => {
      const json = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};
