import { describe, expect, it } from 'vitest';
import { templateLanguage } from '../../../lambdas/channels/whatsapp/templates';
import { TEMPLATE_LIMITS } from '../../../lambdas/channels/whatsapp/template-catalogue';
import { LANGUAGES } from '../../../lambdas/core/languages';
import { templateRequests } from '../../../scripts/cli/whatsapp';

describe('the adviser-reply template', () => {
  it('is sent in the person’s language where Meta has templates in it, otherwise in English', () => {
    expect(Object.fromEntries(LANGUAGES.map((l) => [l.code, templateLanguage(l.code)]))).toEqual({
      en: 'en', ar: 'ar', fr: 'fr', es: 'es', 'fa-AF': 'prs_AF', ps: 'en', so: 'en', sw: 'sw', ti: 'en', uk: 'uk',
    });
    expect(templateLanguage(undefined)).toBe('en');
    expect(templateLanguage('de')).toBe('en');
  });

  it('has an approval request for every template language, within Meta’s limits, with the parameter example', () => {
    const requests = templateRequests();
    expect(requests.map((r) => r.language).sort()).toEqual(['ar', 'en', 'es', 'fr', 'prs_AF', 'sw', 'uk']);
    for (const r of requests) {
      expect(r).toMatchObject({ name: 'pathways_adviser_reply', category: 'utility' });
      const [body, buttons] = r.components as unknown as [{ text: string; example: { body_text: string[][] } }, { buttons: { type: string; text: string }[] }];
      expect(body.text.split('{{1}}')).toHaveLength(2);
      expect(body.text.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.body);
      expect(body.example.body_text).toEqual([['PW-7K3Q9']]);
      expect(buttons.buttons).toEqual([{ type: 'quick_reply', text: expect.any(String) }]);
      expect(buttons.buttons[0]?.text.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.button);
    }
    expect(templateRequests('ngo_reply_v2').every((r) => r.name === 'ngo_reply_v2')).toBe(true);
  });
});
