# ruff: noqa: E501
"""Consumer and spike wording for heldout114 (Requiva, grave care by app and web).

Written from the stories, German and French first. Placeholders: {case} the case
reference, {comp} a competitor, {first} the customer's first name, {amount} a sum in
the customer's money, {town} the customer's town.
"""

from __future__ import annotations

LANGS = ("de", "fr", "en", "es", "it", "pt")

PRODUCTS: list[tuple[str, float]] = [
    ("Grave care plan, yearly / Jahrespflege", 289.0),
    ("Autumn planting (heather) / Herbstbepflanzung", 74.0),
    ("Winter cover, fir branches / Wintereindeckung", 58.0),
    ("Grave light, anniversary / Grablicht Jahrestag", 19.5),
    ("Headstone cleaning / Grabsteinreinigung", 95.0),
    ("All Saints arrangement / Gesteck Allerheiligen", 46.0),
    ("Summer watering, 8 visits / Sommergießen", 88.0),
    ("Spring planting / Frühjahrsbepflanzung", 69.0),
]

PAGES = [
    "/app/graves/overview",
    "/app/visits/reports",
    "/care-plans",
    "/planting/autumn",
    "/planting/spring",
    "/grave-lights",
    "/headstone-cleaning",
    "/help/photo-reports",
    "/app/calendar/anniversaries",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Heute die Fotos vom Grab meiner Eltern bekommen, frisch bepflanzt mit Erika, genau wie Mama es mochte. Danke Requiva",
        "Schon wieder so ein ordentlicher Bericht von Requiva. Ich wohne 600 km weg und weiß trotzdem dass alles gepflegt ist",
        "Dritte Saison jetzt bei Requiva und immer noch kein einziges Mal enttäuscht. Der Gärtner in {town} ist Gold wert",
        "Grabstein sieht wieder hell aus, man kann die Inschrift endlich lesen. Top Arbeit!",
        "Sehr zufrieden mit der Pflege, nur die App braucht ewig bis die Fotos laden. Sonst alles super",
        "Zum Todestag meines Mannes brannte das Grablicht, die Nachbarin hat es gesehen und mir geschrieben. Hat mich sehr berührt",
        "Wieder die Tannenzweige pünktlich vor dem ersten Frost. Requiva denkt mit, ich muss mich um nix kümmern",
    ],
    "fr": [
        "Reçu les photos de la tombe de mes grands-parents, les bruyères sont magnifiques. Merci Requiva",
        "Encore une fois un travail impeccable sur la sépulture de papa, je vis à Lyon et je suis rassurée",
        "Troisième Toussaint avec Requiva et toujours aussi soigné. Le jardinier a même redressé le vase",
        "La pierre tombale a retrouvé sa couleur, on relit enfin le nom de mamie. Bravo",
        "Très contente du fleurissement, juste dommage que le rapport arrive parfois deux jours après la visite",
        "Le lumignon était allumé pour l'anniversaire du décès, ma cousine l'a vu en passant. Ça m'a fait chaud au cœur",
    ],
    "en": [
        "Got the photos of Dad's grave this morning, fresh heather and the stone cleaned. Can't thank Requiva enough",
        "Third year with Requiva and still spot on every visit. Worth every penny when you live 300 miles away",
        "Lovely job on the winter cover, only wish the app let me add a note for the gardener",
    ],
    "es": [
        "Me han mandado las fotos de la tumba de mi abuela, flores nuevas y la lápida limpia. Gracias Requiva",
        "Otra vez impecable el mantenimiento, vivo lejos y así estoy tranquila",
    ],
    "it": [
        "Arrivate le foto della tomba dei nonni, fiori freschi e lapide pulita. Grazie Requiva",
        "Ancora una volta lavoro perfetto, solo l'app è un po' lenta a caricare le foto",
    ],
    "pt": [
        "Recebi as fotos da campa da minha mãe, flores novas e a pedra limpa. Obrigada Requiva",
        "Mais uma vez tudo impecável, vivo no estrangeiro e fico descansado",
    ],
}

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, kann man die Herbstbepflanzung auch mit weißer Erika statt lila bestellen?",
            "Hallo {first}, ja, im Bestellschritt 'Pflanzenwahl' können Sie Weiß auswählen. Viele Grüße, Requiva",
        ),
        (
            "hi, wann kommt der Bericht nach dem Besuch? Der Gärtner war laut App gestern da",
            "Hallo {first}, der Fotobericht kommt meist innerhalb von 24 Stunden, Ihrer ist gerade hochgeladen worden.",
        ),
        (
            "Kann ich das Grablicht für den 3. Dezember schon jetzt bestellen?",
            "Ja, im Kalender 'Jahrestage' einfach das Datum wählen, wir zünden es am Morgen an.",
        ),
        (
            "Guten Tag, gilt die Jahrespflege auch für ein Urnengrab?",
            "Guten Tag {first}, ja, für Urnengräber gibt es die Jahrespflege zum reduzierten Preis.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce possible de mettre des chrysanthèmes blancs pour la Toussaint ?",
            "Bonjour {first}, oui, choisissez 'blanc' à l'étape couleurs. Bonne journée, Requiva",
        ),
        (
            "bjr, le rapport photo arrive combien de temps après le passage ?",
            "Bonjour {first}, en général sous 24 h ; le vôtre vient d'être publié dans l'appli.",
        ),
        (
            "Peut-on commander un lumignon pour le 12 janvier dès maintenant ?",
            "Oui, dans le calendrier 'anniversaires', choisissez la date et nous l'allumons le matin.",
        ),
    ],
    "en": [
        (
            "Hi, can I switch the spring planting to pansies instead of primroses?",
            "Hi {first}, yes, you can change it under 'Planting choice' until a week before the visit.",
        ),
        (
            "How long after the visit do the photos come through?",
            "Hi {first}, usually within 24 hours; yours have just been uploaded.",
        ),
    ],
    "es": [
        (
            "Hola, ¿se puede pedir claveles blancos para Todos los Santos?",
            "Hola {first}, sí, elige 'blanco' en el paso de colores. Un saludo, Requiva",
        ),
        (
            "¿Cuánto tardan las fotos después de la visita?",
            "Hola {first}, normalmente menos de 24 h; las suyas ya están en la app.",
        ),
    ],
    "it": [
        (
            "Buongiorno, posso ordinare un lumino per il 2 novembre già adesso?",
            "Buongiorno {first}, sì, dal calendario 'ricorrenze' scegliendo la data.",
        ),
        (
            "Quanto tempo dopo la visita arrivano le foto?",
            "Di solito entro 24 ore; le sue sono appena state caricate.",
        ),
    ],
    "pt": [
        (
            "Olá, posso pedir flores brancas para o Dia de Finados?",
            "Olá {first}, sim, escolha 'branco' no passo das cores. Cumprimentos, Requiva",
        ),
        (
            "Quanto tempo depois da visita chegam as fotos?",
            "Normalmente em 24 h; as suas já estão na app.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "de": [
        "Danke, super!",
        "ok danke 👍",
        "Perfekt, vielen Dank",
        "Danke für die schnelle Antwort",
    ],
    "fr": ["Merci beaucoup !", "super merci", "Parfait, merci", "ok merci bcp"],
    "en": ["Brilliant, thanks!", "cheers"],
    "es": ["¡Genial, gracias!", "vale gracias"],
    "it": ["Grazie mille!", "ok grz"],
    "pt": ["Obrigada!", "ok obg"],
}

