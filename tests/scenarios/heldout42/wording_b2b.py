# ruff: noqa: E501
"""Hand-written wording of heldout42's business arm (Fontiva Business: office coolers).

Placeholders: {brand} {comp} {ref} {first} {first1} {agent} {company} {sig} {clause}
{Clause} {topic} {weekday} {month}. Pairs are "question|answer".
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

CLAUSE: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "the {month} invoice shows our VAT number with two digits swapped, so our e-invoicing system bounces it, and your system keeps sending payment reminders",
        "service_blocked": "our deliveries have been suspended because your system says our direct debit mandate has expired, but the bank confirms it is active",
        "portal": "since the portal update none of our 9 coolers shows up, so nobody can book the sanitisation visits that are due this month",
        "overbilled": "we were billed the 18 L bottles at list price instead of our contract price for the whole of {month}, about 400 bottles",
    },
    "it": {
        "invoice": "la fattura di {month} riporta la nostra partita IVA con due cifre invertite, quindi lo SDI la scarta e il vostro sistema continua a mandare solleciti",
        "service_blocked": "ci avete sospeso le consegne perché secondo il vostro sistema il mandato SEPA è scaduto, ma la banca conferma che è attivo",
        "portal": "dopo l'aggiornamento del portale non compare più nessuno dei nostri 9 erogatori, quindi nessuno può prenotare le sanificazioni in scadenza questo mese",
        "overbilled": "ci avete fatturato i boccioni da 18 L a prezzo di listino invece che al prezzo del contratto per tutto {month}, circa 400 boccioni",
    },
    "fr": {
        "invoice": "la facture de {month} porte notre numéro de TVA avec deux chiffres inversés, notre plateforme de facturation la rejette",
        "service_blocked": "nos livraisons sont suspendues parce que votre système dit que notre mandat de prélèvement a expiré, alors que la banque confirme qu'il est actif",
        "portal": "depuis la mise à jour du portail aucune de nos 9 fontaines n'apparaît, impossible de réserver les désinfections prévues ce mois-ci",
        "overbilled": "les bonbonnes de 18 L nous ont été facturées au prix catalogue au lieu du prix contrat pour tout {month}, environ 400 bonbonnes",
    },
    "es": {
        "invoice": "la factura de {month} lleva nuestro NIF con dos cifras cambiadas y nuestro sistema de facturación electrónica la rechaza",
        "service_blocked": "nos habéis suspendido las entregas porque vuestro sistema dice que la domiciliación ha caducado, pero el banco confirma que está activa",
        "portal": "desde la actualización del portal no aparece ninguno de nuestros 9 dispensadores y nadie puede reservar las higienizaciones de este mes",
        "overbilled": "nos habéis facturado las garrafas de 18 L a precio de tarifa en vez de a precio de contrato todo {month}, unas 400 garrafas",
    },
    "pt": {
        "invoice": "a fatura de {month} tem o nosso NIF com dois algarismos trocados e o nosso sistema de faturação eletrónica rejeita-a",
        "service_blocked": "suspenderam as nossas entregas porque o vosso sistema diz que a autorização de débito direto expirou, mas o banco confirma que está ativa",
        "portal": "desde a atualização do portal não aparece nenhum dos nossos 9 dispensadores e ninguém consegue marcar as higienizações deste mês",
        "overbilled": "faturaram-nos os garrafões de 18 L a preço de tabela em vez do preço de contrato durante todo o {month}, cerca de 400 garrafões",
    },
    "de": {
        "invoice": "die Rechnung für {month} hat unsere USt-IdNr. mit zwei vertauschten Ziffern, deshalb weist unser E-Rechnungssystem sie ab",
        "service_blocked": "unsere Lieferungen sind gesperrt, weil Ihr System meint, unser SEPA-Mandat sei abgelaufen, obwohl die Bank bestätigt, dass es aktiv ist",
        "portal": "seit dem Portal-Update wird keiner unserer 9 Wasserspender mehr angezeigt, niemand kann die fälligen Hygienewartungen dieses Monats buchen",
        "overbilled": "uns wurden die 18-L-Flaschen für den ganzen {month} zum Listenpreis statt zum Vertragspreis berechnet, rund 400 Flaschen",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "invoice rejected",
        "service_blocked": "deliveries suspended",
        "portal": "coolers missing from portal",
        "overbilled": "wrong price on invoice",
    },
    "it": {
        "invoice": "fattura scartata",
        "service_blocked": "consegne sospese",
        "portal": "erogatori spariti dal portale",
        "overbilled": "prezzo sbagliato in fattura",
    },
    "fr": {
        "invoice": "facture rejetée",
        "service_blocked": "livraisons suspendues",
        "portal": "fontaines disparues du portail",
        "overbilled": "mauvais prix facturé",
    },
    "es": {
        "invoice": "factura rechazada",
        "service_blocked": "entregas suspendidas",
        "portal": "dispensadores desaparecidos del portal",
        "overbilled": "precio equivocado en factura",
    },
    "pt": {
        "invoice": "fatura rejeitada",
        "service_blocked": "entregas suspensas",
        "portal": "dispensadores desaparecidos do portal",
        "overbilled": "preço errado na fatura",
    },
    "de": {
        "invoice": "Rechnung abgewiesen",
        "service_blocked": "Lieferungen gesperrt",
        "portal": "Spender fehlen im Portal",
        "overbilled": "falscher Preis berechnet",
    },
}

T: dict[str, dict[str, list[str]]] = {
    "en": {
        "first_subject": ["Complaint: {topic}", "{topic} - {company}"],
        "first": [
            "Hello,\n\n{Clause}. Could you sort this out please, it's holding things up on our side.\n\n{sig}",
            "Hi,\n\nI need to raise a problem: {clause}. Please let me know who is looking at it.\n\nThanks,\n{sig}",
        ],
        "later_subject": ["RE: Case {ref} - {topic}"],
        "later": [
            "Hello,\n\nmy colleague {first1} wrote to you about this {weekday} (case {ref}): {clause}. It is still not sorted and it's now landed on my desk too.\n\n{sig}",
            "Hi,\n\nfollowing up on case {ref}, which {first1} opened {weekday}. Same problem: {clause}. Nobody has come back to us.\n\n{sig}",
        ],
        "last_email": [
            "Case {ref}: nothing has been fixed. Several of my colleagues have written to you about it this week. Our facilities director has told us to get prices from {comp} by Friday.\n\n{sig}"
        ],
        "last_phone": [
            "hi it's {first} from {company} about case {ref} nothing has been fixed several of my colleagues have written to you this week and we've been told to find another supplier if it isn't fixed this week"
        ],
        "ack_subject": ["Case {ref} - {company}"],
        "ack": [
            "Hello {first},\n\nthank you, we've opened case {ref} for {company} and our business team will come back to you within two working days.\n\n{agent}, {brand} Business"
        ],
        "mild": [
            "Suggestion: could the driver's arrival window show in the portal too, not only in an e-mail to one person? When she's off nobody knows.",
            "Small request: could we pick recycled paper cups in the portal? Our sustainability group keeps asking.",
        ],
        "mild_ack": [
            "Hello {first},\n\nthank you for the suggestion, it's with our business product team. We'll let you know if it comes.\n\n{agent}, {brand} Business"
        ],
        "chat_q": [
            "Hi, can we add a second cooler on the 2nd floor from next month?|Hi {first}, yes: I've booked the installation for the first Tuesday of next month, 9-11. {agent}",
            "could this week's delivery come Thursday instead of Wednesday? we're closed for stocktaking|Hi {first}, done, Thursday 8-10. {agent}",
            "we have an open day on the 28th, can we order extra glass bottles just for that?|Hi {first}, yes, I've added 4 crates of still and 4 of sparkling for the 27th. {agent}",
        ],
        "praise": [
            "Big thanks to the {brand} Business team, the new coolers went in before 9 without disturbing anyone",
            "Our sanitisation visits with {brand} are like clockwork, the team even signs the log for us",
        ],
        "thanks": ["Great, thanks", "Perfect, thank you {agent}"],
        "survey": ["very good", "", "reliable"],
    },
    "it": {
        "first_subject": ["Reclamo: {topic}", "{topic} - {company}"],
        "first": [
            "Buongiorno,\n\n{Clause}. Potete sistemare per favore? Ci sta bloccando.\n\n{sig}",
            "Salve,\n\ndevo segnalarvi un problema: {clause}. Mi fate sapere chi se ne occupa?\n\nGrazie,\n{sig}",
        ],
        "later_subject": ["R: Pratica {ref} - {topic}"],
        "later": [
            "Buongiorno,\n\n{first1} del nostro ufficio vi ha già scritto {weekday} (pratica {ref}): {clause}. Non è ancora risolto e adesso è arrivato anche sulla mia scrivania.\n\n{sig}",
            "Salve,\n\nriprendo la pratica {ref} aperta da {first1} {weekday}. Stesso problema: {clause}. Nessuno ci ha ricontattati.\n\n{sig}",
        ],
        "last_email": [
            "Pratica {ref}: non è stato risolto niente. Diversi colleghi vi hanno scritto questa settimana. Il nostro responsabile acquisti ci ha chiesto di farci fare un'offerta da {comp} entro venerdì.\n\n{sig}"
        ],
        "last_phone": [
            "buongiorno sono {first} di {company} per la pratica {ref} non è stato sistemato niente diversi colleghi vi hanno scritto questa settimana e ci hanno detto di cercare un altro fornitore se non si risolve entro la settimana"
        ],
        "ack_subject": ["Pratica {ref} - {company}"],
        "ack": [
            "Buongiorno {first},\n\ngrazie, abbiamo aperto la pratica {ref} per {company} e il nostro team aziende la ricontatterà entro due giorni lavorativi.\n\n{agent}, {brand} Business"
        ],
        "mild": [
            "Suggerimento: la fascia di arrivo dell'autista si potrebbe vedere anche nel portale e non solo nell'e-mail a una persona? Quando lei è in ferie nessuno sa niente.",
            "Piccola richiesta: si potrebbero scegliere nel portale i bicchieri di carta riciclata? Il nostro gruppo sostenibilità ce lo chiede spesso.",
        ],
        "mild_ack": [
            "Buongiorno {first},\n\ngrazie del suggerimento, l'abbiamo girato al team prodotto aziende. Le faremo sapere.\n\n{agent}, {brand} Business"
        ],
        "chat_q": [
            "Buongiorno, possiamo aggiungere un secondo erogatore al 2° piano dal mese prossimo?|Buongiorno {first}, sì: installazione prenotata per il primo martedì del mese prossimo, 9-11. {agent}",
            "la consegna di questa settimana può arrivare giovedì invece di mercoledì? siamo chiusi per inventario|Buongiorno {first}, fatto, giovedì 8-10. {agent}",
            "il 28 abbiamo un open day, possiamo ordinare bottiglie di vetro in più solo per quello?|Buongiorno {first}, sì, ho aggiunto 4 casse di naturale e 4 di frizzante per il 27. {agent}",
        ],
        "praise": [
            "Grazie al team {brand} Business, i nuovi erogatori installati prima delle 9 senza disturbare nessuno",
            "Le sanificazioni {brand} sono un orologio svizzero, firmano pure il registro per noi",
        ],
        "thanks": ["Perfetto, grazie", "Ottimo, grazie {agent}"],
        "survey": ["molto bene", "", "affidabili"],
    },
    "fr": {
        "first_subject": ["Réclamation : {topic}"],
        "first": ["Bonjour,\n\n{Clause}. Pouvez-vous régler cela rapidement ?\n\n{sig}"],
        "later_subject": ["RE : Dossier {ref} - {topic}"],
        "later": [
            "Bonjour,\n\n{first1}, de notre bureau, vous a écrit {weekday} (dossier {ref}) : {clause}. Ce n'est toujours pas réglé.\n\n{sig}"
        ],
        "last_email": [
            "Dossier {ref} : rien n'est réglé. Plusieurs collègues vous ont écrit cette semaine. Notre direction nous a demandé d'avoir un prix de {comp} d'ici vendredi.\n\n{sig}"
        ],
        "last_phone": [
            "bonjour c'est {first} de {company} pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit et on nous a dit de trouver un autre fournisseur si ce n'est pas réglé cette semaine"
        ],
        "ack_subject": ["Dossier {ref} - {company}"],
        "ack": [
            "Bonjour {first},\n\nmerci, nous avons ouvert le dossier {ref} pour {company} ; notre équipe entreprises revient vers vous sous deux jours ouvrés.\n\n{agent}, {brand} Business"
        ],
        "mild": [
            "Suggestion : le créneau d'arrivée du livreur pourrait-il s'afficher aussi dans le portail, pas seulement dans un e-mail à une seule personne ?"
        ],
        "mild_ack": [
            "Bonjour {first},\n\nmerci pour la suggestion, transmise à l'équipe produit entreprises.\n\n{agent}, {brand} Business"
        ],
        "chat_q": [
            "la livraison de cette semaine peut-elle passer jeudi au lieu de mercredi ? on est fermés pour inventaire|Bonjour {first}, c'est fait, jeudi 8h-10h. {agent}",
            "Bonjour, peut-on ajouter une deuxième fontaine au 2e étage le mois prochain ?|Bonjour {first}, oui : installation prévue le premier mardi du mois prochain, 9h-11h. {agent}",
        ],
        "praise": [
            "Merci à l'équipe {brand} Business, les nouvelles fontaines installées avant 9h sans déranger personne"
        ],
        "thanks": ["Parfait, merci"],
        "survey": ["très bien", ""],
    },
    "es": {
        "first_subject": ["Reclamación: {topic}"],
        "first": ["Hola,\n\n{Clause}. ¿Podéis solucionarlo cuanto antes?\n\n{sig}"],
        "later_subject": ["RE: Incidencia {ref} - {topic}"],
        "later": [
            "Hola,\n\n{first1}, de nuestra oficina, os escribió {weekday} (incidencia {ref}): {clause}. Sigue sin resolver.\n\n{sig}"
        ],
        "last_email": [
            "Incidencia {ref}: no se ha arreglado nada. Varios compañeros os han escrito esta semana. Dirección nos ha pedido tener precio de {comp} antes del viernes.\n\n{sig}"
        ],
        "last_phone": [
            "hola soy {first} de {company} por la incidencia {ref} no se ha arreglado nada varios compañeros os han escrito y nos han dicho que busquemos otro proveedor si no se arregla esta semana"
        ],
        "ack_subject": ["Incidencia {ref} - {company}"],
        "ack": [
            "Hola {first},\n\ngracias, hemos abierto la incidencia {ref} para {company} y el equipo de empresas os responderá en dos días laborables.\n\n{agent}, {brand} Business"
        ],
        "mild": [
            "Sugerencia: ¿la franja de llegada del repartidor podría verse también en el portal y no solo en un e-mail a una persona?"
        ],
        "mild_ack": [
            "Hola {first},\n\ngracias por la sugerencia, se la hemos pasado al equipo de producto.\n\n{agent}, {brand} Business"
        ],
        "chat_q": [
            "la entrega de esta semana puede ser el jueves en vez del miércoles? cerramos por inventario|Hola {first}, hecho, jueves de 8 a 10. {agent}",
            "Hola, ¿podemos añadir un segundo dispensador en la 2ª planta el mes que viene?|Hola {first}, sí: instalación el primer martes del mes que viene, 9-11. {agent}",
        ],
        "praise": [
            "Gracias al equipo de {brand} Business, los dispensadores nuevos instalados antes de las 9 sin molestar a nadie"
        ],
        "thanks": ["Perfecto, gracias"],
        "survey": ["muy bien", ""],
    },
    "pt": {
        "first_subject": ["Reclamação: {topic}"],
        "first": ["Olá,\n\n{Clause}. Podem resolver isto com urgência?\n\n{sig}"],
        "later_subject": ["RE: Processo {ref} - {topic}"],
        "later": [
            "Olá,\n\n{first1}, aqui do escritório, escreveu-vos {weekday} (processo {ref}): {clause}. Continua por resolver.\n\n{sig}"
        ],
        "last_email": [
            "Processo {ref}: nada foi resolvido. Vários colegas escreveram-vos esta semana. A direção pediu-nos um preço da {comp} até sexta.\n\n{sig}"
        ],
        "last_phone": [
            "olá é a {first} da {company} sobre o processo {ref} nada foi resolvido vários colegas já vos escreveram e disseram-nos para procurar outro fornecedor se não ficar resolvido esta semana"
        ],
        "ack_subject": ["Processo {ref} - {company}"],
        "ack": [
            "Olá {first},\n\nobrigado, abrimos o processo {ref} para a {company} e a equipa empresas responde em dois dias úteis.\n\n{agent}, {brand} Business"
        ],
        "mild": [
            "Sugestão: a janela de chegada do estafeta podia aparecer também no portal e não só num e-mail para uma pessoa?",
            "Pedido pequeno: podíamos escolher copos de papel reciclado no portal? O nosso grupo de sustentabilidade pergunta sempre.",
        ],
        "mild_ack": [
            "Olá {first},\n\nobrigado pela sugestão, passámos à equipa de produto empresas.\n\n{agent}, {brand} Business"
        ],
        "chat_q": [
            "a entrega desta semana pode ser na quinta em vez de quarta? estamos fechados para inventário|Olá {first}, feito, quinta 8-10. {agent}",
            "Olá, podemos acrescentar um segundo dispensador no 2.º piso no próximo mês?|Olá {first}, sim: instalação na primeira terça do próximo mês, 9-11. {agent}",
        ],
        "praise": [
            "Obrigado à equipa {brand} Business, dispensadores novos instalados antes das 9 sem incomodar ninguém"
        ],
        "thanks": ["Perfeito, obrigado"],
        "survey": ["muito bom", ""],
    },
    "de": {
        "first_subject": ["Beschwerde: {topic}"],
        "first": ["Guten Tag,\n\n{Clause}. Bitte klären Sie das zeitnah.\n\n{sig}"],
        "later_subject": ["AW: Vorgang {ref} - {topic}"],
        "later": [
            "Guten Tag,\n\n{first1} aus unserem Büro hat Ihnen {weekday} geschrieben (Vorgang {ref}): {clause}. Das ist immer noch nicht gelöst.\n\n{sig}"
        ],
        "last_email": [
            "Vorgang {ref}: nichts ist behoben. Mehrere Kollegen haben Ihnen diese Woche geschrieben. Unsere Geschäftsleitung will bis Freitag ein Angebot von {comp} sehen.\n\n{sig}"
        ],
        "last_phone": [
            "ja hallo hier ist {first} von {company} wegen Vorgang {ref} es ist nichts behoben mehrere Kollegen haben Ihnen geschrieben und wir sollen uns einen anderen Anbieter suchen wenn das diese Woche nicht behoben ist"
        ],
        "ack_subject": ["Vorgang {ref} - {company}"],
        "ack": [
            "Guten Tag {first},\n\ndanke, wir haben den Vorgang {ref} für {company} angelegt; unser Firmenkunden-Team meldet sich innerhalb von zwei Werktagen.\n\n{agent}, {brand} Business"
        ],
        "mild": [
            "Vorschlag: könnte das Ankunftsfenster des Fahrers auch im Portal stehen, nicht nur in einer E-Mail an eine Person?",
            "Kleine Bitte: könnten wir im Portal Becher aus Recyclingpapier auswählen? Unsere Nachhaltigkeitsgruppe fragt ständig.",
        ],
        "mild_ack": [
            "Guten Tag {first},\n\ndanke für den Vorschlag, er liegt bei unserem Produktteam für Firmenkunden.\n\n{agent}, {brand} Business"
        ],
        "chat_q": [
            "kann die Lieferung diese Woche am Donnerstag statt Mittwoch kommen? wir haben Inventur|Hallo {first}, erledigt, Donnerstag 8-10 Uhr. {agent}",
            "Hallo, können wir ab nächstem Monat einen zweiten Spender im 2. OG bekommen?|Hallo {first}, ja: Installation am ersten Dienstag nächsten Monats, 9-11 Uhr. {agent}",
        ],
        "praise": [
            "Danke an das {brand} Business Team, die neuen Spender waren vor 9 Uhr installiert, ohne dass es jemand gemerkt hat"
        ],
        "thanks": ["Perfekt, danke"],
        "survey": ["sehr gut", ""],
    },
}

WEEKDAY: dict[str, list[str]] = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "hoje de manhã"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
}

MONTH: dict[str, str] = {
    "en": "September",
    "it": "settembre",
    "fr": "septembre",
    "es": "septiembre",
    "pt": "setembro",
    "de": "September",
}
JOB_TITLES: list[str] = [
    "office manager",
    "facilities manager",
    "accounts payable clerk",
    "HR coordinator",
    "site manager",
    "receptionist",
    "operations lead",
    "purchasing officer",
]

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Office cooler 18 L bottles x20 / Boccioni ufficio x20", 118.0),
    ("Plumbed-in cooler rental (month) / Noleggio erogatore a rete (mese)", 39.0),
    ("Cooler sanitisation contract visit / Sanificazione erogatori (visita)", 85.0),
    ("Event pack glass 8 crates / Pacchetto eventi vetro 8 casse", 96.0),
    ("Paper cups x1000 / Bicchieri carta x1000", 32.0),
]

B2B_PAGES: list[str] = [
    "/business/portal/invoices",
    "/business/portal/coolers",
    "/business/portal/certificates",
    "/business/portal/deliveries",
    "/business/shop/events",
]
