# ruff: noqa: E501
"""Business-arm wording for heldout108 (Mestolio Pro: office lunches, team cooking events,
client dinners and weekly staff lunches for firms on account, with a portal for headcounts
and per-event invoices). Placeholders: {case}, {first1} (the first complainer), {when},
{comp}, {amt}, {first}.
"""

from __future__ import annotations

PRO_PRODUCTS: list[tuple[str, int]] = [
    ("Office lunch, 20 people / Pranzo in ufficio, 20 persone", 640),
    ("Team cooking event, 12 people / Team cooking, 12 persone", 1150),
    ("Client dinner, 10 guests / Cena clienti, 10 ospiti", 890),
    ("Weekly staff lunch, 30 portions x 5 / Pranzo staff settimanale, 30 porzioni x 5", 2100),
    ("Aperitivo buffet, 40 people / Aperitivo a buffet, 40 persone", 980),
]
PRO_PAGES = [
    "/pro/portal",
    "/pro/events",
    "/pro/invoices",
    "/pro/menus",
    "/pro/headcount",
    "/pro/contract",
]
PRO_TOPIC: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "fatture con vecchia ragione sociale e senza numero d'ordine",
        "service_blocked": "chef che rifiuta l'evento, «account sospeso»",
        "portal": "portale che non accetta le variazioni di coperti",
        "overbilled": "tariffa di listino invece della tariffa di contratto",
    },
    "fr": {
        "invoice": "factures avec l'ancienne raison sociale et sans numéro de commande",
        "service_blocked": "chef qui refuse l'événement, « compte suspendu »",
        "portal": "portail qui refuse les changements d'effectif",
        "overbilled": "tarif public au lieu du tarif contrat",
    },
    "en": {
        "invoice": "invoices with the old company name and no PO number",
        "service_blocked": "chef refusing the event, 'account suspended'",
        "portal": "portal rejecting headcount changes",
        "overbilled": "list price instead of contract rate",
    },
    "de": {
        "invoice": "Rechnungen mit altem Firmennamen und ohne Bestellnummer",
        "service_blocked": "Koch verweigert Event, „Konto gesperrt“",
        "portal": "Portal nimmt Personenänderungen nicht an",
        "overbilled": "Listenpreis statt Vertragspreis",
    },
    "es": {
        "invoice": "facturas con la razón social antigua y sin número de pedido",
        "service_blocked": "chef que se niega a empezar, «cuenta suspendida»",
        "portal": "portal que no acepta cambios de comensales",
        "overbilled": "precio de tarifa en vez de precio de contrato",
    },
    "pt": {
        "invoice": "faturas com a denominação antiga e sem número de encomenda",
        "service_blocked": "chef que recusa o evento, «conta suspensa»",
        "portal": "portal que não aceita alterações de número de pessoas",
        "overbilled": "preço de tabela em vez do preço de contrato",
    },
}
PRO_CORE: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "Dal 1° ottobre ci chiamiamo diversamente (fusione) ma le vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. La contabilità fornitori le respinge tutte, quindi non possiamo pagarvi.",
        "service_blocked": "Lo chef si è presentato per il pranzo del team e si è rifiutato di cominciare: sul suo tablet l'account risulta «sospeso». Le fatture sono tutte pagate, ho le contabili. 25 persone senza pranzo.",
        "portal": "Il portale non accetta le variazioni di coperti: da 30 a 22 per il pranzo di giovedì dà errore, e ci fatturate 30. Succede per ogni evento.",
        "overbilled": "Le ultime fatture sono a prezzo di listino e non alla tariffa del contratto quadro: oltre 600 € di differenza solo questo mese.",
    },
    "fr": {
        "invoice": "Depuis le 1er octobre nous avons changé de nom (fusion) mais vos factures portent toujours l'ancienne raison sociale et aucun numéro de commande. La comptabilité fournisseurs les rejette toutes, nous ne pouvons donc pas vous payer.",
        "service_blocked": "Le chef est arrivé pour le déjeuner d'équipe et a refusé de commencer : sur sa tablette notre compte apparaît « suspendu ». Toutes les factures sont payées, j'ai les preuves. 25 personnes sans déjeuner.",
        "portal": "Le portail refuse les changements d'effectif : passer de 30 à 22 pour le déjeuner de jeudi donne une erreur, et vous nous facturez 30. C'est pareil pour chaque événement.",
        "overbilled": "Les dernières factures sont au tarif public et pas au tarif du contrat-cadre : plus de 600 € d'écart rien que ce mois-ci.",
    },
    "en": {
        "invoice": "We changed our name on 1 October (merger) but your invoices still carry the old company name and no PO number. Accounts payable rejects every one, so we can't pay you.",
        "service_blocked": "The chef turned up for our team lunch and refused to start: his tablet shows our account as 'suspended'. Every invoice is paid, I have the remittances. 25 people without lunch.",
        "portal": "The portal won't take headcount changes: going from 30 to 22 for Thursday's lunch throws an error, and you bill us for 30. Same for every event.",
        "overbilled": "The last invoices are at list price instead of our framework contract rate: over £500 difference this month alone.",
    },
    "de": {
        "invoice": "Seit 1. Oktober heißen wir anders (Fusion), aber Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer. Die Kreditorenbuchhaltung weist alle ab, wir können also nicht zahlen.",
        "service_blocked": "Der Koch kam zum Teamlunch und hat sich geweigert anzufangen: auf seinem Tablet steht unser Konto als „gesperrt“. Alle Rechnungen sind bezahlt. 25 Leute ohne Mittagessen.",
        "portal": "Das Portal nimmt keine Änderungen der Personenzahl an: von 30 auf 22 für Donnerstag gibt einen Fehler, und Sie berechnen 30. Bei jedem Event.",
        "overbilled": "Die letzten Rechnungen sind zum Listenpreis statt zum Rahmenvertragspreis: über 600 € Unterschied allein diesen Monat.",
    },
    "es": {
        "invoice": "Desde el 1 de octubre tenemos otro nombre (fusión) pero vuestras facturas llevan la razón social antigua y ningún número de pedido. Cuentas a pagar las rechaza todas, así que no podemos pagaros.",
        "service_blocked": "El chef llegó para la comida del equipo y se negó a empezar: en su tablet la cuenta sale «suspendida». Todas las facturas están pagadas. 25 personas sin comer.",
        "portal": "El portal no acepta cambios de comensales: pasar de 30 a 22 para la comida del jueves da error, y nos facturáis 30. En cada evento.",
        "overbilled": "Las últimas facturas van a precio de tarifa y no al del contrato marco: más de 600 € de diferencia solo este mes.",
    },
    "pt": {
        "invoice": "Desde 1 de outubro mudámos de nome (fusão) mas as vossas faturas têm a denominação antiga e nenhum número de encomenda. A contabilidade rejeita todas, por isso não conseguimos pagar.",
        "service_blocked": "O chef chegou para o almoço da equipa e recusou-se a começar: no tablet dele a conta aparece «suspensa». As faturas estão todas pagas. 25 pessoas sem almoço.",
        "portal": "O portal não aceita alterações do número de pessoas: passar de 30 para 22 no almoço de quinta dá erro, e faturam 30. Em todos os eventos.",
        "overbilled": "As últimas faturas vêm a preço de tabela e não ao preço do contrato-quadro: mais de 600 € de diferença só este mês.",
    },
}
PRO_SUBJECT = {
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
PRO_CASE_SUBJECT = {
    "it": "R: Caso {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Case {case}",
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "pt": "RE: Pedido {case}",
}
PRO_GREET = {
    "it": "Buongiorno,",
    "fr": "Bonjour,",
    "en": "Hello,",
    "de": "Guten Tag,",
    "es": "Buenos días,",
    "pt": "Bom dia,",
}
PRO_DEMAND = {
    "it": "Chiediamo una soluzione entro questa settimana.",
    "fr": "Nous demandons une solution cette semaine.",
    "en": "We need this fixed this week.",
    "de": "Wir erwarten eine Lösung noch diese Woche.",
    "es": "Necesitamos una solución esta semana.",
    "pt": "Precisamos de uma solução esta semana.",
}
PRO_LATER = {
    "it": "Buongiorno, scrivo anche io per il caso {case} aperto da {first1} {when}. {core} Per noi è un problema serio.",
    "fr": "Bonjour, j'écris moi aussi au sujet du dossier {case} ouvert par {first1} {when}. {core} C'est un vrai problème pour nous.",
    "en": "Hello, I'm writing too about case {case}, opened by {first1} {when}. {core} This is a real problem for us.",
    "de": "Guten Tag, ich schreibe ebenfalls zu Vorgang {case}, eröffnet von {first1} {when}. {core} Das ist für uns ein ernstes Problem.",
    "es": "Buenos días, escribo yo también por la incidencia {case} que abrió {first1} {when}. {core} Para nosotros es un problema serio.",
    "pt": "Bom dia, escrevo também sobre o pedido {case} aberto pela {first1} {when}. {core} Para nós é um problema sério.",
}
PRO_THIS_MORNING = {
    "it": "stamattina",
    "fr": "ce matin",
    "en": "this morning",
    "de": "heute Morgen",
    "es": "esta mañana",
    "pt": "esta manhã",
}
PRO_ON_DAY = {
    "it": "{day}",
    "fr": "{day}",
    "en": "on {day}",
    "de": "am {day}",
    "es": "el {day}",
    "pt": "na {day}",
}
WEEKDAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
PRO_LAST_MAIL = {
    "it": "Caso {case}: non è cambiato nulla e diversi colleghi vi hanno già scritto. L'ufficio acquisti ha già chiesto un preventivo a {comp}.",
    "fr": "Dossier {case} : rien n'a changé et plusieurs collègues vous ont déjà écrit. Les achats ont déjà demandé un devis à {comp}.",
    "en": "Case {case}: nothing has changed and several colleagues have written to you. Procurement has already asked {comp} for a quote.",
    "de": "Vorgang {case}: nichts hat sich geändert, mehrere Kollegen haben Ihnen geschrieben. Der Einkauf hat schon ein Angebot bei {comp} angefragt.",
    "es": "Incidencia {case}: no ha cambiado nada y varios compañeros ya os han escrito. Compras ya ha pedido presupuesto a {comp}.",
    "pt": "Pedido {case}: nada mudou e vários colegas já vos escreveram. As compras já pediram orçamento à {comp}.",
}
PRO_LAST_CALL = {
    "it": "buongiorno la chiamo per il caso {case} non è risolto niente e vi hanno scritto in tanti da noi il mio capo dice che se non si sistema questa settimana spostiamo l'account da un altro fornitore",
    "fr": "bonjour je vous appelle pour le dossier {case} rien n'est réglé et plusieurs collègues vous ont écrit mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "en": "hi I'm calling about case {case} nothing's fixed and loads of us have written in my boss says if it isn't sorted this week we move the account to another supplier",
    "de": "guten Tag ich rufe an wegen Vorgang {case} es ist nichts gelöst mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir den Anbieter",
    "es": "buenos días llamo por la incidencia {case} no se ha arreglado nada y os han escrito varios compañeros mi jefe dice que si no se soluciona esta semana nos vamos a otro proveedor",
    "pt": "bom dia ligo por causa do pedido {case} não está nada resolvido e vários colegas já escreveram o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}
PRO_ACK = {
    "it": "Buongiorno {first}, abbiamo aperto il caso {case} ({topic}) e il suo account manager la ricontatta entro domani.",
    "fr": "Bonjour {first}, le dossier {case} ({topic}) est ouvert, votre chargé de compte vous recontacte d'ici demain.",
    "en": "Hello {first}, we've opened case {case} ({topic}); your account manager will be in touch by tomorrow.",
    "de": "Guten Tag {first}, wir haben Vorgang {case} ({topic}) eröffnet, Ihr Account Manager meldet sich bis morgen.",
    "es": "Buenos días {first}, hemos abierto la incidencia {case} ({topic}) y tu gestor de cuenta te contacta mañana como tarde.",
    "pt": "Bom dia {first}, abrimos o pedido {case} ({topic}) e o seu gestor de conta contacta-a até amanhã.",
}
PRO_MILD: dict[str, list[str]] = {
    "it": [
        "Sarebbe comodo poter esportare i costi degli eventi per centro di costo dal portale.",
        "Suggerimento: mostrare nel portale il nome dello chef il giorno prima, così lo annunciamo in bacheca.",
    ],
    "fr": [
        "Ce serait pratique de pouvoir exporter les coûts des événements par centre de coûts depuis le portail.",
        "Suggestion : afficher le nom du chef la veille dans le portail, pour l'annoncer à l'équipe.",
    ],
    "en": [
        "It would help to export event costs by cost centre from the portal.",
        "Suggestion: show the chef's name in the portal the day before so we can announce it.",
    ],
    "de": [
        "Praktisch wäre ein Export der Eventkosten nach Kostenstelle im Portal.",
        "Vorschlag: den Namen des Kochs am Vortag im Portal anzeigen.",
    ],
    "es": [
        "Sería útil exportar los costes de los eventos por centro de coste desde el portal.",
        "Sugerencia: mostrar en el portal el nombre del chef el día anterior.",
    ],
    "pt": [
        "Dava jeito exportar os custos dos eventos por centro de custo no portal.",
        "Sugestão: mostrar no portal o nome do chef na véspera.",
    ],
}
PRO_MILD_SUBJECT = {
    "it": "Suggerimento portale",
    "fr": "Suggestion portail",
    "en": "Portal suggestion",
    "de": "Vorschlag Portal",
    "es": "Sugerencia portal",
    "pt": "Sugestão portal",
}
PRO_MILD_ACK = {
    "it": "Grazie {first}, bel suggerimento: l'abbiamo girato al team del portale.",
    "fr": "Merci {first}, bonne idée : nous l'avons transmise à l'équipe du portail.",
    "en": "Thanks {first}, good idea: passed to the portal team.",
    "de": "Danke {first}, gute Idee: an das Portal-Team weitergegeben.",
    "es": "Gracias {first}, buena idea: la hemos pasado al equipo del portal.",
    "pt": "Obrigada {first}, boa ideia: passámos à equipa do portal.",
}
PRO_CHAT: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, per il pranzo di venerdì posso aggiungere 3 vegani?",
            "Buongiorno! Sì, fino a 48 ore prima dal portale o qui in chat: fatto, 3 vegani aggiunti.",
        ),
        (
            "Lo chef può servire anche il caffè a fine pranzo?",
            "Sì, l'opzione «caffè e piccola pasticceria» si aggiunge in Eventi.",
        ),
    ],
    "fr": [
        (
            "Bonjour, pour le déjeuner de vendredi je peux ajouter 3 végans ?",
            "Bonjour ! Oui, jusqu'à 48 h avant via le portail ou ici : c'est fait, 3 végans ajoutés.",
        ),
        (
            "Le chef peut servir le café en fin de repas ?",
            "Oui, l'option « café gourmand » s'ajoute dans Événements.",
        ),
    ],
    "en": [("Hi, can we add 3 vegans for Friday's lunch?", "Hi! Yes, done, 3 vegan plates added.")],
    "de": [
        (
            "Hallo, können wir für Freitag 3 vegane Essen ergänzen?",
            "Hallo! Ja, erledigt, 3 vegane Teller ergänzt.",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos añadir 3 veganos a la comida del viernes?",
            "¡Hola! Sí, hecho, 3 platos veganos añadidos.",
        )
    ],
    "pt": [
        (
            "Olá, podemos acrescentar 3 vegetarianos ao almoço de sexta?",
            "Olá! Sim, feito, 3 pratos vegetarianos acrescentados.",
        )
    ],
}
PRO_THANKS = {
    "it": "Perfetto, grazie!",
    "fr": "Parfait, merci !",
    "en": "Great, thanks!",
    "de": "Super, danke!",
    "es": "Perfecto, ¡gracias!",
    "pt": "Perfeito, obrigada!",
}
PRO_PRAISE: dict[str, list[str]] = {
    "it": [
        "Team cooking con Mestolio Pro ieri: 12 colleghi, pasta fresca e zero riunioni. Il miglior team building dell'anno",
        "Pranzo clienti servito da Mestolio Pro in sala riunioni, tutto impeccabile e puntuale",
    ],
    "fr": [
        "Team cooking avec Mestolio Pro hier : 12 collègues, pâtes fraîches et zéro réunion. Meilleur team building de l'année",
        "Déjeuner clients servi par Mestolio Pro en salle de réunion, impeccable et ponctuel",
    ],
    "en": ["Team cooking day with Mestolio Pro, best team event we've done"],
    "de": ["Teamkochen mit Mestolio Pro, bestes Team-Event seit Langem"],
    "es": ["Team cooking con Mestolio Pro, el mejor evento de equipo del año"],
    "pt": ["Team cooking com a Mestolio Pro, o melhor evento de equipa do ano"],
}
TITLES = {
    "it": [
        "Office manager",
        "Responsabile acquisti",
        "Assistente di direzione",
        "HR manager",
        "Responsabile amministrativa",
        "Facility manager",
    ],
    "fr": [
        "Office manager",
        "Responsable achats",
        "Assistante de direction",
        "Responsable RH",
        "Comptable fournisseurs",
        "Services généraux",
    ],
    "en": [
        "Office manager",
        "Procurement lead",
        "Executive assistant",
        "HR manager",
        "Accounts payable",
    ],
    "de": [
        "Office Managerin",
        "Einkauf",
        "Assistenz der Geschäftsführung",
        "Personalleitung",
        "Kreditorenbuchhaltung",
    ],
    "es": [
        "Office manager",
        "Responsable de compras",
        "Asistente de dirección",
        "RRHH",
        "Cuentas a pagar",
    ],
    "pt": [
        "Office manager",
        "Compras",
        "Assistente de direção",
        "Recursos humanos",
        "Contabilidade",
    ],
}
# (company, domain, site kind) per market
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "IT": [
        ("Studio Legale Ferraris Bellini", "ferrarisbellini.example", "law firm"),
        ("Brenta Coworking", "brentacowork.example", "coworking"),
        ("Orizzonte Assicurazioni", "orizzonte-ass.example", "insurance"),
        ("Pixelgrana Studio", "pixelgrana.example", "design studio"),
        ("Fondazione Arte Viva", "arteviva-fond.example", "foundation"),
    ],
    "FR": [
        ("Agence Boréale", "agence-boreale.example", "agency"),
        ("Cabinet Morvan & Associés", "morvan-associes.example", "accountants"),
        ("Lumière Biotech", "lumiere-bio.example", "lab"),
        ("Maison Carreau", "maisoncarreau.example", "fashion house"),
    ],
    "CH": [("Lémanica Conseil", "lemanica.example", "consultancy")],
    "BE": [("Ardenne Logiciels", "ardenne-log.example", "software")],
    "DE": [("Kranich Architekten", "kranich-arch.example", "architects")],
    "ES": [("Alboranda Consultores", "alboranda.example", "consultancy")],
    "PT": [("Tejo Digital", "tejodigital.example", "agency")],
    "UK": [("Harrowgate Partners", "harrowgate.example", "consultancy")],
}
