# ruff: noqa: E501
"""Mantelo Events, the business arm on account (heldout103, written blind).

Caterers, event agencies, hotels, wedding venues, schools, town halls, clubs and
congress centres hire event kit on account, with a company portal, per-event invoices
and collection requests. Placeholders for ``str.format``: {first}, {name}, {agent},
{order}, {company}, {job_title}, {case}, {colleague}, {when}, {restate}, {comp},
{amount}.
"""

from __future__ import annotations

#: (English / Spanish label, price in EUR, catalogue slug)
B2B_PRODUCTS: list[tuple[str, float, str]] = [
    ("Banquet chairs, 100 / Sillas de banquete, 100", 320.0, "sillas-banquete-100"),
    ("Round tables, 20 / Mesas redondas, 20", 260.0, "mesas-redondas-20"),
    ("Stretch tent 10x15 m / Carpa elástica 10x15 m", 1450.0, "carpa-elastica-10x15"),
    ("Stage 8x4 m / Escenario 8x4 m", 980.0, "escenario-8x4"),
    ("Glassware, 500 pieces / Cristalería, 500 piezas", 190.0, "cristaleria-500"),
    ("Cold room trailer / Remolque frigorífico", 640.0, "remolque-frigorifico"),
    ("Patio heaters, 6 / Estufas de exterior, 6", 240.0, "estufas-6"),
    ("Lectern and PA / Atril y megafonía", 210.0, "atril-megafonia"),
    ("Cocktail tables, 30 / Mesas altas, 30", 300.0, "mesas-altas-30"),
]
PORTAL_PAGES = [
    "/empresas/portal/eventos",
    "/empresas/portal/facturas",
    "/empresas/portal/recogidas",
    "/empresas/tarifas",
    "/empresas/portal/documentos",
]

#: (company, kind of firm, domain stem) per language
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        ("Catering Alborada", "catering", "alborada-catering"),
        ("Hotel Mirador del Turia", "hotel", "miradorturia"),
        ("Colegio Virgen del Pilar", "school", "colegiovpilar"),
        ("Producciones Faro Rojo", "film", "farorojo"),
    ],
    "fr": [
        ("Agence Ciel d'Été", "events", "cieldete"),
        ("Mairie de Saint-Florient", "municipality", "saint-florient"),
        ("Centre de congrès Horizon", "congress", "congres-horizon"),
        ("Club de rugby de Vallières", "sports_club", "rugby-vallieres"),
        ("Hôtel du Lac Bleu", "hotel", "hoteldulacbleu"),
    ],
    "en": [("Hartwell Catering", "catering", "hartwellcatering")],
    "de": [
        ("Kranich Messe- und Eventservice", "events", "kranich-events"),
        ("Gemeinde Oberwaldau", "municipality", "oberwaldau"),
    ],
    "pt": [
        ("Catering Maré Alta", "catering", "marealta"),
        ("Quinta da Azenha Velha", "wedding_venue", "azenhavelha"),
    ],
    "it": [("Villa Ginestra Ricevimenti", "wedding_venue", "villaginestra")],
}

JOB_TITLES = [
    "Events manager",
    "Office manager",
    "Head of operations",
    "Accounts payable clerk",
    "Procurement lead",
    "Catering manager",
    "Venue coordinator",
    "Facilities coordinator",
    "Production manager",
    "Finance assistant",
]

