import { describeSamples } from './samples';

describeSamples('Swahili', {
  scams: [
    {
      text: 'HARAKA SANA!! Kazi Poland 🇵🇱 ghalani, mshahara 1800 euro kwa mwezi. Ada ya usajili na viza ni dola 500, lipa leo. Tuma pasipoti yako halisi kwa wakala wetu. Nafasi chache! WhatsApp +254 712 345 678',
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: 'Viza za kazi Saudia zinauzwa! Viza ya uhakika asilimia 100. Bei ni dola 3000. Mkataba utaupata ukifika huko. Usimwambie mtu yeyote.',
      flags: ['fee', 'visa-sold', 'no-contract', 'pressure'],
    },
    {
      text: 'Kazi Dubai, mshahara dola 4000 kwa mwezi, bila uzoefu! Kampuni itashikilia pasipoti yako hadi mkataba uishe. Jina la kampuni litatolewa baadaye. Tuma shilingi 20,000 kwa M-Pesa leo.',
      flags: ['fee', 'passport', 'vague-employer', 'high-wage'],
    },
    {
      text: 'Jobs in Qatar 🇶🇦 kazi ya ulinzi, hakuna haja ya mkataba. Processing fee 200$ tuma kupitia Western Union. Only today!!',
      flags: ['fee', 'no-contract', 'pressure'],
    },
  ],
  fair: [
    'Ofa rasmi ya kazi: kampuni ya Nordbau GmbH (Berlin, www.nordbau.de) inatafuta wafanyakazi 10 wa ujenzi. Mshahara ni euro 2,400 kwa mwezi. Utapokea mkataba wa maandishi kwa Kiswahili na Kijerumani kabla ya kusafiri. Ada ya viza na tiketi ya ndege zitalipwa na mwajiri. Hakuna ada yoyote ya kuajiri kwa mfanyakazi. Pasipoti yako itabaki na wewe muda wote.',
    'Mpango wa kazi za msimu Kanada: Maple Farms Inc. (www.maplefarms.ca). Malipo ni dola 17 kwa saa. Mwajiri atalipa gharama zote za kuajiri, viza na usafiri. Mkataba wa maandishi utasainiwa kabla ya safari.',
  ],
});
