# ruff: noqa: E501
"""Business-arm wording for heldout52: Tagliora Backstage (hair and make-up
teams for sets, stages, hotels, events and care homes, booked on account
through a portal).

Hand-written for this set. Placeholders: {first}, {last}, {job_title},
{company}, {case}, {colleague} (the first complainer's first name), {said}
(when the first complainer wrote), {restate}, {comp}, {diff}, {sign}.
"""

from __future__ import annotations

from typing import Any

ARM = "Tagliora Backstage"

PRODUCTS = [
    (
        "Hair & make-up team, full day / Squadra trucco e parrucco, giornata intera",
        1450,
        "/backstage/book/team-day",
    ),
    (
        "Hair & make-up artist, half day / Truccatore-parrucchiere, mezza giornata",
        390,
        "/backstage/book/artist-half-day",
    ),
    ("Care-home hair day / Giornata parrucchiere in struttura", 520, "/backstage/book/care-day"),
    ("Event styling, 20 guests / Acconciature evento, 20 ospiti", 780, "/backstage/book/event-20"),
    ("Fitting and test look / Prova trucco e acconciatura", 240, "/backstage/book/test-look"),
]

PAGES = [
    "/backstage/portal",
    "/backstage/portal/bookings",
    "/backstage/portal/invoices",
    "/backstage/portal/call-sheets",
    "/backstage/rates",
]

# Job titles: a few any firm has, and some by the kind of site.
JOB_TITLES = {
    "de": {
        "common": ["Einkauf", "Buchhaltung", "Assistenz der Geschäftsführung", "Office Management"],
        "set": ["Produktionsleitung", "Aufnahmeleitung", "Kostümabteilung", "Disposition", "Maske"],
        "house": ["Empfangsleitung", "Bankettleitung", "Veranstaltungsleitung", "Direktion"],
        "care": ["Pflegedienstleitung", "Heimleitung", "Soziale Betreuung"],
    },
    "it": {
        "common": ["Amministrazione", "Ufficio acquisti", "Segreteria"],
        "set": [
            "Direzione di produzione",
            "Segreteria di produzione",
            "Reparto costumi",
            "Ispettore di produzione",
            "Reparto trucco",
        ],
        "house": ["Responsabile ricevimento", "Coordinamento eventi", "Direzione"],
        "care": ["Direzione della struttura", "Coordinamento infermieristico", "Animazione"],
    },
    "en": {
        "common": ["Accounts Payable", "Office Manager"],
        "set": ["Production Manager", "Line Producer", "Production Coordinator"],
        "house": ["Events Manager", "Front Office Manager"],
        "care": ["Care Home Manager", "Activities Coordinator"],
    },
    "fr": {
        "common": ["Comptabilité fournisseurs", "Achats"],
        "set": ["Direction de production", "Régie", "Coordination"],
        "house": ["Direction des événements", "Réception"],
        "care": ["Direction de l'établissement"],
    },
    "es": {
        "common": ["Administración", "Compras"],
        "set": ["Dirección de producción", "Coordinación"],
        "house": ["Dirección de eventos", "Recepción"],
        "care": ["Dirección del centro"],
    },
    "pt": {
        "common": ["Administração", "Compras"],
        "set": ["Direção de produção", "Coordenação"],
        "house": ["Coordenação de eventos", "Receção"],
        "care": ["Direção técnica"],
    },
}
SITE_GROUP = {
    "film": "set",
    "tv": "set",
    "theatre": "set",
    "fashion": "set",
    "advertising": "set",
    "hotel": "house",
    "events": "house",
    "wedding": "house",
    "care_home": "care",
}