REVIEWS: dict[str, list[str]] = {
    "de": [
        "Zuverlässig, freundlich, gute Fotos. Für Angehörige die weit weg wohnen genau richtig.",
        "Bepflanzung sehr schön, Preis fair. Ein Stern Abzug weil die App manchmal hängt.",
    ],
    "fr": [
        "Service sérieux et délicat, les photos rassurent. Je recommande.",
        "Très bien, un peu cher mais le travail est soigné.",
    ],
    "en": ["Reliable and respectful. The photo reports give real peace of mind."],
    "es": ["Serio y puntual, las fotos dan mucha tranquilidad."],
    "it": ["Servizio serio, foto chiare, consigliato."],
    "pt": ["Serviço cuidadoso, recomendo a quem vive longe."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Alles bestens", "Sehr gut", "👍", "Danke", ""],
    "fr": ["Parfait", "Très bien", "Merci", "👍", ""],
    "en": ["Great", "Spot on", ""],
    "es": ["Muy bien", "Perfecto", ""],
    "it": ["Ottimo", ""],
    "pt": ["Muito bom", ""],
}

PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "ja guten Tag ich wollte fragen ob Sie auch Gräber auf dem Waldfriedhof in {town} pflegen meine Tante liegt da",
            "Guten Tag {first}, wie am Telefon besprochen: ja, wir pflegen auch auf dem Waldfriedhof. Den Auftrag können Sie in der App anlegen. Viele Grüße, Requiva",
        ),
        (
            "hallo hier ist {first} ich hab die Jahrespflege und wollte wissen ob die Wintereindeckung da schon drin ist",
            "Hallo {first}, wie besprochen: die Wintereindeckung ist in der Jahrespflege enthalten, sie kommt Mitte November. Ihr Requiva-Team",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous intervenez au cimetière de {town} c'est pour la tombe de mon père",
            "Bonjour {first}, comme convenu au téléphone : oui, nous intervenons dans ce cimetière, la commande se fait dans l'appli. Cordialement, Requiva",
        ),
        (
            "bonjour c'est {first} j'ai le contrat annuel et je voudrais savoir si le nettoyage de la pierre est compris",
            "Bonjour {first}, pour confirmer : un nettoyage de la pierre par an est compris dans l'entretien annuel. Requiva",
        ),
    ],
    "en": [
        (
            "hi there I wanted to ask if you cover the churchyard in {town} it's for my nan",
            "Hi {first}, as discussed on the phone: yes, we cover that churchyard; you can set it up in the app. Best, Requiva",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si trabajan en el cementerio de {town} es para la tumba de mi padre",
            "Hola {first}, como hablamos: sí, trabajamos en ese cementerio; puede pedirlo en la app. Saludos, Requiva",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se curate anche le tombe al cimitero di {town}",
            "Buongiorno {first}, come detto al telefono: sì, lo trova nell'app. Cordiali saluti, Requiva",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se trabalham no cemitério de {town} é a campa do meu avô",
            "Bom dia {first}, como falámos: sim, pode fazer o pedido na app. Cumprimentos, Requiva",
        )
    ],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "de": [
        "Nachtschicht im Krankenhaus vorbei, kurz die Fotos vom Grab angeschaut, alles schön. Danke Requiva",
        "Kann nicht schlafen, Jahrestag morgen. Gut zu wissen dass das Grablicht brennt",
        "3 Uhr nachts und ich bestell die Frühjahrsbepflanzung, weil ich es sonst wieder vergesse 😅",
    ],
    "fr": [
        "Insomnie, je regarde les photos de la tombe de maman, c'est tellement soigné. Merci Requiva",
        "Fin de service de nuit, commande du lumignon faite en deux minutes. Top",
    ],
    "en": ["Night shift done, just looked at the photos from Mum's grave. Beautiful work"],
    "es": ["No puedo dormir, miro las fotos de la tumba de mi abuelo, qué bonito todo"],
    "it": ["Notte in bianco, guardo le foto della tomba di papà, tutto curato"],
    "pt": ["Turno da noite acabado, vi as fotos da campa, tudo impecável"],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "noch jemand wach? kann ich das Grablicht für morgen früh noch bestellen",
            "Ja, bis 6 Uhr morgens bestellt wird es am selben Tag angezündet.",
        ),
        (
            "Wie lange hält das Grablicht eigentlich? Steht da 'bis zu 3 Tage'",
            "Das Grablicht brennt 72 Stunden, bei Wind etwas kürzer.",
        ),
    ],
    "fr": [
        (
            "il est tard mais je peux encore commander un lumignon pour demain matin ?",
            "Oui, jusqu'à 6 h il est allumé le jour même.",
        ),
        (
            "Le lumignon tient combien de temps ?",
            "Il brûle environ 72 heures, un peu moins par grand vent.",
        ),
    ],
    "en": [
        (
            "still up, can I order a grave light for tomorrow morning?",
            "Yes, orders until 6am are lit the same day.",
        )
    ],
    "es": [
        (
            "¿Aún puedo pedir una vela para mañana por la mañana?",
            "Sí, hasta las 6 h se enciende el mismo día.",
        )
    ],
    "it": [
        (
            "Posso ancora ordinare un lumino per domattina?",
            "Sì, entro le 6 viene acceso in giornata.",
        )
    ],
    "pt": [
        (
            "Ainda posso pedir uma vela para amanhã de manhã?",
            "Sim, até às 6 h é acesa no mesmo dia.",
        )
    ],
}