#: (question, agent's answer)
B2B_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, podemos añadir 40 sillas más al evento del jueves, pedido {order}?",
            "Hola {first}, sí, añadidas al pedido {order}; las verás en el portal en unos minutos.",
        ),
        (
            "¿A qué hora llega el equipo de montaje del escenario el viernes? Tengo que decírselo al cliente",
            "Hola {first}, el equipo llega a las 7:30, tres horas antes del inicio.",
        ),
        (
            "Necesitamos el certificado ignífugo de la carpa para el permiso, me lo podéis mandar?",
            "Claro, {first}, te lo acabo de enviar por e-mail y está también en el portal, en Documentos.",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut ajouter 40 chaises à l'événement de jeudi, commande {order} ?",
            "Bonjour {first}, oui, ajoutées à la commande {order}, visibles dans le portail d'ici quelques minutes.",
        ),
        (
            "À quelle heure arrive l'équipe pour la scène vendredi ? Je dois prévenir le client",
            "Bonjour {first}, l'équipe arrive à 7h30, trois heures avant le début.",
        ),
        (
            "Il nous faut le certificat M2 de la tente pour la préfecture, vous pouvez l'envoyer ?",
            "Bien sûr {first}, envoyé par mail et disponible dans le portail, rubrique Documents.",
        ),
    ],
    "en": [
        (
            "Hi, can we add 40 chairs to Thursday's event, order {order}?",
            "Hi {first}, yes, added to {order}, you'll see it in the portal in a few minutes.",
        ),
        (
            "What time does the crew arrive for the stage on Friday? Need to tell the client",
            "Hi {first}, the crew arrives at 7:30, three hours before the start.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir zum Event am Donnerstag noch 40 Stühle dazubuchen, Auftrag {order}?",
            "Hallo {first}, ja, zu {order} hinzugefügt, in ein paar Minuten im Portal sichtbar.",
        ),
        (
            "Wann kommt das Team für die Bühne am Freitag? Muss es dem Kunden sagen",
            "Hallo {first}, das Aufbauteam kommt um 7:30 Uhr, drei Stunden vor Beginn.",
        ),
    ],
    "pt": [
        (
            "Olá, podemos juntar mais 40 cadeiras ao evento de quinta, encomenda {order}?",
            "Olá {first}, sim, adicionadas à {order}, aparecem no portal daqui a uns minutos.",
        ),
        (
            "A que horas chega a equipa do palco na sexta? Tenho de avisar o cliente",
            "Olá {first}, a equipa chega às 7:30, três horas antes do início.",
        ),
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere 40 sedie all'evento di giovedì, ordine {order}?",
            "Buongiorno {first}, sì, aggiunte all'ordine {order}, le vede nel portale tra pochi minuti.",
        ),
        (
            "A che ora arriva la squadra per il palco venerdì? Devo avvisare il cliente",
            "Buongiorno {first}, la squadra arriva alle 7:30, tre ore prima dell'inizio.",
        ),
    ],
}

B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Tercer congreso con Mantelo Events este año: escenario, 400 sillas y guardarropa montados en tiempo récord. Equipo de 10",
        "Boda de 220 invitados en la finca y la cristalería de Mantelo sin una baja. Gracias al equipo de montaje",
    ],
    "fr": [
        "Troisième séminaire avec Mantelo Events cette année : scène, 400 chaises et vestiaire montés en un temps record. Équipe au top",
        "Gala de 250 personnes et pas un verre cassé chez Mantelo. Merci à l'équipe de montage",
    ],
    "en": ["Conference for 400 set up by Mantelo Events in under three hours. Smooth as ever"],
    "de": [
        "Firmenfeier für 300 Leute, Bühne und Zelt von Mantelo Events in Rekordzeit aufgebaut. Starkes Team"
    ],
    "pt": ["Congresso de 400 pessoas montado pela Mantelo Events em três horas. Impecável"],
    "it": ["Convegno da 400 persone allestito da Mantelo Events in tre ore. Impeccabili"],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_PROBLEM_ABOUT = {
    "invoice": "invoices without the company's VAT number and with the old head-office address, rejected by accounts",
    "service_blocked": "drivers refuse to unload at events: account shown as blocked for non-payment though paid",
    "portal": "company portal shows no active events: no headcount changes, no collection requests, hire days run on",
    "overbilled": "catalogue price per piece charged instead of the framework-contract rate",
}
B2B_EUR = {"invoice": 0.0, "service_blocked": 0.0, "portal": 0.0, "overbilled": 620.0}

SIGN = "\n\n{name}\n{job_title}, {company}"

