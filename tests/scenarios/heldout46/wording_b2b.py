# ruff: noqa: E501
"""Hand-written wording for heldout46's business arm (instrument hire to firms and institutions).

Placeholders: {b} brand, {pro} business arm, {case} case reference, {first1} the first
complainer's first name, {day} a weekday, {comp} a competitor, {agent} an agent, {first}
the writer's first name, {company} the company.
"""

from __future__ import annotations

PRO = "Cordelio Pro"

# (label, price in EUR, page)
PRODUCTS = [
    (
        "Concert grand piano, per event / Piano à queue de concert, par événement",
        "690.00",
        "/pro/grand-piano",
    ),
    (
        "Digital stage piano, weekly / Piano de scène numérique, semaine",
        "120.00",
        "/pro/stage-piano",
    ),
    ("Set of 12 student violins, term / Lot de 12 violons, trimestre", "540.00", "/pro/class-sets"),
    ("Timpani pair, per event / Paire de timbales, par événement", "260.00", "/pro/percussion"),
    ("Double bass 3/4, monthly / Contrebasse 3/4, mensuel", "85.00", "/pro/strings"),
    ("Chamber organ, weekly / Orgue positif, semaine", "410.00", "/pro/organ"),
    ("Stage monitor set, per event / Retours de scène, par événement", "180.00", "/pro/sound"),
]

PAGES = [
    "/pro/portal/rentals",
    "/pro/portal/invoices",
    "/pro/portal/collections",
    "/pro/class-sets",
    "/pro/grand-piano",
    "/pro/framework-contract",
]

TOPIC = {
    "invoice": {
        "de": "Rechnungen ohne Kostenstelle",
        "fr": "Factures sans centre de coûts",
        "en": "Invoices without cost centre",
        "es": "Facturas sin centro de coste",
        "it": "Fatture senza centro di costo",
        "pt": "Faturas sem centro de custo",
    },
    "service_blocked": {
        "de": "Konto gesperrt trotz Zahlung",
        "fr": "Compte bloqué alors que tout est payé",
        "en": "Account on hold although paid",
        "es": "Cuenta bloqueada aunque está pagada",
        "it": "Conto bloccato nonostante i pagamenti",
        "pt": "Conta bloqueada apesar de paga",
    },
    "portal": {
        "de": "Portal zeigt zurückgegebene Instrumente",
        "fr": "Le portail affiche des instruments rendus",
        "en": "Portal still lists returned instruments",
        "es": "El portal muestra instrumentos ya devueltos",
        "it": "Il portale mostra strumenti già resi",
        "pt": "O portal mostra instrumentos já devolvidos",
    },
    "overbilled": {
        "de": "Transport und Stimmung extra berechnet",
        "fr": "Transport et accordage facturés en plus",
        "en": "Transport and tuning billed on top",
        "es": "Transporte y afinación cobrados aparte",
        "it": "Trasporto e accordatura fatturati a parte",
        "pt": "Transporte e afinação cobrados à parte",
    },
}

