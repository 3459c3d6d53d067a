import type { LanguageCode } from '../languages';

/**
 * Function words per language, as people type them (with and without
 * accents; the callers normalise). Language ID counts them as evidence; the
 * matcher gives them little weight because they say nothing about the topic.
 * Each list holds only words frequent in that language's questions, so lists
 * can be merged without turning a content word of another language into noise.
 */
export const STOPWORDS: Record<LanguageCode, string> = {
  en: `i me my we our you your he she it they them their a an the this that these those is are was were be been am
    do does did have has had can could will would should shall may might must to of in on at by for with from about
    into as and or but if so not no yes what which who whom whose when where why how there here please hi hello ok
    okay im dont cant want need know tell get give go going some any anything something all just also very much
    there is it s there s thanks thank`,
  fr: `je j me m moi mon ma mes tu te t toi ton ta tes il elle on nous vous ils elles le la les l un une des du de d
    au aux ce cet cette ces est sont suis es etre ai as avons avez ont avoir et ou mais donc ni car que qu qui quoi
    quel quelle quels quelles comment pourquoi quand combien dans sur sous avec sans pour par pas ne n plus tres
    bien oui non si se s y en leur leurs votre vos notre nos c ca cela ceci est-ce puis peux peut veux voudrais faut
    bonjour salut merci svp stp`,
  es: `yo me mi mis tu tú te ti él ella usted nosotros ustedes ellos ellas el la los las lo un una unos unas de del al
    a en y o u pero si sí no que qué quien quién cual cuál como cómo cuando cuándo donde dónde por para con sin sobre
    es son soy eres está están estoy estar ser hay tengo tiene tienen puedo puede quiero necesito muy más mas ya se
    su sus le les nos este esta esto ese esa eso hola gracias porfa favor`,
  so: `waxaan waxaad wuxuu waxay waa wax ma maxaa maxay sidee sida side xagee halkee goorma intee imisa yaa aan aad
    ay uu ayaan ayaad ayuu ayay baan baad buu bay ka ku u la iyo oo ee in iyada isaga anigu aniga adiga annaga
    adigu iyaga kan kani kaas taas tan tani waxa hadii haddii laakiin mise sow miyaa miya yahay ahay tahay ahayn
    jiro jira karaa karo doonaa rabaa rabo haa maya fadlan mahadsanid salaan`,
  sw: `mimi wewe yeye sisi ninyi wao ni si na ya wa za la cha vya kwa katika kwenye kama lakini au pia tu sana hii
    huu hiki hizi hawa ile yule kile hapa pale kuna nini gani je vipi jinsi wapi lini nani kwa nini kwanini ndiyo
    hapana tafadhali asante habari jambo sawa naweza nataka ninataka ninahitaji nahitaji unaweza inawezekana
    yangu yako yake yetu yenu yao wangu wako changu kuhusu ili hadi bado tena sasa nina una ana tuna mna wana`,
  ar: `في من على الى إلى عن مع هل كيف ماذا ما لماذا متى اين أين وين شو شنو ايش إيش كم أنا انا انت أنت هو هي نحن هم
    هذا هذه ذلك تلك الذي التي الذين و او أو ثم لكن لا نعم لم لن قد كان يكون ان أن إن اذا إذا بدي ابغى أبغى عايز
    عاوز اريد أريد ممكن يمكن لو سمحت لي عندي عند كل بعض غير فقط يا مرحبا السلام عليكم شكرا`,
  'fa-AF': `من تو او ما شما آنها انها ایشان است هست هستم هستند بود را که در به از با برای تا این آن همین یک چه چی چطور
    چطو چگونه کجا کجاست کی چرا چند آیا ایا می میخواهم میخواهم میشه میشود میتوانم باید نه بلی بله هم یا اما ولی
    خود خودم مه ده دیگه دیگر سلام تشکر لطفا لطفاً ره اگر کدام`,
  ps: `زه ته هغه موږ مونږ تاسو دوی دا دې د په له ته سره کې کښې څخه نه هو او یا چې چی دی ده دي وم یم یې به شي شی
    څنګه څنګه ولې چیرته چیرې کله څه څوک کوم غواړم غواړم کولای کولی شم باید هم خو مګر زما ستا زموږ ستاسو
    سلام مننه مهرباني`,
  ti: `እዩ እያ እየ እና እዮም ኣሎ ኣሎኒ ኣሎካ የለን የብለይ ከመይ እንታይ ኣበይ መዓስ መን ስለምንታይ ክንደይ ናይ ን ኣብ ካብ ምስ
    ብ እንተ ግን ወይ ከኣ ድማ እዚ እዚኣ እቲ እታ እቶም ኣነ ንስኻ ንስኺ ንሱ ንሳ ንሕና ሓደ ክገብር ይኽእል እደሊ ደልየ እየ
    ሰላም የቐንየለይ በጃኻ በጃኺ`,
  uk: `я ти він вона воно ми ви вони мене мені мій моя моє мої твій ваш наш їх це цей ця ці той та те що щоб як де коли
    чому хто який яка яке які скільки чи і й та а але або не ні так так ось в у на з із зі до від для про по за
    при через над під без є був була було були буде можна треба потрібно хочу можу мені будь ласка привіт дякую`,
};

/**
 * Function words of Arabic, Dari and Pashto as people write them in Latin
 * letters (Arabizi, Finglish). Language ID uses them only when no native
 * script is present, and with low confidence.
 */
export const ROMANISED_STOPWORDS: Partial<Record<LanguageCode, string>> = {
  ar: `ana enta inta enti inti ento howa hiya ahna e7na ehna shu shou sho eh eish esh kif keef kaif leh lesh lech
    feen fen wein wen wayn mesh mish msh bidi bdi biddi 3ayez 3ayz 3awez 3ayza ana3 momken mumken mmkn yalla
    la2 aywa aiwa ma3 3ala 3an fi min lal 7abibi habibi akhi ya salam marhaba shukran shokran inshallah wallah`,
  'fa-AF': `man mn to ma shoma u oo ast as hast hastam hastom ra ro ke ki dar ba az baray baraye bary chi che chetor
    chitor chetaw chitaw chera kuja koja kojast key kay mikhaham mekhaham mekhayom mekhahom mitanam metanom
    mitonam mishe meshe mesha bayad na baley bale ham ya ama wali khodam salam tashakor lotfan lutfan agar kodam`,
  ps: `za zma zama ta sta stasu mung moong hagha dey dai da dy pa la sara ke ki kay na ho aw ya che chi ye ba shi
    sanga tsanga tsenga walay chirta kala sa tsa sok tsok ghwaram ghwarm ghwaaram kawalay kawale sham bayad
    ham kho magar salam manana meharbani`,
};

/** Splits a whitespace-separated list. */
export function words(list: string): string[] {
  return list.split(/\s+/u).filter((w) => w.length > 0);
}