#: the first complaint about a problem: (subject, text); the text ends with SIGN
FIRST_COMPLAINT: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "es": (
            "Facturas rechazadas - {company}",
            "Buenos días:\n\nLas facturas de octubre llegan sin nuestro CIF y con la dirección de la antigua sede, así que contabilidad nos las devuelve todas. Tenemos cinco eventos pendientes de pagar y no podemos tramitar ninguno.\n\nNecesitamos que las reemitáis correctamente esta semana.",
        ),
        "fr": (
            "Factures rejetées - {company}",
            "Bonjour,\n\nLes factures d'octobre arrivent sans notre numéro de TVA et avec l'adresse de l'ancien siège, notre comptabilité les rejette toutes. Cinq événements attendent d'être payés et nous ne pouvons en traiter aucun.\n\nMerci de les réémettre correctement cette semaine.",
        ),
        "en": (
            "Invoices rejected - {company}",
            "Hello,\n\nOctober's invoices arrive without our VAT number and with our old head-office address, so accounts payable rejects every one. Five events are waiting to be paid and we can't process any of them.\n\nPlease reissue them correctly this week.",
        ),
        "de": (
            "Rechnungen abgelehnt - {company}",
            "Guten Tag,\n\ndie Oktober-Rechnungen kommen ohne unsere USt-IdNr. und mit der Adresse des alten Firmensitzes, unsere Buchhaltung lehnt alle ab. Fünf Veranstaltungen warten auf Zahlung und wir können keine davon bearbeiten.\n\nBitte stellen Sie die Rechnungen diese Woche korrekt neu aus.",
        ),
        "pt": (
            "Faturas rejeitadas - {company}",
            "Bom dia,\n\nAs faturas de outubro chegam sem o nosso NIF e com a morada da antiga sede, por isso a contabilidade devolve-as todas. Temos cinco eventos por pagar e não conseguimos processar nenhum.\n\nPrecisamos que as reemitam corretamente esta semana.",
        ),
        "it": (
            "Fatture respinte - {company}",
            "Buongiorno,\n\nle fatture di ottobre arrivano senza la nostra partita IVA e con l'indirizzo della vecchia sede, quindi l'amministrazione le respinge tutte. Abbiamo cinque eventi da pagare e non possiamo gestirne nessuno.\n\nVi chiediamo di riemetterle correttamente entro questa settimana.",
        ),
    },
    "service_blocked": {
        "es": (
            "Conductor se niega a descargar - cuenta 'bloqueada'",
            "Hola,\n\nEsta mañana vuestro conductor se ha negado a descargar las mesas en nuestro evento porque en su terminal la cuenta aparece 'bloqueada por impago'. Estamos al corriente de pago, tengo los justificantes de las transferencias. Hemos tenido que montar con mesas prestadas delante del cliente.\n\nNecesito que desbloqueéis la cuenta hoy, mañana tenemos otro montaje.",
        ),
        "fr": (
            "Chauffeur refuse de décharger - compte « bloqué »",
            "Bonjour,\n\nCe matin votre chauffeur a refusé de décharger les tables sur notre événement parce que son terminal affiche le compte « bloqué pour impayé ». Nous sommes à jour, j'ai les preuves de virement. Nous avons dû installer avec des tables prêtées devant le client.\n\nMerci de débloquer le compte aujourd'hui, nous avons une autre installation demain.",
        ),
        "en": (
            "Driver refused to unload - account 'blocked'",
            "Hello,\n\nThis morning your driver refused to unload the tables at our event because his handset shows the account as 'blocked for non-payment'. We are fully paid up and I have the transfer receipts. We had to set up with borrowed tables in front of the client.\n\nPlease unblock the account today, we have another set-up tomorrow.",
        ),
        "de": (
            "Fahrer verweigert Entladen - Konto „gesperrt“",
            "Guten Tag,\n\nheute Morgen hat Ihr Fahrer sich geweigert, die Tische bei unserer Veranstaltung abzuladen, weil das Konto auf seinem Gerät als „gesperrt wegen Zahlungsverzug“ erscheint. Wir haben alles bezahlt, die Überweisungsbelege liegen mir vor. Wir mussten vor dem Kunden mit geliehenen Tischen aufbauen.\n\nBitte entsperren Sie das Konto heute, morgen haben wir den nächsten Aufbau.",
        ),
        "pt": (
            "Motorista recusa descarregar - conta 'bloqueada'",
            "Olá,\n\nEsta manhã o vosso motorista recusou descarregar as mesas no nosso evento porque no terminal dele a conta aparece 'bloqueada por falta de pagamento'. Temos tudo pago, tenho os comprovativos das transferências. Tivemos de montar com mesas emprestadas à frente do cliente.\n\nPreciso que desbloqueiem a conta hoje, amanhã temos outra montagem.",
        ),
        "it": (
            "L'autista rifiuta di scaricare - account 'bloccato'",
            "Buongiorno,\n\nstamattina il vostro autista si è rifiutato di scaricare i tavoli al nostro evento perché sul suo terminale l'account risulta 'bloccato per mancato pagamento'. Siamo in regola, ho le contabili dei bonifici. Abbiamo dovuto allestire con tavoli prestati davanti al cliente.\n\nVi chiedo di sbloccare l'account oggi, domani abbiamo un altro allestimento.",
        ),
    },
    "portal": {
        "es": (
            "El portal no muestra nuestros eventos",
            "Hola,\n\nDesde el lunes el portal de empresa nos dice 'no tienes eventos activos', pero tenemos tres en curso. No podemos confirmar invitados ni pedir la recogida, y el alquiler sigue contando días: la carpa del día 9 sigue en el jardín del cliente.\n\nNecesitamos que lo arregléis y que no se nos cobren esos días.",
        ),
        "fr": (
            "Le portail n'affiche pas nos événements",
            "Bonjour,\n\nDepuis lundi le portail entreprise indique « aucun événement actif » alors que nous en avons trois en cours. Impossible de confirmer le nombre d'invités ou de demander la reprise, et la location continue de courir : la tente du 9 est toujours dans le jardin du client.\n\nMerci de corriger cela et de ne pas nous facturer ces jours.",
        ),
        "en": (
            "Portal shows none of our events",
            "Hello,\n\nSince Monday the business portal says 'no active events' although we have three running. We can't confirm headcounts or request collection, and the hire days keep running: the tent from the 9th is still in the client's garden.\n\nPlease fix this and don't charge us for those days.",
        ),
        "de": (
            "Portal zeigt keine Veranstaltungen",
            "Guten Tag,\n\nseit Montag zeigt das Firmenportal „keine aktiven Veranstaltungen“, obwohl drei laufen. Wir können weder Gästezahlen bestätigen noch die Abholung anfordern, und die Miettage laufen weiter: das Zelt vom 9. steht immer noch beim Kunden im Garten.\n\nBitte beheben Sie das und berechnen Sie uns diese Tage nicht.",
        ),
        "pt": (
            "O portal não mostra os nossos eventos",
            "Olá,\n\nDesde segunda-feira o portal de empresa diz 'não tem eventos ativos', mas temos três a decorrer. Não conseguimos confirmar convidados nem pedir a recolha e o aluguer continua a contar dias: a tenda do dia 9 continua no jardim do cliente.\n\nPrecisamos que corrijam isto e que não nos cobrem esses dias.",
        ),
        "it": (
            "Il portale non mostra i nostri eventi",
            "Buongiorno,\n\nda lunedì il portale aziendale dice 'nessun evento attivo', ma ne abbiamo tre in corso. Non possiamo confermare gli invitati né chiedere il ritiro, e il noleggio continua a contare i giorni: il tendone del 9 è ancora nel giardino del cliente.\n\nVi chiediamo di sistemarlo e di non addebitarci quei giorni.",
        ),
    },
    "overbilled": {
        "es": (
            "Tarifa equivocada en las facturas",
            "Hola,\n\nNos estáis facturando a precio de catálogo por pieza en lugar de la tarifa de nuestro contrato marco. En las dos últimas facturas son más de {amount} de diferencia, y el contrato está firmado hasta junio.\n\nPor favor, corregidlo y reemitid las facturas.",
        ),
        "fr": (
            "Mauvais tarif sur les factures",
            "Bonjour,\n\nVous nous facturez au prix catalogue à la pièce au lieu du tarif de notre contrat-cadre. Sur les deux dernières factures, cela fait plus de {amount} d'écart, et le contrat court jusqu'en juin.\n\nMerci de corriger et de réémettre les factures.",
        ),
        "en": (
            "Wrong rate on our invoices",
            "Hello,\n\nYou're charging us catalogue prices per piece instead of our framework contract rate. On the last two invoices that's over {amount} too much, and the contract runs until June.\n\nPlease correct it and reissue the invoices.",
        ),
        "de": (
            "Falscher Tarif auf den Rechnungen",
            "Guten Tag,\n\nSie berechnen uns Katalogpreise pro Stück statt des Tarifs aus unserem Rahmenvertrag. Auf den letzten zwei Rechnungen sind das über {amount} Differenz, und der Vertrag läuft bis Juni.\n\nBitte korrigieren Sie das und stellen Sie die Rechnungen neu aus.",
        ),
        "pt": (
            "Tarifa errada nas faturas",
            "Olá,\n\nEstão a faturar-nos a preço de catálogo por peça em vez da tarifa do nosso contrato-quadro. Nas duas últimas faturas são mais de {amount} de diferença, e o contrato vai até junho.\n\nPor favor corrijam e reemitam as faturas.",
        ),
        "it": (
            "Tariffa sbagliata in fattura",
            "Buongiorno,\n\nci fatturate a prezzo di listino al pezzo invece della tariffa del nostro contratto quadro. Nelle ultime due fatture sono oltre {amount} di differenza, e il contratto vale fino a giugno.\n\nVi prego di correggere e riemettere le fatture.",
        ),
    },
}

