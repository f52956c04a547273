"""Words of Ritrava Business's company contacts and agents (heldout100, written blind).

Ritrava Business: headshot days on site, team photos, event coverage and product
shoots for firms on account, with a portal for galleries, usage rights and
invoices. Placeholders as in ``wording``; also {company}, {colleague} (the first
complainer's first name), {when} (a weekday or "this morning").
"""

# ruff: noqa: E501

# (label, price in euros, page)
B2B_PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Headshot day on site, up to 20 people / Journée portraits sur site",
        1290.0,
        "/business/headshot-day",
    ),
    ("Team photo on site / Photo d'équipe sur site", 390.0, "/business/team-photo"),
    ("Event coverage 4 h / Reportage événement 4 h", 890.0, "/business/events"),
    ("Product shoot, 20 items / Shooting produits, 20 articles", 690.0, "/business/products"),
    ("Single headshot at the studio / Portrait pro au studio", 89.0, "/business/headshot"),
]

B2B_PAGES = [
    "/business/portal/galleries",
    "/business/portal/invoices",
    "/business/portal/bookings",
    "/business/portal/rights",
]

B2B_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Können wir beim Headshot-Tag auch zwei Hintergründe haben, hell und dunkel?",
            "Ja, zwei Hintergründe sind beim Headshot-Tag inklusive, bitte im Portal unter Buchung angeben.",
        ),
        (
            "Dürfen wir die Teamfotos auch für Printanzeigen nutzen?",
            "Ja, die Business-Lizenz deckt Web und Print ab, Details stehen im Portal unter Nutzungsrechte.",
        ),
        (
            "Wie schnell bekommen wir die Galerie nach einem Event?",
            "Nach einem Event-Reportage innerhalb von 3 Werktagen, Express in 24 Stunden.",
        ),
    ],
    "fr": [
        (
            "Peut-on avoir deux fonds pour la journée portraits, clair et foncé ?",
            "Oui, deux fonds sont inclus, il suffit de l'indiquer dans le portail à la réservation.",
        ),
        (
            "Peut-on utiliser les photos d'équipe dans une annonce presse ?",
            "Oui, la licence Business couvre le web et l'imprimé, le détail est dans le portail, rubrique Droits.",
        ),
        (
            "Sous combien de temps reçoit-on la galerie après un événement ?",
            "Sous 3 jours ouvrés après un reportage, 24 h en express.",
        ),
    ],
    "en": [
        (
            "Can we have two backdrops at the headshot day, light and dark?",
            "Yes, two backdrops are included, just add it to the booking in the portal.",
        )
    ],
    "es": [
        (
            "¿Podemos tener dos fondos en la jornada de retratos, claro y oscuro?",
            "Sí, dos fondos están incluidos, indícalo en la reserva del portal.",
        )
    ],
    "it": [
        (
            "Possiamo avere due fondali alla giornata ritratti, chiaro e scuro?",
            "Sì, due fondali sono inclusi, basta indicarlo nella prenotazione sul portale.",
        )
    ],
    "pt": [
        (
            "Podemos ter dois fundos no dia de retratos, claro e escuro?",
            "Sim, dois fundos estão incluídos, indique na reserva no portal.",
        )
    ],
}

