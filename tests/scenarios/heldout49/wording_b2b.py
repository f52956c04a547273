# ruff: noqa: E501
"""Hand-written wording for heldout49's business arm, Lagovia Groups.

Group and seminar stays for schools, clubs, associations, firms and councils on account:
a groups portal for rooming lists and upcoming stays, per-stay invoices, contract group
rates. Four problems: ``invoice`` (invoices made out to the wrong legal entity, no order
number), ``service_blocked`` (a group turned away at reception, "account on hold", though
paid), ``portal`` (the portal shows no upcoming stays, so no rooming list can be uploaded),
``overbilled`` (billed the public nightly rate instead of the contract group rate).
Placeholders: {park}, {case}, {comp}, {first} (the first complainer), {day}, {agent},
{company}, {name}.
"""

from __future__ import annotations

B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

WEEKDAY = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}

B_SUBJECT = {
    "fr": {
        "invoice": "Factures erronées",
        "service_blocked": "Groupe refusé à l'accueil",
        "portal": "Portail groupes : séjours invisibles",
        "overbilled": "Tarif groupe non appliqué",
    },
    "it": {
        "invoice": "Fatture errate",
        "service_blocked": "Gruppo respinto alla reception",
        "portal": "Portale gruppi: soggiorni non visibili",
        "overbilled": "Tariffa gruppi non applicata",
    },
    "de": {
        "invoice": "Fehlerhafte Rechnungen",
        "service_blocked": "Gruppe an der Rezeption abgewiesen",
        "portal": "Gruppenportal: keine Aufenthalte sichtbar",
        "overbilled": "Gruppentarif nicht berechnet",
    },
    "es": {
        "invoice": "Facturas erróneas",
        "service_blocked": "Grupo rechazado en recepción",
        "portal": "Portal de grupos sin estancias",
        "overbilled": "Tarifa de grupo no aplicada",
    },
    "pt": {
        "invoice": "Faturas erradas",
        "service_blocked": "Grupo recusado na receção",
        "portal": "Portal de grupos sem estadias",
        "overbilled": "Tarifa de grupo não aplicada",
    },
    "en": {
        "invoice": "Wrong invoices",
        "service_blocked": "Group turned away at reception",
        "portal": "Groups portal: no stays showing",
        "overbilled": "Group rate not applied",
    },
}

