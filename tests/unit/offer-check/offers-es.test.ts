import { describeSamples } from './samples';

describeSamples('Spanish', {
  scams: [
    {
      text: '¡¡URGENTE!! Trabajo en España 🇪🇸 recolección de fresas. Sueldo 2800 euros al mes sin experiencia. Solo tienes que pagar 400 dólares de trámite de visa. Escríbeme al WhatsApp +57 312 456 7890. Quedan pocos cupos',
      flags: ['fee', 'vague-employer', 'high-wage', 'pressure'],
    },
    {
      text: 'Oferta de empleo en Canadá. Visa de trabajo garantizada, cuesta 1500 USD. El contrato se firma al llegar a Canadá. Debe entregar su pasaporte original a nuestra agencia en Lima.',
      flags: ['fee', 'passport', 'visa-sold', 'no-contract'],
    },
    {
      text: 'Hola amigos, trabajo en Dubái en construcción, pagan 3000 dólares mensual. La empresa se queda con el pasaporte durante el contrato. Nombre de la empresa se da después del pago. Deposita 200 dólares hoy mismo para reservar tu cupo!!',
      flags: ['fee', 'passport', 'vague-employer', 'pressure'],
    },
    {
      text: 'JOBS IN ITALY 🇮🇹 trabajo de cuidador, no necesitas contrato, todo de palabra. Registration fee 250€ via Western Union. Only today!!!',
      flags: ['fee', 'no-contract', 'pressure'],
    },
  ],
  fair: [
    'Oferta de empleo: Hortalizas del Sur S.L., Calle Mayor 23, 04001 Almería (www.hortalizasdelsur.es). Puesto: peón agrícola, contrato de temporada por escrito en español y árabe, firmado antes de viajar. Salario: 1.184 € brutos al mes. El empleador paga el visado, el viaje y el alojamiento. No cobramos ninguna tasa de reclutamiento. Usted guarda siempre su pasaporte. Contacto: empleo@hortalizasdelsur.es',
    'Programa de migración laboral circular: la empresa Frutas Levante S.A. contrata 20 trabajadores. Contrato escrito entregado antes de la salida. Sueldo según convenio: 1.381 € al mes. Sin costos para el trabajador: el empleador cubre viaje y visado. Más información: www.frutaslevante.es',
  ],
});
