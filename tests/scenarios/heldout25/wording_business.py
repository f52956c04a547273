# ruff: noqa: E501
"""Hand-written wording for Boxelo Business (heldout25): shops and offices storing stock.

Placeholders: {b}, {company}, {site}, {ref}, {first}, {agent}, {comp}, {colleague} (the
first complainer), <<fem|masc>> agrees with the colleague, [[fem|masc]] with the writer.
"""

from __future__ import annotations

BIZ_PROBLEMS = ("invoice", "access_badges", "deliveries", "portal")

# market -> (company name, domain, kind of place)
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "PT": [
        ("Livraria Gaveta", "gaveta-livros", "bookshop"),
        ("Florista Camélia", "camelia-flores", "florist"),
        ("Obras Rocha & Filhos", "rochafilhos", "builder"),
        ("Casa do Azulejo", "casadoazulejo", "tile shop"),
        ("Sapataria Ribeira", "sapatariaribeira", "shoe shop"),
        ("Eventos Maré", "eventosmare", "event company"),
        ("Farmácia Sol", "farmaciasol", "pharmacy"),
        ("Estúdio Luz Norte", "luznorte", "photo studio"),
        ("Loja Bicho Bom", "bichobom", "pet shop"),
        ("Atelier Linho", "atelierlinho", "e-shop"),
        ("Papelaria Tinteiro", "tinteiro", "stationer"),
        ("Cervejaria Maresia", "maresia-bar", "bar"),
        ("Clínica Dentária Sorriso", "clinicasorriso", "dental clinic"),
        ("Oficina Bina", "oficinabina", "bike shop"),
        ("Garrafeira Douro Vivo", "dourovivo", "wine shop"),
        ("Talho Moderno", "talhomoderno", "butcher"),
    ],
    "FR": [
        ("Librairie La Virgule", "lavirgule", "bookshop"),
        ("Fleurs de Pauline", "fleursdepauline", "florist"),
        ("Bâti Mercier", "batimercier", "builder"),
        ("Cabinet Roux Avocats", "roux-avocats", "law firm"),
        ("Cave Saint-Roch", "cavesaintroch", "wine shop"),
        ("Studio Lumen", "studiolumen", "photo studio"),
        ("Déco & Fêtes", "decoetfetes", "event company"),
        ("Pharmacie du Marché", "pharmaciedumarche", "pharmacy"),
        ("Maison Tricot", "maisontricot", "e-shop"),
        ("Vélos Martin", "velosmartin", "bike shop"),
        ("Boulangerie Fournil d'Or", "fournildor", "bakery"),
        ("Agence Horizon Immo", "horizon-immo", "estate agent"),
        ("Salon Coiffure Lila", "coiffurelila", "hair salon"),
        ("Théâtre du Quai", "theatreduquai", "theatre"),
        ("Épicerie Bocal", "epiceriebocal", "grocer"),
        ("Imprimerie Gravure", "imprimeriegravure", "printer"),
    ],
    "BE": [
        ("Atelier Meunier", "ateliermeunier", "furniture maker"),
        ("Chocolats Delvaux", "delvaux-choco", "chocolate shop"),
        ("Brasserie du Parvis", "brasserieparvis", "brasserie"),
    ],
    "ES": [
        ("Librería El Ancla", "elancla", "bookshop"),
        ("Reformas Quintana", "reformasquintana", "builder"),
        ("Cerámicas Albaicín", "ceramicasalbaicin", "pottery shop"),
        ("Eventos Brisa", "eventosbrisa", "event company"),
    ],
    "UK": [
        ("Hartley & Sons Joinery", "hartleyjoinery", "builder"),
        ("Pip's Party Hire", "pipsparty", "event company"),
        ("Marlow Vintage", "marlowvintage", "e-shop"),
    ],
    "IE": [
        ("Doyle Florists", "doyleflorists", "florist"),
        ("Kinsella Cycles", "kinsellacycles", "bike shop"),
    ],
    "DE": [
        ("Buchhandlung Eule", "eule-buch", "bookshop"),
        ("Malerbetrieb Kern", "maler-kern", "builder"),
        ("Stoffladen Holm", "stoff-holm", "fabric shop"),
    ],
    "IT": [
        ("Libreria Il Segnalibro", "ilsegnalibro", "bookshop"),
        ("Fiori di Giada", "fioridigiada", "florist"),
        ("Ceramiche Bruni", "ceramichebruni", "tile shop"),
        ("Studio Foto Riva", "fotoriva", "photo studio"),
    ],
}

