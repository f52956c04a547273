# ruff: noqa: E501
"""The business arm's words for heldout95: Tornella Business (team workshops, custom tableware, on account).

Placeholders: {first} {last} {title} {company} {ref} {prev} {weekday} {topic} {comp} {sign} {n}.
"""

from __future__ import annotations

Table = dict[str, list[str]]

# (company, site, market, language, kind, same problem or "", contacts, complainers)
ACCOUNTS: list[tuple[str, str, str, str, str, str, int, int]] = [
    ("Osteria Ventuno Srl", "restaurant", "IT", "it", "at_risk", "late_order", 4, 3),
    ("Lumenwerk Software GmbH", "software", "DE", "de", "at_risk", "portal", 5, 3),
    ("Hotel Mirasol S.L.", "hotel", "ES", "es", "at_risk", "invoice", 4, 3),
    ("Assicurazioni Corvara SpA", "insurer", "IT", "it", "at_risk", "overbilled", 6, 4),
    ("Hotel Alpenrose GmbH", "hotel", "AT", "de", "at_risk", "late_order", 5, 4),
    ("Café Kranich", "cafe", "DE", "de", "one_unhappy", "late_order", 3, 1),
    ("Studio Legale Ferraris", "law_firm", "IT", "it", "one_unhappy", "overbilled", 3, 1),
    ("Kita Sonnenblume", "kindergarten", "CH", "de", "one_unhappy", "portal", 3, 1),
    ("Restaurante Maré Alto", "restaurant", "PT", "pt", "one_unhappy", "invoice", 3, 1),
    ("Bistrot Clémence", "restaurant", "FR", "fr", "mild", "", 4, 0),
    ("Biblioteca Civica Val di Sole", "municipality", "IT", "it", "mild", "", 3, 0),
    ("Brauhaus Seidl KG", "brewery", "DE", "de", "mild", "", 4, 0),
    ("Northgate Design Ltd", "agency", "UK", "en", "happy", "", 4, 0),
    ("Pasticceria Dolcevita", "bakery", "IT", "it", "happy", "", 4, 0),
    ("Rheinblick Hotel AG", "hotel", "DE", "de", "happy", "", 4, 0),
]

TITLES: dict[str, list[str]] = {
    "restaurant": [
        "Owner",
        "Head chef",
        "Restaurant manager",
        "Sous chef",
        "Front of house manager",
    ],
    "software": [
        "Office manager",
        "People & culture lead",
        "Team assistant",
        "Finance lead",
        "Engineering manager",
    ],
    "hotel": [
        "F&B manager",
        "General manager",
        "Purchasing manager",
        "Events coordinator",
        "Accounts payable clerk",
        "Executive chef",
    ],
    "insurer": [
        "HR business partner",
        "Events coordinator",
        "Procurement lead",
        "Team assistant",
        "Office manager",
        "Accounts payable clerk",
    ],
    "cafe": ["Owner", "Shift lead", "Barista lead"],
    "law_firm": ["Office manager", "Partner", "Paralegal"],
    "kindergarten": ["Head of centre", "Educator", "Administration"],
    "brewery": ["Owner", "Kitchen manager", "Events manager", "Bookkeeper"],
    "municipality": ["Librarian", "Cultural programme officer", "Administration"],
    "agency": ["Studio manager", "Creative director", "Office coordinator", "Producer"],
    "bakery": ["Owner", "Shop manager", "Pastry chef", "Bookkeeper"],
}

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Team workshop 12 people / Workshop di team 12 persone", 720.0),
    ("Custom mugs x50 / Tazze personalizzate x50", 1450.0),
    ("Restaurant plates x120 / Piatti ristorante x120", 3900.0),
    ("On-site workshop / Workshop in sede", 1100.0),
    ("Espresso cups x80 / Tazzine espresso x80", 1280.0),
]

