import { describeSamples } from './samples';

describeSamples('French', {
  scams: [
    {
      text: "🔥URGENT🔥 Recrutement pour le Canada 🇨🇦 ! Travail en usine, salaire 3500$ par mois, sans expérience. Frais de dossier : 300 euros à payer par Western Union. Visa garanti à 100%. Places limitées, contactez vite M. Diallo sur WhatsApp +224 621 45 67 89",
      flags: ['fee', 'visa-sold', 'vague-employer', 'high-wage', 'pressure'],
    },
    {
      text: "Offre d'emploi en France : agents de nettoyage. Envoyez l'original de votre passeport à notre agent à Dakar pour le visa. Le contrat sera signé à l'arrivée. Caution de 200 000 FCFA. Ne dites rien à personne !",
      flags: ['fee', 'passport', 'no-contract', 'pressure'],
    },
    {
      text: "Bonjour, la société recrute des chauffeurs pour Dubaï. Salaire 2000 dollars. Nous gardons votre passeport pendant le contrat pour votre sécurité. Nom de l'entreprise communiqué plus tard. Payez aujourd'hui les frais de visa : 150 000 F.",
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: 'JOB IN POLAND 🇵🇱 !! Travail en entrepôt, 1800€/mois net. Pas besoin de contrat, on vous explique tout sur place. Registration fee 100€ + frais de traitement. Dernières places !!',
      flags: ['fee', 'no-contract', 'pressure'],
    },
  ],
  fair: [
    "Offre d'emploi – Boulangerie Martin SARL, 14 rue des Lilas, 69003 Lyon (www.boulangerie-martin.fr). Poste : aide-boulanger, CDI, 1 900 € brut par mois. Le contrat de travail écrit, en français et en arabe, vous sera envoyé avant votre départ. Les frais de visa et le billet d'avion sont pris en charge par l'employeur. Aucun frais de recrutement ne vous sera demandé. Gardez toujours votre passeport avec vous. Contact : recrutement@boulangerie-martin.fr",
    "Programme de mobilité : l'entreprise Agri-Nord SAS (Lille, France) recrute 10 ouvriers agricoles. Salaire : 11,65 € de l'heure. Contrat saisonnier écrit, traduit en arabe, signé avant le départ. Logement fourni. L'employeur paie le voyage et le visa. Pas de frais pour les travailleurs. Renseignements : agrinord-recrutement.fr",
  ],
});