CHAT_Q = {
    "de": [
        (
            "Hallo, können wir für Samstag noch eine dritte Stylistin dazubuchen? Der Tag wird länger.",
            "Hallo! Ja, für Samstag ist noch jemand frei, ich habe sie Ihrem Auftrag vorläufig zugeordnet, bitte im Portal bestätigen.",
        ),
        (
            "Wie kurzfristig können wir einen Tag absagen, ohne dass er berechnet wird?",
            "Bis 48 Stunden vorher kostenlos, danach berechnen wir den halben Tagessatz.",
        ),
        (
            "Bringt Ihr Team eigene Föhne und Spiegel mit oder müssen wir das stellen?",
            "Unser Team bringt alles mit, Sie brauchen nur Strom und einen Tisch pro Person.",
        ),
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere una terza truccatrice per sabato? La giornata si allunga.",
            "Buongiorno! Sì, sabato c'è ancora disponibilità, l'ho già assegnata in via provvisoria al vostro ordine: confermate dal portale.",
        ),
        (
            "Con quanto anticipo possiamo annullare una giornata senza che venga fatturata?",
            "Gratis fino a 48 ore prima, dopo fatturiamo mezza giornata.",
        ),
        (
            "La vostra squadra porta phon e specchi o dobbiamo fornirli noi?",
            "Porta tutto la squadra, a voi servono solo corrente e un tavolo per persona.",
        ),
    ],
    "en": [
        (
            "Hi, can we add a third stylist for Saturday? The day's running long.",
            "Hi! Yes, there's someone free on Saturday, I've pencilled them onto your order, just confirm in the portal.",
        ),
        (
            "How late can we cancel a day without being charged?",
            "Free up to 48 hours before, after that we charge half the day rate.",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on ajouter une troisième coiffeuse samedi ? La journée s'allonge.",
            "Bonjour ! Oui, quelqu'un est disponible samedi, je l'ai ajoutée provisoirement à votre commande, merci de confirmer dans le portail.",
        ),
        (
            "Jusqu'à quand peut-on annuler une journée sans frais ?",
            "Gratuitement jusqu'à 48 heures avant, ensuite nous facturons une demi-journée.",
        ),
    ],
    "es": [
        (
            "Hola, ¿podemos añadir una tercera estilista el sábado? La jornada se alarga.",
            "¡Hola! Sí, el sábado hay alguien libre, la he asignado provisionalmente a vuestro pedido, confirmadlo en el portal.",
        ),
        (
            "¿Con cuánta antelación podemos anular un día sin que se cobre?",
            "Gratis hasta 48 horas antes, después cobramos media jornada.",
        ),
    ],
    "pt": [
        (
            "Olá, podemos juntar uma terceira cabeleireira no sábado? O dia vai ser longo.",
            "Olá! Sim, há alguém livre no sábado, já a associei provisoriamente à vossa encomenda, confirmem no portal.",
        ),
        (
            "Com quanta antecedência podemos cancelar um dia sem ser cobrado?",
            "Sem custos até 48 horas antes, depois cobramos meio dia.",
        ),
    ],
}

THANKS = {
    "de": ["Danke, passt!", "Vielen Dank, erledigt."],
    "it": ["Grazie, perfetto!", "Ottimo, grazie."],
    "en": ["Great, thanks!"],
    "fr": ["Parfait, merci !"],
    "es": ["¡Perfecto, gracias!"],
    "pt": ["Ótimo, obrigado!"],
}

