"""Hand-written wording of the third held-out set: Pedalia, a city bike-sharing app.

Pedalia rents classic bikes and e-bikes from docking stations, with a day ticket, a
monthly or yearly pass, a 150 EUR deposit hold on the card, and "Pedalia Work" plans
that companies buy for their staff. Customers write in English, French, German,
Spanish, Portuguese and Italian. Nothing here was copied from another set or from
the pipeline's taxonomy (not opened): a reader's words, typos and all.
"""

from __future__ import annotations

LANGS = ("en", "fr", "de", "es", "pt", "it")

STATIONS = (
    "Gare Centrale",
    "Place du Marché",
    "Hauptbahnhof",
    "Plaza Mayor",
    "Rossio",
    "Porta Nuova",
    "Canal St-Martin",
    "Riverside",
    "Uni Campus",
    "Old Harbour",
)

FIRST_NAMES = (
    "Aoife Imke Bram Chiara Dario Elif Fabien Greta Hugo Inès Joost Kasia Lotte Malo Nuno "
    "Olga Pia Quentin Rui Sanne Tiago Ugo Vera Wout Xavi Yara Zeno Amel Bettina Cosimo "
    "Dounia Emil Fenna Gaspard Hanna Ivo Jade Konrad Lucía Mads Nadia Oriol Paloma Rafa "
    "Solène Teun Valeria Wiebke Yusuf Zoé Anouk Björn Carmen Didier Enzo Flor Gianni"
).split()
LAST_NAMES = (
    "Achterberg Baptista Casals Dufresne Eberhardt Ferraz Gallo Hoekstra Iglesias Jourdain "
    "Kessler Lambrecht Moreau Nowak Oliveira Pagani Quist Rinaldi Schuster Tavares Urbano "
    "Vidal Weiss Ximenes Yilmaz Zanetti Aubert Brenner Coelho Delacroix"
).split()
MAIL_HOSTS = ("posteo.example", "mailbox.example", "kpn.example", "orange.example", "gmx.example")
COMPANIES = (
    "Holtkamp Logistik",
    "Atelier Lumen",
    "Brasa Consultores",
    "Nordvik Architects",
    "Studio Ferrante",
    "Quai 9 Coworking",
    "Vermeer Legal",
    "Solent Biotech",
    "Cabral & Filhos",
    "Lindqvist Design",
    "Rivage Assurances",
    "Oberhof Kliniken",
    "Maré Viva Turismo",
    "Tessitura Bianchi",
    "Greenmile Couriers",
    "Kaleido Games",
    "Hafenblick Hotels",
    "Pomme de Pin Crèches",
    "Ortega Ingeniería",
    "Bluefen Data",
    "Castellan Foods",
    "Duna Media",
    "Kruidvat Apotheek Noord",
    "Lisboa Labs",
    "Scala Eventi",
    "Weserpark Verwaltung",
    "Albatros Formation",
    "Northpoint Clinics",
    "Mirador Hostels",
    "Trefle Notaires",
)

# --- happy, everyday wording ------------------------------------------------------------

PRAISE = {
    "en": [
        "Love the new e-bikes, the hill up to {station} is nothing now",
        "Best thing the city did in years honestly. Rode to work every day this week 🚲",
        "Just wanted to say the bike at {station} was spotless this morning, thanks!",
        "10/10 would pedal again",
        "Smooth ride, dock clicked first time, great app",
        "your team fixed my saddle issue in 5 min at {station}. legends",
    ],
    "fr": [
        "Super les nouveaux vélos électriques, la côte vers {station} passe toute seule",
        "Trajet nickel ce matin, merci Pedalia !",
        "franchement le service est top, j'ai pas pris le métro de la semaine",
        "Bravo pour la station {station}, toujours des vélos dispo 👏",
        "Appli tres pratique, rien a redire",
    ],
    "de": [
        "Die neuen E-Bikes sind klasse, danke!",
        "Heute früh super Fahrt zum {station}, alles hat geklappt",
        "Sehr zufrieden mit dem Jahrespass, weiter so 👍",
        "Station {station} war heute top aufgeräumt, danke ans Team",
    ],
    "es": [
        "Me encantan las bicis eléctricas nuevas, gracias!",
        "Todo perfecto hoy, de {station} a la ofi en 12 min 🙌",
        "Muy buen servicio, la app va genial",
        "Gracias por arreglar la estación {station} tan rápido",
    ],
    "pt": [
        "Adoro as bicicletas novas, obrigado Pedalia!",
        "Viagem perfeita hoje até {station}, a app funciona muito bem",
        "Serviço excelente, uso todos os dias 👍",
    ],
    "it": [
        "Le nuove bici elettriche sono fantastiche, grazie!",
        "Tutto perfetto stamattina da {station}, bravi",
        "Servizio ottimo, l'app funziona benissimo",
    ],
}

