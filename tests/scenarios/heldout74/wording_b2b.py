# ruff: noqa: E501
"""Fairvio Corporate's words for heldout74: company golf days and client tee times on account."""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Corporate golf day, 24 players / Golf day aziendale, 24 giocatori",
        2640.0,
        "/corporate/golf-days",
    ),
    ("Client tee times, 4 players / Tee time clienti, 4 giocatori", 300.0, "/corporate/tee-times"),
    (
        "Team clinic with a pro, 2 h / Clinic di squadra con maestro, 2 h",
        420.0,
        "/corporate/clinics",
    ),
    (
        "Corporate membership, 10 players, month / Membership aziendale, 10 giocatori, mese",
        390.0,
        "/corporate/membership",
    ),
    ("Buggy fleet for a golf day / Flotta golf cart per golf day", 480.0, "/corporate/extras"),
]
B2B_PAGES = [
    "/portal/bookings",
    "/portal/invoices",
    "/portal/players",
    "/portal/golf-days",
    "/portal/reports",
]

# the kind of firm each company is
SITE: dict[str, str] = {
    "Banca Valtellese": "bank",
    "Studio Legale Orsini": "law_firm",
    "Farmacentro SpA": "pharma",
    "Autoservizi Brambilla": "car_dealer",
    "Assiteam Broker": "insurance_broker",
    "Ingegneria Marconi": "engineering",
    "Consulta Nord": "consultancy",
    "Cabinet Delorme Avocats": "law_firm",
    "Hôtel des Tilleuls": "hotel",
    "Immobilière Rhône-Alpes": "real_estate",
    "Vignobles Castel": "wine_estate",
    "Atelier Verneuil Architectes": "architecture",
    "Logistique Moreau": "logistics",
    "Hartwell Software Ltd": "software",
    "Juwelier Bachmann": "jeweller",
    "Asesoría Ibarra": "accountancy",
    "Vinhos Quinta Alta": "wine_estate",
}
COMPANY: dict[str, list[str]] = {
    "it": [
        "Banca Valtellese",
        "Studio Legale Orsini",
        "Farmacentro SpA",
        "Autoservizi Brambilla",
        "Assiteam Broker",
        "Ingegneria Marconi",
        "Consulta Nord",
    ],
    "fr": [
        "Cabinet Delorme Avocats",
        "Hôtel des Tilleuls",
        "Immobilière Rhône-Alpes",
        "Vignobles Castel",
        "Atelier Verneuil Architectes",
        "Logistique Moreau",
    ],
    "en": ["Hartwell Software Ltd"],
    "de": ["Juwelier Bachmann"],
    "es": ["Asesoría Ibarra"],
    "pt": ["Vinhos Quinta Alta"],
}
TITLES = [
    "Office Manager",
    "Sales Director",
    "Events Coordinator",
    "Finance Controller",
    "HR Manager",
    "Partner",
    "Account Director",
    "Executive Assistant",
    "Marketing Manager",
    "Procurement Lead",
]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, per il golf day di maggio possiamo aggiungere 4 ospiti senza handicap?",
            "Buongiorno, sì: per gli ospiti senza handicap c'è la formula louisiana, si aggiunge nel portale in Giocatori.",
        ),
        (
            "Si può avere la fattura intestata alla controllata invece che alla capogruppo?",
            "Certo, basta indicare la società nel portale prima della conferma del golf day.",
        ),
    ],
    "fr": [
        (
            "Bonjour, pour la journée golf de juin on peut ajouter 4 invités non licenciés ?",
            "Bonjour, oui : formule scramble pour les non-licenciés, à ajouter dans le portail, rubrique Joueurs.",
        ),
        (
            "Peut-on avoir la facture au nom de la filiale ?",
            "Bien sûr, il suffit de l'indiquer dans le portail avant la confirmation.",
        ),
    ],
    "en": [
        (
            "Hi, can we add 4 non-golfers to the client day as a beginners' clinic?",
            "Hi, yes, add them as clinic guests under Players in the portal.",
        )
    ],
    "de": [
        (
            "Hallo, können wir beim Kundenturnier 4 Gäste ohne Handicap mitnehmen?",
            "Hallo, ja, als Scramble-Gäste unter Spieler im Portal eintragen.",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos añadir 4 invitados sin hándicap al torneo de clientes?",
            "Hola, sí, como invitados scramble en Jugadores en el portal.",
        )
    ],
    "pt": [
        (
            "Olá, podemos juntar 4 convidados sem handicap ao torneio de clientes?",
            "Olá, sim, como convidados scramble em Jogadores no portal.",
        )
    ],
}
B2B_THANKS = {
    "it": "perfetto, grazie",
    "fr": "parfait merci",
    "en": "great, thanks",
    "de": "prima, danke",
    "es": "perfecto, gracias",
    "pt": "ótimo, obrigado",
}
B2B_PRAISE: dict[str, list[str]] = {
    "it": [
        "Golf day con 24 clienti organizzato con Fairvio Corporate, tutto filato liscio dalla colazione alla premiazione. Consigliato",
        "Le tee time per i clienti prenotate dal portale in cinque minuti, comodissimo per chi organizza",
    ],
    "fr": [
        "Journée golf clients avec Fairvio Corporate, tout s'est enchaîné parfaitement, du petit-déjeuner à la remise des prix",
        "Réserver les départs des clients depuis le portail prend cinq minutes, top pour l'assistante que je suis",
    ],
    "en": ["Client golf day run through Fairvio Corporate, smooth from breakfast to prize-giving"],
    "de": [
        "Kundenturnier über Fairvio Corporate organisiert, vom Frühstück bis zur Siegerehrung reibungslos"
    ],
    "es": [
        "Torneo de clientes con Fairvio Corporate, todo perfecto del desayuno a la entrega de premios"
    ],
    "pt": [
        "Torneio de clientes com a Fairvio Corporate, tudo perfeito do pequeno-almoço à entrega de prémios"
    ],
}

