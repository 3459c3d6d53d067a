import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherCorpus } from '../../../lambdas/adapters/content/matcher-corpus';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';
import { intentFile } from '../../../lambdas/core/matching/intent-schema';
import { readContent } from '../../../scripts/build/content';

const INTENTS = ['menu.greeting', 'menu.help', 'adviser.talk', 'adviser.eligibility', 'safety.urgent', 'privacy.show', 'privacy.delete', 'privacy.stop', 'language.change', 'trust.verify', 'offer.check', 'adviser.status'];

describe('content/intents', () => {
  it('has one valid file per language with every intent', () => {
    expect(readdirSync('content/intents').sort()).toEqual(LANGUAGE_CODES.map((l) => `${l}.json`).sort());
    for (const lang of LANGUAGE_CODES) {
      const file = intentFile.parse(JSON.parse(readFileSync(`content/intents/${lang}.json`, 'utf8')));
      expect(Object.keys(file.intents).sort()).toEqual([...INTENTS].sort());
    }
  });

  it('is generous with safety phrases in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      const file = intentFile.parse(JSON.parse(readFileSync(`content/intents/${lang}.json`, 'utf8')));
      expect(file.intents['safety.urgent']?.keywords.length ?? 0).toBeGreaterThanOrEqual(25);
    }
  });

  it('reaches the matcher corpus through the content bundle', async () => {
    const { bundle } = await readContent();
    const corpus = matcherCorpus(bundle);
    expect(corpus.filter((d) => d.topic === 'safety.urgent').map((d) => d.language).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(corpus.find((d) => d.topic === 'safety.urgent')?.area).toBe('safety');
  });
});
