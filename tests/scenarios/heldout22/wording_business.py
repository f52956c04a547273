# ruff: noqa: E501
"""Sipario Pro (venues, promoters, clubs) wording for heldout22, written by hand.

Placeholders: {company} {ref} {first} {comp} {agent} {name} {amount} {noun}.
"""

from __future__ import annotations

Lines = dict[str, list[str]]

COMPANIES: dict[str, list[str]] = {
    "IT": [
        "Teatro Nuovo Ferrara",
        "Circolo Arci Ponte",
        "Jazz Club Sottosopra",
        "Festival dei Borghi",
        "Auditorium San Rocco",
        "Live Club Naviglio",
        "Cinema Teatro Iris",
        "Associazione Musica Viva",
        "Estate in Corte",
        "Teatro delle Briciole",
        "Blue Cave Club",
        "Rassegna Lago d'Orta",
        "Teatro Comunale Lugo",
        "Spazio Ligera",
        "Arena del Mare",
        "Circolo Magnolia Est",
        "Fondazione Corale Alpina",
        "Teatro Sociale Bra",
        "Cantina Rock",
        "Festival Vento Largo",
        "Teatro Verdi Cesena",
        "Piccolo Jazz Bari",
    ],
    "FR": [
        "Salle des Docks",
        "Théâtre du Marais Bleu",
        "Festival Les Grandes Marées",
        "Le Petit Bain Sonore",
        "Opéra de Poche",
        "Café-Concert La Lanterne",
        "Scène Nationale du Vallon",
        "Jazz à la Ferme",
        "La Cave aux Poètes",
        "Association Sons d'Automne",
        "Théâtre de l'Échiquier",
        "Club Le Hangar",
        "Festival Rives & Chants",
        "Salle Paul-Éluard",
        "Chapiteau des Lilas",
        "La Grange Musicale",
        "Ciné-Théâtre Lumière",
        "Le Cabaret Vert-de-Gris",
        "Théâtre des Halles d'Alès",
        "La Fabrique à Sons",
    ],
    "UK": [
        "Northern Quarter Live",
        "The Tin Roof Club",
        "Harbourside Folk Festival",
        "Old Mill Theatre",
        "Basement Jazz Co",
        "Canal Street Rooms",
    ],
    "DE": [
        "Kulturhaus Eisenwerk",
        "Klubraum Nord",
        "Festival am Deich",
        "Kammerbühne Lindenau",
        "Jazzkeller Südstadt",
        "Hafenbühne Kiel",
    ],
    "ES": [
        "Sala Almendro",
        "Festival Costa Brava Sons",
        "Teatro del Carmen",
        "Club La Nave",
        "Auditorio Río Tinto",
        "Sala Faro Vigo",
    ],
    "PT": ["Sala Ribeira", "Festival Marés do Sul", "Teatro da Praça", "Clube do Fado Velho"],
}
DOMAIN_SUFFIX = ".example"
ROLES: Lines = {
    "it": ["direzione", "biglietteria", "amministrazione", "produzione", "comunicazione", "sala"],
    "fr": ["direction", "billetterie", "administration", "production", "communication", "accueil"],
    "en": ["manager", "box office", "finance", "production", "marketing", "front of house"],
    "de": ["Leitung", "Kasse", "Buchhaltung", "Produktion", "Marketing", "Einlass"],
    "es": ["dirección", "taquilla", "administración", "producción", "comunicación", "sala"],
    "pt": ["direção", "bilheteira", "administração", "produção", "comunicação", "sala"],
}

