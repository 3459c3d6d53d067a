import { describeSamples } from './samples';

describeSamples('Somali', {
  scams: [
    {
      text: 'DEG DEG!! Shaqo Poland 🇵🇱 bakhaarro, mushahar 1800 euro bishii. Lacagta fiisaha 500$ hadda bixi. Baasaboorka asalka ah u dir wakiilkayaga. Boosas kooban! WhatsApp +252 61 5123456',
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: "Fiiso shaqo oo Sacuudi ah ayaa iib ah! Fiiso 100% la hubo. Qiimaha 3000 dollar. Qandaraaska waxaad heli doontaa markaad gaarto. Cidna ha u sheegin.",
      flags: ['fee', 'visa-sold', 'no-contract', 'pressure'],
    },
    {
      text: 'Shaqo Dubai ah, mushahar 4000 dollar, khibrad looma baahna! Shirkadda ayaa haysanaysa baasaboorkaaga. Magaca shirkadda hadhow ayaa laguu sheegi. Maanta 200 dollar ku shub EVC.',
      flags: ['fee', 'passport', 'vague-employer', 'high-wage', 'pressure'],
    },
    {
      text: 'Jobs in UK 🇬🇧 shaqo daryeel, qandaraas looma baahna. Processing fee 250$ xawaalad ku soo dir. Only today!',
      flags: ['fee', 'no-contract', 'pressure'],
    },
  ],
  fair: [
    'Dalab shaqo oo rasmi ah: shirkadda Nordbau GmbH (Berlin, www.nordbau.de) waxay u baahan tahay 10 shaqaale dhisme. Mushaharku waa 2400 euro bishii. Qandaraas qoran oo Soomaali iyo Jarmal ah ayaa laguu soo diri doonaa ka hor safarka. Kharashka fiisaha iyo tigidhka waxaa bixinaya shirkadda. Shaqaalaha lacag lagama qaado. Baasaboorkaaga adigaa haysanaya.',
    'Barnaamijka shaqada xilliyeedka Canada: Maple Farms Inc. (www.maplefarms.ca). Mushahar 17 dollar saacaddii. Loo-shaqeeyaha ayaa bixinaya dhammaan kharashka shaqaaleysiinta, fiisaha iyo safarka. Qandaraaska waa la saxiixayaa ka hor safarka.',
  ],
});
