import type { Plugin } from 'esbuild';
import { resolve } from 'node:path';

const SLIM = resolve('lambdas/channels/bot/botbuilder-slim.ts');
const FROM_BOTBUILDER_CORE = /[/\\]botbuilder-core[/\\]lib[/\\]/;

/**
 * Sends every import of botbuilder-core's package index (ours, and its own
 * modules' `require(".")`) to the slim index, so the bundle holds only the
 * activity handler, adapter, turn context and state classes we use.
 */
export const botbuilderSlimPlugin: Plugin = {
  name: 'botbuilder-slim',
  setup(build) {
    build.onResolve({ filter: /^botbuilder-core$/ }, (args) => (args.importer === SLIM ? undefined : { path: SLIM }));
    build.onResolve({ filter: /^\.\/?$/ }, (args) => (FROM_BOTBUILDER_CORE.test(args.importer) ? { path: SLIM } : undefined));
    // botbuilder-core's storage uses only `stringify` from its stdlib, whose index also loads Azure HTTP clients.
    build.onResolve({ filter: /^botbuilder-stdlib$/ }, async (args) => {
      if (!FROM_BOTBUILDER_CORE.test(args.importer)) return undefined;
      const resolved = await build.resolve('botbuilder-stdlib/lib/stringify', { kind: args.kind, resolveDir: args.resolveDir });
      return { path: resolved.path };
    });
  },
};