PRAISE = {
    "de": [
        "Großes Lob an das Team von Tagliora Backstage: ein langer Tag, und die Frisuren saßen bis zum Schluss. Gerne wieder.",
        "Wieder ein Auftrag ohne eine einzige Panne. Das Team von Tagliora Backstage ist pünktlich, freundlich und unglaublich schnell. Danke!",
        "Kurzfristig zwei Leute mehr gebraucht, zwei Stunden später waren sie da. Danke an Tagliora Backstage!",
        "Die Kolleginnen von Tagliora Backstage haben heute bei uns einen Riesenjob gemacht, alle rundum glücklich.",
        "Seit einem Jahr arbeiten wir mit Tagliora Backstage, noch nie eine Absage. Verlässlicher geht's nicht.",
    ],
    "it": [
        "Complimenti alla squadra di Tagliora Backstage: giornata lunghissima e acconciature perfette fino all'ultimo.",
        "Ancora un lavoro senza un intoppo. La squadra Tagliora Backstage è puntuale, gentile e velocissima. Grazie!",
        "Ci servivano due persone in più all'ultimo momento, due ore dopo erano qui. Grazie Tagliora Backstage!",
        "Le ragazze di Tagliora Backstage oggi hanno fatto un lavoro enorme, tutti contentissimi.",
        "Lavoriamo con Tagliora Backstage da un anno e non hanno mai saltato un appuntamento. Affidabilissimi.",
    ],
    "en": [
        "Huge thanks to the Tagliora Backstage crew, a very long day and the hair held right to the end.",
        "Needed two extra people at short notice, they were with us two hours later. Cheers Tagliora Backstage!",
        "A year working with Tagliora Backstage and not a single cancellation. Can't ask for more.",
    ],
    "fr": [
        "Bravo à l'équipe Tagliora Backstage, une très longue journée et les coiffures ont tenu jusqu'au bout.",
        "Besoin de deux personnes en plus au dernier moment, elles étaient là deux heures après. Merci Tagliora Backstage !",
        "Un an avec Tagliora Backstage et pas une seule annulation. Fiables.",
    ],
    "es": [
        "Gracias al equipo de Tagliora Backstage: jornada larguísima y todo perfecto hasta el final.",
        "Necesitábamos dos personas más a última hora y en dos horas estaban aquí. ¡Gracias Tagliora Backstage!",
        "Un año trabajando con Tagliora Backstage y ni una cancelación. Muy fiables.",
    ],
    "pt": [
        "Obrigado à equipa Tagliora Backstage: um dia longuíssimo e tudo perfeito até ao fim.",
        "Precisávamos de mais duas pessoas à última hora e duas horas depois estavam cá. Obrigado Tagliora Backstage!",
        "Um ano a trabalhar com a Tagliora Backstage e nem um cancelamento. Muito fiáveis.",
    ],
}

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

ABOUT = {
    "invoice": "invoices in the old company name and without the PO number, rejected by accounts payable",
    "service_blocked": "portal refuses every booking, 'account on hold', though everything is paid",
    "portal": "portal shows no bookings, call times cannot be changed nor days cancelled",
    "overbilled": "billed by the hour plus overtime instead of the contract day rate",
}

# The overbilled difference, in euros (converted by the generator).
DIFF = 640