B2B_PAGES = [
    "/business/portal",
    "/business/orders",
    "/business/invoices",
    "/business/workshops",
    "/business/catalogue",
]

B2B_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Buongiorno, per il workshop di team possiamo venire in 14 invece di 12?",
            "Buongiorno! Sì, fino a 16 persone nello stesso studio; aggiorno io il numero sul portale.",
            "perfetto grazie",
        ),
        (
            "Le tazze personalizzate si possono fare con il logo in due colori?",
            "Sì, fino a due colori di smalto senza sovrapprezzo; dal terzo +0,80 € a pezzo.",
            "ottimo, grazie",
        ),
        (
            "Ci serve la scheda tecnica dei piatti per l'HACCP, dove la trovo?",
            "La trova sul portale in 'Documenti' per ogni ordine; gliela mando anche via mail.",
            "gentilissimi",
        ),
    ],
    "de": [
        (
            "Hallo, können wir beim Teamworkshop mit 14 statt 12 Leuten kommen?",
            "Hallo! Ja, bis 16 Personen im selben Atelier; ich passe die Zahl im Portal an.",
            "super, danke",
        ),
        (
            "Geht das Logo auf den Bechern auch zweifarbig?",
            "Ja, bis zwei Glasurfarben ohne Aufpreis, ab der dritten 0,80 € pro Stück.",
            "perfekt",
        ),
        (
            "Wir brauchen das Datenblatt der Teller für die Hygieneprüfung, wo finde ich das?",
            "Im Portal unter 'Dokumente' bei jeder Bestellung; ich schicke es Ihnen auch per Mail.",
            "danke, sehr nett",
        ),
    ],
    "en": [
        (
            "Hi, can we bring 14 people to the team workshop instead of 12?",
            "Hi! Yes, up to 16 in the same studio; I'll update the number in the portal.",
            "brilliant, thanks",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos ser 14 en el taller de equipo en vez de 12?",
            "¡Hola! Sí, hasta 16 en el mismo estudio; actualizo yo el número en el portal.",
            "genial, gracias",
        )
    ],
    "fr": [
        (
            "Bonjour, on peut venir à 14 au lieu de 12 pour l'atelier d'équipe ?",
            "Bonjour ! Oui, jusqu'à 16 dans le même atelier ; je mets le nombre à jour dans le portail.",
            "parfait merci",
        )
    ],
    "pt": [
        (
            "Olá, podemos ser 14 no workshop de equipa em vez de 12?",
            "Olá! Sim, até 16 no mesmo estúdio; atualizo eu o número no portal.",
            "ótimo, obrigado",
        )
    ],
}

B2B_PRAISE: Table = {
    "it": [
        "Il workshop di team da Tornella è stato il miglior evento aziendale dell'anno, anche il capo ha fatto la sua tazza storta 😄",
        "Arrivate le tazzine col nostro logo: i clienti ce le chiedono in vendita. Lavoro bellissimo",
    ],
    "de": [
        "Teamtag im Tornella-Atelier: alle voller Ton, alle glücklich. Die Becher stehen jetzt in unserer Kaffeeküche",
        "Die Teller mit unserem Logo sind da und sehen großartig aus, die Gäste fragen schon danach",
    ],
    "en": [
        "Our team day at Tornella was the best away day we've had, even the MD made a (wonky) mug"
    ],
    "es": [
        "El taller de equipo en Tornella fue el mejor evento del año, hasta el jefe hizo su taza torcida 😄"
    ],
    "fr": [
        "Atelier d'équipe chez Tornella : tout le monde plein d'argile et ravi. Les tasses sont dans notre cuisine"
    ],
    "pt": [
        "O workshop de equipa na Tornella foi o melhor evento do ano, até o chefe fez a sua caneca torta 😄"
    ],
}

