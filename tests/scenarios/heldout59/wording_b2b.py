# ruff: noqa: E501
"""Wording of the business arm (Fabrilo Pro: firms printing on account) for heldout59."""

from __future__ import annotations

PRO = "Fabrilo Pro"

PRO_PRODUCTS: tuple[tuple[str, float, str], ...] = (
    ("Prototipi carter PA12 x20 / Housing prototypes, PA12 (20)", 486.00, "/pro/quote"),
    ("Maschere di foratura PETG x8 / Drilling jigs, PETG (8)", 212.00, "/pro/quote"),
    ("Plastico urbanistico 1:500 / Urban planning model 1:500", 640.00, "/pro/quote"),
    ("Campioni packaging resina x30 / Packaging samples, resin (30)", 355.00, "/pro/quote"),
    ("Ricambi nastro trasportatore TPU x50 / Conveyor spare parts, TPU (50)", 298.00, "/pro/quote"),
    ("Modelli didattici anatomia x12 / Teaching models, anatomy (12)", 174.00, "/pro/quote"),
)
PRO_PAGES = ("/pro/workspace", "/pro/invoices", "/pro/team", "/pro/volume-pricing", "/pro/projects")

B2B_PROBLEMS = ("invoice", "credit_hold", "workspace", "overbilled")
B2B_PROBLEM_ABOUT = {
    "invoice": "invoices without the PO number and with the old VAT id, rejected by accounts payable",
    "credit_hold": "orders stuck 'awaiting credit approval' though every invoice is paid",
    "workspace": "team workspace shows each person only their own orders, no reorder of colleagues' parts",
    "overbilled": "list prices charged instead of the agreed volume price",
}