B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "fattura golf day con 36 giocatori invece di 24",
        "fr": "facture journée golf : 36 joueurs au lieu de 24",
        "en": "golf day invoice for 36 players, not 24",
        "de": "Rechnung Golftag 36 statt 24 Spieler",
        "es": "factura del torneo con 36 jugadores en vez de 24",
        "pt": "fatura do torneio com 36 jogadores em vez de 24",
    },
    "service_blocked": {
        "it": "account bloccato, impossibile prenotare tee time clienti",
        "fr": "compte bloqué, impossible de réserver les départs clients",
        "en": "account on hold, can't book client tee times",
        "de": "Konto gesperrt, keine Kunden-Startzeiten buchbar",
        "es": "cuenta bloqueada, no podemos reservar salidas",
        "pt": "conta bloqueada, não conseguimos marcar saídas",
    },
    "portal": {
        "it": "portale senza prenotazioni, nomi giocatori non modificabili",
        "fr": "portail vide, noms des joueurs non modifiables",
        "en": "portal shows no bookings, can't edit player names",
        "de": "Portal leer, Spielernamen nicht änderbar",
        "es": "portal sin reservas, no se pueden cambiar nombres",
        "pt": "portal sem reservas, nomes não editáveis",
    },
    "overbilled": {
        "it": "green fee a tariffa piena invece della tariffa aziendale",
        "fr": "green fees au tarif public au lieu du tarif entreprise",
        "en": "rack-rate green fees instead of our corporate rate",
        "de": "Listenpreis statt Firmentarif",
        "es": "tarifa pública en vez de la tarifa de empresa",
        "pt": "tarifa de balcão em vez da tarifa de empresa",
    },
}