B2B_TOPIC: dict[str, dict[str, str]] = {
    "late_order": {
        "it": "il nostro ordine di stoviglie personalizzate è in ritardo e senza data di consegna",
        "de": "unsere Bestellung mit dem Logo-Geschirr ist überfällig und hat keinen Liefertermin",
        "en": "our custom tableware order is overdue with no delivery date",
        "es": "nuestro pedido de vajilla personalizada va con retraso y sin fecha",
        "fr": "notre commande de vaisselle personnalisée est en retard sans date de livraison",
        "pt": "a nossa encomenda de loiça personalizada está atrasada e sem data",
    },
    "portal": {
        "it": "il portale aziendale non mostra più nessun nostro ordine né i documenti",
        "de": "das Firmenportal zeigt keine einzige unserer Bestellungen und keine Dokumente mehr",
        "en": "the business portal shows none of our orders or documents any more",
        "es": "el portal de empresa ya no muestra ninguno de nuestros pedidos ni documentos",
        "fr": "le portail entreprise n'affiche plus aucune commande ni aucun document",
        "pt": "o portal de empresa já não mostra nenhuma encomenda nem documentos",
    },
    "invoice": {
        "it": "le fatture arrivano senza numero d'ordine e intestate alla vecchia ragione sociale",
        "de": "die Rechnungen kommen ohne Bestellnummer und auf den alten Firmennamen",
        "en": "invoices arrive without our PO number and in our old company name",
        "es": "las facturas llegan sin número de pedido y a nombre de la antigua razón social",
        "fr": "les factures arrivent sans numéro de commande et à l'ancienne raison sociale",
        "pt": "as faturas chegam sem número de encomenda e em nome da antiga firma",
    },
    "overbilled": {
        "it": "il workshop ci è stato fatturato a persona invece che a pacchetto, oltre 400 € in più",
        "de": "der Workshop wurde pro Person statt als Paket abgerechnet, über 400 € zu viel",
        "en": "the workshop was billed per person instead of the package, over £350 too much",
        "es": "el taller se facturó por persona y no por paquete, más de 400 € de más",
        "fr": "l'atelier a été facturé par personne au lieu du forfait, plus de 400 € de trop",
        "pt": "o workshop foi faturado por pessoa em vez de pacote, mais de 400 € a mais",
    },
}

B2B_SUBJ: dict[str, dict[str, str]] = {
    "late_order": {
        "it": "Ordine stoviglie in ritardo",
        "de": "Geschirrbestellung überfällig",
        "en": "Tableware order overdue",
        "es": "Pedido de vajilla con retraso",
        "fr": "Commande de vaisselle en retard",
        "pt": "Encomenda de loiça atrasada",
    },
    "portal": {
        "it": "Portale: ordini spariti",
        "de": "Portal zeigt keine Bestellungen",
        "en": "Portal: orders missing",
        "es": "Portal: pedidos desaparecidos",
        "fr": "Portail : commandes disparues",
        "pt": "Portal: encomendas desaparecidas",
    },
    "invoice": {
        "it": "Fatture errate",
        "de": "Fehlerhafte Rechnungen",
        "en": "Incorrect invoices",
        "es": "Facturas incorrectas",
        "fr": "Factures erronées",
        "pt": "Faturas erradas",
    },
    "overbilled": {
        "it": "Fattura workshop sbagliata",
        "de": "Workshop falsch abgerechnet",
        "en": "Workshop invoice wrong",
        "es": "Factura del taller incorrecta",
        "fr": "Facture de l'atelier erronée",
        "pt": "Fatura do workshop errada",
    },
}

