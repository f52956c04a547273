# ruff: noqa: E501
"""Business-arm wording for heldout81: Foliaro Pro, binding on account for organisations.

Placeholders: {first} contact's first name, {agent}, {ref} case reference,
{boss} the first complainer's first name, {day} a weekday or "this morning".
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, int]] = [
    ("Register binding, batch of 20 / Reliure de registres, lot de 20", 620),
    ("Thesis binding, batch of 50 / Reliure de thèses, lot de 50", 980),
    ("Minute book rebinding / Reliure de registre des délibérations", 140),
    ("Archive box conservation, 10 volumes / Conservation d'archives, 10 volumes", 450),
    ("Hotel guest books, 12 / Livres d'or d'hôtel, 12", 360),
    ("Portfolio binding, 5 copies / Reliure de portfolios, 5 exemplaires", 210),
]

B2B_PAGES = ["/pro/commandes", "/pro/factures", "/pro/lots", "/pro/enlevements", "/pro/tarifs"]

B2B_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Bonjour, pour le lot de registres de 1950, vous pouvez reprendre la cote d'archives au dos ?",
            "Bonjour, oui, indiquez-la dans le bon de lot et elle sera dorée au dos de chaque volume.",
            "Parfait, merci",
        ),
        (
            "On peut programmer deux enlèvements la même semaine pour deux sites ?",
            "Oui, un par adresse, depuis l'onglet Enlèvements du portail.",
            "Top merci",
        ),
    ],
    "pt": [
        (
            "Bom dia, no lote de livros de atas de 1950 conseguem repetir a cota do arquivo na lombada?",
            "Bom dia, sim, indique-a na ficha do lote e fica gravada em cada volume.",
            "Perfeito, obrigado",
        ),
        (
            "Dá para marcar duas recolhas na mesma semana para dois sítios?",
            "Sim, uma por morada, no separador Recolhas do portal.",
            "Ótimo obg",
        ),
    ],
    "en": [
        (
            "Hi, for the 1950s minute books can you repeat our archive reference on the spine?",
            "Hi, yes, put it on the batch sheet and it goes on every spine.",
            "Great, thanks",
        )
    ],
    "de": [
        (
            "Hallo, können Sie bei den Protokollbüchern die Archivsignatur auf den Rücken übernehmen?",
            "Hallo, ja, tragen Sie sie im Losblatt ein, sie kommt auf jeden Rücken.",
            "Super, danke",
        )
    ],
    "it": [
        (
            "Buongiorno, per i registri degli anni '50 potete riportare la segnatura d'archivio sul dorso?",
            "Buongiorno, sì, indicatela nella scheda lotto e va su ogni dorso.",
            "Perfetto grazie",
        )
    ],
    "es": [
        (
            "Hola, ¿en el lote de libros de actas de 1950 podéis repetir la signatura del archivo en el lomo?",
            "Hola, sí, indicadla en la hoja del lote y va en cada lomo.",
            "Genial, gracias",
        )
    ],
}

B2B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Lot de 40 registres d'état civil revenu de chez Foliaro, coutures solides, cotes dorées nettes. Les collègues des archives sont ravis."
    ],
    "pt": [
        "Lote de 30 livros de atas da junta devolvido pela Foliaro, costuras firmes e cotas bem gravadas. Trabalho sério."
    ],
    "en": ["Our 25 guest books from Foliaro arrived, guests keep complimenting them. Lovely work."],
    "de": [
        "Unsere 20 Protokollbände sind von Foliaro zurück, sauber gebunden, Signaturen perfekt."
    ],
    "it": ["I 30 registri dell'archivio tornati da Foliaro sono perfetti, cuciture solide."],
    "es": [
        "Nos han devuelto de Foliaro 30 libros de actas, cosidos y con signatura. Un trabajo serio."
    ],
}

PROBLEMS_B2B = ("invoice", "service_blocked", "portal", "overbilled")

B2B_TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "factures sans bon de commande",
        "service_blocked": "enlèvement refusé",
        "portal": "portail vide",
        "overbilled": "tarif au volume",
    },
    "pt": {
        "invoice": "faturas sem nota de encomenda",
        "service_blocked": "recolha recusada",
        "portal": "portal vazio",
        "overbilled": "preço por volume",
    },
    "en": {
        "invoice": "invoices without PO",
        "service_blocked": "collection refused",
        "portal": "portal empty",
        "overbilled": "per-volume price",
    },
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer",
        "service_blocked": "Abholung verweigert",
        "portal": "Portal leer",
        "overbilled": "Einzelpreis",
    },
    "it": {
        "invoice": "fatture senza ordine",
        "service_blocked": "ritiro rifiutato",
        "portal": "portale vuoto",
        "overbilled": "prezzo a volume",
    },
}

B2B_SUBJECT = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
}

B2B_FIRST: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Bonjour,\nVos trois dernières factures sont encore établies au nom de l'ancienne structure et sans notre numéro de bon de commande. Notre comptabilité les rejette, elles ne peuvent pas être payées en l'état. Merci de les rééditer.\n{first}",
        "service_blocked": "Bonjour,\nLe coursier est venu ce matin pour le lot de registres et est reparti sans rien : « compte suspendu » sur son terminal. Nos factures sont toutes payées. Les registres doivent partir avant la fin du mois.\n{first}",
        "portal": "Bonjour,\nDepuis lundi le portail Pro n'affiche plus aucune commande en cours, donc impossible de valider les lots ni de programmer un enlèvement. Nous avons 60 volumes qui attendent.\n{first}",
        "overbilled": "Bonjour,\nLe dernier lot de thèses est facturé au prix unitaire public et pas au tarif de lot de notre contrat, soit plus de 700 € d'écart. Merci de corriger.\n{first}",
    },
    "pt": {
        "invoice": "Bom dia,\nAs últimas três faturas continuam emitidas em nome da antiga entidade e sem o nosso número de nota de encomenda. A contabilidade rejeita-as, não podem ser pagas assim. Agradeço que as reemitam.\n{first}",
        "service_blocked": "Bom dia,\nO estafeta veio hoje de manhã buscar o lote de livros de atas e foi-se embora sem nada: «conta suspensa» no terminal dele. As faturas estão todas pagas. Os livros têm de seguir antes do fim do mês.\n{first}",
        "portal": "Bom dia,\nDesde segunda-feira o portal Pro não mostra nenhuma encomenda em curso, por isso não conseguimos validar lotes nem marcar recolhas. Temos 60 volumes à espera.\n{first}",
        "overbilled": "Bom dia,\nO último lote de teses foi faturado ao preço unitário de tabela e não ao preço de lote do contrato, mais de 700 € de diferença. Corrijam por favor.\n{first}",
    },
    "en": {
        "invoice": "Hello,\nYour last three invoices are still made out to our old company name and carry no PO number. Accounts payable rejects them, we can't pay them like that. Please reissue.\n{first}",
        "service_blocked": "Hello,\nThe courier came this morning for the register batch and left with nothing: 'account suspended' on his handset. Every invoice is paid. The registers have to go before month end.\n{first}",
        "portal": "Hello,\nSince Monday the Pro portal shows no open orders at all, so we can't approve batches or book a collection. 60 volumes are waiting.\n{first}",
        "overbilled": "Hello,\nThe last thesis batch was billed at the public unit price, not our contract batch price, over £600 difference. Please correct it.\n{first}",
    },
    "de": {
        "invoice": "Guten Tag,\nIhre letzten drei Rechnungen lauten noch auf die alte Firmierung und tragen keine Bestellnummer. Die Buchhaltung weist sie zurück, so können wir nicht zahlen. Bitte neu ausstellen.\n{first}",
        "service_blocked": "Guten Tag,\nder Kurier war heute früh für das Los Protokollbücher da und ist ohne etwas gefahren: 'Konto gesperrt' auf seinem Gerät. Alle Rechnungen sind bezahlt. Die Bände müssen vor Monatsende raus.\n{first}",
        "portal": "Guten Tag,\nseit Montag zeigt das Pro-Portal keine offenen Aufträge mehr, wir können weder Lose freigeben noch eine Abholung buchen. 60 Bände warten.\n{first}",
        "overbilled": "Guten Tag,\ndas letzte Los Dissertationen wurde zum Einzelpreis statt zum Lospreis aus unserem Vertrag berechnet, über 700 € Unterschied. Bitte korrigieren.\n{first}",
    },
    "it": {
        "invoice": "Buongiorno,\nle ultime tre fatture sono ancora intestate alla vecchia ragione sociale e senza il nostro numero d'ordine. L'amministrazione le respinge, così non si possono pagare. Vi chiedo di riemetterle.\n{first}",
        "service_blocked": "Buongiorno,\nil corriere è passato stamattina per il lotto di registri ed è ripartito a mani vuote: 'account sospeso' sul palmare. Le fatture sono tutte pagate.\n{first}",
        "portal": "Buongiorno,\nda lunedì il portale Pro non mostra nessun ordine aperto, non possiamo approvare lotti né prenotare ritiri. 60 volumi in attesa.\n{first}",
        "overbilled": "Buongiorno,\nl'ultimo lotto di tesi è fatturato a prezzo unitario di listino e non a prezzo lotto da contratto, oltre 700 € di differenza. Correggete per favore.\n{first}",
    },
}

B2B_LATER: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Bonjour,\nJe me joins à {boss}, qui vous a écrit {day} (dossier {ref}) : les factures sont toujours au nom de l'ancienne structure et sans numéro de bon de commande, la compta les bloque.\n{first}",
        "service_blocked": "Bonjour,\nSuite au message de {boss} {day} (dossier {ref}) : nouvel enlèvement refusé, toujours « compte suspendu », alors que tout est payé.\n{first}",
        "portal": "Bonjour,\nComme l'a signalé {boss} {day} (dossier {ref}), le portail est toujours vide chez nous aussi, aucun lot ne peut être validé.\n{first}",
        "overbilled": "Bonjour,\nEn complément du message de {boss} {day} (dossier {ref}) : la facture suivante est à nouveau au prix unitaire et pas au tarif de lot du contrat.\n{first}",
    },
    "pt": {
        "invoice": "Bom dia,\nJunto-me à {boss}, que vos escreveu {day} (processo {ref}): as faturas continuam em nome da antiga entidade e sem nota de encomenda, a contabilidade bloqueia-as.\n{first}",
        "service_blocked": "Bom dia,\nNa sequência da mensagem de {boss} {day} (processo {ref}): nova recolha recusada, sempre «conta suspensa», com tudo pago.\n{first}",
        "portal": "Bom dia,\nComo disse {boss} {day} (processo {ref}), o portal continua vazio também do meu lado, não dá para validar nenhum lote.\n{first}",
        "overbilled": "Bom dia,\nEm complemento ao que {boss} escreveu {day} (processo {ref}): a fatura seguinte veio outra vez ao preço unitário e não ao preço de lote.\n{first}",
    },
    "de": {
        "invoice": "Guten Tag,\nich schließe mich {boss} an, die Ihnen {day} geschrieben hat (Vorgang {ref}): Die Rechnungen lauten weiter auf die alte Firmierung, ohne Bestellnummer, die Buchhaltung blockiert sie.\n{first}",
        "service_blocked": "Guten Tag,\nzur Nachricht von {boss} {day} (Vorgang {ref}): wieder Abholung verweigert, weiter 'Konto gesperrt', obwohl alles bezahlt ist.\n{first}",
        "portal": "Guten Tag,\nwie {boss} {day} gemeldet hat (Vorgang {ref}), ist das Portal auch bei mir leer, kein Los kann freigegeben werden.\n{first}",
        "overbilled": "Guten Tag,\nergänzend zu {boss} {day} (Vorgang {ref}): Die nächste Rechnung ist wieder zum Einzelpreis statt zum Lospreis.\n{first}",
    },
}

B2B_LAST_MAIL: dict[str, str] = {
    "fr": "Bonjour,\nDossier {ref} : rien n'est réglé, et plusieurs collègues vous ont écrit. Les achats ont déjà demandé ses tarifs à {comp}.\n{first}",
    "pt": "Bom dia,\nProcesso {ref}: nada está resolvido e vários colegas já vos escreveram. As compras já pediram preços à {comp}.\n{first}",
    "de": "Guten Tag,\nVorgang {ref}: Nichts ist gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt.\n{first}",
}

B2B_LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour c'est pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit et ma directrice dit qu'on change de prestataire si c'est pas réglé cette semaine",
    "pt": "sim bom dia é por causa do processo {ref} nada está resolvido vários colegas já escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "ja guten Tag es geht um Vorgang {ref} nichts ist gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Dienstleister wenn das diese Woche nicht geklärt ist",
}

B2B_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\nnous avons ouvert le dossier {ref} pour votre compte et revenons vers vous rapidement.\n{agent}, Foliaro Pro",
    ),
    "pt": (
        "RE: Processo {ref}",
        "Bom dia {first},\nabrimos o processo {ref} para a vossa conta e voltamos ao assunto rapidamente.\n{agent}, Foliaro Pro",
    ),
    "en": (
        "Re: Case {ref}",
        "Hello {first},\nwe've opened case {ref} for your account and will come back to you shortly.\n{agent}, Foliaro Pro",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Guten Tag {first},\nwir haben den Vorgang {ref} für Ihr Konto eröffnet und melden uns in Kürze.\n{agent}, Foliaro Pro",
    ),
    "it": (
        "R: Pratica {ref}",
        "Buongiorno {first},\nabbiamo aperto la pratica {ref} per il vostro account e vi ricontattiamo a breve.\n{agent}, Foliaro Pro",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first}:\nhemos abierto la incidencia {ref} para vuestra cuenta y os respondemos en breve.\n{agent}, Foliaro Pro",
    ),
}

B2B_MILD: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria útil poder exportar os custos por centro de custo no portal.",
        "Era ótimo se a guia de entrega trouxesse a cota de cada volume.",
    ],
    "es": [
        "Sugerencia: sería útil exportar los costes por centro de coste desde el portal.",
        "Estaría bien que el albarán llevara la signatura de cada volumen.",
    ],
    "de": [
        "Vorschlag: Ein Export der Kosten nach Kostenstelle im Portal wäre hilfreich.",
        "Schön wäre, wenn der Lieferschein die Signatur jedes Bandes zeigt.",
    ],
}

B2B_MILD_ACK: dict[str, tuple[str, str]] = {
    "pt": (
        "A sua sugestão",
        "Bom dia {first},\nobrigado pela sugestão, passámo-la à equipa do portal.\n{agent}, Foliaro Pro",
    ),
    "es": (
        "Tu sugerencia",
        "Hola {first}:\ngracias por la sugerencia, la hemos pasado al equipo del portal.\n{agent}, Foliaro Pro",
    ),
    "de": (
        "Ihr Vorschlag",
        "Guten Tag {first},\ndanke für den Vorschlag, er ist beim Portal-Team.\n{agent}, Foliaro Pro",
    ),
}

WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce matin"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
        "hoje de manhã",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
        "heute früh",
    ],
}

JOB_TITLES = [
    "Archivist",
    "Office manager",
    "Records officer",
    "Librarian",
    "Procurement lead",
    "Registrar",
    "Head of administration",
    "Facilities coordinator",
    "Accounts payable clerk",
    "Notary clerk",
]