#: a short restatement of the account's open problem
B2B_RESTATE: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Las facturas siguen llegando sin CIF y con la dirección antigua, y contabilidad las rechaza.",
        "fr": "Les factures arrivent toujours sans numéro de TVA et avec l'ancienne adresse, la comptabilité les rejette.",
        "en": "The invoices still come without our VAT number and with the old address, and accounts rejects them.",
        "de": "Die Rechnungen kommen weiter ohne USt-IdNr. und mit alter Adresse, die Buchhaltung lehnt sie ab.",
        "pt": "As faturas continuam a chegar sem NIF e com a morada antiga, e a contabilidade rejeita-as.",
        "it": "Le fatture arrivano ancora senza partita IVA e con il vecchio indirizzo, e l'amministrazione le respinge.",
    },
    "service_blocked": {
        "es": "Hoy otro conductor se ha negado a descargar por la cuenta 'bloqueada', y estamos al corriente de pago.",
        "fr": "Aujourd'hui encore un chauffeur a refusé de décharger à cause du compte « bloqué », alors que nous sommes à jour.",
        "en": "Another driver refused to unload today because of the 'blocked' account, and we are paid up.",
        "de": "Heute hat wieder ein Fahrer wegen des „gesperrten“ Kontos nicht abgeladen, obwohl alles bezahlt ist.",
        "pt": "Hoje outro motorista recusou descarregar por causa da conta 'bloqueada', e temos tudo pago.",
        "it": "Oggi un altro autista ha rifiutato di scaricare per l'account 'bloccato', e siamo in regola.",
    },
    "portal": {
        "es": "El portal sigue sin mostrar ningún evento y no podemos pedir recogidas, así que siguen corriendo días de alquiler.",
        "fr": "Le portail n'affiche toujours aucun événement et nous ne pouvons pas demander de reprise, les jours de location continuent de courir.",
        "en": "The portal still shows no events and we can't request collections, so hire days keep running.",
        "de": "Das Portal zeigt weiter keine Veranstaltung und wir können keine Abholung anfordern, die Miettage laufen weiter.",
        "pt": "O portal continua sem mostrar eventos e não conseguimos pedir recolhas, por isso os dias de aluguer continuam a contar.",
        "it": "Il portale continua a non mostrare eventi e non possiamo chiedere ritiri, quindi i giorni di noleggio continuano a correre.",
    },
    "overbilled": {
        "es": "Seguimos recibiendo facturas a precio de catálogo y no con la tarifa del contrato.",
        "fr": "Nous recevons toujours des factures au prix catalogue et non au tarif du contrat.",
        "en": "We're still getting invoices at catalogue prices instead of the contract rate.",
        "de": "Wir bekommen weiter Rechnungen zu Katalogpreisen statt zum Vertragstarif.",
        "pt": "Continuamos a receber faturas a preço de catálogo e não com a tarifa do contrato.",
        "it": "Continuiamo a ricevere fatture a prezzo di listino e non con la tariffa del contratto.",
    },
}

