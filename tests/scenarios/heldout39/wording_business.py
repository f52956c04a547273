# ruff: noqa: E501
"""Hand-written company wording of heldout39 (Sonriva Empresas: employee dental plans).

Placeholders: {brand}, {comp}, {case}, {case_spoken}, {colleague}, {weekday}, {agent},
{name}, {company}, {opener}, {amount}; ``<<fem|masc>>`` agrees with the colleague named.
"""

from __future__ import annotations

B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

TAX_ID: dict[str, str] = {
    "ES": "CIF",
    "UK": "VAT number",
    "IE": "VAT number",
    "DE": "USt-IdNr.",
    "AT": "UID-Nummer",
    "CH": "MWST-Nummer",
    "FR": "numéro de TVA",
    "BE": "numéro de TVA",
    "IT": "partita IVA",
    "PT": "NIF",
}

B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "factura sin {tax}",
        "en": "invoice without our {tax}",
        "de": "Rechnung ohne {tax}",
        "fr": "facture sans {tax}",
        "it": "fattura senza {tax}",
        "pt": "fatura sem {tax}",
    },
    "service_blocked": {
        "es": "plan de empresa 'suspendido' estando pagado",
        "en": "company plan shown as suspended though paid",
        "de": "Firmenplan 'gesperrt' trotz Zahlung",
        "fr": "plan entreprise 'suspendu' alors que payé",
        "it": "piano aziendale 'sospeso' pur pagato",
        "pt": "plano empresa 'suspenso' apesar de pago",
    },
    "portal": {
        "es": "altas de empleados que desaparecen del portal",
        "en": "new starters vanishing from the HR portal",
        "de": "Neuanmeldungen verschwinden aus dem Portal",
        "fr": "inscriptions qui disparaissent du portail",
        "it": "iscrizioni che spariscono dal portale",
        "pt": "inscrições que desaparecem do portal",
    },
    "overbilled": {
        "es": "cobro de empleados dados de baja",
        "en": "billed for leavers",
        "de": "Abrechnung für ausgeschiedene Mitarbeiter",
        "fr": "facturation de salariés partis",
        "it": "addebiti per dipendenti usciti",
        "pt": "cobrança de funcionários que saíram",
    },
}

