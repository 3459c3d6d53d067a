import { compilePhrase, wordMatches } from './phrase';
import { quote, type Token } from './tokens';

/**
 * "Only a WhatsApp number or a personal name": an offer whose only contact is
 * a phone number or a messenger, with no company to look up (no legal form
 * such as "GmbH" or "Sp. z o.o.", no company website or e-mail, no street).
 * The check-offer topic's first question is "Is the employer real? Look for
 * an official address and website".
 */

/** Messenger names as people type them in the ten languages' scripts. */
const MESSENGER = compilePhrase(
  'whatsapp?|whatsap|watsapp|watsap|whtsapp|watsup|whatsup|telegram?|viber|*واتساب|*واتس|*وتساب|*واتسب|*واتساپ|*وتساپ|*تلغرام|*تليجرام|*تلجرام|*تلگرام|*فايبر|*وایبر|ايمو|ایمو|вайбер*|телеграм*|ватсап*|вотсап*|вацап*|ዋትስኣፕ|ዋትሳፕ|ዋትስአፕ|ቴሌግራም',
);

/** Legal forms and street words that make an employer something one can look up. */
const COMPANY = compilePhrase(
  'ltd|llc|inc|gmbh|plc|sarl|bv|kft|srl|sro|ооо|тов|фоп|لمیتد|ليمتد|لمتد|street|strasse|str|rue|calle|avenida|avenue|ulica|شارع|*سرک|вул|вулиця|улица|jidka|barabara|mtaa|ጎደና',
);
const COMPANY_SEQUENCES = [/\bsp\.?\s?z\s?o\.?\s?o\b/iu, /\bs\.\s?r\.\s?o\b/iu, /\bs\.\s?a\.(?!\w)/u, /\bذ\.?\s?م\.?\s?م\b/u, /\bco\.,?\s?ltd\b/iu, /\b(?:company|co\.?)\s+limited\b/iu];

const DOMAIN = /(?:[a-z0-9-]+\.)+(?:com|org|net|info|biz|jobs|eu|int|gov|edu|co|io|de|pl|uk|fr|es|it|nl|be|at|ch|se|no|dk|fi|ie|pt|cz|sk|hu|ro|bg|gr|lt|lv|ee|ca|us|au|nz|ae|sa|qa|kw|om|bh|jo|lb|tr|ua|ru|ke|tz|ug|et|er|af)\b/giu;
/** Hosts anyone can use: a link or address there says nothing about an employer. */
const ANYONE_HOSTS = /(^|\.)(wa\.me|whatsapp\.com|t\.me|telegram\.(me|org)|facebook\.com|fb\.com|instagram\.com|tiktok\.com|bit\.ly|tinyurl\.com|gmail\.com|googlemail\.com|yahoo\.[a-z.]+|hotmail\.[a-z.]+|outlook\.com|live\.com|icloud\.com|mail\.ru|ukr\.net|proton\.me|forms\.gle|docs\.google\.com|youtube\.com)$/iu;

/** A phone number: nine to fifteen digits, written as people do (+48 123-456-789, 0791 234 567). */
const PHONE = /(?:\+|\b00|\b0)\d[\d\s().-]{6,}\d/gu;

/** Web and e-mail domains; "Poland.No experience" (a missing space) is not one. */
function companyDomains(text: string): string[] {
  return [...text.matchAll(DOMAIN)]
    .filter((m) => m[0] === m[0].toLowerCase() || /(?:\/\/|@)$/u.test(text.slice(0, m.index)) || /^www\./iu.test(m[0]))
    .map((m) => m[0].toLowerCase());
}

/** The quoted contact when the only way to reach the "employer" is a phone or a messenger; otherwise undefined. */
export function anonymousContact(original: string, tokens: readonly Token[]): string | undefined {
  const text = original.slice(0, 6000);
  if (tokens.some((t) => wordMatches(COMPANY, t)) || COMPANY_SEQUENCES.some((r) => r.test(text))) return undefined;
  if (companyDomains(text).some((d) => !ANYONE_HOSTS.test(d))) return undefined;
  const messenger = tokens.findIndex((t) => wordMatches(MESSENGER, t));
  const digits = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, '0');
  const phone = [...digits.matchAll(PHONE)].find((m) => {
    const count = m[0].replace(/\D/gu, '').length;
    return count >= 9 && count <= 15;
  });
  const word = tokens[messenger];
  if (phone) {
    // Quote "WhatsApp: +48 ..." when the messenger's name comes just before the number.
    const from = word && word.to <= phone.index && phone.index - word.to <= 12 ? word.from : phone.index;
    return text.slice(from, phone.index + phone[0].length).replace(/\s+/gu, ' ').trim();
  }
  return word ? quote(original, tokens, messenger, messenger + 1) : undefined;
}
