import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../lambdas/core/languages';
import { detectLanguage, LANGUAGE_SWITCH_CONFIDENCE } from '../../../lambdas/core/matching/language-id';

/** Five or more ordinary messages per language, as people type them. */
const SENTENCES: Record<LanguageCode, string[]> = {
  en: ['How can I get a work visa for Canada?', 'my boss did not pay me this month', 'where do i find the office for travel documents', 'Is it safe to send money with this company?', 'I want to study at a university abroad'],
  ar: ['كيف احصل على تأشيرة عمل في كندا؟', 'صاحب العمل لم يدفع راتبي هذا الشهر', 'وين مكتب وثائق السفر', 'هل من الآمن إرسال المال مع هذه الشركة؟', 'بدي ادرس بالجامعة برا'],
  fr: ['Comment obtenir un visa de travail pour le Canada ?', "mon patron ne m'a pas payé ce mois-ci", 'où se trouve le bureau des titres de voyage', "Est-ce que c'est sûr d'envoyer de l'argent avec cette société ?", "je veux étudier à l'université à l'étranger"],
  es: ['¿Cómo consigo una visa de trabajo para Canadá?', 'mi jefe no me pagó este mes', 'donde queda la oficina de documentos de viaje', '¿Es seguro mandar dinero con esta empresa?', 'quiero estudiar en una universidad en el extranjero'],
  'fa-AF': ['چطور میتوانم ویزای کار کانادا بگیرم؟', 'کارفرمایم این ماه معاشم را نداده', 'دفتر اسناد سفر کجاست', 'آیا روان کردن پول با این شرکت امن است؟', 'میخواهم در پوهنتون خارج درس بخوانم'],
  ps: ['زه څنګه د کاناډا د کار ویزه ترلاسه کړم؟', 'زما کارفرما دا میاشت معاش نه دی راکړی', 'د سفر د اسنادو دفتر چیرته دی', 'ایا له دې شرکت سره پیسې لیږل خوندي دي؟', 'زه غواړم په بهر کې پوهنتون ووایم'],
  so: ['Sidee baan u helaa fiiso shaqo oo Kanada ah?', 'shaqo bixiyahaygu bishan ima uusan bixin mushaharka', 'xagee ku yaal xafiiska dukumentiyada safarka', 'Ma ammaan baa in lacag lagu diro shirkaddan?', 'waxaan rabaa inaan wax ku barto jaamacad dibadda ah'],
  sw: ['Ninawezaje kupata visa ya kazi ya Kanada?', 'bosi wangu hajanilipa mwezi huu', 'ofisi ya hati za kusafiria iko wapi', 'Je, ni salama kutuma pesa na kampuni hii?', 'nataka kusoma chuo kikuu nje ya nchi'],
  ti: ['ናይ ካናዳ ቪዛ ስራሕ ብኸመይ ክረክብ እኽእል?', 'ወሃቢ ስራሕ ናይዚ ወርሒ ደሞዘይ ኣይከፈለንን', 'ቤት ጽሕፈት ሰነድ ጉዕዞ ኣበይ ኣሎ', 'ምስዚ ትካል ገንዘብ ምስዳድ ውሑስ ድዩ?', 'ኣብ ወጻኢ ዩኒቨርሲቲ ክመሃር እደሊ'],
  uk: ['Як отримати робочу візу до Канади?', 'мій роботодавець не заплатив мені цього місяця', 'де знаходиться офіс проїзних документів', 'Чи безпечно надсилати гроші через цю компанію?', 'я хочу навчатися в університеті за кордоном'],
};

describe('detectLanguage', () => {
  for (const [language, sentences] of Object.entries(SENTENCES) as [LanguageCode, string[]][]) {
    it.each(sentences)(`${language}: %s`, (sentence) => {
      const guess = detectLanguage(sentence);
      expect(guess.language).toBe(language);
      expect(guess.confidence).toBeGreaterThanOrEqual(LANGUAGE_SWITCH_CONFIDENCE);
    });
  }

  it.each(['ok', 'hi', '👍', '123', 'visa'])('is unsure about short or empty text: %s', (text) => {
    expect(detectLanguage(text).confidence).toBeLessThan(LANGUAGE_SWITCH_CONFIDENCE);
  });

  it('falls back to the given language when there is nothing to go on', () => {
    expect(detectLanguage('👍', 'so')).toEqual({ language: 'so', confidence: 0 });
  });

  it('reads Arabizi and romanised Dari/Pashto as their language, without being sure', () => {
    const arabizi = detectLanguage('ana bidi sho8l 3ala visa');
    expect(arabizi.language).toBe('ar');
    expect(arabizi.confidence).toBeLessThan(LANGUAGE_SWITCH_CONFIDENCE);
    expect(detectLanguage('man mekhaham dar kanada kar konam').language).toBe('fa-AF');
    expect(detectLanguage('za ghwaram pa kanada ke kaar wokram sanga').language).toBe('ps');
  });

  it('tells Dari typed on an Arabic keyboard from Arabic by its function words', () => {
    expect(detectLanguage('من ميخواهم در كانادا كار كنم').language).toBe('fa-AF');
  });
});