BIZ_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "Bom dia, a fatura mensal da {company} veio a preço de tabela, sem os 15 % do contrato {b} Business. Podem corrigir e reenviar?",
        "fr": "Bonjour, la facture mensuelle de {company} est au prix public, sans les 15 % de notre contrat {b} Business. Pouvez-vous corriger et renvoyer ?",
        "es": "Buenos días, la factura de {company} viene a precio de tarifa, sin el 15 % del contrato {b} Business. ¿Podéis corregirla?",
        "en": "Morning, {company}'s monthly invoice is at list price without the 15 % from our {b} Business contract. Can you correct and resend?",
        "de": "Guten Tag, die Monatsrechnung der {company} ist zum Listenpreis, ohne die 15 % aus dem {b}-Business-Vertrag. Bitte korrigieren.",
        "it": "Buongiorno, la fattura di {company} è a prezzo di listino, senza il 15 % del contratto {b} Business. Potete correggerla?",
    },
    "access_badges": {
        "pt": "Olá, os crachás de acesso da equipa da {company} deixaram de abrir o portão do armazém. Só o meu funciona. Temos entregas para fazer.",
        "fr": "Bonjour, les badges d'accès de l'équipe {company} n'ouvrent plus le portail de l'entrepôt. Seul le mien marche. On a des livraisons à faire.",
        "es": "Hola, las tarjetas de acceso del equipo de {company} ya no abren la puerta del almacén. Solo funciona la mía.",
        "en": "Hi, the {company} team's access badges stopped opening the warehouse gate. Only mine works. We've deliveries to get out.",
        "de": "Hallo, die Zugangskarten des {company}-Teams öffnen das Lagertor nicht mehr. Nur meine geht.",
        "it": "Salve, i badge d'accesso del team di {company} non aprono più il cancello del magazzino. Funziona solo il mio.",
    },
    "deliveries": {
        "pt": "Bom dia, a receção do {b} devia ter recebido 6 paletes de fornecedor para a {company} e só constam 4 no nosso espaço. Onde estão as outras?",
        "fr": "Bonjour, l'accueil {b} devait réceptionner 6 palettes fournisseur pour {company} et il n'y en a que 4 dans notre espace. Où sont les autres ?",
        "es": "Buenos días, la recepción de {b} debía recibir 6 palés para {company} y solo hay 4 en nuestro espacio.",
        "en": "Morning, {b} reception was meant to take in 6 supplier pallets for {company} and only 4 are in our space. Where are the others?",
        "de": "Guten Morgen, der {b}-Empfang sollte 6 Paletten für {company} annehmen, in unserem Bereich stehen nur 4.",
        "it": "Buongiorno, la reception di {b} doveva ricevere 6 bancali per {company} e nel nostro spazio ce ne sono 4.",
    },
    "portal": {
        "pt": "Olá, o portal {b} Business dá erro ao adicionar utilizadores e ao exportar o inventário da {company}. Já tentámos em dois computadores.",
        "fr": "Bonjour, le portail {b} Business plante quand on ajoute des utilisateurs ou qu'on exporte l'inventaire de {company}. Testé sur deux postes.",
        "es": "Hola, el portal {b} Business da error al añadir usuarios y al exportar el inventario de {company}.",
        "en": "Hi, the {b} Business portal errors when we add users or export {company}'s inventory. Tried on two machines.",
        "de": "Hallo, das {b}-Business-Portal bricht ab, wenn wir Nutzer anlegen oder das Inventar der {company} exportieren.",
        "it": "Salve, il portale {b} Business va in errore quando aggiungiamo utenti o esportiamo l'inventario di {company}.",
    },
}