# first complaint: (subject, body)
COMPLAINT: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "it": (
            "Fatture senza numero d'ordine",
            "Buongiorno, le ultime tre fatture del conto {account} arrivano senza il nostro numero d'ordine d'acquisto e con la vecchia partita IVA. L'amministrazione le respinge tutte e io non posso pagarle. Potete riemetterle? {name}, {company}",
        ),
        "es": (
            "Facturas sin número de pedido",
            "Buenos días, las tres últimas facturas de la cuenta {account} vienen sin nuestro número de pedido de compra y con el CIF antiguo. Contabilidad las rechaza y no las podemos pagar. ¿Las podéis reemitir? {name}, {company}",
        ),
        "de": (
            "Rechnungen ohne Bestellnummer",
            "Guten Tag, die letzten drei Rechnungen für Konto {account} haben keine Bestellnummer und noch die alte USt-IdNr. Unsere Buchhaltung weist sie zurück. Bitte neu ausstellen. {name}, {company}",
        ),
        "en": (
            "Invoices missing PO number",
            "Hello, the last three invoices on account {account} have no PO number and still show our old VAT number. Accounts payable bounce every one. Please reissue. {name}, {company}",
        ),
        "fr": (
            "Factures sans numéro de bon de commande",
            "Bonjour, les trois dernières factures du compte {account} n'ont pas notre numéro de bon de commande et portent l'ancien numéro de TVA. La compta les rejette. Merci de les rééditer. {name}, {company}",
        ),
        "pt": (
            "Faturas sem número de encomenda",
            "Bom dia, as três últimas faturas da conta {account} vêm sem o número da nossa nota de encomenda e com o NIF antigo. A contabilidade rejeita-as. Podem reemitir? {name}, {company}",
        ),
    },
    "credit_hold": {
        "it": (
            "Ordini bloccati 'in attesa di approvazione credito'",
            "Buongiorno, da lunedì ogni ordine del conto {account} resta 'in attesa di approvazione credito'. Abbiamo pagato tutte le fatture, ho le contabili. Intanto i prototipi per il cliente non partono. {name}, {company}",
        ),
        "es": (
            "Pedidos bloqueados por crédito",
            "Hola, desde el lunes todos los pedidos de la cuenta {account} se quedan en 'pendiente de aprobación de crédito'. Está todo pagado, tengo los justificantes. Mientras, los prototipos del cliente no salen. {name}, {company}",
        ),
        "de": (
            "Bestellungen hängen in Kreditprüfung",
            "Guten Tag, seit Montag bleibt jede Bestellung von Konto {account} in 'Kreditfreigabe ausstehend'. Alle Rechnungen sind bezahlt, Belege liegen vor. Unsere Prototypen stehen. {name}, {company}",
        ),
        "en": (
            "Orders stuck awaiting credit approval",
            "Hi, since Monday every order on account {account} sits at 'awaiting credit approval'. Every invoice is paid, I have the remittances. Our client's prototypes are stuck. {name}, {company}",
        ),
        "fr": (
            "Commandes bloquées en validation de crédit",
            "Bonjour, depuis lundi chaque commande du compte {account} reste 'en attente de validation de crédit'. Tout est payé. Nos prototypes sont bloqués. {name}, {company}",
        ),
        "pt": (
            "Encomendas bloqueadas por crédito",
            "Olá, desde segunda todas as encomendas da conta {account} ficam 'a aguardar aprovação de crédito'. Está tudo pago. Os protótipos do cliente estão parados. {name}, {company}",
        ),
    },
    "workspace": {
        "it": (
            "Spazio di lavoro del team non mostra gli ordini",
            "Buongiorno, nello spazio di lavoro del conto {account} ognuno vede solo i propri ordini. Non posso riordinare i pezzi di un collega in ferie e devo chiedergli i file per mail. Prima funzionava. {name}, {company}",
        ),
        "es": (
            "El espacio de equipo no muestra pedidos",
            "Hola, en el espacio de equipo de la cuenta {account} cada uno ve solo sus pedidos. No puedo repetir las piezas de una compañera de baja y tengo que pedirle los archivos. Antes funcionaba. {name}, {company}",
        ),
        "de": (
            "Team-Arbeitsbereich zeigt keine Bestellungen",
            "Guten Tag, im Team-Arbeitsbereich von Konto {account} sieht jeder nur noch seine eigenen Bestellungen. Nachbestellen für Kollegen geht nicht mehr. {name}, {company}",
        ),
        "en": (
            "Team workspace only shows own orders",
            "Hi, in the team workspace for account {account} everyone now only sees their own orders. I can't reorder a colleague's parts while he's off. It used to work. {name}, {company}",
        ),
        "fr": (
            "L'espace équipe n'affiche plus les commandes",
            "Bonjour, dans l'espace équipe du compte {account} chacun ne voit que ses commandes. Impossible de recommander les pièces d'un collègue absent. {name}, {company}",
        ),
        "pt": (
            "Espaço de equipa não mostra encomendas",
            "Olá, no espaço de equipa da conta {account} cada um só vê as suas encomendas. Não consigo repetir as peças de um colega de férias. {name}, {company}",
        ),
    },
    "overbilled": {
        "it": (
            "Prezzi di listino invece del prezzo concordato",
            "Buongiorno, da settembre il conto {account} viene fatturato a prezzo di listino invece dello sconto volume firmato a gennaio. Sono più di 700 € in due mesi. {name}, {company}",
        ),
        "es": (
            "Nos cobráis tarifa de catálogo",
            "Hola, desde septiembre la cuenta {account} se factura a precio de catálogo y no al precio por volumen firmado en enero. Son más de 700 € en dos meses. {name}, {company}",
        ),
        "de": (
            "Listenpreise statt Volumenpreis",
            "Guten Tag, seit September wird Konto {account} zu Listenpreisen abgerechnet statt zum vereinbarten Volumenpreis. Über 700 € in zwei Monaten. {name}, {company}",
        ),
        "en": (
            "Charged list price, not our volume price",
            "Hi, since September account {account} has been billed at list price instead of the volume price we signed in January. Over £600 in two months. {name}, {company}",
        ),
        "fr": (
            "Facturés au tarif public",
            "Bonjour, depuis septembre le compte {account} est facturé au tarif public au lieu du prix volume signé en janvier. Plus de 700 € en deux mois. {name}, {company}",
        ),
        "pt": (
            "Cobrados a preço de tabela",
            "Olá, desde setembro a conta {account} é faturada a preço de tabela e não ao preço de volume acordado em janeiro. Mais de 700 € em dois meses. {name}, {company}",
        ),
    },
}