QUESTIONS = {
    "en": [
        "How do I add a second card to my account?",
        "Can I take a bike on the train with the pass?",
        "Quick q: does the yearly pass cover e-bikes or only classic ones?",
        "is there a station planned near {station}?",
        "How long can I keep a bike before the extra fee starts?",
        "Can I pause my monthly pass over the summer?",
    ],
    "fr": [
        "Bonjour, comment ajouter une deuxième carte bancaire ?",
        "Est-ce que le pass annuel inclut les vélos électriques ?",
        "On peut suspendre l'abonnement pendant les vacances ?",
        "y a une station prevue vers {station} ?",
    ],
    "de": [
        "Wie kann ich meine Rechnungsadresse ändern?",
        "Gilt der Monatspass auch für E-Bikes?",
        "Kann ich das Abo im Winter pausieren?",
    ],
    "es": [
        "¿Cómo cambio la tarjeta de pago?",
        "¿El abono anual incluye las eléctricas?",
        "¿Se puede pausar el abono en agosto?",
    ],
    "pt": [
        "Como posso mudar o cartão de pagamento?",
        "O passe anual inclui as bicicletas elétricas?",
    ],
    "it": [
        "Come posso cambiare la carta di pagamento?",
        "L'abbonamento annuale include le bici elettriche?",
    ],
}

ANSWERS = {
    "en": "Hi {name}, good question! It's all in pedalia.example/help (Passes). Happy riding!",
    "fr": "Bonjour {name}, tout est sur pedalia.example/aide, rubrique Pass. Bonne route !",
    "de": "Hallo {name}, das steht unter pedalia.example/hilfe, Abschnitt Pässe. Gute Fahrt!",
    "es": "Hola {name}, lo tienes en pedalia.example/ayuda, sección Abonos. ¡Buen viaje!",
    "pt": "Olá {name}, está tudo em pedalia.example/ajuda, secção Passes. Boas viagens!",
    "it": "Ciao {name}, trovi tutto su pedalia.example/aiuto, sezione Abbonamenti. Buone pedalate!",
}

THANKS = {
    "en": ["perfect, thanks!", "thx that worked", "Great, cheers 🙏", "ah ok got it, ty"],
    "fr": ["Parfait merci !", "ok super merci bcp", "Merci pour la réponse rapide 🙂"],
    "de": ["Danke, hat geklappt!", "super, vielen Dank"],
    "es": ["¡Genial, gracias!", "perfecto, mil gracias"],
    "pt": ["Perfeito, obrigada!", "ok, muito obrigado"],
    "it": ["Perfetto, grazie mille!", "ok grazie"],
}

# One-word (or no-word) survey comments, in whatever language the customer types.
SURVEY_WORDS = (
    "top",
    "CSAT",
    "RAS",
    "gut",
    "bien",
    "ok",
    "👍",
    "-",
    "nickel",
    "Ótimo",
    "bene",
    "5",
)

REVIEW = {
    "en": "Five stars. Cheap, quick, and the e-bikes are a joy.",
    "fr": "Cinq étoiles, service simple et efficace.",
    "de": "Fünf Sterne, zuverlässig und günstig.",
    "es": "Cinco estrellas, muy cómodo para ir al trabajo.",
    "pt": "Cinco estrelas, prático e barato.",
    "it": "Cinque stelle, comodo ed economico.",
}

# --- problems -------------------------------------------------------------------------
# Each problem: subject, a full complaint ("core"), a short name of it for follow-ups.

