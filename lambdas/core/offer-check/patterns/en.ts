import type { LanguagePatterns } from './types';

/**
 * English, including the English of scam adverts everywhere ("URGENT!!",
 * "free visa", "inbox for details"). Text in any language is also checked
 * against these, so mixed messages are covered. Long words allow a typo
 * (`registration?`); "contract" and "urgent" do not, because "contact" and
 * the French "argent" are one letter away.
 */
const CONTRACT = 'contract|contracts|contarct|contrat|contrct|kontrak|kontract';
const PASSPORT = 'passport*?|pasport*|passaport*';
const EMPLOYER = 'employer|employers|company|companies|we|sponsor|firm|agency|client';
const SEAT = 'places|seats|spots|slots|vacancies|positions|visas';
const ORIGINAL = 'original|originals';
const HOLDER = 'agent|agents|agency|office|us|employer|company|sponsor|boss|recruiter|owner';
const LANGUAGE = 'polish|german|english|arabic|russian|czech|lithuanian|romanian|hungarian|croatian|slovak|hebrew|turkish|french';

export const EN: LanguagePatterns = {
  negations: 'no|not|never|dont|doesnt|didnt|wont|cannot|cant|without|nobody|none|nothing|neither|nor|zero',
  flags: {
    fee: {
      match: [
        'processing?|registration?|application?|agency|agent|agents|placement?|recruitment?|recruiting|booking|visa|medical|training|admin|administration|administrative|documentation|file|interview|reservation?|job|service|joining|enrollment|enrolment|sponsorship?|commitment fee|fees|charge|charges',
        'deposit|deposits',
        'pay|pays|paying|payment|payable|send|sending|transfer|wire|deposit ~ $',
        '$ ~ fee|fees|deposit|charge|payment|commission|upfront|advance|registration|processing|visa|ticket|cost',
        'fee|fees|charge|charges|cost|costs|price|commission|deposit|visa|ticket ~ $',
        'advance|upfront|down|initial payment',
        'pay|paid ~ in+advance|upfront|up+front',
        'western+union|moneygram|money+gram|mpesa|m+pesa|hawala',
        'send|transfer|wire ~ money|cash',
        'you+must|you+have+to|you+need+to|you+should|worker+must|workers+must|applicants+must|candidates+must ~ pay',
        'deduct*|cut ~~ agent|agency|recruiter|visa|ticket|loan|debt',
      ],
      notBefore: [`${EMPLOYER} ~ pay|pays|paid|cover|covers|covered|covering|bear|bears|refund|refunds`, 'paid+by|covered+by|free|free+of|direct'],
      notAfter: [
        'paid+by|covered+by|borne+by|paid+for+by|is+paid+by|are+paid+by|is+covered|are+covered|will+be+paid|will+be+covered|is+free|are+free|waived|by+the+employer|by+employer|by+the+company|not+required|not+needed|none|nil',
      ],
      // "We send you 200 € pocket money" is not a fee; "send us 200 €" is.
      noGap: 'you',
    },
    passport: {
      match: [
        `we|they|employer|company|agent|agency|sponsor|boss|office|owner|recruiter|manager|supervisor ~ keep|keeps|hold|holds|retain|retains|confiscate*|kept|held ~ ${PASSPORT}|documents|papers|id+card`,
        `${PASSPORT}|documents|papers ~ kept|held|retained|confiscated|surrendered|deposited`,
        `${PASSPORT} ~ stays|stay|remain|remains ~ with|at ~ ${HOLDER}`,
        `surrender|surrendering|handover|hand+over|give+us ~ ${PASSPORT}`,
        `send|give|submit|hand|leave|deposit ~ ${PASSPORT} ~ to|with|at ~ ${HOLDER}`,
        `send|give|submit|surrender|post|courier|hand ~ ${ORIGINAL} ~ ${PASSPORT}|documents|papers`,
        `${PASSPORT} copy|copies|scan|photocopy ~ ${ORIGINAL}`,
        `${PASSPORT}|documents ~ as|for ~ guarantee|security|collateral|safekeeping`,
        'for+safekeeping|for+safe+keeping',
        `keep|hold ~ ${PASSPORT} ~ until`,
      ],
      notBefore: ['you|yourself|please|always|should|must', 'copy+of|copies+of|scan+of|photo+of|picture+of|photocopy+of'],
      notAfter: ['copy|copies|scan|photo|photocopy|picture|pdf|with+you|yourself|by+you'],
      noGap: 'copy|copies|scan|scanned|photo|photos|photocopy|picture|pdf|you|yourself',
    },
    'visa-sold': {
      match: [
        'visa|visas ~ for+sale|on+sale|to+sell',
        'sell|sells|selling|sold|buy|buying|purchase|purchasing ~ visa|visas|work+permit|sponsorship|kafala|iqama',
        'free+visa|free+visas|freevisa|azad+visa|visa+azad|khulla+visa',
        'visa|visas|work+permit ~ guaranteed?|guarantee|100|sure|assured',
        'guaranteed|guarantee|100|sure|assured ~ visa|visas|work+permit',
      ],
    },
    'no-contract': {
      match: [
        `no|without ~ ${CONTRACT}`,
        `${CONTRACT} ~ on+arrival|upon+arrival|after+arrival|after+you+arrive|when+you+arrive|once+you+arrive|when+you+get+there|at+destination`,
        `sign ~ ${CONTRACT} ~ there`,
        `${CONTRACT} ~ not+needed|not+necessary|not+required|not+important`,
        `${CONTRACT} ~ given|sent|signed|provided|shown|made ~ later|there`,
        'verbal|oral|spoken agreement|contract|deal|promise',
        'just+trust+us|trust+me|trust+us',
        `${CONTRACT} ~ only+in`,
        `${CONTRACT} ~ in ~ ${LANGUAGE} ~ only`,
        'unofficial|informal|undocumented|illegal job|work|employment',
      ],
      notAfter: ['substitution|change|changes|fee|fees|termination'],
      noGap: 'before|prior',
    },
    'vague-employer': {
      match: [
        'company|employer|employers|agency|client ~ name|names|details|address ~ later|after|confidential|secret|private|undisclosed|withheld|hidden',
        'company|employer|client ~ confidential|undisclosed|secret',
        'agent|agents|recruiter|coordinator|broker ~ tell|explain|inform|give|share|send|call ~ later',
        'details|info|information ~ inbox|dm|pm|privately|in+private|later',
        'inbox|dm|pm me|us ~ for|privately|details',
        'inbox+me|dm+me|pm+me',
        'whatsapp|telegram|viber only',
        'only whatsapp|telegram|viber',
        'no+office|no+website',
        'address ~ later|after+payment|after+you+pay',
        'dont|do+not ~ call|contact|visit|email ~ company|employer',
        'through+me+only|only+through+me|only+through+us|through+us+only',
      ],
    },
    'high-wage': {
      match: [
        'easy|fast|quick money|cash|income',
        'usd+usd|eur+eur|gbp+gbp',
        'earn|make ~ fast|quickly|easily',
        'get+rich|become+rich',
        'very+high|huge|unbelievable|incredible|amazing salary|salaries|pay|wage|wages|income|earnings',
        'guaranteed income|earnings|profit',
      ],
    },
    pressure: {
      match: [
        'urgent*|urgnt|urjent|urgant',
        'hurry',
        'only+today|today+only|only+for+today|ends+today|closing+today|expires+today|deadline+today|deadline+tomorrow|last+day|last+chance|final+chance|now+or+never|act+now|act+fast|dont+miss|before+it+is+too+late|before+its+too+late|first+come',
        `limited ~ ${SEAT}`,
        `${SEAT} ~ limited|left|remaining`,
        `only|just # ~ ${SEAT}|left`,
        'pay|send|sign|decide|book|reserve now|today|immediately|quickly|fast|tonight',
        'leave|travel|fly|depart|departure ~ within ~ days|hours|week',
        'leave|travel|fly|depart|departure ~ immediately|tomorrow|this+week',
        'dont|do+not|never ~ tell|inform ~ anyone|anybody|family|friends|others|police|embassy|unhcr|iom',
        'tell+no+one|tell+nobody|keep+it+secret|keep+this+secret|keep+secret|keep+quiet',
      ],
    },
  },
  lowSkill: [
    'no|without ~ experience?|qualification?|qualifications|skills|skill|diploma|degree|education|english|language?|ielts|certificate?|certificates',
    'experience ~ not+required|not+needed|not+necessary',
    'anyone+can+apply|anybody+can+apply',
  ],
  salary: 'salary|salaries|wage|wages|earn|earns|earning|earnings|income|paycheck|stipend|remuneration',
  periods: {
    month: ['month|months|monthly|mo|mth|pm'],
    week: ['week|weeks|weekly|wk|pw'],
    day: ['day|days|daily'],
    hour: ['hour|hours|hourly|hr|hrs|h'],
    year: ['year|years|yearly|annual|annually|annum|yr|pa'],
  },
};