SHORT: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "fatture senza numero d'ordine",
        "es": "facturas sin número de pedido",
        "de": "Rechnungen ohne Bestellnummer",
        "en": "invoices with no PO number",
        "fr": "factures sans bon de commande",
        "pt": "faturas sem número de encomenda",
    },
    "credit_hold": {
        "it": "ordini bloccati in approvazione credito",
        "es": "pedidos bloqueados por crédito",
        "de": "Bestellungen in der Kreditprüfung",
        "en": "orders stuck on credit approval",
        "fr": "commandes bloquées en crédit",
        "pt": "encomendas bloqueadas por crédito",
    },
    "workspace": {
        "it": "spazio di lavoro che non mostra gli ordini dei colleghi",
        "es": "espacio de equipo sin los pedidos de los demás",
        "de": "Arbeitsbereich ohne Bestellungen der Kollegen",
        "en": "workspace hiding colleagues' orders",
        "fr": "espace équipe sans les commandes des collègues",
        "pt": "espaço de equipa sem as encomendas dos colegas",
    },
    "overbilled": {
        "it": "prezzi di listino invece dello sconto",
        "es": "precio de catálogo en vez del pactado",
        "de": "Listenpreise statt Volumenpreis",
        "en": "list prices instead of our rate",
        "fr": "tarif public au lieu du prix volume",
        "pt": "preço de tabela em vez do acordado",
    },
}

FOLLOW: dict[str, tuple[str, str]] = {
    "it": (
        "Re: ticket {case}",
        "Buongiorno, vi scrivo anch'io per il ticket {case} che {first} vi ha aperto {day}: {short}. Anche a me succede lo stesso e non abbiamo ancora nessuna risposta. {name}, {company}",
    ),
    "es": (
        "Re: ticket {case}",
        "Hola, os escribo yo también por el ticket {case} que abrió {first} el {day}: {short}. Me pasa exactamente lo mismo y seguimos sin respuesta. {name}, {company}",
    ),
    "de": (
        "AW: Ticket {case}",
        "Guten Tag, ich schreibe ebenfalls zu Ticket {case}, das {first} am {day} eröffnet hat: {short}. Bei mir genau dasselbe, bisher keine Antwort. {name}, {company}",
    ),
    "en": (
        "Re: ticket {case}",
        "Hi, writing too about ticket {case} that {first} raised on {day}: {short}. Same problem here and still no answer. {name}, {company}",
    ),
    "fr": (
        "RE : ticket {case}",
        "Bonjour, j'écris aussi pour le ticket {case} ouvert par {first} {day} : {short}. Même problème chez moi, toujours pas de réponse. {name}, {company}",
    ),
    "pt": (
        "Re: ticket {case}",
        "Olá, escrevo também por causa do ticket {case} que {first} abriu na {day}: {short}. Comigo é igual e continuamos sem resposta. {name}, {company}",
    ),
}

