# ruff: noqa: E501
"""Business-arm wording for heldout83 (Clorello Pro: pools of hotels, campsites,
gyms, schools and housing blocks on account). Placeholders: {case}, {first}
(the first complainer's first name), {day} (a weekday or "this morning"),
{comp}, {agent}, {name} (the writer's first name), {company}."""

from __future__ import annotations

Table = dict[str, list[str]]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

PRODUCTS: list[tuple[str, int, str]] = [
    (
        "Pro weekly service, hotel pool / Servizio settimanale piscina hotel",
        420,
        "/pro/book/weekly",
    ),
    ("Chemical pallet, 200 kg / Bancale prodotti chimici 200 kg", 690, "/pro/shop/pallet"),
    ("Legionella water test / Analisi legionella", 180, "/pro/book/legionella"),
    ("Pump overhaul / Revisione pompa", 540, "/pro/book/pump"),
    ("Spa shock treatment / Trattamento shock spa", 260, "/pro/book/spa-shock"),
]
PAGES = ["/pro/portal", "/pro/sites", "/pro/invoices", "/pro/visits", "/pro/water-reports"]

TOPIC = {
    "invoice": {
        "en": "invoices in the old company name, no PO number",
        "it": "fatture con la vecchia ragione sociale e senza numero d'ordine",
        "fr": "factures à l'ancien nom, sans numéro de commande",
        "de": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "pt": "faturas com o nome antigo e sem número de encomenda",
        "es": "facturas con el nombre antiguo y sin número de pedido",
    },
    "service_blocked": {
        "en": "technicians refusing visits, 'account on hold'",
        "it": "tecnici che rifiutano le visite, 'account sospeso'",
        "fr": "techniciens refusant les visites, 'compte suspendu'",
        "de": "Techniker verweigern Einsätze, 'Konto gesperrt'",
        "pt": "técnicos recusam visitas, 'conta suspensa'",
        "es": "técnicos que rechazan visitas, 'cuenta bloqueada'",
    },
    "portal": {
        "en": "Pro portal shows none of our sites",
        "it": "il portale Pro non mostra nessuna delle nostre strutture",
        "fr": "le portail Pro n'affiche aucun de nos sites",
        "de": "Pro-Portal zeigt keinen unserer Standorte",
        "pt": "o portal Pro não mostra nenhum dos nossos locais",
        "es": "el portal Pro no muestra ninguno de nuestros centros",
    },
    "overbilled": {
        "en": "call-out rate per visit instead of the contract monthly rate",
        "it": "tariffa a intervento invece del canone mensile",
        "fr": "tarif à l'intervention au lieu du forfait mensuel",
        "de": "Einzeleinsatzpreis statt Monatspauschale",
        "pt": "preço por visita em vez da mensalidade do contrato",
        "es": "tarifa por visita en lugar de la cuota mensual",
    },
}

