# ruff: noqa: E501
"""Words for heldout110's business arm, Atrivo Pro.

Atrivo Pro manages buildings and portfolios for firms on account (property
companies, hotels, schools, clinics, logistics firms, coworkings): a portal,
per-building invoices and service requests. Placeholders are filled by the
generator with str.format.
"""

from __future__ import annotations

# (label, price in euros, page)
SERVICES: tuple[tuple[str, int, str], ...] = (
    (
        "Extra common-area cleaning, month / Pulizia parti comuni extra",
        380,
        "/pro/services/cleaning",
    ),
    ("Fire-safety inspection / Verifica antincendio", 640, "/pro/services/fire"),
    ("Lift emergency call-out / Intervento urgente ascensore", 290, "/pro/services/lift"),
    ("Facade survey / Vistoria de fachada", 1150, "/pro/services/facade"),
    ("Gutter cleaning / Limpeza de caleiras", 420, "/pro/services/gutters"),
    ("Cellar pest control / Disinfestazione cantine", 260, "/pro/services/pests"),
    ("Energy certificate, building / Certificado energético", 890, "/pro/services/energy"),
)

PORTAL_PAGES: tuple[str, ...] = (
    "/pro/portfolio",
    "/pro/buildings",
    "/pro/invoices",
    "/pro/requests",
    "/pro/reports",
    "/pro/budget",
)

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, la verifica antincendio di via Ripamonti è confermata per giovedì?",
            "Buongiorno! Sì, giovedì dalle 9, il tecnico chiede accesso al locale caldaia. {agent}",
        ),
        (
            "Dove scarico il consuntivo del terzo trimestre per immobile?",
            "Nel portale, Report > Consuntivi, filtro per immobile. {agent}",
        ),
        (
            "serve un preventivo per la pulizia straordinaria dopo i lavori al 2° piano",
            "Glielo mando entro stasera, lo trova anche in Richieste. {agent}",
        ),
    ],
    "pt": [
        (
            "Bom dia, a inspeção do elevador do edifício da Boavista é quinta ou sexta?",
            "Bom dia! Quinta-feira às 10h, o técnico já tem a chave. {agent}",
        ),
        (
            "Onde descarrego o relatório trimestral por edifício?",
            "No portal, Relatórios > Trimestrais, com filtro por edifício. {agent}",
        ),
        (
            "precisamos de um orçamento para limpeza depois das obras no 1º piso",
            "Envio ainda hoje, fica também em Pedidos. {agent}",
        ),
    ],
    "de": [
        (
            "Guten Morgen, ist die Brandschutzprüfung in der Hafenstraße für Donnerstag bestätigt?",
            "Guten Morgen! Ja, Donnerstag ab 9 Uhr, bitte Zugang zum Heizraum. {agent}",
        )
    ],
    "es": [
        (
            "Buenos días, ¿la revisión del ascensor de Ruzafa es el jueves?",
            "¡Buenos días! Sí, el jueves a las 10. {agent}",
        )
    ],
    "fr": [
        (
            "Bonjour, la vérification incendie rue Garibaldi est bien jeudi ?",
            "Bonjour ! Oui, jeudi à partir de 9h. {agent}",
        )
    ],
    "en": [
        (
            "Morning, is the fire-safety check at Harbour Row still on for Thursday?",
            "Morning! Yes, Thursday from 9. {agent}",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "it": ["Perfetto, grazie.", "grazie mille"],
    "pt": ["Perfeito, obrigado.", "obrigada"],
    "de": ["Danke!"],
    "es": ["Perfecto, gracias."],
    "fr": ["Parfait, merci."],
    "en": ["Great, thanks."],
}
PRAISE: dict[str, list[str]] = {
    "it": [
        "Con Atrivo Pro gestiamo 14 immobili da un unico portale: consuntivi puntuali e tecnici sempre reperibili.",
        "Intervento sull'ascensore in 3 ore, inquilini contenti. Ottimo lavoro Atrivo.",
    ],
    "pt": [
        "Com a Atrivo Pro temos os 9 edifícios num só portal, relatórios a horas. Recomendo.",
        "Elevador reparado em 3 horas, inquilinos satisfeitos. Bom trabalho, Atrivo.",
    ],
    "de": ["Mit Atrivo Pro haben wir alle Objekte in einem Portal, Abrechnungen pünktlich."],
    "es": ["Con Atrivo Pro tenemos todos los edificios en un portal, informes puntuales."],
    "fr": ["Avec Atrivo Pro tous nos immeubles sont sur un seul portail, comptes à l'heure."],
    "en": ["Atrivo Pro has all our sites in one portal, reports always on time."],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Ottimo servizio", ""],
    "pt": ["Muito bom", ""],
    "de": ["Gut", ""],
    "es": ["Bien", ""],
    "fr": ["Bien", ""],
    "en": ["Good", ""],
}

# The business problems (one per at-risk account).
DESC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Le fatture di ottobre sono intestate alla vecchia ragione sociale, prima della fusione, e non riportano il codice commessa: la nostra contabilità le respinge tutte. Oltre 18.000 € in sospeso.",
        "pt": "As faturas de outubro vêm em nome da antiga empresa, anterior à fusão, e sem o número de encomenda: a contabilidade rejeita-as todas. Mais de 18.000 € pendentes.",
        "de": "Die Oktober-Rechnungen laufen auf den alten Firmennamen vor der Fusion und ohne Bestellnummer: unsere Buchhaltung weist alle zurück. Über 18.000 € offen.",
        "es": "Las facturas de octubre van a nombre de la razón social anterior a la fusión y sin número de pedido: contabilidad las rechaza todas. Más de 18.000 € pendientes.",
        "fr": "Les factures d'octobre sont au nom de l'ancienne société, avant la fusion, et sans numéro de commande : notre comptabilité les rejette toutes. Plus de 18 000 € en suspens.",
        "en": "October's invoices carry our pre-merger company name and no PO number, so accounts payable rejects every one. Over £15,000 stuck.",
    },
    "service_blocked": {
        "it": "Il nostro conto risulta 'sospeso per morosità' e le ditte incaricate rifiutano le richieste di intervento, ma è tutto pagato, bonifici alla mano.",
        "pt": "A nossa conta aparece 'suspensa por falta de pagamento' e os empreiteiros recusam os pedidos de intervenção, mas está tudo pago, temos os comprovativos.",
        "de": "Unser Konto steht auf 'gesperrt wegen Zahlungsrückstand', die Handwerker lehnen unsere Aufträge ab, obwohl alles bezahlt ist.",
        "es": "Nuestra cuenta sale 'bloqueada por impago' y las empresas rechazan las órdenes de trabajo, pero está todo pagado, tenemos los justificantes.",
        "fr": "Notre compte apparaît 'suspendu pour impayé' et les prestataires refusent nos demandes d'intervention, alors que tout est payé.",
        "en": "Our account shows 'on hold - arrears' and your contractors refuse our work orders, though everything is paid.",
    },
    "portal": {
        "it": "Da lunedì il portale Pro non mostra nessun immobile del nostro portafoglio: non possiamo aprire richieste né scaricare i consuntivi per i riaddebiti agli inquilini.",
        "pt": "Desde segunda-feira o portal Pro não mostra nenhum edifício da nossa carteira: não conseguimos abrir pedidos nem descarregar relatórios para refaturar aos inquilinos.",
        "de": "Seit Montag zeigt das Pro-Portal kein einziges Objekt unseres Bestands: wir können keine Aufträge anlegen und keine Abrechnungen für die Mieter herunterladen.",
        "es": "Desde el lunes el portal Pro no muestra ningún edificio de nuestra cartera: no podemos abrir órdenes ni descargar informes para repercutir a los inquilinos.",
        "fr": "Depuis lundi le portail Pro n'affiche aucun immeuble de notre portefeuille : impossible d'ouvrir des demandes ou de télécharger les comptes pour refacturer les locataires.",
        "en": "Since Monday the Pro portal shows none of our buildings: we can't raise requests or download the accounts we recharge to tenants.",
    },
    "overbilled": {
        "it": "Ci avete fatturato la tariffa per unità (14 € a unità al mese) invece del canone fisso del contratto: oltre 2.100 € in più questo trimestre.",
        "pt": "Faturaram-nos a tarifa por fração (14 € por fração por mês) em vez da avença fixa do contrato: mais de 2.100 € a mais este trimestre.",
        "de": "Sie haben uns den Einheitenpreis (14 € pro Einheit und Monat) statt der vertraglichen Pauschale berechnet: über 2.100 € zu viel in diesem Quartal.",
        "es": "Nos han facturado la tarifa por unidad (14 € por unidad al mes) en lugar de la cuota fija del contrato: más de 2.100 € de más este trimestre.",
        "fr": "Vous nous avez facturé le tarif par lot (14 € par lot et par mois) au lieu du forfait du contrat : plus de 2 100 € de trop ce trimestre.",
        "en": "You've billed us the per-unit rate (£12 a unit a month) instead of our contract's flat fee: over £1,800 too much this quarter.",
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "fatture con ragione sociale errata",
        "pt": "faturas com nome errado",
        "de": "Rechnungen mit falschem Firmennamen",
        "es": "facturas con razón social errónea",
        "fr": "factures au mauvais nom",
        "en": "invoices in the wrong company name",
    },
    "service_blocked": {
        "it": "conto sospeso per errore",
        "pt": "conta suspensa por engano",
        "de": "Konto fälschlich gesperrt",
        "es": "cuenta bloqueada por error",
        "fr": "compte suspendu à tort",
        "en": "account wrongly on hold",
    },
    "portal": {
        "it": "portale senza immobili",
        "pt": "portal sem edifícios",
        "de": "Portal ohne Objekte",
        "es": "portal sin edificios",
        "fr": "portail sans immeubles",
        "en": "portal showing no buildings",
    },
    "overbilled": {
        "it": "tariffa per unità invece del canone",
        "pt": "tarifa por fração em vez da avença",
        "de": "Einheitenpreis statt Pauschale",
        "es": "tarifa por unidad en vez de cuota fija",
        "fr": "tarif par lot au lieu du forfait",
        "en": "per-unit rate instead of flat fee",
    },
}
COMPLAINT_SUBJECT: dict[str, str] = {
    "it": "Reclamo: {topic} - {company}",
    "pt": "Reclamação: {topic} - {company}",
    "de": "Beschwerde: {topic} - {company}",
    "es": "Reclamación: {topic} - {company}",
    "fr": "Réclamation : {topic} - {company}",
    "en": "Complaint: {topic} - {company}",
}
FIRST: dict[str, str] = {
    "it": "Buongiorno,\n{desc}\nVi chiedo di sistemare entro la settimana.\n{full}\n{title}, {company}",
    "pt": "Bom dia,\n{desc}\nPedimos que resolvam esta semana.\n{full}\n{title}, {company}",
    "de": "Guten Tag,\n{desc}\nBitte klären Sie das diese Woche.\n{full}\n{title}, {company}",
    "es": "Buenos días,\n{desc}\nLes pedimos que lo resuelvan esta semana.\n{full}\n{title}, {company}",
    "fr": "Bonjour,\n{desc}\nMerci de régler cela cette semaine.\n{full}\n{title}, {company}",
    "en": "Hello,\n{desc}\nPlease sort this out this week.\n{full}\n{title}, {company}",
}
LATER: dict[str, str] = {
    "it": "Buongiorno,\nriprendo la mail di {colleague} di {wd} (pratica {case}): stesso problema anche da me. {desc}\n{full}\n{title}, {company}",
    "pt": "Bom dia,\nna sequência do e-mail de {colleague} de {wd} (processo {case}): o mesmo problema aqui. {desc}\n{full}\n{title}, {company}",
    "de": "Guten Tag,\nzur Mail von {colleague} vom {wd} (Vorgang {case}): bei mir dasselbe Problem. {desc}\n{full}\n{title}, {company}",
    "es": "Buenos días,\nsobre el correo de {colleague} del {wd} (incidencia {case}): el mismo problema aquí. {desc}\n{full}\n{title}, {company}",
    "fr": "Bonjour,\nsuite au mail de {colleague} de {wd} (dossier {case}) : même problème chez moi. {desc}\n{full}\n{title}, {company}",
    "en": "Hello,\nFurther to {colleague}'s email on {wd} (case {case}): same problem here. {desc}\n{full}\n{title}, {company}",
}
TODAY: dict[str, str] = {
    "it": "stamattina",
    "pt": "hoje de manhã",
    "de": "heute Morgen",
    "es": "esta mañana",
    "fr": "ce matin",
    "en": "this morning",
}
LAST_EMAIL: dict[str, tuple[str, str]] = {
    "it": (
        "Pratica {case} - ancora niente",
        "Buongiorno,\npratica {case}: non è cambiato nulla, vi abbiamo scritto in {n}. L'ufficio acquisti ha già chiesto un'offerta a {comp}.\n{full}\n{title}, {company}",
    ),
    "pt": (
        "Processo {case} - continua tudo igual",
        "Bom dia,\nprocesso {case}: nada mudou, já vos escrevemos {n} pessoas. As compras já pediram proposta à {comp}.\n{full}\n{title}, {company}",
    ),
    "de": (
        "Vorgang {case} - immer noch nichts",
        "Guten Tag,\nVorgang {case}: nichts hat sich geändert, {n} von uns haben geschrieben. Der Einkauf hat bereits ein Angebot bei {comp} angefragt.\n{full}\n{title}, {company}",
    ),
    "es": (
        "Incidencia {case} - sigue igual",
        "Buenos días,\nincidencia {case}: no ha cambiado nada y ya les hemos escrito {n}. Compras ya ha pedido oferta a {comp}.\n{full}\n{title}, {company}",
    ),
    "fr": (
        "Dossier {case} - toujours rien",
        "Bonjour,\ndossier {case} : rien n'a changé, nous sommes {n} à vous avoir écrit. Les achats ont déjà demandé une offre à {comp}.\n{full}\n{title}, {company}",
    ),
    "en": (
        "Case {case} - still nothing",
        "Hello,\nCase {case}: nothing has changed and {n} of us have written. Procurement has already asked {comp} for a quote.\n{full}\n{title}, {company}",
    ),
}
LAST_PHONE: dict[str, str] = {
    "it": "sì buongiorno chiamo per la pratica {case} non è cambiato niente vi abbiamo scritto in tanti il mio direttore dice che se non si risolve questa settimana portiamo gli immobili a un altro amministratore",
    "pt": "sim bom dia ligo por causa do processo {case} não mudou nada já escreveram vários colegas o meu diretor diz que se não resolverem esta semana mudamos a carteira para outra empresa",
    "de": "ja guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts geändert mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir die Verwaltung",
    "es": "hola buenos días llamo por la incidencia {case} no ha cambiado nada han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos vamos a otro administrador",
    "fr": "oui bonjour j'appelle pour le dossier {case} rien n'a changé plusieurs collègues ont écrit mon directeur dit que si ce n'est pas réglé cette semaine on change de gestionnaire",
    "en": "hi yes i'm calling about case {case} nothing's changed several of my colleagues have written my director says we move the portfolio to another manager if it isn't fixed this week",
}
ACK: dict[str, tuple[str, str]] = {
    "it": (
        "R: Pratica {case}",
        "Gentile {first},\nabbiamo aperto la pratica {case} per {company}; il team Pro risponde entro un giorno lavorativo.\n{agent}",
    ),
    "pt": (
        "RE: Processo {case}",
        "Olá {first},\nabrimos o processo {case} para a {company}; a equipa Pro responde num dia útil.\n{agent}",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {first},\nwir haben Vorgang {case} für {company} angelegt; das Pro-Team meldet sich innerhalb eines Werktags.\n{agent}",
    ),
    "es": (
        "RE: Incidencia {case}",
        "Hola {first},\nhemos abierto la incidencia {case} para {company}; el equipo Pro responde en un día laborable.\n{agent}",
    ),
    "fr": (
        "RE : Dossier {case}",
        "Bonjour {first},\nnous avons ouvert le dossier {case} pour {company} ; l'équipe Pro répond sous un jour ouvré.\n{agent}",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {first},\nWe've opened case {case} for {company}; the Pro team will reply within one working day.\n{agent}",
    ),
}
LOW_NPS: dict[str, list[str]] = {
    "it": ["Deludente.", ""],
    "pt": ["Dececionante.", ""],
    "de": ["Enttäuschend.", ""],
    "es": ["Decepcionante.", ""],
    "fr": ["Décevant.", ""],
    "en": ["Disappointing.", ""],
}
SUGGEST: dict[str, list[str]] = {
    "it": [
        "Sarebbe utile esportare i costi per centro di costo, non solo per immobile.",
        "Potreste indicare la data dell'ultima verifica ascensore nella scheda di ogni immobile?",
    ],
    "pt": [
        "Dava jeito exportar os custos por centro de custo e não só por edifício.",
        "Podiam pôr a data da última inspeção do elevador na ficha de cada edifício?",
    ],
    "de": [
        "Hilfreich wäre ein Export der Kosten nach Kostenstelle, nicht nur nach Objekt.",
        "Könnten Sie das Datum der letzten Aufzugsprüfung auf jeder Objektseite zeigen?",
    ],
    "es": ["Sería útil exportar los costes por centro de coste, no solo por edificio."],
    "fr": ["Ce serait utile d'exporter les coûts par centre de coût, pas seulement par immeuble."],
    "en": ["It would help to export costs by cost centre, not just by building."],
}
SUGGEST_ACK: dict[str, tuple[str, str]] = {
    "it": (
        "Il suo suggerimento",
        "Gentile {first},\ngrazie del suggerimento, l'abbiamo passato al team del portale.\n{agent}",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first},\nobrigado pela sugestão, passámo-la à equipa do portal.\n{agent}",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first},\ndanke für den Vorschlag, wir haben ihn ans Portal-Team gegeben.\n{agent}",
    ),
    "es": (
        "Su sugerencia",
        "Hola {first},\ngracias por la sugerencia, la hemos pasado al equipo del portal.\n{agent}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\nmerci pour la suggestion, transmise à l'équipe du portail.\n{agent}",
    ),
    "en": (
        "Your suggestion",
        "Hi {first},\nThanks for the suggestion, we've passed it to the portal team.\n{agent}",
    ),
}
AGENTS: dict[str, tuple[str, ...]] = {
    "it": ("Davide, Atrivo Pro", "Serena, Atrivo Pro"),
    "pt": ("Tiago, Atrivo Pro", "Marta, Atrivo Pro"),
    "de": ("Katrin, Atrivo Pro",),
    "es": ("Jorge, Atrivo Pro",),
    "fr": ("Sophie, Atrivo Pro",),
    "en": ("Rachel, Atrivo Pro",),
}
JOB_TITLES: tuple[str, ...] = (
    "Facilities Manager",
    "Property Manager",
    "Accounts Payable Lead",
    "Operations Director",
    "Asset Manager",
    "Office Manager",
    "Head of Procurement",
    "Building Services Coordinator",
    "Finance Controller",
    "General Manager",
    "Bursar",
    "Practice Manager",
)