#: a later contact of the same company: (subject, text); {colleague} wrote first, {when}
LATER_COMPLAINT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "RE: Caso {case} - {company}",
            "Hola,\n\nLes escribo por lo mismo que les contó mi compañera {colleague} {when} (caso {case}). {restate}\n\nEsto nos está afectando a diario.",
        ),
        (
            "Caso {case}, también en mi departamento",
            "Buenas,\n\nSumo mi queja a la que envió {colleague} {when}, caso {case}. {restate} ¿Cuándo se va a solucionar?",
        ),
    ],
    "fr": [
        (
            "RE : Dossier {case} - {company}",
            "Bonjour,\n\nJe vous écris pour le même problème que mon collègue {colleague} vous a signalé {when} (dossier {case}). {restate}\n\nCela nous pénalise tous les jours.",
        ),
        (
            "Dossier {case}, chez nous aussi",
            "Bonjour,\n\nJe me joins à la réclamation de {colleague} de {when}, dossier {case}. {restate} Quand est-ce que ce sera réglé ?",
        ),
    ],
    "en": [
        (
            "Re: Case {case} - {company}",
            "Hello,\n\nI'm writing about the same thing my colleague {colleague} reported {when} (case {case}). {restate}\n\nThis is hitting us every day.",
        )
    ],
    "de": [
        (
            "AW: Vorgang {case} - {company}",
            "Guten Tag,\n\nich schreibe wegen desselben Problems, das meine Kollegin {colleague} {when} gemeldet hat (Vorgang {case}). {restate}\n\nDas trifft uns jeden Tag.",
        )
    ],
    "pt": [
        (
            "RE: Processo {case} - {company}",
            "Olá,\n\nEscrevo pelo mesmo problema que o meu colega {colleague} vos relatou {when} (processo {case}). {restate}\n\nIsto afeta-nos todos os dias.",
        )
    ],
    "it": [
        (
            "R: Pratica {case} - {company}",
            "Buongiorno,\n\nvi scrivo per lo stesso problema che la mia collega {colleague} vi ha segnalato {when} (pratica {case}). {restate}\n\nCi crea problemi ogni giorno.",
        )
    ],
}
WEEKDAY_WHEN: dict[str, list[str]] = {
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "pt": [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "no sábado",
        "no domingo",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
THIS_MORNING = {
    "es": "esta mañana",
    "fr": "ce matin",
    "en": "this morning",
    "de": "heute Morgen",
    "pt": "hoje de manhã",
    "it": "stamattina",
}

#: the at-risk account's last contact, writing again: e-mail (subject, text) naming a competitor
LAST_EMAIL: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Caso {case} - sin solución",
        "Hola,\n\nCaso {case}: sigue todo igual y ya os hemos escrito varios compañeros. {restate} Compras ya ha pedido tarifas a {comp}.",
    ),
    "fr": (
        "RE : Dossier {case} - toujours rien",
        "Bonjour,\n\nDossier {case} : rien n'a changé et plusieurs collègues vous ont déjà écrit. {restate} Les achats ont déjà demandé les tarifs de {comp}.",
    ),
    "en": (
        "Re: Case {case} - still not fixed",
        "Hello,\n\nCase {case}: nothing has changed and several colleagues have written to you. {restate} Procurement has already asked {comp} for their rates.",
    ),
    "de": (
        "AW: Vorgang {case} - keine Lösung",
        "Guten Tag,\n\nVorgang {case}: unverändert, und mehrere Kollegen haben Ihnen schon geschrieben. {restate} Der Einkauf hat bereits bei {comp} Preise angefragt.",
    ),
    "pt": (
        "RE: Processo {case} - sem solução",
        "Olá,\n\nProcesso {case}: continua tudo igual e já vos escreveram vários colegas. {restate} As compras já pediram preços à {comp}.",
    ),
    "it": (
        "R: Pratica {case} - nessuna soluzione",
        "Buongiorno,\n\npratica {case}: è tutto come prima e vi hanno già scritto diversi colleghi. {restate} L'ufficio acquisti ha già chiesto le tariffe a {comp}.",
    ),
}
#: ... or a call (written, then read as a speech-to-text transcript)
LAST_CALL: dict[str, str] = {
    "es": "Sí, buenos días, llamo de {company} por el caso {case}. Esto sigue sin arreglarse y ya les han escrito varios compañeros. {restate} Mi jefe dice que si no está resuelto esta semana nos llevamos la cuenta a otro proveedor.",
    "fr": "Oui bonjour, j'appelle de la part de {company} pour le dossier {case}. Ce n'est toujours pas réglé et plusieurs collègues vous ont déjà écrit. {restate} Mon directeur dit que si ce n'est pas réglé cette semaine on change de fournisseur.",
    "en": "Hi, it's {company} calling about case {case}. This still isn't fixed and several of my colleagues have written in. {restate} My boss says if it isn't sorted this week we move the account elsewhere.",
    "de": "Ja, guten Tag, hier ist {company} wegen Vorgang {case}. Das ist immer noch nicht gelöst und mehrere Kollegen haben schon geschrieben. {restate} Mein Chef sagt, wenn das diese Woche nicht erledigt ist, wechseln wir den Anbieter.",
    "pt": "Sim, bom dia, ligo da {company} por causa do processo {case}. Isto continua por resolver e já vos escreveram vários colegas. {restate} O meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor.",
    "it": "Sì, buongiorno, chiamo da {company} per la pratica {case}. È ancora tutto da sistemare e vi hanno già scritto diversi colleghi. {restate} Il mio capo dice che se non si risolve questa settimana cambiamo fornitore.",
}