B_COMPLAINT: dict[str, dict[str, tuple[str, ...]]] = {
    "invoice": {
        "es": (
            "Buenos días. La factura mensual de {company} de Sonriva Empresas vuelve a venir sin nuestro {tax}. La gestoría no la puede contabilizar así y tenemos el cierre trimestral encima. Necesitamos una factura corregida cuanto antes.",
        ),
        "en": (
            "Hello, the monthly Sonriva Business invoice for {company} has no {tax} on it again. Our accountant can't post it like that and quarter end is next week. We need a corrected invoice asap.",
        ),
        "de": (
            "Guten Tag, auf der Monatsrechnung von Sonriva Business für {company} fehlt unsere {tax}. Unser Steuerbüro kann sie so nicht buchen. Bitte korrigierte Rechnung.",
        ),
        "fr": (
            "Bonjour, la facture mensuelle Sonriva Business de {company} ne comporte pas notre {tax}. Notre comptable ne peut pas la passer. Merci de la corriger.",
        ),
        "it": (
            "Buongiorno, la fattura mensile Sonriva Business di {company} è senza la nostra {tax}. Il commercialista non la può registrare. Serve una fattura corretta.",
        ),
        "pt": (
            "Bom dia, a fatura mensal Sonriva Business da {company} vem sem o nosso {tax}. A contabilista não a consegue lançar. Precisamos de fatura corrigida.",
        ),
    },
    "service_blocked": {
        "es": (
            "Esta mañana han mandado de vuelta a dos empleados nuestros de la clínica porque en el sistema sale 'plan de empresa suspendido - impago'. La cuota de {company} está PAGADA, tengo el justificante. Es una vergüenza delante de la plantilla.",
        ),
        "en": (
            "Two of our staff were turned away at the clinic this morning because the system says 'company plan suspended - unpaid'. {company}'s fee is PAID, I have the remittance. Embarrassing in front of our people.",
        ),
        "de": (
            "Heute wurden zwei Mitarbeitende in der Praxis abgewiesen, weil 'Firmenplan gesperrt - unbezahlt' angezeigt wird. Der Beitrag von {company} ist BEZAHLT.",
        ),
        "fr": (
            "Deux salariés ont été refusés ce matin à la clinique : 'plan entreprise suspendu - impayé'. Le plan de {company} est PAYÉ.",
        ),
        "it": (
            "Stamattina due nostri dipendenti sono stati mandati via dalla clinica: 'piano aziendale sospeso - non pagato'. La quota di {company} è PAGATA, ho la contabile.",
        ),
        "pt": (
            "Hoje de manhã mandaram embora dois funcionários nossos da clínica: 'plano empresa suspenso - não pago'. O plano da {company} está PAGO.",
        ),
    },
    "portal": {
        "es": (
            "Di de alta ayer a cuatro personas nuevas en el portal de RR. HH. de Sonriva Empresas y esta mañana no aparece ninguna. Es la segunda vez que las meto. ¿Qué está pasando con el portal?",
        ),
        "en": (
            "I added four new starters to the Sonriva Business HR portal yesterday and this morning none of them are there. Second time I've entered them. What's going on with the portal?",
        ),
        "de": (
            "Ich habe gestern vier neue Mitarbeitende im Sonriva-Business-Portal angelegt, heute früh sind alle weg. Zum zweiten Mal.",
        ),
        "fr": (
            "J'ai inscrit hier quatre nouveaux salariés sur le portail Sonriva Business, ce matin plus rien. Deuxième fois.",
        ),
        "it": (
            "Ieri ho iscritto quattro nuovi dipendenti sul portale Sonriva Business e stamattina non c'è più nessuno. Seconda volta.",
        ),
        "pt": (
            "Ontem inscrevi quatro pessoas novas no portal Sonriva Business e hoje de manhã não aparece nenhuma. Segunda vez.",
        ),
    },
    "overbilled": {
        "es": (
            "En la factura de octubre de {company} seguís cobrando a seis empleados que se fueron a finales de septiembre y que di de baja en el portal el día 28. Son {amount} que no nos corresponden.",
        ),
        "en": (
            "October's invoice for {company} still charges for six people who left at the end of September, and I removed them in the portal on the 28th. That's {amount} we don't owe.",
        ),
        "de": (
            "Auf der Oktoberrechnung von {company} stehen noch sechs Leute, die Ende September ausgeschieden sind und die ich am 28. im Portal abgemeldet habe. {amount} zu viel.",
        ),
        "fr": (
            "La facture d'octobre de {company} compte encore six salariés partis fin septembre, retirés du portail le 28. Soit {amount} en trop.",
        ),
        "it": (
            "Nella fattura di ottobre di {company} ci sono ancora sei persone uscite a fine settembre, tolte dal portale il 28. Sono {amount} in più.",
        ),
        "pt": (
            "A fatura de outubro da {company} ainda cobra seis pessoas que saíram no fim de setembro e que tirei do portal dia 28. São {amount} a mais.",
        ),
    },
}

B_FOLLOW: dict[str, tuple[str, ...]] = {
    "es": (
        "Hola, <<mi compañera|mi compañero>> {colleague} ya os escribió el {weekday} por esto (expediente {case}) y seguimos igual: {topic}. ¿Para cuándo?",
        "Buenas, escribo también desde {company}. {colleague} abrió el expediente {case} el {weekday} y no hay novedades. El problema sigue: {topic}.",
        "Me sumo a lo que os dijo {colleague} el {weekday} ({case}). Sigue sin resolverse lo de: {topic}. Esto nos está dando mucho trabajo.",
    ),
    "en": (
        "Hi, <<my colleague|my colleague>> {colleague} already emailed you on {weekday} about this (case {case}) and nothing has changed: {topic}. When will it be fixed?",
        "Hello, also writing from {company}. {colleague} opened case {case} on {weekday} and we've heard nothing. Still the same problem: {topic}.",
        "Adding to what {colleague} sent on {weekday} ({case}). Still not resolved: {topic}. This is creating a lot of work on our side.",
    ),
}

B_LAST: dict[str, str] = {
    "es": "Vuelvo a escribir por el expediente {case}: sigue sin arreglarse ({topic}). Ya os hemos escrito varios de {company} y nadie da una solución. Hemos pedido presupuesto a {comp} para el año que viene.",
    "en": "Writing again about case {case}: still not fixed ({topic}). Several of us at {company} have written now and nobody has a solution. We've asked {comp} for a quote for next year.",
}
B_LAST_PHONE: dict[str, str] = {
    "es": "{opener} le llamo de {company} por el expediente {case_spoken} sigue sin arreglarse y ya os hemos escrito varios estamos mirando otros proveedores",
    "en": "{opener} I'm calling from {company} about case {case_spoken} it's still not fixed several of us have written in and we're looking at other providers now",
}