B2B_FIRST: dict[str, dict[str, str]] = {
    "late_order": {
        "it": "Buongiorno,\nil nostro ordine di 120 piatti con logo (confermato il 2 settembre) doveva arrivare venerdì scorso. Ad oggi nessuna consegna e nessuna data. Abbiamo tavoli prenotati tutta la settimana e stiamo servendo su piatti presi in prestito dal ristorante accanto. Chiediamo una data certa entro oggi.\n{first} {last}\n{title}, {company}",
        "de": "Guten Tag,\nunsere Bestellung über 120 Teller mit Logo (bestätigt am 2. September) sollte letzten Freitag kommen. Bis heute keine Lieferung und kein neuer Termin. Wir sind die ganze Woche ausgebucht und servieren auf geliehenem Geschirr. Wir brauchen heute noch einen verbindlichen Termin.\n{first} {last}\n{title}, {company}",
        "en": "Hello,\nour order of 120 logo plates (confirmed 2 September) was due last Friday. No delivery, no new date. We're booked out all week and serving on borrowed plates. We need a firm date today.\n{first} {last}\n{title}, {company}",
        "es": "Buenos días:\nnuestro pedido de 120 platos con logo (confirmado el 2 de septiembre) debía llegar el viernes pasado. Ni entrega ni fecha nueva. Tenemos la semana completa y servimos en platos prestados. Necesitamos una fecha hoy.\n{first} {last}\n{title}, {company}",
        "fr": "Bonjour,\nnotre commande de 120 assiettes avec logo (confirmée le 2 septembre) devait arriver vendredi dernier. Ni livraison ni nouvelle date. Nous sommes complets toute la semaine et servons dans de la vaisselle empruntée. Il nous faut une date ferme aujourd'hui.\n{first} {last}\n{title}, {company}",
        "pt": "Bom dia,\na nossa encomenda de 120 pratos com logótipo (confirmada a 2 de setembro) devia ter chegado sexta passada. Nem entrega nem nova data. Temos a semana cheia e servimos em pratos emprestados. Precisamos de uma data hoje.\n{first} {last}\n{title}, {company}",
    },
    "portal": {
        "it": "Buongiorno,\nda lunedì il portale aziendale non mostra più nessun nostro ordine: niente bolle, niente fatture, e non riusciamo ad aggiungere i partecipanti al workshop del 29. L'amministrazione mi chiede i documenti ogni giorno. Potete verificare?\n{first} {last}\n{title}, {company}",
        "de": "Guten Tag,\nseit Montag zeigt das Firmenportal keine einzige unserer Bestellungen mehr: keine Lieferscheine, keine Rechnungen, und wir können keine Teilnehmer für den Workshop am 29. eintragen. Die Buchhaltung fragt täglich nach den Belegen. Können Sie das prüfen?\n{first} {last}\n{title}, {company}",
        "en": "Hello,\nsince Monday the business portal shows none of our orders: no delivery notes, no invoices, and we can't add people to the workshop on the 29th. Accounts ask me for the paperwork daily. Could you check?\n{first} {last}\n{title}, {company}",
        "es": "Buenos días:\ndesde el lunes el portal de empresa no muestra ninguno de nuestros pedidos: ni albaranes ni facturas, y no podemos añadir participantes al taller del 29. ¿Podéis revisarlo?\n{first} {last}\n{title}, {company}",
        "fr": "Bonjour,\ndepuis lundi le portail entreprise n'affiche plus aucune de nos commandes : ni bons de livraison, ni factures, et impossible d'ajouter des participants à l'atelier du 29. Pouvez-vous vérifier ?\n{first} {last}\n{title}, {company}",
        "pt": "Bom dia,\ndesde segunda o portal de empresa não mostra nenhuma encomenda: nem guias, nem faturas, e não conseguimos juntar participantes ao workshop do dia 29. Podem verificar?\n{first} {last}\n{title}, {company}",
    },
    "invoice": {
        "it": "Buongiorno,\nanche le ultime tre fatture arrivano senza il nostro numero d'ordine e intestate alla vecchia ragione sociale, che non esiste più da aprile. La nostra contabilità le respinge tutte e non possiamo pagarle. Vi prego di riemetterle.\n{first} {last}\n{title}, {company}",
        "de": "Guten Tag,\nauch die letzten drei Rechnungen kommen ohne unsere Bestellnummer und auf den alten Firmennamen, den es seit April nicht mehr gibt. Unsere Buchhaltung weist alle zurück, wir können so nicht zahlen. Bitte neu ausstellen.\n{first} {last}\n{title}, {company}",
        "en": "Hello,\nthe last three invoices again have no PO number and our old company name, which hasn't existed since April. Accounts reject them all. Please reissue.\n{first} {last}\n{title}, {company}",
        "es": "Buenos días:\nlas tres últimas facturas vuelven a llegar sin nuestro número de pedido y a nombre de la antigua razón social, que no existe desde abril. Contabilidad las rechaza todas y no podemos pagarlas. Por favor, emitidlas de nuevo.\n{first} {last}\n{title}, {company}",
        "fr": "Bonjour,\nles trois dernières factures arrivent encore sans numéro de commande et à l'ancienne raison sociale, qui n'existe plus depuis avril. Notre comptabilité les rejette. Merci de les rééditer.\n{first} {last}\n{title}, {company}",
        "pt": "Bom dia,\nas últimas três faturas voltam a chegar sem o nosso número de encomenda e em nome da antiga firma, que já não existe desde abril. A contabilidade rejeita-as todas. Por favor reemitam.\n{first} {last}\n{title}, {company}",
    },
    "overbilled": {
        "it": "Buongiorno,\nil workshop di team del 2 ottobre ci è stato fatturato 20 persone a prezzo unitario invece del pacchetto concordato fino a 20 persone (eravamo in 13). La differenza supera i 400 €. Allego il preventivo firmato. Attendiamo la nota di credito.\n{first} {last}\n{title}, {company}",
        "de": "Guten Tag,\nder Teamworkshop vom 2. Oktober wurde uns mit 20 Personen zum Einzelpreis berechnet statt als vereinbartes Paket bis 20 Personen (wir waren 13). Das sind über 400 € zu viel. Das unterschriebene Angebot hängt an. Wir erwarten eine Gutschrift.\n{first} {last}\n{title}, {company}",
        "en": "Hello,\nthe team workshop on 2 October was billed as 20 people at the single price instead of the agreed package for up to 20 (we were 13). That's over £350 too much. The signed quote is attached. We expect a credit note.\n{first} {last}\n{title}, {company}",
        "es": "Buenos días:\nel taller del 2 de octubre se nos facturó como 20 personas a precio unitario en vez del paquete pactado hasta 20 (fuimos 13). Son más de 400 € de más. Adjunto el presupuesto firmado.\n{first} {last}\n{title}, {company}",
        "fr": "Bonjour,\nl'atelier du 2 octobre nous a été facturé 20 personnes au prix unitaire au lieu du forfait convenu jusqu'à 20 (nous étions 13). Plus de 400 € de trop. Le devis signé est joint.\n{first} {last}\n{title}, {company}",
        "pt": "Bom dia,\no workshop de 2 de outubro foi-nos faturado como 20 pessoas a preço unitário em vez do pacote acordado até 20 (fomos 13). São mais de 400 € a mais. Segue o orçamento assinado.\n{first} {last}\n{title}, {company}",
    },
}

