# ruff: noqa: E501
"""Hand-written wording of Botiqa's business arm (first-aid kits, workplace restocks, flu-jab days).

Placeholders: {brand}, {ref}, {comp}, {agent}, {first}, {company}, {who} (the first
complainer's first name), {day} (a weekday or "this morning"), {core} (the problem).
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("First-aid kit refill (10 sites) / Reposição kits (10 locais)", 412.00),
    ("Workplace first-aid cabinet / Armário primeiros socorros", 189.00),
    ("Flu-jab day, 25 staff / Dia de vacinação, 25 pessoas", 675.00),
    ("Burn gel and dressings pack / Pack queimaduras", 84.50),
    ("Eye-wash station refill / Recarga lava-olhos", 61.20),
    ("Vehicle first-aid pouches x20 / Bolsas veículo x20", 238.00),
]
B2B_PAGES = [
    "/business/portal",
    "/business/orders",
    "/business/kits",
    "/business/flu-days",
    "/business/invoices",
]

SITES = [
    "logistics",
    "hotel",
    "construction",
    "school",
    "restaurants",
    "factory",
    "call_centre",
    "gym_chain",
    "cleaning",
    "bus_company",
    "retail",
    "architects",
    "software",
    "laboratory",
    "farm_coop",
]

JOBS: dict[str, list[str]] = {
    "pt": [
        "Responsável de Segurança no Trabalho",
        "Diretora de Recursos Humanos",
        "Gestor de Compras",
        "Técnica Administrativa",
        "Diretor de Operações",
        "Encarregado de Obra",
    ],
    "fr": [
        "Responsable QHSE",
        "Responsable RH",
        "Acheteur",
        "Assistante de direction",
        "Directeur des opérations",
        "Chef de chantier",
    ],
    "en": ["Health and Safety Manager", "HR Manager", "Procurement Lead", "Office Manager"],
    "es": [
        "Responsable de Prevención",
        "Jefa de RR. HH.",
        "Responsable de Compras",
        "Administrativa",
    ],
    "it": ["Responsabile Sicurezza", "Responsabile HR", "Ufficio Acquisti", "Office manager"],
    "de": ["Sicherheitsbeauftragter", "Personalleiterin", "Einkauf", "Office-Managerin"],
}

B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "fatura rejeitada pela contabilidade",
        "fr": "facture rejetée par la comptabilité",
        "en": "invoice rejected by accounts",
        "es": "factura rechazada por contabilidad",
        "it": "fattura respinta dalla contabilità",
        "de": "Rechnung von der Buchhaltung abgelehnt",
    },
    "service_blocked": {
        "pt": "conta empresa bloqueada",
        "fr": "compte entreprise bloqué",
        "en": "business account blocked",
        "es": "cuenta de empresa bloqueada",
        "it": "account aziendale bloccato",
        "de": "Firmenkonto gesperrt",
    },
    "portal": {
        "pt": "portal sem guias de remessa",
        "fr": "portail sans bons de livraison",
        "en": "portal missing delivery notes",
        "es": "portal sin albaranes",
        "it": "portale senza bolle",
        "de": "Portal ohne Lieferscheine",
    },
    "overbilled": {
        "pt": "faturado a mais",
        "fr": "surfacturation",
        "en": "overbilled",
        "es": "facturado de más",
        "it": "fatturato in eccesso",
        "de": "zu viel berechnet",
    },
}

B2B_CORE: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "A fatura de setembro veio em nome da antiga sede e sem o número de nota de encomenda, a contabilidade recusa-se a pagá-la e vamos ficar em incumprimento.",
        "fr": "La facture de septembre est au nom de l'ancien siège et sans numéro de bon de commande, notre comptabilité la rejette et nous allons être en retard de paiement.",
        "en": "The September invoice is addressed to our old head office with no PO number, so accounts payable have rejected it and we'll end up overdue.",
        "es": "La factura de septiembre va a nombre de la antigua sede y sin número de pedido, contabilidad la rechaza.",
        "it": "La fattura di settembre è intestata alla vecchia sede e senza numero d'ordine, la contabilità la rifiuta.",
        "de": "Die Septemberrechnung ist an den alten Firmensitz adressiert und ohne Bestellnummer, die Buchhaltung lehnt sie ab.",
    },
    "service_blocked": {
        "pt": "A nossa conta empresa aparece como BLOQUEADA - limite de crédito atingido, quando está tudo pago. Os encarregados das obras não conseguem repor os kits de primeiros socorros.",
        "fr": "Notre compte entreprise est BLOQUÉ - plafond de crédit atteint, alors que tout est payé. Les chefs d'équipe ne peuvent plus recommander les trousses de secours.",
        "en": "Our business account shows BLOCKED - credit limit reached, although everything is paid. Site managers can't reorder first-aid kits.",
        "es": "La cuenta de empresa sale BLOQUEADA - límite de crédito alcanzado, y está todo pagado. No podemos reponer botiquines.",
        "it": "L'account aziendale risulta BLOCCATO - limite di credito raggiunto, ma è tutto pagato. Non possiamo riordinare i kit.",
        "de": "Unser Firmenkonto steht auf GESPERRT - Kreditlimit erreicht, obwohl alles bezahlt ist. Die Standorte können keine Verbandskästen nachbestellen.",
    },
    "portal": {
        "pt": "O portal empresas deixou de mostrar as guias de remessa e o histórico de encomendas está vazio. Sem guias não conseguimos fechar a auditoria de segurança.",
        "fr": "Le portail entreprise n'affiche plus les bons de livraison et l'historique des commandes est vide. Sans eux impossible de boucler l'audit sécurité.",
        "en": "The business portal no longer shows delivery notes and the order history is empty. We can't close our safety audit without them.",
        "es": "El portal de empresas ya no muestra los albaranes y el historial está vacío. Sin ellos no cerramos la auditoría.",
        "it": "Il portale aziende non mostra più le bolle e lo storico ordini è vuoto. Senza non chiudiamo l'audit sicurezza.",
        "de": "Das Firmenportal zeigt keine Lieferscheine mehr und die Bestellhistorie ist leer. Ohne die können wir das Sicherheitsaudit nicht abschließen.",
    },
    "overbilled": {
        "pt": "Fomos faturados por 40 reposições de kits quando temos 14 locais e recebemos 14. A diferença são mais de mil euros.",
        "fr": "On nous a facturé 40 réassorts de trousses alors que nous avons 14 sites et en avons reçu 14. Plus de mille euros d'écart.",
        "en": "We've been billed for 40 kit refills when we have 14 sites and received 14. That's over a thousand euros out.",
        "es": "Nos han facturado 40 reposiciones de botiquín cuando tenemos 14 centros y recibimos 14.",
        "it": "Ci avete fatturato 40 ricariche kit, ma abbiamo 14 sedi e ne abbiamo ricevute 14.",
        "de": "Uns wurden 40 Nachfüllungen berechnet, wir haben 14 Standorte und 14 erhalten.",
    },
}

B2B_FIRST: dict[str, str] = {
    "pt": "Bom dia,\n\n{core}\n\nAgradeço correção urgente.\n\n{first}\n{company}",
    "fr": "Bonjour,\n\n{core}\n\nMerci de corriger au plus vite.\n\n{first}\n{company}",
    "en": "Hello,\n\n{core}\n\nPlease fix this urgently.\n\n{first}\n{company}",
    "es": "Buenos días,\n\n{core}\n\nRogamos corrección urgente.\n\n{first}\n{company}",
    "it": "Buongiorno,\n\n{core}\n\nChiediamo una correzione urgente.\n\n{first}\n{company}",
    "de": "Guten Tag,\n\n{core}\n\nBitte dringend korrigieren.\n\n{first}\n{company}",
}
B2B_LATER: dict[str, str] = {
    "pt": "Bom dia,\n\nA minha colega {who} já vos escreveu {day} (processo {ref}) e continua igual: {core}\n\nPrecisamos disto resolvido.\n\n{first}\n{company}",
    "fr": "Bonjour,\n\nMa collègue {who} vous a déjà écrit {day} (dossier {ref}) et rien n'a changé : {core}\n\nIl faut que ce soit réglé.\n\n{first}\n{company}",
    "en": "Hello,\n\nMy colleague {who} already wrote to you {day} (case {ref}) and nothing has changed: {core}\n\nWe need this fixed.\n\n{first}\n{company}",
    "es": "Hola,\n\nMi compañera {who} ya os escribió {day} (expediente {ref}) y sigue igual: {core}\n\n{first}\n{company}",
    "it": "Buongiorno,\n\nla mia collega {who} vi ha già scritto {day} (pratica {ref}) e nulla è cambiato: {core}\n\n{first}\n{company}",
    "de": "Guten Tag,\n\nmeine Kollegin {who} hat Ihnen schon {day} geschrieben (Vorgang {ref}) und es hat sich nichts getan: {core}\n\n{first}\n{company}",
}
B2B_LAST_MAIL: dict[str, str] = {
    "pt": "Bom dia,\n\nProcesso {ref}: continua tudo por resolver, vários colegas já vos escreveram e ninguém resolve. Pedimos hoje uma proposta à {comp}.\n\n{first}\n{company}",
    "fr": "Bonjour,\n\nDossier {ref} : toujours rien de réglé, plusieurs collègues vous ont écrit. Nous avons demandé un devis à {comp} ce matin.\n\n{first}\n{company}",
    "en": "Hello,\n\nCase {ref}: still nothing fixed, several colleagues have written. We've asked {comp} for a quote today.\n\n{first}\n{company}",
    "es": "Hola,\n\nExpediente {ref}: sigue sin resolver, varios compañeros os han escrito. Hemos pedido presupuesto a {comp}.\n\n{first}\n{company}",
    "it": "Buongiorno,\n\npratica {ref}: ancora niente, più colleghi vi hanno scritto. Abbiamo chiesto un preventivo a {comp}.\n\n{first}\n{company}",
    "de": "Guten Tag,\n\nVorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Wir haben heute ein Angebot bei {comp} angefragt.\n\n{first}\n{company}",
}
B2B_LAST_CALL: dict[str, str] = {
    "pt": "bom dia fala {first} da {company} é sobre o processo {ref} continua sem solução já vários colegas meus vos contactaram e estamos a ver outros fornecedores",
    "fr": "oui bonjour {first} de chez {company} c'est pour le dossier {ref} toujours rien plusieurs collègues vous ont appelé et on regarde d'autres fournisseurs",
    "en": "hi it's {first} from {company} about case {ref} still not fixed several of my colleagues have been in touch and we're looking at other suppliers",
    "es": "hola soy {first} de {company} por el expediente {ref} sigue sin arreglar varios compañeros ya llamaron y estamos mirando otros proveedores",
    "it": "buongiorno sono {first} di {company} per la pratica {ref} ancora niente vari colleghi vi hanno contattato e stiamo guardando altri fornitori",
    "de": "ja guten Tag {first} von {company} wegen Vorgang {ref} immer noch nicht gelöst mehrere Kollegen haben sich gemeldet und wir schauen uns andere Anbieter an",
}
B2B_ACK: dict[str, tuple[str, str]] = {
    "pt": (
        "Processo {ref} - {company}",
        "Bom dia {first},\n\nRegistámos o pedido no processo {ref}; o gestor da vossa conta vai tratar.\n\n{agent}",
    ),
    "fr": (
        "Dossier {ref} - {company}",
        "Bonjour {first},\n\nVotre demande est enregistrée sous le dossier {ref} ; votre chargé de compte s'en occupe.\n\n{agent}",
    ),
    "en": (
        "Case {ref} - {company}",
        "Hello {first},\n\nLogged as case {ref}; your account manager will pick it up.\n\n{agent}",
    ),
    "es": (
        "Expediente {ref} - {company}",
        "Hola {first},\n\nRegistrado en el expediente {ref}; su gestor de cuenta se encarga.\n\n{agent}",
    ),
    "it": (
        "Pratica {ref} - {company}",
        "Buongiorno {first},\n\nregistrato nella pratica {ref}; se ne occupa il vostro account manager.\n\n{agent}",
    ),
    "de": (
        "Vorgang {ref} - {company}",
        "Guten Tag {first},\n\nerfasst unter Vorgang {ref}; Ihr Kundenbetreuer kümmert sich.\n\n{agent}",
    ),
}
B2B_MILD: dict[str, list[str]] = {
    "pt": [
        "Sugestão: era útil receber um e-mail quando os produtos dos kits estão a 30 dias de expirar.",
        "Seria possível ter uma guia de remessa separada por local em vez de uma única?",
    ],
    "fr": [
        "Suggestion : un e-mail quand des produits des trousses arrivent à 30 jours de péremption serait bien utile.",
        "Serait-il possible d'avoir un bon de livraison par site plutôt qu'un seul global ?",
    ],
    "en": [
        "Suggestion: an email when kit items are 30 days from expiry would be really handy.",
        "Could we get one delivery note per site instead of a single one?",
    ],
    "es": [
        "Sugerencia: un aviso por correo cuando los productos del botiquín estén a 30 días de caducar.",
        "¿Se podría tener un albarán por centro?",
    ],
    "it": [
        "Suggerimento: una mail quando i prodotti dei kit sono a 30 giorni dalla scadenza.",
        "Sarebbe possibile una bolla per sede?",
    ],
    "de": [
        "Vorschlag: eine Mail, wenn Artikel in den Kästen in 30 Tagen ablaufen.",
        "Wäre ein Lieferschein pro Standort möglich?",
    ],
}
B2B_MILD_ACK: dict[str, str] = {
    "pt": "Bom dia {first},\n\nObrigada pela sugestão, passámo-la à equipa de produto.\n\n{agent}",
    "fr": "Bonjour {first},\n\nMerci pour la suggestion, transmise à l'équipe produit.\n\n{agent}",
    "en": "Hello {first},\n\nThanks for the suggestion, passed to the product team.\n\n{agent}",
    "es": "Hola {first},\n\nGracias por la sugerencia, la pasamos al equipo de producto.\n\n{agent}",
    "it": "Buongiorno {first},\n\ngrazie del suggerimento, girato al team prodotto.\n\n{agent}",
    "de": "Guten Tag {first},\n\ndanke für den Vorschlag, ist an das Produktteam weitergegeben.\n\n{agent}",
}
B2B_CHAT: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia, conseguem marcar o dia de vacinação da gripe para a segunda semana de novembro?",
            "Bom dia! Sim, há vagas a 10 e 12 de novembro; reservo já?",
        ),
        (
            "Os kits de viatura têm colete refletor incluído?",
            "Olá! Não, o colete é à parte, referência na página Kits.",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on planifier une journée vaccination grippe fin octobre ?",
            "Bonjour ! Oui, il reste le 27 et le 29 octobre, je réserve ?",
        ),
        (
            "Les trousses véhicule contiennent-elles une couverture de survie ?",
            "Bonjour ! Oui, une par trousse.",
        ),
    ],
    "en": [
        (
            "Hi, can we book a flu-jab day for early November?",
            "Hi! Yes, 3rd and 5th are free, shall I hold one?",
        )
    ],
    "es": [
        (
            "Hola, se puede reservar el día de vacunación para noviembre?",
            "¡Hola! Sí, quedan el 4 y el 6.",
        )
    ],
    "it": [
        (
            "Buongiorno, si può prenotare la giornata vaccini a novembre?",
            "Buongiorno! Sì, liberi il 4 e il 6.",
        )
    ],
    "de": [
        (
            "Hallo, können wir einen Grippeimpftag Anfang November buchen?",
            "Hallo! Ja, der 4. und 6. sind frei.",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Dia de vacinação na nossa empresa organizado pela {brand}: 40 pessoas vacinadas numa manhã, tudo pontual",
        "Reposição dos kits das 12 obras feita numa semana, sem falhas. Recomendo {brand}",
    ],
    "fr": [
        "Journée vaccination chez nous avec {brand} : 40 collègues vaccinés en une matinée, impeccable",
        "Réassort des trousses de nos 12 sites en une semaine, zéro oubli. Merci {brand}",
    ],
    "en": ["Flu-jab day run by {brand} at our office: 40 people done in a morning, smooth"],
    "es": ["Jornada de vacunación con {brand}: 40 personas en una mañana, perfecto"],
    "it": ["Giornata vaccini con {brand}: 40 colleghi in una mattina, perfetto"],
    "de": ["Impftag mit {brand} bei uns: 40 Leute an einem Vormittag, reibungslos"],
}
DAY_WORDS: dict[str, list[str]] = {
    "pt": [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "esta manhã",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
}