LAST_EMAIL: dict[str, tuple[str, str]] = {
    "it": (
        "Ticket {case}: non è cambiato niente",
        "Buongiorno, siamo in quattro ad avervi scritto per il ticket {case} e non è cambiato niente. L'ufficio acquisti ha già chiesto un'offerta a {comp}. {name}, {company}",
    ),
    "es": (
        "Ticket {case}: sigue todo igual",
        "Hola, ya os hemos escrito varios del equipo por el ticket {case} y nada ha cambiado. Compras ya ha pedido presupuesto a {comp}. {name}, {company}",
    ),
    "de": (
        "Ticket {case}: nichts hat sich geändert",
        "Guten Tag, mehrere Kollegen haben wegen Ticket {case} geschrieben, geändert hat sich nichts. Der Einkauf hat bereits ein Angebot bei {comp} angefragt. {name}, {company}",
    ),
    "en": (
        "Ticket {case}: nothing has changed",
        "Hi, several of us have written about ticket {case} and nothing has changed. Purchasing has already asked {comp} for a quote. {name}, {company}",
    ),
    "fr": (
        "Ticket {case} : rien n'a changé",
        "Bonjour, plusieurs collègues vous ont écrit pour le ticket {case} et rien n'a bougé. Les achats ont déjà demandé un devis à {comp}. {name}, {company}",
    ),
    "pt": (
        "Ticket {case}: nada mudou",
        "Olá, vários colegas escreveram pelo ticket {case} e nada mudou. As compras já pediram orçamento à {comp}. {name}, {company}",
    ),
}
LAST_CALL: dict[str, str] = {
    "it": "buongiorno chiamo per il ticket {case} vi abbiamo scritto in tre quattro e non si muove niente il mio direttore dice che se entro venerdì non è risolto chiudiamo il conto",
    "es": "hola llamo por el ticket {case} os hemos escrito varios del equipo y no se mueve nada mi jefa dice que si esta semana no está arreglado nos vamos a otro proveedor",
    "de": "guten tag ich rufe wegen ticket {case} an wir haben zu mehreren geschrieben und es passiert nichts mein chef sagt wenn das diese woche nicht gelöst ist wechseln wir den anbieter",
    "en": "hi calling about ticket {case} a few of us have written and nothing's moved my director says if it's not fixed this week we take the account elsewhere",
    "fr": "bonjour j'appelle pour le ticket {case} on vous a écrit à plusieurs et rien ne bouge mon directeur dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "pt": "bom dia ligo por causa do ticket {case} já escrevemos vários e nada avança o meu diretor diz que se não ficar resolvido esta semana mudamos de fornecedor",
}
AGENT_ACK: dict[str, tuple[str, str]] = {
    "it": (
        "Ticket {case} aperto",
        "Buongiorno {name}, abbiamo aperto il ticket {case} per il conto {account} e l'abbiamo passato al vostro account manager. Vi aggiorniamo appena possibile. {agent}, Fabrilo Pro",
    ),
    "es": (
        "Ticket {case} abierto",
        "Hola {name}, hemos abierto el ticket {case} para la cuenta {account} y lo tiene vuestro gestor de cuenta. Os informamos en cuanto sepamos algo. {agent}, Fabrilo Pro",
    ),
    "de": (
        "Ticket {case} eröffnet",
        "Guten Tag {name}, wir haben Ticket {case} für Konto {account} angelegt und an Ihre Kundenbetreuung gegeben. Wir melden uns. {agent}, Fabrilo Pro",
    ),
    "en": (
        "Ticket {case} opened",
        "Hi {name}, we've opened ticket {case} for account {account} and passed it to your account manager. We'll update you as soon as we can. {agent}, Fabrilo Pro",
    ),
    "fr": (
        "Ticket {case} ouvert",
        "Bonjour {name}, le ticket {case} est ouvert pour le compte {account} et transmis à votre chargé de compte. Nous revenons vers vous. {agent}, Fabrilo Pro",
    ),
    "pt": (
        "Ticket {case} aberto",
        "Olá {name}, abrimos o ticket {case} para a conta {account} e passámos ao vosso gestor de conta. Damos notícias em breve. {agent}, Fabrilo Pro",
    ),
}
MILD: dict[str, tuple[str, ...]] = {
    "it": (
        "Sarebbe utile poter esportare le spese per codice commessa, a fine mese le ricopio a mano",
        "Suggerimento: indicare sulla bolla il materiale e il lotto di ogni pezzo, ci serve per la tracciabilità",
    ),
    "es": (
        "Estaría bien poder exportar el gasto por código de proyecto, ahora lo paso a mano cada mes",
        "Sugerencia: poner en el albarán el material y el lote de cada pieza, lo necesitamos para trazabilidad",
    ),
    "de": (
        "Wäre praktisch, die Kosten nach Projektnummer exportieren zu können",
        "Vorschlag: Material und Charge jedes Teils auf dem Lieferschein angeben",
    ),
    "en": (
        "Would be handy to export spend by project code, I retype it every month",
        "Suggestion: print material and batch for each part on the delivery note",
    ),
    "fr": (
        "Ce serait pratique d'exporter les dépenses par code projet",
        "Suggestion : indiquer matière et lot de chaque pièce sur le bon de livraison",
    ),
    "pt": (
        "Dava jeito exportar os gastos por código de projeto",
        "Sugestão: indicar material e lote de cada peça na guia de remessa",
    ),
}
MILD_ACK = {
    "it": ("Grazie del suggerimento", "Grazie {name}, l'abbiamo girato al team prodotto. {agent}"),
    "es": (
        "Gracias por la sugerencia",
        "Gracias {name}, se lo hemos pasado al equipo de producto. {agent}",
    ),
    "de": (
        "Danke für den Vorschlag",
        "Danke {name}, ist an unser Produktteam weitergegeben. {agent}",
    ),
    "en": ("Thanks for the suggestion", "Thanks {name}, passed to our product team. {agent}"),
    "fr": ("Merci pour la suggestion", "Merci {name}, transmis à l'équipe produit. {agent}"),
    "pt": ("Obrigado pela sugestão", "Obrigado {name}, passámos à equipa de produto. {agent}"),
}
ROUTINE_CHAT: dict[str, tuple[tuple[str, str, str], ...]] = {
    "it": (
        (
            "Possiamo aggiungere un collega al conto senza che veda le fatture?",
            "Certo {name}, in Team scegli il ruolo 'Progettista': ordina ma non vede le fatture.",
            "perfetto grazie",
        ),
        (
            "I pezzi in PA12 possono essere tinti neri?",
            "Sì {name}, la tintura nera è un'opzione in fase di preventivo, +1 giorno.",
            "ottimo",
        ),
    ),
    "es": (
        (
            "¿Podemos añadir a un compañero sin que vea las facturas?",
            "Claro {name}, en Equipo elige el rol 'Diseño': pide pero no ve facturas.",
            "genial gracias",
        ),
        (
            "¿Las piezas en PA12 se pueden teñir de negro?",
            "Sí {name}, el teñido negro es una opción en el presupuesto, +1 día.",
            "perfecto",
        ),
    ),
    "de": (
        (
            "Können wir einen Kollegen ohne Rechnungszugriff hinzufügen?",
            "Ja {name}, unter Team die Rolle 'Konstruktion' wählen: bestellen ja, Rechnungen nein.",
            "danke",
        ),
        (
            "Kann PA12 schwarz gefärbt werden?",
            "Ja {name}, Schwarzfärbung ist im Angebot wählbar, +1 Tag.",
            "super",
        ),
    ),
    "en": (
        (
            "Can we add a colleague without invoice access?",
            "Yes {name}, pick the 'Designer' role under Team: they order but don't see invoices.",
            "great thanks",
        ),
    ),
    "fr": (
        (
            "Peut-on ajouter un collègue sans accès aux factures ?",
            "Oui {name}, rôle 'Conception' dans Équipe : il commande sans voir les factures.",
            "merci",
        ),
    ),
    "pt": (
        (
            "Podemos juntar um colega sem acesso às faturas?",
            "Sim {name}, em Equipa escolha o papel 'Projeto': encomenda mas não vê faturas.",
            "obrigado",
        ),
    ),
}
PRO_PRAISE: dict[str, tuple[str, ...]] = {
    "it": (
        "Con Fabrilo Pro abbiamo tagliato i tempi dei prototipi da tre settimane a quattro giorni. Il team è entusiasta",
        "Ennesimo lotto di maschere di foratura perfetto, i ragazzi in officina ormai chiedono solo queste",
    ),
    "es": (
        "Con Fabrilo Pro pasamos de tres semanas a cuatro días por prototipo. El equipo encantado",
        "Otro lote de utillajes perfecto, en el taller ya no quieren otros",
    ),
    "de": (
        "Mit Fabrilo Pro sind unsere Prototypen in vier statt 21 Tagen da. Das Team ist begeistert",
    ),
    "en": (
        "Fabrilo Pro has taken our prototype turnaround from three weeks to four days. Team's delighted",
    ),
    "fr": ("Avec Fabrilo Pro nos prototypes arrivent en quatre jours au lieu de trois semaines",),
    "pt": ("Com o Fabrilo Pro os protótipos chegam em quatro dias em vez de três semanas",),
}
# company -> the kind of firm
COMPANIES: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        ("Officine Brenta", "machine_shop"),
        ("Studio Archi Lario", "architecture"),
        ("Meccanica Sangro", "engineering"),
        ("Liceo Galvani", "school"),
        ("Design Po", "product_design"),
        ("Robotica Adige", "robotics"),
    ),
    "es": (
        ("Ingeniería Turia", "engineering"),
        ("Estudio Nervión", "architecture"),
        ("Taller Miño", "machine_shop"),
        ("Colegio Júcar", "school"),
        ("Envases Duero", "packaging"),
        ("Maquetas Ebro", "model_maker"),
    ),
    "de": (
        ("Feinwerk Lahn", "engineering"),
        ("Architekten Isar", "architecture"),
        ("Modellbau Neckar", "model_maker"),
        ("Robotik Saale", "robotics"),
        ("Verpackung Mosel", "packaging"),
    ),
    "en": (
        ("Severn Product Design", "product_design"),
        ("Tamar Engineering", "engineering"),
        ("Wye Architects", "architecture"),
    ),
    "fr": (
        ("Atelier Loire", "furniture_maker"),
        ("Bureau Garonne", "engineering"),
        ("Maquettes Rhône", "model_maker"),
    ),
    "pt": (
        ("Engenharia Douro", "engineering"),
        ("Atelier Tejo", "architecture"),
        ("Moldes Sado", "machine_shop"),
    ),
}
JOB_TITLES = (
    "Design engineer",
    "Office manager",
    "Procurement lead",
    "Project architect",
    "Workshop lead",
    "Lab technician",
    "Product designer",
    "Accounts assistant",
    "Teacher",
    "Operations manager",
)