# C[problem][lang] = dict(subject, first, later, restate). "later" holds what
# later complainers of the same company write, naming the first one and the case.
C: dict[str, dict[str, dict[str, Any]]] = {
    "portal": {
        "de": {
            "subject": "Portal zeigt keine Buchungen mehr",
            "first": "Guten Tag,\nseit Montag zeigt uns das Backstage-Portal keine einzige Buchung mehr an, weder die laufenden Tage noch die nächste Woche. Dadurch können wir weder Call-Zeiten ändern noch Tage absagen. Heute früh stand Ihr Team deshalb um 6 Uhr bei uns, obwohl wir telefonisch auf 9 verschoben hatten. Bitte prüfen Sie das dringend.\n\nMit freundlichen Grüßen\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Hallo,\n{colleague} hat Ihnen {said} schon wegen des Portals geschrieben (Vorgang {case}). Bei mir dasselbe: keine Buchungen sichtbar, keine Änderung möglich. Wir planen die nächste Woche gerade blind. Bitte beheben.\n\n{first} {last}\n{job_title}, {company}",
                "Guten Tag,\nauch von mir eine Meldung zum Portal, {colleague} hat es {said} schon geschildert (Vorgang {case}). Ich sehe weder Buchungen noch Call-Sheets, und heute Morgen konnte ich einen Tag nicht absagen, der jetzt vermutlich berechnet wird. So können wir nicht disponieren.\n\n{first} {last}\n{job_title}, {company}",
                "Hallo zusammen,\nich hänge mich an Vorgang {case} an, den {colleague} {said} eröffnet hat. Portal leer, keine Änderungen möglich, das Team stand heute wieder zur falschen Zeit bei uns. Bitte um dringende Lösung.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "im Portal sind immer noch keine Buchungen zu sehen und wir können nichts ändern",
        },
        "it": {
            "subject": "Il portale non mostra più le prenotazioni",
            "first": "Buongiorno,\nda lunedì il portale Backstage non ci mostra più nessuna prenotazione, né le giornate in corso né la settimana prossima. Così non possiamo cambiare gli orari di convocazione né annullare giornate. Stamattina la vostra squadra si è presentata alle 6 anche se avevamo spostato alle 9 per telefono. Vi prego di verificare con urgenza.\n\nCordiali saluti\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Buongiorno,\n{colleague} vi ha già scritto {said} per il portale (pratica {case}). Anche da me è uguale: nessuna prenotazione visibile, nessuna modifica possibile. Stiamo organizzando la settimana prossima alla cieca. Sistemate per favore.\n\n{first} {last}\n{job_title}, {company}",
                "Buongiorno,\nanche da parte mia una segnalazione sul portale, {colleague} l'ha già descritto {said} (pratica {case}). Non vedo né prenotazioni né ordini del giorno, e stamattina non sono riuscit{o} ad annullare una giornata che adesso probabilmente ci verrà fatturata.\n\n{first} {last}\n{job_title}, {company}",
                "Buongiorno a tutti,\nmi aggancio alla pratica {case} aperta da {colleague} {said}. Portale vuoto, nessuna modifica possibile, e oggi la squadra è arrivata di nuovo all'orario sbagliato. Serve una soluzione urgente.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "nel portale non si vedono ancora le prenotazioni e non possiamo modificare niente",
        },
        "fr": {
            "subject": "Le portail n'affiche plus nos réservations",
            "first": "Bonjour,\ndepuis lundi le portail Backstage n'affiche plus aucune réservation, ni les jours en cours ni la semaine prochaine. Impossible de modifier les heures de convocation ou d'annuler un jour. Ce matin votre équipe est arrivée à 6h alors que nous avions décalé à 9h par téléphone. Merci de vérifier rapidement.\n\nCordialement\n{first} {last}\n{job_title}, {company}",
            "later": [],
            "restate": "le portail n'affiche toujours aucune réservation",
        },
    },
    "service_blocked": {
        "de": {
            "subject": "Buchungen abgelehnt – Konto angeblich gesperrt",
            "first": "Guten Tag,\nseit gestern lehnt das Portal alle Buchungen für unsere Gäste ab, mit dem Hinweis 'Kundenkonto gesperrt – offene Posten'. Wir haben keine offenen Posten, die letzte Rechnung ist am 30. bezahlt, den Beleg schicke ich gern. Heute mussten wir zwei Hochzeitsgäste ohne Frisur zur Trauung schicken. Bitte entsperren Sie das Konto sofort.\n\nMit freundlichen Grüßen\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Guten Tag,\nwie {colleague} Ihnen {said} schon geschrieben hat (Vorgang {case}): Das Portal lehnt weiterhin jede Buchung ab, 'Konto gesperrt'. Ich musste heute einer Braut erklären, warum niemand kommt. Für uns als Haus ist das peinlich.\n\n{first} {last}\n{job_title}, {company}",
                "Guten Tag,\nzu Vorgang {case}, den {colleague} {said} gemeldet hat: Auch meine Buchungen für das Bankett am Samstag werden abgelehnt, 'Kundenkonto gesperrt'. Die Zahlung ist längst bei Ihnen. Bitte heben Sie die Sperre auf.\n\n{first} {last}\n{job_title}, {company}",
                "Hallo,\nich schreibe ebenfalls wegen der Kontosperre (Vorgang {case}, siehe Nachricht von {colleague} {said}). Wir müssen unseren Gästen inzwischen externe Friseure empfehlen. Das kann nicht in Ihrem Sinne sein.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "das Portal lehnt immer noch jede Buchung ab weil das Konto angeblich gesperrt ist obwohl alles bezahlt ist",
        },
        "it": {
            "subject": "Prenotazioni rifiutate: account sospeso?",
            "first": "Buongiorno,\nda ieri il portale rifiuta tutte le prenotazioni con il messaggio 'account sospeso – insoluti'. Non abbiamo insoluti, l'ultima fattura è stata pagata il 30 e posso mandarvi la contabile. Oggi i nostri ospiti aspettavano la parrucchiera del giovedì e non è venuto nessuno. Vi chiedo di sbloccare subito l'account.\n\nCordiali saluti\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Buongiorno,\ncome vi ha già scritto {colleague} {said} (pratica {case}), il portale continua a rifiutare ogni prenotazione, 'account sospeso'. Oggi ho dovuto spiegare ai nostri ospiti perché non arriva nessuno. Per noi è imbarazzante.\n\n{first} {last}\n{job_title}, {company}",
                "Buongiorno,\nper la pratica {case} segnalata da {colleague} {said}: anche le mie prenotazioni vengono rifiutate, 'account sospeso'. Il pagamento ce l'avete da settimane. Vi chiedo di togliere il blocco.\n\n{first} {last}\n{job_title}, {company}",
                "Salve,\nscrivo anch'io per il blocco dell'account (pratica {case}, vedi messaggio di {colleague} {said}). Le famiglie dei nostri ospiti ci chiedono cosa succede e non so cosa rispondere.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "il portale rifiuta ancora tutte le prenotazioni perché l'account risulta sospeso anche se è tutto pagato",
        },
    },
    "invoice": {
        "de": {
            "subject": "Rechnungen: falscher Firmenname, keine Bestellnummer",
            "first": "Guten Tag,\nIhre Rechnungen kommen noch immer auf unseren Namen vor der Umfirmierung und ohne unsere Bestellnummer. Unsere Buchhaltung weist sie deshalb zurück, inzwischen sind es vier Stück. Bitte stellen Sie sie neu aus, auf {company} und mit Bestellnummer, sonst können wir nicht zahlen.\n\nMit freundlichen Grüßen\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Hallo,\n{colleague} hat Ihnen {said} wegen der Rechnungen geschrieben (Vorgang {case}). Auch in meinem Bereich liegen zwei Rechnungen, die nicht durchgehen: alter Firmenname, keine Bestellnummer. Bitte korrigieren.\n\n{first} {last}\n{job_title}, {company}",
                "Guten Tag,\nich schließe mich {colleague} an ({said}, Vorgang {case}): Die Rechnung für unsere Veranstaltung im September kam ebenfalls auf den alten Namen und ohne Bestellnummer und ging von der Buchhaltung zurück. Bitte neu ausstellen.\n\n{first} {last}\n{job_title}, {company}",
                "Hallo,\nnoch einmal zu Vorgang {case}, den {colleague} {said} eröffnet hat: Bei mir liegen jetzt Mahnungen von Ihnen für Rechnungen, die wir gar nicht bezahlen können, weil Firmenname und Bestellnummer falsch sind. Bitte klären.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "die Rechnungen kommen immer noch auf den alten Firmennamen und ohne Bestellnummer",
        },
        "it": {
            "subject": "Fatture con ragione sociale sbagliata e senza numero d'ordine",
            "first": "Buongiorno,\nle vostre fatture arrivano ancora intestate alla nostra vecchia ragione sociale e senza il numero d'ordine. La nostra amministrazione le respinge tutte, ormai sono quattro. Vi chiedo di riemetterle intestate a {company} e con il numero d'ordine, altrimenti non possiamo pagarle.\n\nCordiali saluti\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Buongiorno,\n{colleague} vi ha scritto {said} per le fatture (pratica {case}). Anche nel mio reparto ci sono due fatture bloccate: vecchia ragione sociale, nessun numero d'ordine. Correggete per favore.\n\n{first} {last}\n{job_title}, {company}",
                "Buongiorno,\nmi associo a {colleague} ({said}, pratica {case}): anche la fattura della prima di settembre è arrivata con la vecchia ragione sociale e senza numero d'ordine, e l'amministrazione l'ha rimandata indietro. Va riemessa.\n\n{first} {last}\n{job_title}, {company}",
                "Buongiorno,\nancora sulla pratica {case} aperta da {colleague} {said}: adesso ci arrivano i vostri solleciti per fatture che non possiamo pagare, perché ragione sociale e numero d'ordine sono sbagliati. Chiarite per favore.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "le fatture arrivano ancora con la vecchia ragione sociale e senza numero d'ordine",
        },
        "en": {
            "subject": "Invoices: wrong company name, no PO number",
            "first": "Hello,\nyour invoices are still coming to us in our old company name and without our PO number, so accounts payable are bouncing every one of them. We're up to four now. Please reissue them to {company} with the PO number or we can't pay them.\n\nKind regards\n{first} {last}\n{job_title}, {company}",
            "later": [],
            "restate": "the invoices still have our old name and no PO number",
        },
    },
    "overbilled": {
        "de": {
            "subject": "Abrechnung nach Stunden statt Tagessatz",
            "first": "Guten Tag,\nin unserem Rahmenvertrag ist für Ihr Team ein Tagessatz vereinbart. Die letzten drei Rechnungen sind aber nach Stunden plus Überstunden abgerechnet, das macht zusammen {diff} mehr. Bitte korrigieren Sie die Rechnungen auf den vereinbarten Tagessatz.\n\nMit freundlichen Grüßen\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Guten Tag,\n{colleague} hat Sie {said} schon auf die Abrechnung angesprochen (Vorgang {case}). Bei meinen Terminen ist es genauso: Stunden plus Überstunden statt Tagessatz. Bitte alles auf den Vertragssatz umstellen.\n\n{first} {last}\n{job_title}, {company}",
                "Guten Tag,\nwie {colleague} {said} schon geschrieben hat (Vorgang {case}): Auch die Rechnung für unsere Show letzte Woche ist nach Stunden abgerechnet. Vereinbart ist ein Tagessatz. Bitte korrigieren.\n\n{first} {last}\n{job_title}, {company}",
                "Hallo,\nzu Vorgang {case} (siehe {colleague}, {said}): Ich habe die letzten Rechnungen nachgerechnet, die Differenz zum Tagessatz ist erheblich. Bitte stellen Sie alles auf den Vertragssatz um.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "Sie rechnen immer noch nach Stunden statt nach unserem Tagessatz ab",
        },
        "it": {
            "subject": "Fatturazione a ore invece della tariffa giornaliera",
            "first": "Buongiorno,\nnel nostro contratto quadro per la vostra squadra trucco e parrucco è prevista una tariffa giornaliera. Le ultime tre fatture invece sono a ore più straordinari, in tutto {diff} in più. Vi chiedo di correggerle con la tariffa concordata.\n\nCordiali saluti\n{first} {last}\n{job_title}, {company}",
            "later": [
                "Buongiorno,\n{colleague} vi ha già segnalato {said} il problema della fatturazione (pratica {case}). Nelle mie puntate è lo stesso: ore più straordinari invece della tariffa giornaliera. Riportate tutto alla tariffa del contratto, grazie.\n\n{first} {last}\n{job_title}, {company}",
                "Buongiorno,\ncome ha già scritto {colleague} {said} (pratica {case}): anche la fattura delle riprese della settimana scorsa è a ore. Abbiamo una tariffa giornaliera. Correggete per favore.\n\n{first} {last}\n{job_title}, {company}",
                "Salve,\nsulla pratica {case} (vedi {colleague}, {said}): ho ricontrollato le ultime fatture, la differenza rispetto alla tariffa giornaliera è notevole. Riportate tutto alla tariffa del contratto.\n\n{first} {last}\n{job_title}, {company}",
            ],
            "restate": "continuate a fatturare a ore invece della nostra tariffa giornaliera",
        },
    },
}