WEEKDAYS: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}

THIS_MORNING: dict[str, str] = {
    "it": "stamattina",
    "de": "heute Morgen",
    "en": "this morning",
    "es": "esta mañana",
    "fr": "ce matin",
    "pt": "esta manhã",
}

B2B_LATER: Table = {
    "it": [
        "Buongiorno,\ncome vi ha già scritto {prev} {weekday} (caso {ref}): {topic}. Vi scrivo anch'io perché adesso blocca anche il mio lavoro. Ci serve una risposta concreta.\n{first} {last}\n{title}, {company}",
        "Salve,\nmi aggiungo alla segnalazione {ref} di {prev} ({weekday}): {topic}. Da noi la situazione sta diventando difficile da spiegare internamente.\n{first}\n{title}, {company}",
    ],
    "de": [
        "Guten Tag,\nwie {prev} Ihnen schon {weekday} geschrieben hat (Vorgang {ref}): {topic}. Ich melde mich auch, weil das jetzt auch meine Arbeit blockiert. Wir brauchen eine konkrete Antwort.\n{first} {last}\n{title}, {company}",
        "Hallo,\nich schließe mich Vorgang {ref} von {prev} ({weekday}) an: {topic}. Intern wird das langsam schwer zu erklären.\n{first}\n{title}, {company}",
    ],
    "en": [
        "Hello,\nas {prev} wrote {weekday} (case {ref}): {topic}. I'm writing too because it now blocks my work as well. We need a real answer.\n{first} {last}\n{title}, {company}"
    ],
    "es": [
        "Buenos días:\ncomo ya os escribió {prev} {weekday} (incidencia {ref}): {topic}. Escribo yo también porque ahora me bloquea a mí. Necesitamos una respuesta.\n{first} {last}\n{title}, {company}"
    ],
    "fr": [
        "Bonjour,\ncomme {prev} vous l'a écrit {weekday} (demande {ref}) : {topic}. J'écris aussi car cela bloque maintenant mon travail. Il nous faut une vraie réponse.\n{first} {last}\n{title}, {company}"
    ],
    "pt": [
        "Bom dia,\ncomo {prev} já escreveu {weekday} (pedido {ref}): {topic}. Escrevo também porque agora bloqueia o meu trabalho. Precisamos de uma resposta.\n{first} {last}\n{title}, {company}"
    ],
}