# the first complaint of an account
FIRST = {
    "invoice": {
        "de": "Guten Tag,\n\nseit der Umstellung im September kommen Ihre Rechnungen an unsere Zentrale statt an die Veranstaltungsabteilung, ohne Kostenstelle und ohne Veranstaltungsnamen. Unsere Buchhaltung schickt sie alle zurück, inzwischen sieben Stück. Bitte korrigieren und neu ausstellen.\n\nMit freundlichen Grüßen\n{first}\n{company}",
        "fr": "Bonjour,\n\ndepuis septembre vos factures arrivent au siège au lieu du service événementiel, sans centre de coûts ni nom de l'événement. Notre comptabilité les rejette toutes, sept à ce jour. Merci de les corriger et de les réémettre.\n\nCordialement,\n{first}\n{company}",
        "en": "Hello,\n\nSince September your invoices come to our head office instead of the events team, with no cost centre and no event name. Accounts payable rejects every one of them, seven so far. Please correct and reissue.\n\nRegards,\n{first}\n{company}",
        "es": "Buenos días,\n\ndesde septiembre vuestras facturas llegan a la sede central en vez de al departamento de eventos, sin centro de coste ni nombre del evento. Contabilidad las rechaza todas, ya van siete. Por favor, corregidlas y reemitidlas.\n\nSaludos,\n{first}\n{company}",
        "it": "Buongiorno,\n\nda settembre le vostre fatture arrivano alla sede centrale invece che all'ufficio eventi, senza centro di costo né nome dell'evento. L'amministrazione le respinge tutte, sette finora. Vi prego di correggerle e riemetterle.\n\nCordiali saluti,\n{first}\n{company}",
        "pt": "Bom dia,\n\ndesde setembro as vossas faturas chegam à sede em vez do departamento de eventos, sem centro de custo nem nome do evento. A contabilidade rejeita todas, já são sete. Por favor corrijam e reemitam.\n\nCumprimentos,\n{first}\n{company}",
    },
    "service_blocked": {
        "de": "Guten Tag,\n\nheute früh wollte ich im Portal den Flügel für unser Adventskonzert buchen und bekomme nur 'Konto gesperrt, bitte Buchhaltung kontaktieren'. Alle Rechnungen sind bezahlt, die Zahlungsbelege hänge ich gern an. Das Konzert ist in drei Wochen.\n\n{first}\n{company}",
        "fr": "Bonjour,\n\nce matin j'ai voulu réserver le piano à queue pour notre concert de fin d'année et le portail affiche 'compte bloqué, contactez la comptabilité'. Toutes les factures sont payées, je peux envoyer les justificatifs. Le concert est dans trois semaines.\n\n{first}\n{company}",
        "en": "Hello,\n\nThis morning I tried to book the grand piano for our winter concert and the portal just says 'account on hold, contact accounts'. Every invoice is paid, I can send the remittances. The concert is in three weeks.\n\n{first}\n{company}",
        "es": "Buenos días,\n\nesta mañana he intentado reservar el piano de cola para el concierto y el portal dice 'cuenta bloqueada, contacte con administración'. Todo está pagado, puedo enviar los justificantes. El concierto es en tres semanas.\n\n{first}\n{company}",
        "it": "Buongiorno,\n\nstamattina volevo prenotare il pianoforte a coda per il concerto e il portale dice 'conto bloccato, contattare l'amministrazione'. È tutto pagato, posso mandare le contabili. Il concerto è tra tre settimane.\n\n{first}\n{company}",
        "pt": "Bom dia,\n\nesta manhã tentei reservar o piano de cauda para o concerto e o portal diz 'conta bloqueada, contacte a contabilidade'. Está tudo pago, posso enviar os comprovativos. O concerto é daqui a três semanas.\n\n{first}\n{company}",
    },
    "portal": {
        "de": "Guten Tag,\n\nim Portal stehen noch die 12 Schülergeigen und der Kontrabass als 'ausgeliehen', obwohl Ihr Fahrer sie am 25. September abgeholt hat (Abholschein liegt vor). Dadurch ist unser Kontingent voll, wir können nichts Neues buchen, und die Miete läuft offenbar weiter.\n\n{first}\n{company}",
        "fr": "Bonjour,\n\nle portail affiche encore les 12 violons et la contrebasse comme 'en location', alors que votre chauffeur les a repris le 25 septembre (bon d'enlèvement à l'appui). Notre quota est donc plein, impossible de réserver, et la location continue visiblement de courir.\n\n{first}\n{company}",
        "en": "Hello,\n\nThe portal still lists the 12 student violins and the double bass as 'on hire', although your driver collected them on 25 September (we have the collection note). So our allowance is full, we can't book anything, and the rent seems to keep running.\n\n{first}\n{company}",
        "es": "Buenos días,\n\nen el portal siguen apareciendo los 12 violines y el contrabajo como 'alquilados', aunque vuestro conductor los recogió el 25 de septiembre (tenemos el albarán). Así tenemos el cupo lleno, no podemos reservar y el alquiler sigue corriendo.\n\n{first}\n{company}",
        "it": "Buongiorno,\n\nnel portale risultano ancora 'a noleggio' i 12 violini e il contrabbasso, anche se il vostro autista li ha ritirati il 25 settembre (abbiamo la bolla). Così il plafond è pieno, non possiamo prenotare e il noleggio continua a correre.\n\n{first}\n{company}",
        "pt": "Bom dia,\n\no portal ainda mostra os 12 violinos e o contrabaixo como 'alugados', embora o vosso motorista os tenha recolhido a 25 de setembro (temos a guia). O plafond está cheio, não conseguimos reservar e o aluguer continua a contar.\n\n{first}\n{company}",
    },
    "overbilled": {
        "de": "Guten Tag,\n\nlaut Rahmenvertrag sind Transport und Stimmung bei jedem Flügeleinsatz enthalten. Auf den letzten vier Rechnungen stehen trotzdem jeweils 'Transport 180 €' und 'Stimmung 95 €' extra. Bitte gutschreiben.\n\n{first}\n{company}",
        "fr": "Bonjour,\n\nselon le contrat-cadre, transport et accordage sont inclus pour chaque location du piano à queue. Sur les quatre dernières factures figurent pourtant 'Transport 180 €' et 'Accordage 95 €' en plus. Merci d'établir un avoir.\n\n{first}\n{company}",
        "en": "Hello,\n\nUnder our framework contract transport and tuning are included with every grand piano booking. The last four invoices each add 'Transport £155' and 'Tuning £82' anyway. Please credit them.\n\n{first}\n{company}",
        "es": "Buenos días,\n\nsegún el contrato marco, transporte y afinación están incluidos en cada alquiler del piano de cola. En las cuatro últimas facturas aparecen igualmente 'Transporte 180 €' y 'Afinación 95 €'. Por favor, abonadlo.\n\n{first}\n{company}",
        "it": "Buongiorno,\n\nda contratto quadro trasporto e accordatura sono inclusi in ogni noleggio del pianoforte a coda. Nelle ultime quattro fatture compaiono comunque 'Trasporto 180 €' e 'Accordatura 95 €'. Vi prego di stornarli.\n\n{first}\n{company}",
        "pt": "Bom dia,\n\nsegundo o contrato-quadro, transporte e afinação estão incluídos em cada aluguer do piano de cauda. Nas últimas quatro faturas aparecem na mesma 'Transporte 180 €' e 'Afinação 95 €'. Por favor creditem.\n\n{first}\n{company}",
    },
}

