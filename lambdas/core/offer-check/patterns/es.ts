import type { LanguagePatterns } from './types';

/** Spanish (Latin American and peninsular forms: "visa"/"visado", "boleto"/"billete"). */
const CONTRATO = 'contrato|contratos|contracto|contrado';
const PASAPORTE = 'pasaporte*?|pasaport*|passport*';
const EMPLEADOR = 'empleador|empresa|patron|nosotros|agencia|contratante|sponsor';
const PLAZAS = 'plazas|cupos|vacantes|lugares|puestos|visas';
const TENEDOR = 'agencia|agente|empresa|empleador|oficina|nosotros|patron|intermediario|reclutador';

export const ES: LanguagePatterns = {
  negations: 'no|nunca|jamas|ningun|ninguna|ninguno|sin|nada|nadie|ni|tampoco',
  flags: {
    fee: {
      match: [
        'tasa|tasas|cuota|cuotas|pago|costo|coste|comision|tarifa|cargo|derecho|derechos ~ tramite|tramites|tramitacion|procesamiento|inscripcion|registro|visa|visado|reclutamiento|agencia|colocacion|servicio|reserva|gestion|expediente|solicitud',
        'deposito|fianza|anticipo|adelanto|garantia ~ $',
        'deposito+de+garantia|pago+por+adelantado|pago+anticipado|pago+inicial',
        'pagar|pague|paga|pagas|pagues|pagarle|abonar|abone|enviar|envie|envia|envio|transferir|transfiera|transfiere|depositar|deposite|deposita|giro ~ $',
        '$ ~ tasa|cuota|comision|deposito|anticipo|adelanto|tramite|tramites|inscripcion|registro|visa|visado|fianza|boleto|billete|pasaje',
        'tasa|cuota|comision|costo|coste|precio|valor|tarifa|visa|visado|boleto|billete|pasaje ~ $',
        'pagar|pague|paga ~ por+adelantado|antes+de+viajar|antes+del+viaje|por+anticipado',
        'cuesta|cuestan|vendemos|vende|venden ~ $',
        'western+union|moneygram|money+gram|hawala',
        'enviar|envie|envia|transferir|transfiera|deposite|depositar ~ dinero|plata',
        'debe|debes|deben|tiene+que|tienes+que|tienen+que|hay+que|necesita|necesitas ~ pagar|abonar|cubrir|depositar',
        'por+su+cuenta|por+tu+cuenta|a+cargo+del+trabajador|a+cargo+del+candidato',
        'descuento|descontado|descontara|descuenta ~~ agencia|agente|visa|visado|boleto|pasaje|deuda|prestamo',
      ],
      notBefore: [`${EMPLEADOR} ~ paga|pagara|pagamos|cubre|cubrira|cubrimos|asume|asumira|financia|reembolsa`, 'gratis|gratuito|gratuita|sin+costo|sin+coste'],
      notAfter: [
        'pagado|pagados|pagada|pagadas|cubierto|cubiertos|cubierta|cubiertas|gratis|gratuito|gratuita|incluido|incluidos|a+cargo+del+empleador|a+cargo+de+la+empresa|por+cuenta+del+empleador|por+cuenta+de+la+empresa|lo+paga|los+paga|la+paga',
      ],
    },
    passport: {
      match: [
        `guardamos|guardara|guardaremos|guardan|retenemos|retiene|retendra|retendremos|retienen|confiscamos|confisca|confiscara|recogemos|nos+quedamos+con|se+queda+con|se+quedara+con|se+quedan+con ~ ${PASAPORTE}|documentos|papeles`,
        `${EMPLEADOR} ~ guarda|retiene|confisca|recoge ~ ${PASAPORTE}|documentos|papeles`,
        `${PASAPORTE}|documentos|papeles ~ retenido|retenidos|guardado|guardados|confiscado|confiscados|custodiado|custodiados|depositado`,
        `${PASAPORTE} ~ queda|quedara|se+queda|se+quedara|permanece|permanecera ~ con|en ~ ${TENEDOR}`,
        `entregar|entregue|entrega|entreguen|enviar|envie|envia|dejar|deje|deja|dar|denos|entreguenos ~ ${PASAPORTE} ~ a|al|en|con ~ ${TENEDOR}`,
        `entregar|entregue|entrega|enviar|envie|envia|dejar|deje ~ ${PASAPORTE} ~ original`,
        `entregar|entregue|entrega|enviar|envie|envia|dejar|deje ~ original|originales ~ ${PASAPORTE}|documentos`,
        `${PASAPORTE} ~ copia ~ original`,
        `${PASAPORTE}|documentos ~ como ~ garantia|fianza|deposito|custodia`,
        'en+custodia|bajo+custodia',
      ],
      notBefore: ['usted|tu|ud|siempre|guarde|guarda|conserve|conserva', 'copia+del|copia+de|copias+del|foto+del|escaneo+del'],
      notAfter: ['copia|copias|escaneado|escaneo|foto|fotocopia|con+usted|contigo|en+su+poder|en+tu+poder'],
      noGap: 'copia|copias|escaneado|escaneo|foto|fotos|fotocopia|usted|tu|contigo',
    },
    'visa-sold': {
      match: [
        'visa|visas|visado|visados ~ en+venta|a+la+venta|se+vende|se+venden|de+venta',
        'vendemos|vende|venden|vender|venta|compra|comprar|compre|compra|compramos ~ visa|visas|visado|visados|permiso|permisos|patrocinio',
        'visa|visas|visado|visados ~ garantizada|garantizado|garantizadas|garantizados|asegurada|asegurado|segura|seguro|100|libre|gratis|gratuita',
        'garantizada|garantizado|garantia|100|segura|seguro ~ visa|visas|visado',
        'free+visa',
      ],
      notAfter: ['pagada+por|cubierta+por|a+cargo'],
    },
    'no-contract': {
      match: [
        `sin|no+hay|ningun ~ ${CONTRATO}`,
        `${CONTRATO} ~ al+llegar|a+la+llegada|en+destino|alla|alli|despues+de+llegar|cuando+llegue|cuando+llegues|una+vez+alla|en+el+lugar`,
        `${CONTRATO} ~ no+es+necesario|no+hace+falta|no+se+necesita|mas+tarde|despues|luego`,
        `no+necesita|no+necesitas|no+hace+falta ~ ${CONTRATO}`,
        'acuerdo|contrato|trato|promesa verbal|de+palabra',
        'confie+en+nosotros|confia+en+nosotros|confia+en+mi',
        `${CONTRATO} ~ solo|solamente|unicamente ~ en ~ polaco|aleman|ingles|arabe|ruso|checo|rumano|hungaro|croata|lituano`,
        'trabajo|empleo ~ informal|en+negro|sin+papeles|no+declarado',
        'en+negro|sin+papeles',
      ],
      notAfter: ['sustitucion|cambio|cambios|tasa|comision'],
      noGap: 'antes|previo|previa',
    },
    'vague-employer': {
      match: [
        'nombre ~ empresa|empleador|patron|cliente ~ despues|luego|mas+tarde|confidencial|secreto|privado|reservado',
        'empresa|empleador|cliente ~ confidencial|secreta|secreto|anonima|reservado|reservada',
        'agente|intermediario|reclutador|coordinador|gestor ~ dira|explicara|informara|dara|enviara ~ despues|luego|mas+tarde|detalles',
        'detalles|informacion|info|datos ~ privado|inbox|whatsapp|por+interno|al+privado|mas+tarde|despues',
        'escribeme|escribame|escriba|escribe|contactame|contacteme ~ privado|inbox|al+interno',
        'whatsapp|telegram|viber ~ solamente|solo|unicamente',
        'solo|solamente|unicamente ~ whatsapp|telegram|viber|por+telefono',
        'direccion ~ despues|luego|mas+tarde|despues+del+pago',
        'sin+oficina|no+tenemos+oficina|sin+pagina+web',
        'no+contacte|no+llame|no+contactes|no+llames ~ empresa|empleador',
      ],
    },
    'high-wage': {
      match: [
        'dinero ~ facil|rapido',
        'gana|ganar|gane ~ rapido|facil|facilmente|mucho',
        'hazte+rico|hacerse+rico|volverse+rico',
        'salario|sueldo|paga ~ muy+alto|altisimo|enorme|increible',
        'ingresos|ganancias garantizados|garantizadas',
      ],
    },
    pressure: {
      match: [
        'urgente|urgentes|urgentemente|urgencia',
        'date+prisa|dese+prisa|apurate|apurese|rapido+rapido',
        'solo+hoy|hoy+solamente|solo+por+hoy|hoy+mismo|ultimo+dia|ultima+oportunidad|ultimas+plazas|ultimos+cupos|ahora+o+nunca',
        `${PLAZAS} ~ limitadas|limitados|restantes`,
        `quedan|solo|solamente ~ # ~ ${PLAZAS}`,
        `quedan ~ pocas|pocos ~ ${PLAZAS}`,
        'paga|pague|pagar|envia|envie|firma|firme|decide|decida|reserva|reserve|confirma|confirme ~ ahora|hoy|ya|rapido|inmediatamente|de+inmediato|esta+noche',
        'viaja|viajar|sal|salir|sale|salida|partir ~ pronto|rapido|inmediatamente|manana|esta+semana|de+inmediato',
        'viaja|viajar|salir|salida ~ en # dias|horas',
        'no ~ digas|diga|cuentes|cuente|comentes|comente ~ nadie|a+nadie|familia',
        'mantenlo|mantengalo|guardalo|guardelo ~ secreto|en+secreto',
        'en+secreto|es+secreto',
        'antes+de+que+sea+tarde|primero+en+llegar|primeros+en+llegar',
      ],
    },
  },
  lowSkill: [
    'sin|ninguna|no+se+requiere|no+necesita|no+necesitas|no+hace+falta ~ experiencia|estudios|titulo|idioma|ingles|diploma|formacion',
    'experiencia ~ no+necesaria|no+requerida|no+es+necesaria',
    'cualquiera+puede+aplicar|cualquier+persona',
  ],
  salary: 'salario|salarios|sueldo|sueldos|ganar|gana|ganas|ganancia|ganancias|ingreso|ingresos|remuneracion',
  periods: {
    month: ['mes|meses|mensual|mensuales|mensualmente|al+mes'],
    week: ['semana|semanas|semanal|semanales'],
    day: ['dia|dias|diario|diarios|diaria'],
    hour: ['hora|horas|h'],
    year: ['ano|anos|anual|anuales|anualmente'],
  },
};
