# ruff: noqa: E501
"""Words of heldout104's business arm, Clavento Pro (locks for landlords, hotels, schools...).

Placeholders: {first} (the writer), {fname} (the account's first complainer), {art}
(a Portuguese article agreeing with that first name), {day},
{case}, {company}, {title}, {name}, {comp}, {agent}, {core}, {diff}.
"""

from __future__ import annotations

# (company, site, market, language, domain)
COMPANIES: list[tuple[str, str, str, str, str]] = [
    ("Brightwell Housing", "housing_association", "UK", "en", "brightwellhousing.example"),
    ("Condomínios Tejo Gestão", "property_management", "PT", "pt", "tejogestao.example"),
    ("Northgate Student Living", "student_housing", "UK", "en", "northgateliving.example"),
    ("Gestion Immo Garonne", "property_management", "FR", "fr", "immogaronne.example"),
    ("Imobiliária Ribeira", "letting_agency", "PT", "pt", "imoribeira.example"),
    ("Liffey Property Management", "property_management", "IE", "en", "liffeypm.example"),
    ("Hausverwaltung Lindenhof", "property_management", "DE", "de", "hv-lindenhof.example"),
    ("Harbour Lettings", "letting_agency", "UK", "en", "harbourlettings.example"),
    ("Fincas Albaicín", "property_management", "ES", "es", "fincasalbaicin.example"),
    ("Penmore Hotels", "hotel", "UK", "en", "penmorehotels.example"),
    ("Residências Estudante Minho", "student_housing", "PT", "pt", "resminho.example"),
    ("Condomini Navigli Gestioni", "property_management", "IT", "it", "naviglicondomini.example"),
    ("St Aldric's School", "school", "UK", "en", "staldrics.example"),
    ("Hotel Alfama Azul", "hotel", "PT", "pt", "alfamaazul.example"),
    ("Hôtel des Tilleuls", "hotel", "FR", "fr", "hoteldestilleuls.example"),
]
TITLES = [
    "Property Manager",
    "Facilities Coordinator",
    "Lettings Negotiator",
    "Accounts Payable Officer",
    "Operations Manager",
    "Maintenance Lead",
    "Housekeeping Manager",
    "Estates Officer",
    "Office Manager",
    "Block Manager",
    "Bursar",
    "Front Office Manager",
]

JOBS: list[tuple[str, int]] = [
    ("Tenant changeover lock change / Troca de fechadura entre inquilinos", 118),
    ("Master-key suite extension, 5 cylinders / Extensão chave mestra, 5 cilindros", 560),
    ("Registered key copies, 10 / Cópias registadas, 10", 115),
    ("Door closer service, 6 doors / Revisão de molas, 6 portas", 250),
    ("Panic bar fitting / Instalação de barra antipânico", 320),
]
PORTAL = [
    "/pro/portal/properties",
    "/pro/portal/key-register",
    "/pro/portal/invoices",
    "/pro/portal/jobs",
]

CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Can we add a new property to the master-key suite in the portal ourselves?",
            "Yes, under Properties > Add; the technician confirms the cylinder type on the first visit.",
        ),
        (
            "How quickly can you do a lock change between tenants if we book before noon?",
            "Same day in most cities, next morning at the latest.",
        ),
        (
            "Do you keep the key register for each building?",
            "Yes, every issued key is logged per building in the portal.",
        ),
    ],
    "pt": [
        (
            "Podemos acrescentar um imóvel novo ao sistema de chave mestra no portal?",
            "Sim, em Imóveis > Adicionar; o técnico confirma o cilindro na primeira visita.",
        ),
        (
            "Se marcarmos antes do meio-dia, a troca entre inquilinos é feita no mesmo dia?",
            "Na maioria das cidades sim, no máximo na manhã seguinte.",
        ),
    ],
    "fr": [
        (
            "Peut-on ajouter un immeuble à l'organigramme de clés dans le portail ?",
            "Oui, dans Immeubles > Ajouter.",
        )
    ],
    "es": [
        (
            "¿Podemos añadir un edificio nuevo al amaestramiento desde el portal?",
            "Sí, en Edificios > Añadir.",
        )
    ],
    "de": [
        (
            "Können wir ein neues Objekt selbst in die Schließanlage im Portal aufnehmen?",
            "Ja, unter Objekte > Hinzufügen.",
        )
    ],
    "it": [
        (
            "Possiamo aggiungere un immobile al sistema a chiave maestra dal portale?",
            "Sì, in Immobili > Aggiungi.",
        )
    ],
}
PRAISE: dict[str, list[str]] = {
    "en": [
        "Clavento Pro did 14 tenant changeovers for us this month without a single callback. Well done to the Leeds team.",
        "Quick shout for Clavento Pro: panic bars fitted across the whole building over half-term, no mess.",
    ],
    "pt": [
        "A Clavento Pro fez 12 trocas entre inquilinos este mês sem uma única queixa. Parabéns à equipa do Porto.",
        "Molas de porta revistas em todos os pisos num só dia. Clavento Pro recomenda-se.",
    ],
    "fr": [
        "Clavento Pro a changé 10 serrures entre locataires ce mois-ci sans un seul retour. Bravo."
    ],
    "es": ["Clavento Pro nos hizo 10 cambios entre inquilinos este mes sin una sola incidencia."],
    "de": ["Clavento Pro hat diesen Monat 10 Mieterwechsel ohne eine einzige Nacharbeit erledigt."],
    "it": ["Clavento Pro ha fatto 10 cambi serratura tra inquilini questo mese senza un intoppo."],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["reliable", "", "good team"],
    "pt": ["fiáveis", "", "boa equipa"],
    "fr": ["fiable", ""],
    "es": ["fiables", ""],
    "de": ["zuverlässig", ""],
    "it": ["affidabili", ""],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
TOPIC: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "invoices without property or PO",
        "service_blocked": "technician refused job, account shown on hold",
        "portal": "key register missing from portal",
        "overbilled": "night rate on daytime jobs",
    },
    "pt": {
        "invoice": "faturas sem imóvel nem n.º de encomenda",
        "service_blocked": "técnico recusou serviço, conta suspensa",
        "portal": "registo de chaves desapareceu do portal",
        "overbilled": "tarifa noturna em serviços de dia",
    },
    "fr": {
        "invoice": "factures sans immeuble ni bon de commande",
        "service_blocked": "intervention refusée, compte suspendu",
        "portal": "registre des clés absent du portail",
        "overbilled": "tarif de nuit sur interventions de jour",
    },
    "es": {
        "invoice": "facturas sin inmueble ni pedido",
        "service_blocked": "técnico se niega, cuenta bloqueada",
        "portal": "registro de llaves desaparecido",
        "overbilled": "tarifa nocturna en trabajos de día",
    },
    "de": {
        "invoice": "Rechnungen ohne Objekt und Bestellnummer",
        "service_blocked": "Einsatz verweigert, Konto gesperrt",
        "portal": "Schlüsselbuch fehlt im Portal",
        "overbilled": "Nachttarif für Tagesaufträge",
    },
    "it": {
        "invoice": "fatture senza immobile né ordine",
        "service_blocked": "intervento rifiutato, conto sospeso",
        "portal": "registro chiavi sparito dal portale",
        "overbilled": "tariffa notturna su lavori di giorno",
    },
}
CORE: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Every invoice since September is addressed to our head office with no property reference and no PO number, so our accounts system rejects them all and we can't pay you.",
        "service_blocked": "Your technician refused to do a booked tenant changeover this morning because dispatch shows our account 'on hold', although every invoice is paid. The new tenant is moving in with the old locks.",
        "portal": "The key register has disappeared from the portal for all our buildings, so we can't see who holds which key or order any registered copies.",
        "overbilled": "Every planned daytime lock change this month has been billed at the emergency night rate, about {diff} more than our contract price.",
    },
    "pt": {
        "invoice": "Todas as faturas desde setembro vêm em nome da sede, sem referência do imóvel e sem número de encomenda, por isso o nosso sistema rejeita-as todas e não conseguimos pagar.",
        "service_blocked": 'O vosso técnico recusou hoje de manhã uma troca entre inquilinos marcada porque o despacho mostra a conta "suspensa", apesar de tudo estar pago. O novo inquilino entra com as fechaduras antigas.',
        "portal": "O registo de chaves desapareceu do portal para todos os nossos edifícios, não vemos quem tem que chave nem conseguimos pedir cópias registadas.",
        "overbilled": "Todas as trocas de fechadura planeadas de dia este mês foram faturadas à tarifa noturna de emergência, cerca de {diff} acima do contrato.",
    },
    "fr": {
        "invoice": "Toutes les factures depuis septembre sont adressées au siège sans référence d'immeuble ni numéro de commande, notre comptabilité les rejette toutes.",
        "service_blocked": "Votre technicien a refusé ce matin un changement de serrure prévu entre deux locataires car notre compte apparaît « suspendu », alors que tout est payé.",
        "portal": "Le registre des clés a disparu du portail pour tous nos immeubles, impossible de commander des copies.",
        "overbilled": "Tous les changements de serrure planifiés en journée ce mois-ci sont facturés au tarif d'urgence de nuit, environ {diff} de plus que le contrat.",
    },
    "es": {
        "invoice": "Todas las facturas desde septiembre van a la sede sin referencia del inmueble ni número de pedido, y contabilidad las rechaza todas.",
        "service_blocked": 'Vuestro técnico se negó esta mañana a hacer un cambio entre inquilinos reservado porque la cuenta sale "bloqueada", aunque todo está pagado.',
        "portal": "El registro de llaves ha desaparecido del portal en todos los edificios y no podemos pedir copias registradas.",
        "overbilled": "Todos los cambios de cerradura programados de día este mes se han facturado a tarifa nocturna de urgencia, unos {diff} más que el contrato.",
    },
    "de": {
        "invoice": "Alle Rechnungen seit September gehen an die Zentrale, ohne Objektbezug und ohne Bestellnummer, unsere Buchhaltung lehnt sie alle ab.",
        "service_blocked": 'Ihr Techniker hat heute Morgen einen gebuchten Schlosstausch beim Mieterwechsel verweigert, weil unser Konto als "gesperrt" angezeigt wird, obwohl alles bezahlt ist.',
        "portal": "Das Schlüsselbuch ist im Portal für alle unsere Objekte verschwunden, wir können keine registrierten Kopien bestellen.",
        "overbilled": "Alle geplanten Schlosswechsel tagsüber wurden diesen Monat zum Notdienst-Nachttarif berechnet, rund {diff} mehr als vertraglich.",
    },
    "it": {
        "invoice": "Tutte le fatture da settembre sono intestate alla sede senza riferimento all'immobile né numero d'ordine, la contabilità le rifiuta tutte.",
        "service_blocked": 'Il vostro tecnico stamattina si è rifiutato di fare un cambio serratura prenotato perché il nostro conto risulta "sospeso", anche se è tutto pagato.',
        "portal": "Il registro chiavi è sparito dal portale per tutti i nostri edifici e non possiamo ordinare copie registrate.",
        "overbilled": "Tutti i cambi serratura programmati di giorno questo mese sono stati fatturati a tariffa notturna d'urgenza, circa {diff} in più del contratto.",
    },
}
HELLO = {
    "en": "Hello,",
    "pt": "Bom dia,",
    "fr": "Bonjour,",
    "es": "Buenos días:",
    "de": "Guten Tag,",
    "it": "Buongiorno,",
}
ASK = {
    "en": "Please sort this out and confirm in writing.",
    "pt": "Agradecemos que resolvam e confirmem por escrito.",
    "fr": "Merci de corriger et de nous le confirmer par écrit.",
    "es": "Os pedimos que lo arregléis y nos lo confirméis por escrito.",
    "de": "Bitte beheben Sie das und bestätigen Sie es schriftlich.",
    "it": "Vi chiediamo di correggere e di confermarcelo per iscritto.",
}
COMPLAINT = {
    "en": "Complaint: ",
    "pt": "Reclamação: ",
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
}
FIRST = "{hello}\n\n{core}\n\n{ask}\n\n{name}\n{title}, {company}"
LATER = {
    "en": "{hello}\n\n{fname} from our team wrote to you {day} about this (case {case}). Same here: {core}\n\n{ask}\n\n{name}\n{title}, {company}",
    "pt": "{hello}\n\n{art} {fname} da nossa equipa já vos escreveu {day} sobre isto (processo {case}). Aqui é igual: {core}\n\n{ask}\n\n{name}\n{title}, {company}",
    "fr": "{hello}\n\n{fname}, de notre équipe, vous a écrit {day} à ce sujet (dossier {case}). Même chose chez moi : {core}\n\n{ask}\n\n{name}\n{title}, {company}",
    "es": "{hello}\n\n{fname}, de nuestro equipo, ya os escribió {day} sobre esto (incidencia {case}). Aquí igual: {core}\n\n{ask}\n\n{name}\n{title}, {company}",
    "de": "{hello}\n\n{fname} aus unserem Team hat Ihnen {day} deswegen geschrieben (Vorgang {case}). Bei mir dasselbe: {core}\n\n{ask}\n\n{name}\n{title}, {company}",
    "it": "{hello}\n\n{fname} del nostro team vi ha scritto {day} per questo (segnalazione {case}). Anche da me: {core}\n\n{ask}\n\n{name}\n{title}, {company}",
}
CASE_WORD = {
    "en": "case",
    "pt": "processo",
    "fr": "dossier",
    "es": "incidencia",
    "de": "Vorgang",
    "it": "segnalazione",
}
THIS_MORNING = {
    "en": "this morning",
    "pt": "esta manhã",
    "fr": "ce matin",
    "es": "esta mañana",
    "de": "heute Morgen",
    "it": "stamattina",
}
YESTERDAY = {
    "en": "yesterday",
    "pt": "ontem",
    "fr": "hier",
    "es": "ayer",
    "de": "gestern",
    "it": "ieri",
}
ON_WEEKDAY: dict[str, list[str]] = {
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "pt": [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "no sábado",
        "no domingo",
    ],
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
}
ACK_SUBJECT = {
    "en": "Case {case} - {company}",
    "pt": "Processo {case} - {company}",
    "fr": "Dossier {case} - {company}",
    "es": "Incidencia {case} - {company}",
    "de": "Vorgang {case} - {company}",
    "it": "Segnalazione {case} - {company}",
}
ACK = {
    "en": "Hello {first}, thank you. I've opened case {case} for {company} and passed it to your account manager, who will come back to you. {agent}, Clavento Pro",
    "pt": "Olá {first}, obrigado. Abri o processo {case} para a {company} e passei-o ao vosso gestor de conta, que vos responde. {agent}, Clavento Pro",
    "fr": "Bonjour {first}, merci. J'ai ouvert le dossier {case} pour {company} et l'ai transmis à votre chargé de compte. {agent}, Clavento Pro",
    "es": "Hola {first}, gracias. He abierto la incidencia {case} para {company} y se la he pasado a vuestro gestor de cuenta. {agent}, Clavento Pro",
    "de": "Hallo {first}, danke. Ich habe den Vorgang {case} für {company} angelegt und an Ihre Kundenbetreuung gegeben. {agent}, Clavento Pro",
    "it": "Buongiorno {first}, grazie. Ho aperto la segnalazione {case} per {company} e l'ho passata al vostro account manager. {agent}, Clavento Pro",
}
STILL_SUBJECT = {
    "en": "RE: {case} - still not fixed",
    "pt": "RE: {case} - continua por resolver",
    "fr": "RE : {case} - toujours pas réglé",
    "es": "RE: {case} - sigue sin resolver",
    "de": "AW: {case} - immer noch nicht behoben",
    "it": "R: {case} - ancora non risolto",
}
STILL_EMAIL = {
    "en": "Hello,\n\ncase {case} is still not fixed and several of my colleagues have now written to you about it. Procurement has already asked {comp} for their rates.\n\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\no processo {case} continua por resolver e já vários colegas meus vos escreveram. As compras já pediram preços à {comp}.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\nle dossier {case} n'est toujours pas réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}\n{title}, {company}",
    "es": "Buenos días:\n\nla incidencia {case} sigue sin resolver y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n\n{name}\n{title}, {company}",
    "de": "Guten Tag,\n\nVorgang {case} ist immer noch nicht behoben, mehrere Kollegen haben Ihnen geschrieben. Der Einkauf hat bereits Preise bei {comp} angefragt.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\nla segnalazione {case} non è ancora risolta e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\n\n{name}\n{title}, {company}",
}
STILL_PHONE = {
    "en": "hi it's {first} from {company} about case {case} nothing is fixed and several of us have written my boss says we move the account to another supplier if it isn't fixed this week",
    "pt": "bom dia é {art} {first} da {company} por causa do processo {case} continua tudo igual e já vos escrevemos vários o meu diretor diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "fr": "bonjour c'est {first} de {company} pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola soy {first} de {company} por la incidencia {case} no se ha arreglado nada y os hemos escrito varios mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
    "de": "ja hallo hier ist {first} von {company} wegen Vorgang {case} es ist nichts behoben und mehrere von uns haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geht",
    "it": "pronto sono {first} di {company} per la segnalazione {case} non è risolto niente e vi abbiamo scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}
LOW_NPS: dict[str, list[str]] = {
    "en": ["not until this is sorted", ""],
    "pt": ["enquanto isto não se resolver, não", ""],
    "fr": ["pas tant que ce n'est pas réglé", ""],
    "es": ["hasta que no se arregle, no", ""],
    "de": ["erst wenn das gelöst ist", ""],
    "it": ["finché non si risolve, no", ""],
}
# (subject, text) of a mild suggestion in a web form
MILD: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Suggestion: property code in the job export",
            "Could the monthly job export include our own property code column? We'd use it every month to match jobs to buildings.",
        ),
        (
            "Suggestion: key holder on job sheets",
            "It would help if the job sheet showed which key holder signed for the new keys.",
        ),
    ],
    "pt": [
        (
            "Sugestão: código do imóvel na exportação",
            "Seria possível a exportação mensal de serviços trazer o nosso código de imóvel? Facilitava muito.",
        ),
        (
            "Sugestão: quem recebeu as chaves",
            "Ajudava se a folha de serviço indicasse quem assinou a receção das chaves novas.",
        ),
    ],
    "fr": [
        (
            "Suggestion : code immeuble dans l'export",
            "L'export mensuel pourrait-il inclure notre code immeuble ? Ce serait pratique.",
        )
    ],
    "es": [
        (
            "Sugerencia: código de inmueble en la exportación",
            "¿Podría la exportación mensual incluir nuestro código de inmueble?",
        )
    ],
    "de": [
        (
            "Vorschlag: Objektnummer im Export",
            "Könnte der Monatsexport unsere eigene Objektnummer enthalten?",
        )
    ],
    "it": [
        (
            "Suggerimento: codice immobile nell'export",
            "L'export mensile potrebbe includere il nostro codice immobile? Sarebbe utile.",
        )
    ],
}
MILD_ACK = {
    "en": "Thanks {first}, I've passed your suggestion to the Clavento Pro product team. {agent}, Clavento Pro",
    "pt": "Obrigado {first}, passei a sua sugestão à equipa de produto da Clavento Pro. {agent}, Clavento Pro",
    "fr": "Merci {first}, j'ai transmis votre suggestion à l'équipe produit Clavento Pro. {agent}, Clavento Pro",
    "es": "Gracias {first}, he pasado tu sugerencia al equipo de producto de Clavento Pro. {agent}, Clavento Pro",
    "de": "Danke {first}, ich habe Ihren Vorschlag an das Produktteam von Clavento Pro gegeben. {agent}, Clavento Pro",
    "it": "Grazie {first}, ho passato il suo suggerimento al team prodotto di Clavento Pro. {agent}, Clavento Pro",
}
MILD_SUBJECT = {
    "en": "Your suggestion",
    "pt": "A sua sugestão",
    "fr": "Votre suggestion",
    "es": "Tu sugerencia",
    "de": "Ihr Vorschlag",
    "it": "Il suo suggerimento",
}