# a later complainer of the same account, same problem
LATER = {
    "de": "Guten Tag,\n\n{first1} aus unserem Haus hat Ihnen am {day} schon geschrieben (Vorgang {case}). Bei mir das Gleiche: {short} Bitte endlich beheben.\n\n{first}\n{company}",
    "fr": "Bonjour,\n\n{first1} vous a déjà écrit {day} (dossier {case}). Même chose de mon côté : {short} Merci de régler ça enfin.\n\n{first}\n{company}",
    "en": "Hello,\n\n{first1} already wrote to you on {day} (case {case}). Same here: {short} Please get this fixed.\n\n{first}\n{company}",
    "es": "Buenos días,\n\n{first1} ya os escribió el {day} (incidencia {case}). A mí me pasa lo mismo: {short} Arregladlo, por favor.\n\n{first}\n{company}",
    "it": "Buongiorno,\n\n{first1} vi ha già scritto {day} (pratica {case}). Anche per me lo stesso: {short} Per favore risolvete.\n\n{first}\n{company}",
    "pt": "Bom dia,\n\n{first1} já vos escreveu na {day} (processo {case}). Comigo é igual: {short} Resolvam, por favor.\n\n{first}\n{company}",
}

SHORT = {
    "invoice": {
        "de": "Meine Rechnungen kommen auch ohne Kostenstelle, die Buchhaltung lehnt sie ab.",
        "fr": "mes factures arrivent aussi sans centre de coûts, la compta les rejette.",
        "en": "my invoices have no cost centre either and get rejected.",
        "es": "mis facturas también llegan sin centro de coste y las rechazan.",
        "it": "anche le mie fatture sono senza centro di costo e vengono respinte.",
        "pt": "as minhas faturas também vêm sem centro de custo e são rejeitadas.",
    },
    "service_blocked": {
        "de": "Ich kann auch nichts buchen, 'Konto gesperrt', obwohl alles bezahlt ist.",
        "fr": "je ne peux rien réserver non plus, 'compte bloqué', alors que tout est payé.",
        "en": "I can't book anything either, 'account on hold', although everything is paid.",
        "es": "yo tampoco puedo reservar, 'cuenta bloqueada', y está todo pagado.",
        "it": "nemmeno io posso prenotare, 'conto bloccato', ed è tutto pagato.",
        "pt": "também não consigo reservar, 'conta bloqueada', e está tudo pago.",
    },
    "portal": {
        "de": "Die abgeholten Instrumente stehen weiter als ausgeliehen im Portal, wir kommen nicht an neue Buchungen.",
        "fr": "les instruments repris sont toujours 'en location' sur le portail, impossible de réserver.",
        "en": "the collected instruments still show as on hire and we can't book.",
        "es": "los instrumentos recogidos siguen como alquilados y no podemos reservar.",
        "it": "gli strumenti ritirati risultano ancora a noleggio e non possiamo prenotare.",
        "pt": "os instrumentos recolhidos continuam como alugados e não conseguimos reservar.",
    },
    "overbilled": {
        "de": "Auf meinen Rechnungen stehen auch Transport und Stimmung extra, trotz Rahmenvertrag.",
        "fr": "mes factures ont aussi transport et accordage en plus, malgré le contrat-cadre.",
        "en": "my invoices also add transport and tuning despite the framework contract.",
        "es": "mis facturas también cobran transporte y afinación aparte pese al contrato marco.",
        "it": "anche nelle mie fatture trasporto e accordatura sono a parte, nonostante il contratto.",
        "pt": "as minhas faturas também cobram transporte e afinação apesar do contrato.",
    },
}

