import * as schema from 'botframework-schema';
import { calculateChangeHash as realHash } from 'botbuilder-core/lib/storage';
import { describe, expect, it } from 'vitest';
import * as slimSchema from '../../../lambdas/channels/bot/botframework-schema-slim';
import { calculateChangeHash } from '../../../lambdas/channels/bot/botbuilder-storage-slim';

describe('the slim stand-ins the bundler uses for parts of botbuilder', () => {
  it.each(Object.keys(slimSchema))('%s equals botframework-schema', (name) => {
    expect((slimSchema as Record<string, unknown>)[name]).toEqual((schema as unknown as Record<string, unknown>)[name]);
  });

  it.each([{}, { a: 1 }, { eTag: 'x', conversation: { language: 'ar', offered: ['menu'] } }, { nested: { deep: [1, 'two', null] }, eTag: '*' }])(
    'calculateChangeHash(%j) matches botbuilder-core',
    (item) => {
      expect(calculateChangeHash(item)).toBe(realHash(item));
    },
  );
});