#: agent acknowledging a company complaint with the case: (subject, text)
B2B_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Caso {case} - {company}",
        "Hola {first}:\n\nGracias por avisarnos y disculpad las molestias. Hemos abierto el caso {case} para {company} y lo lleva vuestra gestora de cuenta; os escribimos en 24 horas.\n\nUn saludo,\n{agent}, Mantelo Events",
    ),
    "fr": (
        "Dossier {case} - {company}",
        "Bonjour {first},\n\nMerci de nous avoir prévenus et désolés pour la gêne. Nous avons ouvert le dossier {case} pour {company}, suivi par votre chargée de compte ; nous revenons vers vous sous 24 heures.\n\nBien à vous,\n{agent}, Mantelo Events",
    ),
    "en": (
        "Case {case} - {company}",
        "Hi {first},\n\nThanks for letting us know, and sorry for the trouble. We've opened case {case} for {company} with your account manager and will come back to you within 24 hours.\n\nBest wishes,\n{agent}, Mantelo Events",
    ),
    "de": (
        "Vorgang {case} - {company}",
        "Hallo {first},\n\ndanke für den Hinweis und entschuldigen Sie die Umstände. Wir haben den Vorgang {case} für {company} bei Ihrer Kundenbetreuerin angelegt und melden uns innerhalb von 24 Stunden.\n\nViele Grüße,\n{agent}, Mantelo Events",
    ),
    "pt": (
        "Processo {case} - {company}",
        "Olá {first},\n\nObrigada pelo aviso e desculpem o incómodo. Abrimos o processo {case} para a {company}, acompanhado pela vossa gestora de conta; respondemos em 24 horas.\n\nCumprimentos,\n{agent}, Mantelo Events",
    ),
    "it": (
        "Pratica {case} - {company}",
        "Buongiorno {first},\n\ngrazie della segnalazione e ci scusiamo per il disagio. Abbiamo aperto la pratica {case} per {company}, seguita dalla vostra account manager; vi rispondiamo entro 24 ore.\n\nCordiali saluti,\n{agent}, Mantelo Events",
    ),
}