# the last complainer again, nothing fixed
LAST_EMAIL = {
    "de": (
        "AW: Vorgang {case}",
        "Guten Tag,\n\nzu {case}: es ist nach wie vor nichts behoben, inzwischen haben mehrere Kolleginnen und Kollegen geschrieben. Unser Einkauf hat bereits ein Angebot bei {comp} angefragt.\n\n{first}\n{company}",
    ),
    "fr": (
        "RE : Dossier {case}",
        "Bonjour,\n\npour {case} : toujours rien de corrigé, plusieurs collègues vous ont écrit entre-temps. Nos achats ont déjà demandé un devis à {comp}.\n\n{first}\n{company}",
    ),
    "en": (
        "Re: Case {case}",
        "Hello,\n\nAbout {case}: still nothing fixed, and several colleagues have written since. Procurement has already asked {comp} for a quote.\n\n{first}\n{company}",
    ),
    "es": (
        "RE: Incidencia {case}",
        "Buenos días,\n\nsobre {case}: sigue sin arreglarse y ya os han escrito varios compañeros. Compras ya ha pedido presupuesto a {comp}.\n\n{first}\n{company}",
    ),
    "it": (
        "R: Pratica {case}",
        "Buongiorno,\n\nper la pratica {case}: ancora nulla di risolto e vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto un preventivo a {comp}.\n\n{first}\n{company}",
    ),
    "pt": (
        "RE: Processo {case}",
        "Bom dia,\n\nsobre {case}: continua por resolver e já vos escreveram vários colegas. As compras já pediram orçamento à {comp}.\n\n{first}\n{company}",
    ),
}

