import type { LanguagePatterns } from './types';

/**
 * Somali. Definite and possessive endings attach to the noun
 * ("baasaboorkaaga" = your passport, "lacagta" = the money), hence prefixes
 * (`baasaboor*`). The glottal stop is dropped when folded ("la'aan" →
 * "laaan"). Many adverts mix in English ("visa", "processing fee").
 */
const BAASABOOR = 'baasaboor*?|basaboor*|baasabor*|baasboor*|basbor*|baasapoor*';
const FIISO = 'fiiso*|fiisa*|fiise*|visa*|viisa*';
const QANDARAAS = 'qandaraas*|heshiis*|kontarat*|kontaraak*|contract*';
const HAYE = 'shirkad*|wakiil*|xafiis*|loo+shaqeeye*|shaqo+bixiye*|dilaal*|samsaar*|annaga|anaga|nala|noo|kafiil*';

export const SO: LanguagePatterns = {
  negations: 'ma|maaha|majiro|ma+jiro|mana|marna|midna|bilaa|laaan|la+aan|ha',
  flags: {
    fee: {
      match: [
        'lacag*|khidmad*|kharash*|ujro* ~ diiwaangelin*|diiwaan*|fiiso*|fiisa*|visa|horudhac*|dammaanad*|wakaal*|xafiis*|codsi*|processing|sameyn*|baasaboor*|tigid*|tikid*',
        'khidmad*|horudhac*|lacag+hore|lacagta+hore|dammaanad+lacag*',
        'bixi|bixiso|bixisaa|bixisaan|bixiya|bixin|dir|u+dir|soo+dir|noo+soo+dir|dirso|wareeji|wareejin|shub|ku+shub ~ $',
        '$ ~ lacag*|khidmad*|kharash*|horudhac*|dammaanad*|fiiso*|fiisa*|visa|tigid*|tikid*|bixi|bixiso|bixisaa|dir|soo+dir|u+dir|ku+shub',
        'khidmad*|kharash*|qiimo|qiimaha|ujro*|fiiso*|fiisa*|tigid*|dammaanad* ~ $',
        'evc|zaad|sahal|edahab|e+dahab|xawaalad*|xawil*|hawala|western+union|moneygram',
        'lacag* ~ soo+dir|u+dir|dirso|ku+shub|wareeji|bixi',
        'waa+inaad|waa+in+aad|waxaa+lagaa+rabaa|waxaad+u+baahan+tahay ~ bixisaa|bixiso|bixin|dirtaa|dirto',
        'mushahar* ~ laga+jari|laga+goyn|laga+jarayaa ~~ wakiil*|fiiso*|tigid*|deyn*',
      ],
      notBefore: ['shirkad*|loo+shaqeeye*|shaqo+bixiye*|annaga|anaga ~ bixin*|bixisa|bixiya|bixinaysa|bixineysa|ka+bixin*', 'bilaash|lacag+la+aan|lacag+laaan'],
      notAfter: ['waxaa+bixin*|waxa+bixin*|ayaa+bixin*|shirkad*|loo+shaqeeye*|shaqo+bixiye*|bilaash|majiro|ma+jiro|maaha|looma|lagaama'],
    },
    passport: {
      match: [
        `${BAASABOOR}|dukumiinti*|dukumenti*|waraaq* ~ haynaa|hayn*|haysan*|haysaneyn*|haysanayn*|haysa|qaadan*|qabsan*|ka+qaadan*|la+hayn*|la+haysan*`,
        `${HAYE} ~ haynaya|haynayaa|haysa|haysanaysa|haysaneysa|hayn+doona|qaadan+doona|qabanaya ~ ${BAASABOOR}`,
        `${BAASABOOR} ~ dhiib|dhiibo|dhiibtaa|dhiibi|noo+dhiib|u+dhiib|soo+dir|noo+soo+dir|u+dir ~ ${HAYE}`,
        `${BAASABOOR} ~ ${HAYE} ~ dhiib|dhiibo|ku+reeb|ka+tag|soo+dir|u+dir|haysan*|hayn*|joogi*`,
        `${BAASABOOR} ~ asal*|asliga ~ dhiib*|soo+dir|u+dir|noo+soo+dir|ku+reeb|${HAYE}`,
        `asal*|asliga ~ ${BAASABOOR} ~ dhiib*|soo+dir|u+dir|noo+soo+dir|ku+reeb|${HAYE}`,
        `nuqul*|koobi*|sawir* ~ ${BAASABOOR} ~ asal*|asliga`,
        `${BAASABOOR} nuqul*|koobi*|sawir* ~ asal*|asliga`,
        `${BAASABOOR}|dukumiinti* ~ dammaanad*|amaano|rahaamad*|rahan`,
      ],
      notBefore: ['adiga|adigu|naftaada|adigaa', 'nuqul*|koobi*|sawir*|copy|scan'],
      notAfter: ['nuqul*|koobi*|sawir*|copy|scan|adiga|adigu|gacantaada|naftaada|kula+jiro|kula+jira'],
      noGap: 'nuqul*|koobi*|sawir*|copy|scan|adiga|adigu|adigaa|naftaada|gacantaada|safaarad*|embassy',
    },
    'visa-sold': {
      match: [
        `${FIISO} ~ iib*|la+iibinayo|iibinaa|iibineynaa|iibka`,
        `iibso|iibsada|iibsan*|iibinaa|iibineynaa|iibin* ~ ${FIISO}|sponsor*|kafiil*`,
        `${FIISO} ~ fri|free|xor|xorr|bilaash|hubaal|la+hubo|dammaanad*|boqolkiiba+boqol|100`,
        `hubaal|boqolkiiba+boqol|100 ~ ${FIISO}`,
        'free+visa|fri+fiiso|fiiso+fri|azad+visa',
      ],
      notAfter: ['waxaa+bixin*|shirkad*|loo+shaqeeye*'],
    },
    'no-contract': {
      match: [
        `${QANDARAAS} ~ laaan|la+aan|majiro|ma+jiro|looma+baahna|lama+baahna|uma+baahnid|loo+baahan+maaha`,
        `bilaa|aan+lahayn|ma+jiro ~ ${QANDARAAS}`,
        `${QANDARAAS} ~ markaad|marka+aad|markii ~ gaarto|gaartid|timaado|timaaddo|tagto|degto`,
        `${QANDARAAS} ~ halkaas|halkaa|kadib|ka+dib|dambe|goor+dambe|hadhow|hadhaw`,
        'heshiis*|ballan* ~ af+ahaan|afka|hadal',
        `${QANDARAAS} ~ kaliya|keliya|oo+keliya ~ ingiriis*|boolish*|jarmal*|carabi|ruush*`,
        'shaqo ~ sharci+darro|aan+sharci+ahayn|tahriib',
      ],
      notAfter: ['beddel*|bedel*|khidmad*'],
      noGap: 'kahor|ka+hor|hore',
    },
    'vague-employer': {
      match: [
        'magac* ~ shirkad*|loo+shaqeeye*|shaqo+bixiye* ~ dambe|hadhow|sir|qarsoodi|kadib|ka+dib',
        'shirkad*|loo+shaqeeye* qarsoodi|sir|aan+la+aqoon',
        'wakiil*|dilaal*|samsaar* ~ kuu+sheegi|ku+sheegi|sheegi+doona|kuu+sharxi ~ dambe|hadhow|kadib|faahfaahin*',
        'faahfaahin*|macluumaad* ~ gaar*|whatsapp|inbox|dambe|hadhow|fariin+gaar*',
        'whatsapp|telegram|imo|viber ~ kaliya|keliya|oo+keliya',
        'kaliya|keliya ~ whatsapp|telegram|imo|viber|telefoon*',
        'cinwaan* ~ dambe|hadhow|kadib|lacag+bixinta+kadib',
        'xafiis+ma+lihin|xafiis+ma+leh',
      ],
    },
    'high-wage': {
      match: [
        'lacag* ~ fudud|sahlan|dhaqso*|dhakhso*|degdeg*',
        'lacag+badan ~ dhaqso*|dhakhso*|si+fudud',
        'mushahar*|mushaar* ~ aad+u+sarreeya|aad+u+badan|aad+u+weyn|weyn+oo',
        'taajir|hodan ~ noqo|noqon|noqon+doontaa',
        'dakhli|faaiido ~ la+hubo|dammaanad*',
      ],
    },
    pressure: {
      match: [
        'degdeg*|deg+deg|dhaqso+dhaqso|si+dhakhso+ah|si+dhaqso+ah',
        'maanta+oo+keliya|maanta+oo+kaliya|maanta+kaliya|maanta+keliya|kaliya+maanta|keliya+maanta|maalinta+ugu+dambeysa|fursad*+ugu+dambeys*|fursad*+u+dambeys*',
        'boos*|kursi*|kuraas*|meel* ~ kooban|xaddidan|yar+baa+haray|haray',
        `kaliya|keliya|oo+keliya ~ # ~ boos*|kursi*|qof|meel*|fiiso*`,
        'bixi|dir|soo+dir|ku+shub|saxiix|goaanso ~ hadda|maanta|isla+markiiba|dhaqso*|degdeg*',
        'hadda|maanta|isla+markiiba ~ bixi|dir|soo+dir|ku+shub|saxiix|goaanso',
        'cidna|qofna ~ ha+u+sheegin|ha+sheegin|ha+ogeysiin',
        'ha+u+sheegin ~ cidna|qofna|qoyskaaga|saaxiibadaa',
        'sir ~ ka+dhig|u+hay|ku+hay',
        'safar*|bax ~ dhaqso*|degdeg*|isla+markiiba|berri|toddobaadkan',
      ],
    },
  },
  lowSkill: [
    'khibrad*|waayo+aragnimo|shahaado*|luqad* ~ looma+baahna|lama+baahna|uma+baahnid|looma+baahan|shuruud+maaha|laaan|la+aan',
    'bilaa|aan+lahayn ~ khibrad*|shahaado*|luqad*',
  ],
  salary: 'mushahar*|mushaar*|dakhli*|lacag+shaqo',
  periods: {
    month: ['bil|bishii|bishiiba|bilkii|bilaha|billaha|bishi'],
    week: ['toddobaad*|todobaad*|usbuuc*'],
    day: ['maalin|maalintii|maalinlaha|maalinba'],
    hour: ['saacad|saacaddii|saacadiiba|saacadii'],
    year: ['sannad*|sanad*'],
  },
};
