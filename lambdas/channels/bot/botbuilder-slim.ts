/**
 * What Pathways uses of botbuilder-core, without the rest of it.
 *
 * botbuilder-core's modules import their own package index, which loads
 * botframework-connector and Azure identity (about 1.8 MB and 0.3 s of cold
 * start) that a bot with its own adapters never calls. The bundler
 * (scripts/bundle/botbuilder-slim-plugin.ts) points those index imports here
 * instead. Anything a loaded botbuilder module reaches for on its index must
 * be exported here; the bundle smoke test runs a real turn to prove it.
 */
export * from 'botframework-schema'; // resolved to ./botframework-schema-slim by the bundler
export { ActivityHandler } from 'botbuilder-core/lib/activityHandler';
export { ActivityHandlerBase, INVOKE_RESPONSE_KEY } from 'botbuilder-core/lib/activityHandlerBase';
export { BotAdapter } from 'botbuilder-core/lib/botAdapter';
export { BotState } from 'botbuilder-core/lib/botState';
export { BotStatePropertyAccessor } from 'botbuilder-core/lib/botStatePropertyAccessor';
export { InvokeException } from 'botbuilder-core/lib/invokeException';
export { MiddlewareSet } from 'botbuilder-core/lib/middlewareSet';
export { tokenResponseEventName, verifyStateOperationName, tokenExchangeOperationName } from 'botbuilder-core/lib/signInConstants';
export { TurnContext } from 'botbuilder-core/lib/turnContext';
export { TurnContextStateCollection } from 'botbuilder-core/lib/turnContextStateCollection';
export { shallowCopy, makeRevocable } from 'botbuilder-core/lib/internal';
