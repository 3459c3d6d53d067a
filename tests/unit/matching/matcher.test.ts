import { describe, expect, it } from 'vitest';
import { createMatcher, MATCH_THRESHOLD } from '../../../lambdas/core/matching/matcher';
import type { CorpusDocument } from '../../../lambdas/core/matching/types';

/** A small corpus of its own, so these tests do not move when content/ changes. */
const doc = (topic: string, language: string, keywords: string[], examples: string[], title?: string): CorpusDocument => ({
  topic, area: topic.split('.')[0] as string, language, keywords, examples, ...(title ? { title } : {}),
});
const CORPUS: CorpusDocument[] = [
  doc('ctd.lost-or-expired', 'en', ['lost travel document', 'expired ctd', 'stolen passport', 'renew travel document'], ['i lost my refugee travel document', 'my ctd expired what do i do'], 'Lost, stolen or expired travel document'),
  doc('ctd.lost-or-expired', 'ar', ['وثيقة سفر ضائعة', 'انتهاء صلاحية الوثيقة', 'تجديد وثيقة السفر'], ['ضاعت وثيقة السفر الخاصة بي'], 'وثيقة السفر المفقودة أو المنتهية'),
  doc('rights.fair-recruitment', 'en', ['recruitment fee', 'agency fee', 'pay to get a job'], ['the agent wants money for the job', 'do i have to pay the recruitment agency'], 'Fair recruitment: the employer pays'),
  doc('predeparture.costs-who-pays', 'en', ['who pays', 'travel costs', 'visa costs', 'medical check costs'], ['who pays for my flight and visa', 'do i pay for the medical check'], 'Costs before you go: who pays'),
  doc('rights.keep-your-documents', 'en', ['keep my passport', 'employer keeps passport', 'documents confiscated'], ['should i give my passport to my employer'], 'Keep your passport yourself'),
  doc('pathways.study-scholarships', 'en', ['scholarship', 'university', 'study abroad'], ['how can i study at a university abroad'], 'Study pathways and scholarships'),
  doc('menu.greeting', 'en', ['hi', 'hello', 'good morning'], ['hello there']),
  doc('menu.greeting', 'ar', ['مرحبا', 'marhaba', 'salam 3alaykom'], ['مرحبا كيفك']),
  doc('safety.urgent', 'en', ['in danger', 'locked in', 'took my passport', 'threatened', 'kill myself', 'forced to work'], ['my employer took my passport and locked me in', 'i want to kill myself']),
  doc('safety.urgent', 'ar', ['خطر', 'بخطر', 'اخد جوازي', 'b5atar', 'sa3douni'], ['ana b5atar sa3douni']),
];
const matcher = createMatcher(CORPUS);

describe('matcher', () => {
  it('matches a plain question', () => {
    const r = matcher.match('I lost my travel document');
    expect(r).toMatchObject({ topic: 'ctd.lost-or-expired', area: 'ctd', language: 'en' });
    expect(r.confidence).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(['i lsot my travle documnet', 'I LOST MY TRAVEL DOCUMENT!!!', 'lost travel doc', 'my ctd expierd'])('is robust to typos and shouting: %s', (text) => {
    expect(matcher.match(text).topic).toBe('ctd.lost-or-expired');
  });

  it('matches Arabic without diacritics or hamza, and with clitics', () => {
    expect(matcher.match('ضاعت وثيقه السفر تبعي').topic).toBe('ctd.lost-or-expired');
    expect(matcher.match('وَثِيقَةُ السَّفَرِ ضَاعَتْ').topic).toBe('ctd.lost-or-expired');
  });

  it('matches across languages: English words in an Arabic message', () => {
    expect(matcher.match('ضاعت ctd تبعي', { language: 'ar' }).topic).toBe('ctd.lost-or-expired');
  });

  it('matches Arabizi against romanised phrases', () => {
    expect(matcher.match('marhaba').topic).toBe('menu.greeting');
    expect(matcher.match('ana b5atar').topic).toBe('safety.urgent');
  });

  it.each(["what's the weather tomorrow", 'recipe for pizza', 'who won the football', 'tell me a joke', 'how much is an iphone', '', '???', '👍👍'])(
    'returns no topic for out-of-scope text: %s',
    (text) => {
      const r = matcher.match(text);
      expect(r.topic).toBeNull();
      expect(r.area).toBeNull();
      expect(r.confidence).toBeLessThan(MATCH_THRESHOLD);
    },
  );

  it('lets safety win a tie, and does not lose it to an information topic', () => {
    expect(matcher.match('my employer took my passport and locked me in the house').topic).toBe('safety.urgent');
    expect(matcher.match('I am in danger').topic).toBe('safety.urgent');
    expect(matcher.match('i want to kill myself').topic).toBe('safety.urgent');
  });

  it('still answers a calm question about passports with the information topic', () => {
    expect(matcher.match('should i give my passport to my employer to keep').topic).toBe('rights.keep-your-documents');
  });

  it('returns close candidates as alternatives with comparable confidence, the chosen one first', () => {
    const r = matcher.match('recruitment fee or travel costs, who pays?');
    expect(r.topic).not.toBeNull();
    expect(r.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(r.alternatives[0]?.topic).toBe(r.topic);
    const topics = r.alternatives.map((a) => a.topic);
    expect(topics).toEqual(expect.arrayContaining(['rights.fair-recruitment', 'predeparture.costs-who-pays']));
    const [first, second] = r.alternatives;
    expect(Math.abs((first?.confidence ?? 0) - (second?.confidence ?? 0))).toBeLessThan(0.1);
  });

  it('returns no alternatives when the answer is clear', () => {
    expect(matcher.match('scholarship to study at university').alternatives).toEqual([]);
  });

  it('reports the detected language, or the chosen one when detection is unsure', () => {
    expect(matcher.match('مرحبا').language).toBe('ar');
    expect(matcher.match('hi', { language: 'so' }).language).toBe('so');
    expect(matcher.match('where is the office for lost travel documents', { language: 'ar' }).language).toBe('en');
  });

  it('keeps confidences in 0..1', () => {
    for (const text of ['hello', 'lost travel document lost travel document', 'x']) {
      const r = matcher.match(text);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});