PROBLEMS = ("no_visit", "double_charge", "damage", "refund", "wrong_price", "wrong_planting")

PROBLEM_SUBJECT: dict[str, dict[str, str]] = {
    "de": {
        "no_visit": "Besuch nicht erfolgt",
        "double_charge": "Doppelte Abbuchung",
        "damage": "Grabstein beschädigt",
        "refund": "Erstattung fehlt",
        "wrong_price": "Falscher Preis",
        "wrong_planting": "Falsche Bepflanzung",
    },
    "fr": {
        "no_visit": "Passage non effectué",
        "double_charge": "Double prélèvement",
        "damage": "Pierre abîmée",
        "refund": "Remboursement manquant",
        "wrong_price": "Mauvais tarif",
        "wrong_planting": "Mauvaises fleurs",
    },
    "en": {
        "no_visit": "Visit not done",
        "double_charge": "Charged twice",
        "damage": "Headstone damaged",
        "refund": "Refund missing",
        "wrong_price": "Wrong price",
        "wrong_planting": "Wrong planting",
    },
    "es": {
        "no_visit": "Visita no realizada",
        "double_charge": "Cobro doble",
        "damage": "Lápida dañada",
        "refund": "Reembolso pendiente",
        "wrong_price": "Precio incorrecto",
        "wrong_planting": "Flores equivocadas",
    },
    "it": {
        "no_visit": "Visita non effettuata",
        "double_charge": "Addebito doppio",
        "damage": "Lapide danneggiata",
        "refund": "Rimborso mancante",
        "wrong_price": "Prezzo sbagliato",
        "wrong_planting": "Fiori sbagliati",
    },
    "pt": {
        "no_visit": "Visita não feita",
        "double_charge": "Cobrança duplicada",
        "damage": "Lápide danificada",
        "refund": "Reembolso em falta",
        "wrong_price": "Preço errado",
        "wrong_planting": "Flores erradas",
    },
}

