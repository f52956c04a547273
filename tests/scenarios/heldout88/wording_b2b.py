# ruff: noqa: E501
"""Words of the business arm for heldout88: Cantilo Pro (staff lunches and
meeting catering for firms, on account).

Placeholders: {first} and {name} (the writer), {case}, {comp}, {colleague}
(the first complainer's first name), {weekday}, {agent}, {company}.
"""

from __future__ import annotations

#: (market, language, company, kind of firm, e-mail domain)
COMPANIES: list[tuple[str, str, str, str, str]] = [
    ("FR", "fr", "Bâtiments Rocheval SAS", "construction", "rocheval-batiment.example"),
    ("FR", "fr", "Clinique des Acacias", "clinic", "clinique-acacias.example"),
    ("FR", "fr", "Mairie de Saint-Aubrac", "municipality", "saint-aubrac-mairie.example"),
    ("FR", "fr", "Cabinet Delorme & Associés", "law firm", "delorme-avocats.example"),
    ("BE", "fr", "Imprimerie Wautier", "printing", "wautier-print.example"),
    ("LU", "fr", "Fiduciaire Kremer", "accountancy", "kremer-fidu.example"),
    ("CH", "fr", "Centre de formation Léman", "training centre", "cf-leman.example"),
    ("ES", "es", "Colegio Montealto", "school", "colegio-montealto.example"),
    ("ES", "es", "Logística Brezo", "logistics", "logistica-brezo.example"),
    ("ES", "es", "Hotel Marisma", "hotel", "hotelmarisma.example"),
    ("ES", "es", "Ingeniería Sotoval", "engineering", "sotoval-ing.example"),
    ("DE", "de", "Druckhaus Lindner", "printing", "druckhaus-lindner.example"),
    ("IT", "it", "Studio Tecnico Ferro", "engineering", "studioferro.example"),
    ("PT", "pt", "Call Center Atlântico", "call centre", "atlantico-cc.example"),
    ("UK", "en", "Harbourside Lettings", "estate agency", "harbourside-lettings.example"),
]

JOB_TITLES = [
    "office manager",
    "HR coordinator",
    "facilities manager",
    "site manager",
    "finance assistant",
    "school bursar",
    "events coordinator",
    "procurement officer",
    "head of administration",
    "accounts payable clerk",
    "executive assistant",
    "team leader",
]

