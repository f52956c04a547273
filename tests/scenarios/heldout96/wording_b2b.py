# ruff: noqa: E501
"""Caldessa Pro (spa entries and seminar days for employers on account): companies and words.

Written for tests/scenarios/heldout96/ (report only, blind). Placeholders: {first},
{last}, {company}, {site}, {ref}, {agent}, {colleague}, {weekday}, {restate},
{competitor}, {core}.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

#: (kind, company, site kind, market, language, domain, contacts, complaining contacts, problem)
ACCOUNTS: list[tuple[str, str, str, str, str, str, int, int, str]] = [
    (
        "at_risk",
        "Cabinet Vasseur & Associés",
        "law_firm",
        "FR",
        "fr",
        "vasseur-avocats.example",
        5,
        3,
        "invoice",
    ),
    ("at_risk", "Logiciels Arbrelune", "software", "FR", "fr", "arbrelune.example", 4, 3, "portal"),
    (
        "at_risk",
        "Hospital da Boa Nova",
        "hospital",
        "PT",
        "pt",
        "hboanova.example",
        6,
        4,
        "entries_missing",
    ),
    (
        "at_risk",
        "Seguros Atlântida",
        "insurer",
        "PT",
        "pt",
        "atlantida-seguros.example",
        5,
        4,
        "overbilled",
    ),
    (
        "at_risk",
        "Spedition Kaltenbrunn GmbH",
        "logistics",
        "DE",
        "de",
        "kaltenbrunn-logistik.example",
        4,
        3,
        "invoice",
    ),
    (
        "one_unhappy",
        "Mota & Filhos Engenharia",
        "engineering",
        "PT",
        "pt",
        "motafilhos.example",
        3,
        1,
        "entries_missing",
    ),
    (
        "one_unhappy",
        "Imprimerie Delcourt",
        "printing",
        "BE",
        "fr",
        "delcourt-print.example",
        3,
        1,
        "overbilled",
    ),
    (
        "one_unhappy",
        "Hoteles Sierra Alta",
        "hotel",
        "ES",
        "es",
        "sierraalta-hoteles.example",
        3,
        1,
        "portal",
    ),
    (
        "one_unhappy",
        "Studio Tecnico Ferrando",
        "engineering",
        "IT",
        "it",
        "studioferrando.example",
        3,
        1,
        "invoice",
    ),
    ("mild", "Groupe Hôtelier Belmare", "hotel", "FR", "fr", "belmare-hotels.example", 4, 0, ""),
    ("mild", "Harrowfield Consulting", "consultancy", "UK", "en", "harrowfield.example", 3, 0, ""),
    ("mild", "Stadtwerke Lindenau", "municipality", "DE", "de", "sw-lindenau.example", 4, 0, ""),
    ("happy", "Papeterie Roux", "retail", "FR", "fr", "papeterie-roux.example", 4, 0, ""),
    ("happy", "Universidade Lusa do Norte", "university", "PT", "pt", "ulnorte.example", 4, 0, ""),
    (
        "happy",
        "Horlogerie Vaucher SA",
        "watchmaking",
        "CH",
        "fr",
        "vaucher-horlogerie.example",
        4,
        0,
        "",
    ),
]

JOB_TITLES = [
    "HR manager",
    "Office manager",
    "Accounts payable",
    "Wellbeing lead",
    "Team assistant",
    "Facilities coordinator",
    "Finance controller",
    "People partner",
    "Operations manager",
    "Head nurse",
]

#: Pro purchases: (label, price in euros, page).
PRO_PRODUCTS: list[tuple[str, int, str]] = [
    ("Pack 20 entrées salariés / Employee entries pack 20", 620, "/pro/packs"),
    ("Journée séminaire 12 pers. / Seminar day for 12", 1140, "/pro/seminars"),
    ("Pack 50 entrées salariés / Employee entries pack 50", 1450, "/pro/packs"),
]
PRO_PAGES = ["/pro/portal", "/pro/portal/employees", "/pro/invoices", "/pro/seminars", "/pro/packs"]

PRO_CHAT: Pairs = {
    "fr": [
        (
            "Bonjour, nos salariés peuvent-ils venir avec un invité au tarif entreprise ?",
            "Bonjour, oui, un invité par visite au tarif entreprise. {agent}, Caldessa Pro",
        ),
        (
            "Les entrées non utilisées du pack se reportent-elles sur le mois suivant ?",
            "Bonjour, oui, pendant 3 mois. {agent}, Caldessa Pro",
        ),
        (
            "Peut-on réserver la salle de séminaire avec déjeuner pour 12 le 3 décembre ?",
            "Bonjour, c'est noté pour le 3 décembre, je vous envoie le devis. {agent}, Caldessa Pro",
        ),
    ],
    "pt": [
        (
            "Bom dia, os colaboradores podem levar um convidado ao preço empresa?",
            "Bom dia, sim, um convidado por visita ao preço empresa. {agent}, Caldessa Pro",
        ),
        (
            "As entradas do pack que não usamos passam para o mês seguinte?",
            "Olá, sim, durante 3 meses. {agent}, Caldessa Pro",
        ),
        (
            "Dá para reservar a sala de seminário com almoço para 12 pessoas no dia 3 de dezembro?",
            "Olá, fica registado para 3 de dezembro, envio já o orçamento. {agent}, Caldessa Pro",
        ),
    ],
    "en": [
        (
            "Hi, can staff bring a guest at the corporate rate?",
            "Hi, yes, one guest per visit at the corporate rate. {agent}, Caldessa Pro",
        )
    ],
    "es": [
        (
            "Hola, ¿los empleados pueden llevar un invitado con la tarifa de empresa?",
            "Hola, sí, un invitado por visita. {agent}, Caldessa Pro",
        )
    ],
    "de": [
        (
            "Hallo, können Mitarbeitende einen Gast zum Firmentarif mitbringen?",
            "Hallo, ja, einen Gast pro Besuch. {agent}, Caldessa Pro",
        )
    ],
    "it": [
        (
            "Buongiorno, i dipendenti possono portare un ospite alla tariffa aziendale?",
            "Buongiorno, sì, un ospite per visita. {agent}, Caldessa Pro",
        )
    ],
}

PRO_PRAISE: Table = {
    "fr": [
        "Journée d'équipe à {site} vendredi : tout le monde est revenu détendu. Merci Caldessa Pro pour l'organisation",
        "Les entrées spa offertes aux salariés, c'est l'avantage le plus utilisé chez nous. Super partenariat avec Caldessa",
    ],
    "pt": [
        "Dia de equipa no {site} na sexta: voltaram todos relaxados. Obrigado Caldessa Pro pela organização",
        "As entradas no spa para os colaboradores são a vantagem mais usada cá na empresa. Ótima parceria com a Caldessa",
    ],
    "en": ["Team day at {site} on Friday, everyone came back human again. Thanks Caldessa Pro"],
    "es": [
        "Jornada de equipo en {site} el viernes, todos volvieron relajados. Gracias Caldessa Pro"
    ],
    "de": ["Teamtag in {site} am Freitag, alle kamen entspannt zurück. Danke Caldessa Pro"],
    "it": ["Giornata di team a {site} venerdì, tutti tornati rilassati. Grazie Caldessa Pro"],
}

#: problem -> language -> the first complaint (subject, core).
PRO_CORE: dict[str, Pairs] = {
    "invoice": {
        "fr": [
            (
                "Réclamation : facture d'octobre inutilisable",
                "La facture d'octobre est arrivée sans notre numéro de bon de commande et avec notre ancienne raison sociale. Notre comptabilité l'a rejetée et le paiement est bloqué. Merci de la rééditer avec le bon de commande et la raison sociale actuelle.",
            )
        ],
        "pt": [
            (
                "Reclamação: fatura de outubro inutilizável",
                "A fatura de outubro chegou sem o número de nota de encomenda e com a nossa antiga designação social. A contabilidade rejeitou-a e o pagamento está bloqueado. Por favor reemitam com a nota de encomenda e a designação atual.",
            )
        ],
        "en": [
            (
                "Complaint: October invoice unusable",
                "The October invoice came without our PO number and with our old company name. Accounts rejected it and payment is on hold. Please reissue it with the PO and the current name.",
            )
        ],
        "es": [
            (
                "Reclamación: factura de octubre inservible",
                "La factura de octubre llegó sin nuestro número de pedido y con la razón social antigua. Contabilidad la ha rechazado y el pago está parado. Por favor, reemitidla con el pedido y la razón social actual.",
            )
        ],
        "de": [
            (
                "Beschwerde: Oktoberrechnung unbrauchbar",
                "Die Oktoberrechnung kam ohne unsere Bestellnummer und mit unserem alten Firmennamen. Die Buchhaltung hat sie abgelehnt, die Zahlung ist gesperrt. Bitte mit Bestellnummer und aktuellem Namen neu ausstellen.",
            )
        ],
        "it": [
            (
                "Reclamo: fattura di ottobre inutilizzabile",
                "La fattura di ottobre è arrivata senza il nostro numero d'ordine e con la vecchia ragione sociale. L'amministrazione l'ha respinta e il pagamento è bloccato. Vi prego di riemetterla con l'ordine e la ragione sociale attuale.",
            )
        ],
    },
    "entries_missing": {
        "fr": [
            (
                "Réclamation : entrées salariés non créditées",
                "Le pack de novembre est payé mais les entrées n'ont pas été créditées sur les comptes des salariés : l'appli leur affiche 0 entrée et l'accueil leur fait payer le plein tarif.",
            )
        ],
        "pt": [
            (
                "Reclamação: entradas dos colaboradores não creditadas",
                "O pack deste mês está pago mas as entradas não foram creditadas nas contas dos colaboradores: a app mostra 0 entradas e na receção cobram-lhes o preço normal. Temos enfermeiros a sair de turnos de 12 horas e a pagar do bolso.",
            )
        ],
        "en": [
            (
                "Complaint: staff entries not credited",
                "This month's pack is paid but the entries never reached staff accounts: the app shows 0 entries and reception charges them full price.",
            )
        ],
        "es": [
            (
                "Reclamación: entradas de empleados sin cargar",
                "El pack de este mes está pagado pero las entradas no aparecen en las cuentas de los empleados: la app muestra 0 y en recepción les cobran tarifa completa.",
            )
        ],
        "de": [
            (
                "Beschwerde: Mitarbeitereintritte nicht gutgeschrieben",
                "Das Paket für diesen Monat ist bezahlt, aber die Eintritte sind nicht auf den Konten der Mitarbeitenden: Die App zeigt 0 und an der Rezeption zahlen sie den vollen Preis.",
            )
        ],
        "it": [
            (
                "Reclamo: ingressi dei dipendenti non accreditati",
                "Il pacchetto del mese è pagato ma gli ingressi non risultano sugli account dei dipendenti: l'app mostra 0 e alla reception pagano la tariffa piena.",
            )
        ],
    },
    "portal": {
        "fr": [
            (
                "Réclamation : portail Pro bloqué",
                "Depuis la semaine dernière le portail Caldessa Pro ne nous laisse ni ajouter les nouveaux arrivants ni retirer les départs. Les nouveaux n'ont pas accès au spa et on continue de payer pour des gens partis.",
            )
        ],
        "pt": [
            (
                "Reclamação: portal Pro bloqueado",
                "Desde a semana passada o portal Caldessa Pro não deixa adicionar quem entrou nem retirar quem saiu. Os novos não têm acesso e continuamos a pagar por quem já saiu.",
            )
        ],
        "en": [
            (
                "Complaint: Pro portal won't update staff",
                "Since last week the Caldessa Pro portal won't let us add new starters or remove leavers. New people have no access and we keep paying for people who have left.",
            )
        ],
        "es": [
            (
                "Reclamación: portal Pro bloqueado",
                "Desde la semana pasada el portal Caldessa Pro no nos deja dar de alta a los nuevos ni de baja a los que se han ido. Los nuevos no tienen acceso y seguimos pagando por los que ya no están.",
            )
        ],
        "de": [
            (
                "Beschwerde: Pro-Portal gesperrt",
                "Seit letzter Woche lässt uns das Caldessa-Pro-Portal weder Neue anlegen noch Ausgeschiedene entfernen. Die Neuen haben keinen Zugang, für die Weggegangenen zahlen wir weiter.",
            )
        ],
        "it": [
            (
                "Reclamo: portale Pro bloccato",
                "Dalla settimana scorsa il portale Caldessa Pro non ci lascia aggiungere i nuovi assunti né togliere chi è uscito. I nuovi non hanno accesso e paghiamo ancora per chi se n'è andato.",
            )
        ],
    },
    "overbilled": {
        "fr": [
            (
                "Réclamation : tarif entreprise non appliqué",
                "Sur la dernière facture, toutes les entrées de nos salariés sont au prix public au lieu du tarif entreprise prévu au contrat, soit plus de 900 € d'écart.",
            )
        ],
        "pt": [
            (
                "Reclamação: preço empresa não aplicado",
                "Na última fatura todas as entradas dos colaboradores vêm ao preço público em vez do preço empresa do contrato, mais de 900 € de diferença.",
            )
        ],
        "en": [
            (
                "Complaint: corporate rate not applied",
                "On the last invoice every staff entry is at the public price instead of our contract rate, over €900 difference.",
            )
        ],
        "es": [
            (
                "Reclamación: tarifa de empresa no aplicada",
                "En la última factura todas las entradas de los empleados van a precio público y no a la tarifa del contrato, más de 900 € de diferencia.",
            )
        ],
        "de": [
            (
                "Beschwerde: Firmentarif nicht berechnet",
                "Auf der letzten Rechnung sind alle Eintritte zum Normalpreis statt zum vertraglichen Firmentarif, über 900 € Unterschied.",
            )
        ],
        "it": [
            (
                "Reclamo: tariffa aziendale non applicata",
                "Nell'ultima fattura tutti gli ingressi dei dipendenti sono a prezzo pieno invece della tariffa del contratto, oltre 900 € di differenza.",
            )
        ],
    },
}

#: problem -> language -> a short restatement for later contacts.
PRO_RESTATE: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "facture sans bon de commande et avec l'ancienne raison sociale, paiement bloqué",
        "pt": "fatura sem nota de encomenda e com a designação antiga, pagamento bloqueado",
        "en": "invoice without PO number and with the old company name, payment on hold",
        "es": "factura sin número de pedido y con la razón social antigua",
        "de": "Rechnung ohne Bestellnummer und mit altem Firmennamen, Zahlung gesperrt",
        "it": "fattura senza numero d'ordine e con la vecchia ragione sociale",
    },
    "entries_missing": {
        "fr": "entrées du pack payé pas créditées, les salariés paient plein tarif",
        "pt": "entradas do pack pago não creditadas, os colaboradores pagam o preço normal",
        "en": "paid entries never credited, staff paying full price",
        "es": "entradas pagadas sin cargar, los empleados pagan tarifa completa",
        "de": "bezahlte Eintritte nicht gutgeschrieben, Mitarbeitende zahlen voll",
        "it": "ingressi pagati non accreditati, i dipendenti pagano pieno",
    },
    "portal": {
        "fr": "impossible d'ajouter ou de retirer des salariés sur le portail",
        "pt": "impossível adicionar ou retirar colaboradores no portal",
        "en": "can't add or remove staff in the portal",
        "es": "no se puede dar de alta ni de baja a nadie en el portal",
        "de": "im Portal kann niemand angelegt oder entfernt werden",
        "it": "impossibile aggiungere o togliere dipendenti dal portale",
    },
    "overbilled": {
        "fr": "prix public facturé au lieu du tarif entreprise",
        "pt": "preço público faturado em vez do preço empresa",
        "en": "public price billed instead of the corporate rate",
        "es": "precio público en vez de tarifa de empresa",
        "de": "Normalpreis statt Firmentarif berechnet",
        "it": "prezzo pieno invece della tariffa aziendale",
    },
}

PRO_FRAME: Table = {
    "fr": ["Bonjour,\n\n{core}\n\nCordialement,\n{first} {last}\n{job}, {company}"],
    "pt": ["Bom dia,\n\n{core}\n\nCumprimentos,\n{first} {last}\n{job}, {company}"],
    "en": ["Hello,\n\n{core}\n\nKind regards,\n{first} {last}\n{job}, {company}"],
    "es": ["Buenos días,\n\n{core}\n\nUn saludo,\n{first} {last}\n{job}, {company}"],
    "de": ["Guten Tag,\n\n{core}\n\nMit freundlichen Grüßen\n{first} {last}\n{job}, {company}"],
    "it": ["Buongiorno,\n\n{core}\n\nCordiali saluti,\n{first} {last}\n{job}, {company}"],
}

#: A later complainer of the same account (names the first one, the weekday and the case).
PRO_LATER: Table = {
    "fr": [
        "Bonjour,\n\n{colleague}, de notre équipe, vous a écrit {weekday} (dossier {ref}) et rien n'a bougé : {restate}. Je vous le confirme de mon côté, c'est pareil dans mon service.\n\n{first} {last}\n{job}, {company}",
        "Bonjour,\n\nJe me joins à {colleague} (dossier {ref}, message de {weekday}) : {restate}. Merci de traiter ça en priorité.\n\n{first} {last}, {company}",
    ],
    "pt": [
        "Bom dia,\n\n{colleague}, da minha equipa, escreveu-vos na {weekday} (processo {ref}) e nada mudou: {restate}. Confirmo da minha parte, no meu serviço é igual.\n\n{first} {last}\n{job}, {company}",
        "Olá,\n\nJunto-me à mensagem de {colleague} (processo {ref}, {weekday}): {restate}. Agradeço que tratem disto com prioridade.\n\n{first} {last}, {company}",
    ],
    "en": [
        "Hello,\n\nMy colleague {colleague} wrote on {weekday} (case {ref}) and nothing has changed: {restate}. Same in my team.\n\n{first} {last}, {company}"
    ],
    "es": [
        "Hola,\n\n{colleague}, de mi equipo, os escribió el {weekday} (incidencia {ref}) y nada ha cambiado: {restate}. En mi departamento igual.\n\n{first} {last}, {company}"
    ],
    "de": [
        "Guten Tag,\n\n{colleague} aus unserem Team hat am {weekday} geschrieben (Vorgang {ref}) und nichts hat sich getan: {restate}. Bei uns im Team genauso.\n\n{first} {last}\n{job}, {company}"
    ],
    "it": [
        "Buongiorno,\n\n{colleague} del mio team vi ha scritto {weekday} (pratica {ref}) e non è cambiato niente: {restate}. Nel mio reparto è uguale.\n\n{first} {last}, {company}"
    ],
}

#: The last complainer's follow-up e-mail (competitor) and call (the boss).
PRO_LAST_EMAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Dossier {ref} - toujours rien",
        "Bonjour,\n\nDossier {ref} : toujours rien de réglé ({restate}), et plusieurs d'entre nous vous ont écrit. Les achats ont déjà demandé ses tarifs à {competitor}.\n\n{first} {last}, {company}",
    ),
    "pt": (
        "RE: Processo {ref} - continua tudo igual",
        "Bom dia,\n\nProcesso {ref}: nada resolvido ({restate}) e já vários de nós vos escrevemos. As compras já pediram preços à {competitor}.\n\n{first} {last}, {company}",
    ),
    "en": (
        "Re: Case {ref} - still nothing",
        "Hello,\n\nCase {ref}: still nothing fixed ({restate}) and several of us have written. Procurement has already asked {competitor} for their rates.\n\n{first} {last}, {company}",
    ),
    "es": (
        "RE: Incidencia {ref} - sigue igual",
        "Hola,\n\nIncidencia {ref}: nada resuelto ({restate}) y ya os hemos escrito varios. Compras ya ha pedido tarifas a {competitor}.\n\n{first} {last}, {company}",
    ),
    "de": (
        "AW: Vorgang {ref} - immer noch nichts",
        "Guten Tag,\n\nVorgang {ref}: nichts ist gelöst ({restate}), mehrere von uns haben geschrieben. Der Einkauf hat schon Preise bei {competitor} angefragt.\n\n{first} {last}, {company}",
    ),
    "it": (
        "R: Pratica {ref} - ancora niente",
        "Buongiorno,\n\npratica {ref}: niente risolto ({restate}) e vi abbiamo scritto in diversi. L'ufficio acquisti ha già chiesto le tariffe a {competitor}.\n\n{first} {last}, {company}",
    ),
}
PRO_LAST_CALL: Table = {
    "fr": [
        "oui bonjour {first} {last} de {company} je vous appelle pour le dossier {ref} rien n'est réglé {restate} plusieurs collègues vous ont écrit et mon directeur dit qu'on change de prestataire si c'est pas réglé cette semaine"
    ],
    "pt": [
        "sim bom dia fala {first} {last} ligo da parte de {company} por causa do processo {ref} nada está resolvido {restate} vários colegas já escreveram e o meu diretor diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "en": [
        "hi it's {first} {last} from {company} calling about case {ref} nothing's fixed {restate} several colleagues have written and my boss says we move the account if it isn't sorted this week"
    ],
    "es": [
        "hola soy {first} {last} de {company} llamo por la incidencia {ref} no se ha arreglado nada {restate} han escrito varios compañeros y mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
    "de": [
        "ja guten Tag {first} {last} von {company} es geht um den Vorgang {ref} nichts ist gelöst {restate} mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "it": [
        "sì buongiorno sono {first} {last} di {company} chiamo per la pratica {ref} non è risolto niente {restate} hanno scritto diversi colleghi e il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
}

PRO_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Caldessa Pro - dossier {ref}",
        "Bonjour {first},\n\nMerci pour votre message. Nous avons ouvert le dossier {ref} et notre équipe Pro revient vers vous rapidement.\n\n{agent}, Caldessa Pro",
    ),
    "pt": (
        "Caldessa Pro - processo {ref}",
        "Olá {first},\n\nObrigado pela sua mensagem. Abrimos o processo {ref} e a equipa Pro responde com brevidade.\n\n{agent}, Caldessa Pro",
    ),
    "en": (
        "Caldessa Pro - case {ref}",
        "Hi {first},\n\nThanks for your message. We've opened case {ref} and the Pro team will be back to you shortly.\n\n{agent}, Caldessa Pro",
    ),
    "es": (
        "Caldessa Pro - incidencia {ref}",
        "Hola {first},\n\nGracias por su mensaje. Hemos abierto la incidencia {ref} y el equipo Pro le responde en breve.\n\n{agent}, Caldessa Pro",
    ),
    "de": (
        "Caldessa Pro - Vorgang {ref}",
        "Hallo {first},\n\ndanke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt, das Pro-Team meldet sich zeitnah.\n\n{agent}, Caldessa Pro",
    ),
    "it": (
        "Caldessa Pro - pratica {ref}",
        "Buongiorno {first},\n\ngrazie del messaggio. Abbiamo aperto la pratica {ref} e il team Pro la ricontatta a breve.\n\n{agent}, Caldessa Pro",
    ),
}

#: Mild suggestions in a web form, and the acknowledgement.
PRO_MILD: Table = {
    "fr": [
        "Suggestion : ce serait pratique que le relevé mensuel indique les entrées par service, pour notre refacturation interne.",
        "Petite idée : pourriez-vous indiquer sur la facture dans quel spa chaque entrée a été utilisée ?",
    ],
    "pt": [
        "Sugestão: dava jeito que o resumo mensal mostrasse as entradas por departamento.",
        "Uma ideia: podiam indicar na fatura em que spa foi usada cada entrada?",
    ],
    "en": [
        "Suggestion: it would help if the monthly statement showed entries by department, for our internal recharging.",
        "Small idea: could the invoice show which spa each entry was used at?",
    ],
    "es": ["Sugerencia: sería útil que el resumen mensual mostrara las entradas por departamento."],
    "de": [
        "Anregung: Es wäre praktisch, wenn die Monatsübersicht die Eintritte nach Abteilung zeigen würde, für unsere interne Verrechnung.",
        "Kleine Idee: Könnte auf der Rechnung stehen, in welchem Spa jeder Eintritt genutzt wurde?",
    ],
    "it": [
        "Suggerimento: sarebbe utile che il riepilogo mensile mostrasse gli ingressi per reparto."
    ],
}
PRO_MILD_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\n\nMerci pour cette suggestion, nous l'avons transmise à l'équipe produit Pro.\n\n{agent}, Caldessa Pro",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first},\n\nObrigado pela sugestão, já a passámos à equipa de produto Pro.\n\n{agent}, Caldessa Pro",
    ),
    "en": (
        "Your suggestion",
        "Hi {first},\n\nThanks for the suggestion, we've passed it on to the Pro product team.\n\n{agent}, Caldessa Pro",
    ),
    "es": (
        "Su sugerencia",
        "Hola {first},\n\nGracias por la sugerencia, la hemos pasado al equipo de producto Pro.\n\n{agent}, Caldessa Pro",
    ),
    "de": (
        "Ihre Anregung",
        "Hallo {first},\n\ndanke für die Anregung, wir haben sie an das Pro-Produktteam weitergegeben.\n\n{agent}, Caldessa Pro",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first},\n\ngrazie del suggerimento, l'abbiamo girato al team prodotto Pro.\n\n{agent}, Caldessa Pro",
    ),
}