PROBLEM_TEXT: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_visit": [
            "In der App steht 'Besuch erledigt', aber meine Schwester war heute am Grab: die alten verwelkten Blumen stehen noch da, nichts gemacht. Wofür zahle ich?",
            "Laut App war der Gärtner am Dienstag da. War er NICHT. Die Schale ist vertrocknet, das Laub liegt seit Wochen. Unglaublich",
        ],
        "double_charge": [
            "Die Jahrespflege wurde ZWEIMAL abgebucht, {amount} jeweils. Mein Konto ist jetzt im Minus. Bitte sofort zurück",
            "Zwei Abbuchungen für denselben Auftrag, {amount} doppelt. Das kann doch nicht sein",
        ],
        "damage": [
            "Nach der Grabsteinreinigung hat der Stein einen Kratzer quer durch den Namen meines Vaters. Ich bin fassungslos",
            "Die Grablaterne ist zerbrochen seit Ihr Mitarbeiter da war. Die stand 20 Jahre heil da",
        ],
        "refund": [
            "Seit DREI Wochen warte ich auf die Erstattung der stornierten Frühjahrsbepflanzung, {amount}. Nichts passiert",
            "Die Bepflanzung wurde von Ihnen abgesagt, das Geld ({amount}) ist aber immer noch nicht da",
        ],
        "wrong_price": [
            "Ich habe die Jahrespflege und trotzdem wurde das Grablicht zum vollen Preis berechnet. So war das nicht ausgemacht",
            "Als Jahrespflege-Kundin zahle ich für die Reinigung den Normalpreis? {amount} statt dem Rabatt. Bitte korrigieren",
        ],
        "wrong_planting": [
            "Bestellt war weiße Erika, gepflanzt wurden knallrote Begonien. Meine Mutter hätte das gehasst. Bitte umpflanzen",
            "Falsche Pflanzen aufs Grab gesetzt, lila statt weiß, und ausgerechnet vor dem Todestag",
        ],
    },
    "fr": {
        "no_visit": [
            "L'appli indique 'passage effectué' mais mon frère est allé au cimetière : les vieilles fleurs fanées sont toujours là. Rien n'a été fait",
            "Soi-disant le jardinier est passé mardi. C'est FAUX, les feuilles mortes sont partout sur la tombe",
        ],
        "double_charge": [
            "L'entretien annuel a été prélevé DEUX fois, {amount} chaque fois. Je suis à découvert, merci de rembourser",
            "Deux prélèvements pour la même commande ({amount}). C'est inadmissible",
        ],
        "damage": [
            "Depuis le nettoyage, la pierre a une rayure sur le nom de ma mère. Je suis effondrée",
            "Le vase en bronze est tordu depuis votre passage, il était intact depuis 15 ans",
        ],
        "refund": [
            "Toujours pas remboursée de la plantation annulée, {amount}, ça fait TROIS semaines",
            "Vous avez annulé le fleurissement mais les {amount} ne sont jamais revenus",
        ],
        "wrong_price": [
            "J'ai le contrat annuel et on me facture le lumignon au prix plein. Ce n'est pas ce qui était prévu",
            "Abonnée et facturée {amount} pour le nettoyage au tarif normal ? Merci de corriger",
        ],
        "wrong_planting": [
            "J'avais commandé des bruyères blanches, il y a des bégonias rouges vif sur la tombe de papa. Il faut changer ça",
            "Mauvaises fleurs plantées, violet au lieu de blanc, juste avant l'anniversaire du décès",
        ],
    },
    "en": {
        "no_visit": [
            "App says the visit was done but my sister went today and the dead flowers are still there. Nothing was done"
        ],
        "double_charge": [
            "You've taken the yearly plan TWICE, {amount} each time. My account is overdrawn"
        ],
        "damage": [
            "After the headstone clean there's a scratch right across Dad's name. I'm gutted"
        ],
        "refund": ["Still no refund for the cancelled planting, {amount}, three weeks now"],
        "wrong_price": ["I'm on the yearly plan and got charged full price for the grave light"],
        "wrong_planting": [
            "Ordered white heather, got bright red begonias on Mum's grave. Please fix it"
        ],
    },
    "es": {
        "no_visit": [
            "La app dice 'visita realizada' pero mi hermana fue hoy y las flores secas siguen ahí. No hicieron nada"
        ],
        "double_charge": ["Me han cobrado DOS veces el plan anual, {amount} cada vez"],
        "damage": ["Después de la limpieza la lápida tiene un arañazo sobre el nombre de mi padre"],
        "refund": ["Tres semanas esperando el reembolso de la plantación cancelada, {amount}"],
        "wrong_price": ["Tengo el plan anual y me cobraron la vela a precio completo"],
        "wrong_planting": ["Pedí brezo blanco y plantaron begonias rojas. Por favor cámbienlo"],
    },
    "it": {
        "no_visit": [
            "L'app dice 'visita effettuata' ma mia sorella è andata oggi e i fiori secchi sono ancora lì"
        ],
        "double_charge": ["Mi avete addebitato DUE volte il piano annuale, {amount} ciascuno"],
        "damage": ["Dopo la pulizia la lapide ha un graffio sul nome di mio padre"],
        "refund": ["Tre settimane che aspetto il rimborso della piantumazione annullata, {amount}"],
        "wrong_price": ["Ho il piano annuale e il lumino mi è stato fatto pagare a prezzo pieno"],
        "wrong_planting": ["Avevo ordinato erica bianca, hanno messo begonie rosse. Da rifare"],
    },
    "pt": {
        "no_visit": [
            "A app diz 'visita feita' mas a minha irmã foi hoje e as flores secas continuam lá"
        ],
        "double_charge": ["Cobraram DUAS vezes o plano anual, {amount} cada"],
        "damage": ["Depois da limpeza a lápide tem um risco em cima do nome do meu pai"],
        "refund": ["Três semanas à espera do reembolso da plantação cancelada, {amount}"],
        "wrong_price": ["Tenho o plano anual e cobraram a vela a preço total"],
        "wrong_planting": ["Pedi urze branca e plantaram begónias vermelhas. Por favor mudem"],
    },
}

CALL_PROBLEM: dict[str, dict[str, str]] = {
    "de": {
        "no_visit": "ja hallo {first} hier in der App steht der Besuch ist erledigt aber meine Schwester war da und da ist gar nichts gemacht die alten Blumen sind noch da",
        "double_charge": "guten Tag ich hab gesehen dass Sie die Jahrespflege zweimal abgebucht haben das sind {amount} zu viel ich brauch das Geld zurück",
        "damage": "hallo ich ruf an weil der Grabstein nach der Reinigung einen Kratzer hat genau über dem Namen das geht so nicht",
        "refund": "ja {first} hier ich warte seit drei Wochen auf die Erstattung von {amount} für die abgesagte Bepflanzung",
        "wrong_price": "hallo ich hab die Jahrespflege und das Grablicht wurde voll berechnet das ist doch falsch",
        "wrong_planting": "guten Tag bestellt war weiße Erika und jetzt sind rote Begonien drauf bitte tauschen Sie das",
    },
    "fr": {
        "no_visit": "oui bonjour c'est {first} l'appli dit que le passage est fait mais mon frère est allé voir et rien n'a été fait",
        "double_charge": "bonjour vous m'avez prélevé deux fois l'entretien annuel ça fait {amount} en trop",
        "damage": "bonjour j'appelle parce que la pierre a une rayure depuis le nettoyage juste sur le nom",
        "refund": "oui c'est {first} j'attends toujours le remboursement de {amount} depuis trois semaines",
        "wrong_price": "bonjour j'ai le contrat annuel et on m'a facturé le lumignon plein tarif",
        "wrong_planting": "bonjour j'avais demandé des bruyères blanches et il y a des bégonias rouges",
    },
    "en": {
        p: "hi it's {first} calling about " + t
        for p, t in {
            "no_visit": "the visit the app says was done but nothing was done at the grave",
            "double_charge": "the yearly plan you took twice that's {amount} extra",
            "damage": "the scratch on the headstone since the clean",
            "refund": "my refund of {amount} I've waited three weeks",
            "wrong_price": "the grave light charged at full price I'm on the plan",
            "wrong_planting": "the red begonias I ordered white heather",
        }.items()
    },
    "es": {
        p: "hola soy {first} llamo por " + t
        for p, t in {
            "no_visit": "la visita que la app da por hecha y no hicieron nada",
            "double_charge": "el cobro doble del plan anual son {amount} de más",
            "damage": "el arañazo en la lápida desde la limpieza",
            "refund": "el reembolso de {amount} que espero hace tres semanas",
            "wrong_price": "la vela que me cobraron a precio completo con el plan",
            "wrong_planting": "las begonias rojas yo pedí brezo blanco",
        }.items()
    },
    "it": {
        p: "buongiorno sono {first} chiamo per " + t
        for p, t in {
            "no_visit": "la visita che l'app dà per fatta ma non hanno fatto niente",
            "double_charge": "il doppio addebito del piano annuale {amount} in più",
            "damage": "il graffio sulla lapide dopo la pulizia",
            "refund": "il rimborso di {amount} che aspetto da tre settimane",
            "wrong_price": "il lumino a prezzo pieno anche se ho il piano",
            "wrong_planting": "le begonie rosse io avevo chiesto erica bianca",
        }.items()
    },
    "pt": {
        p: "bom dia é a {first} ligo por causa " + t
        for p, t in {
            "no_visit": "da visita que a app diz feita e não fizeram nada",
            "double_charge": "da cobrança duplicada do plano são {amount} a mais",
            "damage": "do risco na lápide depois da limpeza",
            "refund": "do reembolso de {amount} há três semanas",
            "wrong_price": "da vela cobrada a preço total com o plano",
            "wrong_planting": "das begónias vermelhas eu pedi urze branca",
        }.items()
    },
}

LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, weil ich sonst nicht dazu komme. Seit dem Umzug meiner Mutter ins Pflegeheim kümmere ich mich um alles allein, und das Grab meines Vaters in {town} war bisher das Einzige, um das ich mir dank Ihnen keine Sorgen machen musste.\n\nUmso mehr ärgert mich Folgendes: {complaint}\n\nIch bin seit Jahren Kundin und war immer zufrieden, aber so geht das nicht. Ich bitte um eine Rückmeldung bis Ende der Woche.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo liebes Requiva-Team,\n\nkurz vorweg: ich sitze gerade im Auto vor der Musikschule meiner Tochter und tippe das am Handy, verzeihen Sie also Tippfehler. Wir haben gerade das Haus meiner Schwiegereltern ausgeräumt, alles ist etwas viel.\n\nZur Sache: {complaint}\n\nBitte melden Sie sich, ich möchte das nicht auch noch hinterhertelefonieren müssen.\n\nGruß, {first}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du kiné de mon père, seul moment de calme de la semaine. Depuis que je m'occupe aussi de la maison de ma tante à {town}, la tombe de ma mère était la seule chose que je savais entre de bonnes mains.\n\nOr voici ce qui se passe : {complaint}\n\nJe suis cliente depuis trois ans et jusqu'ici satisfaite, mais là ce n'est pas acceptable. Merci de me répondre rapidement.\n\nCordialement,\n{first}",
        "Bonjour,\n\nj'écris ce mail dans le train entre deux rendez-vous, excusez le style. On vend l'appartement de ma grand-mère ce mois-ci et je n'ai pas la tête à courir après ça.\n\nVoilà : {complaint}\n\nMerci de régler ça sans que je doive relancer.\n\n{first}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "de": "Hallo {first}, danke für Ihre Nachricht, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 48 Stunden. Ihr Requiva-Team",
    "fr": "Bonjour {first}, merci pour votre message et toutes nos excuses. Nous avons ouvert le dossier {case} et revenons vers vous sous 48 h. L'équipe Requiva",
    "en": "Hi {first}, thanks for letting us know, and sorry. We've opened case {case} and will come back to you within 48 hours. Requiva",
    "es": "Hola {first}, gracias y disculpe. Hemos abierto la incidencia {case} y le respondemos en 48 h. Requiva",
    "it": "Buongiorno {first}, grazie e ci scusi. Abbiamo aperto la segnalazione {case}, le rispondiamo entro 48 ore. Requiva",
    "pt": "Olá {first}, obrigado e desculpe. Abrimos o pedido {case} e respondemos em 48 h. Requiva",
}

CASE_SUBJECT: dict[str, str] = {
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
    "es": "RE: Incidencia {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}

GOOD_NEWS: dict[str, str] = {
    "de": "Hallo {first}, gute Nachrichten zu {case}: das ist erledigt (Gutschrift bzw. neuer Einsatz veranlasst). Könnten Sie uns kurz bestätigen, dass jetzt alles passt?",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé (avoir ou nouveau passage effectué). Pouvez-vous nous confirmer que tout est en ordre ?",
    "en": "Hi {first}, good news on case {case}: it's sorted (credit or a new visit done). Could you confirm everything looks right now?",
    "es": "Hola {first}, buenas noticias sobre {case}: está resuelto. ¿Nos confirma que todo está bien?",
    "it": "Buongiorno {first}, buone notizie su {case}: è risolto. Ci conferma che ora è tutto a posto?",
    "pt": "Olá {first}, boas notícias sobre {case}: está resolvido. Pode confirmar que está tudo bem?",
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {case} ist erledigt, Geld ist da bzw. das Grab sieht gut aus. Danke",
        "Ja passt jetzt, danke für {case}",
    ],
    "fr": ["Je confirme, {case} est réglé. Merci", "Oui c'est bon pour {case}, merci beaucoup"],
    "en": ["Confirmed, {case} is sorted. Thanks"],
    "es": ["Confirmado, {case} resuelto. Gracias"],
    "it": ["Confermo, {case} risolto. Grazie"],
    "pt": ["Confirmo, {case} resolvido. Obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Entschuldigung für meinen Ton gestern, war ein schlimmer Tag. Danke dass Sie sich gekümmert haben",
        "sorry wegen gestern, war nicht gegen Sie persönlich. Danke fürs schnelle Lösen",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite",
        "pardon pour le ton d'hier, merci pour votre réactivité",
    ],
    "en": ["Sorry for snapping yesterday, rough day. Thanks for sorting it"],
    "es": ["Perdón por el tono de ayer, mal día. Gracias por arreglarlo"],
    "it": ["Scusate il tono di ieri, giornata pesante. Grazie"],
    "pt": ["Desculpem o tom de ontem, dia difícil. Obrigada"],
}