PROBLEMS: dict[str, dict[str, dict[str, str]]] = {
    "dock": {
        "en": {
            "subject": "Ride never ended",
            "core": "I docked the bike at {station} and it clicked, but the app says my ride "
            "is still running and I've been charged {amount} EUR",
            "short": "the ride that never ended at {station}",
        },
        "fr": {
            "subject": "Trajet jamais terminé",
            "core": "j'ai reposé le vélo à {station}, le dock a bien fait clic, mais l'appli "
            "dit que la location continue et on m'a prélevé {amount} EUR",
            "short": "la location qui ne s'est pas arrêtée à {station}",
        },
        "de": {
            "subject": "Fahrt nicht beendet",
            "core": "ich habe das Rad an der Station {station} eingeklickt, aber die App zeigt "
            "die Fahrt als laufend und hat {amount} EUR abgebucht",
            "short": "die nicht beendete Fahrt an der Station {station}",
        },
        "es": {
            "subject": "Viaje sin terminar",
            "core": "dejé la bici anclada en {station} pero la app dice que el viaje sigue y me "
            "han cobrado {amount} EUR",
            "short": "el viaje que no se cerró en {station}",
        },
        "pt": {
            "subject": "Viagem não terminou",
            "core": "deixei a bicicleta na doca em {station} mas a app diz que a viagem "
            "continua e cobraram {amount} EUR",
            "short": "a viagem que não terminou em {station}",
        },
        "it": {
            "subject": "Corsa mai chiusa",
            "core": "ho agganciato la bici a {station} ma l'app dice che la corsa è ancora "
            "attiva e mi hanno addebitato {amount} EUR",
            "short": "la corsa mai chiusa a {station}",
        },
    },
    "unlock": {
        "en": {
            "subject": "Can't unlock",
            "core": "the app won't unlock any bike, scanning the QR code just gives error U12",
            "short": "the U12 unlock error",
        },
        "fr": {
            "subject": "Impossible de déverrouiller",
            "core": "l'appli refuse de déverrouiller les vélos, le scan du QR code affiche "
            "erreur U12",
            "short": "l'erreur U12 au déverrouillage",
        },
        "de": {
            "subject": "Entsperren geht nicht",
            "core": "die App entsperrt kein Rad, beim Scannen des QR-Codes kommt Fehler U12",
            "short": "den Fehler U12 beim Entsperren",
        },
        "es": {
            "subject": "No puedo desbloquear",
            "core": "la app no desbloquea ninguna bici, al escanear el QR sale el error U12",
            "short": "el error U12 al desbloquear",
        },
        "pt": {
            "subject": "Não consigo desbloquear",
            "core": "a app não desbloqueia nenhuma bicicleta, o QR dá erro U12",
            "short": "o erro U12 ao desbloquear",
        },
        "it": {
            "subject": "Non si sblocca",
            "core": "l'app non sblocca nessuna bici, scansionando il QR esce l'errore U12",
            "short": "l'errore U12 allo sblocco",
        },
    },
    "deposit": {
        "en": {
            "subject": "Deposit not released",
            "core": "you still hold my 150 EUR deposit on my card, I closed my account two "
            "weeks ago",
            "short": "my 150 EUR deposit",
        },
        "fr": {
            "subject": "Caution non restituée",
            "core": "la caution de 150 EUR est toujours bloquée sur ma carte alors que j'ai "
            "clôturé mon compte il y a deux semaines",
            "short": "ma caution de 150 EUR",
        },
        "de": {
            "subject": "Kaution nicht freigegeben",
            "core": "die Kaution von 150 EUR ist immer noch auf meiner Karte blockiert, obwohl "
            "das Konto seit zwei Wochen gekündigt ist",
            "short": "meine Kaution von 150 EUR",
        },
        "es": {
            "subject": "Fianza no devuelta",
            "core": "seguís reteniendo la fianza de 150 EUR en mi tarjeta y cerré la cuenta "
            "hace dos semanas",
            "short": "mi fianza de 150 EUR",
        },
        "pt": {
            "subject": "Caução não devolvida",
            "core": "a caução de 150 EUR continua bloqueada no meu cartão e fechei a conta há "
            "duas semanas",
            "short": "a minha caução de 150 EUR",
        },
        "it": {
            "subject": "Deposito non restituito",
            "core": "il deposito di 150 EUR è ancora bloccato sulla carta e ho chiuso "
            "l'account due settimane fa",
            "short": "il mio deposito di 150 EUR",
        },
    },
    "double": {
        "en": {
            "subject": "Charged twice for the pass",
            "core": "my yearly pass renewal was taken twice from my account, {amount} EUR "
            "two times on the same day",
            "short": "the double charge for my pass",
        },
        "fr": {
            "subject": "Pass débité deux fois",
            "core": "le renouvellement de mon pass annuel a été débité deux fois, {amount} EUR "
            "deux fois le même jour",
            "short": "le double prélèvement du pass",
        },
        "de": {
            "subject": "Pass doppelt abgebucht",
            "core": "die Verlängerung meines Jahrespasses wurde zweimal abgebucht, zweimal "
            "{amount} EUR am selben Tag",
            "short": "die doppelte Abbuchung für den Pass",
        },
        "es": {
            "subject": "Cobro doble del abono",
            "core": "me habéis cobrado dos veces la renovación del abono anual, {amount} EUR "
            "dos veces el mismo día",
            "short": "el cobro doble del abono",
        },
        "pt": {
            "subject": "Passe cobrado duas vezes",
            "core": "a renovação do passe anual foi cobrada duas vezes, {amount} EUR duas "
            "vezes no mesmo dia",
            "short": "a cobrança dupla do passe",
        },
        "it": {
            "subject": "Abbonamento addebitato due volte",
            "core": "il rinnovo dell'abbonamento annuale mi è stato addebitato due volte, "
            "{amount} EUR due volte lo stesso giorno",
            "short": "il doppio addebito dell'abbonamento",
        },
    },
    "sms": {
        "en": {
            "subject": "No SMS code",
            "core": "I can't log in, the verification code by SMS never arrives",
            "short": "the login code that never comes",
        },
        "fr": {
            "subject": "Code SMS jamais reçu",
            "core": "impossible de me connecter, le code de vérification par SMS n'arrive jamais",
            "short": "le code SMS de connexion",
        },
        "de": {
            "subject": "Kein SMS-Code",
            "core": "ich kann mich nicht anmelden, der Bestätigungscode per SMS kommt nie an",
            "short": "den SMS-Code für die Anmeldung",
        },
        "es": {
            "subject": "No llega el SMS",
            "core": "no puedo iniciar sesión, el código de verificación por SMS nunca llega",
            "short": "el código SMS para entrar",
        },
        "pt": {
            "subject": "SMS não chega",
            "core": "não consigo entrar na conta, o código de verificação por SMS nunca chega",
            "short": "o código SMS de acesso",
        },
        "it": {
            "subject": "SMS mai arrivato",
            "core": "non riesco ad accedere, il codice di verifica via SMS non arriva mai",
            "short": "il codice SMS di accesso",
        },
    },
    "brakes": {
        "en": {
            "subject": "Dangerous bike",
            "core": "the e-bike I took at {station} had almost no front brake, I nearly went "
            "into a tram, and I was still charged for it",
            "short": "the bike with no brakes from {station}",
        },
        "fr": {
            "subject": "Vélo dangereux",
            "core": "le vélo pris à {station} n'avait quasiment plus de frein avant, j'ai "
            "failli percuter un tram et j'ai quand même payé",
            "short": "le vélo sans freins de {station}",
        },
        "de": {
            "subject": "Gefährliches Rad",
            "core": "das E-Bike von der Station {station} hatte fast keine Vorderbremse, ich "
            "wäre beinahe in eine Tram gefahren und musste trotzdem zahlen",
            "short": "das Rad ohne Bremse von {station}",
        },
        "es": {
            "subject": "Bici peligrosa",
            "core": "la bici que cogí en {station} casi no tenía freno delantero, casi me "
            "choco con un tranvía y encima me la cobrasteis",
            "short": "la bici sin frenos de {station}",
        },
        "pt": {
            "subject": "Bicicleta perigosa",
            "core": "a bicicleta de {station} quase não tinha travão, quase bati num "
            "elétrico e ainda me cobraram",
            "short": "a bicicleta sem travões de {station}",
        },
        "it": {
            "subject": "Bici pericolosa",
            "core": "la bici presa a {station} non aveva quasi il freno anteriore, ho quasi "
            "preso un tram e me l'avete pure fatta pagare",
            "short": "la bici senza freni di {station}",
        },
    },
    "empty": {
        "en": {
            "subject": "No bikes again",
            "core": "the {station} station is empty every single morning at 8, I was late "
            "for work because of it",
            "short": "the empty station at {station}",
        },
        "fr": {
            "subject": "Station vide",
            "core": "la station {station} est vide tous les matins à 8h, je suis arrivé en "
            "retard au boulot",
            "short": "la station vide de {station}",
        },
        "de": {
            "subject": "Station leer",
            "core": "die Station {station} ist jeden Morgen um 8 leer, ich kam zu spät zur Arbeit",
            "short": "die leere Station {station}",
        },
        "es": {
            "subject": "Estación vacía",
            "core": "la estación {station} está vacía todas las mañanas a las 8, llegué tarde "
            "al trabajo",
            "short": "la estación vacía de {station}",
        },
        "pt": {
            "subject": "Estação vazia",
            "core": "a estação {station} está vazia todas as manhãs às 8, cheguei atrasado",
            "short": "a estação vazia de {station}",
        },
        "it": {
            "subject": "Stazione vuota",
            "core": "la stazione {station} è vuota ogni mattina alle 8, sono arrivato tardi "
            "al lavoro",
            "short": "la stazione vuota di {station}",
        },
    },
}

