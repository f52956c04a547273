# ruff: noqa: E501
"""Business-arm wording for heldout67 (Fiscalto Negócios: bookkeeping, VAT and payroll on account)."""

from __future__ import annotations

ARM = "Fiscalto Negócios"
PRODUCTS: list[tuple[str, int, str]] = [
    (
        "Payroll, up to 10 employees, monthly / Processamento salarial até 10",
        180,
        "/business/payroll",
    ),
    ("Quarterly VAT return / Declaração periódica de IVA", 95, "/business/vat"),
    ("Annual accounts / Contas anuais", 640, "/business/annual-accounts"),
    ("New starter set-up / Admissão de colaborador", 25, "/business/payroll/new-starter"),
    ("Year-end bonus run / Processamento de prémios", 60, "/business/payroll/bonus"),
]
PAGES = [
    "/portal/documents",
    "/portal/payroll",
    "/portal/vat-calendar",
    "/portal/invoices",
    "/portal/approvals",
]
JOB_TITLES = [
    "Office manager",
    "Owner",
    "Finance assistant",
    "Operations manager",
    "Co-founder",
    "HR lead",
    "Practice manager",
    "Bookkeeper",
]
# (company, kind of firm)
COMPANIES: dict[str, list[tuple[str, str]]] = {
    "PT": [
        ("Padaria Flor de Sal, Lda", "bakery"),
        ("Oficina Auto Mourão", "garage"),
        ("Clínica Dentária Areal", "clinic"),
        ("Quinta do Vale Serra", "winery"),
        ("Construções Baptista & Filhos", "builders"),
    ],
    "UK": [
        ("Harbour Lane Physio Ltd", "clinic"),
        ("Redbrick Joinery Ltd", "joinery"),
        ("Little Acorns Nursery", "nursery"),
    ],
    "IE": [("Shannon Side Catering", "catering"), ("Kilbride Plumbing & Heating", "plumbing")],
    "ES": [("Talleres Ribera SL", "garage"), ("Academia Nexo", "school")],
    "DE": [("Bäckerei Sommer GmbH", "bakery")],
    "FR": [("Atelier Vernet SARL", "joinery")],
    "IT": [("Trattoria Da Nello srl", "restaurant")],
}
B_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi, new starter on Monday, do you need her P45 before or after payroll?",
            "Hi! Before the 15th if you can, add it under Payroll > New starter and we do the rest.",
            "great thanks",
        ),
        (
            "can we move the VAT direct debit to the 28th?",
            "Yes, done: from next quarter it goes out on the 28th.",
            "cheers",
        ),
    ],
    "pt": [
        (
            "bom dia, temos uma colaboradora nova dia 1, o que precisam?",
            "Bom dia! Cartão de cidadão, NIF, NISS e IBAN, carregados em Processamento > Admissão.",
            "ok obrigado",
        ),
        (
            "podem mandar-me a última declaração de IVA em pdf?",
            "Claro, já está em Documentos > IVA no portal.",
            "obrigada!",
        ),
    ],
    "es": [
        (
            "hola, el nuevo empieza el lunes, qué necesitáis?",
            "¡Hola! DNI, número de la Seguridad Social e IBAN, en Nóminas > Alta.",
            "gracias",
        )
    ],
    "de": [
        (
            "Hallo, neue Mitarbeiterin ab dem 1., was braucht ihr?",
            "Hallo! Steuer-ID, Sozialversicherungsnummer und IBAN, unter Lohn > Neueinstellung.",
            "danke",
        )
    ],
    "fr": [
        (
            "bonjour, un nouvel apprenti lundi, il vous faut quoi ?",
            "Bonjour ! Pièce d'identité, numéro de sécu et RIB, dans Paie > Embauche.",
            "merci",
        )
    ],
    "it": [
        (
            "buongiorno, nuovo cameriere da lunedì, cosa serve?",
            "Buongiorno! Codice fiscale, documento e IBAN, in Paghe > Assunzione.",
            "grazie",
        )
    ],
}
B_PRAISE: dict[str, list[str]] = {
    "en": [
        "Third year with Fiscalto Negócios doing our payroll and not one wrong payslip. Frees me up for actual patients",
        "VAT filed a week early again, accountant-level service without the accountant prices",
    ],
    "pt": [
        "Mais um trimestre de IVA entregue sem stress. A equipa da Fiscalto Negócios é uma ajuda enorme para uma padaria pequena como a nossa",
        "Salários processados a tempo outra vez, zero erros. Recomendo a qualquer pequena empresa",
    ],
    "es": ["Nóminas sin un solo error otro mes más. Muy recomendable"],
    "de": ["Lohnabrechnung wieder pünktlich und fehlerfrei. Sehr empfehlenswert"],
    "fr": ["Paie sans erreur encore ce mois-ci, je recommande"],
    "it": ["Buste paga puntuali e senza errori anche questo mese, consigliato"],
}
# account problems: invoice (wrong legal entity, no PO), payroll (wrong tax code on payslips),
# portal (no documents shown, nothing can be approved), overbilled (per-employee rate above contract)
B_TOPIC = {
    "en": {
        "invoice": "invoices to the wrong company and no PO",
        "payroll": "payslips with the wrong tax code",
        "portal": "portal shows no documents, nothing to approve",
        "overbilled": "billed above our contract rate",
    },
    "pt": {
        "invoice": "faturas em nome errado e sem nota de encomenda",
        "payroll": "recibos de vencimento com retenção errada",
        "portal": "portal sem documentos, nada para aprovar",
        "overbilled": "faturado acima do valor do contrato",
    },
    "es": {
        "invoice": "facturas a nombre equivocado",
        "payroll": "nóminas con retención errónea",
        "portal": "portal sin documentos",
        "overbilled": "cobrado por encima del contrato",
    },
    "de": {
        "invoice": "Rechnungen an falsche Firma",
        "payroll": "Lohnabrechnungen mit falscher Steuerklasse",
        "portal": "Portal zeigt keine Dokumente",
        "overbilled": "über Vertragspreis abgerechnet",
    },
    "fr": {
        "invoice": "factures au mauvais nom",
        "payroll": "fiches de paie avec mauvais taux",
        "portal": "portail sans documents",
        "overbilled": "facturé au-dessus du contrat",
    },
    "it": {
        "invoice": "fatture intestate male",
        "payroll": "buste paga con aliquota sbagliata",
        "portal": "portale senza documenti",
        "overbilled": "fatturato sopra il contratto",
    },
}
B_COMPLAINT: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Hello, your last three invoices are made out to our old trading name and have no PO number on them, so our finance system rejects them and I can't pay you. I need them reissued to {company} with our PO. Regards, {first}, {title}",
        "payroll": "Hi, four of our staff have come to me this morning because their payslips have the emergency tax code on them and they've lost over £200 each. These are people who've been with us for years. Please fix this before the next run. {first}, {title}",
        "portal": "Hi, the portal has shown no documents at all since last week, so I can't approve this month's payroll or the VAT return. The deadline is Friday. Please sort this urgently. {first}, {title}",
        "overbilled": "Hello, we're on a contract rate per employee and this month's invoice charges us the standard rate for all 9 staff, over £400 more than we agreed. Please correct it. {first}, {title}",
    },
    "pt": {
        "invoice": "Bom dia, as últimas três faturas vêm em nome da antiga firma e sem número de nota de encomenda, o nosso sistema rejeita-as e não consigo pagar. Preciso que as reemitam em nome de {company} com a nota de encomenda. Cumprimentos, {first}, {title}",
        "payroll": "Bom dia, quatro colaboradores vieram ter comigo porque os recibos deste mês têm a taxa de retenção errada e perderam mais de 150 € cada um. São pessoas que estão connosco há anos. Corrijam antes do próximo processamento por favor. {first}, {title}",
        "portal": "Olá, o portal não mostra documento nenhum desde a semana passada e não consigo aprovar os salários nem a declaração de IVA. O prazo é sexta. Resolvam com urgência por favor. {first}, {title}",
        "overbilled": "Bom dia, temos um valor contratado por colaborador e a fatura deste mês cobra o preço normal para os 9, mais de 400 € acima do combinado. Corrijam por favor. {first}, {title}",
    },
    "es": {
        "invoice": "Hola, las tres últimas facturas van a nombre de la antigua razón social y sin número de pedido, nuestro sistema las rechaza. Necesito que las emitáis a {company}. {first}, {title}",
        "payroll": "Hola, cuatro empleados tienen la retención mal en la nómina y han perdido más de 150 € cada uno. Corregidlo antes de la próxima. {first}, {title}",
        "portal": "Hola, el portal no muestra ningún documento desde la semana pasada y no puedo aprobar nóminas ni el IVA. {first}, {title}",
        "overbilled": "Hola, la factura de este mes nos cobra tarifa estándar para los 9 empleados, más de 400 € por encima del contrato. {first}, {title}",
    },
    "de": {
        "invoice": "Guten Tag, die letzten drei Rechnungen lauten auf den alten Firmennamen und haben keine Bestellnummer, unsere Buchhaltung lehnt sie ab. Bitte neu an {company} ausstellen. {first}, {title}",
        "payroll": "Guten Tag, bei vier Mitarbeitern steht die falsche Steuerklasse auf der Abrechnung, jeder hat über 150 € zu wenig. Bitte vor dem nächsten Lauf korrigieren. {first}, {title}",
        "portal": "Hallo, das Portal zeigt seit letzter Woche keine Dokumente, ich kann weder Lohn noch Umsatzsteuer freigeben. {first}, {title}",
        "overbilled": "Guten Tag, die Rechnung berechnet den Standardpreis für alle 9 Mitarbeiter, über 400 € mehr als vereinbart. {first}, {title}",
    },
    "fr": {
        "invoice": "Bonjour, les trois dernières factures sont à l'ancien nom et sans numéro de commande, notre compta les rejette. Merci de les refaire au nom de {company}. {first}, {title}",
        "payroll": "Bonjour, quatre salariés ont un mauvais taux sur leur fiche de paie, plus de 150 € de moins chacun. {first}, {title}",
        "portal": "Bonjour, le portail n'affiche plus aucun document depuis la semaine dernière, impossible de valider la paie. {first}, {title}",
        "overbilled": "Bonjour, la facture applique le tarif standard aux 9 salariés, plus de 400 € au-dessus du contrat. {first}, {title}",
    },
    "it": {
        "invoice": "Buongiorno, le ultime tre fatture sono intestate alla vecchia ragione sociale e senza numero d'ordine, la nostra contabilità le rifiuta. Riemettetele a {company}. {first}, {title}",
        "payroll": "Buongiorno, quattro dipendenti hanno l'aliquota sbagliata in busta paga, oltre 150 € in meno ciascuno. {first}, {title}",
        "portal": "Buongiorno, il portale non mostra documenti dalla settimana scorsa, non posso approvare le paghe. {first}, {title}",
        "overbilled": "Buongiorno, la fattura applica la tariffa standard a tutti i 9 dipendenti, oltre 400 € sopra il contratto. {first}, {title}",
    },
}
# a later complainer of the same account names the first, the day and the case
B_LATER: dict[str, str] = {
    "en": "Hi, following up on what {prev} sent {when} (case {case}). It's still the same here: {topic}. {first}, {title}",
    "pt": "Olá, no seguimento do que a/o {prev} enviou {when} (processo {case}). Continua igual: {topic}. {first}, {title}",
    "es": "Hola, sigo lo que envió {prev} {when} (incidencia {case}). Sigue igual: {topic}. {first}, {title}",
    "de": "Hallo, zu dem was {prev} {when} geschrieben hat (Vorgang {case}): immer noch {topic}. {first}, {title}",
    "fr": "Bonjour, suite au message de {prev} {when} (dossier {case}) : toujours {topic}. {first}, {title}",
    "it": "Buongiorno, in seguito a quanto scritto da {prev} {when} (pratica {case}): ancora {topic}. {first}, {title}",
}
THIS_MORNING = {
    "en": "this morning",
    "pt": "esta manhã",
    "es": "esta mañana",
    "de": "heute Morgen",
    "fr": "ce matin",
    "it": "stamattina",
}
EARLIER_TODAY = {
    "en": "earlier today",
    "pt": "hoje mais cedo",
    "es": "hoy a primera hora",
    "de": "vorhin",
    "fr": "tout à l'heure",
    "it": "prima oggi",
}
WEEKDAY = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
}
B_ACK: dict[str, str] = {
    "en": "Hi {first}, thank you, I've opened case {case} for {company} and our team lead is on it. {agent}, Fiscalto Negócios",
    "pt": "Olá {first}, obrigado, abrimos o processo {case} para a {company} e a coordenadora da equipa está a tratar. {agent}, Fiscalto Negócios",
    "es": "Hola {first}, gracias, hemos abierto la incidencia {case} para {company}. {agent}, Fiscalto Negócios",
    "de": "Hallo {first}, danke, wir haben Vorgang {case} für {company} angelegt. {agent}, Fiscalto Negócios",
    "fr": "Bonjour {first}, merci, nous avons ouvert le dossier {case} pour {company}. {agent}, Fiscalto Negócios",
    "it": "Buongiorno {first}, grazie, abbiamo aperto la pratica {case} per {company}. {agent}, Fiscalto Negócios",
}
B_LAST_EMAIL: dict[str, str] = {
    "en": "Case {case}. Nothing has changed and at least three of us have written now. Our finance director has already asked {rival} for a quote. {first}, {title}",
    "pt": "Processo {case}. Nada mudou e já escrevemos pelo menos três. A nossa diretora financeira já pediu orçamento à {rival}. {first}, {title}",
    "es": "Incidencia {case}. Nada ha cambiado y ya hemos escrito tres. Nuestra directora financiera ya ha pedido presupuesto a {rival}. {first}, {title}",
    "de": "Vorgang {case}. Nichts hat sich geändert, wir haben zu dritt geschrieben. Unsere Finanzchefin hat schon bei {rival} ein Angebot angefragt. {first}, {title}",
    "fr": "Dossier {case}. Rien n'a changé et nous sommes trois à avoir écrit. Notre directrice financière a déjà demandé un devis à {rival}. {first}, {title}",
    "it": "Pratica {case}. Non è cambiato niente e abbiamo scritto in tre. La nostra direttrice finanziaria ha già chiesto un preventivo a {rival}. {first}, {title}",
}
B_LAST_CALL: dict[str, str] = {
    "en": "hi it's {first} from {company} about case {case} it's still not fixed and loads of us have been on to you my boss says if it's not sorted this week we're moving the account",
    "pt": "bom dia fala {first} da {company} é sobre o processo {case} continua por resolver e já vários colegas vos escreveram o meu patrão diz que se não ficar resolvido esta semana mudamos de empresa",
    "es": "hola soy {first} de {company} por la incidencia {case} sigue sin arreglar y ya os han escrito varios mi jefe dice que si no se arregla esta semana nos vamos",
    "de": "ja hallo {first} von {company} wegen Vorgang {case} ist immer noch nicht behoben mehrere von uns haben geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir",
    "fr": "oui bonjour {first} de {company} pour le dossier {case} toujours pas réglé plusieurs collègues vous ont écrit mon patron dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "buongiorno sono {first} di {company} per la pratica {case} non è ancora risolto vi hanno scritto in tanti il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
}
B_MILD: dict[str, list[str]] = {
    "en": [
        "Small suggestion: could the payroll summary export by cost centre? We split staff across two sites.",
        "Would be handy if the VAT calendar could go into our shared Outlook calendar.",
    ],
    "pt": [
        "Pequena sugestão: era possível exportar o resumo dos salários por centro de custo? Temos duas lojas.",
        "Dava jeito o calendário do IVA poder ir para o nosso calendário partilhado.",
    ],
    "es": [
        "Una sugerencia: ¿se podría exportar el resumen de nóminas por centro de coste?",
        "Estaría bien poder pasar el calendario de IVA a nuestro calendario compartido.",
    ],
    "de": [
        "Kleiner Vorschlag: Lohnübersicht nach Kostenstelle exportieren?",
        "Praktisch wäre der USt-Kalender in unserem gemeinsamen Kalender.",
    ],
    "fr": [
        "Petite suggestion : exporter le récap de paie par centre de coût ?",
        "Pratique si le calendrier TVA allait dans notre agenda partagé.",
    ],
    "it": [
        "Piccolo suggerimento: esportare il riepilogo paghe per centro di costo?",
        "Sarebbe comodo avere il calendario IVA nel nostro calendario condiviso.",
    ],
}
B_MILD_ACK: dict[str, str] = {
    "en": "Hi {first}, thanks for the idea, I've passed it to the product team. {agent}",
    "pt": "Olá {first}, obrigado pela ideia, passámos à equipa de produto. {agent}",
    "es": "Hola {first}, gracias por la idea, la pasamos al equipo de producto. {agent}",
    "de": "Hallo {first}, danke für die Idee, ist ans Produktteam weitergegeben. {agent}",
    "fr": "Bonjour {first}, merci pour l'idée, transmise à l'équipe produit. {agent}",
    "it": "Buongiorno {first}, grazie dell'idea, l'abbiamo girata al team prodotto. {agent}",
}