QUALITY_LEAD: dict[str, str] = {
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Entschuldigen Sie die Umstände. Requiva",
    "fr": "Bonjour {first}, votre dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi. Requiva",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime. Requiva",
    "es": "Hola {first}, su incidencia {case} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes al mediodía.",
    "it": "Buongiorno {first}, la sua segnalazione {case} è ora in mano al responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.",
    "pt": "Olá {first}, o seu pedido {case} está agora com a responsável de qualidade, que lhe liga antes de sexta ao meio-dia.",
}

STILL_OPEN: dict[str, list[str]] = {
    "de": [
        "Zu Vorgang {case}: immer noch nichts passiert. {problem}",
        "Ich schreibe NOCHMAL wegen {case}. Es ist weiterhin nicht gelöst: {problem}",
    ],
    "fr": [
        "Concernant le dossier {case} : toujours rien. {problem}",
        "Je relance ENCORE pour {case}, rien n'est réglé : {problem}",
    ],
    "en": ["About case {case}: still nothing. {problem}"],
    "es": ["Sobre la incidencia {case}: sigue sin resolverse. {problem}"],
    "it": ["Per la segnalazione {case}: ancora niente. {problem}"],
    "pt": ["Sobre o pedido {case}: continua sem solução. {problem}"],
}

THIRD: dict[str, str] = {
    "de": "Das ist jetzt das dritte Mal wegen {case}. Eine Bekannte lässt das Grab ihrer Eltern von {comp} pflegen, die regeln sowas am selben Tag.",
    "fr": "C'est la troisième fois pour {case}. Une amie passe par {comp}, eux règlent ça dans la journée.",
    "en": "Third time about {case}. A friend uses {comp} and they sort this sort of thing the same day.",
    "es": "Tercera vez por {case}. He mirado lo que cobra {comp}.",
    "it": "Terza volta per {case}. Ho guardato quanto chiede {comp}.",
    "pt": "Terceira vez por causa de {case}. Já vi quanto cobra a {comp}.",
}

FOURTH: dict[str, str] = {
    "de": "VIERTES Mal, {case}. Ich kann es nicht fassen.",
    "fr": "QUATRIÈME fois, {case}. Je n'en reviens pas.",
    "en": "FOURTH time, {case}. Unbelievable.",
    "es": "CUARTA vez, {case}. Increíble.",
    "it": "QUARTA volta, {case}. Incredibile.",
    "pt": "QUARTA vez, {case}. Inacreditável.",
}

URGENT: dict[str, str] = {
    "de": "Ich habe das zu {case} hinzugefügt und als dringend markiert, es tut uns sehr leid.",
    "fr": "J'ai ajouté cela au dossier {case} et l'ai marqué urgent, nous sommes désolés.",
    "en": "I've added this to {case} and marked it urgent, really sorry.",
    "es": "Lo he añadido a {case} y marcado como urgente, lo sentimos.",
    "it": "L'ho aggiunto a {case} come urgente, ci scusi.",
    "pt": "Acrescentei ao {case} como urgente, pedimos desculpa.",
}

SLIDE: dict[str, list[str]] = {
    "de": [
        "Fotobericht kam diesmal erst nach vier Tagen. Schade, sonst war das immer am nächsten Tag da",
        "Die Bepflanzung sieht auf den Fotos etwas dünn aus, weniger Pflanzen als letztes Jahr?",
        "Grablicht am Jahrestag war laut Foto aus. Hab extra dafür bezahlt",
        "Preiserhöhung der Jahrespflege um 18 % ohne Vorwarnung, und die Qualität wird gleichzeitig schlechter",
        "Jetzt liegen auf dem Foto Zigarettenkippen NEBEN dem Grab und der Gärtner fotografiert drumherum. Nein danke",
        "Mein Cousin lässt das Familiengrab jetzt von {comp} machen, ich hab mir dort schon ein Angebot geholt",
    ],
    "fr": [
        "Rapport photo reçu seulement après quatre jours cette fois. Dommage, d'habitude c'était le lendemain",
        "La plantation a l'air bien clairsemée sur les photos, moins de fleurs que l'an dernier ?",
        "Le lumignon était éteint sur la photo du jour anniversaire. Payé pour rien",
        "Hausse de 18 % du contrat annuel sans prévenir, et la qualité baisse en même temps",
        "Sur la photo il y a des mégots à côté de la tombe et personne ne les ramasse. Franchement",
        "Mon cousin a confié la tombe familiale à {comp}, j'ai déjà demandé un devis chez eux",
    ],
    "en": [
        "Photo report took four days this time. Used to be next day",
        "Planting looks a bit sparse in the photos, fewer plants than last year?",
        "Grave light was out in the anniversary photo. Paid for that",
        "18% price rise on the plan with no warning while it's getting worse",
        "Cigarette ends next to the grave in the photo and nobody picked them up",
        "My cousin's moved the family grave to {comp}, I've asked them for a quote",
    ],
    "es": [
        "Esta vez las fotos tardaron cuatro días. Antes llegaban al día siguiente",
        "La plantación se ve pobre en las fotos, ¿menos flores que el año pasado?",
        "La vela estaba apagada en la foto del aniversario. Pagada para nada",
        "Subida del 18 % sin avisar y el servicio peor",
        "Colillas junto a la tumba en la foto y nadie las recoge",
        "Mi primo ya lleva la tumba familiar con {comp}, les he pedido presupuesto",
    ],
    "it": [
        "Questa volta le foto sono arrivate dopo quattro giorni. Prima il giorno dopo",
        "La piantumazione sembra scarsa nelle foto",
        "Il lumino era spento nella foto dell'anniversario",
        "Aumento del 18 % senza avviso e servizio peggiore",
        "Mozziconi accanto alla tomba nella foto e nessuno li toglie",
        "Mio cugino ora si affida a {comp}, ho chiesto un preventivo",
    ],
    "pt": [
        "Desta vez as fotos demoraram quatro dias",
        "A plantação parece fraca nas fotos",
        "A vela estava apagada na foto do aniversário",
        "Aumento de 18 % sem aviso e serviço pior",
        "Beatas ao lado da campa na foto e ninguém as apanha",
        "O meu primo passou a campa da família para a {comp}, pedi orçamento",
    ],
}
SLIDE_RATINGS = ("3", "3", "2", "2", "1", "1")