B2B_LAST_EMAIL: dict[str, str] = {
    "it": "Buongiorno,\ncaso {ref}: ancora nulla di risolto ({topic}) e ormai vi abbiamo scritto in {n}. Il nostro ufficio acquisti ha già chiesto le tariffe a {comp}.\n{first} {last}\n{title}, {company}",
    "de": "Guten Tag,\nVorgang {ref}: immer noch nichts gelöst ({topic}), inzwischen haben Ihnen {n} von uns geschrieben. Unser Einkauf hat bereits bei {comp} Preise angefragt.\n{first} {last}\n{title}, {company}",
    "en": "Hello,\ncase {ref}: still nothing fixed ({topic}) and {n} of us have written by now. Our procurement team has already asked {comp} for their rates.\n{first} {last}\n{title}, {company}",
    "es": "Buenos días:\nincidencia {ref}: nada resuelto ({topic}) y ya os hemos escrito {n} personas. Compras ya ha pedido tarifas a {comp}.\n{first} {last}\n{title}, {company}",
    "fr": "Bonjour,\ndemande {ref} : toujours rien de réglé ({topic}) et nous sommes {n} à vous avoir écrit. Nos achats ont déjà demandé les tarifs de {comp}.\n{first} {last}\n{title}, {company}",
    "pt": "Bom dia,\npedido {ref}: nada resolvido ({topic}) e já vos escrevemos {n} pessoas. As compras já pediram preços à {comp}.\n{first} {last}\n{title}, {company}",
}