B2B_THANKS: dict[str, list[str]] = {
    "de": ["Danke, perfekt!", "Super, danke für die schnelle Antwort"],
    "fr": ["Merci, parfait !", "Top, merci"],
    "en": ["Perfect, thanks"],
    "es": ["Perfecto, gracias"],
    "it": ["Perfetto, grazie"],
    "pt": ["Perfeito, obrigado"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "de": [
        "Headshot-Tag mit {b} war top organisiert, 22 Leute in drei Stunden und alle sehen gut aus",
        "Die Eventfotos von unserem Sommerfest waren nach zwei Tagen da. Sehr gute Zusammenarbeit mit {b}",
    ],
    "fr": [
        "Journée portraits avec {b} parfaitement organisée, 22 personnes en trois heures et tout le monde est à son avantage",
        "Les photos de notre soirée clients reçues en deux jours. Très bonne collaboration avec {b}",
    ],
    "en": ["Headshot day with {b} ran like clockwork, 22 people in three hours"],
    "es": ["La jornada de retratos con {b} fue impecable, 22 personas en tres horas"],
    "it": ["Giornata ritratti con {b} organizzata benissimo, 22 persone in tre ore"],
    "pt": ["Dia de retratos com a {b} impecável, 22 pessoas em três horas"],
}

B2B_SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Sehr professionell", ""],
    "fr": ["Très pro", ""],
    "en": ["Very professional", ""],
    "es": ["Muy profesional", ""],
    "it": ["Molto professionali", ""],
    "pt": ["Muito profissional", ""],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

# First complaint of a contact (subject, text).
B2B_FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "invoice": (
            "Rechnungen fehlerhaft",
            "Guten Tag,\n\nIhre Rechnungen an uns laufen seit Monaten auf unseren alten Firmennamen {company_old} und ohne Bestellnummer. Unsere Buchhaltung weist sie so zurück, und jetzt kommen Mahnungen. Bitte korrigieren Sie das umgehend.\n\nMit freundlichen Grüßen\n{name}\n{company}",
        ),
        "service_blocked": (
            "Konto gesperrt?",
            "Guten Tag,\n\nwir wollten heute den Headshot-Termin für unsere neuen Kolleginnen buchen, und das Portal sagt 'Konto gesperrt, bitte Kundenservice kontaktieren'. Alle Rechnungen sind bezahlt. Was ist da los?\n\nGrüße\n{name}\n{company}",
        ),
        "portal": (
            "Portal zeigt keine Galerien",
            "Hallo,\n\nim Portal sehen wir seit letzter Woche keine einzige fertige Galerie, obwohl das Shooting am 2. gemacht wurde. Wir können also nichts freigeben und die neue Website hängt. Bitte dringend prüfen.\n\n{name}\n{company}",
        ),
        "overbilled": (
            "Abrechnung pro Bild statt Tagessatz",
            "Guten Tag,\n\nfür den Headshot-Tag wurde uns pro Bild abgerechnet statt zum vertraglichen Tagessatz, das sind über 900 € mehr. Bitte eine korrigierte Rechnung.\n\nMit freundlichen Grüßen\n{name}\n{company}",
        ),
    },
    "fr": {
        "invoice": (
            "Factures erronées",
            "Bonjour,\n\nvos factures sont toujours établies à notre ancien nom, {company_old}, et sans numéro de bon de commande. Notre comptabilité les rejette et nous recevons maintenant des relances. Merci de corriger rapidement.\n\nCordialement,\n{name}\n{company}",
        ),
        "service_blocked": (
            "Compte bloqué ?",
            "Bonjour,\n\nnous voulions réserver aujourd'hui les portraits de nos nouvelles recrues et le portail affiche 'compte suspendu, contactez le service client'. Toutes les factures sont réglées. Que se passe-t-il ?\n\n{name}\n{company}",
        ),
        "portal": (
            "Portail sans galeries",
            "Bonjour,\n\ndepuis la semaine dernière le portail n'affiche plus aucune galerie terminée alors que la séance a eu lieu le 2. Impossible de valider quoi que ce soit et notre nouveau site est bloqué. Merci de regarder en urgence.\n\n{name}\n{company}",
        ),
        "overbilled": (
            "Facturation à la photo au lieu du forfait",
            "Bonjour,\n\npour la journée portraits, vous nous avez facturé à la photo au lieu du forfait journée prévu au contrat, soit plus de 900 € de trop. Merci de nous envoyer une facture corrigée.\n\nCordialement,\n{name}\n{company}",
        ),
    },
    "en": {
        "invoice": (
            "Invoices wrong",
            "Hello,\n\nyour invoices still carry our old name, {company_old}, and no PO number. Accounts reject them and now we're getting reminders. Please fix this.\n\n{name}\n{company}",
        ),
        "service_blocked": (
            "Account blocked?",
            "Hello,\n\nwe tried to book headshots for our new starters and the portal says 'account on hold, contact customer care'. Every invoice is paid. What's going on?\n\n{name}\n{company}",
        ),
        "portal": (
            "Portal shows no galleries",
            "Hello,\n\nsince last week the portal shows no finished gallery at all, though the shoot was on the 2nd. We can't approve anything and our new website is stuck. Please look at this urgently.\n\n{name}\n{company}",
        ),
        "overbilled": (
            "Billed per image instead of day rate",
            "Hello,\n\nthe headshot day was billed per image instead of our contract day rate, over £750 more. Please send a corrected invoice.\n\n{name}\n{company}",
        ),
    },
    "es": {
        "invoice": (
            "Facturas incorrectas",
            "Hola:\n\nvuestras facturas siguen saliendo con nuestro nombre antiguo, {company_old}, y sin número de pedido. Contabilidad las rechaza y ya nos llegan reclamaciones de pago. Corregidlo, por favor.\n\n{name}\n{company}",
        ),
        "service_blocked": (
            "¿Cuenta bloqueada?",
            "Hola:\n\nqueríamos reservar los retratos de las nuevas incorporaciones y el portal dice 'cuenta suspendida'. Está todo pagado. ¿Qué pasa?\n\n{name}\n{company}",
        ),
        "portal": (
            "El portal no muestra galerías",
            "Hola:\n\ndesde la semana pasada el portal no muestra ninguna galería terminada y la sesión fue el día 2. No podemos aprobar nada. Revisadlo, por favor.\n\n{name}\n{company}",
        ),
        "overbilled": (
            "Facturado por foto y no por jornada",
            "Hola:\n\nla jornada de retratos se ha facturado por foto y no con la tarifa de jornada del contrato, más de 900 € de diferencia. Enviad una factura corregida.\n\n{name}\n{company}",
        ),
    },
}

