import type { LanguagePatterns } from './types';

/**
 * Swahili (Kenyan and Tanzanian usage, with the English of East African
 * recruitment adverts). Negation is mostly a verb prefix ("hatutachukua",
 * "usimwambie"), so negated verbs simply do not match; `usi*`, `hatu*` block gaps.
 */
const PASIPOTI = 'pasipoti*?|paspoti*|pasporti*|pasi+ya+kusafiria|passport*';
const VIZA = 'viza|visa|vibali|kibali';
const MKATABA = 'mkataba|mikataba|kandarasi|mkataba*';
const MWENYEWE = 'wakala|ajenti|dalali|mawakala|kampuni|mwajiri|ofisi|ofisini|kwetu|sisi|mdhamini';
const NAFASI = 'nafasi|viti|nafasi+za+kazi';

export const SW: LanguagePatterns = {
  negations: 'hakuna|bila|si|sio|siyo|hapana|kamwe|usi*|hatu*|hau*|hazi*|hai*|hatakiwi',
  flags: {
    fee: {
      match: [
        'ada|gharama|malipo|kiingilio ~ usajili|kujiandikisha|viza|visa|kazi|mchakato|usindikaji|maombi|wakala|huduma|kuhifadhi|ofisi|tiketi|uwakala|processing',
        'malipo ~ ya+awali|kabla|mapema|ya+kwanza',
        'amana|dhamana ~ $',
        'lipa|ulipe|kulipa|ulipie|kulipia|mlipe|tuma|utume|kutuma|tumeni|weka|uweke|kuweka|peleka|toa|utoe ~ $',
        '$ ~ ada|gharama|malipo|amana|dhamana|usajili|viza|visa|tiketi|kiingilio|ya+usajili|ya+viza|ya+visa|ya+mchakato',
        'ada|gharama|bei|malipo|viza|visa|tiketi|amana|dhamana ~ $',
        'mpesa|m+pesa|airtel+money|tigo+pesa|halopesa|western+union|moneygram|hawala',
        'tuma|tumeni|utume|kutuma|weka ~ pesa|hela|fedha',
        'lazima|unatakiwa|mnatakiwa|utahitajika|inabidi|unapaswa ~ ulipe|kulipa|kulipia|ulipie|utume|kutuma|mlipe',
        'kukatwa|itakatwa|tutakata|watakata ~~ wakala|viza|visa|tiketi|deni|mkopo',
      ],
      notBefore: ['mwajiri|kampuni|sisi|mdhamini ~ atalipa|analipa|italipa|inalipa|tutalipa|tunalipa|hulipa|atagharamia|itagharamia|tutagharamia|atalipia|italipia', 'bure|bila+malipo'],
      notAfter: ['italipwa|zitalipwa|inalipwa|zinalipwa|hulipwa|itagharamiwa|zitagharamiwa|inagharamiwa|bure|bila+malipo|ni+juu+ya+mwajiri|ni+juu+ya+kampuni|na+mwajiri|na+kampuni|hakuna'],
    },
    passport: {
      match: [
        `tutashikilia|tunashikilia|atashikilia|itashikilia|watashikilia|tutachukua|tunachukua|atachukua|itachukua|tutahifadhi|tunahifadhi|itahifadhi|atahifadhi|tutabaki+na|tutakaa+na|tutaweka|tunaweka ~ ${PASIPOTI}|hati|nyaraka|vitambulisho`,
        `${PASIPOTI}|hati|nyaraka ~ itashikiliwa|zitashikiliwa|inashikiliwa|itachukuliwa|zitachukuliwa|itahifadhiwa|zitahifadhiwa|itakaa|itabaki|zitabaki ~ na|kwa|ofisini|kwetu|${MWENYEWE}`,
        `${PASIPOTI} ~ itashikiliwa|zitashikiliwa|itachukuliwa|itahifadhiwa`,
        `kabidhi|ukabidhi|mkabidhi|wasilisha|uwasilishe|tuma|utume|acha|uache|leta|ulete|mpe|tupe ~ ${PASIPOTI} ~ halisi|asili|ya+asili|kwa|kwetu|ofisini|${MWENYEWE}`,
        `kabidhi|ukabidhi|tuma|utume|acha|uache|tupe ~ hati ~ halisi|asili|za+asili`,
        `nakala|kopi|picha ~ ${PASIPOTI} ~ na ~ halisi|asili|ya+asili`,
        `${PASIPOTI}|hati ~ kama ~ dhamana|amana|uhakikisho`,
      ],
      notBefore: ['wewe|utabaki+na|baki+na|shika|hifadhi|usiache', 'nakala+ya|kopi+ya|picha+ya|scan+ya'],
      notAfter: ['wewe|na+wewe|mikononi+mwako|kwako|yako+mwenyewe|nakala|kopi|picha|scan'],
      noGap: 'nakala|kopi|picha|scan|wewe|mwenyewe|ubalozi|ubalozini',
    },
    'visa-sold': {
      match: [
        `${VIZA} ~ zinauzwa|inauzwa|zinazouzwa|za+kuuza|ya+kuuza|kwa+kuuza|kuuzwa|zinauzwa+kwa`,
        `uza|tunauza|anauza|kuuza|nunua|kununua|ununue|unanunua|nunueni ~ ${VIZA}`,
        `${VIZA} ~ bure|huru|free|ya+uhakika|za+uhakika|uhakika|hakika|asilimia+100|100|imehakikishwa`,
        `uhakika|asilimia+100|100 ~ ${VIZA}`,
        'free+visa|viza+huru|visa+huru',
      ],
      notAfter: ['italipwa|itagharamiwa|na+mwajiri'],
    },
    'no-contract': {
      match: [
        `bila|hakuna ~ ${MKATABA}`,
        `${MKATABA} ~ utakapofika|ukifika|mkifika|baada+ya+kufika|ukiwasili|huko|kule|ukishafika`,
        `${MKATABA} ~ hauhitajiki|hauna+haja|si+lazima|sio+lazima|siyo+lazima|baadaye|kwa+mdomo`,
        `hakuna+haja|hamna+haja ~ ${MKATABA}`,
        'makubaliano|ahadi ~ ya+mdomo|kwa+mdomo',
        'tuamini|niamini|mtuamini',
        `${MKATABA} ~ kwa ~ kipolandi|kijerumani|kiingereza|kiarabu|kirusi|kicheki ~ tu|pekee`,
        'kazi ~ isiyo+rasmi|bila+vibali|kwa+magendo|bila+kibali',
      ],
      notAfter: ['kubadilishwa|kubadili|ada'],
      noGap: 'kabla',
    },
    'vague-employer': {
      match: [
        'jina ~ kampuni|mwajiri ~ baadaye|siri|halitatajwa|litatolewa+baadaye',
        'kampuni|mwajiri ~ ni+siri|haijulikani|halijulikani|siri',
        'wakala|ajenti|dalali|mratibu ~ atakuambia|atakueleza|atakujulisha|atakupa|atakutumia ~ baadaye|maelezo',
        'maelezo|taarifa ~ zaidi ~ inbox|whatsapp|dm|binafsi|faraghani|baadaye',
        'maelezo|taarifa ~ inbox|binafsi|faraghani|baadaye',
        'whatsapp|telegram|imo ~ tu|pekee',
        'kwa+whatsapp+tu|kwa+simu+tu|inbox+tu',
        'anwani|ofisi ~ baadaye|baada+ya+malipo',
        'hatuna+ofisi|hakuna+ofisi',
      ],
    },
    'high-wage': {
      match: [
        'pesa|hela|fedha ~ rahisi|za+haraka|ya+haraka|kwa+haraka|nyingi+haraka',
        'pata|kupata|utapata ~ pesa|hela ~ nyingi ~ haraka',
        'mshahara ~ mkubwa+sana|mnono+sana|wa+ajabu|mkubwa+mno',
        'tajirika|utajirike|kuwa+tajiri|uwe+tajiri',
        'kipato|faida ~ cha+uhakika|ya+uhakika|kimehakikishwa',
      ],
    },
    pressure: {
      match: [
        'haraka+sana|haraka+haraka|dharura|upesi+upesi|harakisha|harakisheni|fanya+haraka|fanyeni+haraka',
        'kazi|nafasi ~ za+haraka|ya+haraka|ya+dharura|za+dharura',
        'leo+tu|leo+pekee|mwisho+leo|mwisho+ni+leo|siku+ya+mwisho|nafasi+ya+mwisho|sasa+au+kamwe',
        `${NAFASI} ~ chache|zimebaki|zilizobaki|ni+chache|zimepungua|chache+tu|ni+chache+sana`,
        `zimebaki|imebaki|tu ~ # ~ ${NAFASI}|watu`,
        `${NAFASI} # tu`,
        'lipa|tuma|saini|amua|thibitisha|jiandikishe ~ sasa|leo|haraka|mara+moja|usiku+huu',
        'safiri|kusafiri|ondoka|kuondoka|safari ~ haraka|mara+moja|kesho|wiki+hii',
        'safiri|kusafiri|ondoka|kuondoka|safari ~ ndani+ya # siku|masaa',
        'usimwambie|usimweleze|usiwaambie|msimwambie ~ mtu|yeyote|familia|rafiki',
        'usiseme|msiseme ~ kwa ~ mtu|yeyote',
        'weka|kuweka|iweke ~ siri',
      ],
    },
  },
  lowSkill: [
    'bila|hakuna ~ uzoefu|elimu|ujuzi|cheti|vyeti|lugha|kiingereza',
    'uzoefu|elimu|lugha ~ hauhitajiki|haihitajiki|si+lazima|sio+lazima|siyo+lazima',
    'mtu+yeyote+anaweza|yeyote+anaweza+kuomba',
  ],
  salary: 'mshahara|mishahara|mshahara*|ujira|kipato|utalipwa|malipo+ya+kazi',
  periods: {
    month: ['mwezi|kwa+mwezi|kila+mwezi|mwezini|kwa+mwezi+mmoja'],
    week: ['wiki|kwa+wiki|kila+wiki'],
    day: ['siku|kwa+siku|kila+siku'],
    hour: ['saa|kwa+saa'],
    year: ['mwaka|kwa+mwaka|kila+mwaka'],
  },
};
