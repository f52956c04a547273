# ruff: noqa: E501
"""Hand-written wording for heldout44's business arm, Zarpia Campo.

Zarpia Campo looks after animals of organisations on account: riding schools,
livery stables, kennels, animal shelters, dog day-care centres, farms, a zoo
farm and a police dog unit. Scheduled rounds, call-outs, a portal with
certificates and per-site invoices. Placeholders: {first}, {agent}, {case},
{name}, {day}, {comp}, {site}, {company}.
"""

SITES = (
    "riding_school",
    "livery",
    "kennels",
    "shelter",
    "daycare",
    "dairy_farm",
    "goat_farm",
    "zoo_farm",
    "dog_unit",
    "stud",
)

# lang -> (company, site kind, market)
COMPANIES = {
    "fr": (
        ("Écuries du Val Fleuri", "riding_school", "FR"),
        ("Refuge des Quatre Pattes", "shelter", "FR"),
        ("Chenil de la Forêt", "kennels", "BE"),
        ("GAEC des Trois Chênes", "dairy_farm", "FR"),
        ("Pension canine Les Coteaux", "daycare", "FR"),
        ("Haras de Saint-Clair", "stud", "CH"),
    ),
    "es": (
        ("Hípica Los Almendros", "riding_school", "ES"),
        ("Protectora Huellas de Aragón", "shelter", "ES"),
        ("Granja Escuela El Roble", "zoo_farm", "ES"),
        ("Residencia Canina Can Ros", "kennels", "ES"),
        ("Quesería Peña Blanca", "goat_farm", "ES"),
    ),
    "en": (("Hollybank Livery", "livery", "UK"),),
    "de": (
        ("Reitstall Am Lindenhof", "riding_school", "DE"),
        ("Hundetagesstätte Pfotenglück", "daycare", "AT"),
    ),
    "it": (("Scuderia Il Girasole", "livery", "IT"),),
    "pt": (("Canil Municipal de Valongo", "dog_unit", "PT"),),
}

JOB_TITLES = (
    "Yard manager",
    "Office manager",
    "Head groom",
    "Shelter coordinator",
    "Kennel supervisor",
    "Finance officer",
    "Herd manager",
    "Director",
    "Volunteer coordinator",
    "Operations lead",
)

PRODUCTS = (
    ("Herd vaccination round / Tournée vaccination troupeau", 420, "/campo/book/round"),
    ("Stable call-out / Déplacement écurie", 180, "/campo/book/call-out"),
    ("Shelter intake checks x10 / Bilans arrivée refuge x10", 350, "/campo/book/intake"),
    ("Kennel cough vaccines x20 / Vaccins toux du chenil x20", 560, "/campo/book/kennel"),
    ("Dental rasping, 4 horses / Râpage dentaire 4 chevaux", 260, "/campo/book/equine-dental"),
)
PORTAL_PAGES = (
    "/campo/portal",
    "/campo/portal/certificates",
    "/campo/portal/invoices",
    "/campo/portal/visits",
)

CHAT_QA = {
    "fr": (
        (
            "Bonjour, on peut ajouter un deuxième site sur le même compte Campo ?",
            "Bonjour, oui : dans le portail, « Sites » puis « Ajouter », la facturation peut rester commune.",
        ),
        (
            "bjr, le certificat de vaccination d'un cheval vendu, je le télécharge où ?",
            "Bonjour, dans « Certificats », filtrez par nom du cheval, le PDF est là.",
        ),
    ),
    "es": (
        (
            "Hola, se puede poner un segundo centro en la misma cuenta Campo?",
            "Hola, sí: en el portal, «Centros» y «Añadir»; la factura puede seguir siendo una.",
        ),
        (
            "buenas, donde descargo el certificado de vacunas de un perro adoptado?",
            "Hola, en «Certificados», filtrando por el nombre del animal.",
        ),
    ),
    "en": (
        (
            "Hi, can we add a second yard to the same Campo account?",
            "Hi, yes: in the portal go to 'Sites' and 'Add', billing can stay combined.",
        ),
    ),
    "de": (
        (
            "Hallo, kann ich einen zweiten Standort ins gleiche Campo-Konto nehmen?",
            "Hallo, ja: im Portal unter „Standorte“ auf „Hinzufügen“, die Rechnung bleibt gemeinsam.",
        ),
    ),
    "it": (
        (
            "Ciao, possiamo aggiungere una seconda scuderia allo stesso conto Campo?",
            "Ciao, sì: nel portale «Sedi» e poi «Aggiungi», la fattura può restare unica.",
        ),
    ),
    "pt": (
        (
            "Olá, podemos juntar um segundo canil à mesma conta Campo?",
            "Olá, sim: no portal, «Locais» e «Adicionar», a fatura pode continuar única.",
        ),
    ),
}
THANKS = {
    "fr": ("merci !", "Parfait, merci"),
    "es": ("gracias!", "Perfecto, gracias"),
    "en": ("thanks!",),
    "de": ("danke!",),
    "it": ("grazie!",),
    "pt": ("obrigado!",),
}

