# ruff: noqa: E501
"""Hand-written wording of Lavanto Business contacts (hotels, restaurants, salons, clinics).

Placeholders: {name}, {agent}, {ref}, {first} (the colleague who complained first),
{comp}, {company}. The four company problems: invoice (the monthly invoice at list
price, without the contract's 12 % discount), missing_items (towels and uniforms short on
delivery), collection (the weekly collection missed), portal (orders in the portal failing).
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "missing_items", "collection", "portal")

#: (company name, e-mail domain, kind of site) per market.
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "ES": [
        ("Hostal Sol de Triana", "soltriana.example", "hostal"),
        ("Restaurante La Bodeguilla", "labodeguilla.example", "restaurante"),
        ("Clínica Fisio Ebro", "fisioebro.example", "clínica"),
        ("Peluquería Rizos", "rizos.example", "peluquería"),
        ("Hotel Mirador Bilbao", "miradorbilbao.example", "hotel"),
        ("Gimnasio Forja", "forja.example", "gimnasio"),
        ("Casa Lola Tapas", "casalola.example", "restaurante"),
        ("Hotel Puerta Nueva", "puertanueva.example", "hotel"),
        ("Spa Agua Clara", "aguaclara.example", "spa"),
        ("Clínica Dental Sonrisa", "dentalsonrisa.example", "clínica"),
        ("Arrocería El Grao", "elgrao.example", "restaurante"),
        ("Hostal Las Rejas", "lasrejas.example", "hostal"),
        ("Barbería Navaja", "navaja.example", "barbería"),
        ("Hotel Alameda", "hotelalameda.example", "hotel"),
        ("Taberna Txoko", "txoko.example", "restaurante"),
        ("Yoga Loto Sevilla", "lotosevilla.example", "estudio"),
        ("Residencia Los Olivos", "losolivos.example", "residencia"),
        ("Catering Brasa", "cateringbrasa.example", "catering"),
    ],
    "UK": [
        ("The Crown & Anchor", "crownanchor.example", "pub"),
        ("Harbour View B&B", "harbourview.example", "B&B"),
        ("Kinetic Physio Leeds", "kineticphysio.example", "clinic"),
        ("Shears Hair Studio", "shears.example", "salon"),
        ("The Larder Kitchen", "larderkitchen.example", "restaurant"),
        ("Northgate Hotel", "northgate.example", "hotel"),
        ("Iron Works Gym", "ironworks.example", "gym"),
        ("Bristol Bay Spa", "bristolbay.example", "spa"),
        ("Spice Route Canteen", "spiceroute.example", "restaurant"),
        ("Willow Care Home", "willowcare.example", "care home"),
        ("Thistle Guest House", "thistlegh.example", "guest house"),
        ("Fadeaway Barbers", "fadeaway.example", "barbers"),
    ],
    "IE": [
        ("The Lantern Guesthouse", "lanternguest.example", "guesthouse"),
        ("Galway Bay Bistro", "galwaybistro.example", "bistro"),
        ("Liffey Physio", "liffeyphysio.example", "clinic"),
        ("Cork Hotel Marina", "corkmarina.example", "hotel"),
    ],
    "DE": [
        ("Hotel Elbblick", "elbblick.example", "Hotel"),
        ("Friseur Schnittpunkt", "schnittpunkt.example", "Salon"),
        ("Physio am Dom", "physioamdom.example", "Praxis"),
        ("Gasthaus Zum Anker", "zumanker.example", "Gasthaus"),
        ("Pension Sonnenhof", "sonnenhof.example", "Pension"),
        ("Kita Regenbogen", "regenbogen.example", "Kita"),
    ],
    "FR": [
        ("Hôtel du Parc", "hotelduparc.example", "hôtel"),
        ("Brasserie Lumière", "brasserielumiere.example", "brasserie"),
        ("Salon Coupe Chic", "coupechic.example", "salon"),
        ("Cabinet Kiné Lyon", "kinelyon.example", "cabinet"),
        ("Gîte des Tilleuls", "tilleuls.example", "gîte"),
    ],
    "IT": [
        ("Albergo Stella", "albergostella.example", "albergo"),
        ("Trattoria Da Gino", "dagino.example", "trattoria"),
        ("Salone Forbici d'Oro", "forbicidoro.example", "salone"),
        ("Studio Fisio Navigli", "fisionavigli.example", "studio"),
        ("B&B Il Portico", "ilportico.example", "B&B"),
    ],
    "PT": [
        ("Hotel Ribeira", "hotelribeira.example", "hotel"),
        ("Tasca do Chico", "tascadochico.example", "tasca"),
        ("Cabeleireiro Onda", "onda.example", "salão"),
        ("Clínica Fisio Foz", "fisiofoz.example", "clínica"),
        ("Guesthouse Alfama", "alfamagh.example", "guesthouse"),
    ],
}

ROUTINE_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Hola, ¿podemos añadir 20 juegos de toallas más a la recogida del jueves?",
            "Hola {name}, sí, añadidos a la recogida del jueves. Un saludo, {agent} (Lavanto Business)",
            "Perfecto, gracias!",
        ),
        (
            "Buenos días, ¿cómo doy de alta a una compañera nueva en el portal?",
            "Hola {name}, desde Portal > Usuarios > Invitar. Le llegará un correo. {agent}",
            "Hecho, gracias",
        ),
        (
            "¿Se puede cambiar la recogida semanal del lunes al martes a partir de noviembre?",
            "Hola {name}, sí, lo dejamos cambiado desde el 2 de noviembre. {agent}",
            "Genial, mil gracias",
        ),
    ],
    "en": [
        (
            "Hi, can we add another 20 towel sets to Thursday's collection?",
            "Hi {name}, yes, added to Thursday's collection. {agent}, Lavanto Business",
            "Great, thanks!",
        ),
        (
            "Morning, how do I add a new colleague to the portal?",
            "Hi {name}, Portal > Users > Invite, they'll get an email. {agent}",
            "Done, cheers",
        ),
        (
            "Could we move the weekly collection from Monday to Tuesday from November?",
            "Hi {name}, yes, changed from 2 November. {agent}",
            "Brilliant, thanks",
        ),
    ],
    "de": [
        (
            "Hallo, können wir zur Abholung am Donnerstag 20 Handtuchsets mehr dazugeben?",
            "Hallo {name}, ja, ist ergänzt. Viele Grüße, {agent} (Lavanto Business)",
            "Prima, danke!",
        ),
        (
            "Wie lege ich eine neue Kollegin im Portal an?",
            "Hallo {name}, unter Portal > Benutzer > Einladen. {agent}",
            "Erledigt, danke",
        ),
    ],
    "fr": [
        (
            "Bonjour, pouvons-nous ajouter 20 lots de serviettes à la collecte de jeudi ?",
            "Bonjour {name}, c'est ajouté. {agent}, Lavanto Business",
            "Parfait, merci !",
        ),
        (
            "Comment ajouter un collègue sur le portail ?",
            "Bonjour {name}, Portail > Utilisateurs > Inviter. {agent}",
            "C'est fait, merci",
        ),
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere 20 set di asciugamani al ritiro di giovedì?",
            "Buongiorno {name}, aggiunti. {agent}, Lavanto Business",
            "Perfetto, grazie!",
        ),
        (
            "Come aggiungo una collega al portale?",
            "Ciao {name}, Portale > Utenti > Invita. {agent}",
            "Fatto, grazie",
        ),
    ],
    "pt": [
        (
            "Bom dia, podemos juntar mais 20 conjuntos de toalhas à recolha de quinta?",
            "Bom dia {name}, já está. {agent}, Lavanto Business",
            "Ótimo, obrigad[[a|o]]!",
        ),
        (
            "Como adiciono um colega ao portal?",
            "Olá {name}, Portal > Utilizadores > Convidar. {agent}",
            "Feito, obg",
        ),
    ],
}

B2B_PHONE_Q: dict[str, list[str]] = {
    "es": [
        "llamaba de {company} para saber si en agosto podemos tener dos recogidas por semana",
        "quería preguntar si hacéis también las mantelerías de tela",
    ],
    "en": [
        "calling from {company} to ask whether we can have two collections a week in August",
        "wanted to ask if you do tablecloths as well",
    ],
    "de": ["ich rufe für {company} an ob wir im August zwei Abholungen pro Woche haben können"],
    "fr": [
        "j'appelle de la part de {company} pour savoir si on peut avoir deux collectes par semaine en août"
    ],
    "it": ["chiamo da {company} per sapere se ad agosto possiamo avere due ritiri a settimana"],
    "pt": ["ligo de {company} para saber se em agosto podemos ter duas recolhas por semana"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Desde que {company} trabaja con Lavanto las toallas vuelven blanquísimas y siempre a tiempo. Recomendado para hostelería",
        "En {company} llevamos un año con Lavanto Business y cero problemas con los uniformes",
    ],
    "en": [
        "Since {company} switched to Lavanto the towels come back bright white and always on time. Recommended for hospitality",
        "A year with Lavanto Business at {company} and zero issues with uniforms",
    ],
    "de": [
        "Seit {company} mit Lavanto arbeitet, kommen die Handtücher strahlend weiß und pünktlich zurück"
    ],
    "fr": [
        "Depuis que {company} travaille avec Lavanto, les serviettes reviennent impeccables et à l'heure"
    ],
    "it": [
        "Da quando {company} lavora con Lavanto gli asciugamani tornano bianchissimi e puntuali"
    ],
    "pt": ["Desde que {company} trabalha com a Lavanto as toalhas voltam branquíssimas e a horas"],
}

B2B_SUBJECT: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Factura mensual sin descuento",
        "missing_items": "Faltan piezas en la entrega",
        "collection": "Recogida semanal no realizada",
        "portal": "No podemos hacer pedidos en el portal",
    },
    "en": {
        "invoice": "Monthly invoice without our discount",
        "missing_items": "Items short on delivery",
        "collection": "Weekly collection missed",
        "portal": "Portal orders failing",
    },
    "de": {
        "invoice": "Monatsrechnung ohne Rabatt",
        "missing_items": "Teile fehlen bei Lieferung",
        "collection": "Wöchentliche Abholung ausgefallen",
        "portal": "Bestellungen im Portal schlagen fehl",
    },
    "fr": {
        "invoice": "Facture mensuelle sans remise",
        "missing_items": "Pièces manquantes à la livraison",
        "collection": "Collecte hebdomadaire manquée",
        "portal": "Commandes impossibles sur le portail",
    },
    "it": {
        "invoice": "Fattura mensile senza sconto",
        "missing_items": "Capi mancanti alla consegna",
        "collection": "Ritiro settimanale saltato",
        "portal": "Ordini sul portale non vanno",
    },
    "pt": {
        "invoice": "Fatura mensal sem desconto",
        "missing_items": "Faltam peças na entrega",
        "collection": "Recolha semanal não feita",
        "portal": "Encomendas no portal falham",
    },
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Hola, la factura de septiembre de {company} viene a precio de tarifa, sin el 12 % de descuento del contrato. Es la segunda vez que pasa. Necesito una factura rectificada antes del cierre de mes.",
        "missing_items": "Buenas, en la entrega de hoy en {company} faltaban 35 toallas de baño y 6 uniformes. Vamos a tope esta semana y así no podemos trabajar.",
        "collection": "Hola, la recogida semanal de {company} no se ha hecho. Tenemos las sacas de ropa sucia en el almacén desde el lunes y no nos cabe nada más.",
        "portal": "Buenos días, desde ayer el portal de Lavanto Business nos da error al confirmar cualquier pedido en {company}. No podemos pedir ni toallas ni mantelerías.",
    },
    "en": {
        "invoice": "Hi, the September invoice for {company} is at list price, without the 12% contract discount. Second time this has happened. I need a corrected invoice before month end.",
        "missing_items": "Hello, today's delivery to {company} was short 35 bath towels and 6 uniforms. We're flat out this week and can't work like this.",
        "collection": "Hi, the weekly collection at {company} didn't happen. The dirty laundry sacks have been in the store room since Monday and we're out of space.",
        "portal": "Morning, since yesterday the Lavanto Business portal errors whenever we confirm an order at {company}. We can't order towels or linen.",
    },
    "de": {
        "invoice": "Hallo, die Septemberrechnung für {company} ist zum Listenpreis, ohne die 12 % Vertragsrabatt. Bitte um Korrektur.",
        "missing_items": "Hallo, bei der heutigen Lieferung an {company} fehlten 35 Badetücher und 6 Arbeitsjacken.",
        "collection": "Hallo, die wöchentliche Abholung bei {company} fand nicht statt. Die Wäschesäcke stehen seit Montag im Lager.",
        "portal": "Guten Morgen, seit gestern bricht das Portal bei jeder Bestellung von {company} mit einem Fehler ab.",
    },
    "fr": {
        "invoice": "Bonjour, la facture de septembre de {company} est au prix catalogue, sans la remise contractuelle de 12 %. Merci de la corriger.",
        "missing_items": "Bonjour, à la livraison d'aujourd'hui chez {company} il manquait 35 serviettes et 6 tenues de travail.",
        "collection": "Bonjour, la collecte hebdomadaire chez {company} n'a pas eu lieu. Les sacs de linge sale sont là depuis lundi.",
        "portal": "Bonjour, depuis hier le portail plante à chaque commande de {company}.",
    },
    "it": {
        "invoice": "Buongiorno, la fattura di settembre di {company} è a prezzo di listino, senza lo sconto del 12 % da contratto. Chiedo una correzione.",
        "missing_items": "Buongiorno, nella consegna di oggi a {company} mancavano 35 asciugamani e 6 divise.",
        "collection": "Buongiorno, il ritiro settimanale da {company} non è stato fatto. I sacchi sono in magazzino da lunedì.",
        "portal": "Buongiorno, da ieri il portale va in errore a ogni ordine di {company}.",
    },
    "pt": {
        "invoice": "Bom dia, a fatura de setembro de {company} vem a preço de tabela, sem os 12 % de desconto do contrato. Peço correção.",
        "missing_items": "Bom dia, na entrega de hoje em {company} faltavam 35 toalhas de banho e 6 fardas.",
        "collection": "Bom dia, a recolha semanal em {company} não foi feita. Os sacos estão no armazém desde segunda.",
        "portal": "Bom dia, desde ontem o portal dá erro em todas as encomendas de {company}.",
    },
}

#: Later complainers of an at-risk account: name the first one and the case.
B2B_LATER: dict[str, list[str]] = {
    "es": [
        "Hola, como ya os dijo mi compañer<<a|o>> {first} (caso {ref}), seguimos con el mismo problema en {company}. Esto nos está afectando al servicio.",
        "Escribo también por el caso {ref} que abrió {first}. Sigue igual y ya no sé qué decirle a mi jefe.",
    ],
    "en": [
        "Hi, as my colleague {first} already reported (case {ref}), we still have the same problem at {company}. It's affecting our service.",
        "Also writing about case {ref} that {first} opened. Nothing has changed and I'm running out of things to tell my manager.",
    ],
    "de": [
        "Hallo, wie <<meine Kollegin|mein Kollege>> {first} schon gemeldet hat (Fall {ref}), besteht das Problem bei {company} weiter."
    ],
    "fr": [
        "Bonjour, comme l'a déjà signalé {first} (dossier {ref}), nous avons toujours le même problème chez {company}."
    ],
    "it": [
        "Buongiorno, come ha già segnalato {first} (pratica {ref}), abbiamo ancora lo stesso problema da {company}."
    ],
    "pt": [
        "Bom dia, como <<a|o>> {first} já reportou (processo {ref}), continuamos com o mesmo problema em {company}."
    ],
}

#: What a later complainer says of the problem, in short.
B2B_SHORT: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "La factura sigue sin el descuento del 12 % del contrato.",
        "missing_items": "En la última entrega volvieron a faltar toallas y uniformes.",
        "collection": "Esta semana tampoco han pasado a recoger.",
        "portal": "El portal sigue dando error al confirmar pedidos.",
    },
    "en": {
        "invoice": "The invoice still doesn't have our 12% discount.",
        "missing_items": "The last delivery was short on towels and uniforms again.",
        "collection": "Nobody came to collect this week either.",
        "portal": "The portal still errors when we confirm orders.",
    },
    "de": {
        "invoice": "Die Rechnung ist immer noch ohne die 12 % Rabatt.",
        "missing_items": "Bei der letzten Lieferung fehlten wieder Handtücher und Jacken.",
        "collection": "Auch diese Woche wurde nichts abgeholt.",
        "portal": "Das Portal bricht bei Bestellungen immer noch ab.",
    },
    "fr": {
        "invoice": "La facture n'a toujours pas la remise de 12 %.",
        "missing_items": "Il manquait encore des serviettes à la dernière livraison.",
        "collection": "Personne n'est venu collecter cette semaine non plus.",
        "portal": "Le portail plante toujours à la validation des commandes.",
    },
    "it": {
        "invoice": "La fattura è ancora senza lo sconto del 12 %.",
        "missing_items": "Anche nell'ultima consegna mancavano asciugamani e divise.",
        "collection": "Anche questa settimana nessuno è passato a ritirare.",
        "portal": "Il portale va ancora in errore sugli ordini.",
    },
    "pt": {
        "invoice": "A fatura continua sem os 12 % de desconto.",
        "missing_items": "Na última entrega voltaram a faltar toalhas e fardas.",
        "collection": "Esta semana também ninguém veio recolher.",
        "portal": "O portal continua a dar erro nas encomendas.",
    },
}

B2B_LAST: dict[str, list[str]] = {
    "es": [
        "Caso {ref}: sigue SIN resolver. Ya lo han reportado varios compañeros de {company} y nadie lo arregla. Estamos pidiendo presupuesto a {comp}.",
        "Vuelvo con el caso {ref}. Nada arreglado, mis compañeros también lo han dicho. Hemos pedido oferta a {comp}.",
    ],
    "en": [
        "Case {ref}: still NOT fixed. Several colleagues at {company} have reported it and nobody sorts it. We're getting quotes from {comp}.",
        "Back on case {ref}. Nothing fixed, my colleagues have told you too. We've asked {comp} for a quote.",
    ],
    "de": [
        "Fall {ref}: immer noch NICHT gelöst. Mehrere Kollegen bei {company} haben es gemeldet. Wir holen Angebote bei {comp} ein."
    ],
    "fr": [
        "Dossier {ref} : toujours PAS réglé. Plusieurs collègues de {company} l'ont signalé. Nous demandons des devis à {comp}."
    ],
    "it": [
        "Pratica {ref}: ancora NON risolta. Più colleghi di {company} l'hanno segnalato. Stiamo chiedendo preventivi a {comp}."
    ],
    "pt": [
        "Processo {ref}: continua SEM solução. Vários colegas de {company} já reportaram. Estamos a pedir orçamentos à {comp}."
    ],
}

B2B_ACK: dict[str, list[str]] = {
    "es": [
        "Hola {name}, gracias por avisarnos. Hemos abierto el caso {ref} y lo revisa tu gestor de cuenta. {agent}, Lavanto Business"
    ],
    "en": [
        "Hi {name}, thanks for letting us know. We've opened case {ref} and your account manager is on it. {agent}, Lavanto Business"
    ],
    "de": ["Hallo {name}, danke. Wir haben Fall {ref} eröffnet. {agent}, Lavanto Business"],
    "fr": ["Bonjour {name}, merci. Nous avons ouvert le dossier {ref}. {agent}, Lavanto Business"],
    "it": ["Buongiorno {name}, grazie. Abbiamo aperto la pratica {ref}. {agent}, Lavanto Business"],
    "pt": ["Olá {name}, obrigado. Abrimos o processo {ref}. {agent}, Lavanto Business"],
}

B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder poner el centro de coste en cada factura.",
        "Sería útil que la exportación CSV incluyera el nombre del local.",
    ],
    "en": [
        "Suggestion: it would help to have our cost centre on each invoice.",
        "Would be handy if the CSV export included the site name.",
    ],
    "de": ["Vorschlag: die Kostenstelle auf jeder Rechnung wäre hilfreich."],
    "fr": ["Suggestion : ce serait pratique d'avoir le centre de coût sur chaque facture."],
    "it": ["Suggerimento: sarebbe utile avere il centro di costo su ogni fattura."],
    "pt": ["Sugestão: dava jeito ter o centro de custo em cada fatura."],
}

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("extra_collection", 45.00),
    ("towel_pack_100", 89.00),
    ("chef_uniform_rental", 120.00),
    ("tablecloth_service", 64.00),
]

B2B_PAGES: list[str] = [
    "/business/portal",
    "/business/invoices",
    "/business/orders",
    "/business/users",
]
