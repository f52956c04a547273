# ruff: noqa: E501
"""Hand-written wording for heldout36 (Motrino Fleet): company contacts and agents.

Placeholders: {company}, {case}, {case_spoken}, {restate}, {colleague} (first name), {weekday},
{rival}, {agent}, {first}, {mention}, {site}; [[fem|masc]] agrees with the writer,
<<fem|masc>> with the colleague named.
"""

from __future__ import annotations

B_PROBLEMS = ("invoice", "vehicles_blocked", "portal", "overbilled")

# Companies by market: (name, kind of firm, e-mail domain).
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "ES": [
        ("Mensajería Ribera SL", "courier", "mensajeriaribera.example"),
        ("Radio Taxi Turia", "taxi", "taxituria.example"),
        ("Construcciones Aldabe", "builder", "aldabe.example"),
        ("Cuidamos en Casa SL", "home_care", "cuidamosencasa.example"),
        ("Distribuciones Lebrija", "sales_fleet", "lebrija.example"),
    ],
    "DE": [
        ("Kurierdienst Elster GmbH", "courier", "elster-kurier.example"),
        ("Bau Hollerbach GmbH", "builder", "hollerbach-bau.example"),
        ("Ambulante Pflege Lindenhof", "home_care", "pflege-lindenhof.example"),
        ("Stadtflitzer Carsharing", "car_sharing", "stadtflitzer.example"),
        ("Vertrieb Kessler & Söhne", "sales_fleet", "kessler-vertrieb.example"),
    ],
    "AT": [("Steirer Handelsvertretung GmbH", "sales_fleet", "steirer-hv.example")],
    "CH": [("Taxi Limmat AG", "taxi", "taxilimmat.example")],
    "UK": [("Northway Couriers Ltd", "courier", "northway.example")],
    "IE": [("Shannon Homecare", "home_care", "shannonhomecare.example")],
    "FR": [("Bâtiments Morvan SARL", "builder", "morvan-batiment.example")],
    "IT": [("Car Sharing Lario", "car_sharing", "lariocs.example")],
    "PT": [("Transportes Douro Express", "courier", "douroexpress.example")],
}
ROLES: dict[str, list[str]] = {
    "es": [
        "[[jefa|jefe]] de flota",
        "[[responsable|responsable]] de compras",
        "[[administrativa|administrativo]] de contabilidad",
        "[[coordinadora|coordinador]] de rutas",
        "[[gerente|gerente]]",
        "[[encargada|encargado]] de taller interno",
        "[[jefa|jefe]] de tráfico",
    ],
    "de": [
        "Fuhrparkleiter[[in|]]",
        "Einkäufer[[in|]]",
        "Buchhalter[[in|]]",
        "Disponent[[in|]]",
        "Geschäftsführer[[in|]]",
        "Assistent[[in|]] der Geschäftsführung",
        "Standortleiter[[in|]]",
    ],
    "en": ["fleet manager", "office manager", "accounts", "operations lead", "director"],
    "fr": [
        "[[responsable|responsable]] de flotte",
        "[[comptable|comptable]]",
        "[[assistante|assistant]] de direction",
        "[[gérante|gérant]]",
    ],
    "it": [
        "[[responsabile|responsabile]] flotta",
        "[[contabile|contabile]]",
        "[[assistente|assistente]] di direzione",
        "[[titolare|titolare]]",
    ],
    "pt": [
        "[[gestora|gestor]] de frota",
        "[[contabilista|contabilista]]",
        "[[assistente|assistente]] administrativ[[a|o]]",
        "[[gerente|gerente]]",
    ],
}
WEEKDAYS: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
}
B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "factura sin CIF",
        "de": "Rechnung ohne USt-IdNr.",
        "en": "invoice without our VAT number",
        "fr": "facture sans numéro de TVA",
        "it": "fattura senza partita IVA",
        "pt": "fatura sem NIF",
    },
    "vehicles_blocked": {
        "es": "citas bloqueadas por 'impago'",
        "de": "Aufträge gesperrt wegen 'Zahlungsverzug'",
        "en": "jobs blocked as 'unpaid'",
        "fr": "rdv bloqués pour 'impayé'",
        "it": "interventi bloccati per 'insoluto'",
        "pt": "marcações bloqueadas por 'falta de pagamento'",
    },
    "portal": {
        "es": "el portal Fleet no guarda vehículos",
        "de": "Fleet-Portal speichert keine Fahrzeuge",
        "en": "Fleet portal not saving vehicles",
        "fr": "portail Fleet n'enregistre pas",
        "it": "portale Fleet non salva",
        "pt": "portal Fleet não grava",
    },
    "overbilled": {
        "es": "vehículos dados de baja y facturados",
        "de": "abgemeldete Fahrzeuge berechnet",
        "en": "removed vehicles still billed",
        "fr": "véhicules retirés facturés",
        "it": "veicoli rimossi fatturati",
        "pt": "viaturas retiradas faturadas",
    },
}
B_RESTATE: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "la factura mensual sin nuestro CIF, que la gestoría no puede contabilizar",
        "de": "die Monatsrechnung ohne unsere USt-IdNr., die das Steuerbüro nicht verbuchen kann",
        "en": "the monthly invoice without our VAT number, which our accountant won't post",
        "fr": "la facture mensuelle sans notre numéro de TVA",
        "it": "la fattura mensile senza la nostra partita IVA",
        "pt": "a fatura mensal sem o nosso NIF",
    },
    "vehicles_blocked": {
        "es": "todas las citas de la flota 'en espera - cuenta suspendida por impago' aunque está pagado",
        "de": "alle Aufträge 'angehalten - Konto gesperrt, unbezahlt', obwohl alles bezahlt ist",
        "en": "every job 'on hold - account suspended, unpaid' although it's paid",
        "fr": "tous les rdv 'en attente - compte suspendu' alors que tout est payé",
        "it": "tutti gli interventi 'sospesi - insoluto' anche se è pagato",
        "pt": "todas as marcações 'suspensas - falta de pagamento' apesar de pago",
    },
    "portal": {
        "es": "el portal Fleet, que no guarda ni las furgonetas nuevas ni el centro de coste",
        "de": "das Fleet-Portal, das weder neue Fahrzeuge noch Kostenstellen speichert",
        "en": "the Fleet portal not keeping new vehicles or cost centres",
        "fr": "le portail Fleet qui n'enregistre ni véhicules ni centres de coût",
        "it": "il portale Fleet che non salva veicoli né centri di costo",
        "pt": "o portal Fleet que não grava viaturas nem centros de custo",
    },
    "overbilled": {
        "es": "los seis vehículos dados de baja en agosto que seguís facturando",
        "de": "die sechs im August abgemeldeten Fahrzeuge, die ihr weiter berechnet",
        "en": "the six vehicles taken off the contract in August that you're still billing",
        "fr": "les six véhicules retirés en août toujours facturés",
        "it": "i sei veicoli tolti ad agosto ancora fatturati",
        "pt": "as seis viaturas retiradas em agosto ainda faturadas",
    },
}
B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Buenos días:\n\nLa factura mensual de {company} vuelve a salir sin nuestro CIF. Nuestra gestoría no la puede contabilizar así y nos la ha devuelto. Necesitamos que la reemitáis con los datos fiscales correctos, que ya están en el portal.\n\nUn saludo",
        "de": "Guten Tag,\n\ndie Monatsrechnung für {company} kommt wieder ohne unsere USt-IdNr. Unser Steuerbüro verbucht sie so nicht und hat sie zurückgeschickt. Bitte neu ausstellen, die Daten stehen im Portal.\n\nMit freundlichen Grüßen",
        "en": "Hello,\n\nThe monthly invoice for {company} has come without our VAT number again. Our accountant won't post it. Please reissue it, the details are in the portal.\n\nRegards",
        "fr": "Bonjour,\n\nLa facture mensuelle de {company} arrive encore sans notre numéro de TVA. Notre comptable la refuse. Merci de la rééditer.\n\nCordialement",
        "it": "Buongiorno,\n\nla fattura mensile di {company} è di nuovo senza partita IVA. Il commercialista non la registra. Vi prego di riemetterla.\n\nCordiali saluti",
        "pt": "Bom dia,\n\nA fatura mensal da {company} voltou a vir sem o nosso NIF. A contabilidade não a aceita. Por favor emitam de novo.\n\nCumprimentos",
    },
    "vehicles_blocked": {
        "es": "Hola:\n\nDesde esta mañana todas las citas de {company} aparecen 'En espera - cuenta suspendida por impago'. Está TODO pagado, tengo los justificantes. Los talleres se niegan a recibir nuestros coches y tenemos conductores parados.\n\nUrgente por favor",
        "de": "Hallo,\n\nseit heute früh stehen alle Aufträge von {company} auf 'Angehalten - Konto gesperrt, unbezahlt'. Es ist ALLES bezahlt, Belege liegen vor. Die Werkstätten nehmen unsere Fahrzeuge nicht an, Fahrer stehen.\n\nBitte dringend",
        "en": "Hi,\n\nSince this morning every job for {company} shows 'On hold - account suspended, unpaid'. Everything is paid. Garages are turning our vans away.\n\nUrgent please",
        "fr": "Bonjour,\n\nDepuis ce matin tous les rdv de {company} sont 'En attente - compte suspendu'. Tout est payé. Les garages refusent nos véhicules.\n\nUrgent",
        "it": "Buongiorno,\n\nda stamattina tutti gli interventi di {company} risultano 'Sospesi - insoluto'. È tutto pagato. Le officine rifiutano le nostre auto.\n\nUrgente",
        "pt": "Olá,\n\nDesde esta manhã todas as marcações da {company} aparecem 'Suspensas - falta de pagamento'. Está tudo pago. As oficinas recusam as viaturas.\n\nUrgente",
    },
    "portal": {
        "es": "Buenas tardes:\n\nLlevo tres días intentando dar de alta las dos furgonetas nuevas de {company} en el portal Fleet y asignarlas al centro de coste 'Reparto Norte'. Le doy a guardar, sale 'Guardado' y al recargar no hay nada. Lo he probado en dos ordenadores.\n\nGracias",
        "de": "Guten Tag,\n\nseit drei Tagen versuche ich, die zwei neuen Transporter von {company} im Fleet-Portal anzulegen und der Kostenstelle 'Nord' zuzuordnen. 'Gespeichert' erscheint, nach dem Neuladen ist alles weg. Zwei Rechner probiert.\n\nDanke",
        "en": "Hi,\n\nThree days trying to add {company}'s two new vans in the Fleet portal with a cost centre. It says 'Saved', reload, gone.\n\nThanks",
        "fr": "Bonjour,\n\nDepuis trois jours j'essaie d'ajouter deux véhicules de {company} dans le portail Fleet. 'Enregistré', puis plus rien.\n\nMerci",
        "it": "Buongiorno,\n\nda tre giorni provo ad aggiungere due veicoli di {company} nel portale Fleet. Dice 'Salvato' e poi sparisce tutto.\n\nGrazie",
        "pt": "Boa tarde,\n\nHá três dias que tento adicionar duas viaturas da {company} no portal Fleet. Diz 'Gravado' e depois desaparece.\n\nObrigad[[a|o]]",
    },
    "overbilled": {
        "es": "Hola:\n\nEn agosto dimos de baja seis vehículos del contrato de {company} (tengo vuestra confirmación por correo) y en la factura de septiembre siguen apareciendo los seis, a 35 € cada uno. Pedimos la rectificación.\n\nSaludos",
        "de": "Hallo,\n\nim August haben wir sechs Fahrzeuge aus dem Vertrag von {company} genommen (Bestätigung per Mail liegt vor), auf der Septemberrechnung stehen alle sechs noch drauf, je 35 €. Bitte korrigieren.\n\nGrüße",
        "en": "Hello,\n\nWe took six vehicles off {company}'s contract in August (your confirmation by e-mail) and September's invoice still bills all six. Please correct it.\n\nRegards",
        "fr": "Bonjour,\n\nSix véhicules de {company} retirés en août, toujours facturés en septembre. Merci de corriger.\n\nCordialement",
        "it": "Buongiorno,\n\nsei veicoli di {company} tolti ad agosto, ancora fatturati a settembre. Vi prego di correggere.\n\nSaluti",
        "pt": "Olá,\n\nSeis viaturas da {company} retiradas em agosto continuam faturadas em setembro. Corrijam por favor.\n\nCumprimentos",
    },
}
# A later contact of the same company: names the first complainer, the weekday and the case.
B_LATER: dict[str, list[str]] = {
    "es": [
        "Hola, os escribo también desde {company}. Mi <<compañera|compañero>> {colleague} ya os escribió el {weekday} (caso {case}) por {restate}. Sigue igual y a mí me toca explicarlo en dirección.",
        "Buenos días, soy de {company}. El {weekday} {colleague} abrió el caso {case}: {restate}. Nada ha cambiado. Esto nos está afectando de verdad.",
        "Buenas, escribo por lo mismo que {colleague} el {weekday} (caso {case}): {restate}. Ya somos varios en {company} con este tema y nadie nos da una fecha.",
    ],
    "de": [
        "Hallo, ich schreibe ebenfalls für {company}. <<Meine Kollegin|Mein Kollege>> {colleague} hat sich am {weekday} gemeldet (Fall {case}) wegen {restate}. Es ist unverändert, und ich muss es jetzt der Geschäftsführung erklären.",
        "Guten Tag, {company} hier. {colleague} hat am {weekday} den Fall {case} eröffnet: {restate}. Nichts passiert. Das trifft uns wirklich.",
        "Hallo, gleiches Thema wie bei {colleague} am {weekday} (Fall {case}): {restate}. Wir sind bei {company} inzwischen mehrere damit, und niemand nennt uns einen Termin.",
    ],
    "en": [
        "Hi, also writing from {company}. My colleague {colleague} contacted you on {weekday} (case {case}) about {restate}. Nothing's changed."
    ],
    "fr": [
        "Bonjour, j'écris aussi pour {company}. <<Ma collègue|Mon collègue>> {colleague} vous a écrit {weekday} (dossier {case}) : {restate}. Rien n'a changé."
    ],
    "it": [
        "Buongiorno, scrivo anch'io per {company}. <<La mia collega|Il mio collega>> {colleague} vi ha scritto {weekday} (pratica {case}): {restate}. Niente è cambiato."
    ],
    "pt": [
        "Olá, escrevo também pela {company}. <<A minha colega|O meu colega>> {colleague} escreveu-vos na {weekday} (processo {case}): {restate}. Nada mudou."
    ],
}
B_LAST: dict[str, str] = {
    "es": "Caso {case}: seguimos sin solución con {restate}. Varios compañeros os hemos escrito ya. Os informo de que hemos pedido presupuesto a {rival}.",
    "de": "Fall {case}: {restate}, weiterhin ungelöst. Mehrere Kollegen haben geschrieben. Zur Info: wir haben bei {rival} ein Angebot angefragt.",
    "en": "Case {case}: {restate}, still not fixed. Several of us have written. For the record, we've asked {rival} for a quote.",
    "fr": "Dossier {case} : {restate}, toujours rien. Plusieurs collègues vous ont écrit. Nous avons demandé un devis à {rival}.",
    "it": "Pratica {case}: {restate}, ancora niente. Vi abbiamo scritto in diversi. Abbiamo chiesto un preventivo a {rival}.",
    "pt": "Processo {case}: {restate}, continua por resolver. Vários colegas escreveram. Pedimos orçamento à {rival}.",
}
B_LAST_PHONE: dict[str, str] = {
    "es": "sí hola buenas llamo de {company} por el caso {case_spoken} seguimos igual con {restate} ya os hemos escrito varios y estamos mirando otros proveedores",
    "de": "ja hallo guten tag hier {company} wegen fall {case_spoken} {restate} ist immer noch nicht gelöst mehrere kollegen haben geschrieben wir schauen uns jetzt andere anbieter an",
    "en": "yeah hi it's {company} about case {case_spoken} {restate} still not fixed several of us have written we're looking at other providers",
    "fr": "oui bonjour {company} pour le dossier {case_spoken} toujours rien on regarde d'autres prestataires",
    "it": "pronto buongiorno {company} per la pratica {case_spoken} ancora niente stiamo guardando altri fornitori",
    "pt": "bom dia {company} pelo processo {case_spoken} continua igual estamos a ver outros fornecedores",
}
B_ACK: dict[str, str] = {
    "es": "Hola {first}, gracias por avisarnos. Hemos abierto el caso {case} para {company} y el equipo de Motrino Fleet lo está revisando. Un saludo, {agent}",
    "de": "Hallo {first}, danke für die Nachricht. Wir haben den Fall {case} für {company} angelegt, das Motrino-Fleet-Team kümmert sich. Viele Grüße, {agent}",
    "en": "Hi {first}, thanks for letting us know. We've opened case {case} for {company} and the Motrino Fleet team is on it. Best, {agent}",
    "fr": "Bonjour {first}, merci. Nous avons ouvert le dossier {case} pour {company}. {agent}",
    "it": "Buongiorno {first}, grazie. Abbiamo aperto la pratica {case} per {company}. {agent}",
    "pt": "Olá {first}, obrigado. Abrimos o processo {case} para a {company}. {agent}",
}
# Mild suggestions in a web form, with the acknowledgement.
B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien que en la factura saliera la matrícula de cada servicio, ahora tenemos que cruzarlo a mano.",
        "¿Se podría exportar a CSV el listado de servicios por vehículo? Lo pide contabilidad cada mes.",
    ],
    "de": [
        "Vorschlag: es wäre hilfreich, wenn auf der Rechnung bei jedem Auftrag das Kennzeichen stünde, aktuell gleichen wir das von Hand ab.",
        "Wäre ein CSV-Export der Aufträge pro Fahrzeug möglich? Die Buchhaltung fragt jeden Monat danach.",
    ],
    "en": [
        "Suggestion: could the invoice show the reg for each job? We match them by hand at the moment.",
        "Any chance of a CSV export of jobs per vehicle? Accounts ask every month.",
    ],
    "fr": [
        "Suggestion : afficher l'immatriculation de chaque intervention sur la facture.",
        "Un export CSV des interventions par véhicule serait pratique.",
    ],
    "it": [
        "Suggerimento: mettere la targa di ogni intervento in fattura.",
        "Sarebbe utile un export CSV degli interventi per veicolo.",
    ],
    "pt": [
        "Sugestão: pôr a matrícula de cada serviço na fatura.",
        "Dava jeito um export CSV dos serviços por viatura.",
    ],
}
B_MILD_ACK: dict[str, str] = {
    "es": "Hola {first}, gracias por la sugerencia, se la pasamos al equipo de producto de Motrino Fleet. {agent}",
    "de": "Hallo {first}, danke für den Vorschlag, wir geben ihn an das Produktteam von Motrino Fleet weiter. {agent}",
    "en": "Hi {first}, thanks for the suggestion, passed on to the Motrino Fleet product team. {agent}",
    "fr": "Bonjour {first}, merci pour la suggestion, transmise à l'équipe produit. {agent}",
    "it": "Buongiorno {first}, grazie del suggerimento, lo passiamo al team prodotto. {agent}",
    "pt": "Olá {first}, obrigado pela sugestão, passámos à equipa de produto. {agent}",
}
B_CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, para añadir un conductor nuevo al portal tengo que pediroslo o lo hago yo?",
            "¡Hola! Lo puedes hacer tú en el portal Fleet, en 'Conductores' > 'Añadir'. Le llega una invitación por correo.",
        ),
        (
            "buenas, la ITV de las furgonetas la podéis gestionar vosotros también?",
            "Sí, con el servicio 'Pre-ITV + cita ITV' (45 € por vehículo) nos encargamos de llevarla y traerla.",
        ),
        (
            "una pregunta, la factura de octubre cuándo sale?",
            "Sale el día 1 de cada mes; la tendrás en el portal y en el correo de facturación.",
        ),
    ],
    "de": [
        (
            "Hallo, neue Fahrer im Portal lege ich selbst an oder macht ihr das?",
            "Hallo! Das geht selbst im Fleet-Portal unter 'Fahrer' > 'Hinzufügen', der Fahrer bekommt eine Einladung per Mail.",
        ),
        (
            "Könnt ihr für die Transporter auch den TÜV-Termin übernehmen?",
            "Ja, mit 'Vorab-Check + HU-Termin' (45 € pro Fahrzeug) bringen wir das Fahrzeug hin und zurück.",
        ),
        (
            "wann kommt die Oktoberrechnung?",
            "Immer am 1. des Monats, im Portal und an die Rechnungsadresse.",
        ),
    ],
    "en": [
        (
            "hi, can I add a new driver to the portal myself?",
            "Hi! Yes, under 'Drivers' > 'Add' in the Fleet portal.",
        ),
        (
            "when does October's invoice come out?",
            "On the 1st of each month, in the portal and to the billing address.",
        ),
    ],
    "fr": [
        (
            "bonjour, je peux ajouter un conducteur moi-même dans le portail ?",
            "Bonjour ! Oui, rubrique 'Conducteurs' > 'Ajouter'.",
        ),
        ("la facture d'octobre sort quand ?", "Le 1er de chaque mois, dans le portail."),
    ],
    "it": [
        (
            "buongiorno, posso aggiungere un autista nel portale da solo?",
            "Buongiorno! Sì, in 'Autisti' > 'Aggiungi'.",
        ),
        ("quando esce la fattura di ottobre?", "Il primo del mese, nel portale."),
    ],
    "pt": [
        ("olá, posso adicionar um condutor no portal?", "Olá! Sim, em 'Condutores' > 'Adicionar'."),
        ("quando sai a fatura de outubro?", "No dia 1 de cada mês, no portal."),
    ],
}
B_EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Consulta neumáticos de invierno flota",
            "Hola, ¿podemos programar el cambio a invierno de toda la flota en dos sábados de noviembre? Son 14 vehículos. Gracias",
            "Hola, sí: te hemos reservado los sábados 7 y 14 de noviembre, 7 vehículos cada día, en el taller más cercano a vuestra base. Un saludo, {agent}",
        ),
        (
            "Centros de coste",
            "Buenos días, ¿cuántos centros de coste podemos tener en el portal? Gracias",
            "Buenos días, no hay límite; se crean en 'Ajustes' > 'Centros de coste'. Un saludo, {agent}",
        ),
    ],
    "de": [
        (
            "Winterreifen für die Flotte",
            "Hallo, können wir den Winterreifenwechsel für die ganze Flotte an zwei Samstagen im November machen? 14 Fahrzeuge. Danke",
            "Hallo, ja: reserviert sind Samstag 7. und 14. November, je 7 Fahrzeuge, in der Werkstatt nahe Ihrem Standort. Gruß, {agent}",
        ),
        (
            "Kostenstellen",
            "Guten Tag, wie viele Kostenstellen können wir im Portal anlegen?",
            "Guten Tag, unbegrenzt, unter 'Einstellungen' > 'Kostenstellen'. Gruß, {agent}",
        ),
    ],
    "en": [
        (
            "Winter tyres for the fleet",
            "Hi, can we do the whole fleet's winter tyres over two Saturdays in November? 14 vehicles.",
            "Hi, yes: Saturdays 7 and 14 November, 7 each day. Best, {agent}",
        )
    ],
    "fr": [
        (
            "Pneus hiver flotte",
            "Bonjour, peut-on faire les pneus hiver de toute la flotte sur deux samedis de novembre ?",
            "Bonjour, oui : samedis 7 et 14 novembre. {agent}",
        )
    ],
    "it": [
        (
            "Gomme invernali flotta",
            "Buongiorno, possiamo fare le gomme invernali di tutta la flotta in due sabati di novembre?",
            "Buongiorno, sì: sabato 7 e 14 novembre. {agent}",
        )
    ],
    "pt": [
        (
            "Pneus de inverno frota",
            "Bom dia, podemos trocar os pneus de toda a frota em dois sábados de novembro?",
            "Bom dia, sim: sábados 7 e 14 de novembro. {agent}",
        )
    ],
}
B_THANKS: dict[str, list[str]] = {
    "es": ["Perfecto, gracias {agent}", "Genial, muchas gracias"],
    "de": ["Perfekt, danke {agent}", "Super, vielen Dank"],
    "en": ["Perfect, thanks {agent}"],
    "fr": ["Parfait, merci {agent}"],
    "it": ["Perfetto, grazie {agent}"],
    "pt": ["Perfeito, obrigad[[a|o]] {agent}"],
}
B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Desde que llevamos la flota con {mention} Fleet, una sola factura al mes y cero llamadas a talleres. Recomendable para pymes",
        "Cambio de ruedas de 12 furgonetas en una mañana, sin parar el reparto. Bien {mention}",
    ],
    "de": [
        "Seit wir den Fuhrpark über {mention} Fleet laufen lassen: eine Rechnung im Monat, keine Werkstatt-Telefonate mehr. Für KMU sehr zu empfehlen",
        "12 Transporter an einem Vormittag umbereift, ohne dass die Touren ausfallen. Stark {mention}",
    ],
    "en": [
        "One invoice a month and no more ringing round garages since we moved the fleet to {mention} Fleet"
    ],
    "fr": ["Une seule facture par mois depuis qu'on gère la flotte avec {mention} Fleet. Top"],
    "it": ["Una fattura al mese e zero telefonate alle officine con {mention} Fleet"],
    "pt": ["Uma fatura por mês e zero telefonemas para oficinas com a {mention} Fleet"],
}
