# ruff: noqa: E501
"""Business wording for heldout27 (Stampello Pro: firms that print for their clients).

Hand-written. English and French first. Placeholders: {brand}, {ref}, {first}
(the colleague who complained first), {weekday}, {comp}, {agent}, {dear},
{name}, {company}; [[fem|masc]] agrees with the writer, <<fem|masc>> with the
colleague named.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "bulk_order", "brand_kit", "portal")

# market -> (company, kind of firm) pairs
COMPANIES: dict[str, list[tuple[str, str]]] = {
    "UK": [
        ("Harbour Lane Photography", "photo studio"),
        ("St Aidan's Primary", "school"),
        ("Kettleby Estates", "estate agent"),
        ("Blossom & Vow", "wedding planner"),
        ("Northgate Dental", "dental practice"),
        ("Fenwick Rugby Club", "sports club"),
        ("The Copper Kettle Hotel", "hotel"),
        ("Brightwater Nursery", "nursery"),
        ("Maple & Finch Events", "event planner"),
        ("Tidewell Surveyors", "estate agent"),
        ("Oakridge Academy", "school"),
    ],
    "IE": [
        ("Liffey Light Studio", "photo studio"),
        ("Claddagh Weddings", "wedding planner"),
        ("Mulcahy Auctioneers", "estate agent"),
        ("Salthill Swim Club", "sports club"),
    ],
    "FR": [
        ("Studio Lumière Nantes", "studio photo"),
        ("École Jules-Ferry", "école"),
        ("Agence Bellerive Immobilier", "agence immobilière"),
        ("Oui Pour la Vie", "organisatrice de mariages"),
        ("Crèche Les Petits Loups", "crèche"),
        ("Hôtel du Parc Annecy", "hôtel"),
        ("AS Rugby Vienne", "club sportif"),
        ("Cabinet Dentaire Molière", "cabinet dentaire"),
        ("Photo Garonne", "studio photo"),
        ("Gîtes du Vercors", "gîtes"),
        ("Lycée Victor-Duruy", "lycée"),
    ],
    "BE": [
        ("Studio Flagey", "studio photo"),
        ("Immo Sablon", "agence immobilière"),
        ("Atelier Mariage Namur", "organisatrice de mariages"),
        ("Crèche Les Lucioles", "crèche"),
        ("Royal Tennis Club Uccle", "club sportif"),
    ],
    "CH": [
        ("Photo Léman Sàrl", "studio photo"),
        ("Fotostudio Aare", "Fotostudio"),
        ("Agence Lavaux Immobilier", "agence immobilière"),
        ("Kita Sonnenhof", "Kita"),
    ],
    "DE": [
        ("Fotostudio Elbblick", "Fotostudio"),
        ("Grundschule am Park", "Schule"),
        ("Immobilien Seidl", "Makler"),
        ("Hochzeitsglück Köln", "Hochzeitsplanerin"),
    ],
    "AT": [("Hochzeitsplanung Wachau", "Hochzeitsplanerin"), ("Fotoatelier Mur", "Fotostudio")],
    "ES": [
        ("Estudio Foto Triana", "estudio de fotografía"),
        ("Inmobiliaria Ribera", "inmobiliaria"),
        ("Bodas Cantábrico", "organizadora de bodas"),
    ],
    "IT": [
        ("Studio Fotografico Navigli", "studio fotografico"),
        ("Agenzia Immobiliare Arno", "agenzia immobiliare"),
        ("Scuola Primaria Manzoni", "scuola"),
        ("Hotel Lago Blu", "hotel"),
    ],
    "PT": [
        ("Estúdio Foto Alfama", "estúdio de fotografia"),
        ("Casamentos do Douro", "organizadora de casamentos"),
        ("Imobiliária Foz", "imobiliária"),
    ],
}

COMPLAINT_FIRST: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "en": [
            "Hello, our {brand} Pro invoice for September has no 15 % contract discount on it. That's a few hundred pounds. Please correct and reissue.",
            "Hi, the monthly invoice came without our 15 % discount again in the calculation. Can someone check the contract terms?",
        ],
        "fr": [
            "Bonjour, notre facture {brand} Pro de septembre n'applique pas la remise contractuelle de 15 %. Merci de corriger et de la rééditer.",
            "Bonjour, la facture mensuelle est arrivée sans nos 15 % de remise. Pouvez-vous vérifier le contrat ?",
        ],
        "de": [
            "Guten Tag, auf unserer {brand} Pro Rechnung fehlen die vertraglichen 15 % Rabatt. Bitte korrigieren."
        ],
        "es": [
            "Hola, nuestra factura {brand} Pro no lleva el 15 % de descuento del contrato. Por favor, corregidla."
        ],
        "it": [
            "Buongiorno, la fattura {brand} Pro non riporta lo sconto contrattuale del 15 %. Vi prego di correggerla."
        ],
        "pt": [
            "Olá, a fatura {brand} Pro não tem o desconto contratual de 15 %. Por favor corrijam."
        ],
    },
    "bulk_order": {
        "en": [
            "Our bulk order of 48 client albums has been 'in production' for twelve days. The clients are ringing us. What is going on?",
            "The school yearbooks (220 copies) were due last Friday and the portal still says 'queued'. Parents' evening is next week.",
        ],
        "fr": [
            "Notre commande groupée de 48 albums clients est « en production » depuis douze jours. Les clients nous appellent. Que se passe-t-il ?",
            "Les 220 livres de fin d'année devaient partir vendredi dernier et le portail affiche toujours « en attente ».",
        ],
        "de": [
            "Unsere Sammelbestellung von 48 Kundenalben steht seit zwölf Tagen auf 'in Produktion'. Was ist da los?"
        ],
        "es": [
            "Nuestro pedido de 48 álbumes de clientes lleva doce días 'en producción'. ¿Qué pasa?"
        ],
        "it": [
            "Il nostro ordine di 48 album clienti è 'in produzione' da dodici giorni. Cosa succede?"
        ],
        "pt": [
            "A nossa encomenda de 48 álbuns de clientes está 'em produção' há doze dias. O que se passa?"
        ],
    },
    "brand_kit": {
        "en": [
            "All our logos and templates have gone from the shared brand library. Our designers can't finish a single client book.",
            "The brand kit is empty since this morning: no logo, no fonts, no cover templates. We have deadlines.",
        ],
        "fr": [
            "Tous nos logos et modèles ont disparu de la bibliothèque de marque partagée. Nos graphistes ne peuvent plus finir aucun livre client.",
            "Le kit de marque est vide depuis ce matin : plus de logo, plus de polices, plus de modèles. On a des délais.",
        ],
        "de": [
            "Alle Logos und Vorlagen sind aus der gemeinsamen Markenbibliothek verschwunden. Wir können nichts fertigstellen."
        ],
        "es": [
            "Han desaparecido todos nuestros logos y plantillas de la biblioteca de marca. No podemos terminar nada."
        ],
        "it": [
            "Sono spariti tutti i loghi e i modelli dalla libreria del brand. Non riusciamo a chiudere nessun album."
        ],
        "pt": [
            "Desapareceram todos os logótipos e modelos da biblioteca da marca. Não conseguimos acabar nada."
        ],
    },
    "portal": {
        "en": [
            "The Pro portal won't let me add our two new photographers ('error, try later' for three days) and the invoice export CSV is empty.",
            "Can't add users in the portal and the monthly export downloads as a blank file. Our accountant needs it.",
        ],
        "fr": [
            "Le portail Pro refuse d'ajouter nos deux nouveaux photographes (« erreur, réessayez » depuis trois jours) et l'export CSV des factures est vide.",
            "Impossible d'ajouter des utilisateurs dans le portail et l'export mensuel sort vide. Notre comptable en a besoin.",
        ],
        "de": ["Im Pro-Portal lassen sich keine neuen Nutzer anlegen und der CSV-Export ist leer."],
        "es": ["El portal Pro no deja añadir usuarios y el CSV de facturas sale vacío."],
        "it": ["Il portale Pro non fa aggiungere utenti e l'export CSV delle fatture è vuoto."],
        "pt": ["O portal Pro não deixa adicionar utilizadores e o CSV das faturas sai vazio."],
    },
}

COMPLAINT_LATER: dict[str, list[str]] = {
    "en": [
        "Hello, following up on what my colleague {first} reported on {weekday} (case {ref}): {pshort}. Same problem here and it's blocking our work.",
        "Hi, I'm writing about case {ref}, which {first} opened on {weekday}: {pshort}, still. This is now affecting my clients too.",
    ],
    "fr": [
        "Bonjour, je reviens sur ce que <<ma collègue|mon collègue>> {first} a signalé {weekday} (dossier {ref}) : {pshort}. Même problème de mon côté et ça bloque notre travail.",
        "Bonjour, au sujet du dossier {ref} ouvert par {first} {weekday} : {pshort}, toujours. Cela touche maintenant mes clients aussi.",
    ],
    "de": [
        "Guten Tag, zu dem, was <<meine Kollegin|mein Kollege>> {first} am {weekday} gemeldet hat (Fall {ref}): {pshort}. Bei mir genauso."
    ],
    "es": [
        "Hola, sobre lo que <<mi compañera|mi compañero>> {first} reportó el {weekday} (caso {ref}): {pshort}. Me pasa lo mismo."
    ],
    "it": [
        "Buongiorno, riguardo a quanto segnalato da <<la mia collega|il mio collega>> {first} {weekday} (pratica {ref}): {pshort}. Stesso problema anche per me."
    ],
    "pt": [
        "Olá, sobre o que <<a minha colega|o meu colega>> {first} reportou na {weekday} (processo {ref}): {pshort}. O mesmo aqui."
    ],
}

COMPLAINT_LAST: dict[str, list[str]] = {
    "en": [
        "Case {ref}: NOTHING is fixed. Several of my colleagues have reported it, days have passed, and nobody has called us back. We are getting quotes from {comp}."
    ],
    "fr": [
        "Dossier {ref} : RIEN n'est réglé. Plusieurs collègues l'ont signalé, des jours ont passé et personne ne nous a rappelés. Nous demandons des devis chez {comp}."
    ],
    "de": [
        "Fall {ref}: NICHTS ist behoben. Mehrere Kollegen haben es gemeldet. Wir holen Angebote bei {comp} ein."
    ],
    "es": [
        "Caso {ref}: NADA está arreglado. Varios compañeros lo han reportado. Estamos pidiendo presupuesto a {comp}."
    ],
    "it": [
        "Pratica {ref}: NIENTE è risolto. L'hanno segnalato diversi colleghi. Stiamo chiedendo preventivi a {comp}."
    ],
    "pt": [
        "Processo {ref}: NADA está resolvido. Vários colegas já reportaram. Estamos a pedir orçamentos à {comp}."
    ],
}

B2B_PSHORT: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "the invoice is missing our 15 % discount",
        "fr": "la facture n'a pas nos 15 % de remise",
        "de": "auf der Rechnung fehlen die 15 %",
        "es": "a la factura le falta el 15 %",
        "it": "in fattura manca il 15 %",
        "pt": "a fatura não tem os 15 %",
    },
    "bulk_order": {
        "en": "the bulk order is stuck in production",
        "fr": "la commande groupée est bloquée en production",
        "de": "die Sammelbestellung hängt in der Produktion",
        "es": "el pedido grande está atascado en producción",
        "it": "l'ordine grosso è bloccato in produzione",
        "pt": "a encomenda grande está parada na produção",
    },
    "brand_kit": {
        "en": "our logos and templates are gone",
        "fr": "nos logos et modèles ont disparu",
        "de": "unsere Logos und Vorlagen sind weg",
        "es": "han desaparecido logos y plantillas",
        "it": "loghi e modelli sono spariti",
        "pt": "os logótipos e modelos desapareceram",
    },
    "portal": {
        "en": "the portal won't add users or export",
        "fr": "le portail n'ajoute pas d'utilisateurs et n'exporte rien",
        "de": "das Portal legt keine Nutzer an und exportiert nicht",
        "es": "el portal no añade usuarios ni exporta",
        "it": "il portale non aggiunge utenti né esporta",
        "pt": "o portal não adiciona utilizadores nem exporta",
    },
}

B2B_ACK: dict[str, list[str]] = {
    "en": [
        "{dear},\n\nthank you, we've logged this for {company} as case {ref} with our Pro team.\n\n{agent}, {brand} Pro"
    ],
    "fr": [
        "{dear},\n\nmerci, nous avons enregistré cela pour {company} sous le dossier {ref} auprès de l'équipe Pro.\n\n{agent}, {brand} Pro"
    ],
    "de": [
        "{dear},\n\ndanke, wir haben das für {company} als Fall {ref} erfasst.\n\n{agent}, {brand} Pro"
    ],
    "es": [
        "{dear}:\n\ngracias, lo hemos registrado para {company} como caso {ref}.\n\n{agent}, {brand} Pro"
    ],
    "it": [
        "{dear},\n\ngrazie, abbiamo registrato per {company} la pratica {ref}.\n\n{agent}, {brand} Pro"
    ],
    "pt": [
        "{dear},\n\nobrigado, registámos para {company} o processo {ref}.\n\n{agent}, {brand} Pro"
    ],
}

MILD: dict[str, list[str]] = {
    "en": [
        "Suggestion: could the invoice show a cost centre per client project? Would save our bookkeeper an afternoon.",
        "Small request: in the order export, could the client name be its own column?",
    ],
    "fr": [
        "Suggestion : la facture pourrait-elle afficher un centre de coût par projet client ? Ça ferait gagner un après-midi à notre comptable.",
        "Petite demande : dans l'export des commandes, le nom du client dans une colonne à part ?",
    ],
    "de": ["Vorschlag: Kostenstelle pro Kundenprojekt auf der Rechnung?"],
    "es": ["Sugerencia: ¿un centro de coste por proyecto en la factura?"],
    "it": ["Suggerimento: un centro di costo per progetto in fattura?"],
    "pt": ["Sugestão: um centro de custo por projeto na fatura?"],
}

B2B_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, can we get the albums shipped straight to our clients with our logo on the box?",
            "Hi {name}, yes: turn on 'white-label shipping' in the portal under Delivery. {agent}, {brand} Pro",
        ),
        (
            "What's the cut-off for next-day dispatch on Pro orders?",
            "Hi {name}, 2pm UK time on weekdays. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on expédier les albums directement à nos clients avec notre logo sur le carton ?",
            "Bonjour {name}, oui : activez « expédition en marque blanche » dans le portail, rubrique Livraison. {agent}, {brand} Pro",
        ),
        (
            "Quelle est l'heure limite pour une expédition le lendemain ?",
            "Bonjour {name}, 14 h en semaine. {agent}",
        ),
    ],
    "de": [
        (
            "Können die Alben direkt an unsere Kunden mit unserem Logo gehen?",
            "Hallo {name}, ja, 'White-Label-Versand' im Portal aktivieren. {agent}",
        )
    ],
    "es": [
        (
            "¿Se pueden enviar los álbumes directamente a los clientes con nuestro logo?",
            "Hola {name}, sí, active 'envío marca blanca' en el portal. {agent}",
        )
    ],
    "it": [
        (
            "Si possono spedire gli album direttamente ai clienti con il nostro logo?",
            "Buongiorno {name}, sì, attivi 'spedizione white label' nel portale. {agent}",
        )
    ],
    "pt": [
        (
            "Podem enviar os álbuns diretamente aos clientes com o nosso logótipo?",
            "Olá {name}, sim, ative 'envio white label' no portal. {agent}",
        )
    ],
}
B2B_THANKS: dict[str, list[str]] = {
    "en": ["Great, thanks!", "Perfect, cheers {agent}"],
    "fr": ["Parfait, merci !", "Super, merci {agent}"],
    "de": ["Danke!"],
    "es": ["¡Gracias!"],
    "it": ["Grazie!"],
    "pt": ["[[Obrigada|Obrigado]]!"],
}
B2B_PHONE_Q: dict[str, list[str]] = {
    "en": [
        "hi it's {name} from {company} just checking if we can add a second delivery address to the account"
    ],
    "fr": [
        "oui bonjour {name} de {company} je voulais savoir si on peut ajouter une deuxième adresse de livraison au compte"
    ],
    "de": ["ja hallo {name} von {company} kann man eine zweite Lieferadresse hinterlegen"],
    "es": [
        "hola soy {name} de {company} quería saber si se puede añadir otra dirección de entrega"
    ],
    "it": [
        "buongiorno sono {name} di {company} si può aggiungere un secondo indirizzo di consegna"
    ],
    "pt": ["olá fala {name} da {company} queria saber se podemos juntar outra morada de entrega"],
}
B2B_PRAISE: dict[str, list[str]] = {
    "en": [
        "Our clients love the lay-flat albums from {brand} Pro, makes us look good every time",
        "White-label shipping from {brand} Pro has saved us hours a week",
    ],
    "fr": [
        "Nos clients adorent les albums à plat de {brand} Pro, ça nous met en valeur à chaque fois",
        "L'expédition en marque blanche {brand} Pro nous fait gagner des heures",
    ],
    "de": ["Unsere Kunden lieben die Layflat-Alben von {brand} Pro"],
    "es": ["A nuestros clientes les encantan los álbumes de {brand} Pro"],
    "it": ["I nostri clienti adorano gli album di {brand} Pro"],
    "pt": ["Os nossos clientes adoram os álbuns da {brand} Pro"],
}
ADDONS: list[tuple[str, float]] = [
    ("pro-seat-pack-5", 45.00),
    ("pro-priority-production", 89.00),
    ("pro-white-label-boxes-50", 62.50),
    ("pro-colour-proofing", 29.00),
]
B2B_PAGES = [
    "/pro/portal",
    "/pro/portal/users",
    "/pro/portal/invoices",
    "/pro/portal/brand-kit",
    "/pro/orders",
]

WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
