import { describeSamples } from './samples';

describeSamples('Tigrinya', {
  scams: [
    {
      text: 'ህጹጽ!! ስራሕ ኣብ ፖላንድ 🇵🇱 ደሞዝ 1800 ዩሮ ብወርሒ። ናይ ቪዛ ክፍሊት 500 ዶላር ሕጂ ክፈሉ። ኦሪጅናል ፓስፖርትኩም ናብ ኤጀንትና ስደዱ። ቦታታት ውሱናት እዮም! WhatsApp +251 91 123 4567',
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: 'ናይ ስራሕ ቪዛ ንመሸጣ! ቪዛ 100% ውሑስ። ዋጋ 3000 ዶላር። ውዕል ምስ በጻሕኩም ክወሃበኩም እዩ። ንዝኾነ ሰብ ኣይትንገሩ።',
      flags: ['fee', 'visa-sold', 'no-contract', 'pressure'],
    },
    {
      text: 'ስራሕ ኣብ ዱባይ፡ ደሞዝ 4000 ዶላር ብወርሒ፡ ብዘይ ተመክሮ! ኩባንያ ፓስፖርትኩም ክሕዞ እዩ። ስም ትካል ድሒሩ ክንገልጸልኩም ኢና። ሎሚ 200 ዶላር ብሓዋላ ስደዱ።',
      flags: ['fee', 'passport', 'vague-employer', 'high-wage', 'pressure'],
    },
    {
      text: 'Jobs in Germany 🇩🇪 ስራሕ ሆቴል፡ ውዕል ኣየድልን። Processing fee 200$ Western Union. Only today!!',
      flags: ['fee', 'no-contract', 'pressure'],
    },
  ],
  fair: [
    'ወግዓዊ ዕድመ ስራሕ፡ ትካል Nordbau GmbH (Berlin, www.nordbau.de) 10 ሰራሕተኛታት ህንጻ ይደሊ። ደሞዝ 2400 ዩሮ ብወርሒ። ብትግርኛን ጀርመንኛን ዝተጻሕፈ ውዕል ቅድሚ ጉዕዞ ክስደደልኩም እዩ። ክፍሊት ቪዛን ትኬት ነፋሪትን ወሃቢ ስራሕ ይኸፍሎ። ካብ ሰራሕተኛታት ዝኾነ ክፍሊት ኣይውሰድን። ፓስፖርትኩም ኩሉ ግዜ ኣብ ኢድኩም ሓዙ።',
    'ናይ ወቕታዊ ስራሕ መደብ ኣብ ካናዳ፡ Maple Farms Inc. (www.maplefarms.ca)። ደሞዝ 17 ዶላር ብሰዓት። ወሃቢ ስራሕ ኩሉ ወጻኢታት ምቁጻር፡ ቪዛን ጉዕዞን ይኸፍል። ውዕል ቅድሚ ጉዕዞ ይፍረም።',
  ],
});