B_ACK: dict[str, str] = {
    "es": "Hola {name}, gracias por escribirnos. Hemos abierto el expediente {case} ({topic}) para {company} y nuestro equipo de Empresas lo está revisando. Un saludo, {agent} - {brand} Empresas",
    "en": "Hi {name}, thanks for getting in touch. We've opened case {case} ({topic}) for {company} and our Business team is on it. Kind regards, {agent} - {brand} Business",
    "de": "Hallo {name}, danke für Ihre Nachricht. Wir haben Vorgang {case} ({topic}) für {company} angelegt. Viele Grüße, {agent} - {brand} Business",
    "fr": "Bonjour {name}, merci. Nous avons ouvert le dossier {case} ({topic}) pour {company}. Cordialement, {agent} - {brand} Business",
    "it": "Gentile {name}, grazie. Abbiamo aperto la pratica {case} ({topic}) per {company}. Cordiali saluti, {agent} - {brand} Business",
    "pt": "Olá {name}, obrigado. Abrimos o processo {case} ({topic}) para a {company}. Cumprimentos, {agent} - {brand} Business",
}

B_LOW_WORDS: dict[str, tuple[str, ...]] = {
    "es": ("muy mal servicio a empresas", "", "lento"),
    "en": ("slow to fix anything", "", "poor"),
    "de": ("schlecht",),
    "fr": ("décevant",),
    "it": ("deludente",),
    "pt": ("fraco",),
}

B_SUGGEST: dict[str, tuple[str, ...]] = {
    "es": (
        "Sugerencia: estaría bien que la factura mensual desglosara el coste por departamento, para repartirlo en contabilidad.",
        "Una idea: poder exportar en Excel el listado de empleados dados de alta en el portal.",
    ),
    "en": (
        "Suggestion: it would help if the monthly invoice split the cost by department so finance can allocate it.",
        "An idea: a CSV export of the enrolled employees list from the portal would save me a lot of typing.",
    ),
    "pt": (
        "Sugestão: a fatura mensal podia separar o custo por departamento.",
        "Uma ideia: exportar a lista de funcionários inscritos em Excel.",
    ),
    "de": (
        "Vorschlag: Kosten auf der Monatsrechnung nach Abteilung aufschlüsseln.",
        "Idee: Export der Mitarbeiterliste als CSV.",
    ),
    "fr": (
        "Suggestion : détailler le coût par service sur la facture mensuelle.",
        "Idée : un export CSV de la liste des salariés inscrits.",
    ),
    "it": (
        "Suggerimento: dividere il costo per reparto nella fattura mensile.",
        "Idea: esportare in CSV l'elenco dei dipendenti iscritti.",
    ),
}
B_SUGGEST_ACK: dict[str, str] = {
    "es": "Hola {name}, gracias por la sugerencia, se la pasamos al equipo de producto. {agent} - {brand} Empresas",
    "en": "Hi {name}, thanks for the suggestion, we've passed it to our product team. {agent} - {brand} Business",
    "de": "Hallo {name}, danke für den Vorschlag, ist weitergegeben. {agent} - {brand} Business",
    "fr": "Bonjour {name}, merci pour la suggestion, transmise à l'équipe produit. {agent} - {brand} Business",
    "it": "Gentile {name}, grazie per il suggerimento, lo giriamo al team. {agent} - {brand} Business",
    "pt": "Olá {name}, obrigado pela sugestão, passámos à equipa de produto. {agent} - {brand} Business",
}