B2B_FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Buongiorno, la fattura del golf day del 2 ottobre riporta 36 giocatori, noi eravamo 24, come da lista confermata nel portale. Manca anche il numero d'ordine, senza il quale la nostra contabilità non può pagare. Potete riemetterla?",
        "fr": "Bonjour, la facture de la journée golf du 2 octobre compte 36 joueurs alors que nous étions 24, comme dans la liste validée sur le portail. Il manque aussi notre numéro de bon de commande, sans lequel la compta ne peut pas payer. Pouvez-vous la refaire ?",
        "en": "Hi, the invoice for our 2 October golf day has 36 players on it, we were 24 as per the list confirmed in the portal. It's also missing our PO number so finance can't pay it. Could you reissue?",
        "de": "Guten Tag, die Rechnung für den Golftag am 2. Oktober führt 36 Spieler auf, wir waren 24, wie im Portal bestätigt. Außerdem fehlt unsere Bestellnummer, ohne die die Buchhaltung nicht zahlt. Bitte neu ausstellen.",
        "es": "Hola, la factura del torneo del 2 de octubre pone 36 jugadores y fuimos 24, como en la lista confirmada en el portal. Además falta nuestro número de pedido y contabilidad no puede pagarla. ¿La podéis rehacer?",
        "pt": "Olá, a fatura do torneio de 2 de outubro tem 36 jogadores e fomos 24, como na lista confirmada no portal. Falta também o número de encomenda e a contabilidade não paga assim. Podem reemitir?",
    },
    "service_blocked": {
        "it": "Buongiorno, da stamattina il portale dice 'account sospeso' e non riusciamo a prenotare le tee time per i clienti di venerdì. Le fatture sono tutte pagate, l'ultima il 30 settembre. Abbiamo quattro clienti importanti in arrivo. Sbloccate per favore.",
        "fr": "Bonjour, depuis ce matin le portail affiche 'compte suspendu' et nous ne pouvons pas réserver les départs de nos clients de vendredi. Toutes les factures sont réglées, la dernière le 30 septembre. Nous recevons quatre clients importants. Merci de débloquer.",
        "en": "Hi, since this morning the portal says 'account on hold' and we can't book Friday's client tee times. Every invoice is paid, the last on 30 September. We have four key clients coming. Please unblock it.",
        "de": "Guten Tag, seit heute früh steht im Portal 'Konto gesperrt' und wir können die Kunden-Startzeiten für Freitag nicht buchen. Alle Rechnungen sind bezahlt, die letzte am 30. September. Bitte entsperren.",
        "es": "Hola, desde esta mañana el portal dice 'cuenta suspendida' y no podemos reservar las salidas de los clientes del viernes. Todas las facturas están pagadas. Desbloqueadla, por favor.",
        "pt": "Olá, desde esta manhã o portal diz 'conta suspensa' e não conseguimos marcar as saídas dos clientes de sexta. As faturas estão todas pagas. Desbloqueiem, por favor.",
    },
    "portal": {
        "it": "Buongiorno, nel portale la sezione Prenotazioni è vuota, non compare il golf day del 23 ottobre che pure ci avete confermato via mail. Devo cambiare sei nomi di giocatori entro venerdì e non ho modo di farlo.",
        "fr": "Bonjour, dans le portail la rubrique Réservations est vide, la journée golf du 23 octobre n'apparaît pas alors que vous l'avez confirmée par mail. Je dois changer six noms de joueurs avant vendredi et je n'ai aucun moyen de le faire.",
        "en": "Hi, the Bookings section of the portal is empty, our 23 October golf day isn't there though you confirmed it by email. I need to change six player names by Friday and can't.",
        "de": "Guten Tag, im Portal ist der Bereich Buchungen leer, unser Golftag am 23. Oktober fehlt, obwohl per Mail bestätigt. Ich muss bis Freitag sechs Spielernamen ändern und kann es nicht.",
        "es": "Hola, en el portal la sección Reservas está vacía, no aparece el torneo del 23 de octubre que nos confirmasteis por correo. Tengo que cambiar seis nombres antes del viernes y no puedo.",
        "pt": "Olá, no portal a secção Reservas está vazia, não aparece o torneio de 23 de outubro confirmado por email. Tenho de mudar seis nomes até sexta e não consigo.",
    },
    "overbilled": {
        "it": "Buongiorno, nelle ultime tre fatture i green fee dei nostri clienti sono a tariffa piena, 85 € invece dei 62 € del contratto aziendale. Sono più di 600 € di differenza. Chiediamo una nota di credito.",
        "fr": "Bonjour, sur les trois dernières factures les green fees de nos clients sont au tarif public, 85 € au lieu des 62 € du contrat entreprise. Plus de 600 € d'écart. Merci d'émettre un avoir.",
        "en": "Hi, on the last three invoices our clients' green fees are at rack rate, not the corporate rate in our contract. That's over £500 difference. Please issue a credit note.",
        "de": "Guten Tag, auf den letzten drei Rechnungen stehen die Greenfees zum Listenpreis statt zum Firmentarif laut Vertrag. Über 600 € Differenz. Bitte Gutschrift.",
        "es": "Hola, en las tres últimas facturas los green fees de los clientes van a tarifa pública y no a la de empresa. Más de 600 € de diferencia. Pedimos un abono.",
        "pt": "Olá, nas três últimas faturas os green fees dos clientes estão à tarifa de balcão e não à de empresa. Mais de 600 € de diferença. Pedimos nota de crédito.",
    },
}