LEAVE: dict[str, list[str]] = {
    "de": [
        "Guten Tag, wir haben das Grab meiner Großeltern aufgelöst (Ruhezeit abgelaufen). Bitte kündigen Sie meine Jahrespflege und schließen Sie mein Konto. Danke für die Jahre",
        "Hallo, ich ziehe zurück in meine Heimatstadt und kann mich jetzt selbst ums Grab kümmern. Bitte Jahrespflege kündigen und Konto schließen",
    ],
    "fr": [
        "Bonjour, la concession de mes grands-parents n'a pas été renouvelée. Merci de résilier mon contrat annuel et de fermer mon compte",
        "Bonjour, je reviens habiter près du cimetière et m'occuperai moi-même de la tombe. Merci de résilier et fermer le compte",
    ],
    "en": [
        "Hi, I've moved back near the cemetery and will look after the grave myself. Please cancel my plan and close my account"
    ],
    "es": [
        "Hola, vuelvo a vivir cerca y me ocuparé yo de la tumba. Por favor cancelen el plan y cierren la cuenta"
    ],
    "it": [
        "Buongiorno, torno a vivere vicino e me ne occuperò io. Disdite il piano e chiudete l'account"
    ],
    "pt": ["Olá, voltei a viver perto e vou tratar eu da campa. Cancelem o plano e fechem a conta"],
}

SORRY_GO: dict[str, str] = {
    "de": "Hallo {first}, schade dass Sie gehen, danke für Ihr Vertrauen. Sie können die Jahrespflege in der App oder auf der Website unter 'Mein Konto' selbst kündigen.",
    "fr": "Bonjour {first}, dommage de vous voir partir, merci pour votre confiance. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique 'Mon compte'.",
    "en": "Hi {first}, sorry to see you go and thank you. You can cancel yourself in the app or on the website under 'My account'.",
    "es": "Hola {first}, sentimos que se vaya. Puede cancelar usted mismo en la app o en la web, en 'Mi cuenta'.",
    "it": "Buongiorno {first}, ci dispiace. Può disdire nell'app o sul sito, in 'Il mio account'.",
    "pt": "Olá {first}, lamentamos. Pode cancelar na app ou no site, em 'A minha conta'.",
}

GRUMPY: dict[str, list[str]] = {
    "de": [
        "Die App meldet mich jedes Mal ab. Jedes. Mal.",
        "Warum muss ich für ein Foto mehr zoomen als auf dem Friedhof selbst zu stehen",
        "Die Erinnerungs-SMS um 6 Uhr früh 'Ihr Besuch ist heute' braucht kein Mensch",
        "Wieder kein Hinweis dass sich der Besuchstermin verschoben hat",
        "Rechnungen nur als PDF im Kundenkonto, warum nicht per Mail",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois. Chaque fois.",
        "Le SMS de rappel à 6 h du matin, vraiment ?",
        "Encore aucun message quand la date de passage change",
        "Factures uniquement dans l'espace client, pourquoi pas par mail",
    ],
    "en": ["The app logs me out every single time", "6am reminder texts, really?"],
    "es": ["La app me cierra la sesión cada vez", "SMS de aviso a las 6 de la mañana, en serio"],
    "it": ["L'app mi disconnette ogni volta", "SMS alle 6 del mattino, davvero?"],
    "pt": ["A app faz logout sempre", "SMS às 6 da manhã, a sério?"],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Toll, das Sommergießen kam genau am einzigen Regentag der Woche, die anderen sechs Tage 34 Grad 👏",
        "Super, die Erinnerung 'Ihr Besuch ist heute' kam Sonntag um 6 Uhr früh. Danke für den Wecker 🙃",
    ],
    "fr": [
        "Génial, l'arrosage d'été est passé le seul jour de pluie de la semaine, les six autres à 34 degrés 👏",
        "Top, le rappel 'votre passage est aujourd'hui' dimanche à 6 h du matin. Merci pour le réveil 🙃",
    ],
    "en": ["Brilliant, summer watering came on the one day it rained all week 👏"],
    "es": ["Genial, el riego de verano vino justo el único día de lluvia 👏"],
    "it": ["Fantastico, l'innaffiatura estiva è arrivata proprio l'unico giorno di pioggia 🙃"],
    "pt": ["Ótimo, a rega de verão veio no único dia de chuva da semana 🙃"],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Friedhofssuche zeigt mir immer Friedhöfe in Hamburg statt München an",
            "Danke für den Hinweis, bitte einmal den Standort in den Einstellungen neu setzen, wir schauen uns das an.",
        ),
        (
            "Benachrichtigungen kommen bei mir auf Englisch, kleines Ärgernis",
            "Danke, wir haben die Sprache in Ihrem Konto auf Deutsch gestellt.",
        ),
    ],
    "fr": [
        (
            "La recherche de cimetière m'affiche Lille au lieu de Nantes",
            "Merci, merci de réinitialiser la position dans les réglages, nous regardons.",
        ),
        (
            "Les notifications arrivent en allemand chez moi, petit souci",
            "Merci, la langue de votre compte est repassée en français.",
        ),
    ],
    "en": [
        (
            "Cemetery search keeps showing Leeds instead of Cork",
            "Thanks, please reset your location in settings; we're looking into it.",
        )
    ],
    "es": [
        (
            "La búsqueda de cementerios me muestra Bilbao en vez de Valencia",
            "Gracias, restablezca la ubicación en ajustes, lo revisamos.",
        )
    ],
    "it": [
        (
            "Le notifiche mi arrivano in tedesco",
            "Grazie, abbiamo rimesso l'italiano nel suo account.",
        )
    ],
    "pt": [("As notificações chegam em francês", "Obrigado, repusemos o português na sua conta.")],
}