#: (product label, price in euros, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Meeting platter, 10 people / Plateau réunion 10 pers.", 145.00, "/pro/catering"),
    ("Staff lunch trays x25 / Plateaux repas x25", 312.50, "/pro/lunch"),
    ("Breakfast box, 12 people / Petit-déjeuner 12 pers.", 96.00, "/pro/catering"),
    ("Site lunch, 40 people / Repas chantier 40 pers.", 420.00, "/pro/lunch"),
]
PAGES = ["/pro/portal", "/pro/headcounts", "/pro/invoices", "/pro/menus", "/pro/sites"]

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, pour la réunion de jeudi on passe de 12 à 15 personnes, je peux encore modifier le plateau ?",
            "Bonjour ! Oui, jusqu'à la veille 14h dans le portail, rubrique Commandes. C'est fait si vous le changez maintenant.",
        ),
        (
            "Est-ce que les plateaux repas peuvent être livrés avant 11h30 ? On a une formation qui commence à midi.",
            "Oui, choisissez le créneau 11h00-11h30 dans le portail, sans supplément.",
        ),
        (
            "Bonjour, où trouve-t-on le relevé mensuel par site ?",
            "Dans le portail, Factures > Relevés, un PDF par site et par mois.",
        ),
    ],
    "es": [
        (
            "Hola, para la reunión del jueves pasamos de 12 a 15 personas, ¿puedo cambiar la bandeja todavía?",
            "¡Hola! Sí, hasta la víspera a las 14:00 en el portal, en Pedidos. Si lo cambias ahora, perfecto.",
        ),
        (
            "¿Se pueden entregar las bandejas antes de las 11:30? Tenemos una formación a las 12.",
            "Sí, elige la franja 11:00-11:30 en el portal, sin recargo.",
        ),
        (
            "Buenas, ¿dónde está el extracto mensual por centro?",
            "En el portal, Facturas > Extractos, un PDF por centro y mes.",
        ),
    ],
    "en": [
        (
            "Hi, Thursday's meeting has gone from 12 to 15 people, can I still change the platter?",
            "Hi! Yes, until 2pm the day before in the portal under Orders.",
        )
    ],
    "de": [
        (
            "Hallo, für das Meeting am Donnerstag sind wir jetzt 15 statt 12, kann ich die Platte noch ändern?",
            "Hallo! Ja, bis zum Vortag 14 Uhr im Portal unter Bestellungen.",
        )
    ],
    "it": [
        (
            "Buongiorno, per la riunione di giovedì passiamo da 12 a 15 persone, posso ancora cambiare il vassoio?",
            "Buongiorno! Sì, fino alle 14 del giorno prima nel portale, sezione Ordini.",
        )
    ],
    "pt": [
        (
            "Olá, a reunião de quinta passou de 12 para 15 pessoas, ainda posso alterar a bandeja?",
            "Olá! Sim, até às 14h da véspera no portal, em Encomendas.",
        )
    ],
}

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Les plateaux Cantilo Pro pour notre séminaire étaient parfaits, même les options sans gluten. Merci à l'équipe.",
        "Troisième mois de repas Cantilo Pro pour l'équipe, toujours livrés à l'heure. Rien à dire.",
    ],
    "es": [
        "Las bandejas de Cantilo Pro para la jornada de formación, perfectas, incluso las sin gluten. Gracias al equipo.",
        "Tercer mes con las comidas de Cantilo Pro para la plantilla y siempre puntuales.",
    ],
    "en": ["Cantilo Pro's platters for our away day were spot on, gluten-free ones included."],
    "de": ["Die Platten von Cantilo Pro für unsere Klausur waren top, auch die glutenfreien."],
    "it": [
        "I vassoi di Cantilo Pro per il nostro seminario erano perfetti, anche quelli senza glutine."
    ],
    "pt": ["As bandejas da Cantilo Pro para a nossa formação estavam ótimas, até as sem glúten."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Très bien", "Parfait"],
    "es": ["Muy bien", "Perfecto"],
    "en": ["Very good"],
    "de": ["Sehr gut"],
    "it": ["Molto bene"],
    "pt": ["Muito bem"],
}

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