B2B_ABOUT: dict[str, str] = {
    "payout": "weekly ticket revenue payouts not paid for weeks",
    "commission": "monthly invoice charging the wrong commission rate",
    "scanner": "box-office scanner app not syncing, queues at the doors",
    "eventpage": "event pages showing the wrong date and seat map",
}
# problem -> lang -> (sentence, noun)
B2B_PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "payout": {
        "it": (
            "Da tre settimane non riceviamo i versamenti settimanali degli incassi: mancano circa {amount} euro e dobbiamo pagare gli artisti.",
            "versamenti degli incassi",
        ),
        "fr": (
            "Depuis trois semaines nous ne recevons plus les reversements hebdomadaires de billetterie : il manque environ {amount} € et nous devons payer les artistes.",
            "reversements de billetterie",
        ),
        "en": (
            "We haven't had the weekly ticket revenue payouts for three weeks: about {amount} missing and we have artists to pay.",
            "ticket revenue payouts",
        ),
        "de": (
            "Seit drei Wochen kommen die wöchentlichen Auszahlungen der Ticketerlöse nicht an: rund {amount} Euro fehlen, und wir müssen Künstler bezahlen.",
            "Auszahlungen der Ticketerlöse",
        ),
        "es": (
            "Hace tres semanas que no recibimos las liquidaciones semanales de taquilla: faltan unos {amount} euros y tenemos que pagar a los artistas.",
            "liquidaciones de taquilla",
        ),
        "pt": (
            "Há três semanas que não recebemos as transferências semanais da bilheteira: faltam cerca de {amount} euros e temos artistas para pagar.",
            "transferências da bilheteira",
        ),
    },
    "commission": {
        "it": (
            "La fattura di agosto applica una commissione del 9 % invece del 6 % del nostro contratto, su tutti gli eventi.",
            "commissione sbagliata in fattura",
        ),
        "fr": (
            "La facture d'août applique une commission de 9 % au lieu des 6 % de notre contrat, sur tous les événements.",
            "commission erronée sur la facture",
        ),
        "en": (
            "The August invoice charges 9 % commission instead of the 6 % in our contract, on every event.",
            "wrong commission on the invoice",
        ),
        "de": (
            "Die Augustrechnung berechnet 9 % Provision statt der vertraglichen 6 %, auf alle Veranstaltungen.",
            "falsche Provision auf der Rechnung",
        ),
        "es": (
            "La factura de agosto aplica una comisión del 9 % en vez del 6 % del contrato, en todos los eventos.",
            "comisión errónea en la factura",
        ),
        "pt": (
            "A fatura de agosto aplica uma comissão de 9 % em vez dos 6 % do contrato, em todos os eventos.",
            "comissão errada na fatura",
        ),
    },
    "scanner": {
        "it": (
            "L'app scanner della biglietteria non sincronizza più: all'ingresso i biglietti venduti nelle ultime ore risultano 'non validi' e si formano code enormi.",
            "app scanner che non sincronizza",
        ),
        "fr": (
            "L'appli de contrôle ne se synchronise plus : à l'entrée les billets vendus dans les dernières heures sortent « non valides » et on a des files énormes.",
            "appli de contrôle non synchronisée",
        ),
        "en": (
            "The scanner app has stopped syncing: tickets sold in the last few hours come up 'invalid' at the door and we get huge queues.",
            "scanner app not syncing",
        ),
        "de": (
            "Die Scanner-App synchronisiert nicht mehr: Tickets der letzten Stunden werden am Einlass als „ungültig“ angezeigt, riesige Schlangen.",
            "Scanner-App synchronisiert nicht",
        ),
        "es": (
            "La app de control de accesos ya no sincroniza: las entradas vendidas en las últimas horas salen 'no válidas' y se forman colas enormes.",
            "app de control sin sincronizar",
        ),
        "pt": (
            "A app de controlo de entradas deixou de sincronizar: os bilhetes vendidos nas últimas horas aparecem 'inválidos' e formam-se filas enormes.",
            "app de controlo sem sincronizar",
        ),
    },
    "eventpage": {
        "it": (
            "Le pagine dei nostri eventi mostrano la data sbagliata e la vecchia mappa dei posti, e la gente compra file che non esistono più.",
            "pagine evento con data e mappa sbagliate",
        ),
        "fr": (
            "Les pages de nos événements affichent la mauvaise date et l'ancien plan de salle, et les gens achètent des rangs qui n'existent plus.",
            "pages événement avec date et plan erronés",
        ),
        "en": (
            "Our event pages show the wrong date and the old seat map, and people are buying rows that no longer exist.",
            "event pages with wrong date and seat map",
        ),
        "de": (
            "Unsere Veranstaltungsseiten zeigen das falsche Datum und den alten Saalplan, Leute kaufen Reihen, die es nicht mehr gibt.",
            "Veranstaltungsseiten mit falschem Datum und Saalplan",
        ),
        "es": (
            "Las páginas de nuestros eventos muestran la fecha equivocada y el plano antiguo, y la gente compra filas que ya no existen.",
            "páginas de evento con fecha y plano erróneos",
        ),
        "pt": (
            "As páginas dos nossos eventos mostram a data errada e o mapa antigo, e as pessoas compram filas que já não existem.",
            "páginas de evento com data e mapa errados",
        ),
    },
}
B2B_FIRST: Lines = {
    "it": [
        "Buongiorno,\nscrivo per {company}. {sent} È un problema serio per noi, vi chiedo di intervenire con urgenza.\n{name} ({role})"
    ],
    "fr": [
        "Bonjour,\nje vous écris pour {company}. {sent} C'est un vrai problème pour nous, merci d'intervenir en urgence.\n{name} ({role})"
    ],
    "en": [
        "Hello,\nwriting on behalf of {company}. {sent} This is a serious problem for us, please treat it as urgent.\n{name} ({role})"
    ],
    "de": [
        "Guten Tag,\nich schreibe für {company}. {sent} Das ist für uns ein ernstes Problem, bitte dringend kümmern.\n{name} ({role})"
    ],
    "es": [
        "Buenos días,\nos escribo de {company}. {sent} Es un problema serio para nosotros, os pido que lo tratéis con urgencia.\n{name} ({role})"
    ],
    "pt": [
        "Bom dia,\nescrevo em nome da {company}. {sent} É um problema sério para nós, peço que tratem com urgência.\n{name} ({role})"
    ],
}
B2B_NEXT: Lines = {
    "it": [
        "Buongiorno,\nmi aggiungo alla segnalazione della collega {first} (pratica {ref}): {sent} Anche dal mio lato la situazione è la stessa e non possiamo andare avanti così.\n{name} ({role})"
    ],
    "fr": [
        "Bonjour,\nje rejoins le signalement de mon collègue/ma collègue {first} (dossier {ref}) : {sent} De mon côté c'est pareil, on ne peut pas continuer comme ça.\n{name} ({role})"
    ],
    "en": [
        "Hello,\nadding to my colleague {first}'s report (case {ref}): {sent} Same on my side, we can't go on like this.\n{name} ({role})"
    ],
    "de": [
        "Guten Tag,\nich schließe mich der Meldung meiner Kollegin / meines Kollegen {first} an (Fall {ref}): {sent} Bei mir dasselbe, so geht es nicht weiter.\n{name} ({role})"
    ],
    "es": [
        "Buenos días,\nme sumo a lo que os escribió {first} (caso {ref}): {sent} Por mi parte igual, así no podemos seguir.\n{name} ({role})"
    ],
    "pt": [
        "Bom dia,\njunto-me ao que {first} vos escreveu (processo {ref}): {sent} Do meu lado é igual, assim não dá.\n{name} ({role})"
    ],
}
B2B_LAST: Lines = {
    "it": [
        "Pratica {ref}: ancora niente è stato risolto ({noun}). L'hanno segnalato anche i miei colleghi. Stiamo chiedendo preventivi a {comp}."
    ],
    "fr": [
        "Dossier {ref} : toujours rien de réglé ({noun}). Mes collègues l'ont signalé aussi. Nous demandons des devis chez {comp}."
    ],
    "en": [
        "Case {ref}: still nothing fixed ({noun}). My colleagues have reported it too. We're getting quotes from {comp}."
    ],
    "de": [
        "Fall {ref}: immer noch nichts gelöst ({noun}). Meine Kolleginnen und Kollegen haben es auch gemeldet. Wir holen Angebote bei {comp} ein."
    ],
    "es": [
        "Caso {ref}: sigue sin resolverse nada ({noun}). También lo han reportado mis compañeros. Estamos pidiendo presupuesto a {comp}."
    ],
    "pt": [
        "Processo {ref}: continua tudo por resolver ({noun}). Os meus colegas também reportaram. Estamos a pedir orçamentos à {comp}."
    ],
}
B2B_ACK: dict[str, str] = {
    "it": "Gentile {name}, abbiamo aperto la pratica {ref} per {company} e l'abbiamo affidata al team Sipario Pro. {agent}",
    "fr": "Bonjour {name}, nous avons ouvert le dossier {ref} pour {company} et l'avons confié à l'équipe Sipario Pro. {agent}",
    "en": "Hi {name}, we've opened case {ref} for {company} and handed it to the Sipario Pro team. {agent}",
    "de": "Hallo {name}, wir haben den Fall {ref} für {company} angelegt und an das Sipario-Pro-Team gegeben. {agent}",
    "es": "Hola {name}, hemos abierto el caso {ref} para {company} y lo lleva el equipo de Sipario Pro. {agent}",
    "pt": "Olá {name}, abrimos o processo {ref} para a {company} e entregámos à equipa Sipario Pro. {agent}",
}
B2B_MILD: Lines = {
    "it": [
        "Suggerimento: sarebbe comodo avere il centro di costo in fattura, per la nostra contabilità.",
        "Si potrebbe aggiungere il nome della sala nell'export CSV delle vendite? Grazie",
        "Sarebbe bello poter programmare l'apertura vendite di domenica.",
    ],
    "fr": [
        "Suggestion : ce serait pratique d'avoir le centre de coût sur la facture, pour notre compta.",
        "Serait-il possible d'ajouter le nom de la salle dans l'export CSV des ventes ? Merci",
        "Ce serait bien de pouvoir programmer une ouverture des ventes le dimanche.",
    ],
    "en": [
        "Suggestion: a cost centre on the invoice would help our bookkeeping.",
        "Could you add the venue name to the sales CSV export? Thanks",
    ],
    "de": [
        "Vorschlag: eine Kostenstelle auf der Rechnung wäre für unsere Buchhaltung praktisch.",
        "Könntet ihr den Saalnamen im CSV-Export ergänzen? Danke",
    ],
    "es": [
        "Sugerencia: nos vendría bien el centro de coste en la factura.",
        "Se podría añadir el nombre de la sala en el CSV de ventas? Gracias",
    ],
    "pt": [
        "Sugestão: dava jeito ter o centro de custo na fatura.",
        "Podiam juntar o nome da sala à exportação CSV das vendas? Obrigado",
    ],
}
B2B_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, come si imposta una tariffa ridotta per under 26 sul prossimo evento?",
            "Buongiorno! In Evento > Tariffe > Aggiungi tariffa, con il controllo età all'ingresso. {agent}",
        ),
        (
            "Possiamo aggiungere un secondo utente biglietteria al portale?",
            "Certo, da Impostazioni > Utenti, senza costi aggiuntivi. {agent}",
        ),
        (
            "Quando arriva la fattura di settembre?",
            "Il 3 del mese successivo, nella sezione Documenti. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, comment créer un tarif réduit moins de 26 ans sur le prochain événement ?",
            "Bonjour ! Événement > Tarifs > Ajouter un tarif, avec contrôle d'âge à l'entrée. {agent}",
        ),
        (
            "On peut ajouter un deuxième utilisateur billetterie au portail ?",
            "Bien sûr, dans Paramètres > Utilisateurs, sans frais. {agent}",
        ),
        ("Quand arrive la facture de septembre ?", "Le 3 du mois suivant, dans Documents. {agent}"),
    ],
    "en": [
        (
            "Hi, how do we set an under-26 concession price on the next event?",
            "Hi! Event > Prices > Add price, with an age check at the door. {agent}",
        ),
        (
            "Can we add a second box-office user to the portal?",
            "Of course, Settings > Users, no extra cost. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, wie legen wir einen ermäßigten Preis unter 26 an?",
            "Hallo! Veranstaltung > Preise > Preis hinzufügen, mit Alterskontrolle am Einlass. {agent}",
        ),
        (
            "Können wir einen zweiten Kassennutzer im Portal anlegen?",
            "Klar, unter Einstellungen > Nutzer, ohne Aufpreis. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, cómo creamos una tarifa reducida para menores de 26?",
            "Hola! Evento > Tarifas > Añadir tarifa, con control de edad en la entrada. {agent}",
        ),
        (
            "Podemos añadir un segundo usuario de taquilla al portal?",
            "Claro, en Ajustes > Usuarios, sin coste. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, como criamos um preço reduzido para menores de 26?",
            "Olá! Evento > Preços > Adicionar preço, com controlo de idade à entrada. {agent}",
        ),
        (
            "Podemos juntar um segundo utilizador de bilheteira ao portal?",
            "Claro, em Definições > Utilizadores, sem custos. {agent}",
        ),
    ],
}
B2B_THANKS: Lines = {
    "it": ["Perfetto, grazie!", "Grazie mille, chiarissimo."],
    "fr": ["Parfait, merci !", "Merci beaucoup, très clair."],
    "en": ["Perfect, thanks!"],
    "de": ["Perfekt, danke!"],
    "es": ["Perfecto, gracias!"],
    "pt": ["Perfeito, obrigado!"],
}
B2B_PRAISE: Lines = {
    "it": [
        "Serata sold out al {company} e ingressi fluidissimi con lo scanner Sipario Pro. Grazie al team!",
        "Da quando usiamo Sipario Pro la biglietteria si gestisce da sola. Consigliato ad altri teatri",
    ],
    "fr": [
        "Soirée complète à {company} et entrées fluides avec le scanner Sipario Pro. Merci l'équipe !",
        "Depuis qu'on utilise Sipario Pro la billetterie tourne toute seule. Je recommande aux autres salles",
    ],
    "en": [
        "Sold out night at {company} and smooth entry with the Sipario Pro scanner. Thanks team!"
    ],
    "de": [
        "Ausverkauft im {company} und flüssiger Einlass mit dem Sipario-Pro-Scanner. Danke ans Team!"
    ],
    "es": [
        "Noche de lleno en {company} y entrada fluida con el escáner de Sipario Pro. Gracias equipo!"
    ],
    "pt": [
        "Casa cheia na {company} e entradas rápidas com o scanner Sipario Pro. Obrigado equipa!"
    ],
}
B2B_PHONE: Lines = {
    "it": [
        "pronto buongiorno chiamo da {company} volevo sapere se si possono noleggiare due scanner in più per sabato ah sì perfetto grazie"
    ],
    "fr": [
        "oui bonjour j'appelle de {company} je voulais savoir si on peut louer deux scanners de plus pour samedi ah oui parfait merci"
    ],
    "en": [
        "hello calling from {company} can we hire two more scanners for saturday oh great thanks"
    ],
    "de": [
        "ja hallo hier ist {company} können wir für samstag zwei scanner mehr mieten ah super danke"
    ],
    "es": [
        "sí hola llamo de {company} podemos alquilar dos escáneres más para el sábado ah perfecto gracias"
    ],
    "pt": [
        "pois olhe bom dia ligo da {company} podemos alugar mais dois scanners para sábado ah ótimo obrigado"
    ],
}
B2B_ADDONS: list[tuple[str, float]] = [
    ("Scanner rental x2 (weekend)", 80.0),
    ("Wristbands 1000", 140.0),
    ("Seat map design", 250.0),
    ("Featured listing 1 month", 190.0),
    ("Thermal ticket printer", 320.0),
]
B2B_PAGES: list[str] = [
    "/pro/dashboard",
    "/pro/events",
    "/pro/payouts",
    "/pro/invoices",
    "/pro/scanner",
]