FIRST: dict[str, Table] = {
    "invoice": {
        "en": [
            "Hello, since the merger in June every Clorello invoice still carries our old company name and no PO number, so accounts payable rejects all of them. We now have six unpaid invoices on hold. Please reissue them correctly. {name}, {company}",
            "Our finance team has bounced your September invoices: wrong legal name (pre-merger) and no purchase order number. Can you correct and resend? {name}",
        ],
        "it": [
            "Buongiorno, dalla fusione di giugno tutte le fatture Clorello riportano ancora la vecchia ragione sociale e nessun numero d'ordine, e l'amministrazione le respinge. Abbiamo sei fatture bloccate. Vi chiedo di riemetterle correttamente. {name}, {company}",
            "L'amministrazione ha respinto le fatture di settembre: ragione sociale vecchia e manca il numero d'ordine. Potete correggere? {name}",
        ],
        "fr": [
            "Bonjour, depuis la fusion vos factures portent encore notre ancien nom et aucun numéro de commande, la comptabilité les rejette. Merci de les réémettre. {name}"
        ],
        "de": [
            "Hallo, seit der Fusion stehen auf allen Rechnungen noch der alte Firmenname und keine Bestellnummer, die Buchhaltung lehnt sie ab. Bitte neu ausstellen. {name}"
        ],
        "pt": [
            "Olá, desde a fusão as faturas ainda têm o nome antigo e nenhum número de encomenda, a contabilidade rejeita-as. Por favor reemitam. {name}"
        ],
        "es": [
            "Hola, desde la fusión las facturas siguen con el nombre antiguo y sin número de pedido, contabilidad las rechaza. Por favor, reemitidlas. {name}"
        ],
    },
    "service_blocked": {
        "en": [
            "Your technician arrived this morning and refused to start the weekly service because his tablet says our account is 'on hold'. Our account is fully paid. The pool opens to guests at 10. {name}, {company}"
        ],
        "it": [
            "Stamattina il vostro tecnico è arrivato e si è rifiutato di fare il servizio settimanale perché sul tablet l'account risulta 'sospeso'. Siamo in regola con i pagamenti. La piscina apre agli ospiti alle 10. {name}, {company}"
        ],
        "fr": [
            "Votre technicien a refusé l'intervention ce matin, 'compte suspendu' sur sa tablette. Nous sommes à jour. {name}"
        ],
        "de": [
            "Ihr Techniker hat heute den Einsatz verweigert, auf dem Tablet steht 'Konto gesperrt'. Wir haben alles bezahlt. {name}"
        ],
        "pt": [
            "O vosso técnico recusou a visita esta manhã, 'conta suspensa' no tablet. Temos tudo pago. {name}"
        ],
        "es": [
            "Vuestro técnico se ha negado a hacer la visita esta mañana, 'cuenta bloqueada' en su tableta. Lo tenemos todo pagado. {name}"
        ],
    },
    "portal": {
        "en": [
            "The Clorello Pro portal shows none of our three sites since Monday, so we can't request visits or order chemicals. The spa at the main site needs a shock treatment. {name}, {company}"
        ],
        "it": [
            "Da lunedì il portale Clorello Pro non mostra nessuna delle nostre tre strutture, quindi non possiamo chiedere interventi né ordinare prodotti. La spa della sede ha bisogno di un trattamento shock. {name}, {company}"
        ],
        "fr": [
            "Le portail Pro n'affiche plus aucun de nos sites depuis lundi, impossible de demander une visite. {name}"
        ],
        "de": [
            "Das Pro-Portal zeigt seit Montag keinen unserer Standorte, wir können keine Einsätze anfordern. {name}"
        ],
        "pt": [
            "O portal Pro não mostra nenhum dos nossos locais desde segunda, não conseguimos pedir visitas. {name}"
        ],
        "es": [
            "El portal Pro no muestra ninguno de nuestros centros desde el lunes, no podemos pedir visitas. {name}"
        ],
    },
    "overbilled": {
        "en": [
            "September's invoice charges every visit at the call-out rate instead of our contract's monthly rate. That is over £1,400 more than it should be. {name}, {company}"
        ],
        "it": [
            "La fattura di settembre addebita ogni visita a tariffa d'intervento invece del canone mensile previsto dal contratto. Sono più di 1.600 € in più. {name}, {company}"
        ],
        "fr": [
            "La facture de septembre compte chaque visite au tarif d'intervention au lieu du forfait mensuel, plus de 1 600 € de trop. {name}"
        ],
        "de": [
            "Die Septemberrechnung berechnet jeden Einsatz einzeln statt der Monatspauschale, über 1.600 € zu viel. {name}"
        ],
        "pt": [
            "A fatura de setembro cobra cada visita ao preço avulso em vez da mensalidade, mais de 1.600 € a mais. {name}"
        ],
        "es": [
            "La factura de septiembre cobra cada visita a precio suelto en vez de la cuota mensual, más de 1.600 € de más. {name}"
        ],
    },
}

