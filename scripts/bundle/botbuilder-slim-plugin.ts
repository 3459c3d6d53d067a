import type { Plugin } from 'esbuild';
import { resolve } from 'node:path';

const SLIM = resolve('lambdas/channels/bot/botbuilder-slim.ts');
const SCHEMA_SLIM = resolve('lambdas/channels/bot/botframework-schema-slim.ts');
const STORAGE_SLIM = resolve('lambdas/channels/bot/botbuilder-storage-slim.ts');
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
    // The enums botbuilder-core reads from botframework-schema, without the zod schemas its index builds at load.
    build.onResolve({ filter: /^botframework-schema$/ }, (args) =>
      FROM_BOTBUILDER_CORE.test(args.importer) || args.importer === SLIM ? { path: SCHEMA_SLIM } : undefined,
    );
    // BotState needs only the change hash from ./storage, which also builds a zod schema at load.
    build.onResolve({ filter: /^\.\/storage$/ }, (args) => (/[/\\]botbuilder-core[/\\]lib[/\\]botState\.js$/.test(args.importer) ? { path: STORAGE_SLIM } : undefined));
    // botbuilder-core's storage uses only `stringify` from its stdlib, whose index also loads Azure HTTP clients.
    build.onResolve({ filter: /^botbuilder-stdlib$/ }, async (args) => {
      if (!FROM_BOTBUILDER_CORE.test(args.importer)) return undefined;
      const resolved = await build.resolve('botbuilder-stdlib/lib/stringify', { kind: args.kind, resolveDir: args.resolveDir });
      return { path: resolved.path };
    });
  },
};