B_FIRST = {
    "fr": {
        "invoice": "Bonjour,\nLes trois dernières factures de séjour sont établies au nom de notre ancienne structure (avant la fusion de janvier) et sans numéro de bon de commande. Notre comptabilité les rejette toutes, nous ne pouvons donc pas payer. Merci de les rééditer.\n{name}, {company}",
        "service_blocked": "Bonjour,\nCe matin notre groupe de 38 personnes a été refusé à l'accueil du {park} : 'compte en suspens'. Toutes nos factures sont payées, j'ai les avis de virement. Les participants ont attendu 2h sur le parking. Expliquez-moi.\n{name}, {company}",
        "portal": "Bonjour,\nLe portail groupes n'affiche plus aucun séjour à venir, alors que nous en avons quatre confirmés d'ici décembre. Impossible de déposer les listes de chambres, et l'accueil nous les réclame pour vendredi. Merci de regarder en urgence.\n{name}, {company}",
        "overbilled": "Bonjour,\nLa facture du séjour de la semaine dernière applique le tarif public par nuit et non notre tarif groupe contractuel. Écart de plus de 1 900 € sur un seul séjour. Merci de corriger.\n{name}, {company}",
    },
    "it": {
        "invoice": "Buongiorno,\nle ultime tre fatture di soggiorno sono intestate alla nostra vecchia ragione sociale (prima della fusione di gennaio) e senza numero d'ordine. L'amministrazione le respinge tutte e non possiamo pagare. Vi chiedo di riemetterle.\n{name}, {company}",
        "service_blocked": "Buongiorno,\nstamattina il nostro gruppo di 38 persone è stato respinto alla reception del {park}: 'account sospeso'. Tutte le fatture sono pagate, ho le contabili dei bonifici. I partecipanti hanno aspettato due ore nel parcheggio. Mi spiegate?\n{name}, {company}",
        "portal": "Buongiorno,\nil portale gruppi non mostra più nessun soggiorno in programma, anche se ne abbiamo quattro confermati entro dicembre. Impossibile caricare le liste camere e la reception le vuole entro venerdì. Vi prego di verificare con urgenza.\n{name}, {company}",
        "overbilled": "Buongiorno,\nla fattura del soggiorno della settimana scorsa applica la tariffa pubblica a notte e non la nostra tariffa gruppi da contratto. Più di 1.900 € di differenza su un solo soggiorno. Vi prego di correggere.\n{name}, {company}",
    },
    "de": {
        "invoice": "Guten Tag,\ndie letzten drei Rechnungen laufen auf unseren alten Vereinsnamen (vor der Fusion im Januar) und ohne Bestellnummer. Unsere Buchhaltung lehnt sie ab, wir können nicht zahlen. Bitte neu ausstellen.\n{name}, {company}",
        "service_blocked": "Guten Tag,\nheute Morgen wurde unsere Gruppe mit 38 Personen an der Rezeption im {park} abgewiesen: 'Konto gesperrt'. Alle Rechnungen sind bezahlt. Die Leute standen zwei Stunden auf dem Parkplatz.\n{name}, {company}",
        "portal": "Guten Tag,\ndas Gruppenportal zeigt keine kommenden Aufenthalte mehr, obwohl vier bis Dezember bestätigt sind. Wir können keine Zimmerlisten hochladen.\n{name}, {company}",
        "overbilled": "Guten Tag,\ndie Rechnung vom letzten Aufenthalt hat den öffentlichen Nachtpreis statt unseres Vertragspreises. Über 1.900 € Unterschied.\n{name}, {company}",
    },
    "es": {
        "invoice": "Hola,\nlas tres últimas facturas están a nombre de nuestra antigua razón social y sin número de pedido. Contabilidad las rechaza y no podemos pagar. Por favor, reemitidlas.\n{name}, {company}",
        "service_blocked": "Hola,\nesta mañana han rechazado a nuestro grupo de 38 personas en la recepción del {park}: 'cuenta bloqueada'. Todo está pagado.\n{name}, {company}",
        "portal": "Hola,\nel portal de grupos no muestra ninguna estancia próxima y tenemos cuatro confirmadas. No podemos subir las listas de habitaciones.\n{name}, {company}",
        "overbilled": "Hola,\nla factura de la última estancia aplica la tarifa pública y no la de grupo del contrato. Más de 1.900 € de diferencia.\n{name}, {company}",
    },
    "pt": {
        "invoice": "Olá,\nas três últimas faturas estão em nome da nossa antiga entidade e sem número de encomenda. A contabilidade rejeita-as e não podemos pagar.\n{name}, {company}",
        "service_blocked": "Olá,\nhoje de manhã o nosso grupo de 38 pessoas foi recusado na receção do {park}: 'conta suspensa'. Está tudo pago.\n{name}, {company}",
        "portal": "Olá,\no portal de grupos não mostra nenhuma estadia futura e temos quatro confirmadas. Não conseguimos carregar as listas de quartos.\n{name}, {company}",
        "overbilled": "Olá,\na fatura da última estadia tem a tarifa pública e não a tarifa de grupo do contrato. Mais de 1.900 € de diferença.\n{name}, {company}",
    },
    "en": {
        "invoice": "Hi,\nThe last three stay invoices are made out to our old company name (pre-merger) with no PO number. Accounts payable bounce them, so we can't pay. Please reissue.\n{name}, {company}",
        "service_blocked": "Hi,\nThis morning our group of 38 was turned away at reception at {park}: 'account on hold'. Every invoice is paid. People stood in the car park for two hours.\n{name}, {company}",
        "portal": "Hi,\nThe groups portal shows no upcoming stays, though we have four confirmed before Christmas. We can't upload rooming lists.\n{name}, {company}",
        "overbilled": "Hi,\nLast week's stay invoice uses the public nightly rate, not our contract group rate. Over £1,600 difference on one stay.\n{name}, {company}",
    },
}