LATER: Table = {
    "en": [
        "Following up on what {first} reported {day} (case {case}): {topic}. It affects my sites too and nothing has changed. {name}",
        "Same issue as {first} wrote about {day}, case {case}: {topic}, still. Please escalate. {name}",
    ],
    "it": [
        "Riprendo quanto segnalato da {first} {day} (segnalazione {case}): {topic}. Riguarda anche le mie strutture e non è cambiato niente. {name}",
        "Stesso problema di cui ha scritto {first} {day}, segnalazione {case}: {topic}, ancora. Vi prego di intervenire. {name}",
    ],
    "fr": ["Suite au message de {first} {day} (demande {case}) : {topic}. Toujours rien. {name}"],
    "de": [
        "Bezug auf die Meldung von {first} {day} (Vorgang {case}): {topic}. Immer noch nichts passiert. {name}"
    ],
    "pt": [
        "Na sequência do que {first} reportou {day} (pedido {case}): {topic}. Continua igual. {name}"
    ],
    "es": ["Sobre lo que comunicó {first} {day} (incidencia {case}): {topic}. Sigue igual. {name}"],
}
LAST_MAIL: Table = {
    "en": [
        "Case {case}: still nothing fixed ({topic}) and several of my colleagues have written. Procurement has already asked {comp} for their rates. {name}"
    ],
    "it": [
        "Segnalazione {case}: ancora niente ({topic}) e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto i prezzi a {comp}. {name}"
    ],
    "fr": [
        "Demande {case} : toujours rien ({topic}), plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {comp}. {name}"
    ],
    "de": [
        "Vorgang {case}: immer noch nichts ({topic}), mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt. {name}"
    ],
    "pt": [
        "Pedido {case}: continua tudo igual ({topic}), vários colegas escreveram. As compras já pediram preços à {comp}. {name}"
    ],
    "es": [
        "Incidencia {case}: sigue sin arreglarse ({topic}) y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}. {name}"
    ],
}
LAST_CALL: Table = {
    "en": [
        "hi it's about case {case} nothing is fixed still {topic} and four of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "it": [
        "buongiorno chiamo per la segnalazione {case} non è risolto niente {topic} vi abbiamo scritto in tanti il mio capo dice che se non si sistema questa settimana cambiamo fornitore"
    ],
    "fr": [
        "bonjour c'est pour la demande {case} rien n'est réglé {topic} mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "hallo wegen Vorgang {case} nichts ist gelöst {topic} mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "pt": [
        "olá é sobre o pedido {case} nada resolvido {topic} o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "hola llamo por la incidencia {case} no se ha arreglado nada {topic} mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
ACK: Table = {
    "en": [
        "Hello {name}, thank you, I've opened case {case} for {company} and passed it to the Pro accounts team. {agent}, Clorello Pro"
    ],
    "it": [
        "Buongiorno {name}, grazie, ho aperto la segnalazione {case} per {company} e l'ho passata al team clienti Pro. {agent}, Clorello Pro"
    ],
    "fr": [
        "Bonjour {name}, merci, j'ai ouvert la demande {case} pour {company}. {agent}, Clorello Pro"
    ],
    "de": [
        "Hallo {name}, danke, ich habe Vorgang {case} für {company} angelegt. {agent}, Clorello Pro"
    ],
    "pt": ["Olá {name}, obrigado, abri o pedido {case} para {company}. {agent}, Clorello Pro"],
    "es": [
        "Hola {name}, gracias, he abierto la incidencia {case} para {company}. {agent}, Clorello Pro"
    ],
}
SUBJ = {
    "en": "Complaint: {topic}",
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}
CASE_SUBJ = {
    "en": "Re: Your case {case}",
    "it": "R: Segnalazione {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
}
DAY_WORD = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
}
MILD: Table = {
    "en": [
        "Suggestion: could the water reports in the portal be exported per site as CSV? Our health-and-safety audits want them that way. {name}",
        "Small request: could the delivery notes show the date of the last legionella test? It would save us a phone call each time. {name}",
    ],
    "it": [
        "Suggerimento: si potrebbero esportare i report dell'acqua per struttura in CSV? Per gli audit sicurezza ci servono così. {name}",
        "Piccola richiesta: sulle bolle potreste indicare la data dell'ultima analisi legionella? Ci risparmierebbe una telefonata. {name}",
    ],
    "fr": [
        "Suggestion : pourriez-vous permettre l'export CSV des rapports d'eau par site ? {name}"
    ],
    "de": ["Vorschlag: Könnten die Wasserberichte pro Standort als CSV exportiert werden? {name}"],
    "pt": ["Sugestão: seria possível exportar os relatórios da água por local em CSV? {name}"],
    "es": ["Sugerencia: ¿se podrían exportar los informes del agua por centro en CSV? {name}"],
}
MILD_ACK: Table = {
    "en": [
        "Hello {name}, thanks for the suggestion, I've passed it to the product team. {agent}, Clorello Pro"
    ],
    "it": [
        "Buongiorno {name}, grazie del suggerimento, l'ho girato al team prodotto. {agent}, Clorello Pro"
    ],
    "fr": ["Bonjour {name}, merci, transmis à l'équipe produit. {agent}"],
    "de": ["Hallo {name}, danke, ist an das Produktteam weitergegeben. {agent}"],
    "pt": ["Olá {name}, obrigado, passámos à equipa de produto. {agent}"],
    "es": ["Hola {name}, gracias, lo hemos pasado al equipo de producto. {agent}"],
}
CHAT: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Can we add a fourth site to our contract from November?",
            "Yes, I'll send the addendum today; it starts on the 1st. {agent}",
            "Great, thanks",
        ),
        (
            "Is the legionella test certificate sent to the site manager or to us?",
            "To both, by e-mail, within 48 h of the test. {agent}",
            "perfect",
        ),
        (
            "can the technician come before 7 at the gym, we open at 7",
            "Yes, early visits from 6:00 are possible, I've set it on your site. {agent}",
            "thanks!",
        ),
    ],
    "it": [
        (
            "Possiamo aggiungere una quarta struttura al contratto da novembre?",
            "Sì, le mando l'integrazione oggi; parte dal 1°. {agent}",
            "Perfetto, grazie",
        ),
        (
            "Il certificato legionella arriva al responsabile di struttura o a noi?",
            "A entrambi, per e-mail, entro 48 ore. {agent}",
            "ottimo",
        ),
        (
            "il tecnico può venire prima delle 7? apriamo alle 7",
            "Sì, visite dalle 6:00, l'ho impostato sulla struttura. {agent}",
            "grazie!",
        ),
    ],
    "fr": [
        (
            "Peut-on ajouter un site au contrat en novembre ?",
            "Oui, j'envoie l'avenant aujourd'hui. {agent}",
            "Merci",
        )
    ],
    "de": [
        (
            "Können wir ab November einen weiteren Standort aufnehmen?",
            "Ja, der Nachtrag kommt heute. {agent}",
            "Danke",
        )
    ],
    "pt": [
        (
            "Podemos juntar mais um local ao contrato em novembro?",
            "Sim, envio a adenda hoje. {agent}",
            "Obrigado",
        )
    ],
    "es": [
        (
            "¿Podemos añadir otro centro al contrato en noviembre?",
            "Sí, te envío el anexo hoy. {agent}",
            "Gracias",
        )
    ],
}
PRAISE: Table = {
    "en": [
        "Clorello Pro have run our hotel pool all season without a single closure. Technicians are polite with guests too",
        "Passed our council pool inspection with top marks, thanks to the Clorello Pro team",
    ],
    "it": [
        "Clorello Pro ha gestito la piscina dell'hotel tutta la stagione senza una sola chiusura. Tecnici gentili anche con gli ospiti",
        "Ispezione ASL superata a pieni voti, grazie al team Clorello Pro",
    ],
    "fr": ["Clorello Pro gère notre piscine toute la saison sans fermeture. Top"],
    "de": ["Clorello Pro betreut unser Hotelbad die ganze Saison ohne Schließung. Top"],
    "pt": ["A Clorello Pro tratou da piscina do hotel toda a época sem fechar um dia"],
    "es": ["Clorello Pro ha llevado la piscina del hotel toda la temporada sin cerrar un día"],
}