PRAISE = {
    "fr": (
        "Tournée vaccination de Zarpia Campo ce matin aux {company} : 22 chevaux en deux heures, calmement, sans stress pour personne. Merci à l'équipe",
        "Le véto de Zarpia Campo est revenu un dimanche pour une colique, sans faire d'histoires. Ça compte.",
    ),
    "es": (
        "Hoy ha venido Zarpia Campo a {company}: 30 perros revisados en una mañana y todo explicado. Un lujo",
        "El veterinario de Zarpia Campo vino un domingo por un cólico y ni una pega. Eso se agradece.",
    ),
    "en": ("Zarpia Campo did the whole yard's jabs this morning, calm and quick. Cheers team",),
    "de": (
        "Zarpia Campo war heute zum Impfen da, alle Pferde in zwei Stunden, total ruhig. Danke ans Team",
    ),
    "it": ("Oggi giro vaccini di Zarpia Campo in scuderia, tutto tranquillo e veloce. Grazie",),
    "pt": (
        "A Zarpia Campo veio hoje ao canil, 25 cães vistos numa manhã e tudo explicado. Excelente",
    ),
}
SURVEY_WORDS = {
    "fr": ("Très bien", ""),
    "es": ("Muy bien", ""),
    "en": ("Good",),
    "de": ("Gut",),
    "it": ("Bene",),
    "pt": ("Bom",),
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

SUBJECT = {
    "fr": {
        "invoice": "Factures Zarpia Campo : nom et bon de commande",
        "service_blocked": "Visite refusée : compte bloqué ?",
        "portal": "Portail : certificats introuvables",
        "overbilled": "Facturation par animal au lieu du forfait",
    },
    "es": {
        "invoice": "Facturas Zarpia Campo: nombre y pedido",
        "service_blocked": "Visita denegada: cuenta bloqueada?",
        "portal": "Portal: certificados que no aparecen",
        "overbilled": "Facturan por animal en vez de la tarifa plana",
    },
    "en": {
        "invoice": "Invoices: wrong name, no PO",
        "service_blocked": "Visit refused: account on hold?",
        "portal": "Portal: certificates missing",
        "overbilled": "Billed per animal, not the flat rate",
    },
    "de": {
        "invoice": "Rechnungen: falscher Name, keine Bestellnummer",
        "service_blocked": "Besuch verweigert: Konto gesperrt?",
        "portal": "Portal: Zertifikate fehlen",
        "overbilled": "Pro Tier statt Pauschale abgerechnet",
    },
    "it": {
        "invoice": "Fatture: nome sbagliato, manca l'ordine",
        "service_blocked": "Visita rifiutata: conto bloccato?",
        "portal": "Portale: certificati mancanti",
        "overbilled": "Fatturato a capo invece del forfait",
    },
    "pt": {
        "invoice": "Faturas: nome errado, sem nota de encomenda",
        "service_blocked": "Visita recusada: conta bloqueada?",
        "portal": "Portal: certificados em falta",
        "overbilled": "Faturado por animal em vez da avença",
    },
}

COMPLAINT = {
    "fr": {
        "invoice": "Bonjour,\n\nToutes vos factures du mois sont au nom de l'ancienne association et sans notre numéro de bon de commande. Notre comptable les rejette une par une, on ne peut rien payer. Merci de les refaire.\n\n{first}, {company}",
        "service_blocked": "Bonjour,\n\nCe matin votre vétérinaire est reparti sans soigner la jument boiteuse : « compte bloqué » d'après le portail. Tout est payé, j'ai les virements. C'est inacceptable pour un animal qui souffre.\n\n{first}, {company}",
        "portal": "Bonjour,\n\nDepuis la mise à jour du portail, impossible de télécharger le moindre certificat de vaccination. On a trois départs cette semaine et pas de papiers à donner.\n\n{first}, {company}",
        "overbilled": "Bonjour,\n\nNotre contrat prévoit un forfait mensuel pour les visites, et vous nous facturez chaque animal à l'unité depuis septembre. La différence dépasse 900 €.\n\n{first}, {company}",
    },
    "es": {
        "invoice": "Hola:\n\nTodas las facturas del mes vienen con el nombre antiguo de la asociación y sin nuestro número de pedido. La gestoría nos las devuelve una a una y no podemos pagar nada. Rehacedlas, por favor.\n\n{first}, {company}",
        "service_blocked": "Hola:\n\nEsta mañana vuestro veterinario se ha ido sin ver a la yegua coja porque el portal dice «cuenta bloqueada». Está todo pagado, tengo las transferencias. Con un animal sufriendo, esto no puede ser.\n\n{first}, {company}",
        "portal": "Hola:\n\nDesde la actualización del portal no hay forma de descargar ni un certificado de vacunas. Esta semana salen tres animales y no tenemos papeles que darles.\n\n{first}, {company}",
        "overbilled": "Hola:\n\nEl contrato es una tarifa plana mensual por las visitas y desde septiembre nos cobráis cada animal por separado. La diferencia pasa de 900 €.\n\n{first}, {company}",
    },
    "en": {
        "invoice": "Hi,\n\nEvery invoice this month has our old charity name on it and no PO number. Our accounts team bounces them one by one, so nothing gets paid. Please reissue them.\n\n{first}, {company}",
        "service_blocked": "Hi,\n\nYour vet left this morning without seeing the lame mare because the portal says 'account on hold'. Everything is paid, I have the transfers. Not acceptable with an animal in pain.\n\n{first}, {company}",
        "portal": "Hi,\n\nSince the portal update we can't download a single vaccination certificate. Three animals leave this week and we have no papers to give.\n\n{first}, {company}",
        "overbilled": "Hi,\n\nOur contract is a flat monthly rate for visits and since September you've billed every animal separately. The difference is over £800.\n\n{first}, {company}",
    },
    "de": {
        "invoice": "Hallo,\n\nalle Rechnungen dieses Monats tragen noch den alten Vereinsnamen und keine Bestellnummer. Unsere Buchhaltung lehnt sie einzeln ab, wir können nichts bezahlen. Bitte neu ausstellen.\n\n{first}, {company}",
        "service_blocked": "Hallo,\n\nIhr Tierarzt ist heute früh wieder gefahren, ohne die lahme Stute anzusehen: laut Portal „Konto gesperrt“. Alles ist bezahlt, die Überweisungen liegen vor. Bei einem Tier mit Schmerzen geht das nicht.\n\n{first}, {company}",
        "portal": "Hallo,\n\nseit dem Portal-Update lässt sich kein einziges Impfzertifikat herunterladen. Diese Woche gehen drei Tiere weg und wir haben keine Papiere.\n\n{first}, {company}",
        "overbilled": "Hallo,\n\nlaut Vertrag zahlen wir eine monatliche Pauschale, seit September wird jedes Tier einzeln berechnet. Der Unterschied liegt über 900 €.\n\n{first}, {company}",
    },
    "it": {
        "invoice": "Buongiorno,\n\ntutte le fatture del mese hanno il vecchio nome dell'associazione e nessun numero d'ordine. Il commercialista le rifiuta una per una e non possiamo pagare. Per favore rifatele.\n\n{first}, {company}",
        "service_blocked": "Buongiorno,\n\nstamattina il vostro veterinario è ripartito senza vedere la cavalla zoppa: sul portale risulta «conto bloccato». È tutto pagato, ho i bonifici.\n\n{first}, {company}",
        "portal": "Buongiorno,\n\ndall'aggiornamento del portale non si scarica più nessun certificato vaccinale. Questa settimana partono tre animali e non abbiamo i documenti.\n\n{first}, {company}",
        "overbilled": "Buongiorno,\n\nil contratto prevede un forfait mensile e da settembre ci fatturate ogni animale a parte. La differenza supera i 900 €.\n\n{first}, {company}",
    },
    "pt": {
        "invoice": "Bom dia,\n\nTodas as faturas do mês vêm com o nome antigo da associação e sem o número da nota de encomenda. A contabilidade devolve-as uma a uma e não conseguimos pagar. Por favor, emitam de novo.\n\n{first}, {company}",
        "service_blocked": "Bom dia,\n\nO vosso veterinário foi-se embora esta manhã sem ver o cão ferido: o portal diz «conta bloqueada». Está tudo pago, tenho as transferências.\n\n{first}, {company}",
        "portal": "Bom dia,\n\nDesde a atualização do portal não se consegue descarregar nenhum certificado de vacinação. Esta semana saem três animais e não temos papéis.\n\n{first}, {company}",
        "overbilled": "Bom dia,\n\nO contrato é uma avença mensal e desde setembro faturam cada animal à parte. A diferença passa dos 900 €.\n\n{first}, {company}",
    },
}

# a later complainer names the first one, the day and the case, and restates the problem
RESTATE = {
    "fr": {
        "invoice": "les factures sont toujours à l'ancien nom, sans bon de commande",
        "service_blocked": "le portail nous affiche encore « compte bloqué » et la visite d'aujourd'hui a été refusée",
        "portal": "les certificats restent introuvables sur le portail",
        "overbilled": "la nouvelle facture est encore à l'unité et pas au forfait",
    },
    "es": {
        "invoice": "las facturas siguen con el nombre antiguo y sin número de pedido",
        "service_blocked": "el portal sigue diciendo «cuenta bloqueada» y hoy nos han vuelto a negar la visita",
        "portal": "los certificados siguen sin aparecer en el portal",
        "overbilled": "la nueva factura vuelve a ser por animal y no la tarifa plana",
    },
    "en": {
        "invoice": "the invoices still carry the old name and no PO",
        "service_blocked": "the portal still says 'account on hold' and today's visit was refused again",
        "portal": "the certificates still don't show in the portal",
        "overbilled": "the new invoice is per animal again, not the flat rate",
    },
    "de": {
        "invoice": "die Rechnungen haben weiter den alten Namen und keine Bestellnummer",
        "service_blocked": "das Portal zeigt weiter „Konto gesperrt“ und der Besuch heute wurde wieder abgelehnt",
        "portal": "die Zertifikate fehlen weiterhin im Portal",
        "overbilled": "die neue Rechnung ist wieder pro Tier statt pauschal",
    },
    "it": {
        "invoice": "le fatture hanno ancora il vecchio nome e niente ordine",
        "service_blocked": "il portale dice ancora «conto bloccato» e oggi la visita è stata rifiutata di nuovo",
        "portal": "i certificati continuano a non comparire",
        "overbilled": "la nuova fattura è di nuovo a capo e non a forfait",
    },
    "pt": {
        "invoice": "as faturas continuam com o nome antigo e sem nota de encomenda",
        "service_blocked": "o portal continua a dizer «conta bloqueada» e hoje voltaram a recusar a visita",
        "portal": "os certificados continuam sem aparecer",
        "overbilled": "a nova fatura volta a ser por animal e não a avença",
    },
}
LATER = {
    "fr": "Bonjour,\n\n{name} vous a écrit {day} à ce sujet (dossier {case}). Même chose de mon côté : {restate}. Pouvez-vous nous dire quand ce sera réglé ?\n\n{first}, {company}",
    "es": "Hola:\n\n{name} os escribió {day} sobre esto (incidencia {case}). A mí me pasa lo mismo: {restate}. ¿Cuándo estará resuelto?\n\n{first}, {company}",
    "en": "Hi,\n\n{name} wrote to you {day} about this (case {case}). Same here: {restate}. When will it be fixed?\n\n{first}, {company}",
    "de": "Hallo,\n\n{name} hat Ihnen {day} deswegen geschrieben (Vorgang {case}). Bei mir dasselbe: {restate}. Wann wird das behoben?\n\n{first}, {company}",
    "it": "Buongiorno,\n\n{name} vi ha scritto {day} per questo (pratica {case}). Anche da me: {restate}. Quando sarà risolto?\n\n{first}, {company}",
    "pt": "Bom dia,\n\n{name} escreveu-vos {day} sobre isto (processo {case}). Comigo é igual: {restate}. Quando fica resolvido?\n\n{first}, {company}",
}
WEEKDAY = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("el lunes", "el martes", "el miércoles", "el jueves", "el viernes"),
    "en": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"),
    "de": ("am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("na segunda", "na terça", "na quarta", "na quinta", "na sexta"),
}
THIS_MORNING = {
    "fr": "ce matin",
    "es": "esta mañana",
    "en": "this morning",
    "de": "heute Morgen",
    "it": "stamattina",
    "pt": "esta manhã",
}

LAST_MAIL = {
    "fr": "Bonjour,\n\nDossier {case} : rien n'a bougé, et je ne suis pas la seule, plusieurs collègues vous ont écrit. Notre direction a déjà demandé un devis à {comp}.\n\n{first}, {company}",
    "es": "Hola:\n\nIncidencia {case}: no se ha movido nada y no soy la única, varios compañeros os han escrito. La dirección ya ha pedido presupuesto a {comp}.\n\n{first}, {company}",
    "en": "Hi,\n\nCase {case}: nothing has moved and several of us have written now. Our board has already asked {comp} for a quote.\n\n{first}, {company}",
    "de": "Hallo,\n\nVorgang {case}: nichts ist passiert, mehrere Kollegen haben Ihnen geschrieben. Unsere Leitung hat schon ein Angebot bei {comp} angefragt.\n\n{first}, {company}",
    "it": "Buongiorno,\n\npratica {case}: non si è mosso niente e vi abbiamo scritto in diversi. La direzione ha già chiesto un preventivo a {comp}.\n\n{first}, {company}",
    "pt": "Bom dia,\n\nProcesso {case}: nada mudou e já vos escrevemos vários. A direção já pediu orçamento à {comp}.\n\n{first}, {company}",
}
LAST_CALL = {
    "fr": "oui bonjour c'est {first} de {company} pour le dossier {case} toujours rien de réglé on est plusieurs à vous avoir écrit et ma directrice dit qu'on change de prestataire si c'est pas fait cette semaine",
    "es": "hola buenas soy {first} de {company} por la incidencia {case} sigue sin arreglarse os hemos escrito varios y mi jefe dice que cambiamos de veterinario si no está esta semana",
    "en": "hi it's {first} from {company} about case {case} still nothing fixed a few of us have written and my boss says we're moving the account if it's not done this week",
    "de": "ja hallo hier {first} von {company} wegen Vorgang {case} immer noch nichts passiert mehrere von uns haben geschrieben und meine Chefin sagt wir wechseln wenn das diese Woche nicht erledigt ist",
    "it": "buongiorno sono {first} di {company} per la pratica {case} ancora niente vi abbiamo scritto in tanti e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia é {first} da {company} pelo processo {case} continua tudo igual já vos escrevemos vários e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}

ACK = {
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nMerci, c'est noté sous le dossier {case}. Notre service comptes professionnels revient vers vous.\n\n{agent}, Zarpia Campo",
    ),
    "es": (
        "Incidencia {case}",
        "Hola {first}:\n\nGracias, lo tenemos en la incidencia {case}. Nuestro equipo de cuentas de empresa te contestará.\n\n{agent}, Zarpia Campo",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nThanks, logged as case {case}. Our business accounts team will come back to you.\n\n{agent}, Zarpia Campo",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first},\n\ndanke, erfasst als Vorgang {case}. Unser Geschäftskundenteam meldet sich.\n\n{agent}, Zarpia Campo",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {first},\n\ngrazie, registrato come pratica {case}. Il team clienti business la ricontatterà.\n\n{agent}, Zarpia Campo",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nObrigado, registado como processo {case}. A equipa de contas empresa vai contactá-lo.\n\n{agent}, Zarpia Campo",
    ),
}

MILD = {
    "fr": (
        "Suggestion : ce serait pratique d'exporter les frais par groupe d'animaux (chevaux de club, pensions) pour notre compta.",
        "Une idée : indiquer sur la facture la date du dernier vaccin de chaque animal, ça éviterait d'aller sur le portail.",
    ),
    "es": (
        "Sugerencia: vendría genial poder exportar los gastos por grupo de animales (caballos del club, pupilos) para la contabilidad.",
        "Una idea: poner en la factura la fecha de la última vacuna de cada animal, así no hay que entrar al portal.",
    ),
    "en": (
        "Suggestion: it'd help to export costs by animal group (school horses, liveries) for our books.",
    ),
    "de": (
        "Vorschlag: Kosten nach Tiergruppen exportieren zu können (Schulpferde, Einsteller) wäre für die Buchhaltung praktisch.",
    ),
    "it": (
        "Suggerimento: sarebbe utile esportare i costi per gruppo di animali per la contabilità.",
    ),
    "pt": ("Sugestão: dava jeito exportar os custos por grupo de animais para a contabilidade.",),
}
MILD_ACK = {
    "fr": (
        "Votre suggestion",
        "Bonjour {first}, merci pour l'idée, elle est transmise à l'équipe du portail. {agent}, Zarpia Campo",
    ),
    "es": (
        "Tu sugerencia",
        "Hola {first}, gracias por la idea, ya la tiene el equipo del portal. {agent}, Zarpia Campo",
    ),
    "en": (
        "Your suggestion",
        "Hi {first}, thanks for the idea, passed to the portal team. {agent}, Zarpia Campo",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first}, danke für die Idee, ist beim Portal-Team. {agent}, Zarpia Campo",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first}, grazie dell'idea, l'abbiamo girata al team del portale. {agent}, Zarpia Campo",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first}, obrigado pela ideia, já está com a equipa do portal. {agent}, Zarpia Campo",
    ),
}