B_LATER = {
    "fr": [
        "Bonjour,\nJe me permets d'écrire en plus de {first}, qui vous a contactés {day} (dossier {case}). Même chose de mon côté : {noun}. Rien n'a changé. C'est bloquant pour mon service.\n{name}, {company}",
        "Bonjour,\nSuite au message de {first} de {day}, dossier {case} : {noun}, toujours. Je confirme, et j'ajoute que notre direction commence à poser des questions.\n{name}, {company}",
    ],
    "it": [
        "Buongiorno,\nscrivo anch'io oltre a {first}, che vi ha contattati {day} (pratica {case}). Stessa cosa da parte mia: {noun}. Non è cambiato nulla. Per il mio ufficio è bloccante.\n{name}, {company}",
        "Buongiorno,\nin seguito al messaggio di {first} di {day}, pratica {case}: {noun}, ancora. Confermo, e aggiungo che la direzione comincia a fare domande.\n{name}, {company}",
    ],
    "de": [
        "Guten Tag,\nich schreibe zusätzlich zu {first} (Nachricht vom {day}, Vorgang {case}). Bei mir dasselbe: {noun}. Nichts hat sich geändert.\n{name}, {company}"
    ],
    "es": [
        "Hola,\nescribo además de {first}, que os contactó el {day} (incidencia {case}). Lo mismo por mi parte: {noun}. Nada ha cambiado.\n{name}, {company}"
    ],
    "pt": [
        "Olá,\nescrevo também, além de {first}, que vos contactou na {day} (processo {case}). O mesmo do meu lado: {noun}. Nada mudou.\n{name}, {company}"
    ],
    "en": [
        "Hi,\nWriting as well as {first}, who contacted you on {day} (case {case}). Same here: {noun}. Nothing has changed.\n{name}, {company}"
    ],
}

B_NOUN = {
    "fr": {
        "invoice": "factures au mauvais nom, sans bon de commande",
        "service_blocked": "groupe refusé à l'accueil pour 'compte en suspens'",
        "portal": "aucun séjour visible sur le portail, listes de chambres impossibles",
        "overbilled": "tarif public facturé au lieu du tarif groupe",
    },
    "it": {
        "invoice": "fatture intestate male, senza numero d'ordine",
        "service_blocked": "gruppo respinto alla reception per 'account sospeso'",
        "portal": "nessun soggiorno visibile sul portale, liste camere impossibili",
        "overbilled": "tariffa pubblica fatturata invece di quella gruppi",
    },
    "de": {
        "invoice": "Rechnungen auf falschen Namen, ohne Bestellnummer",
        "service_blocked": "Gruppe wegen 'Konto gesperrt' abgewiesen",
        "portal": "keine Aufenthalte im Portal, keine Zimmerlisten möglich",
        "overbilled": "öffentlicher Preis statt Gruppentarif",
    },
    "es": {
        "invoice": "facturas a nombre equivocado, sin número de pedido",
        "service_blocked": "grupo rechazado por 'cuenta bloqueada'",
        "portal": "sin estancias en el portal",
        "overbilled": "tarifa pública en vez de la de grupo",
    },
    "pt": {
        "invoice": "faturas em nome errado, sem número de encomenda",
        "service_blocked": "grupo recusado por 'conta suspensa'",
        "portal": "sem estadias no portal",
        "overbilled": "tarifa pública em vez da de grupo",
    },
    "en": {
        "invoice": "invoices in the wrong name, no PO number",
        "service_blocked": "group turned away for 'account on hold'",
        "portal": "no stays in the portal, no rooming lists",
        "overbilled": "public rate instead of group rate",
    },
}