BIZ_LATER: dict[str, str] = {
    "pt": "Bom dia, escrevo também pela {company}: o mesmo problema que <<a minha colega|o meu colega>> {colleague} reportou (processo {ref}) continua. {complaint}",
    "fr": "Bonjour, j'écris aussi pour {company} : le même problème que <<ma collègue|mon collègue>> {colleague} a signalé (dossier {ref}) continue. {complaint}",
    "es": "Buenos días, escribo también por {company}: sigue el mismo problema que <<mi compañera|mi compañero>> {colleague} reportó (caso {ref}). {complaint}",
    "en": "Morning, writing for {company} as well: same problem my colleague {colleague} reported (case {ref}) is still there. {complaint}",
    "de": "Guten Morgen, ich schreibe auch für {company}: dasselbe Problem, das <<meine Kollegin|mein Kollege>> {colleague} gemeldet hat (Fall {ref}), besteht weiter. {complaint}",
    "it": "Buongiorno, scrivo anch'io per {company}: lo stesso problema segnalato <<dalla mia collega|dal mio collega>> {colleague} (pratica {ref}) continua. {complaint}",
}
BIZ_SUBJECT: dict[str, str] = {
    "pt": "{company} - pedido",
    "fr": "{company} - demande",
    "es": "{company} - solicitud",
    "en": "{company} - query",
    "de": "{company} - Anliegen",
    "it": "{company} - richiesta",
}
BIZ_LAST: dict[str, str] = {
    "pt": "Processo {ref}: continua tudo por resolver. Vários colegas já reportaram o mesmo. Estamos a pedir orçamentos à {comp}.",
    "fr": "Dossier {ref} : toujours rien de réglé. Plusieurs collègues l'ont signalé aussi. Nous demandons des devis à {comp}.",
    "es": "Caso {ref}: sigue sin resolverse. Varios compañeros lo han reportado. Estamos pidiendo presupuesto a {comp}.",
    "en": "Case {ref}: still nothing fixed. Several colleagues reported it too. We're getting quotes from {comp}.",
    "de": "Fall {ref}: immer noch nichts gelöst. Mehrere Kollegen haben es auch gemeldet. Wir holen Angebote von {comp} ein.",
    "it": "Pratica {ref}: ancora niente di risolto. Diversi colleghi l'hanno segnalato. Stiamo chiedendo preventivi a {comp}.",
}
BIZ_LAST_SPOKEN: dict[str, str] = {
    "pt": "bom dia ligo da {company} por causa do processo {ref} continua tudo na mesma já vários colegas reclamaram e estamos a pedir orçamento à {comp}",
    "fr": "oui bonjour j'appelle pour {company} au sujet du dossier {ref} rien n'a bougé plusieurs collègues ont déjà signalé et on demande des devis à {comp}",
    "es": "sí hola llamo de {company} por el caso {ref} sigue todo igual y estamos pidiendo presupuesto a {comp}",
    "en": "hiya calling from {company} about case {ref} nothing's changed several of us reported it and we're getting quotes from {comp}",
    "de": "ja hallo ich rufe von {company} an wegen fall {ref} es hat sich nichts getan und wir holen angebote von {comp} ein",
    "it": "pronto buongiorno chiamo da {company} per la pratica {ref} non è cambiato niente e stiamo chiedendo preventivi a {comp}",
}
BIZ_ACK: dict[str, str] = {
    "pt": "Bom dia {first}, registámos o pedido da {company} com o processo {ref}. A equipa Business está a analisar. {agent}, {b} Business",
    "fr": "Bonjour {first}, la demande de {company} est enregistrée sous le dossier {ref}. L'équipe Business l'étudie. {agent}, {b} Business",
    "es": "Buenos días {first}, hemos registrado la solicitud de {company} con el caso {ref}. {agent}, {b} Business",
    "en": "Morning {first}, we've logged {company}'s request as case {ref}. The Business team is looking into it. {agent}, {b} Business",
    "de": "Guten Morgen {first}, die Anfrage der {company} ist als Fall {ref} erfasst. {agent}, {b} Business",
    "it": "Buongiorno {first}, abbiamo registrato la richiesta di {company} con la pratica {ref}. {agent}, {b} Business",
}
BIZ_MILD: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria útil ter o centro de custo na fatura, para a contabilidade.",
        "Seria ótimo se a exportação CSV incluísse o nome do espaço.",
    ],
    "fr": [
        "Suggestion : ce serait pratique d'avoir le centre de coût sur la facture.",
        "Ce serait bien que l'export CSV indique le nom de l'espace.",
    ],
    "es": ["Sugerencia: sería útil el centro de coste en la factura."],
    "en": ["Suggestion: the cost centre on the invoice would help our accounts."],
    "de": ["Vorschlag: die Kostenstelle auf der Rechnung wäre praktisch."],
    "it": ["Suggerimento: sarebbe utile il centro di costo in fattura."],
}
BIZ_ROUTINE: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia, podemos receber uma entrega de fornecedor na quinta de manhã?",
            "Bom dia! Sim, a receção está aberta das 8h às 18h, basta registar a entrega no portal.",
        ),
        (
            "Como adicionamos um colaborador novo ao acesso do armazém?",
            "No portal, em Utilizadores > Novo, e ele recebe o crachá digital por SMS.",
        ),
        (
            "Dá para ter a fatura por email para a contabilidade?",
            "Claro, indique o email em Faturação > Destinatários.",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut recevoir une livraison fournisseur jeudi matin ?",
            "Bonjour ! Oui, l'accueil est ouvert de 8h à 18h, il suffit de déclarer la livraison sur le portail.",
        ),
        (
            "Comment ajouter un nouveau salarié à l'accès entrepôt ?",
            "Sur le portail, Utilisateurs > Nouveau, il reçoit son badge numérique par SMS.",
        ),
        (
            "Possible d'envoyer la facture directement au comptable ?",
            "Bien sûr, ajoutez son adresse dans Facturation > Destinataires.",
        ),
    ],
    "es": [
        (
            "¿Podemos recibir una entrega el jueves por la mañana?",
            "¡Sí! Recepción de 8 a 18 h, regístrala en el portal.",
        )
    ],
    "en": [
        (
            "Can we take a supplier delivery Thursday morning?",
            "Yes! Reception is 8 to 6, just log it on the portal.",
        )
    ],
    "de": [
        (
            "Können wir Donnerstagvormittag eine Lieferung annehmen lassen?",
            "Ja! Empfang 8 bis 18 Uhr, einfach im Portal anmelden.",
        )
    ],
    "it": [
        (
            "Possiamo ricevere una consegna giovedì mattina?",
            "Sì! Reception dalle 8 alle 18, basta registrarla sul portale.",
        )
    ],
}
BIZ_THANKS: dict[str, list[str]] = {
    "pt": ["Obrigad[[a|o]], muito prático.", "Perfeito, obrigad[[a|o]]!"],
    "fr": ["Merci, très pratique.", "Parfait, merci !"],
    "es": ["¡Gracias!"],
    "en": ["Cheers, great."],
    "de": ["Danke!"],
    "it": ["Grazie!"],
}
BIZ_PHONE: dict[str, list[str]] = {
    "pt": [
        "bom dia ligo da {company} queria saber se dá para aumentar o espaço no próximo mês",
        "olá era para marcar uma recolha extra de paletes na sexta",
    ],
    "fr": [
        "oui bonjour j'appelle pour {company} on voudrait un espace plus grand le mois prochain",
        "bonjour c'est pour ajouter un enlèvement de palettes vendredi",
    ],
    "es": ["sí hola llamo de {company} queríamos más espacio el mes que viene"],
    "en": ["hiya it's {company} we'd like a bigger space next month"],
    "de": ["ja hallo hier {company} wir bräuchten nächsten monat mehr fläche"],
    "it": ["pronto buongiorno chiamo da {company} vorremmo più spazio il mese prossimo"],
}
BIZ_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Há um ano que a {company} guarda o stock no {b}. Receção impecável, recomendo a outros lojistas.",
        "O portal {b} Business poupa-nos horas por semana. 👏",
    ],
    "fr": [
        "Un an que {company} stocke chez {b}. Accueil impeccable, je recommande aux commerçants.",
        "Le portail {b} Business nous fait gagner des heures chaque semaine 👏",
    ],
    "es": ["Un año con el stock de {company} en {b}. Recepción impecable."],
    "en": ["A year of {company}'s stock at {b}. Reception's brilliant."],
    "de": ["Seit einem Jahr lagert {company} bei {b}. Empfang top."],
    "it": ["Da un anno {company} tiene lo stock da {b}. Reception impeccabile."],
}
BIZ_ADDONS: list[tuple[str, float]] = [
    ("Recolha extra de paletes / Pallet pick-up", 85.0),
    ("Estantes industriais / Shelving", 140.0),
    ("Seguro Protect Business", 49.0),
    ("Espaço extra 5 m² / Extra 5 m²", 95.0),
]
BIZ_PAGES = [
    "/business/portal",
    "/business/users",
    "/business/inventory",
    "/business/invoices",
    "/business/deliveries",
]