# The spike: the new photo pipeline blurs every visit photo whole, error RVF-38/2.
SPIKE_REPORT: dict[str, list[str]] = {
    "de": [
        "Alle Fotos im Besuchsbericht sind komplett verschwommen, man erkennt nicht mal den Grabstein. Oben steht Fehler RVF-38/2. Was ist da los?",
        "Requiva, eure Berichtsfotos sind heute alle nur noch grauer Matsch, Fehlercode RVF-38/2. Ich wollte vor Totensonntag sehen ob die Eindeckung drauf ist",
        "ich seh auf keinem Foto was, alles unscharf wie Milchglas + 'RVF-38/2'. auch die alten Berichte",
        "Fotobericht öffnet sich, aber jedes Bild ist verwischt. RVF-38/2. Bei meinem Mann am Handy genauso",
    ],
    "fr": [
        "Toutes les photos du rapport de passage sont floues, on ne voit même pas la pierre. Erreur RVF-38/2. Que se passe-t-il ?",
        "Requiva, vos photos de rapport sont toutes floutées ce matin, code RVF-38/2. Je voulais vérifier les branches de sapin",
        "impossible de voir quoi que ce soit, toutes les photos sont brouillées + 'RVF-38/2', même les anciens rapports",
    ],
    "en": [
        "Every photo in my visit report is completely blurred, can't even see the headstone. Error RVF-38/2",
        "all the report photos are just a grey smudge this morning, RVF-38/2, old reports too",
    ],
    "es": ["Todas las fotos del informe salen borrosas, no se ve ni la lápida. Error RVF-38/2"],
    "it": [
        "Tutte le foto del rapporto sono sfocate, non si vede nemmeno la lapide. Errore RVF-38/2"
    ],
    "pt": ["Todas as fotos do relatório estão desfocadas, nem se vê a lápide. Erro RVF-38/2"],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch RVF-38/2, jetzt auch am Laptop im Browser. Alles verschwommen",
        "Nochmal: auf dem Tablet meiner Schwester genau das gleiche, RVF-38/2, kein einziges Foto erkennbar",
    ],
    "fr": [
        "Toujours RVF-38/2, même sur l'ordinateur, tout est flou",
        "Je reviens : sur la tablette de mon mari pareil, RVF-38/2",
    ],
    "en": ["Still RVF-38/2, same on the laptop now"],
    "es": ["Sigue el RVF-38/2, también en el ordenador"],
    "it": ["Ancora RVF-38/2, anche dal computer"],
    "pt": ["Continua o RVF-38/2, também no computador"],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, im Moment sind alle Fotoberichte verschwommen (RVF-38/2), unsere Technik arbeitet daran. Die Besuche selbst sind erfolgt.",
    "fr": "Oui, en ce moment toutes les photos de rapport sont floues (RVF-38/2), nos équipes techniques y travaillent. Les passages ont bien eu lieu.",
    "en": "Yes, all report photos are blurred right now (RVF-38/2); our engineers are on it. The visits themselves did happen.",
    "es": "Sí, ahora mismo todas las fotos salen borrosas (RVF-38/2), nuestros técnicos están en ello.",
    "it": "Sì, al momento tutte le foto sono sfocate (RVF-38/2), i tecnici ci stanno lavorando.",
    "pt": "Sim, neste momento todas as fotos estão desfocadas (RVF-38/2), a equipa técnica está a tratar.",
}

WORKS_AGAIN: dict[str, str] = {
    "de": "Hallo {first}, die Fotoberichte sind seit {local} Uhr wieder scharf. Als Entschuldigung haben wir Ihnen ein Grablicht gutgeschrieben ({credit}).",
    "fr": "Bonjour {first}, les photos de rapport sont de nouveau nettes depuis {local}. En dédommagement, un lumignon vous est offert ({credit}).",
    "en": "Hi {first}, report photos are sharp again since {local}. To say sorry we've credited a grave light ({credit}).",
    "es": "Hola {first}, las fotos vuelven a verse bien desde las {local}. Le abonamos una vela ({credit}).",
    "it": "Buongiorno {first}, le foto sono di nuovo nitide dalle {local}. Le accreditiamo un lumino ({credit}).",
    "pt": "Olá {first}, as fotos voltaram a estar nítidas desde as {local}. Creditámos uma vela ({credit}).",
}

LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Kurze Frage: gestern Abend war ein Foto im Bericht erst unscharf, nach dem Neuladen dann normal. Ist das ok so oder fehlt was?",
        "Alles gut: bei langsamer Verbindung lädt zuerst eine Vorschau, danach das scharfe Bild.",
    ),
    "fr": (
        "Petite question : hier soir une photo du rapport était floue puis nette après rechargement. C'est normal ?",
        "Oui : avec une connexion lente, un aperçu s'affiche d'abord, puis la photo nette.",
    ),
}
