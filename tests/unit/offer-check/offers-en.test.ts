import { describeSamples } from './samples';

describeSamples('English', {
  scams: [
    {
      text: 'URGENT!! Jobs in Poland warehouse 1800€/month, pay 500$ visa processing fee, send passport copy and original to our agent. Only 5 places left! WhatsApp +48 512 345 678',
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: 'Canada farm jobs!!! 3000 USD per month no experience needed, free visa 100% guaranteed. Registration fee 250$ only. Contract will be given when you arrive. Inbox me for details. Don\'t tell anyone',
      flags: ['fee', 'visa-sold', 'no-contract', 'vague-employer', 'high-wage', 'pressure'],
    },
    {
      text: 'Dubai hotel jobs 🇦🇪 Salary 2500 AED + accommodation. Visa processing fees 1200 USD, pay half now and half after visa. The company will keep your passport for safety during the contract. Limited seats!! Call Mr. Hassan 0552345678',
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: 'HIRING NOW - Germany 🇩🇪 cleaners & drivers. Earn $$$ fast!! No experiance no language needed. Registation 150 euro, send by western union. Pasport will be kept by agent until you repay ticket. Contrat on arrival. Contact on Telegram only',
      flags: ['fee', 'passport', 'no-contract', 'vague-employer', 'high-wage'],
    },
    {
      text: 'Free visa available for Saudi Arabia 🇸🇦 buy your visa now 3500 SAR, 100% guaranteed. Inbox me',
      flags: ['fee', 'visa-sold', 'vague-employer'],
    },
  ],
  fair: [
    'Job offer: Warehouse operative at Nordlager Logistik GmbH, Industriestraße 12, 28197 Bremen, Germany (www.nordlager-logistik.de). Pay: €13.50 per hour gross, 40 hours per week. You will receive a written employment contract in English and Arabic before departure. The employer pays your visa, flight and first month of accommodation. No recruitment fees are charged. Keep your passport with you at all times. Questions: hr@nordlager-logistik.de',
    'Dear applicant, Maple Grove Care Homes Ltd (12 King Street, Leeds LS1 2HQ, UK, www.maplegrovecare.co.uk) offers you the post of care assistant under the Health and Care Worker visa route. Salary: £24,000 per year. Your certificate of sponsorship and visa fees are paid by the employer. You will sign a written contract before you travel; we will send you an Arabic translation. We never charge recruitment fees and we will never ask you to hand over your passport. Please take your time to read the contract and ask questions. HR contact: recruitment@maplegrovecare.co.uk',
    'Seasonal fruit picking, Nordfrukt AS, Lier, Norway (www.nordfrukt.no). No experience needed, training on site. Pay 185 NOK per hour. Visa cost (paid by the employer). Housing 60 NOK per day is deducted from pay. Written contract in English and Arabic sent to you 4 weeks before travel.',
  ],
});