# How a customer frames a problem. {core}/{short}/{subject} come from PROBLEMS.
FIRST = {
    "en": [
        "Hi, {core}. Please sort this out.",
        "{core}!! not ok",
        "Hello Pedalia, {core}. Can someone look at it today?",
    ],
    "fr": [
        "Bonjour, {core}. Merci de régler ça rapidement.",
        "{core} !! c'est pas normal",
        "Bonjour, {core}. Vous pouvez regarder svp ?",
    ],
    "de": ["Hallo, {core}. Bitte kümmern Sie sich darum.", "{core}!! Das geht so nicht"],
    "es": ["Hola, {core}. Por favor solucionadlo.", "{core}!! no puede ser"],
    "pt": ["Olá, {core}. Por favor resolvam isto.", "{core}!! não pode ser"],
    "it": ["Buongiorno, {core}. Per favore risolvete.", "{core}!! non va bene"],
}
# Contacts that say the problem is still there (a repeat, in the customer's words).
AGAIN = {
    "en": [
        "RE: {subject} - still nothing. {short} is not fixed and nobody answers",
        "Writing AGAIN about {short}. This is ridiculous",
        "calling again about {short}, still not sorted",
        "any news on {short}?? still waiting",
        "Another message about {short}. Still broken. Fantastic service /s",
    ],
    "fr": [
        "RE: {subject} - toujours rien, {short} n'est pas réglé",
        "Je relance encore pour {short}, c'est n'importe quoi",
        "je rappelle pour {short}, toujours pas résolu",
        "toujours aucune nouvelle pour {short} ??",
    ],
    "de": [
        "AW: {subject} - immer noch nichts, {short} ist nicht gelöst",
        "Ich melde mich schon wieder wegen {short}. Unmöglich",
        "ich rufe nochmal an wegen {short}, immer noch nicht erledigt",
    ],
    "es": [
        "RE: {subject} - sigo sin respuesta, {short} sigue igual",
        "Escribo otra vez por {short}, es una vergüenza",
        "vuelvo a llamar por {short}, sigue sin resolverse",
    ],
    "pt": [
        "RE: {subject} - continuo sem resposta, {short} continua igual",
        "Escrevo outra vez por causa de {short}, é uma vergonha",
    ],
    "it": [
        "RE: {subject} - ancora niente, {short} non è risolto",
        "Scrivo di nuovo per {short}, è assurdo",
    ],
}
# A calm follow-up that names the same problem (no word of anger).
CALM = {
    "en": "Hello, I'm following up on {short}. Could you tell me where it stands?",
    "fr": "Bonjour, je reviens vers vous au sujet de {short}. Où en est-on ?",
    "de": "Guten Tag, ich frage nach wegen {short}. Wie ist der Stand?",
    "es": "Hola, os escribo por {short}. ¿Cómo va?",
    "pt": "Olá, volto a contactar sobre {short}. Há novidades?",
    "it": "Salve, vi ricontatto per {short}. Ci sono novità?",
}
FIXED = {
    "en": "ok {short} is sorted now, thanks for fixing it 👍",
    "fr": "c'est réglé pour {short}, merci beaucoup !",
    "de": "{short} ist jetzt erledigt, vielen Dank!",
    "es": "ya está resuelto lo de {short}, ¡gracias!",
    "pt": "já está resolvido {short}, obrigado!",
    "it": "risolto {short}, grazie mille!",
}
AGENT = {
    "en": "Hi {name}, sorry about this. I've passed it to our billing team, we'll get back to you.",
    "fr": "Bonjour {name}, désolés. Nous avons transmis à l'équipe concernée.",
    "de": "Hallo {name}, das tut uns leid. Wir haben es weitergeleitet.",
    "es": "Hola {name}, lo sentimos. Lo hemos pasado al equipo correspondiente.",
    "pt": "Olá {name}, lamentamos. Já passámos à equipa responsável.",
    "it": "Ciao {name}, ci dispiace. Abbiamo inoltrato al team competente.",
}
CHAT_NUDGE = {
    "en": "hello?? anyone",
    "fr": "allo ?? y a quelqu'un",
    "de": "hallo?? ist da wer",
    "es": "hola?? hay alguien",
    "pt": "olá?? está aí alguém",
    "it": "pronto?? c'è qualcuno",
}
# Spoken openers for call transcripts.
CALL_OPENER = {
    "en": "Yeah hi, ",
    "fr": "Oui allô bonjour, ",
    "de": "Ja hallo, ",
    "es": "Sí, hola, ",
    "pt": "Sim, olá, ",
    "it": "Sì pronto, ",
}