LAST_PHONE = {
    "de": "ja guten Tag hier ist {first} von {company} es geht um den Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht behoben ist gehen wir zu einem anderen Anbieter",
    "fr": "oui bonjour c'est {first} de {company} c'est pour le dossier {case} c'est toujours pas réglé plusieurs collègues vous ont écrit et ma directrice dit que si c'est pas réglé cette semaine on change de fournisseur",
    "en": "hi it's {first} from {company} about case {case} it's still not fixed several of us have written and my boss says if it isn't sorted this week we're moving the account",
    "es": "hola soy {first} de {company} llamo por la incidencia {case} sigue sin resolverse ya os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana cambiamos de proveedor",
    "it": "buongiorno sono {first} di {company} chiamo per la pratica {case} non è ancora risolta vi hanno scritto diversi colleghi e il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "pt": "bom dia fala {first} da {company} é sobre o processo {case} continua por resolver vários colegas já escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}

ACK = {
    "de": (
        "Vorgang {case}",
        "Guten Tag {first},\n\nvielen Dank, wir haben den Vorgang {case} angelegt und die Buchhaltung ist informiert. Wir melden uns.\n\n{agent}, {pro}",
    ),
    "fr": (
        "Dossier {case}",
        "Bonjour {first},\n\nmerci, nous avons ouvert le dossier {case} et prévenu la comptabilité. Nous revenons vers vous.\n\n{agent}, {pro}",
    ),
    "en": (
        "Case {case}",
        "Hello {first},\n\nThank you, we've opened case {case} and informed accounts. We'll be in touch.\n\n{agent}, {pro}",
    ),
    "es": (
        "Incidencia {case}",
        "Buenos días {first},\n\ngracias, hemos abierto la incidencia {case} y avisado a administración. Os decimos algo.\n\n{agent}, {pro}",
    ),
    "it": (
        "Pratica {case}",
        "Buongiorno {first},\n\ngrazie, abbiamo aperto la pratica {case} e informato l'amministrazione. Vi aggiorniamo.\n\n{agent}, {pro}",
    ),
    "pt": (
        "Processo {case}",
        "Bom dia {first},\n\nobrigado, abrimos o processo {case} e avisámos a contabilidade. Damos notícias.\n\n{agent}, {pro}",
    ),
}

MILD = {
    "reminder": {
        "de": "Kleiner Vorschlag: könnte das Portal zwei Tage vor einer Abholung eine Erinnerung schicken? Dann stehen die Instrumente auch wirklich im Foyer bereit.",
        "fr": "Petite suggestion : le portail pourrait-il envoyer un rappel deux jours avant un enlèvement ? Les instruments seraient prêts dans le hall.",
        "en": "Small suggestion: could the portal send a reminder two days before a collection? Then the instruments would actually be waiting in the foyer.",
        "es": "Una sugerencia: ¿podría el portal mandar un aviso dos días antes de una recogida?",
        "it": "Un suggerimento: il portale potrebbe mandare un promemoria due giorni prima di un ritiro?",
        "pt": "Uma sugestão: o portal podia enviar um lembrete dois dias antes de uma recolha?",
    },
    "serials": {
        "de": "Wäre schön, wenn auf den Rechnungen die Seriennummern der Instrumente stünden, unsere Inventur wäre dann viel einfacher.",
        "fr": "Ce serait bien d'avoir les numéros de série des instruments sur les factures, pour notre inventaire.",
        "en": "It would help if invoices listed the instruments' serial numbers, for our inventory.",
        "es": "Estaría bien que las facturas llevaran los números de serie de los instrumentos, para el inventario.",
        "it": "Sarebbe utile avere i numeri di serie degli strumenti in fattura, per l'inventario.",
        "pt": "Seria útil as faturas terem os números de série dos instrumentos, para o inventário.",
    },
}