B2B_LAST_CALL: dict[str, str] = {
    "it": "sì buongiorno chiamo per il caso {ref} ancora niente {topic} vi abbiamo scritto in {n} il mio capo dice che se non si risolve questa settimana spostiamo tutto a un altro fornitore",
    "de": "ja guten Tag ich rufe wegen Vorgang {ref} an immer noch nichts {topic} wir haben Ihnen zu {n} geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist gehen wir zu einem anderen Anbieter",
    "en": "yes hello it's about case {ref} still nothing {topic} {n} of us have written my boss says if it isn't fixed this week we move the account elsewhere",
    "es": "sí hola llamo por la incidencia {ref} sigue igual {topic} os hemos escrito {n} mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "fr": "oui bonjour j'appelle pour la demande {ref} toujours rien {topic} on vous a écrit à {n} mon chef dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "pt": "sim bom dia ligo por causa do pedido {ref} continua igual {topic} já vos escrevemos {n} o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}

NUMBER_WORDS: dict[str, list[str]] = {
    "it": ["", "", "", "tre", "quattro"],
    "de": ["", "", "", "drei", "vier"],
    "en": ["", "", "", "three", "four"],
    "es": ["", "", "", "tres", "cuatro"],
    "fr": ["", "", "", "trois", "quatre"],
    "pt": ["", "", "", "três", "quatro"],
}

B2B_ACK: dict[str, str] = {
    "it": "Gentile {first},\ngrazie per la segnalazione: abbiamo aperto il caso {ref} per {company} e vi aggiorniamo entro 48 ore.\n{sign}",
    "de": "Hallo {first},\ndanke für Ihre Nachricht: wir haben den Vorgang {ref} für {company} angelegt und melden uns innerhalb von 48 Stunden.\n{sign}",
    "en": "Dear {first},\nthanks for letting us know: we've opened case {ref} for {company} and will update you within 48 hours.\n{sign}",
    "es": "Hola {first},\ngracias por avisar: hemos abierto la incidencia {ref} para {company} y os informamos en 48 horas.\n{sign}",
    "fr": "Bonjour {first},\nmerci pour votre message : nous avons ouvert la demande {ref} pour {company} et revenons vers vous sous 48 heures.\n{sign}",
    "pt": "Olá {first},\nobrigado pelo aviso: abrimos o pedido {ref} para {company} e damos notícias em 48 horas.\n{sign}",
}

B2B_MILD: Table = {
    "it": [
        "Sarebbe comodo poter esportare dal portale i costi dei workshop per centro di costo.",
        "Nelle bolle di consegna potreste indicare se i piatti reggono la lavastoviglie industriale?",
    ],
    "de": [
        "Es wäre praktisch, die Workshopkosten im Portal nach Kostenstelle exportieren zu können.",
        "Könnten Sie auf den Lieferscheinen vermerken, ob das Geschirr gewerbespülmaschinenfest ist?",
    ],
    "en": [
        "It would help to export workshop costs by cost centre from the portal.",
        "Could delivery notes say whether the plates are safe in a commercial dishwasher?",
    ],
    "es": [
        "Sería útil poder exportar desde el portal los costes de los talleres por centro de coste.",
        "¿Podríais indicar en los albaranes si los platos aguantan el lavavajillas industrial?",
    ],
    "fr": [
        "Ce serait pratique d'exporter depuis le portail le coût des ateliers par centre de coût.",
        "Pourriez-vous indiquer sur les bons de livraison si les assiettes passent au lave-vaisselle professionnel ?",
    ],
    "pt": [
        "Dava jeito exportar do portal os custos dos workshops por centro de custo.",
        "Podiam indicar nas guias se os pratos aguentam a máquina de lavar industrial?",
    ],
}

B2B_MILD_SUBJ: dict[str, str] = {
    "it": "Suggerimento",
    "de": "Anregung",
    "en": "Suggestion",
    "es": "Sugerencia",
    "fr": "Suggestion",
    "pt": "Sugestão",
}

B2B_MILD_ACK: dict[str, str] = {
    "it": "Gentile {first},\ngrazie del suggerimento, l'abbiamo passato al nostro team prodotto.\n{sign}",
    "de": "Hallo {first},\ndanke für die Anregung, wir haben sie an unser Produktteam weitergegeben.\n{sign}",
    "en": "Dear {first},\nthanks for the suggestion, we've passed it to our product team.\n{sign}",
    "es": "Hola {first},\ngracias por la sugerencia, se la hemos pasado al equipo de producto.\n{sign}",
    "fr": "Bonjour {first},\nmerci pour la suggestion, transmise à notre équipe produit.\n{sign}",
    "pt": "Olá {first},\nobrigado pela sugestão, passámos à equipa de produto.\n{sign}",
}