# A later complainer of an at-risk account: (subject, text) variants.
B2B_LATER: dict[str, dict[str, list[tuple[str, str]]]] = {
    "de": {
        "invoice": [
            (
                "AW: Vorgang {case}",
                "Hallo,\n\n{colleague} hat Ihnen {when} schon geschrieben (Vorgang {case}): die Rechnungen laufen weiter auf {company_old} und ohne Bestellnummer. Heute kam die nächste Mahnung bei mir an. Wann wird das korrigiert?\n\n{name}\n{company}",
            ),
            (
                "Vorgang {case} Rechnungsname",
                "Guten Tag,\n\nich schließe mich {colleague} an, die Sache ist seit {when} bei Ihnen (Vorgang {case}). Auch die Rechnung für das Teamfoto ist an {company_old} adressiert, keine Bestellnummer, unsere Kämmerei zahlt so nicht.\n\nFreundliche Grüße\n{name}\n{company}",
            ),
        ],
        "service_blocked": [
            (
                "AW: Vorgang {case}",
                "Guten Tag,\n\n{colleague} hatte {when} schon gemeldet (Vorgang {case}), dass unser Konto gesperrt ist. Ich stehe jetzt vor dem gleichen Problem und kann den Termin für die Pressefotos nicht buchen. Wir haben alles bezahlt.\n\n{name}\n{company}",
            ),
            (
                "Konto gesperrt, Vorgang {case}",
                "Hallo,\n\nwie schon {colleague} {when} (Vorgang {case}): Buchen geht nicht, Konto gesperrt. Ich habe die Zahlungsbelege hier, alles beglichen.\n\n{name}\n{company}",
            ),
        ],
        "portal": [
            (
                "AW: Vorgang {case}",
                "Hallo,\n\nwie {colleague} {when} schon geschrieben hat (Vorgang {case}): das Portal zeigt keine Galerien. Auch bei mir nichts, auch nicht in einem anderen Browser. Wir warten dringend darauf.\n\n{name}\n{company}",
            ),
            (
                "Portal leer, Vorgang {case}",
                "Guten Tag,\n\nauch bei mir ist das Portal leer, keine Galerie vom Shooting. {colleague} hat das {when} schon gemeldet (Vorgang {case}). Unsere Agentur wartet auf die Freigabe der Porträts für die Website.\n\n{name}\n{company}",
            ),
        ],
        "overbilled": [
            (
                "AW: Vorgang {case}",
                "Guten Tag,\n\n{colleague} hat {when} bereits reklamiert (Vorgang {case}), dass pro Bild statt zum Tagessatz abgerechnet wurde. Die nächste Rechnung ist genauso falsch. Bitte klären.\n\n{name}\n{company}",
            ),
            (
                "Tagessatz, Vorgang {case}",
                "Hallo,\n\nzum Vorgang {case}, den {colleague} {when} eröffnet hat: wir haben einen Tagessatz vereinbart, abgerechnet wird pro Bild. Ich habe den Vertrag angehängt.\n\n{name}\n{company}",
            ),
        ],
    },
    "fr": {
        "invoice": [
            (
                "RE : Dossier {case}",
                "Bonjour,\n\n{colleague} vous a déjà écrit {when} (dossier {case}) : les factures sont toujours au nom de {company_old} et sans numéro de commande. J'ai reçu une nouvelle relance ce matin. Quand sera-ce corrigé ?\n\n{name}\n{company}",
            ),
            (
                "Dossier {case} facturation",
                "Bonjour,\n\nje rejoins {colleague}, qui vous a signalé le problème {when} (dossier {case}). La facture du reportage de septembre est elle aussi au nom de {company_old}, sans bon de commande. Notre comptable la bloque.\n\nCordialement,\n{name}\n{company}",
            ),
        ],
        "service_blocked": [
            (
                "RE : Dossier {case}",
                "Bonjour,\n\n{colleague} vous a signalé {when} (dossier {case}) que notre compte est bloqué. J'ai le même problème et je ne peux pas réserver le reportage de notre événement. Tout est payé.\n\n{name}\n{company}",
            ),
            (
                "Compte bloqué, dossier {case}",
                "Bonjour,\n\ncomme {colleague} {when} (dossier {case}) : impossible de réserver, compte suspendu. J'ai les preuves de paiement sous les yeux, tout est réglé.\n\n{name}\n{company}",
            ),
        ],
        "portal": [
            (
                "RE : Dossier {case}",
                "Bonjour,\n\ncomme {colleague} l'a écrit {when} (dossier {case}) : le portail n'affiche aucune galerie. Chez moi non plus, même avec un autre navigateur. C'est urgent pour nous.\n\n{name}\n{company}",
            ),
            (
                "Portail vide, dossier {case}",
                "Bonjour,\n\nle portail est vide chez moi aussi, aucune galerie de la séance. {colleague} vous l'a signalé {when} (dossier {case}). Notre agence attend la validation des portraits.\n\n{name}\n{company}",
            ),
        ],
        "overbilled": [
            (
                "RE : Dossier {case}",
                "Bonjour,\n\n{colleague} a déjà réclamé {when} (dossier {case}) pour la facturation à la photo au lieu du forfait. La facture suivante est tout aussi fausse. Merci de régler ça.\n\n{name}\n{company}",
            ),
            (
                "Forfait journée, dossier {case}",
                "Bonjour,\n\nau sujet du dossier {case} ouvert par {colleague} {when} : le contrat prévoit un forfait journée, vous facturez à la photo. Je vous joins le contrat.\n\n{name}\n{company}",
            ),
        ],
    },
}