# --- one bad day, sarcasm, grumpy, slide, churn ------------------------------------------

BAD_DAY = {
    "en": [
        "Absolutely furious. {core}. Worst morning ever.",
        "what a joke. {core}",
        "Seriously?? {core}. Unacceptable.",
    ],
    "fr": ["Franchement scandaleux, {core}. Matinée gâchée.", "n'importe quoi, {core}"],
    "de": ["Unglaublich ärgerlich: {core}. Total verärgert.", "Frechheit, {core}"],
    "es": ["Estoy harta, {core}. Fatal.", "Qué desastre, {core}"],
    "pt": ["Que vergonha, {core}. Péssimo.", "Inacreditável, {core}"],
    "it": ["Vergognoso, {core}. Mattinata rovinata.", "Che disastro, {core}"],
}
SORRY_AFTER = {
    "en": "sorry for the rant yesterday, all good again, love the bikes",
    "fr": "désolé pour le coup de gueule d'hier, tout va bien, merci",
    "de": "sorry für gestern, alles wieder gut, danke",
    "es": "perdón por lo de ayer, todo bien otra vez, gracias",
    "pt": "desculpem o desabafo de ontem, está tudo bem, obrigado",
    "it": "scusate lo sfogo di ieri, tutto ok, grazie",
}
SARCASM = {
    "en": "Oh brilliant, a bike with a wobbly saddle, my favourite. Anyway, ride was fine lol",
    "fr": "Génial, une selle qui tourne, j'adore 🙃 bon sinon trajet ok",
    "de": "Super, ein Sattel, der wackelt, genau mein Ding 🙃 Fahrt war aber ok",
    "es": "Genial, un sillín que baila, mi favorito 🙃 por lo demás bien",
    "pt": "Ótimo, um selim que abana, adoro 🙃 de resto tudo bem",
    "it": "Fantastico, una sella che balla, adoro 🙃 per il resto ok",
}
GRUMPY = {
    "en": [
        "Prices went up again. Typical.",
        "The app is slow as usual",
        "bikes are always dirty at {station}, never changes",
        "Your service is mediocre, as always",
    ],
    "fr": [
        "Encore une hausse de prix, évidemment.",
        "l'appli rame comme d'hab",
        "vélos toujours sales à {station}, rien ne change",
        "service médiocre, comme d'hab",
    ],
    "de": [
        "Schon wieder teurer. Typisch.",
        "Die App ist langsam wie immer",
        "Räder an der Station {station} mal wieder dreckig",
        "Kundenservice? Eher Kundenverwaltung.",
    ],
    "es": [
        "Otra subida de precio, cómo no.",
        "la app va lenta como siempre",
        "bicis sucias en {station}, lo de siempre",
        "servicio mediocre, como siempre",
    ],
    "pt": [
        "Mais um aumento de preço, claro.",
        "a app está lenta como sempre",
        "bicicletas sujas em {station}, o costume",
        "serviço medíocre, como sempre",
    ],
    "it": [
        "Ancora un aumento, ovviamente.",
        "l'app è lenta come sempre",
        "bici sporche a {station}, come al solito",
        "servizio mediocre, come sempre",
    ],
}
RECOVERED = {
    "en": "Ok I take it back, the last few weeks have been really good. Thanks",
    "fr": "Bon je retire ce que j'ai dit, ces dernières semaines c'est vraiment bien. Merci",
    "de": "Ok, ich nehme alles zurück, die letzten Wochen waren richtig gut. Danke",
    "es": "Vale, lo retiro, las últimas semanas han ido genial. Gracias",
    "pt": "Ok, retiro o que disse, as últimas semanas correram muito bem. Obrigado",
    "it": "Ok, ritiro tutto, le ultime settimane sono andate benissimo. Grazie",
}
# A slide, step by step: lukewarm, let down, fed up, fed up, done.
SLIDE = {
    "en": [
        "Hmm, bikes at {station} are a bit worn lately. Still ok I guess",
        "Disappointed, second time this week the e-bike battery was almost empty",
        "Getting really fed up. Broken bikes, empty stations, and the price went up",
        "This is awful now. Nothing works at {station} and support never answers",
        "I'm done. Worst it has ever been, I regret paying for the year",
    ],
    "fr": [
        "Bof, les vélos à {station} sont un peu fatigués ces temps-ci",
        "Déçu, deuxième fois cette semaine que la batterie est presque vide",
        "J'en ai vraiment marre, vélos cassés, stations vides et le prix augmente",
        "C'est devenu lamentable, plus rien ne marche à {station} et personne ne répond",
        "J'en peux plus. Le pire service que j'ai connu, je regrette mon abonnement",
    ],
    "de": [
        "Naja, die Räder an der Station {station} sind in letzter Zeit etwas abgenutzt",
        "Enttäuscht, schon wieder ein fast leerer Akku diese Woche",
        "Ich habe echt die Nase voll: kaputte Räder, leere Stationen, höhere Preise",
        "Katastrophe inzwischen, an der Station {station} geht nichts und keiner antwortet",
        "Mir reicht's. So schlecht war es noch nie, ich bereue das Jahresabo",
    ],
    "es": [
        "Mmm, las bicis de {station} están algo gastadas últimamente",
        "Decepcionado, segunda vez esta semana con la batería casi vacía",
        "Estoy harto: bicis rotas, estaciones vacías y encima sube el precio",
        "Esto es horrible ya, nada funciona en {station} y nadie contesta",
        "Se acabó. Nunca había sido tan malo, me arrepiento del abono",
    ],
    "pt": [
        "Hmm, as bicicletas de {station} andam um pouco gastas",
        "Desiludido, segunda vez esta semana com a bateria quase vazia",
        "Estou farto: bicicletas avariadas, estações vazias e o preço subiu",
        "Isto está horrível, nada funciona em {station} e ninguém responde",
        "Chega. Nunca foi tão mau, arrependo-me do passe anual",
    ],
    "it": [
        "Mah, le bici a {station} sono un po' consumate ultimamente",
        "Deluso, seconda volta questa settimana con la batteria quasi scarica",
        "Sono stufo: bici rotte, stazioni vuote e il prezzo aumenta",
        "Ormai è pessimo, a {station} non funziona niente e nessuno risponde",
        "Basta. Mai stato così male, mi pento dell'abbonamento",
    ],
}
# More angry lines for a long slide, so that it does not repeat itself word for word.
SLIDE_MORE = {
    "en": [
        "Again a bike with a flat tyre. Why do I even pay for this",
        "Support closed my ticket without an answer. Great.",
        "Not impressed at all anymore, it keeps getting worse",
    ],
    "fr": [
        "Encore un pneu crevé. Je paie pour quoi exactement ?",
        "Le support a fermé mon ticket sans répondre. Bravo.",
        "Plus du tout convaincu, ça empire de semaine en semaine",
    ],
    "de": [
        "Wieder ein platter Reifen. Wofür zahle ich eigentlich?",
        "Der Support hat mein Ticket ohne Antwort geschlossen. Toll.",
        "Überhaupt nicht mehr überzeugt, es wird immer schlechter",
    ],
    "es": [
        "Otra vez una rueda pinchada. ¿Para qué pago?",
        "Soporte cerró mi incidencia sin responder. Genial.",
        "Cada semana peor, ya no me convence nada",
    ],
    "pt": [
        "Outra vez um pneu furado. Pago para quê?",
        "O apoio fechou o meu pedido sem resposta. Ótimo.",
        "Cada semana pior, já não me convence",
    ],
    "it": [
        "Di nuovo una gomma bucata. Per cosa pago?",
        "L'assistenza ha chiuso il ticket senza risposta. Bravi.",
        "Ogni settimana peggio, non mi convince più",
    ],
}
COMPETITOR_LINE = {
    "en": "Voltrad scooters are everywhere and actually work. Thinking about it.",
    "fr": "Les trottinettes Voltrad, elles au moins marchent. J'y pense sérieusement.",
    "de": "Die Voltrad-Roller funktionieren wenigstens. Ich überlege zu wechseln.",
    "es": "Los patinetes de Voltrad por lo menos funcionan. Me lo estoy pensando.",
    "pt": "As trotinetes da Voltrad ao menos funcionam. Estou a pensar nisso.",
    "it": "I monopattini Voltrad almeno funzionano. Ci sto pensando.",
}
CANCEL = {
    "en": "Please cancel my yearly pass and close my account.",
    "fr": "Merci de résilier mon pass annuel et de fermer mon compte.",
    "de": "Bitte kündigen Sie meinen Jahrespass und schließen Sie mein Konto.",
    "es": "Por favor, cancelad mi abono anual y cerrad mi cuenta.",
    "pt": "Por favor cancelem o meu passe anual e fechem a conta.",
    "it": "Per favore disdite il mio abbonamento annuale e chiudete l'account.",
}