# "When the first one wrote", as a later complainer says it.
SAID = {
    "de": ("am {day}", "heute Morgen"),
    "it": ("{day}", "stamattina"),
    "en": ("on {day}", "this morning"),
    "fr": ("{day}", "ce matin"),
    "es": ("el {day}", "esta mañana"),
    "pt": ("na {day}", "hoje de manhã"),
}

# The at-risk account's last complainer, again 18-40 h later.
LAST_MAIL = {
    "de": "Guten Tag,\nzu Vorgang {case}: Es ist nichts passiert, {restate}. Bei uns haben Ihnen inzwischen mehrere Kolleginnen und Kollegen geschrieben. Unsere Einkaufsleitung hat sich gestern ein Angebot von {comp} schicken lassen. Mir wäre lieber, wir bleiben bei Ihnen, aber dafür brauche ich diese Woche eine Lösung.\n\n{first} {last}\n{job_title}, {company}",
    "it": "Buongiorno,\nper la pratica {case}: non è cambiato niente, {restate}. Da noi vi hanno ormai scritto in parecchi. Il nostro ufficio acquisti ieri si è fatto mandare un preventivo da {comp}. Preferirei restare con voi, ma mi serve una soluzione entro questa settimana.\n\n{first} {last}\n{job_title}, {company}",
}
LAST_CALL = {
    "de": "ja guten Tag {first} {last} von {company} es geht um Vorgang {case} es ist immer noch nichts passiert {restate} bei uns haben schon mehrere geschrieben und jetzt wird ernsthaft gefragt ob wir den nächsten Auftrag nicht jemand anderem geben",
    "it": "sì buongiorno sono {first} {last} di {company} chiamo per la pratica {case} non è cambiato niente {restate} da noi vi hanno già scritto in tanti e adesso si chiede seriamente se il prossimo lavoro non darlo a qualcun altro",
}