# The at-risk account's last complainer writes again: e-mail (subject, text) or a call transcript.
B2B_FINAL_EMAIL: dict[str, tuple[str, str]] = {
    "de": (
        "AW: Vorgang {case}, immer noch offen",
        "Guten Tag,\n\nzu Vorgang {case}: es ist nichts passiert, {short}. Mehrere Kolleginnen und Kollegen haben Ihnen inzwischen geschrieben. Unser Einkauf hat bereits Angebote von {comp} angefragt.\n\n{name}\n{company}",
    ),
    "fr": (
        "RE : Dossier {case}, toujours rien",
        "Bonjour,\n\ndossier {case} : rien n'a bougé, {short}. Plusieurs collègues vous ont écrit depuis. Nos achats ont déjà demandé un devis à {comp}.\n\n{name}\n{company}",
    ),
}

B2B_FINAL_CALL: dict[str, str] = {
    "de": "ja guten tag {name} von {company} es geht um den Vorgang {case} {short} das ist immer noch nicht gelöst und mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht erledigt ist wechseln wir den Anbieter",
    "fr": "oui bonjour {name} de {company} c'est pour le dossier {case} {short} c'est toujours pas réglé plusieurs collègues vous ont écrit et mon chef dit que si c'est pas réglé cette semaine on change de prestataire",
}

