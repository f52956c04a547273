# ruff: noqa: E501
"""Wording of Tecnavo Pro, the business arm: IT support for small offices on account.

Firms (dental practices, law offices, architects, bakeries with a shop, schools,
opticians, estate agents, physiotherapy practices) have a monthly flat fee per
site, a portal to open tickets and add staff, and per-site invoices.
Placeholders: {ref} {first} {day} {comp} {name} {agent} {company}.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

JOB_TITLES = [
    "office manager",
    "practice manager",
    "managing partner",
    "IT contact",
    "bookkeeper",
    "head of admin",
    "receptionist",
    "deputy head",
    "owner",
]

#: (market, kind of firm, company name, e-mail domain)
COMPANIES: list[tuple[str, str, str, str]] = [
    ("DE", "dental", "Zahnarztpraxis Dr. Lindner", "praxis-lindner.example"),
    ("DE", "law", "Kanzlei Roth & Weiß", "roth-weiss-recht.example"),
    ("DE", "architects", "Baumann Architekten", "baumann-architekten.example"),
    ("DE", "bakery", "Bäckerei Sonnleitner", "sonnleitner-baeckerei.example"),
    ("DE", "school", "Musikschule Elbtal", "musikschule-elbtal.example"),
    ("DE", "estate", "Immobilien Kessler", "kessler-immo.example"),
    ("AT", "physio", "Physio Praxis Gruber", "physio-gruber.example"),
    ("ES", "dental", "Clínica Dental Arrieta", "dentalarrieta.example"),
    ("ES", "law", "Asesoría Valdés y Asociados", "valdesasesores.example"),
    ("ES", "optician", "Óptica Mirador", "opticamirador.example"),
    ("ES", "school", "Academia Sol de Levante", "academiasol.example"),
    ("PT", "architects", "Atelier Costa Pinheiro", "costapinheiro.example"),
    ("FR", "estate", "Agence Bellerive Immobilier", "bellerive-immo.example"),
    ("IT", "physio", "Studio Fisio Benassi", "fisiobenassi.example"),
    ("UK", "bakery", "Hollins & Daughter Bakers", "hollinsbakers.example"),
]

PRODUCTS_B2B: list[tuple[str, int, str]] = [
    ("Extra on-site day / Día adicional in situ", 480, "onsite"),
    ("Laptop rollout per device / Despliegue de portátil", 95, "rollout"),
    ("Network audit / Auditoría de red", 390, "audit"),
    ("Backup setup / Configuración de copias", 260, "backup"),
]

#: (question, answer) in chat, weekdays.
B2B_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, podéis venir el jueves a configurar dos portátiles nuevos para la recepción?",
            "¡Hola! Sí, jueves de 9 a 13 h, lo dejo reservado en vuestra cuenta.",
        ),
        (
            "buenos días, cómo doy de alta a una nueva empleada en el portal?",
            "Buenos días: Portal > Personas > Añadir. Le llega la invitación por correo.",
        ),
    ],
    "de": [
        (
            "Hallo, können Sie am Donnerstag zwei neue Laptops für den Empfang einrichten?",
            "Hallo! Ja, Donnerstag 9-13 Uhr, ist auf Ihr Konto gebucht.",
        ),
        (
            "Guten Morgen, wie lege ich eine neue Mitarbeiterin im Portal an?",
            "Guten Morgen: Portal > Personen > Hinzufügen, die Einladung kommt per Mail.",
        ),
        (
            "Kurze Frage: ist die Datensicherung am Wochenende im Pauschalpreis drin?",
            "Ja, die tägliche Sicherung ist in der Monatspauschale enthalten.",
        ),
    ],
    "en": [
        (
            "Morning, can someone come Thursday to set up the new card reader PC?",
            "Morning! Yes, Thursday 9-1, booked on your account.",
        )
    ],
    "fr": [
        (
            "Bonjour, comment ajouter un nouveau collaborateur dans le portail ?",
            "Bonjour : Portail > Personnes > Ajouter, l'invitation part par mail.",
        )
    ],
    "it": [
        (
            "Buongiorno, come aggiungo una nuova collega nel portale?",
            "Buongiorno: Portale > Persone > Aggiungi, l'invito arriva via mail.",
        )
    ],
    "pt": [
        (
            "Bom dia, como adiciono uma colega nova no portal?",
            "Bom dia: Portal > Pessoas > Adicionar, o convite segue por email.",
        )
    ],
}

B2B_THANKS: dict[str, list[str]] = {
    "es": ["Perfecto, gracias", "genial gracias"],
    "de": ["Danke!", "Super, danke"],
    "en": ["Cheers"],
    "fr": ["Merci !"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Desde que lleva Tecnavo Pro la informática de la clínica no hemos tenido ni un susto. Muy recomendables.",
        "El técnico de Tecnavo Pro nos migró el correo un sábado para no parar la oficina. Chapó.",
    ],
    "de": [
        "Seit Tecnavo Pro unsere Praxis-IT betreut, läuft einfach alles. Klare Empfehlung.",
        "Tecnavo Pro hat unser Netzwerk am Wochenende umgebaut, Montag lief alles. Top.",
    ],
    "en": ["Tecnavo Pro have looked after our shop's tech for a year, not a single headache."],
    "fr": ["Tecnavo Pro gère l'informatique de l'agence depuis un an, rien à redire."],
    "it": ["Con Tecnavo Pro l'informatica dello studio non ci dà più pensieri."],
    "pt": ["Com a Tecnavo Pro a informática do atelier deixou de ser um problema."],
}

#: The account's problem, told the first time (at-risk accounts and one-unhappy contacts).
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Las facturas de este mes vuelven a salir con el nombre antiguo de la empresa, de antes de la fusión, y sin nuestro número de pedido, así que contabilidad no las puede pagar.",
        "service_blocked": "Al llamar al soporte nos dicen que la cuenta está 'suspendida por impago' y no nos abren incidencias. Tenemos todo pagado, adjunto justificante.",
        "portal": "El portal no muestra ninguna incidencia abierta y no nos deja dar de alta a nadie, así que no podemos pedir nada.",
        "overbilled": "Nos estáis cobrando las horas sueltas a tarifa por hora en vez de la cuota mensual del contrato. Son más de 600 € de diferencia.",
    },
    "de": {
        "invoice": "Die Rechnungen kommen wieder mit dem alten Firmennamen von vor der Fusion und ohne unsere Bestellnummer, die Buchhaltung kann so nicht zahlen.",
        "service_blocked": "Der Support sagt uns am Telefon, unser Konto sei 'wegen Zahlungsverzug gesperrt', und nimmt keine Tickets an. Es ist alles bezahlt, Beleg anbei.",
        "portal": "Das Portal zeigt keine offenen Tickets und wir können niemanden neu anlegen, also auch nichts anfragen.",
        "overbilled": "Sie berechnen Einsätze zum Stundensatz statt über die vertraglich vereinbarte Monatspauschale. Das sind über 600 € Unterschied.",
    },
    "en": {
        "invoice": "Our invoices still show the old company name from before the merger and no PO number, so accounts can't pay them.",
        "service_blocked": "Support say our account is 'on hold for non-payment' and won't open tickets. Everything is paid, remittance attached.",
        "portal": "The portal shows no open tickets and won't let us add anyone, so we can't request anything.",
        "overbilled": "You're billing call-outs at the hourly rate instead of our monthly flat fee. That's over £500 difference.",
    },
    "fr": {
        "invoice": "Les factures portent toujours l'ancien nom de la société, d'avant la fusion, et pas de numéro de commande : la compta ne peut pas les payer.",
        "service_blocked": "Le support nous dit que le compte est 'suspendu pour impayé' et refuse les tickets. Tout est payé, justificatif joint.",
        "portal": "Le portail n'affiche aucun ticket ouvert et refuse d'ajouter des utilisateurs.",
        "overbilled": "Vous facturez les interventions au tarif horaire au lieu du forfait mensuel prévu au contrat. Plus de 600 € d'écart.",
    },
    "it": {
        "invoice": "Le fatture riportano ancora il vecchio nome della società, di prima della fusione, e nessun numero d'ordine.",
        "service_blocked": "L'assistenza dice che l'account è 'sospeso per mancato pagamento' e non apre ticket. È tutto pagato.",
        "portal": "Il portale non mostra ticket aperti e non permette di aggiungere utenti.",
        "overbilled": "Ci fatturate gli interventi a ore invece del canone mensile da contratto. Oltre 600 € di differenza.",
    },
    "pt": {
        "invoice": "As faturas continuam com o nome antigo da empresa, de antes da fusão, e sem número de encomenda.",
        "service_blocked": "O apoio diz que a conta está 'suspensa por falta de pagamento' e não abre pedidos. Está tudo pago.",
        "portal": "O portal não mostra pedidos abertos e não deixa adicionar ninguém.",
        "overbilled": "Estão a faturar as intervenções à hora em vez da mensalidade do contrato. Mais de 600 € de diferença.",
    },
}

B2B_SUBJECT: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Facturas con nombre antiguo y sin nº de pedido",
        "service_blocked": "Cuenta bloqueada en soporte",
        "portal": "Portal sin incidencias ni altas",
        "overbilled": "Cobro por horas en vez de cuota",
    },
    "de": {
        "invoice": "Rechnungen mit altem Namen, ohne Bestellnummer",
        "service_blocked": "Konto im Support gesperrt",
        "portal": "Portal zeigt keine Tickets",
        "overbilled": "Stundensatz statt Pauschale",
    },
    "en": {
        "invoice": "Invoices with old name, no PO",
        "service_blocked": "Account on hold at support",
        "portal": "Portal shows no tickets",
        "overbilled": "Hourly rate instead of flat fee",
    },
    "fr": {
        "invoice": "Factures ancien nom, sans n° de commande",
        "service_blocked": "Compte bloqué au support",
        "portal": "Portail sans tickets",
        "overbilled": "Tarif horaire au lieu du forfait",
    },
    "it": {
        "invoice": "Fatture con vecchio nome",
        "service_blocked": "Account bloccato",
        "portal": "Portale senza ticket",
        "overbilled": "Tariffa oraria invece del canone",
    },
    "pt": {
        "invoice": "Faturas com nome antigo",
        "service_blocked": "Conta bloqueada",
        "portal": "Portal sem pedidos",
        "overbilled": "Preço à hora em vez da mensalidade",
    },
}

B2B_FIRST: dict[str, str] = {
    "es": "Buenos días:\n\n{problem} Necesitamos que se solucione esta semana. Un saludo, {name}, {company}",
    "de": "Guten Morgen,\n\n{problem} Wir brauchen eine Lösung noch diese Woche. Viele Grüße, {name}, {company}",
    "en": "Good morning,\n\n{problem} We need this fixed this week. Regards, {name}, {company}",
    "fr": "Bonjour,\n\n{problem} Il nous faut une solution cette semaine. Cordialement, {name}, {company}",
    "it": "Buongiorno,\n\n{problem} Serve una soluzione entro la settimana. Saluti, {name}, {company}",
    "pt": "Bom dia,\n\n{problem} Precisamos disto resolvido esta semana. Cumprimentos, {name}, {company}",
}

B2B_LATER: dict[str, list[str]] = {
    "es": [
        "Hola, escribo yo también por la incidencia {ref} que abrió {first} el {day}. Seguimos igual: {problem} {name}",
        "Buenas, sumo mi queja a la {ref} de {first} ({day}). {problem} Esto nos está parando. {name}",
    ],
    "de": [
        "Hallo, ich schreibe auch wegen Vorgang {ref}, den {first} am {day} gemeldet hat. Unverändert: {problem} {name}",
        "Guten Tag, ich schließe mich {first} an ({ref}, {day}). {problem} Das legt uns lahm. {name}",
    ],
    "en": [
        "Hi, writing too about case {ref} that {first} raised on {day}. Same again: {problem} {name}"
    ],
    "fr": [
        "Bonjour, j'écris aussi pour le dossier {ref} ouvert par {first} {day}. Toujours pareil : {problem} {name}"
    ],
    "it": [
        "Buongiorno, scrivo anch'io per la segnalazione {ref} aperta da {first} {day}. {problem} {name}"
    ],
    "pt": [
        "Bom dia, escrevo também sobre o processo {ref} que {first} abriu {day}. {problem} {name}"
    ],
}

B2B_LAST_MAIL: dict[str, str] = {
    "es": "Incidencia {ref}: seguimos sin solución y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}. {name}",
    "de": "Vorgang {ref}: weiterhin keine Lösung, mehrere Kollegen haben schon geschrieben. Der Einkauf hat bereits bei {comp} Preise angefragt. {name}",
    "en": "Case {ref}: still not fixed and several colleagues have written. Procurement has already asked {comp} for their rates. {name}",
    "fr": "Dossier {ref} : toujours rien, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}. {name}",
    "it": "Segnalazione {ref}: ancora niente, hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}. {name}",
    "pt": "Processo {ref}: continua sem solução e vários colegas já escreveram. As compras já pediram preços à {comp}. {name}",
}

B2B_LAST_CALL: dict[str, str] = {
    "es": "hola llamo por la incidencia {ref} de {company} sigue sin arreglarse ya os han escrito varios compañeros y mi jefa dice que si no está esta semana nos cambiamos de proveedor",
    "de": "ja hallo ich ruf an wegen Vorgang {ref} von {company} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    "en": "hi calling about case {ref} for {company} it's still not fixed several of us have written and my boss says if it's not sorted this week we're moving the account",
    "fr": "bonjour j'appelle pour le dossier {ref} de {company} toujours pas réglé plusieurs collègues ont écrit et mon patron dit que si ce n'est pas fait cette semaine on change de prestataire",
    "it": "buongiorno chiamo per la segnalazione {ref} di {company} ancora niente hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "pt": "bom dia ligo pelo processo {ref} da {company} continua sem solução já escreveram vários colegas e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}

B2B_ACK: dict[str, str] = {
    "es": "Hola {name}, hemos abierto la incidencia {ref} para {company} y la revisa hoy el equipo de cuentas. Un saludo, {agent}, Tecnavo Pro",
    "de": "Hallo {name}, wir haben den Vorgang {ref} für {company} angelegt, das Kundenteam prüft ihn heute. Viele Grüße, {agent}, Tecnavo Pro",
    "en": "Hi {name}, we've opened case {ref} for {company}; the accounts team is looking at it today. Best, {agent}, Tecnavo Pro",
    "fr": "Bonjour {name}, dossier {ref} ouvert pour {company}, l'équipe comptes s'en occupe aujourd'hui. {agent}, Tecnavo Pro",
    "it": "Ciao {name}, abbiamo aperto la segnalazione {ref} per {company}, il team clienti la verifica oggi. {agent}, Tecnavo Pro",
    "pt": "Olá {name}, abrimos o processo {ref} para a {company}, a equipa de contas analisa hoje. {agent}, Tecnavo Pro",
}

B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar las horas de soporte por centro de coste desde el portal.",
        "Una idea: que en el parte de la visita salga la fecha de la última copia de seguridad comprobada.",
    ],
    "de": [
        "Vorschlag: Es wäre praktisch, die Supportstunden im Portal nach Kostenstelle exportieren zu können.",
        "Idee: Auf dem Einsatzbericht das Datum der letzten geprüften Datensicherung angeben.",
    ],
    "en": ["Suggestion: it'd be handy to export support hours by cost centre from the portal."],
    "fr": [
        "Suggestion : pouvoir exporter les heures de support par centre de coût depuis le portail."
    ],
    "it": ["Suggerimento: poter esportare le ore di assistenza per centro di costo dal portale."],
    "pt": ["Sugestão: exportar as horas de apoio por centro de custo no portal."],
}

B2B_MILD_ACK: dict[str, str] = {
    "es": "Gracias por la sugerencia, {name}, la pasamos al equipo de producto. {agent}, Tecnavo Pro",
    "de": "Danke für den Vorschlag, {name}, wir geben ihn ans Produktteam weiter. {agent}, Tecnavo Pro",
    "en": "Thanks for the suggestion, {name}, passed to the product team. {agent}, Tecnavo Pro",
    "fr": "Merci pour la suggestion, {name}, transmise à l'équipe produit. {agent}, Tecnavo Pro",
    "it": "Grazie per il suggerimento, {name}, girato al team prodotto. {agent}, Tecnavo Pro",
    "pt": "Obrigado pela sugestão, {name}, passámos à equipa de produto. {agent}, Tecnavo Pro",
}