MILD_ACK = {
    "de": (
        "Ihr Vorschlag",
        "Guten Tag {first},\n\ndanke für den Vorschlag, wir haben ihn an das Portal-Team weitergegeben.\n\n{agent}, {pro}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\n\nmerci pour la suggestion, transmise à l'équipe du portail.\n\n{agent}, {pro}",
    ),
    "en": (
        "Your suggestion",
        "Hello {first},\n\nThanks for the suggestion, we've passed it on to the portal team.\n\n{agent}, {pro}",
    ),
    "es": (
        "Tu sugerencia",
        "Buenos días {first},\n\ngracias por la sugerencia, la hemos pasado al equipo del portal.\n\n{agent}, {pro}",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first},\n\ngrazie del suggerimento, l'abbiamo girato al team del portale.\n\n{agent}, {pro}",
    ),
    "pt": (
        "A sua sugestão",
        "Bom dia {first},\n\nobrigado pela sugestão, passámos à equipa do portal.\n\n{agent}, {pro}",
    ),
}

CHAT_Q = {
    "de": [
        (
            "Können wir den Flügel für den 12. auch schon am 11. abends anliefern lassen? Generalprobe.",
            "Ja, Vorabend-Anlieferung geht, bitte im Portal 'Anlieferung Vortag' ankreuzen.",
        ),
        (
            "Wie lange im Voraus muss ein Klassensatz Geigen gebucht werden?",
            "Zwei Wochen reichen in der Regel, im September besser vier.",
        ),
    ],
    "fr": [
        (
            "On peut faire livrer le piano à queue la veille au soir ? Il y a la générale.",
            "Oui, cochez 'livraison la veille' dans le portail.",
        ),
        (
            "Combien de temps à l'avance réserver un lot de violons ?",
            "Deux semaines suffisent en général, quatre en septembre.",
        ),
    ],
    "en": [
        (
            "Can the grand be delivered the evening before? We have the dress rehearsal.",
            "Yes, tick 'deliver day before' in the portal.",
        )
    ],
    "es": [
        (
            "¿Se puede entregar el piano de cola la tarde anterior? Tenemos ensayo general.",
            "Sí, marca 'entrega el día anterior' en el portal.",
        )
    ],
    "it": [
        (
            "Si può consegnare il pianoforte a coda la sera prima? C'è la prova generale.",
            "Sì, basta spuntare 'consegna il giorno prima' nel portale.",
        )
    ],
    "pt": [
        (
            "Dá para entregar o piano de cauda na véspera à noite? Temos ensaio geral.",
            "Sim, marque 'entrega na véspera' no portal.",
        )
    ],
}

THANKS = {
    "de": ["Danke!", "Super, danke"],
    "fr": ["Merci !", "Parfait, merci"],
    "en": ["Thanks!"],
    "es": ["¡Gracias!"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}

PRAISE = {
    "de": [
        "Flügel pünktlich geliefert, perfekt gestimmt, Konzert war ein Erfolg. Danke an das {pro}-Team",
        "Klassensatz Geigen für die Bläser- und Streicherklasse, alles sauber beschriftet. Sehr professionell.",
    ],
    "fr": [
        "Piano à queue livré à l'heure, parfaitement accordé, concert réussi. Merci à l'équipe {pro}",
        "Lot de violons pour la classe d'orchestre, tout étiqueté proprement. Très pro.",
    ],
    "en": ["Grand delivered on time and perfectly tuned, concert went brilliantly. Thanks {pro}"],
    "es": ["Piano de cola puntual y perfectamente afinado, el concierto un éxito. Gracias {pro}"],
    "it": [
        "Pianoforte a coda puntuale e accordato alla perfezione, concerto riuscito. Grazie {pro}"
    ],
    "pt": [
        "Piano de cauda pontual e perfeitamente afinado, o concerto correu lindamente. Obrigado {pro}"
    ],
}