B2B_SHORT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen weiter auf den alten Namen und ohne Bestellnummer",
        "service_blocked": "Konto weiter gesperrt obwohl alles bezahlt ist",
        "portal": "Portal zeigt weiter keine Galerien",
        "overbilled": "weiter pro Bild statt zum Tagessatz abgerechnet",
    },
    "fr": {
        "invoice": "factures toujours à l'ancien nom et sans numéro de commande",
        "service_blocked": "compte toujours bloqué alors que tout est payé",
        "portal": "le portail n'affiche toujours aucune galerie",
        "overbilled": "toujours facturé à la photo au lieu du forfait",
    },
}

B2B_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag {first},\n\nvielen Dank, wir haben den Vorgang {case} angelegt und an die Business-Abrechnung gegeben. Wir melden uns.\n\nIhr {b} Business Team",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nmerci, nous avons ouvert le dossier {case} et l'avons transmis au service Business. Nous revenons vers vous.\n\nL'équipe {b} Business",
    ),
    "en": (
        "Your case {case}",
        "Hello {first},\n\nthanks, we've opened case {case} and passed it to the Business team. We'll be in touch.\n\nThe {b} Business team",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first}:\n\ngracias, hemos abierto la incidencia {case} y la hemos pasado al equipo Business. Te decimos algo.\n\nEl equipo {b} Business",
    ),
    "it": (
        "La tua pratica {case}",
        "Ciao {first},\n\ngrazie, abbiamo aperto la pratica {case} e l'abbiamo passata al team Business. Ti aggiorniamo.\n\nIl team {b} Business",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nobrigado, abrimos o processo {case} e passámos à equipa Business. Damos notícias.\n\nA equipa {b} Business",
    ),
}

# Mild suggestions in a web form.
B2B_MILD: dict[str, list[str]] = {
    "de": [
        "Kleiner Wunsch: könnten die Dateinamen der Headshots den Namen der Person enthalten statt IMG_4711? Das würde uns viel Sortieren sparen.",
        "Wäre schön, wenn auf der Rechnung das Datum des Shootings stünde, nicht nur das Rechnungsdatum.",
    ],
    "fr": [
        "Petite suggestion : les fichiers des portraits pourraient-ils porter le nom de la personne plutôt que IMG_4711 ? Ça nous éviterait beaucoup de tri.",
        "Ce serait pratique que la date de la séance figure sur la facture, pas seulement la date de facturation.",
    ],
    "en": ["Small wish: could headshot files be named after the person instead of IMG_4711?"],
    "es": [
        "Una sugerencia: ¿podrían los archivos de retratos llevar el nombre de la persona en vez de IMG_4711?"
    ],
    "it": [
        "Un piccolo suggerimento: i file dei ritratti potrebbero avere il nome della persona invece di IMG_4711?",
        "Sarebbe comodo avere in fattura la data del servizio, non solo quella della fattura.",
    ],
    "pt": [
        "Pequena sugestão: os ficheiros dos retratos podiam ter o nome da pessoa em vez de IMG_4711?",
        "Dava jeito a fatura mostrar a data da sessão e não só a data de emissão.",
    ],
}

WHEN: dict[str, tuple[str, str]] = {
    "de": ("heute früh", "am {day}"),
    "fr": ("ce matin", "{day}"),
}