B_LAST_EMAIL = {
    "fr": "Bonjour,\nDossier {case} : toujours rien de réglé, alors que plusieurs collègues vous ont écrit cette semaine. Notre service achats a déjà demandé à {comp} leurs tarifs groupes pour 2027.\n{name}, {company}",
    "it": "Buongiorno,\npratica {case}: ancora niente di risolto, anche se diversi colleghi vi hanno scritto questa settimana. Il nostro ufficio acquisti ha già chiesto a {comp} le tariffe gruppi per il 2027.\n{name}, {company}",
    "de": "Guten Tag,\nVorgang {case}: immer noch nichts gelöst, obwohl mehrere Kollegen geschrieben haben. Unser Einkauf hat bei {comp} schon Gruppenpreise für 2027 angefragt.\n{name}, {company}",
    "es": "Hola,\nincidencia {case}: nada resuelto, y varios compañeros os han escrito. Compras ya ha pedido a {comp} sus tarifas de grupo para 2027.\n{name}, {company}",
    "pt": "Olá,\nprocesso {case}: nada resolvido, e vários colegas já escreveram. As compras já pediram à {comp} as tarifas de grupo para 2027.\n{name}, {company}",
    "en": "Hi,\nCase {case}: still nothing fixed, and several colleagues have written. Procurement has already asked {comp} for group rates for 2027.\n{name}, {company}",
}

B_LAST_CALL = {
    "fr": "oui bonjour {name} de {company} j'appelle pour le dossier {case} c'est toujours pas réglé plusieurs collègues vous ont écrit et mon directeur dit que si c'est pas réglé cette semaine on fait nos séjours ailleurs",
    "it": "sì buongiorno sono {name} di {company} chiamo per la pratica {case} non è ancora risolta diversi colleghi vi hanno scritto e il mio direttore dice che se non si risolve questa settimana portiamo i soggiorni da un'altra parte",
    "de": "ja guten Tag {name} von {company} ich rufe wegen Vorgang {case} an das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht geklärt ist gehen wir woanders hin",
    "es": "hola buenos días soy {name} de {company} llamo por la incidencia {case} sigue sin resolverse varios compañeros os han escrito y mi jefe dice que si no se arregla esta semana nos vamos a otro sitio",
    "pt": "olá bom dia é {name} da {company} ligo por causa do processo {case} continua por resolver vários colegas já escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos",
    "en": "hi it's {name} from {company} ringing about case {case} it's still not sorted several colleagues have written and my boss says if it's not fixed this week we're taking our stays elsewhere",
}

B_ACK = {
    "fr": (
        "RE : {subject} [{case}]",
        "Bonjour,\nMerci pour votre message, le dossier {case} est ouvert et transmis au service groupes. Nous revenons vers vous rapidement.\n{agent}, Lagovia Groupes",
    ),
    "it": (
        "R: {subject} [{case}]",
        "Buongiorno,\ngrazie per il messaggio, la pratica {case} è aperta e passata all'ufficio gruppi. Le risponderemo a breve.\n{agent}, Lagovia Gruppi",
    ),
    "de": (
        "AW: {subject} [{case}]",
        "Guten Tag,\ndanke, Vorgang {case} ist angelegt und an das Gruppenteam weitergegeben.\n{agent}, Lagovia Groups",
    ),
    "es": (
        "RE: {subject} [{case}]",
        "Hola,\ngracias, la incidencia {case} está abierta y la tiene el equipo de grupos.\n{agent}, Lagovia Grupos",
    ),
    "pt": (
        "RE: {subject} [{case}]",
        "Olá,\nobrigada, o processo {case} está aberto e com a equipa de grupos.\n{agent}, Lagovia Grupos",
    ),
    "en": (
        "Re: {subject} [{case}]",
        "Hi,\nThanks, case {case} is open and with the groups team.\n{agent}, Lagovia Groups",
    ),
}