# a later contact: {first} named, {weekday} or this morning, {case}, {again} the problem
B2B_LATER: dict[str, list[str]] = {
    "it": [
        "Buongiorno, scrivo anch'io per la pratica {case} aperta da {first} {weekday}: {again}. Da noi nessuno ha avuto risposte e la cosa ci blocca.",
        "Buongiorno, collega di {first}, che vi ha scritto {weekday} (pratica {case}). Stesso problema, {again}, e ora tocca a me rispondere ai clienti. Quando si risolve?",
    ],
    "fr": [
        "Bonjour, je me permets d'écrire aussi pour la demande {case} ouverte par {first} {weekday} : {again}. Personne chez nous n'a eu de réponse et ça nous bloque.",
        "Bonjour, collègue de {first}, qui vous a écrit {weekday} (demande {case}). Même problème, {again}, et c'est moi qui gère les clients maintenant. Quand est-ce réglé ?",
    ],
    "en": [
        "Hi, writing too about case {case} that {first} opened {weekday}: {again}. Nobody here has heard back and it's holding us up."
    ],
    "de": [
        "Guten Tag, ich schreibe ebenfalls zum Vorgang {case}, den {first} {weekday} eröffnet hat: {again}. Niemand hat Antwort bekommen."
    ],
    "es": [
        "Hola, escribo también por la incidencia {case} que abrió {first} {weekday}: {again}. Nadie nos ha contestado."
    ],
    "pt": [
        "Olá, escrevo também pelo pedido {case} aberto pela {first} {weekday}: {again}. Ninguém nos respondeu."
    ],
}
B2B_AGAIN: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "la fattura con 36 giocatori e senza numero d'ordine",
        "fr": "la facture à 36 joueurs sans bon de commande",
        "en": "the invoice with 36 players and no PO",
        "de": "die Rechnung mit 36 Spielern ohne Bestellnummer",
        "es": "la factura con 36 jugadores y sin pedido",
        "pt": "a fatura com 36 jogadores e sem encomenda",
    },
    "service_blocked": {
        "it": "l'account sospeso che non ci fa prenotare",
        "fr": "le compte suspendu qui nous empêche de réserver",
        "en": "the account on hold so we can't book",
        "de": "das gesperrte Konto",
        "es": "la cuenta suspendida",
        "pt": "a conta suspensa",
    },
    "portal": {
        "it": "il portale che non mostra il golf day",
        "fr": "le portail qui n'affiche pas la journée golf",
        "en": "the portal not showing the golf day",
        "de": "das Portal ohne den Golftag",
        "es": "el portal que no muestra el torneo",
        "pt": "o portal que não mostra o torneio",
    },
    "overbilled": {
        "it": "i green fee a tariffa piena invece che aziendale",
        "fr": "les green fees au tarif public",
        "en": "rack-rate green fees instead of corporate",
        "de": "Listenpreis statt Firmentarif",
        "es": "la tarifa pública en vez de la de empresa",
        "pt": "a tarifa de balcão em vez da de empresa",
    },
}
WEEKDAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "heute früh"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
}
B2B_LAST_MAIL: dict[str, str] = {
    "it": "Pratica {case}: {again}, ancora nulla di risolto e nel frattempo vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto un preventivo a {comp}.",
    "fr": "Demande {case} : {again}, toujours rien de réglé et plusieurs collègues vous ont écrit entre-temps. Les achats ont déjà demandé un devis à {comp}.",
    "en": "Case {case}: {again}, still nothing fixed and several colleagues have written in the meantime. Procurement has already asked {comp} for their rates.",
    "de": "Vorgang {case}: {again}, immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "es": "Incidencia {case}: {again}, nada resuelto y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.",
    "pt": "Pedido {case}: {again}, nada resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}.",
}
B2B_LAST_CALL: dict[str, str] = {
    "it": "buongiorno chiamo per la pratica {case} {again} non è cambiato niente vi hanno scritto in tre da noi il mio capo dice che se non si risolve questa settimana spostiamo tutto a un altro fornitore",
    "fr": "bonjour j'appelle pour la demande {case} {again} rien n'a changé on est plusieurs à vous avoir écrit mon patron dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "en": "hi calling about case {case} {again} nothing's changed a few of us have written my boss says if it's not sorted this week we move the account",
    "de": "guten Tag wegen Vorgang {case} {again} es hat sich nichts getan mehrere von uns haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir",
    "es": "hola llamo por la incidencia {case} {again} no ha cambiado nada varios os hemos escrito mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "pt": "olá ligo pelo pedido {case} {again} não mudou nada vários já escrevemos o meu chefe diz que se não se resolver esta semana mudamos de fornecedor",
}
B2B_ACK: dict[str, str] = {
    "it": "Buongiorno {first}, abbiamo aperto la pratica {case} per {company} e la stiamo verificando con l'amministrazione. Vi aggiorniamo a breve. Fairvio Corporate",
    "fr": "Bonjour {first}, nous avons ouvert la demande {case} pour {company} et vérifions avec la comptabilité. Nous revenons vers vous rapidement. Fairvio Corporate",
    "en": "Hi {first}, we've opened case {case} for {company} and are checking with accounts. We'll update you shortly. Fairvio Corporate",
    "de": "Hallo {first}, wir haben den Vorgang {case} für {company} angelegt und prüfen das mit der Buchhaltung. Fairvio Corporate",
    "es": "Hola {first}, hemos abierto la incidencia {case} para {company} y lo revisamos con administración. Fairvio Corporate",
    "pt": "Olá {first}, abrimos o pedido {case} para {company} e estamos a ver com a contabilidade. Fairvio Corporate",
}
B2B_SUGGEST: dict[str, list[str]] = {
    "it": [
        "Sarebbe utile poter esportare i costi dei golf day per centro di costo, ora li ricopio a mano in Excel",
        "Nella lista del golf day sarebbe comodo vedere l'handicap degli ospiti, per fare le squadre",
    ],
    "fr": [
        "Ce serait pratique d'exporter les coûts des journées golf par centre de coût, je recopie tout à la main",
        "Dans la liste de la journée, voir l'index des invités aiderait à composer les équipes",
    ],
    "en": [
        "Would be handy to export golf-day costs by cost centre, I retype them into Excel",
        "Seeing guests' handicaps on the golf-day list would help make up the teams",
    ],
    "de": [
        "Praktisch wäre ein Export der Golftag-Kosten nach Kostenstelle",
        "Auf der Teilnehmerliste wären die Handicaps der Gäste hilfreich für die Flights",
    ],
    "es": [
        "Estaría bien exportar los costes por centro de coste",
        "En la lista del torneo vendría bien ver el hándicap de los invitados",
    ],
    "pt": [
        "Dava jeito exportar os custos por centro de custo",
        "Na lista do torneio ajudava ver o handicap dos convidados",
    ],
}
B2B_SUGGEST_ACK: dict[str, str] = {
    "it": "Grazie {first}, bella idea, l'abbiamo passata al team del portale. Fairvio Corporate",
    "fr": "Merci {first}, bonne idée, transmise à l'équipe du portail. Fairvio Corporate",
    "en": "Thanks {first}, good idea, passed to the portal team. Fairvio Corporate",
    "de": "Danke {first}, gute Idee, ist beim Portal-Team. Fairvio Corporate",
    "es": "Gracias {first}, buena idea, la pasamos al equipo del portal. Fairvio Corporate",
    "pt": "Obrigado {first}, boa ideia, passada à equipa do portal. Fairvio Corporate",
}
