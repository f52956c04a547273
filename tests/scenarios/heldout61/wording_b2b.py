# ruff: noqa: E501
"""Wording of heldout61's business arm, Radicora Pro (firms and institutions on account).

Placeholders: {brand} {first} {last} {agent} {ref} {comp} {prev} {weekday} {company}.
"""

from __future__ import annotations

PRO = "Radicora Pro"

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Heir search, standard case / Erbenermittlung Standardfall", 480.0, "/pro/heir-search"),
    ("Archive scan bundle, 100 pages / Archivscan-Paket 100 Seiten", 650.0, "/pro/scan-bundles"),
    ("Reading-room licence, 10 seats, monthly / Lesesaal-Lizenz 10 Plätze", 290.0, "/pro/licences"),
    ("Record pass Pro, 1 seat, monthly / Archivpass Pro 1 Platz", 39.0, "/pro/licences"),
    ("Certified extract, civil register / Beglaubigter Registerauszug", 28.0, "/pro/extracts"),
]
PAGES = [
    "/pro/portal/orders",
    "/pro/portal/seats",
    "/pro/portal/invoices",
    "/pro/heir-search",
    "/pro/scan-bundles",
]
JOB_TITLES = [
    "Paralegal",
    "Probate researcher",
    "Office manager",
    "Archivist",
    "Registrar",
    "Accounts payable clerk",
    "Research assistant",
    "Librarian",
    "Head of records",
    "Legal secretary",
    "Project coordinator",
    "Teacher",
]

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Guten Morgen, kann ich im Portal einen zweiten Platz für eine Praktikantin freischalten, nur für drei Monate?",
            "Guten Morgen {first}, ja, unter Plätze > Hinzufügen können Sie ein Enddatum setzen. Viele Grüße, {agent}",
        ),
        (
            "Wie lange dauert eine Erbenermittlung aktuell im Schnitt?",
            "Hallo {first}, derzeit meist 15 bis 20 Werktage, bei Auslandsbezug länger. Grüße, {agent}",
        ),
        (
            "Können wir beglaubigte Auszüge auch direkt ans Nachlassgericht schicken lassen?",
            "Ja, geben Sie bei der Bestellung einfach die Gerichtsadresse als Lieferadresse an. {agent}",
        ),
    ],
    "it": [
        (
            "Buongiorno, posso attivare un posto in più nel portale per una tirocinante, solo per tre mesi?",
            "Buongiorno {first}, sì, da Posti > Aggiungi può indicare una data di fine. Cordiali saluti, {agent}",
        ),
        (
            "Quanto dura in media adesso una ricerca eredi?",
            "Buongiorno {first}, di solito 15-20 giorni lavorativi, di più con parenti all'estero. {agent}",
        ),
        (
            "Gli estratti certificati si possono spedire direttamente al tribunale?",
            "Sì, basta indicare l'indirizzo del tribunale come indirizzo di consegna. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on ajouter une place pour un stagiaire pour trois mois ?",
            "Bonjour {first}, oui, dans Places > Ajouter vous pouvez fixer une date de fin. {agent}",
        )
    ],
    "en": [
        (
            "Morning, can I add a seat for a trainee for three months only?",
            "Morning {first}, yes, under Seats > Add you can set an end date. {agent}",
        )
    ],
    "es": [
        (
            "Buenos días, ¿puedo añadir un puesto para una becaria solo tres meses?",
            "Buenos días {first}, sí, en Puestos > Añadir puedes poner fecha de fin. {agent}",
        )
    ],
    "pt": [
        (
            "Bom dia, posso acrescentar um lugar para um estagiário só por três meses?",
            "Bom dia {first}, sim, em Lugares > Adicionar pode definir a data de fim. {agent}",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "de": ["Danke, hat geklappt.", "Super, vielen Dank"],
    "it": ["Grazie, fatto.", "Perfetto, grazie"],
    "fr": ["Merci, c'est fait."],
    "en": ["Thanks, done."],
    "es": ["Gracias, hecho."],
    "pt": ["Obrigado, feito."],
}
PRAISE: dict[str, list[str]] = {
    "de": [
        "Erbenermittlung in einem schwierigen Fall mit Auswanderern nach Brasilien in 17 Tagen abgeschlossen. Sauber dokumentiert, das Gericht hatte keine Rückfragen.",
        "Lesesaal-Lizenz läuft bei uns seit einem Jahr ohne Probleme, die Besucher lieben die Kirchenbuchsuche.",
    ],
    "it": [
        "Ricerca eredi chiusa in 16 giorni con parenti in Argentina, documentazione impeccabile, il notaio non ha avuto domande.",
        "Le licenze per la sala studio funzionano benissimo, gli utenti adorano la ricerca nei registri parrocchiali.",
    ],
    "fr": ["Recherche d'héritiers bouclée en trois semaines, dossier impeccable."],
    "en": ["Heir search closed in 18 days with relatives in Canada, paperwork spotless."],
    "es": ["Búsqueda de herederos cerrada en 17 días, documentación impecable."],
    "pt": ["Pesquisa de herdeiros fechada em 17 dias, documentação impecável."],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Zuverlässig", "", "gut"],
    "it": ["Affidabili", "", "bene"],
    "fr": ["Fiable", ""],
    "en": ["Reliable", ""],
    "es": ["Fiables", ""],
    "pt": ["Fiáveis", ""],
}
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
CORE: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "die Rechnungen für unsere Aufträge kommen seit September wieder auf den alten Namen vor der Fusion und ohne unser Aktenzeichen. Unsere Buchhaltung kann sie so nicht zahlen.",
        "service_blocked": "seit Montag werden unsere neuen Suchaufträge im Portal mit 'Konto gesperrt' abgelehnt, obwohl alle Rechnungen bezahlt sind. Wir haben Fristen beim Nachlassgericht.",
        "portal": "im Portal steht bei all unseren Plätzen 'keine Lizenz', neue Kolleginnen können wir nicht hinzufügen und die Archivsuche ist für sie gesperrt.",
        "overbilled": "Sie rechnen unsere Archivscans einzeln pro Seite ab statt zum vereinbarten Paketpreis, der Unterschied sind über 600 €.",
    },
    "it": {
        "invoice": "le fatture dei nostri incarichi arrivano di nuovo intestate alla vecchia ragione sociale di prima della fusione e senza il nostro numero di pratica. L'amministrazione non può pagarle così.",
        "service_blocked": "da lunedì le nuove richieste di ricerca nel portale vengono rifiutate con 'account sospeso', anche se tutte le fatture sono pagate. Abbiamo scadenze in tribunale.",
        "portal": "nel portale tutti i nostri posti risultano 'senza licenza', non possiamo aggiungere colleghi e la ricerca negli archivi per loro è bloccata.",
        "overbilled": "ci fatturate le scansioni d'archivio a pagina singola invece che al prezzo del pacchetto concordato, la differenza è di oltre 600 €.",
    },
    "fr": {
        "invoice": "les factures arrivent de nouveau au nom d'avant la fusion et sans notre numéro de dossier. La comptabilité ne peut pas les payer.",
        "service_blocked": "depuis lundi nos nouvelles demandes sont refusées dans le portail avec 'compte suspendu', alors que tout est payé.",
        "portal": "dans le portail toutes nos places affichent 'pas de licence', impossible d'ajouter des collègues.",
        "overbilled": "vous facturez nos scans à la page au lieu du forfait convenu, plus de 600 € d'écart.",
    },
    "en": {
        "invoice": "your invoices are coming through in our pre-merger name again and without our matter number. Accounts can't pay them like that.",
        "service_blocked": "since Monday new search orders are refused in the portal with 'account on hold', though everything's paid.",
        "portal": "every seat in the portal shows 'no licence', we can't add colleagues.",
        "overbilled": "you're billing our scans per page instead of the agreed bundle rate, over £500 difference.",
    },
    "es": {
        "invoice": "las facturas vuelven a llegar con el nombre anterior a la fusión y sin nuestro número de expediente. Contabilidad no puede pagarlas.",
        "service_blocked": "desde el lunes el portal rechaza los nuevos encargos con 'cuenta bloqueada', aunque todo está pagado.",
        "portal": "en el portal todos nuestros puestos salen 'sin licencia', no podemos añadir compañeros.",
        "overbilled": "nos facturáis los escaneos por página en vez de a precio de paquete, más de 600 € de diferencia.",
    },
    "pt": {
        "invoice": "as faturas voltaram a vir com o nome anterior à fusão e sem o nosso número de processo. A contabilidade não as pode pagar.",
        "service_blocked": "desde segunda o portal recusa os novos pedidos com 'conta suspensa', apesar de tudo pago.",
        "portal": "no portal todos os nossos lugares aparecem 'sem licença', não conseguimos acrescentar colegas.",
        "overbilled": "estão a faturar os scans à página em vez do preço do pacote acordado, mais de 600 € de diferença.",
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen falsch adressiert",
        "service_blocked": "Aufträge abgelehnt, Konto gesperrt",
        "portal": "Portal: keine Lizenzen",
        "overbilled": "Abrechnung Scans",
    },
    "it": {
        "invoice": "fatture errate",
        "service_blocked": "richieste rifiutate, account sospeso",
        "portal": "portale: licenze sparite",
        "overbilled": "fatturazione scansioni",
    },
    "fr": {
        "invoice": "factures",
        "service_blocked": "compte suspendu",
        "portal": "portail",
        "overbilled": "facturation des scans",
    },
    "en": {
        "invoice": "invoices",
        "service_blocked": "account on hold",
        "portal": "portal seats",
        "overbilled": "scan billing",
    },
    "es": {
        "invoice": "facturas",
        "service_blocked": "cuenta bloqueada",
        "portal": "portal",
        "overbilled": "facturación",
    },
    "pt": {
        "invoice": "faturas",
        "service_blocked": "conta suspensa",
        "portal": "portal",
        "overbilled": "faturação",
    },
}
SUBJECT_PREFIX: dict[str, str] = {
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "fr": "Réclamation : ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
}
FIRST_MAIL: dict[str, str] = {
    "de": "Guten Tag,\n\n{core}\n\nBitte um kurzfristige Klärung.\n\n{first} {last}\n{company}",
    "it": "Buongiorno,\n\n{core}\n\nChiediamo una soluzione rapida.\n\n{first} {last}\n{company}",
    "fr": "Bonjour,\n\n{core}\n\nMerci de régler cela rapidement.\n\n{first} {last}\n{company}",
    "en": "Hello,\n\n{core}\n\nPlease sort this quickly.\n\n{first} {last}\n{company}",
    "es": "Buenos días,\n\n{core}\n\nRogamos solución urgente.\n\n{first} {last}\n{company}",
    "pt": "Bom dia,\n\n{core}\n\nPedimos resolução rápida.\n\n{first} {last}\n{company}",
}
LATER_MAIL: dict[str, str] = {
    "de": "Guten Tag,\n\nwie {prev} aus unserem Team schon {weekday} geschrieben hat (Vorgang {ref}): {core} Das betrifft inzwischen auch meine Akten.\n\n{first} {last}\n{company}",
    "it": "Buongiorno,\n\ncome ha già scritto {prev} {weekday} (pratica {ref}): {core} Ora riguarda anche le mie pratiche.\n\n{first} {last}\n{company}",
    "fr": "Bonjour,\n\ncomme {prev} l'a écrit {weekday} (dossier {ref}) : {core} Cela touche aussi mes dossiers.\n\n{first} {last}\n{company}",
    "en": "Hello,\n\nas {prev} wrote {weekday} (case {ref}): {core} It's affecting my files too now.\n\n{first} {last}\n{company}",
    "es": "Buenos días,\n\ncomo ya escribió {prev} {weekday} (incidencia {ref}): {core} Ahora también afecta a mis expedientes.\n\n{first} {last}\n{company}",
    "pt": "Bom dia,\n\ncomo {prev} já escreveu {weekday} (pedido {ref}): {core} Agora afeta também os meus processos.\n\n{first} {last}\n{company}",
}
WEEKDAYS: dict[str, list[str]] = {
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "hoje de manhã"],
}
LAST_MAIL: dict[str, str] = {
    "de": "Guten Tag,\n\nVorgang {ref} ist immer noch nicht gelöst, inzwischen haben mehrere Kolleginnen und Kollegen geschrieben. Unser Einkauf hat bereits bei {comp} nach Konditionen gefragt.\n\n{first} {last}\n{company}",
    "it": "Buongiorno,\n\nla pratica {ref} non è ancora risolta, vi hanno scritto diversi colleghi. Il nostro ufficio acquisti ha già chiesto le condizioni a {comp}.\n\n{first} {last}\n{company}",
    "fr": "Bonjour,\n\nle dossier {ref} n'est toujours pas réglé, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.\n\n{first} {last}\n{company}",
    "en": "Hello,\n\ncase {ref} is still not fixed and several colleagues have written. Procurement has already asked {comp} for their rates.\n\n{first} {last}\n{company}",
    "es": "Buenos días,\n\nla incidencia {ref} sigue sin resolverse y os han escrito varios compañeros. Compras ya ha pedido condiciones a {comp}.\n\n{first} {last}\n{company}",
    "pt": "Bom dia,\n\no pedido {ref} continua por resolver e vários colegas escreveram. As compras já pediram condições à {comp}.\n\n{first} {last}\n{company}",
}
LAST_CALL: dict[str, list[str]] = {
    "de": [
        "ja guten Tag {last} von der {company} es geht um den Vorgang {ref} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht erledigt ist wechseln wir den Anbieter",
        "hallo hier {first} {last} {company} wegen {ref} da hat sich nichts getan gar nichts und mein Chef sagt wir ziehen das Konto ab wenn das bis Freitag nicht läuft",
    ],
    "it": [
        "sì buongiorno sono {last} di {company} chiamo per la pratica {ref} che non è ancora risolta hanno scritto in tanti e il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
        "pronto {first} {last} {company} per la {ref} non si è mosso niente il capo dice che spostiamo l'account se entro venerdì non funziona",
    ],
    "fr": [
        "oui bonjour {last} de {company} c'est pour le dossier {ref} toujours pas réglé mon chef dit qu'on change de fournisseur si ce n'est pas fait cette semaine"
    ],
    "en": [
        "hi it's {first} {last} from {company} about case {ref} still not fixed several of us have written and my boss says we move the account if it isn't sorted this week"
    ],
    "es": [
        "hola buenas soy {last} de {company} por la incidencia {ref} que sigue sin resolver mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
    ],
    "pt": [
        "olá bom dia fala {last} da {company} é sobre o pedido {ref} que continua por resolver o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}
ACK: dict[str, tuple[str, str]] = {
    "de": (
        "AW: Vorgang {ref}",
        "Guten Tag {first},\n\nwir haben den Vorgang {ref} angelegt und an die Kundenbetreuung {pro} gegeben. Sie hören bis übermorgen von uns.\n\nViele Grüße\n{agent}",
    ),
    "it": (
        "R: Pratica {ref}",
        "Buongiorno {first},\n\nabbiamo aperto la pratica {ref} e l'abbiamo passata all'assistenza {pro}. Vi rispondiamo entro dopodomani.\n\nCordiali saluti\n{agent}",
    ),
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\n\nnous avons ouvert le dossier {ref} auprès du service {pro}.\n\n{agent}",
    ),
    "en": (
        "Re: Case {ref}",
        "Hello {first},\n\nwe've opened case {ref} with the {pro} account team.\n\n{agent}",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Buenos días {first},\n\nhemos abierto la incidencia {ref} con el equipo {pro}.\n\n{agent}",
    ),
    "pt": (
        "RE: Pedido {ref}",
        "Bom dia {first},\n\nabrimos o pedido {ref} com a equipa {pro}.\n\n{agent}",
    ),
}
SUGGEST: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnten Sie die Auftragsliste im Portal nach unserem Aktenzeichen exportierbar machen? Das würde uns die monatliche Abstimmung sehr erleichtern.",
        "Kleine Anregung: auf jedem Scan die Archivsignatur mit aufdrucken, dann müssen wir sie für das Gericht nicht nachtragen.",
    ],
    "it": [
        "Suggerimento: si potrebbe esportare l'elenco incarichi dal portale per numero di pratica? Ci semplificherebbe la riconciliazione mensile.",
        "Piccola proposta: stampare la segnatura d'archivio su ogni scansione, così non dobbiamo aggiungerla per il tribunale.",
    ],
    "fr": ["Suggestion : pouvoir exporter les commandes par numéro de dossier."],
    "en": ["Suggestion: could the order list be exported by our matter number?"],
    "es": ["Sugerencia: poder exportar los encargos por número de expediente."],
    "pt": ["Sugestão: poder exportar os pedidos por número de processo."],
}
SUGGEST_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorschlag",
        "Guten Tag {first},\n\nvielen Dank für den Vorschlag, wir haben ihn an das Produktteam {pro} weitergegeben.\n\n{agent}",
    ),
    "it": (
        "Il vostro suggerimento",
        "Buongiorno {first},\n\ngrazie del suggerimento, l'abbiamo girato al team prodotto {pro}.\n\n{agent}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\n\nmerci, transmis à l'équipe produit.\n\n{agent}",
    ),
    "en": ("Your suggestion", "Hello {first},\n\nthanks, passed to the product team.\n\n{agent}"),
    "es": (
        "Tu sugerencia",
        "Buenos días {first},\n\ngracias, lo pasamos al equipo de producto.\n\n{agent}",
    ),
    "pt": (
        "A sua sugestão",
        "Bom dia {first},\n\nobrigada, passámos à equipa de produto.\n\n{agent}",
    ),
}
# (company, kind of organisation, domain)
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "DE": [
        ("Kanzlei Reuter & Albers", "law_firm", "reuter-albers.example"),
        ("Stadt Hameln, Standesamt", "municipality", "standesamt-hameln.example"),
        ("Notariat am Dom", "notary", "notariat-dom.example"),
        ("Heimatverein Eifelland e.V.", "society", "eifelland-verein.example"),
        ("Gymnasium Am Wall", "school", "gym-amwall.example"),
    ],
    "AT": [("Diözesanarchiv St. Florian", "church_archive", "dioezesanarchiv-florian.example")],
    "CH": [("Biblioteca civica di Mendrisio", "library", "biblio-mendrisio.example")],
    "IT": [
        ("Studio Notarile Ferri", "notary", "notaioferri.example"),
        ("Università di Lanterna, Dip. di Storia", "university", "storia-lanterna.example"),
        ("Museo dell'Emigrazione Alpina", "museum", "museoemigrazione.example"),
    ],
    "FR": [("Cercle généalogique du Val de Loue", "society", "cg-valdeloue.example")],
    "BE": [("Étude Willems & Dubois", "law_firm", "willems-dubois.example")],
    "UK": [("Harrowgate Film & TV", "film", "harrowgate-tv.example")],
    "ES": [("Bufete Arrieta Sucesiones", "law_firm", "arrieta-sucesiones.example")],
    "PT": [("Arquivo Municipal de Tondela", "municipality", "arquivo-tondela.example")],
}