B_MILD = {
    "fr": [
        (
            "Suggestion factures",
            "Bonjour, serait-il possible de scinder les factures par centre de coût (un séjour peut concerner deux services) ? Ce serait plus simple pour nous. Merci",
        ),
        (
            "Suggestion listes de chambres",
            "Bonjour, petite suggestion : un champ 'régime alimentaire' dans la liste de chambres nous éviterait d'envoyer un mail à part à chaque fois.",
        ),
    ],
    "it": [
        (
            "Suggerimento fatture",
            "Buongiorno, sarebbe possibile dividere le fatture per centro di costo (un soggiorno può riguardare due uffici)? Per noi sarebbe più semplice. Grazie",
        ),
        (
            "Suggerimento liste camere",
            "Buongiorno, un piccolo suggerimento: un campo 'esigenze alimentari' nella lista camere ci eviterebbe di mandare ogni volta una mail a parte.",
        ),
    ],
    "de": [
        (
            "Vorschlag Rechnungen",
            "Guten Tag, könnten Sie Rechnungen nach Kostenstelle aufteilen? Das wäre für uns einfacher.",
        ),
        (
            "Vorschlag Zimmerlisten",
            "Guten Tag, ein Feld 'Ernährung' in der Zimmerliste würde uns viele Extra-Mails sparen.",
        ),
    ],
    "es": [
        (
            "Sugerencia facturas",
            "Hola, ¿se podrían dividir las facturas por centro de coste? Nos facilitaría mucho.",
        ),
        (
            "Sugerencia listas",
            "Hola, un campo de 'dieta' en la lista de habitaciones nos ahorraría emails.",
        ),
    ],
    "pt": [
        (
            "Sugestão faturas",
            "Olá, seria possível dividir as faturas por centro de custo? Facilitava-nos muito.",
        ),
        ("Sugestão listas", "Olá, um campo 'dieta' na lista de quartos poupava-nos muitos emails."),
    ],
    "en": [
        (
            "Suggestion: invoices",
            "Hi, could invoices be split by cost centre? It would make life easier our end.",
        ),
        (
            "Suggestion: rooming lists",
            "Hi, a 'dietary needs' field on the rooming list would save us a separate email every time.",
        ),
    ],
}

B_MILD_ACK = {
    "fr": (
        "RE : {subject}",
        "Bonjour,\nMerci pour la suggestion, nous la transmettons à l'équipe produit.\n{agent}, Lagovia Groupes",
    ),
    "it": (
        "R: {subject}",
        "Buongiorno,\ngrazie del suggerimento, lo giriamo al team prodotto.\n{agent}, Lagovia Gruppi",
    ),
    "de": (
        "AW: {subject}",
        "Guten Tag,\ndanke für den Vorschlag, wir geben ihn weiter.\n{agent}, Lagovia Groups",
    ),
    "es": (
        "RE: {subject}",
        "Hola,\ngracias por la sugerencia, la pasamos al equipo de producto.\n{agent}, Lagovia Grupos",
    ),
    "pt": (
        "RE: {subject}",
        "Olá,\nobrigada pela sugestão, passamos à equipa de produto.\n{agent}, Lagovia Grupos",
    ),
    "en": (
        "Re: {subject}",
        "Hi,\nThanks for the suggestion, passed to the product team.\n{agent}, Lagovia Groups",
    ),
}

B_CHAT_Q = {
    "fr": [
        "Bonjour, pour un séminaire de 25 personnes en novembre, la salle de réunion est-elle équipée d'un vidéoprojecteur ?",
        "Bonjour, peut-on ajouter 3 participants à la liste de chambres jusqu'à quand ?",
        "Bonjour, le devis pour le séjour de printemps est-il toujours valable ?",
    ],
    "it": [
        "Buongiorno, per un seminario di 25 persone a novembre la sala riunioni ha il proiettore?",
        "Buongiorno, fino a quando possiamo aggiungere 3 partecipanti alla lista camere?",
        "Buongiorno, il preventivo per il soggiorno di primavera è ancora valido?",
    ],
    "de": [
        "Hallo, hat der Seminarraum einen Beamer für 25 Personen?",
        "Hallo, bis wann können wir noch 3 Teilnehmer nachmelden?",
    ],
    "es": ["Hola, la sala de reuniones tiene proyector para 25 personas?"],
    "pt": ["Olá, a sala de reuniões tem projetor para 25 pessoas?"],
    "en": ["Hi, does the meeting room have a projector for 25?"],
}

