/**
 * Seed text for the character-trigram profiles of the Latin-script languages.
 * Plain everyday sentences (not topic content, so the profiles do not learn
 * the matcher's vocabulary); a few hundred words per language are enough to
 * separate English, French, Spanish, Somali and Swahili by letter patterns
 * (Somali doubled vowels and x/c/dh, Swahili vowel-final words and ny/ng/mw,
 * French -ent/-eau/qu', Spanish -ción/-ado/ll).
 */
export const LATIN_SEEDS: Record<'en' | 'fr' | 'es' | 'so' | 'sw', string> = {
  en: `I would like to know how I can find a job in another country. My family is waiting for me and we need
    some help with the papers. Where should I go to ask about this? Thank you very much for your answer, it was
    really helpful. The weather is nice today and the children are playing outside with their friends. Can you
    tell me what I have to bring with me when I travel? I think the office opens in the morning and closes in the
    evening. They said that the process takes a long time, maybe several months. What happens if I lose my
    phone or my documents? Please explain it again slowly because I did not understand everything. We have been
    living here for three years and my brother is still looking for work. Is it true that they will pay for the
    ticket? Nobody told us anything about the rules, so we are worried about what comes next.`,
  fr: `Je voudrais savoir comment je peux trouver un travail dans un autre pays. Ma famille m'attend et nous avons
    besoin d'aide pour les papiers. Où est-ce que je dois aller pour demander cela ? Merci beaucoup pour votre
    réponse, elle était vraiment utile. Il fait beau aujourd'hui et les enfants jouent dehors avec leurs amis.
    Pouvez-vous me dire ce que je dois apporter quand je voyage ? Je pense que le bureau ouvre le matin et ferme
    le soir. Ils ont dit que la procédure prend beaucoup de temps, peut-être plusieurs mois. Qu'est-ce qui se
    passe si je perds mon téléphone ou mes documents ? Expliquez-moi encore doucement parce que je n'ai pas tout
    compris. Nous habitons ici depuis trois ans et mon frère cherche toujours un emploi. Est-ce vrai qu'ils vont
    payer le billet ? Personne ne nous a rien expliqué, alors nous sommes inquiets pour la suite.`,
  es: `Quisiera saber cómo puedo encontrar un trabajo en otro país. Mi familia me está esperando y necesitamos ayuda
    con los papeles. ¿Adónde tengo que ir para preguntar sobre esto? Muchas gracias por su respuesta, fue muy útil.
    Hoy hace buen tiempo y los niños están jugando afuera con sus amigos. ¿Me puede decir qué tengo que llevar
    cuando viajo? Creo que la oficina abre por la mañana y cierra por la noche. Dijeron que el proceso tarda mucho
    tiempo, tal vez varios meses. ¿Qué pasa si pierdo mi teléfono o mis documentos? Por favor explíquelo otra vez
    despacio porque no entendí todo. Llevamos tres años viviendo aquí y mi hermano todavía está buscando empleo.
    ¿Es verdad que van a pagar el pasaje? Nadie nos dijo nada sobre las reglas, así que estamos preocupados.`,
  so: `Waxaan jeclaan lahaa inaan ogaado sidee baan shaqo uga heli karaa dal kale. Qoyskaygu way i sugayaan
    waxaana u baahanahay caawimaad xagga waraaqaha. Xagee baan u aadaa si aan wax uga weydiiyo? Aad baad u
    mahadsan tahay jawaabtaada, runtii way i caawisay. Maanta cimiladu waa fiican tahay carruurtuna bannaanka
    ayay la ciyaarayaan saaxiibadood. Ma ii sheegi kartaa waxa aan qaadanayo markaan safrayo? Waxaan u malaynayaa
    in xafiisku furmo subaxdii oo uu xirmo fiidkii. Waxay dheheen habkani waqti dheer ayuu qaataa, laga yaabee
    dhowr bilood. Maxaa dhacaya haddii aan lumiyo taleefankayga ama dukumentiyadayda? Fadlan mar kale si tartiib
    ah ii sharax sababtoo ah wax walba ma fahmin. Saddex sano ayaan halkan ku noolayn walaalkayna weli shaqo
    ayuu raadinayaa. Ma run baa inay bixinayaan tigidhka? Qofna waxba nooma sheegin xeerarka.`,
  sw: `Ningependa kujua jinsi ninavyoweza kupata kazi katika nchi nyingine. Familia yangu inanisubiri na tunahitaji
    msaada kuhusu karatasi. Niende wapi kuuliza kuhusu jambo hili? Asante sana kwa jibu lako, limenisaidia
    kweli. Hali ya hewa ni nzuri leo na watoto wanacheza nje na marafiki zao. Unaweza kuniambia ninachopaswa
    kubeba ninaposafiri? Nadhani ofisi inafunguliwa asubuhi na kufungwa jioni. Walisema kwamba mchakato
    unachukua muda mrefu, labda miezi kadhaa. Nini kitatokea nikipoteza simu yangu au hati zangu? Tafadhali
    nieleze tena polepole kwa sababu sikuelewa kila kitu. Tumeishi hapa kwa miaka mitatu na kaka yangu bado
    anatafuta kazi. Je, ni kweli kwamba watalipia tiketi? Hakuna mtu aliyetuambia chochote kuhusu sheria.`,
};
