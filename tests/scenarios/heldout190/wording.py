"""Wording of heldout190 (Ladeko: public EV charging by app and web, Ladeko Plus, Ladeko Fleet).

Written from the stories, blind. Placeholders: case, brand, comp, prod, first, day, amount.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")
MARKETS = {
    "es": ("ES",),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT",),
}
FIRST = {
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Pilar",
        "Raúl",
        "Inés",
        "Tomás",
    ),
    "de": (
        "Jonas",
        "Katrin",
        "Matthias",
        "Sabine",
        "Lukas",
        "Anja",
        "Florian",
        "Heike",
        "Tobias",
        "Miriam",
    ),
    "en": ("Olivia", "Callum", "Niamh", "Harry", "Aoife", "George"),
    "fr": ("Camille", "Julien", "Margaux", "Antoine", "Élodie", "Thibault"),
    "it": ("Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo"),
    "pt": ("Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Duarte"),
}
LAST = {
    "es": ("Navarro", "Ortega", "Medina", "Serrano", "Rubio", "Castillo", "Gallardo", "Iglesias"),
    "de": ("Krämer", "Hoffmann", "Vogel", "Lindner", "Brandt", "Seidel", "Wagner", "Köhler"),
    "en": ("Whitaker", "Doyle", "Pearson", "Gallagher", "Hughes", "Murray"),
    "fr": ("Lefèvre", "Garnier", "Rousseau", "Chevalier", "Morel", "Fontaine"),
    "it": ("Ricci", "Marino", "Greco", "Colombo", "Bruno", "Gallo"),
    "pt": ("Carvalho", "Pereira", "Figueiredo", "Mendes", "Sousa", "Lopes"),
}
TOWN = {
    "ES": ("Zaragoza", "Valencia", "Murcia", "Vigo"),
    "DE": ("Kassel", "Freiburg", "Bremen", "Erfurt"),
    "AT": ("Graz", "Linz"),
    "CH": ("Winterthur", "Luzern"),
    "UK": ("Leeds", "Bristol"),
    "IE": ("Galway", "Cork"),
    "FR": ("Nantes", "Dijon"),
    "BE": ("Namur", "Liège"),
    "IT": ("Bologna", "Verona"),
    "PT": ("Braga", "Coimbra"),
}
PHONE = {
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
PRODUCTS = (
    ("Ladeko Plus, monthly", "9.90"),
    ("Charge card (RFID)", "5.00"),
    ("Fast charge 150 kW, session", "31.40"),
    ("Home-to-motorway pack, 200 kWh", "84.00"),
    ("Ladeko Plus, yearly", "99.00"),
)
PAGES = ("/map", "/plus", "/prices", "/account/sessions", "/help/charge-card", "/stations/nearby")

PRAISE = {
    "es": (
        "Cargué en la A-2 en 22 minutos y el café de al lado ni se enfrió. Gracias {brand} 🙌",
        "la app de {brand} me avisa cuando el coche llega al 80 %, una maravilla para ir al súper",
        "Estación limpia, cargador libre, factura en el móvil al instante. Así da gusto.",
    ),
    "de": (
        "Bei {brand} an der A7 in 20 Minuten von 15 auf 80 Prozent, Kaffee war noch warm 👍",
        "mit der {brand} App findet man immer eine freie Säule, sogar im Parkhaus am Bahnhof",
        "Saubere Ladesäule, Rechnung direkt in der App. Genau so soll das sein!",
    ),
    "en": ("Charged at the services on the M62 in 25 minutes, smooth as anything. Cheers {brand}",),
    "fr": (
        "Recharge sur l'A6 en 20 minutes, appli claire, facture tout de suite. Merci {brand} !",
    ),
    "it": ("Ricarica in autostrada in 20 minuti e app chiarissima, bravi {brand}!",),
    "pt": (
        "Carreguei na A1 em 20 minutos, app simples e fatura logo no telemóvel. Obrigada {brand}!",
    ),
}
PRAISE_AGAIN = {
    "es": (
        "Tercera vez este mes en la estación de Calatayud y otra vez perfecto, sin esperar nada",
    ),
    "de": (
        "Schon wieder die Säule am Rasthof frei und blitzschnell. Bin jedes Mal begeistert",
        "immer noch der beste Ladetarif den ich kenne, dritter Monat mit Plus",
    ),
    "en": ("Third time this week at the Leeds hub and still not a single hiccup",),
    "fr": ("Encore une fois parfait à la station de Beaune, troisième recharge ce mois-ci",),
    "it": ("Ancora una volta tutto perfetto, è la terza ricarica questa settimana",),
    "pt": ("Mais uma vez tudo impecável, terceira carga este mês na mesma estação",),
}
PRAISE_GRIPE = {
    "es": (
        "Muy contenta con {brand}, solo que el cable de la estación de Vigo es cortito. Por lo demás genial",
    ),
    "de": (
        "Sehr gute Erfahrung, nur die Überdachung an der Säule in Kassel fehlt. Sonst top",
        "Alles prima, einzig der Beleg kommt erst am nächsten Tag per Mail",
    ),
    "en": ("Love the app, only wish the receipts showed the kWh per session. Otherwise spot on",),
    "fr": ("Très bien dans l'ensemble, juste le câble un peu court à Dijon",),
    "it": ("Servizio ottimo, solo la pensilina di Verona non ripara dalla pioggia",),
    "pt": ("Gosto muito, só o cabo em Braga é curto para o meu carro. De resto, tudo ótimo",),
}
QUESTION = {
    "es": (
        "Hola, ¿el precio de Plus se aplica también en cargadores de 300 kW?",
        "buenas, ¿puedo tener dos coches en la misma cuenta?",
        "¿Cómo descargo las facturas de todo el año?",
    ),
    "de": (
        "Hallo, gilt der Plus-Preis auch an den 300-kW-Säulen?",
        "kann ich zwei Autos auf ein Konto legen?",
        "Wie lade ich die Rechnungen fürs ganze Jahr herunter?",
    ),
    "en": ("Hi, does the Plus price apply at the 300 kW chargers as well?",),
    "fr": ("Bonjour, le tarif Plus vaut aussi pour les bornes 300 kW ?",),
    "it": ("Ciao, la tariffa Plus vale anche sulle colonnine da 300 kW?",),
    "pt": ("Olá, o preço Plus também vale nos carregadores de 300 kW?",),
}
ANSWER = {
    "es": (
        "Hola, sí: el precio Plus vale en todas nuestras estaciones y tipos de cargador. ¡Buen viaje!",
    ),
    "de": ("Hallo, ja: der Plus-Preis gilt an allen unseren Säulen und Leistungen. Gute Fahrt!",),
    "en": ("Hi, yes: the Plus price applies at every station and charger type. Safe travels!",),
    "fr": ("Bonjour, oui : le tarif Plus s'applique à toutes nos bornes. Bonne route !",),
    "it": ("Ciao, sì: la tariffa Plus vale su tutte le nostre colonnine. Buon viaggio!",),
    "pt": ("Olá, sim: o preço Plus vale em todas as nossas estações. Boa viagem!",),
}
THANKS = {
    "es": ("mil gracias, crack", "genial, gracias!!", "perfecto, muchas gracias"),
    "de": ("super, danke dir", "top, merci!", "alles klar, danke"),
    "en": ("cheers, legend",),
    "fr": ("super, merci beaucoup",),
    "it": ("grazie mille, gentilissimi",),
    "pt": ("obg, são uns cracks",),
}
CALL_Q = {
    "es": (
        "hola mira llamo porque quiero saber si el plus anual se puede pagar en dos veces y si lo puedo compartir con mi marido",
    ),
    "de": (
        "ja hallo ich wollte fragen ob ich das Plus Jahresabo auch für den Firmenwagen von meinem Mann nutzen kann der lädt meistens bei Ihnen",
    ),
    "en": (
        "hi yeah just ringing to ask if the yearly plus can be shared with my partner's car we both charge with you",
    ),
    "fr": (
        "oui bonjour je voulais savoir si l'abonnement plus annuel marche aussi pour la voiture de ma femme",
    ),
    "it": (
        "sì buongiorno volevo sapere se il plus annuale vale anche per la macchina di mio marito",
    ),
    "pt": ("olá boa tarde queria saber se o plus anual dá para o carro da minha mulher também",),
}
CALL_FOLLOW = {
    "es": (
        "Como hablamos por teléfono: el Plus anual cubre una cuenta y hasta dos coches. Un saludo",
    ),
    "de": (
        "Wie telefonisch besprochen: Plus gilt pro Konto für bis zu zwei Fahrzeuge. Viele Grüße",
    ),
    "en": ("As discussed on the phone: Plus covers one account and up to two cars. Best wishes",),
    "fr": (
        "Comme convenu au téléphone : Plus couvre un compte et jusqu'à deux voitures. Cordialement",
    ),
    "it": ("Come detto al telefono: Plus copre un account e fino a due auto. Cordiali saluti",),
    "pt": ("Como falámos ao telefone: o Plus cobre uma conta e até dois carros. Cumprimentos",),
}
REVIEW = {
    "es": ("Cinco estrellas: rápido, barato con Plus y la app no falla",),
    "de": ("Fünf Sterne: schnell, fair mit Plus, App läuft stabil",),
    "en": ("Five stars, quick and fair with Plus",),
    "fr": ("Cinq étoiles, rapide et juste avec Plus",),
    "it": ("Cinque stelle, veloce e onesto con Plus",),
    "pt": ("Cinco estrelas, rápido e justo com o Plus",),
}
NIGHT_POST = {
    "es": (
        "Las 3 de la mañana volviendo del turno de noche y la estación de {brand} vacía para mí solita 🌙",
    ),
    "de": (
        "Halb drei, Nachtschicht vorbei, und die {brand} Säule am Krankenhaus wartet auf mich 🌙",
    ),
    "en": ("2am after a night shift and the {brand} hub is all mine. bliss",),
    "fr": ("3h du mat après le service de nuit, la borne {brand} rien que pour moi 🌙",),
    "it": ("Le 2 di notte dopo il turno e la colonnina {brand} tutta per me 🌙",),
    "pt": ("3 da manhã depois do turno e a estação {brand} só para mim 🌙",),
}
NIGHT_CHAT = {
    "es": (
        "hola, ¿de noche también cobráis la tarifa por ocupación si me quedo dormido en el coche?",
    ),
    "de": ("hallo, gibt es nachts auch die Blockiergebühr wenn ich im Auto einschlafe?",),
    "en": ("hi, is there a blocking fee at night too if I nod off in the car?",),
    "fr": ("bonsoir, les frais d'occupation s'appliquent aussi la nuit ?",),
    "it": ("ciao, la penale di sosta vale anche di notte?",),
    "pt": ("olá, a taxa de ocupação também se aplica de noite?",),
}
NIGHT_ANSWER = {
    "es": ("Hola, entre las 22 y las 7 no cobramos tarifa por ocupación. ¡Descansa!",),
    "de": ("Hallo, zwischen 22 und 7 Uhr gibt es keine Blockiergebühr. Gute Nacht!",),
    "en": ("Hi, no blocking fee between 10pm and 7am. Rest easy!",),
    "fr": ("Bonsoir, pas de frais d'occupation entre 22h et 7h. Bonne nuit !",),
    "it": ("Ciao, niente penale di sosta tra le 22 e le 7. Buonanotte!",),
    "pt": ("Olá, sem taxa de ocupação entre as 22h e as 7h. Boa noite!",),
}
SURVEY_WORD = {
    "es": ("genial", "todo bien", "👍", ""),
    "de": ("passt", "super", "👍", ""),
    "en": ("great", ""),
    "fr": ("parfait", ""),
    "it": ("ottimo", ""),
    "pt": ("ótimo", ""),
}

# The six consumer problems: what the customer says went wrong.
PROBLEM = {
    "double_charge": {
        "es": "me habéis cobrado DOS veces la misma carga de {amount}",
        "de": "ihr habt mir dieselbe Ladung über {amount} ZWEIMAL abgebucht",
        "en": "you've charged me TWICE for the same {amount} session",
        "fr": "vous m'avez débité DEUX fois la même recharge de {amount}",
        "it": "mi avete addebitato DUE volte la stessa ricarica da {amount}",
        "pt": "cobraram-me DUAS vezes o mesmo carregamento de {amount}",
    },
    "idle_fee": {
        "es": "me cobráis 18 € de tarifa por ocupación y desenchufé a los 2 minutos de terminar, lo dice vuestra propia app",
        "de": "ihr verlangt 18 € Blockiergebühr, obwohl ich zwei Minuten nach Ladeende abgesteckt habe, steht sogar in eurer App",
        "en": "you've billed me an £15 blocking fee though I unplugged two minutes after it finished, your own app says so",
        "fr": "vous me facturez 18 € de frais d'occupation alors que j'ai débranché deux minutes après la fin",
        "it": "mi avete messo 18 € di penale di sosta ma ho staccato due minuti dopo la fine",
        "pt": "cobraram 18 € de taxa de ocupação e eu desliguei dois minutos depois de acabar",
    },
    "wrong_price": {
        "es": "soy socia Plus y me cobráis el precio sin suscripción en todas las cargas del mes",
        "de": "ich bin Plus-Mitglied und zahle seit Monatsanfang den normalen Preis ohne Abo",
        "en": "I'm a Plus member and every session this month was billed at the non-member price",
        "fr": "je suis membre Plus et on me facture le tarif sans abonnement",
        "it": "sono socio Plus e mi fate pagare la tariffa senza abbonamento",
        "pt": "sou sócia Plus e estão a cobrar-me o preço sem assinatura",
    },
    "card_missing": {
        "es": "pagué la tarjeta de carga hace TRES semanas y no ha llegado, y sin ella no puedo cargar en la estación del trabajo",
        "de": "die Ladekarte ist seit DREI Wochen bezahlt und nicht da, ohne sie komme ich an der Säule bei der Arbeit nicht ran",
        "en": "I paid for the charge card THREE weeks ago and it never came, can't charge at work without it",
        "fr": "la carte de recharge payée il y a TROIS semaines n'est jamais arrivée",
        "it": "la tessera di ricarica pagata TRE settimane fa non è mai arrivata",
        "pt": "paguei o cartão de carregamento há TRÊS semanas e nunca chegou",
    },
    "refund": {
        "es": "la preautorización de 50 € sigue bloqueada en mi tarjeta desde hace diez días",
        "de": "die Vorautorisierung über 50 € ist seit zehn Tagen auf meiner Karte blockiert",
        "en": "the £40 pre-authorisation is still held on my card ten days later",
        "fr": "la pré-autorisation de 50 € est toujours bloquée sur ma carte depuis dix jours",
        "it": "la preautorizzazione di 50 € è ancora bloccata sulla carta da dieci giorni",
        "pt": "a pré-autorização de 50 € continua bloqueada no cartão há dez dias",
    },
    "station_dead": {
        "es": "la app marcaba la estación de Teruel como DISPONIBLE, hice 30 km con el 6 % y estaba fuera de servicio con una bolsa encima",
        "de": "die App zeigte die Säule in Fulda als FREI, ich bin mit 6 Prozent 30 km hingefahren und sie war mit Müllsack abgeklebt",
        "en": "the app showed the Harrogate charger as AVAILABLE, drove 20 miles on 6% and it had a bin bag over it",
        "fr": "l'appli affichait la borne de Vierzon DISPONIBLE, 30 km avec 6 % et elle était hors service",
        "it": "l'app segnava la colonnina di Modena LIBERA, ho fatto 30 km col 6 % ed era fuori servizio",
        "pt": "a app mostrava a estação de Leiria DISPONÍVEL, fiz 30 km com 6 % e estava avariada",
    },
}
TOPIC = {
    "double_charge": "one session billed twice",
    "idle_fee": "blocking fee charged though unplugged on time",
    "wrong_price": "Plus member billed the non-member price",
    "card_missing": "paid charge card never arrived",
    "refund": "pre-authorisation not released",
    "station_dead": "station shown available in the app but out of order",
}
SUBJ_COMPLAINT = {
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
SUBJ_CASE = {
    "es": "RE: Incidencia",
    "de": "AW: Vorgang",
    "en": "Re: Your case",
    "fr": "RE : Demande",
    "it": "R: Segnalazione",
    "pt": "RE: Pedido",
}

SHORT = {
    "es": (
        "Hola, {problem}. Quiero que lo arregléis YA.",
        "Esto es una vergüenza: {problem}. Espero respuesta hoy.",
    ),
    "de": (
        "Hallo, {problem}. Ich erwarte, dass das SOFORT korrigiert wird.",
        "Das ist echt unverschämt: {problem}. Bitte heute noch melden.",
    ),
    "en": ("Hi, {problem}. Please sort this out today.",),
    "fr": ("Bonjour, {problem}. Merci de corriger ça rapidement.",),
    "it": ("Buongiorno, {problem}. Vorrei una soluzione subito.",),
    "pt": ("Olá, {problem}. Quero isto resolvido hoje.",),
}
SOCIAL_BAD = {
    "es": ("{brand} {problem} y nadie contesta. YA ESTÁ BIEN",),
    "de": ("{brand}, {problem}. JETZT REICHTS echt",),
    "en": ("{brand} {problem}. Not impressed at all",),
    "fr": ("{brand} {problem}. Franchement nul",),
    "it": ("{brand} {problem}. Vergognoso",),
    "pt": ("{brand} {problem}. Que vergonha",),
}
CALL_BAD = {
    "es": (
        "sí hola mire llamo porque {problem} y la verdad estoy muy enfadada necesito que me lo solucionen",
    ),
    "de": (
        "ja guten Tag ich rufe an weil {problem} und ich bin ehrlich gesagt ziemlich sauer das muss geklärt werden",
    ),
    "en": ("yeah hi I'm calling because {problem} and honestly I'm fuming I need this fixed",),
    "fr": (
        "oui bonjour j'appelle parce que {problem} et je suis vraiment énervé il faut régler ça",
    ),
    "it": ("sì buongiorno chiamo perché {problem} e sono davvero arrabbiata va risolto",),
    "pt": ("sim olá estou a ligar porque {problem} e estou mesmo chateado preciso que resolvam",),
}
LONG = {
    "es": (
        "Buenas tardes:\n\nLes escribo desde la sala de espera del fisio de mi madre, que se rompió la muñeca la semana pasada y ahora la llevo yo a todas partes, así que el coche no para. Llevo dos años con ustedes y siempre he cargado tranquila, pero esta vez {problem}. Entre el trabajo, mi madre y los niños no tengo tiempo de pelearme con una centralita.\n\nLes pido que lo revisen y me contesten por escrito.\n\nUn saludo,\n{first}",
        "Hola:\n\nEscribo esto en el coche esperando a que salga mi hijo del entrenamiento de balonmano. Estamos de mudanza a un piso nuevo en la otra punta de la ciudad y cargo en sus estaciones casi a diario. Pues bien, {problem}. No es por el dinero, es que ya no sé a quién reclamar.\n\nQuedo a la espera.\n{first}",
    ),
    "de": (
        "Guten Tag,\n\nich schreibe Ihnen aus der Mittagspause, zwischen zwei Kundenterminen und der Frage, wer heute meine Tochter von der Kita holt. Ich lade seit drei Jahren bei Ihnen und war immer gern Kunde, aber {problem}. Ich habe keine Zeit, das dreimal zu erklären.\n\nBitte prüfen Sie das und antworten Sie schriftlich.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo zusammen,\n\nwir renovieren gerade das Haus meiner Schwiegereltern in der Eifel und ich pendle jedes Wochenende 200 km, natürlich elektrisch und natürlich über Ihre Säulen. Jetzt ist es so: {problem}. Das kann doch nicht Ihr Ernst sein.\n\nIch erwarte eine Klärung diese Woche.\n\nGruß\n{first}",
    ),
    "en": (
        "Hello,\n\nWriting from the school car park while my daughter finishes swimming. I charge with you most days since I started the new job, but {problem}. I'd like it looked at properly.\n\nThanks,\n{first}",
    ),
    "fr": (
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du vétérinaire. Je recharge chez vous depuis deux ans, mais {problem}. Merci de regarder cela sérieusement.\n\n{first}",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dal parcheggio dell'ospedale dove è ricoverato mio padre. Ricarico da voi da due anni ma {problem}. Vi chiedo di verificare.\n\n{first}",
    ),
    "pt": (
        "Bom dia,\n\nEscrevo da sala de espera do dentista. Carrego convosco há dois anos mas {problem}. Peço que verifiquem.\n\n{first}",
    ),
}
CASE_OPENED = {
    "es": (
        "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y la revisamos hoy mismo.",
    ),
    "de": (
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und prüfen ihn heute.",
    ),
    "en": (
        "Hi {first}, sorry about this. We've opened case {case} and are looking into it today.",
    ),
    "fr": (
        "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et la traitons aujourd'hui.",
    ),
    "it": (
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e la verifichiamo oggi.",
    ),
    "pt": ("Olá {first}, lamentamos. Abrimos o pedido {case} e vamos tratá-lo hoje.",),
}
GOOD_NEWS = {
    "es": (
        "Buenas noticias sobre la incidencia {case}: está corregido y devuelto. ¿Nos confirmas que lo ves bien?",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}: ist korrigiert und erstattet. Können Sie uns das kurz bestätigen?",
    ),
    "en": (
        "Good news on case {case}: it's corrected and refunded. Could you confirm it looks right on your side?",
    ),
    "fr": (
        "Bonne nouvelle pour la demande {case} : c'est corrigé et remboursé. Pouvez-vous confirmer ?",
    ),
    "it": ("Buone notizie sulla segnalazione {case}: corretto e rimborsato. Ci confermi?",),
    "pt": ("Boas notícias sobre o pedido {case}: está corrigido e reembolsado. Pode confirmar?",),
}
CONFIRM = {
    "es": (
        "Confirmado lo de {case}, ya me aparece bien. Gracias!",
        "todo ok con {case}, gracias por la rapidez",
    ),
    "de": (
        "Bestätige {case}, passt jetzt alles. Danke!",
        "{case} ist erledigt, sieht gut aus, danke euch",
    ),
    "en": ("Confirmed on {case}, all sorted now, thanks",),
    "fr": ("Je confirme pour {case}, tout est bon, merci",),
    "it": ("Confermo per {case}, ora è tutto a posto, grazie",),
    "pt": ("Confirmo o {case}, já está tudo bem, obrigada",),
}
APOLOGY = {
    "es": ("Oye, perdonad el tono de ayer, estaba fatal. Gracias por resolverlo",),
    "de": ("Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern",),
    "en": ("Sorry for snapping yesterday, long day. Thanks for sorting it",),
    "fr": ("Désolé pour mon ton d'hier, journée difficile. Merci",),
    "it": ("Scusate per il tono di ieri, giornataccia. Grazie",),
    "pt": ("Desculpem o tom de ontem, dia complicado. Obrigado",),
}
QUALITY_LEAD = {
    "es": (
        "Hola {first}, tu incidencia {case} ya la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    ),
    "de": (
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    ),
    "en": (
        "Hi {first}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime.",
    ),
    "fr": (
        "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    ),
    "it": (
        "Ciao {first}, la segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    ),
    "pt": (
        "Olá {first}, o seu pedido {case} está agora com a responsável de qualidade, que liga antes de sexta ao almoço.",
    ),
}
STILL_OPEN = {
    "es": (
        "Sigo igual con la incidencia {case}: {problem}. Sigue sin resolverse.",
        "otra vez yo, {case} sigue abierta y {problem}",
    ),
    "de": (
        "Vorgang {case} ist immer noch offen: {problem}. Es hat sich nichts getan.",
        "nochmal wegen {case}, ist weiter nicht gelöst, {problem}",
    ),
    "en": ("Still waiting on case {case}: {problem}. Nothing has changed.",),
    "fr": ("Toujours rien pour la demande {case} : {problem}.",),
    "it": ("La segnalazione {case} è ancora aperta: {problem}.",),
    "pt": ("O pedido {case} continua por resolver: {problem}.",),
}
CALL_STILL = {
    "es": ("hola llamo otra vez por la incidencia {case} sigue sin resolver y {problem}",),
    "de": (
        "ja hallo ich rufe nochmal wegen Vorgang {case} an das ist immer noch nicht gelöst {problem}",
    ),
    "en": ("hi calling again about case {case} it's still not sorted {problem}",),
    "fr": ("bonjour je rappelle pour la demande {case} toujours pas réglé {problem}",),
    "it": ("buongiorno richiamo per la segnalazione {case} ancora niente {problem}",),
    "pt": ("olá volto a ligar pelo pedido {case} continua sem solução {problem}",),
}
THIRD = {
    "es": (" Una compañera carga con {comp} y allí esto lo arreglan en el día.",),
    "de": (" Ein Kollege lädt bei {comp}, da wird sowas am selben Tag geklärt.",),
    "en": (" I've looked at what {comp} charges, just saying.",),
    "fr": (" Un collègue recharge chez {comp}, eux règlent ça dans la journée.",),
    "it": (" Una collega ricarica con {comp} e lì lo sistemano in giornata.",),
    "pt": (" Um colega carrega na {comp} e lá resolvem no mesmo dia.",),
}
FOURTH = {
    "es": (" Es la CUARTA vez que escribo.",),
    "de": (" Das ist jetzt das VIERTE Mal.",),
    "en": (" This is the FOURTH time.",),
    "fr": (" C'est la QUATRIÈME fois.",),
    "it": (" È la QUARTA volta.",),
    "pt": (" É a QUARTA vez.",),
}
ADDED = {
    "es": ("Lo añadimos a la incidencia {case} y la marcamos como urgente.",),
    "de": ("Wir haben das zu Vorgang {case} ergänzt und als dringend markiert.",),
    "en": ("Added to case {case} and marked urgent.",),
    "fr": ("Ajouté à la demande {case}, marquée urgente.",),
    "it": ("Aggiunto alla segnalazione {case}, segnata come urgente.",),
    "pt": ("Acrescentado ao pedido {case} e marcado como urgente.",),
}
SLIDE = {
    "es": (
        "Hoy el cargador de Calatayud iba a medio gas, 40 kW en vez de 150. Bueno, pasa",
        "Segunda vez esta semana que el cargador rápido va lento y la app dice que todo normal",
        "Ahora la app me cierra la sesión cada vez que llego a la estación. Empiezo a estar harta",
        "Me habéis subido el precio Plus sin avisar y la factura no cuadra con los kWh",
        "INDIGNADA: 12 € de tarifa por ocupación con el coche desenchufado, y la foto de vuestra cámara lo demuestra 😡",
        "Mi cuñado carga con {comp} y este finde ya he probado su red. Se acabó lo de aguantar",
    ),
    "de": (
        "Heute an der A7 nur 40 kW statt 150. Na gut, kann passieren",
        "Zweites Mal diese Woche langsam, und die App sagt alles normal",
        "Jetzt loggt mich die App an jeder Säule aus. Langsam nervt es",
        "Plus-Preis ohne Ankündigung erhöht und die Rechnung passt nicht zu den kWh",
        "STINKSAUER: 12 € Blockiergebühr obwohl das Auto abgesteckt war, euer eigenes Kamerafoto zeigt es 😡",
        "Mein Schwager lädt bei {comp}, hab das Wochenende deren Netz ausprobiert. Reicht mir jetzt",
    ),
    "en": (
        "Only 40 kW instead of 150 at Wetherby today. Fine, happens",
        "Slow again this week and the app insists all is normal",
        "Now the app logs me out at every charger. Getting tiresome",
        "Plus price up with no notice and the bill doesn't match the kWh",
        "FURIOUS: £10 blocking fee with the car unplugged, your own camera photo shows it 😡",
        "My brother-in-law uses {comp}, tried their network this weekend. Had enough",
    ),
    "fr": (
        "Seulement 40 kW au lieu de 150 à Beaune aujourd'hui. Bon, ça arrive",
        "Encore lent cette semaine et l'appli dit que tout est normal",
        "Maintenant l'appli me déconnecte à chaque borne. Ça commence à lasser",
        "Tarif Plus augmenté sans prévenir et la facture ne colle pas aux kWh",
        "FURIEUSE : 12 € de frais d'occupation voiture débranchée, votre propre photo le prouve 😡",
        "Mon beau-frère recharge chez {comp}, j'ai testé leur réseau ce week-end. Ras-le-bol",
    ),
    "it": (
        "Solo 40 kW invece di 150 a Modena oggi. Va be', capita",
        "Di nuovo lento questa settimana e l'app dice che è tutto normale",
        "Ora l'app mi disconnette a ogni colonnina. Comincia a stancare",
        "Prezzo Plus aumentato senza avviso e la fattura non torna coi kWh",
        "FURIOSA: 12 € di penale di sosta con l'auto staccata, la vostra foto lo dimostra 😡",
        "Mio cognato ricarica con {comp}, ho provato la loro rete nel weekend. Basta",
    ),
    "pt": (
        "Só 40 kW em vez de 150 em Leiria hoje. Pronto, acontece",
        "Outra vez lento esta semana e a app diz que está tudo normal",
        "Agora a app desliga-me a sessão em cada posto. Já cansa",
        "Preço Plus aumentou sem aviso e a fatura não bate com os kWh",
        "FURIOSA: 12 € de taxa de ocupação com o carro desligado, a vossa foto prova 😡",
        "O meu cunhado carrega na {comp}, experimentei a rede deles no fim de semana. Chega",
    ),
}
SARCASM = {
    "es": (
        "Qué maravilla llegar al cargador y que la app decida actualizarse 10 minutos justo ahí 👏",
    ),
    "de": ("Toll, wie die App genau an der Säule ein 10-Minuten-Update macht 👏",),
    "en": ("Love how the app picks the charger to run a 10-minute update 🙃",),
    "fr": ("Génial, l'appli qui se met à jour 10 minutes pile devant la borne 👏",),
    "it": ("Bellissimo, l'app che si aggiorna 10 minuti proprio davanti alla colonnina 👏",),
    "pt": ("Adoro a app a atualizar-se 10 minutos mesmo ao pé do posto 👏",),
}
CANCEL = {
    "es": (
        "Hola, he vendido el coche eléctrico y me voy a vivir al centro sin coche. Quiero dar de baja Ladeko Plus y cerrar la cuenta.",
    ),
    "de": (
        "Hallo, wir haben das E-Auto verkauft, ich fahre jetzt Dienstwagen mit eigener Ladekarte. Bitte Ladeko Plus kündigen und das Konto schließen.",
    ),
    "en": (
        "Hi, I've got a company car with its own charge card now. Please cancel Ladeko Plus and close my account.",
    ),
    "fr": (
        "Bonjour, j'ai vendu la voiture électrique. Je souhaite résilier Ladeko Plus et fermer mon compte.",
    ),
    "it": (
        "Buongiorno, ho venduto l'auto elettrica. Vorrei disdire Ladeko Plus e chiudere l'account.",
    ),
    "pt": ("Olá, vendi o carro elétrico. Quero cancelar o Ladeko Plus e fechar a conta.",),
}
SORRY_GO = {
    "es": (
        "Sentimos que te vayas, {first}. Puedes darte de baja tú misma en la app o en la web, en Cuenta > Plus.",
    ),
    "de": (
        "Schade, dass Sie gehen, {first}. Sie können selbst in der App oder auf der Website kündigen, unter Konto > Plus.",
    ),
    "en": (
        "Sorry to see you go, {first}. You can cancel yourself in the app or on the website, under Account > Plus.",
    ),
    "fr": (
        "Désolés de vous voir partir, {first}. Vous pouvez résilier dans l'appli ou sur le site, Compte > Plus.",
    ),
    "it": ("Ci dispiace, {first}. Puoi disdire da solo nell'app o sul sito, Account > Plus.",),
    "pt": ("Lamentamos, {first}. Pode cancelar na app ou no site, em Conta > Plus.",),
}
GRUMBLE = {
    "es": (
        "la app vuelve a pedirme la contraseña cada vez, qué pesadez",
        "el mensaje de 'carga terminada' me llega a las 6 de la mañana",
        "colas de 30 minutos en Calatayud los domingos",
    ),
    "de": (
        "die App will schon wieder jedes Mal das Passwort, nervig",
        "die Nachricht 'Laden beendet' kommt um 6 Uhr morgens",
        "Sonntags 30 Minuten Schlange am Rasthof",
    ),
    "en": ("app wants my password every single time, tedious",),
    "fr": ("l'appli redemande le mot de passe à chaque fois, pénible",),
    "it": ("l'app chiede di nuovo la password ogni volta, che noia",),
    "pt": ("a app volta a pedir a palavra-passe sempre, que chatice",),
}
MILD = {
    "es": ("El mapa me muestra estaciones de otra ciudad al abrirlo, ¿se puede cambiar?",),
    "de": ("Die Karte zeigt beim Öffnen Säulen in einer anderen Stadt, kann man das ändern?",),
    "en": ("Map opens on a different city every time, can that be changed?",),
    "fr": ("La carte s'ouvre sur une autre ville, on peut changer ça ?",),
    "it": ("La mappa si apre su un'altra città, si può cambiare?",),
    "pt": ("O mapa abre noutra cidade, dá para mudar?",),
}
ACK = {
    "es": ("Gracias por avisarnos, lo pasamos al equipo de la app.",),
    "de": ("Danke für den Hinweis, wir geben es ans App-Team weiter.",),
    "en": ("Thanks for flagging, passed to the app team.",),
    "fr": ("Merci du signalement, transmis à l'équipe de l'appli.",),
    "it": ("Grazie della segnalazione, passata al team dell'app.",),
    "pt": ("Obrigado pelo aviso, passámos à equipa da app.",),
}

# The business arm, Ladeko Fleet.
B2B_PROBLEM = {
    "invoice": {
        "es": "la factura mensual viene en un solo bloque, sin centro de coste por coche, y contabilidad no la puede imputar",
        "de": "die Monatsrechnung kommt als ein Block ohne Kostenstelle pro Fahrzeug, die Buchhaltung kann sie nicht verbuchen",
        "en": "the monthly invoice comes as one lump with no cost centre per car, finance can't post it",
        "fr": "la facture mensuelle arrive en un bloc sans centre de coût par véhicule",
        "it": "la fattura mensile arriva in un unico blocco senza centro di costo per auto",
        "pt": "a fatura mensal vem num só bloco sem centro de custo por carro",
    },
    "cards_blocked": {
        "es": "las tarjetas de la flota salen BLOQUEADAS en los cargadores aunque la factura está pagada",
        "de": "unsere Flottenkarten werden an den Säulen als GESPERRT abgelehnt, obwohl die Rechnung bezahlt ist",
        "en": "our fleet cards are refused as BLOCKED at the chargers though the invoice is paid",
        "fr": "nos cartes flotte sont refusées comme BLOQUÉES alors que la facture est payée",
        "it": "le tessere della flotta risultano BLOCCATE anche se la fattura è pagata",
        "pt": "os cartões da frota aparecem BLOQUEADOS embora a fatura esteja paga",
    },
    "portal": {
        "es": "el portal no muestra ninguna sesión de este mes, así que no podemos asignar cargas a los conductores",
        "de": "das Portal zeigt keine einzige Ladung diesen Monat, wir können nichts den Fahrern zuordnen",
        "en": "the portal shows no sessions at all this month so we can't assign charges to drivers",
        "fr": "le portail n'affiche aucune session ce mois-ci",
        "it": "il portale non mostra nessuna sessione questo mese",
        "pt": "o portal não mostra nenhuma sessão este mês",
    },
    "overbilled": {
        "es": "nos cobráis el precio público por kWh en vez de la tarifa de flota del contrato, más de 900 € de diferencia",
        "de": "ihr berechnet den öffentlichen kWh-Preis statt unseres Flottentarifs, über 900 € Unterschied",
        "en": "you're billing the public kWh price instead of our contract fleet rate, over £800 difference",
        "fr": "vous facturez le prix public au lieu du tarif flotte du contrat",
        "it": "ci fate pagare il prezzo pubblico invece della tariffa flotta",
        "pt": "estão a cobrar o preço público em vez da tarifa de frota",
    },
}
B2B_FIRST = {
    "es": ("Buenos días, escribo de {company}: {problem}. Por favor, revisadlo.",),
    "de": ("Guten Morgen, hier {company}: {problem}. Bitte prüfen.",),
    "en": ("Morning, {company} here: {problem}. Please look into it.",),
    "fr": ("Bonjour, ici {company} : {problem}. Merci de vérifier.",),
    "it": ("Buongiorno, qui {company}: {problem}. Per favore verificate.",),
    "pt": ("Bom dia, daqui {company}: {problem}. Verifiquem, por favor.",),
}
B2B_LATER = {
    "es": (
        "Hola, ya os escribió {other} el {day} por la incidencia {case} y seguimos igual: {problem}.",
    ),
    "de": (
        "Hallo, {other} hat Ihnen schon am {day} wegen Vorgang {case} geschrieben, unverändert: {problem}.",
    ),
    "en": (
        "Hi, {other} already wrote on {day} about case {case} and nothing's changed: {problem}.",
    ),
    "fr": (
        "Bonjour, {other} vous a écrit {day} pour la demande {case}, rien n'a changé : {problem}.",
    ),
    "it": (
        "Buongiorno, {other} vi ha scritto {day} per la segnalazione {case}, nulla è cambiato: {problem}.",
    ),
    "pt": ("Olá, {other} já escreveu {day} pelo pedido {case} e nada mudou: {problem}.",),
}
B2B_LAST_MAIL = {
    "es": (
        "Incidencia {case}: nada resuelto y ya os han escrito varios compañeros. Compras ha pedido tarifas a {comp}.",
    ),
    "de": (
        "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.",
    ),
    "en": (
        "Case {case}: nothing fixed, several colleagues have written. Procurement has asked {comp} for their rates.",
    ),
    "fr": ("Demande {case} : rien de réglé. Les achats ont demandé les tarifs de {comp}.",),
    "it": ("Segnalazione {case}: niente risolto. Gli acquisti hanno chiesto le tariffe a {comp}.",),
    "pt": ("Pedido {case}: nada resolvido. As compras já pediram preços à {comp}.",),
}
B2B_LAST_CALL = {
    "es": (
        "sí buenos días llamo por la incidencia {case} seguimos sin solución lo han escrito varios compañeros y mi jefe dice que si no se arregla esta semana nos cambiamos de proveedor",
    ),
    "de": (
        "ja guten Tag wegen Vorgang {case} es ist immer noch nichts gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    ),
    "en": (
        "hi calling about case {case} still nothing fixed several of us have written and my boss says we move the account if it isn't sorted this week",
    ),
    "fr": (
        "bonjour pour la demande {case} toujours rien plusieurs collègues ont écrit et mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    ),
    "it": (
        "buongiorno per la segnalazione {case} ancora niente in tanti vi abbiamo scritto e il mio capo dice che cambiamo fornitore se non si risolve",
    ),
    "pt": (
        "bom dia pelo pedido {case} continua sem solução vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
    ),
}
B2B_SUGGEST = {
    "es": ("Sugerencia: estaría bien exportar las cargas por matrícula en CSV.",),
    "de": ("Vorschlag: ein CSV-Export der Ladungen nach Kennzeichen wäre praktisch.",),
    "en": ("Suggestion: a CSV export of sessions by number plate would help.",),
    "fr": ("Suggestion : un export CSV des sessions par immatriculation serait utile.",),
    "it": ("Suggerimento: un export CSV delle sessioni per targa sarebbe utile.",),
    "pt": ("Sugestão: uma exportação CSV das sessões por matrícula ajudava.",),
}
B2B_Q = {
    "es": ("Hola, ¿cómo añado un coche nuevo a la flota en el portal?",),
    "de": ("Hallo, wie füge ich im Portal ein neues Fahrzeug hinzu?",),
    "en": ("Hi, how do I add a new car to the fleet in the portal?",),
    "fr": ("Bonjour, comment ajouter un véhicule à la flotte dans le portail ?",),
    "it": ("Ciao, come aggiungo un'auto alla flotta nel portale?",),
    "pt": ("Olá, como adiciono um carro à frota no portal?",),
}
B2B_A = {
    "es": ("En Flota > Vehículos > Añadir; la tarjeta llega en 3 días.",),
    "de": ("Unter Flotte > Fahrzeuge > Hinzufügen; die Karte kommt in 3 Tagen.",),
    "en": ("Fleet > Vehicles > Add; the card arrives within 3 days.",),
    "fr": ("Flotte > Véhicules > Ajouter ; la carte arrive sous 3 jours.",),
    "it": ("Flotta > Veicoli > Aggiungi; la tessera arriva in 3 giorni.",),
    "pt": ("Frota > Veículos > Adicionar; o cartão chega em 3 dias.",),
}
B2B_PRAISE = {
    "es": ("Con Ladeko Fleet los comerciales cargan donde sea y la factura llega sola. Muy bien",),
    "de": ("Mit Ladeko Fleet laden unsere Außendienstler überall, Abrechnung läuft. Sehr gut",),
    "en": ("Ladeko Fleet just works for our sales team, billing sorted. Great",),
    "fr": ("Ladeko Fleet fonctionne très bien pour nos commerciaux",),
    "it": ("Ladeko Fleet funziona benissimo per i nostri commerciali",),
    "pt": ("O Ladeko Fleet funciona muito bem para os nossos comerciais",),
}
WEEKDAY = {
    "es": ("el lunes", "el martes", "el miércoles", "el jueves", "el viernes"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
}

# The planted incident (topic_spike only).
SPIKE_TOPIC = "EV charging sessions stop by themselves after about two minutes with error LDK-518 in the app: cars are not charged"
SPIKE = {
    "es": (
        "la carga se corta sola a los 2 minutos y la app pone LDK-518. Ya van tres intentos",
        "¿Qué pasa con {brand}? Enchufo, empieza a cargar y a los dos minutos se para. Llevo media hora así",
        "Error LDK-518 en todas las mangueras de la estación, no carga NADA",
    ),
    "de": (
        "Ladevorgang bricht nach zwei Minuten ab, App zeigt LDK-518. Dreimal probiert",
        "{brand} was ist los? Stecker rein, lädt kurz, nach 2 Minuten Schluss. Seit einer halben Stunde",
        "an jeder Säule hier Abbruch nach kurzer Zeit, Auto lädt NICHT",
    ),
    "en": (
        "charging stops after two minutes every time, app says LDK-518",
        "{brand} sessions keep cutting out after a couple of minutes, car's not charging at all",
    ),
    "fr": (
        "la recharge s'arrête toute seule après deux minutes, erreur LDK-518",
        "{brand} la borne coupe au bout de 2 minutes, impossible de charger",
    ),
    "it": (
        "la ricarica si ferma dopo due minuti, l'app dice LDK-518",
        "{brand} la sessione si interrompe subito, l'auto non carica",
    ),
    "pt": (
        "o carregamento para sozinho ao fim de dois minutos, erro LDK-518",
        "{brand} a sessão corta passado pouco tempo, o carro não carrega",
    ),
}
SPIKE_AGAIN = {
    "es": (
        "Sigo en la estación y sigue cortándose, ahora también con la tarjeta. LDK-518 otra vez",
    ),
    "de": ("Immer noch, jetzt auch mit der Ladekarte statt App: Abbruch nach 2 Minuten",),
    "en": ("Still the same, tried the card instead of the app, cuts out again",),
    "fr": ("Toujours pareil, même avec la carte, ça coupe encore",),
    "it": ("Ancora uguale, anche con la tessera si ferma",),
    "pt": ("Continua igual, mesmo com o cartão volta a parar",),
}
SPIKE_ANSWER = {
    "es": (
        "Sí, ahora mismo las sesiones se cortan en toda la red, el equipo técnico está en ello.",
    ),
    "de": ("Ja, gerade brechen Ladungen im ganzen Netz ab, die Technik ist dran.",),
    "en": ("Yes, sessions are cutting out across the network right now, engineers are on it.",),
    "fr": ("Oui, les sessions coupent sur tout le réseau, nos techniciens sont dessus.",),
    "it": ("Sì, al momento le sessioni si interrompono in tutta la rete, i tecnici ci lavorano.",),
    "pt": ("Sim, neste momento as sessões cortam em toda a rede, a equipa técnica está a tratar.",),
}
SPIKE_FIXED = {
    "es": (
        "La carga vuelve a funcionar desde las 12:40. La sesión de hoy corre de nuestra cuenta y te hemos abonado 10 €.",
    ),
    "de": (
        "Laden funktioniert wieder seit 12:40 Uhr. Die heutige Ladung geht auf uns, 10 € Gutschrift.",
    ),
    "en": ("Charging works again since 11:40. Today's session is on us, with a credit added.",),
    "fr": ("La recharge fonctionne de nouveau depuis 12h40. Session offerte et 10 € crédités.",),
    "it": ("La ricarica funziona di nuovo dalle 12:40. Sessione offerta e 10 € di credito.",),
    "pt": (
        "O carregamento voltou a funcionar desde as 11:40. Sessão oferecida e 10 € de crédito.",
    ),
}
LONE_Q = {
    "es": ("Ayer la carga se paró al 80 % sola, ¿es normal? Luego terminó bien",),
    "de": (
        "Gestern hat die Ladung bei 80 Prozent von selbst gestoppt, ist das normal? Danach lief alles",
    ),
}
LONE_A = {
    "es": ("Sí, es tu límite del 80 % en la app; se cambia en Ajustes > Carga.",),
    "de": ("Ja, das ist Ihr 80-%-Limit in der App; änderbar unter Einstellungen > Laden.",),
}