# --- business accounts (Pedalia Work) ------------------------------------------------------

B2B_COMPLAINTS = {
    "en": [
        "Our staff badges stopped unlocking bikes since Monday, 20 people took taxis",
        "The Pedalia Work invoice for {company} bills 60 seats, we have 35. Third wrong invoice",
        "The office dock outside {company} has been broken for a week, nobody came",
        "Your renewal quote is 40% higher. We are reconsidering the contract",
        "The fleet dashboard doesn't load for admins, we can't add new staff",
    ],
    "fr": [
        "Les badges de nos salariés ne déverrouillent plus les vélos depuis lundi",
        "La facture Pedalia Work de {company} compte 60 postes, nous en avons 35",
        "La station devant nos bureaux est en panne depuis une semaine, personne n'est venu",
        "Le devis de renouvellement est 40 % plus cher, nous réfléchissons au contrat",
    ],
    "de": [
        "Die Mitarbeiterausweise entsperren seit Montag keine Räder mehr",
        "Die Rechnung für {company} enthält 60 Plätze, wir haben 35. Schon wieder falsch",
        "Die Station vor unserem Büro ist seit einer Woche defekt, niemand kam",
    ],
    "es": [
        "Las tarjetas de empleado no desbloquean bicis desde el lunes",
        "La factura de {company} cobra 60 plazas y somos 35",
        "El presupuesto de renovación sube un 40 %, estamos reconsiderando",
    ],
    "pt": [
        "Os cartões dos funcionários deixaram de desbloquear bicicletas desde segunda",
        "A fatura da {company} cobra 60 lugares e somos 35",
    ],
    "it": [
        "I badge dei dipendenti non sbloccano più le bici da lunedì",
        "La fattura di {company} conta 60 posti, siamo 35",
    ],
}
B2B_HAPPY = {
    "en": [
        "Team loves the bikes, 12 new riders this month at {company}",
        "Can we add 5 seats to our Pedalia Work plan?",
        "Thanks for the quick dock repair outside our office!",
    ],
    "fr": [
        "L'équipe adore les vélos, merci !",
        "Peut-on ajouter 5 postes à notre offre Pedalia Work ?",
    ],
    "de": ["Das Team ist begeistert, danke!", "Können wir 5 Plätze hinzufügen?"],
    "es": ["Al equipo le encantan las bicis, ¡gracias!", "¿Podemos añadir 5 plazas?"],
    "pt": ["A equipa adora as bicicletas, obrigado!"],
    "it": ["Il team adora le bici, grazie!"],
}
B2B_GRUMBLE = {
    "en": "The dock outside is a bit noisy, otherwise fine",
    "fr": "La station devant le bureau grince un peu, sinon ça va",
    "de": "Die Station vor dem Büro quietscht etwas, sonst ok",
    "es": "La estación de la oficina chirría un poco, por lo demás bien",
    "pt": "A estação do escritório range um pouco, de resto bem",
    "it": "La stazione davanti all'ufficio cigola un po', per il resto ok",
}

# Code-switched lines for the bilingual family (fr/en, de/fr, it/en, es/en, pt/fr).
MIXED = [
    "Honnêtement the new e-bikes are great, merci l'équipe",
    "Super Fahrt heute, merci beaucoup !",
    "Tutto ok, the app is much faster now",
    "Todo bien, love the new stations",
    "Adoro as bicicletas, c'est top",
]
MIXED_ANGRY = [
    "Encore une fois, the dock did not lock et je paie toujours. Ras le bol",
    "Still charged for {short}, c'est inadmissible",
]