#: The problem as the first complainer states it.
FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Les factures d'octobre sont toutes au nom de l'ancienne société (avant la fusion) et sans notre numéro de bon de commande. Notre comptabilité les rejette une par une.",
        "es": "Las facturas de octubre salen a nombre de la empresa antigua (antes de la fusión) y sin nuestro número de pedido. Contabilidad las rechaza todas.",
        "en": "All October invoices carry our pre-merger company name and no PO number. Accounts payable rejects every one.",
        "de": "Alle Oktober-Rechnungen laufen auf den Firmennamen vor der Fusion und ohne unsere Bestellnummer. Die Buchhaltung lehnt jede ab.",
        "it": "Tutte le fatture di ottobre sono intestate alla vecchia società (prima della fusione) e senza numero d'ordine. L'amministrazione le rifiuta.",
        "pt": "As faturas de outubro vêm todas com o nome da empresa antes da fusão e sem número de encomenda. A contabilidade rejeita-as.",
    },
    "service_blocked": {
        "fr": "Votre livreur a refusé de déposer les plateaux repas ce matin : « compte bloqué » sur sa tablette. Tout est payé, virement du 2 à l'appui. L'équipe n'a pas mangé.",
        "es": "Vuestro repartidor se ha negado a dejar las bandejas esta mañana: «cuenta bloqueada» en su tablet. Está todo pagado, transferencia del día 2. La plantilla se ha quedado sin comer.",
        "en": "Your driver refused to drop the lunch trays this morning: 'account on hold' on his tablet. Everything is paid, transfer on the 2nd. The team went without lunch.",
        "de": "Ihr Fahrer hat heute früh die Essen nicht abgegeben: „Konto gesperrt“ auf seinem Tablet. Alles ist bezahlt, Überweisung vom 2. Das Team hatte kein Mittagessen.",
        "it": "Il vostro autista stamattina si è rifiutato di consegnare i vassoi: «account bloccato» sul tablet. È tutto pagato, bonifico del 2. Il personale è rimasto senza pranzo.",
        "pt": "O vosso estafeta recusou-se a entregar as bandejas esta manhã: «conta bloqueada» no tablet. Está tudo pago, transferência de dia 2. A equipa ficou sem almoço.",
    },
    "portal": {
        "fr": "Le portail n'affiche plus aucun de nos sites : impossible de saisir les effectifs de la semaine, donc vous livrez le nombre par défaut et on paie des plateaux pour des gens absents.",
        "es": "El portal ya no muestra ninguno de nuestros centros: no podemos meter los comensales de la semana, así que nos traéis el número por defecto y pagamos bandejas para gente que no está.",
        "en": "The portal shows none of our sites any more: we can't enter this week's headcounts, so you deliver the default number and we pay for trays for people who aren't there.",
        "de": "Das Portal zeigt keinen unserer Standorte mehr: Wir können die Personenzahl der Woche nicht eingeben, Sie liefern die Standardmenge und wir zahlen für Abwesende.",
        "it": "Il portale non mostra più nessuna delle nostre sedi: non possiamo inserire i coperti della settimana, quindi consegnate il numero standard e paghiamo vassoi per assenti.",
        "pt": "O portal já não mostra nenhuma das nossas instalações: não conseguimos pôr o número de pessoas da semana, entregam o número padrão e pagamos bandejas para ausentes.",
    },
    "overbilled": {
        "fr": "Tout le mois est facturé au prix catalogue par plateau au lieu du tarif du contrat cadre : plus de 600 € d'écart.",
        "es": "Todo el mes facturado a precio de catálogo por bandeja en vez de la tarifa del contrato marco: más de 600 € de diferencia.",
        "en": "The whole month is billed at list price per tray instead of our framework contract rate: over £500 difference.",
        "de": "Der ganze Monat ist zum Listenpreis pro Essen abgerechnet statt zum Rahmenvertragspreis: über 600 € Differenz.",
        "it": "Tutto il mese fatturato a prezzo di listino per vassoio invece della tariffa del contratto quadro: oltre 600 € di differenza.",
        "pt": "O mês inteiro faturado a preço de tabela por bandeja em vez da tarifa do contrato: mais de 600 € de diferença.",
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "factures au nom de l'ancienne société, sans bon de commande",
        "es": "facturas a nombre antiguo y sin número de pedido",
        "en": "invoices in the pre-merger name, no PO number",
        "de": "Rechnungen auf alten Namen, ohne Bestellnummer",
        "it": "fatture intestate alla vecchia società, senza ordine",
        "pt": "faturas com nome antigo e sem número de encomenda",
    },
    "service_blocked": {
        "fr": "livraisons refusées, « compte bloqué » alors que tout est payé",
        "es": "entregas rechazadas, «cuenta bloqueada» con todo pagado",
        "en": "deliveries refused, 'account on hold' though paid",
        "de": "Lieferungen verweigert, „Konto gesperrt“ trotz Zahlung",
        "it": "consegne rifiutate, «account bloccato» con tutto pagato",
        "pt": "entregas recusadas, «conta bloqueada» com tudo pago",
    },
    "portal": {
        "fr": "portail sans aucun site, effectifs impossibles à saisir",
        "es": "portal sin centros, imposible meter comensales",
        "en": "portal shows no sites, no headcounts possible",
        "de": "Portal ohne Standorte, keine Personenzahl möglich",
        "it": "portale senza sedi, impossibile inserire i coperti",
        "pt": "portal sem instalações, impossível pôr o número de pessoas",
    },
    "overbilled": {
        "fr": "prix catalogue au lieu du tarif contrat",
        "es": "precio de catálogo en vez de tarifa de contrato",
        "en": "list price instead of contract rate",
        "de": "Listenpreis statt Vertragspreis",
        "it": "prezzo di listino invece della tariffa di contratto",
        "pt": "preço de tabela em vez da tarifa do contrato",
    },
}
COMPLAINT_SUBJECT = {
    "fr": "Réclamation Cantilo Pro : {topic}",
    "es": "Reclamación Cantilo Pro: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
FIRST_MAIL: dict[str, str] = {
    "fr": "Bonjour,\n\n{problem}\n\nMerci de corriger rapidement.\n\n{name}\n{title}, {company}",
    "es": "Buenos días:\n\n{problem}\n\nOs pido que lo corrijáis cuanto antes.\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\n{problem}\n\nPlease correct this quickly.\n\n{name}\n{title}, {company}",
    "de": "Guten Tag,\n\n{problem}\n\nBitte korrigieren Sie das schnell.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{problem}\n\nVi chiedo di correggere al più presto.\n\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\n{problem}\n\nPeço que corrijam rapidamente.\n\n{name}\n{title}, {company}",
}
#: A later complainer of the same account: names the first, the day and the case.
LATER_MAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe reviens sur le dossier {case} ouvert par {colleague} {weekday} : même chose de notre côté, {topic}. Personne ne nous a répondu depuis.\n\n{name}\n{title}, {company}",
        "Bonjour,\n\nDossier {case} (signalé par {colleague} {weekday}) : le problème n'est toujours pas réglé pour notre service ({topic}). Il faut que ça bouge.\n\n{name}\n{title}, {company}",
    ],
    "es": [
        "Buenos días:\n\nVuelvo sobre la incidencia {case} que abrió {colleague} {weekday}: a nosotros nos pasa lo mismo, {topic}. Nadie nos ha contestado.\n\n{name}\n{title}, {company}",
        "Hola:\n\nIncidencia {case} (avisada por {colleague} {weekday}): en nuestro departamento sigue igual ({topic}). Esto tiene que moverse.\n\n{name}\n{title}, {company}",
    ],
    "en": [
        "Hello,\n\nFollowing up case {case}, raised by {colleague} {weekday}: same here, {topic}. Nobody has replied since.\n\n{name}\n{title}, {company}"
    ],
    "de": [
        "Guten Tag,\n\nzum Vorgang {case}, den {colleague} {weekday} gemeldet hat: bei uns dasselbe, {topic}. Seitdem keine Antwort.\n\n{name}\n{title}, {company}"
    ],
    "it": [
        "Buongiorno,\n\nriprendo la pratica {case} aperta da {colleague} {weekday}: anche da noi lo stesso, {topic}. Nessuna risposta.\n\n{name}\n{title}, {company}"
    ],
    "pt": [
        "Bom dia,\n\nvolto ao processo {case} aberto pelo/a {colleague} {weekday}: connosco é igual, {topic}. Ninguém respondeu.\n\n{name}\n{title}, {company}"
    ],
}
#: The at-risk account's last contact writes again.
LAST_MAIL: dict[str, str] = {
    "fr": "Bonjour,\n\nDossier {case} : toujours rien, et plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.\n\n{name}\n{title}, {company}",
    "es": "Buenos días:\n\nIncidencia {case}: seguimos igual y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\nCase {case}: still nothing, and several colleagues have written. Procurement has already asked {comp} for their rates.\n\n{name}\n{title}, {company}",
    "de": "Guten Tag,\n\nVorgang {case}: immer noch nichts, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\npratica {case}: ancora niente, e diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto le tariffe a {comp}.\n\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\nprocesso {case}: continua tudo igual e vários colegas escreveram. As compras já pediram preços à {comp}.\n\n{name}\n{title}, {company}",
}
LAST_CALL: dict[str, list[str]] = {
    "fr": [
        "oui bonjour c'est au sujet du dossier {case} rien n'est réglé plusieurs collègues vous ont écrit et mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
        "bonjour je vous appelle pour le dossier {case} c'est toujours pareil on est plusieurs à vous avoir écrit ma direction parle de passer à un autre traiteur si rien ne bouge d'ici vendredi",
    ],
    "es": [
        "sí hola llamo por la incidencia {case} no se ha arreglado nada varios compañeros os han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
        "buenas llamo por la incidencia {case} seguimos igual somos varios los que os hemos escrito y la dirección habla de irnos a otro catering si esto no se mueve antes del viernes",
    ],
    "en": [
        "hi it's about case {case} nothing is fixed several colleagues have written and my boss says we move the account if it isn't sorted this week"
    ],
    "de": [
        "ja hallo es geht um den Vorgang {case} nichts ist erledigt mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geklärt ist"
    ],
    "it": [
        "sì buongiorno è per la pratica {case} non è risolto niente diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "pt": [
        "olá é sobre o processo {case} nada está resolvido vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}
ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Cantilo Pro : dossier {case}",
        "Bonjour {first},\n\nMerci pour votre message. Nous avons ouvert le dossier {case} pour {company} et le transmettons au service facturation et comptes clients.\n\n{agent}, service entreprises Cantilo Pro",
    ),
    "es": (
        "Cantilo Pro: incidencia {case}",
        "Hola, {first}:\n\nGracias por tu mensaje. Hemos abierto la incidencia {case} para {company} y la pasamos a facturación y cuentas de clientes.\n\n{agent}, servicio a empresas Cantilo Pro",
    ),
    "en": (
        "Cantilo Pro: case {case}",
        "Hi {first},\n\nThanks for your message. We've opened case {case} for {company} and passed it to billing and accounts.\n\n{agent}, Cantilo Pro business support",
    ),
    "de": (
        "Cantilo Pro: Vorgang {case}",
        "Hallo {first},\n\ndanke für Ihre Nachricht. Wir haben den Vorgang {case} für {company} angelegt und an Abrechnung und Kundenkonten weitergegeben.\n\n{agent}, Cantilo Pro Firmenservice",
    ),
    "it": (
        "Cantilo Pro: pratica {case}",
        "Buongiorno {first},\n\ngrazie per il messaggio. Abbiamo aperto la pratica {case} per {company} e l'abbiamo passata a fatturazione e conti clienti.\n\n{agent}, servizio aziende Cantilo Pro",
    ),
    "pt": (
        "Cantilo Pro: processo {case}",
        "Olá {first},\n\nobrigado pela mensagem. Abrimos o processo {case} para a {company} e passámos à faturação e contas de clientes.\n\n{agent}, apoio a empresas Cantilo Pro",
    ),
}
MILD: dict[str, list[str]] = {
    "fr": [
        "Suggestion : ce serait pratique de pouvoir exporter le coût des repas par code projet, pour refacturer aux clients.",
        "Petite idée : indiquer l'heure d'arrivée du livreur sur le bon de livraison, pour nos contrôles internes.",
    ],
    "es": [
        "Sugerencia: estaría bien poder exportar el coste de las comidas por código de proyecto, para repercutirlo a clientes.",
        "Una idea: poner la hora de llegada del repartidor en el albarán, para nuestros controles internos.",
    ],
    "en": [
        "Suggestion: it would help to export meal costs by project code so we can recharge clients.",
        "Small idea: show the driver's arrival time on the delivery note for our internal checks.",
    ],
    "de": [
        "Vorschlag: Es wäre praktisch, die Essenskosten nach Projektnummer exportieren zu können.",
        "Kleine Idee: die Ankunftszeit des Fahrers auf dem Lieferschein angeben.",
    ],
    "it": [
        "Suggerimento: sarebbe utile esportare i costi dei pasti per codice progetto.",
        "Piccola idea: indicare l'ora di arrivo dell'autista sulla bolla di consegna.",
    ],
    "pt": [
        "Sugestão: seria útil exportar o custo das refeições por código de projeto.",
        "Pequena ideia: indicar a hora de chegada do estafeta na guia de entrega.",
    ],
}
MILD_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\n\nMerci pour cette suggestion, nous la transmettons à l'équipe produit du portail Cantilo Pro.\n\n{agent}, service entreprises Cantilo Pro",
    ),
    "es": (
        "Tu sugerencia",
        "Hola, {first}:\n\nGracias por la sugerencia, la pasamos al equipo del portal Cantilo Pro.\n\n{agent}, servicio a empresas Cantilo Pro",
    ),
    "en": (
        "Your suggestion",
        "Hi {first},\n\nThanks for the suggestion, we've passed it to the Cantilo Pro portal team.\n\n{agent}, Cantilo Pro business support",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first},\n\ndanke für den Vorschlag, wir geben ihn an das Portal-Team von Cantilo Pro weiter.\n\n{agent}, Cantilo Pro Firmenservice",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first},\n\ngrazie del suggerimento, lo passiamo al team del portale Cantilo Pro.\n\n{agent}, servizio aziende Cantilo Pro",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first},\n\nobrigado pela sugestão, passamos à equipa do portal Cantilo Pro.\n\n{agent}, apoio a empresas Cantilo Pro",
    ),
}
WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
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
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}
THIS_MORNING = {
    "fr": "ce matin",
    "es": "esta mañana",
    "en": "this morning",
    "de": "heute früh",
    "it": "stamattina",
    "pt": "esta manhã",
}