#: mild suggestions in a web form, and the agent's e-mail (subject, text)
SUGGESTIONS: dict[str, list[str]] = {
    "es": [
        "Sería muy útil poder exportar desde el portal los costes de alquiler por código de proyecto.",
        "¿Podríais indicar en el albarán qué material va a cada sala? En montajes grandes ahorraría mucho tiempo.",
    ],
    "fr": [
        "Ce serait pratique de pouvoir exporter depuis le portail les coûts de location par code projet.",
        "Pourriez-vous indiquer sur le bon de livraison quel matériel va dans quelle salle ? Sur les grosses installations on gagnerait du temps.",
    ],
    "en": ["It would help a lot to export hire costs by project code from the portal."],
    "de": [
        "Es wäre sehr hilfreich, die Mietkosten im Portal nach Projektnummer exportieren zu können."
    ],
    "pt": [
        "Dava muito jeito poder exportar do portal os custos de aluguer por código de projeto.",
        "Podiam indicar na guia de remessa que material vai para cada sala? Em montagens grandes poupava imenso tempo.",
    ],
    "it": ["Sarebbe utile poter esportare dal portale i costi di noleggio per codice progetto."],
}
SUGGESTION_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Tu sugerencia",
        "Hola {first}:\n\nGracias por la sugerencia, la hemos pasado al equipo del portal.\n\nUn saludo,\n{agent}, Mantelo Events",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\n\nMerci pour votre suggestion, nous l'avons transmise à l'équipe du portail.\n\nBien à vous,\n{agent}, Mantelo Events",
    ),
    "en": (
        "Your suggestion",
        "Hi {first},\n\nThanks for the suggestion, it's gone to the portal team.\n\nBest wishes,\n{agent}, Mantelo Events",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first},\n\ndanke für den Vorschlag, wir haben ihn an das Portal-Team weitergegeben.\n\nViele Grüße,\n{agent}, Mantelo Events",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first},\n\nObrigada pela sugestão, já seguiu para a equipa do portal.\n\nCumprimentos,\n{agent}, Mantelo Events",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first},\n\ngrazie del suggerimento, l'abbiamo girato al team del portale.\n\nCordiali saluti,\n{agent}, Mantelo Events",
    ),
}