B_CHAT_A = {
    "fr": "Bonjour, {agent} de Lagovia Groupes. J'ai vérifié : tout est noté sur votre dossier groupe, je vous envoie le détail par mail.",
    "it": "Buongiorno, {agent} di Lagovia Gruppi. Ho verificato: è tutto annotato sulla vostra pratica gruppo, le mando i dettagli via mail.",
    "de": "Hallo, {agent} von Lagovia Groups. Ich habe nachgesehen und alles in Ihrer Gruppenakte vermerkt, Details kommen per Mail.",
    "es": "Hola, {agent} de Lagovia Grupos. Lo he comprobado y anotado en vuestro expediente, os mando el detalle por email.",
    "pt": "Olá, {agent} da Lagovia Grupos. Verifiquei e ficou anotado no vosso processo, envio o detalhe por email.",
    "en": "Hi, {agent} from Lagovia Groups. I've checked and noted it on your group file, details to follow by email.",
}

B_THANKS = {
    "fr": ["Parfait, merci", "Merci pour la réponse rapide"],
    "it": ["Perfetto, grazie", "Grazie della risposta veloce"],
    "de": ["Danke!"],
    "es": ["Gracias!"],
    "pt": ["Obrigado!"],
    "en": ["Thanks!"],
}

B_PRAISE = {
    "fr": [
        "Séminaire de deux jours au {park} avec l'équipe : salle au calme, repas soignés, et la balade au lac a fait plus pour la cohésion que tous nos ateliers. Merci Lagovia Groupes",
        "Classe verte au {park} : 52 élèves, zéro souci, personnel très pro. On réserve déjà pour l'an prochain.",
    ],
    "it": [
        "Due giorni di seminario al {park} con il team: sala tranquilla, pasti curati e la passeggiata al lago ha fatto più di tutti i workshop. Grazie Lagovia Gruppi",
        "Gita scolastica al {park}: 52 ragazzi, zero problemi, personale professionale. Prenotiamo già per l'anno prossimo.",
    ],
    "de": ["Teamklausur im {park}: ruhig, gutes Essen, super Organisation. Danke Lagovia Groups"],
    "es": [
        "Seminario de equipo en el {park}: tranquilo, buena comida, todo organizado. Gracias Lagovia Grupos"
    ],
    "pt": [
        "Seminário da equipa no {park}: calmo, boa comida, tudo organizado. Obrigado Lagovia Grupos"
    ],
    "en": ["Team away-day at {park}: quiet, good food, well organised. Thanks Lagovia Groups"],
}

B_SURVEY = {
    "fr": ["Très bien", ""],
    "it": ["Ottimo", ""],
    "de": ["Gut", ""],
    "es": ["Bien", ""],
    "pt": ["Bom", ""],
    "en": ["Good", ""],
}

#: (label, base price in euros, page)
B_PRODUCTS = [
    ("Group stay 20 pers., 2 nights / Séjour groupe 20 pers., 2 nuits", 3180.0, "/groups/stay"),
    ("Seminar room, full day / Salle de séminaire, journée", 420.0, "/groups/seminar"),
    ("School trip package 30 pupils / Classe verte 30 élèves", 4650.0, "/groups/school"),
    ("Team activity, kayak x12 / Activité équipe, kayak x12", 265.0, "/groups/activities"),
]

B_PAGES = [
    "/groups/portal",
    "/groups/portal/stays",
    "/groups/portal/invoices",
    "/groups/rooming-list",
]

JOB_TITLES = [
    "Office manager",
    "HR coordinator",
    "Head teacher",
    "Events lead",
    "Finance officer",
    "Club secretary",
    "Facilities manager",
    "Travel coordinator",
    "Youth leader",
    "Procurement officer",
    "Deputy head",
    "Team assistant",
]
