# ruff: noqa: E501
"""Wording of heldout75's business arm (Passolo Escola: shoes for schools, nurseries and clubs on account).

Placeholders: {ref} case reference, {first_name} the account's first complainer,
{day} a weekday or "this morning", {comp} a competitor, {company} the organisation,
{name} the contact, {agent} the agent's first name.
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Indoor slippers, class pack of 25 / Pantufas, pack turma 25", 397.50),
    ("Plimsolls, class pack of 25 / Sapatilhas de ginástica, pack 25", 462.50),
    ("Forest-school wellies, pack of 12 / Galochas escola da floresta, pack 12", 238.80),
    ("Club football boots, squad of 16 / Chuteiras clube, plantel 16", 639.20),
    ("Dance shoes, group of 10 / Sapatilhas de dança, grupo 10", 289.00),
]

B2B_PAGES = [
    "/escola/portal",
    "/escola/classes",
    "/escola/invoices",
    "/escola/orders",
    "/escola/size-lists",
]

# problem -> language -> (subject topic, first complaint, later complainer's line, restatement)
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]

B2B_COMPLAINT: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "invoice": {
        "en": (
            "invoices under our old name, no PO",
            "Our last three invoices are made out to our old name from before the academy merger and carry no purchase order number. Our finance office will not pay an invoice without a PO, so they are all sitting unpaid and we'll be chased for it. We've sent you the new details twice.",
            "I'm writing about the same thing {first_name} raised {day} (case {ref}): the invoices still have the old name and no PO number, and finance has now bounced the October one as well.",
            "the invoices with the old name and no PO number",
        ),
        "pt": (
            "faturas com o nome antigo, sem nº de encomenda",
            "As três últimas faturas vêm em nome da entidade antiga, de antes da fusão do agrupamento, e sem número de requisição. A contabilidade não paga faturas sem requisição, por isso está tudo parado. Já enviámos os dados novos duas vezes.",
            "Escrevo sobre o mesmo que a {first_name} reportou {day} (pedido {ref}): as faturas continuam com o nome antigo e sem requisição, e a contabilidade devolveu também a de outubro.",
            "as faturas com o nome antigo e sem requisição",
        ),
        "fr": (
            "factures à l'ancien nom, sans bon de commande",
            "Nos trois dernières factures sont à l'ancien nom de l'établissement, d'avant la fusion, et sans numéro de bon de commande. Notre comptabilité refuse de payer sans bon de commande.",
            "Même problème que {first_name} a signalé {day} (demande {ref}) : toujours l'ancien nom et pas de bon de commande, la comptabilité a rejeté aussi celle d'octobre.",
            "les factures à l'ancien nom sans bon de commande",
        ),
        "de": (
            "Rechnungen auf alten Namen, ohne Bestellnummer",
            "Unsere letzten drei Rechnungen lauten auf den alten Namen vor der Fusion und haben keine Bestellnummer. Die Buchhaltung zahlt ohne Bestellnummer nicht.",
            "Es geht um dasselbe wie bei {first_name} {day} (Vorgang {ref}): immer noch alter Name, keine Bestellnummer, jetzt ist auch die Oktober-Rechnung zurück.",
            "die Rechnungen auf den alten Namen ohne Bestellnummer",
        ),
        "it": (
            "fatture col vecchio nome, senza numero d'ordine",
            "Le ultime tre fatture sono intestate al vecchio nome prima della fusione e senza numero d'ordine. L'amministrazione non paga senza.",
            "Stesso problema segnalato da {first_name} {day} (segnalazione {ref}): ancora il vecchio nome e nessun numero d'ordine.",
            "le fatture col vecchio nome",
        ),
        "es": (
            "facturas con el nombre antiguo, sin nº de pedido",
            "Las tres últimas facturas van a nombre del centro antiguo, de antes de la fusión, y sin número de pedido. Administración no paga sin él.",
            "Lo mismo que comentó {first_name} {day} (incidencia {ref}): siguen con el nombre antiguo y sin número de pedido.",
            "las facturas con el nombre antiguo",
        ),
    },
    "service_blocked": {
        "en": (
            "account on hold, orders refused",
            "We tried to order plimsolls for the new reception class and the portal says our account is ON HOLD and refuses the order. We have no overdue invoices, I checked with finance, everything is paid. Forty children start PE on Monday.",
            "Same as {first_name} {day} (case {ref}): our account is still on hold and I can't order the wellies for forest school either. Everything is paid.",
            "the account on hold that refuses our orders",
        ),
        "pt": (
            "conta bloqueada, encomendas recusadas",
            "Tentámos encomendar sapatilhas para a turma nova e o portal diz que a conta está SUSPENSA e recusa a encomenda. Não temos nada em atraso, confirmei com a contabilidade. Quarenta crianças começam educação física na segunda.",
            "O mesmo que a {first_name} {day} (pedido {ref}): a conta continua suspensa e também não consigo encomendar as galochas. Está tudo pago.",
            "a conta suspensa que recusa encomendas",
        ),
        "fr": (
            "compte bloqué, commandes refusées",
            "Le portail indique que notre compte est BLOQUÉ et refuse la commande de chaussons pour la nouvelle classe. Tout est payé.",
            "Même chose que {first_name} {day} (demande {ref}) : compte toujours bloqué.",
            "le compte bloqué",
        ),
        "de": (
            "Konto gesperrt, Bestellungen abgelehnt",
            "Das Portal sagt, unser Konto ist GESPERRT, und lehnt die Bestellung der Turnschuhe ab. Alles ist bezahlt.",
            "Wie {first_name} {day} (Vorgang {ref}): Konto immer noch gesperrt.",
            "das gesperrte Konto",
        ),
        "it": (
            "account bloccato, ordini rifiutati",
            "Il portale dice che l'account è BLOCCATO e rifiuta l'ordine. È tutto pagato.",
            "Come {first_name} {day} (segnalazione {ref}): ancora bloccato.",
            "l'account bloccato",
        ),
        "es": (
            "cuenta bloqueada, pedidos rechazados",
            "El portal dice que la cuenta está BLOQUEADA y rechaza el pedido. Está todo pagado.",
            "Como {first_name} {day} (incidencia {ref}): sigue bloqueada.",
            "la cuenta bloqueada",
        ),
    },
    "portal": {
        "en": (
            "class size lists wiped in the portal",
            "All our class size lists have disappeared from the portal. Every class shows 0 pupils, so we can't order anything by class, and we spent a whole inset day entering those sizes.",
            "Following on from {first_name} {day} (case {ref}): the class lists are still empty in the portal, Year 2 and Year 3 as well now.",
            "the class size lists wiped from the portal",
        ),
        "pt": (
            "listas de tamanhos das turmas apagadas no portal",
            "As listas de tamanhos de todas as turmas desapareceram do portal. Todas as turmas mostram 0 alunos, não conseguimos encomendar por turma, e passámos um dia inteiro a introduzir aqueles números.",
            "Na sequência do que a {first_name} escreveu {day} (pedido {ref}): as listas continuam vazias, agora também as salas dos 4 e 5 anos.",
            "as listas de tamanhos apagadas do portal",
        ),
        "fr": (
            "listes de pointures des classes effacées",
            "Toutes nos listes de pointures ont disparu du portail : 0 élève par classe, impossible de commander.",
            "Suite au message de {first_name} {day} (demande {ref}) : les listes sont toujours vides.",
            "les listes de pointures effacées",
        ),
        "de": (
            "Größenlisten der Klassen gelöscht",
            "Alle Größenlisten sind aus dem Portal verschwunden, jede Klasse zeigt 0 Kinder.",
            "Wie {first_name} {day} schrieb (Vorgang {ref}): Listen immer noch leer.",
            "die gelöschten Größenlisten",
        ),
        "it": (
            "liste taglie delle classi cancellate",
            "Tutte le liste taglie sono sparite dal portale, ogni classe mostra 0 alunni.",
            "Come scritto da {first_name} {day} (segnalazione {ref}): liste ancora vuote.",
            "le liste taglie cancellate",
        ),
        "es": (
            "listas de tallas de las clases borradas",
            "Todas las listas de tallas han desaparecido del portal, cada clase muestra 0 alumnos.",
            "Como escribió {first_name} {day} (incidencia {ref}): las listas siguen vacías.",
            "las listas de tallas borradas",
        ),
    },
    "overbilled": {
        "en": (
            "charged retail, not our contract price",
            "Our last two orders were charged at the retail price instead of our contract price. On a squad of boots that's over £140 difference.",
            "Same problem {first_name} reported {day} (case {ref}): retail prices again on this week's order.",
            "the retail prices instead of our contract price",
        ),
        "pt": (
            "preço de loja em vez do preço do contrato",
            "As duas últimas encomendas foram faturadas a preço de loja e não ao preço do nosso contrato. Num plantel de chuteiras são mais de 160 € de diferença.",
            "O mesmo problema que o {first_name} reportou {day} (pedido {ref}): outra vez preço de loja na encomenda desta semana.",
            "o preço de loja em vez do preço do contrato",
        ),
        "fr": (
            "prix public au lieu du prix contrat",
            "Nos deux dernières commandes sont facturées au prix public au lieu du prix contrat.",
            "Même problème que {first_name} {day} (demande {ref}).",
            "le prix public au lieu du prix contrat",
        ),
        "de": (
            "Ladenpreis statt Vertragspreis",
            "Die letzten zwei Bestellungen wurden zum Ladenpreis statt zum Vertragspreis berechnet.",
            "Dasselbe wie bei {first_name} {day} (Vorgang {ref}).",
            "der Ladenpreis statt Vertragspreis",
        ),
        "it": (
            "prezzo di listino invece del prezzo contratto",
            "Gli ultimi due ordini sono stati fatturati a prezzo di listino invece che a prezzo contratto.",
            "Stesso problema di {first_name} {day} (segnalazione {ref}).",
            "il prezzo di listino",
        ),
        "es": (
            "precio de tienda en vez del de contrato",
            "Los dos últimos pedidos se han facturado a precio de tienda y no al de contrato.",
            "Lo mismo que {first_name} {day} (incidencia {ref}).",
            "el precio de tienda",
        ),
    },
}

THIS_MORNING = {
    "en": "this morning",
    "pt": "hoje de manhã",
    "fr": "ce matin",
    "de": "heute Morgen",
    "it": "stamattina",
    "es": "esta mañana",
}
ON_DAY = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}
B2B_SIGN = {
    "en": "Kind regards",
    "pt": "Com os melhores cumprimentos",
    "fr": "Cordialement",
    "de": "Mit freundlichen Grüßen",
    "it": "Cordiali saluti",
    "es": "Un saludo",
}

LAST_EMAIL = {
    "en": "Case {ref}: nothing has changed on {what}. Several of my colleagues have written to you about it now. Our business manager has already asked {comp} for their school prices.",
    "pt": "Pedido {ref}: nada mudou em relação a {what}. Vários colegas meus já vos escreveram. A direção já pediu preços à {comp}.",
    "fr": "Demande {ref} : rien n'a changé pour {what}. Plusieurs collègues vous ont écrit. La direction a déjà demandé les tarifs de {comp}.",
    "de": "Vorgang {ref}: an {what} hat sich nichts geändert. Mehrere Kollegen haben geschrieben. Die Verwaltung hat schon Preise bei {comp} angefragt.",
    "it": "Segnalazione {ref}: niente è cambiato per {what}. Diversi colleghi vi hanno scritto. L'amministrazione ha già chiesto i prezzi a {comp}.",
    "es": "Incidencia {ref}: nada ha cambiado con {what}. Varios compañeros os han escrito. Administración ya ha pedido precios a {comp}.",
}
LAST_CALL = {
    "en": "hi it's about case {ref} {what} it's still not fixed and several of us have written in now my head says if it isn't sorted this week we're moving the account",
    "pt": "olá é sobre o pedido {ref} {what} continua por resolver e já vários colegas vos escreveram a diretora diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "fr": "bonjour c'est pour la demande {ref} {what} toujours pas réglé plusieurs collègues vous ont écrit la directrice dit qu'on change de fournisseur si c'est pas réglé cette semaine",
    "de": "ja hallo es geht um Vorgang {ref} {what} ist immer noch nicht gelöst mehrere Kollegen haben geschrieben die Schulleitung sagt wir wechseln wenn das diese Woche nicht klappt",
    "it": "buongiorno è per la segnalazione {ref} {what} non è ancora risolto vi hanno scritto in tanti la preside dice che se non si risolve questa settimana cambiamo fornitore",
    "es": "hola es por la incidencia {ref} {what} sigue sin arreglarse os han escrito varios compañeros la directora dice que si no se soluciona esta semana nos cambiamos",
}
B2B_ACK = {
    "en": "Dear {name}, thank you, we've logged this as case {ref} for {company} and our accounts team is looking at it. {agent}, Passolo Escola",
    "pt": "Cara/o {name}, obrigado, registámos como pedido {ref} para {company} e a equipa de contas está a analisar. {agent}, Passolo Escola",
    "fr": "Bonjour {name}, merci, c'est enregistré sous la demande {ref} pour {company}. {agent}, Passolo Escola",
    "de": "Hallo {name}, danke, wir haben das als Vorgang {ref} für {company} erfasst. {agent}, Passolo Escola",
    "it": "Gentile {name}, grazie, registrato come segnalazione {ref} per {company}. {agent}, Passolo Escola",
    "es": "Hola {name}, gracias, lo hemos registrado como incidencia {ref} para {company}. {agent}, Passolo Escola",
}
MILD_B2B: dict[str, list[str]] = {
    "en": [
        "Suggestion: could the portal export each class's sizes to a spreadsheet? We copy them by hand for the PE staff.",
        "Small idea: could each child's name be printed on the bag in a class pack? Sorting 25 pairs of identical slippers is fun.",
    ],
    "pt": [
        "Sugestão: o portal podia exportar os tamanhos de cada turma para Excel? Copiamos à mão para os professores de educação física.",
        "Uma ideia: podiam pôr o nome de cada criança no saco do pack da turma? Separar 25 pares de pantufas iguais é uma aventura.",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les pointures par classe dans un tableur ?",
        "Idée : le prénom de l'enfant sur chaque sachet du pack classe ?",
    ],
    "de": [
        "Vorschlag: Größenlisten pro Klasse als Tabelle exportieren?",
        "Idee: den Namen des Kindes auf jeden Beutel im Klassenpaket drucken?",
    ],
    "it": [
        "Suggerimento: esportare le taglie per classe in un foglio di calcolo?",
        "Idea: il nome del bambino su ogni sacchetto del pacco classe?",
    ],
    "es": [
        "Sugerencia: ¿exportar las tallas por clase a una hoja de cálculo?",
        "Idea: ¿el nombre de cada niño en la bolsa del pack de clase?",
    ],
}
MILD_ACK = {
    "en": "Thanks {name}, good idea, I've passed it to the portal team. {agent}",
    "pt": "Obrigado {name}, boa ideia, passei à equipa do portal. {agent}",
    "fr": "Merci {name}, bonne idée, transmise à l'équipe du portail. {agent}",
    "de": "Danke {name}, gute Idee, ist ans Portal-Team weitergegeben. {agent}",
    "it": "Grazie {name}, bella idea, girata al team del portale. {agent}",
    "es": "Gracias {name}, buena idea, se la paso al equipo del portal. {agent}",
}
B2B_QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Hi, can we add a class mid-year on the portal?",
            "Yes, Classes > Add class, then share the size link with parents.",
            "perfect, thanks",
        ),
        (
            "Do you do the class packs in half sizes?",
            "From 24 up, yes, the portal mixes them per child.",
            "great thank you",
        ),
        (
            "Can the delivery go to our second site?",
            "Yes, add it under Sites and pick it at checkout.",
            "thanks",
        ),
    ],
    "pt": [
        (
            "Olá, podemos acrescentar uma turma a meio do ano no portal?",
            "Sim, em Turmas > Nova turma, depois partilhe o link de tamanhos com os pais.",
            "ótimo, obrigada",
        ),
        (
            "Os packs de turma têm meios números?",
            "A partir do 24, sim, o portal mistura por criança.",
            "obrigado",
        ),
        (
            "A entrega pode ir para o outro polo?",
            "Pode, acrescente em Locais e escolha na encomenda.",
            "obg",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on ajouter une classe en cours d'année ?",
            "Oui, Classes > Ajouter.",
            "merci",
        )
    ],
    "de": [
        (
            "Hallo, kann man mitten im Jahr eine Klasse anlegen?",
            "Ja, unter Klassen > Neue Klasse.",
            "danke",
        )
    ],
    "it": [
        ("Ciao, si può aggiungere una classe a metà anno?", "Sì, Classi > Nuova classe.", "grazie")
    ],
    "es": [
        (
            "Hola, ¿se puede añadir una clase a mitad de curso?",
            "Sí, Clases > Nueva clase.",
            "gracias",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "en": [
        "Class packs arrived labelled by class, delivered to the right site, 60 children in the right sizes. Passolo Escola made September easy this year.",
        "The size link for parents is a lifesaver, no more paper slips in book bags.",
    ],
    "pt": [
        "Os packs chegaram separados por turma e com os tamanhos certos para 60 crianças. A Passolo Escola facilitou-nos setembro.",
        "O link de tamanhos para os pais é uma maravilha, acabaram os papelinhos na mochila.",
    ],
    "fr": [
        "Packs livrés classe par classe, bonnes pointures pour 50 enfants. Merci Passolo Escola."
    ],
    "de": ["Klassenpakete pünktlich und in den richtigen Größen, super, Passolo Escola."],
    "it": ["Pacchi classe arrivati giusti e puntuali, grazie Passolo Escola."],
    "es": ["Packs por clase en su sitio y con las tallas correctas, gracias Passolo Escola."],
}
B2B_SURVEY_WORDS = {
    "en": ["easy", "great service", ""],
    "pt": ["muito bom", "fácil", ""],
    "fr": ["très bien", ""],
    "de": ["gut", ""],
    "it": ["ottimo", ""],
    "es": ["muy bien", ""],
}