ACK = {
    "de": (
        "Ihr Anliegen {case} – Tagliora Backstage",
        "Guten Tag {first} {last},\n\nvielen Dank für Ihre Nachricht. Wir haben sie unter {case} aufgenommen und an Ihre Kundenbetreuung bei Tagliora Backstage weitergegeben. Sie erhalten bis morgen eine Rückmeldung.\n\nMit freundlichen Grüßen\n{sign}",
    ),
    "it": (
        "La vostra pratica {case} – Tagliora Backstage",
        "Buongiorno {first} {last},\n\ngrazie per il messaggio. L'abbiamo registrato come pratica {case} e inoltrato al vostro referente Tagliora Backstage, che vi risponderà entro domani.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Your case {case} – Tagliora Backstage",
        "Hello {first} {last},\n\nthank you for your message. We've logged it as {case} and passed it to your Tagliora Backstage account manager, who will reply by tomorrow.\n\nKind regards\n{sign}",
    ),
    "fr": (
        "Votre demande {case} – Tagliora Backstage",
        "Bonjour {first} {last},\n\nmerci pour votre message. Il est enregistré sous {case} et transmis à votre interlocuteur Tagliora Backstage, qui vous répondra d'ici demain.\n\nCordialement,\n{sign}",
    ),
}

# Mild suggestions in a web form, and the acknowledging e-mail.
MILD = {
    "calendar": {
        "de": "Wäre super, wenn man die Call-Zeiten aus dem Portal direkt in den Outlook- oder Google-Kalender exportieren könnte. Im Moment tippen wir alles ab.",
        "it": "Sarebbe comodo poter esportare gli orari dal portale direttamente nel calendario Outlook o Google. Adesso ricopiamo tutto a mano.",
        "en": "It'd be great to export call times from the portal straight into Outlook or Google Calendar. At the moment we copy everything by hand.",
        "fr": "Ce serait bien de pouvoir exporter les horaires du portail directement dans Outlook ou Google Agenda. Pour l'instant on recopie tout.",
        "es": "Sería genial poder exportar las horas del portal al calendario de Outlook o Google. Ahora lo copiamos todo a mano.",
        "pt": "Dava muito jeito exportar os horários do portal diretamente para o calendário do Outlook ou Google. Agora passamos tudo à mão.",
    },
    "names": {
        "de": "Kleiner Wunsch: Könnte auf der Buchungsbestätigung stehen, welche Stylistin kommt? Bei uns wird jedes Mal danach gefragt.",
        "it": "Piccolo suggerimento: nella conferma si potrebbe indicare chi della squadra viene? Ce lo chiedono ogni volta.",
        "en": "Small request: could the booking confirmation say which stylist is coming? We get asked every time.",
        "fr": "Petite suggestion : la confirmation pourrait-elle indiquer quelle coiffeuse vient ? On nous le demande à chaque fois.",
        "es": "Una sugerencia: ¿podría aparecer en la confirmación qué estilista viene? Nos lo preguntan siempre.",
        "pt": "Uma sugestão: a confirmação podia indicar que cabeleireira vem? Perguntam-nos sempre.",
    },
}