B_ROUTINE_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        (
            "Hola, ¿los empleados a media jornada pueden entrar en el plan de empresa?",
            "Sí, cualquier persona en plantilla, sea cual sea la jornada. {agent}",
        ),
        (
            "¿Cómo añado a la pareja de un empleado al plan?",
            "Desde el portal, en Empleado > Beneficiarios, con el descuento de empresa. {agent}",
        ),
        (
            "¿Se puede cambiar el día de cobro de la factura al 5 de cada mes?",
            "Claro, en Facturación > Preferencias. {agent}",
        ),
    ),
    "en": (
        (
            "Hi, can part-time staff join the company plan?",
            "Yes, anyone on payroll, whatever their hours. {agent}",
        ),
        (
            "How do I add an employee's partner to the plan?",
            "In the portal under Employee > Dependants, at the company rate. {agent}",
        ),
        (
            "Can we move the invoice date to the 5th of the month?",
            "Of course, under Billing > Preferences. {agent}",
        ),
    ),
    "de": (("Können Teilzeitkräfte in den Firmenplan?", "Ja, alle Angestellten. {agent}"),),
    "fr": (
        ("Les salariés à temps partiel peuvent-ils adhérer ?", "Oui, tous les salariés. {agent}"),
    ),
    "it": (("I part-time possono aderire al piano aziendale?", "Sì, tutti i dipendenti. {agent}"),),
    "pt": (
        (
            "Os funcionários a tempo parcial podem entrar no plano?",
            "Sim, todos os funcionários. {agent}",
        ),
    ),
}
B_THANKS: dict[str, tuple[str, ...]] = {
    "es": ("Perfecto, gracias {agent}", "Gracias!"),
    "en": ("Great, thanks {agent}", "Thanks, that's sorted"),
    "de": ("Danke!",),
    "fr": ("Merci !",),
    "it": ("Grazie!",),
    "pt": ("Obrigado!",),
}
B_PRAISE: dict[str, tuple[str, ...]] = {
    "es": (
        "En {company} llevamos un año con el plan dental de {brand} Empresas y la plantilla encantada. Se nota en las bajas.",
        "Lo mejor de {brand} Empresas: dar de alta a alguien nuevo son dos minutos.",
    ),
    "en": (
        "A year into the {brand} Business dental plan at {company} and the team love it. Fewer sick days too.",
        "Best bit of {brand} Business: adding a new starter takes two minutes.",
    ),
    "de": (
        "Seit einem Jahr den Zahnplan von {brand} Business bei {company}, das Team ist begeistert.",
    ),
    "fr": ("Un an avec {brand} Business chez {company}, l'équipe est ravie.",),
    "it": ("Da un anno col piano dentale {brand} Business a {company}, il team è contento.",),
    "pt": ("Um ano com o plano {brand} Business na {company} e a equipa está contente.",),
}
B_PRODUCTS: tuple[tuple[str, float, str], ...] = (
    ("Office brushing kits x10 / Kits oficina x10", 89.00, "/business/shop/office-kits"),
    ("Extra family seats / Plazas familiares", 120.00, "/business/plan/family-seats"),
    ("Onsite check-up day / Jornada revisión en oficina", 450.00, "/business/onsite-day"),
)
B_PAGES: tuple[str, ...] = (
    "/business/portal/employees",
    "/business/invoices",
    "/business/clinics",
    "/business/reports",
)

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
THIS_MORNING: dict[str, str] = {"es": "esta mañana", "en": "this morning"}

# (market, language, company, domain, kind)
COMPANIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("ES", "es", "Transportes Arlanza", "arlanza-transportes.example", "logistics"),
    ("ES", "es", "Hotel Mirador de la Caleta", "miradorcaleta.example", "hotel"),
    ("UK", "en", "Pendry & Hale Solicitors", "pendryhale.example", "law_office"),
    ("UK", "en", "Kestrel Structural", "kestrel-structural.example", "engineering"),
    ("IE", "en", "Shannonside Contact", "shannonside-contact.example", "call_centre"),
    ("ES", "es", "Supermercados Vallejo", "supervallejo.example", "supermarket"),
    ("DE", "de", "Fluxwerk Software", "fluxwerk.example", "software"),
    ("FR", "fr", "Atelier Roussel Architectes", "roussel-archi.example", "architects"),
    ("IT", "it", "Istituto Galvani", "istitutogalvani.example", "school"),
    ("ES", "es", "Hornos Ibarra", "hornosibarra.example", "bakery"),
    ("UK", "en", "Meadowbank Academy", "meadowbank-academy.example", "school"),
    ("PT", "pt", "Marés Logística", "mareslogistica.example", "logistics"),
    ("ES", "es", "Bufete Olmedo Abogados", "olmedoabogados.example", "law_office"),
    ("CH", "de", "Alpenblick Treuhand", "alpenblick-treuhand.example", "accountants"),
    ("IE", "en", "Corrib Print Works", "corribprint.example", "printing"),
)

B_ROLES: dict[str, tuple[str, ...]] = {
    "es": (
        "responsable de RR. HH.",
        "administración",
        "director financiero",
        "jefa de personal",
        "gerente",
        "técnico de nóminas",
        "recepción",
    ),
    "en": (
        "HR manager",
        "office manager",
        "finance director",
        "payroll officer",
        "operations lead",
        "practice manager",
        "people partner",
    ),
    "de": ("Personalleitung", "Buchhaltung", "Geschäftsführung", "Office-Management"),
    "fr": ("responsable RH", "comptable", "gérant", "assistante de direction"),
    "it": ("responsabile del personale", "amministrazione", "dirigente", "segreteria"),
    "pt": ("recursos humanos", "contabilidade", "gerência", "secretariado"),
}
