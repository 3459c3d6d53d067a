import type { LanguagePatterns } from './types';

/**
 * French. Elisions lose their apostrophe when folded ("l'employeur" →
 * "lemployeur", "d'inscription" → "dinscription"), hence `*employeur`.
 */
const CONTRAT = 'contrat|contrats|contract|contra';
const PASSEPORT = 'passeport*?|*passeport*|pasport*|passport*';
const EMPLOYEUR = '*employeur|*entreprise|*societe|nous|*agence|patron|sponsor';
const PLACES = 'places|place|postes|visas';
const DETENTEUR = '*agence|*agent|*employeur|*entreprise|bureau|nous|patron|sponsor|*intermediaire';

export const FR: LanguagePatterns = {
  negations: 'ne|pas|jamais|aucun|aucune|aucuns|sans|rien|ni|nul|nulle|nest|nont|navez|naurez',
  flags: {
    fee: {
      match: [
        'frais|cotisation|commission|droits ~ dossier|traitement|visa|*inscription|inscription|recrutement|*agence|placement|service|reservation|formation|*enregistrement|*agent',
        'caution|acompte',
        'depot ~ garantie',
        'payer|payez|paye|payes|verser|versez|envoyer|envoyez|envoie|transferer|transferez|virer|virez|deposer|deposez ~ $',
        '$ ~ frais|caution|acompte|avance|*avance|commission|dossier|inscription|*inscription|visa|billet',
        'frais|cout|couts|prix|tarif|montant|commission|caution|visa|billet ~ $',
        'payer|payez|paiement|verser ~ *avance|avant+le+depart|davance',
        'western+union|moneygram|money+gram|hawala',
        'envoyer|envoyez|transferer|transferez ~ *argent',
        'vous+devez|il+faut|vous+aurez+a|a+payer ~ payer|verser|regler|frais',
        'a+vos+frais|a+votre+charge|a+la+charge+du+candidat|a+la+charge+du+travailleur',
        'retenu*|preleve*|deduit* ~~ *agence|*agent|visa|billet|dette|pret',
      ],
      notBefore: [`${EMPLOYEUR} ~ paie|paye|payons|prend|prendra|couvre|couvrira|finance|financera|rembourse|assume|offre`, 'gratuit|gratuite|gratuits'],
      notAfter: [
        'pris+en+charge|prise+en+charge|pris|prise|payes|paye|payee|payees|couverts|couvert|rembourses|offerts|offert|gratuit|gratuits|gratuite|inclus|par+lemployeur|par+lentreprise|a+la+charge+de+lemployeur',
      ],
      noGap: 'vous',
    },
    passport: {
      match: [
        `gardons|garde|gardera|garderons|conservons|conserve|conservera|conserverons|retenons|retient|retiendra|confisque|confisquera|confisquons|recuperons|recupere|recuperera ~ ${PASSEPORT}|papiers|documents`,
        `${PASSEPORT}|papiers|documents ~ garde|gardes|conserve|conserves|retenu|retenus|confisque|confisques|depose|deposes`,
        `${PASSEPORT} ~ reste|restera|resteront ~ chez|avec|au|a ~ ${DETENTEUR}`,
        `remettre|remettez|deposer|deposez|laisser|laissez|envoyer|envoyez|donner|donnez|confier|confiez ~ ${PASSEPORT} ~ a|au|chez|avec ~ ${DETENTEUR}`,
        `remettre|remettez|envoyer|envoyez|donner|donnez|confier|confiez ~ *original|originaux ~ ${PASSEPORT}|papiers|documents`,
        `${PASSEPORT} ~ original|originaux ~ a|au|chez ~ ${DETENTEUR}`,
        `${PASSEPORT} ~ copie ~ *original|originaux`,
        `${PASSEPORT}|papiers ~ en|comme ~ garantie|caution|gage`,
      ],
      notBefore: ['vous|gardez|conservez|toujours', 'copie+du|copie+de|copie|scan+du|photo+du'],
      notAfter: ['copie|scan|photo|photocopie|avec+vous|sur+vous|vous+meme'],
      noGap: 'copie|copies|scan|scanne|photo|photos|photocopie|vous',
    },
    'visa-sold': {
      match: [
        'visa|visas ~ a+vendre|en+vente',
        'vend|vendons|vendre|vente|achetez|acheter|achat ~ visa|visas|permis|parrainage|kafala',
        'visa|visas ~ garanti|garantis|garantie|assure|assures|100|sur|surs|libre|gratuit',
        'garanti|garantie|100 ~ visa|visas',
        'free+visa|visa+libre',
      ],
      notAfter: ['pris+en+charge|paye+par|finance+par'],
    },
    'no-contract': {
      match: [
        `sans|pas+de|aucun ~ ${CONTRAT}`,
        `${CONTRAT} ~ *arrivee|sur+place|la+bas|apres+arrivee|en+arrivant|quand+vous+arrivez|une+fois+arrive|une+fois+sur+place`,
        `${CONTRAT} ~ pas+necessaire|pas+besoin|inutile|pas+obligatoire|plus+tard|apres`,
        'pas+besoin ~ contrat',
        'accord|contrat|promesse verbal|verbale|oral|orale',
        'faites+nous+confiance|faites+moi+confiance',
        `${CONTRAT} ~ seulement|uniquement ~ en ~ polonais|allemand|anglais|arabe|russe|tcheque|roumain|hongrois|croate|lituanien`,
        `${CONTRAT} ~ polonais|allemand|anglais|arabe|russe|tcheque|roumain|hongrois|croate|lituanien ~ seulement|uniquement`,
        'travail|emploi|poste ~ non+declare|au+noir|informel',
        'non+declare|au+noir',
      ],
      notAfter: ['substitution|modification|frais|travail'],
      noGap: 'avant|prealable',
    },
    'vague-employer': {
      match: [
        `nom ~ ${EMPLOYEUR}|*entreprise|*employeur ~ plus+tard|apres|confidentiel|confidentielle|secret|prive`,
        '*entreprise|*employeur|*societe|client ~ confidentiel|confidentielle|secret|secrete|anonyme',
        '*agent|*intermediaire|recruteur|coordinateur ~ expliquera|dira|donnera|informera|enverra ~ plus+tard|apres|details',
        'details|*details|infos|informations|*information ~ en+prive|mp|inbox|whatsapp|plus+tard|par+message',
        'ecrivez|contactez|envoyez ~ moi|nous ~ en+prive|mp|inbox',
        'whatsapp|telegram|viber ~ uniquement|seulement',
        'uniquement|seulement ~ whatsapp|telegram|viber|par+telephone',
        '*adresse ~ plus+tard|apres+paiement|apres+le+paiement',
        'pas+de+bureau|pas+de+site',
        'ne+contactez+pas ~ *entreprise|*employeur',
      ],
    },
    'high-wage': {
      match: [
        'argent ~ facile|rapide',
        'gagnez|gagner|gagne ~ beaucoup|vite|rapidement|facilement|gros',
        'devenir+riche|devenez+riche',
        'salaire|salaires|paye|remuneration ~ tres+eleve|tres+eleves|enorme|enormes|incroyable|exceptionnel',
        'revenu|revenus|gain|gains garanti|garantis',
      ],
    },
    pressure: {
      match: [
        'urgent|urgente|urgence|urgemment|urgents',
        'depechez+vous|depechez|vite+vite',
        'aujourdhui+seulement|aujourdhui+uniquement|seulement+aujourdhui|uniquement+aujourdhui|dernier+jour|derniere+chance|dernieres+places|derniers+jours|maintenant+ou+jamais',
        `${PLACES} ~ limitees|limites|restantes|disponibles+seulement`,
        `plus+que|seulement|que # ~ ${PLACES}`,
        'payez|payer|envoyez|envoyer|signez|signer|decidez|decider|reservez|reserver|confirmez ~ maintenant|aujourdhui|immediatement|vite|rapidement|ce+soir|tout+de+suite',
        'depart|partir|partez|voyage|voyager ~ rapidement|immediatement|demain|cette+semaine|tout+de+suite',
        'depart|partir|partez|voyager ~ dans # jours|heures',
        'ne+dites|nen+parlez|ne+parlez ~ rien|personne|a+personne',
        'dites+rien|a+personne ~ secret',
        'gardez ~ secret',
        'premier+arrive|premiers+arrives|avant+quil+ne+soit+trop+tard',
      ],
    },
  },
  lowSkill: [
    'sans|aucune|aucun|pas+de ~ experience|diplome|diplomes|qualification|qualifications|formation|langue|francais|anglais|competence|competences',
    'pas+besoin ~ experience|diplome|langue|parler',
    'experience ~ pas+necessaire|non+requise|non+exigee|pas+obligatoire',
    'tout+le+monde+peut+postuler',
  ],
  salary: 'salaire|salaires|paie|remuneration|revenu|revenus|gagnez|gagner|gagne|gain|gains|smic',
  periods: {
    month: ['mois|mensuel|mensuelle|mensuels|mensuellement|mensualite'],
    week: ['semaine|semaines|hebdomadaire|hebdo'],
    day: ['jour|jours|journee|journalier'],
    hour: ['heure|heures|horaire|h'],
    year: ['an|ans|annee|annees|annuel|annuelle|annuellement'],
  },
};