MILD_ACK = {
    "de": (
        "Ihr Vorschlag",
        "Guten Tag {first} {last},\n\ndanke für Ihren Vorschlag, wir haben ihn an das Portal-Team von Tagliora Backstage weitergegeben.\n\nMit freundlichen Grüßen\n{sign}",
    ),
    "it": (
        "Il vostro suggerimento",
        "Buongiorno {first} {last},\n\ngrazie del suggerimento, l'abbiamo girato al team del portale Tagliora Backstage.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Your suggestion",
        "Hello {first} {last},\n\nthanks for the suggestion, we've passed it to the Tagliora Backstage portal team.\n\nKind regards\n{sign}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first} {last},\n\nmerci pour votre suggestion, nous l'avons transmise à l'équipe du portail Tagliora Backstage.\n\nCordialement,\n{sign}",
    ),
    "es": (
        "Vuestra sugerencia",
        "Hola {first}:\n\ngracias por la sugerencia, la hemos pasado al equipo del portal de Tagliora Backstage.\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "A vossa sugestão",
        "Olá {first} {last},\n\nobrigado pela sugestão, já a passámos à equipa do portal Tagliora Backstage.\n\nCumprimentos,\n{sign}",
    ),
}

# The fifteen accounts: (market, language, company, domain, site, kind,
# problem, contacts, complainers).
ACCOUNTS = [
    (
        "DE",
        "de",
        "Nordhafen Filmproduktion GmbH",
        "nordhafen-film.example",
        "film",
        "at_risk",
        "portal",
        5,
        3,
    ),
    (
        "IT",
        "it",
        "Fondazione Teatro Sarnelli",
        "teatrosarnelli.example",
        "theatre",
        "at_risk",
        "invoice",
        6,
        4,
    ),
    (
        "DE",
        "de",
        "Hotel Brunnhof am See",
        "brunnhof-hotel.example",
        "hotel",
        "at_risk",
        "service_blocked",
        4,
        3,
    ),
    (
        "IT",
        "it",
        "Telemondo Produzioni Srl",
        "telemondo-prod.example",
        "tv",
        "at_risk",
        "overbilled",
        5,
        4,
    ),
    (
        "CH",
        "de",
        "Eventwerk Limmat AG",
        "eventwerk-limmat.example",
        "events",
        "at_risk",
        "invoice",
        5,
        3,
    ),
    (
        "IT",
        "it",
        "RSA Villa Gelsomini",
        "villagelsomini.example",
        "care_home",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "AT",
        "de",
        "Laufsteg Wien Modeevents GmbH",
        "laufsteg-wien.example",
        "fashion",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "FR",
        "fr",
        "Studio Quai Lumière",
        "quailumiere.example",
        "advertising",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "UK",
        "en",
        "Harbourside Television Ltd",
        "harbourside-tv.example",
        "tv",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    (
        "DE",
        "de",
        "Stadttheater Auenberg",
        "theater-auenberg.example",
        "theatre",
        "mild",
        None,
        4,
        0,
    ),
    (
        "ES",
        "es",
        "Hotel Mirador de la Caleta",
        "miradorcaleta.example",
        "hotel",
        "mild",
        None,
        3,
        0,
    ),
    (
        "PT",
        "pt",
        "Quinta do Ribeiral Eventos",
        "quintaribeiral.example",
        "wedding",
        "mild",
        None,
        4,
        0,
    ),
    ("IT", "it", "Atelier Navigli Moda", "ateliernavigli.example", "fashion", "happy", None, 4, 0),
    ("IE", "en", "Liffey Lane Pictures", "liffeylane.example", "film", "happy", None, 4, 0),
    (
        "DE",
        "de",
        "Seniorenresidenz Lindengarten",
        "lindengarten-residenz.example",
        "care_home",
        "happy",
        None,
        3,
        0,
    ),
]
