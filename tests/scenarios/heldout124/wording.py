# ruff: noqa: E501
"""Consumer wording for heldout124 (Ascendo, hot-air balloon flights), written from the stories.

Placeholders: {b} brand, {c} case reference, {k} competitor, {a} amount, {p} product,
{d} weekday, {x} error code, {t} local time, {pp} the problem in a few words.
"""

from __future__ import annotations

T = dict[str, list[str]]

PRODUCTS: list[tuple[str, int]] = [
    ("Sunrise flight, 1 seat / Vol au lever du soleil, 1 place", 189),
    ("Sunset flight, 2 seats / Vol au coucher du soleil, 2 places", 349),
    ("Private basket for two / Nacelle privée pour deux", 590),
    ("Gift voucher, 1 seat / Bon cadeau, 1 place", 189),
    ("Flight photo pack / Pack photos du vol", 29),
    ("Family flight, 4 seats / Vol famille, 4 places", 640),
]

PAGES = [
    "/flights",
    "/flights/sunrise",
    "/vouchers",
    "/sky-club",
    "/launch-sites",
    "/weather",
    "/faq/what-to-wear",
    "/my-bookings",
]

PRAISE: T = {
    "en": [
        "Sunrise flight with {b} this morning, absolutely magical. Pilot was calm and funny, landed in a field of sheep 😍",
        "Gave my dad a {b} voucher for his 70th and he hasn't stopped talking about it. Thank you!",
        "wow. just wow. {b} flight over the valley at 6am, mist below us, best money I've spent this year",
        "The crew at {b} were brilliant with my nervous mum, she loved every minute",
    ],
    "fr": [
        "Vol au lever du soleil avec {b} ce matin, magique du début à la fin. Le pilote était génial",
        "Offert un vol {b} à ma femme pour nos 20 ans, elle en pleure encore de joie. Merci à l'équipe !",
        "Atterrissage dans un champ de blé, champagne, diplôme… {b} vous êtes top",
        "Franchement bluffée par l'organisation {b}, tout était clair du rendez-vous à l'atterrissage",
    ],
    "de": [
        "Ballonfahrt mit {b} heute früh, einfach traumhaft. Der Pilot hat alles super erklärt",
        "Gutschein von {b} zum 60. verschenkt, mein Vater war völlig begeistert",
    ],
    "es": [
        "Vuelo en globo con {b} al amanecer, una pasada. El piloto majísimo",
        "Regalé un vuelo de {b} a mi madre y todavía lo cuenta a todo el mundo",
    ],
    "it": ["Volo in mongolfiera con {b} all'alba, emozione pazzesca. Equipaggio bravissimo"],
    "pt": ["Voo de balão com a {b} ao nascer do sol, inesquecível. Obrigada à equipa toda"],
}

AGAIN: T = {
    "en": [
        "Third flight with {b} and it still gives me goosebumps. Same lovely pilot again too",
        "Booked {b} again for my sister, second time this year, still the best morning out",
    ],
    "fr": [
        "Troisième vol avec {b}, toujours aussi beau. Et encore le même pilote adorable",
        "Encore un vol {b} ce week-end, deuxième fois cette année, toujours parfait",
    ],
    "de": ["Schon die dritte Fahrt mit {b} und immer noch Gänsehaut"],
    "es": ["Tercer vuelo con {b} y sigo flipando igual"],
    "it": ["Terzo volo con {b}, ancora una volta perfetto"],
    "pt": ["Terceiro voo com a {b} e continua a ser especial"],
}

GRIPE: T = {
    "en": [
        "Lovely flight with {b}, only gripe is the 40 minute wait in a cold field before take-off. Still worth it",
        "Great crew and views, but the photos took a week to arrive. Would fly {b} again",
    ],
    "fr": [
        "Super vol avec {b}, seul bémol le café froid à l'atterrissage. Mais on revient !",
        "Très bon moment, dommage que le minibus soit si serré. Sinon {b} au top",
    ],
    "de": ["Tolle Fahrt mit {b}, nur der Treffpunkt war schwer zu finden. Gerne wieder"],
    "es": [
        "Vuelo precioso con {b}, lo único el parking del punto de encuentro, fatal. Repetiremos"
    ],
    "it": ["Bellissimo volo con {b}, solo il navetta un po' in ritardo. Rifaremo"],
    "pt": ["Voo lindo com a {b}, só o ponto de encontro é difícil de encontrar. Voltamos"],
}

QUESTION: T = {
    "en": [
        "Hi, what should my kids wear for a sunrise flight in October?",
        "can a 7 year old fly if she's tall enough?",
        "Is there a toilet near the launch field?",
        "How long is the voucher valid for? It says 18 months but the card says 12",
    ],
    "fr": [
        "Bonjour, il faut prévoir quoi comme vêtements pour un vol en octobre ?",
        "mon fils a 8 ans, il peut voler avec nous ?",
        "Le bon cadeau est valable combien de temps svp ?",
    ],
    "de": ["Hallo, ab welchem Alter dürfen Kinder mitfahren?"],
    "es": ["Hola, ¿qué ropa recomendáis para un vuelo en noviembre?"],
    "it": ["Ciao, a che età possono volare i bambini?"],
    "pt": ["Olá, que roupa devo levar para um voo de manhã cedo?"],
}

ANSWER: T = {
    "en": [
        "Happy to help! Layers and flat shoes, it's cold at dawn but warm under the burner. Children from 6 and 1.20 m can fly.",
        "Thanks for asking: vouchers are valid 18 months from purchase, whatever the card says. Anything else?",
    ],
    "fr": [
        "Avec plaisir ! Prévoyez plusieurs couches et des chaussures plates. Les enfants volent dès 6 ans et 1,20 m.",
        "Les bons cadeaux sont valables 18 mois à partir de l'achat. Bonne journée !",
    ],
    "de": [
        "Gern! Kinder ab 6 Jahren und 1,20 m dürfen mit, warme Schichten und flache Schuhe empfehlen wir."
    ],
    "es": [
        "¡Claro! Ropa por capas y calzado plano. Los niños pueden volar desde los 6 años y 1,20 m."
    ],
    "it": ["Certo! Bambini dai 6 anni e 1,20 m. Consigliamo abiti a strati e scarpe basse."],
    "pt": ["Claro! Roupa por camadas e calçado raso. Crianças a partir dos 6 anos e 1,20 m."],
}

THANKS: T = {
    "en": ["perfect thanks!", "Great, thank you 🙂", "thanks a lot"],
    "fr": ["Parfait merci !", "super merci beaucoup", "Merci 🙂"],
    "de": ["Danke, super!"],
    "es": ["¡Genial, gracias!"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Obrigada, perfeito!"],
}

PHONE_Q: T = {
    "en": [
        "hi yeah I bought a voucher for my wife and I wanted to know if we can pick the sunset one instead of the morning one",
        "hello I'm calling to ask if the launch field has parking for a camper van thanks",
    ],
    "fr": [
        "bonjour oui j'ai un bon cadeau et je voulais savoir si on peut changer pour un vol au coucher du soleil",
        "allô bonjour c'est pour savoir s'il y a un parking au point de décollage",
    ],
    "de": ["ja hallo ich wollte fragen ob man den Gutschein auch für eine Abendfahrt nutzen kann"],
    "es": ["hola buenas quería saber si el bono se puede usar para un vuelo al atardecer"],
    "it": ["pronto buongiorno volevo sapere se il buono vale anche per il volo al tramonto"],
    "pt": ["olá bom dia queria saber se o vale dá para o voo ao fim da tarde"],
}

PHONE_FOLLOW: T = {
    "en": [
        "Following your call: yes, your voucher works for sunset flights too, and every launch field has free parking. Enjoy your flight!"
    ],
    "fr": [
        "Suite à votre appel : oui, votre bon est valable pour les vols du soir, et chaque site de décollage a un parking gratuit. Bon vol !"
    ],
    "de": [
        "Zu Ihrem Anruf: Ja, der Gutschein gilt auch für Abendfahrten. Parken am Startplatz ist kostenlos. Gute Fahrt!"
    ],
    "es": [
        "Tras su llamada: sí, el bono vale también para vuelos al atardecer y hay parking gratis. ¡Buen vuelo!"
    ],
    "it": [
        "Come detto al telefono: sì, il buono vale anche al tramonto e il parcheggio è gratuito. Buon volo!"
    ],
    "pt": [
        "Na sequência da sua chamada: sim, o vale serve para voos ao fim da tarde e há estacionamento grátis. Bom voo!"
    ],
}

REVIEW: T = {
    "en": [
        "Five stars. Everything on time, pilot explained everything, landing was gentle.",
        "Brilliant morning, well organised, great photos.",
    ],
    "fr": [
        "Cinq étoiles, tout était parfait, du rendez-vous au diplôme.",
        "Très belle expérience, équipe aux petits soins.",
    ],
    "de": ["Alles pünktlich, super Team, klare Empfehlung."],
    "es": ["Todo perfecto, puntuales y muy profesionales."],
    "it": ["Tutto perfetto, organizzazione impeccabile."],
    "pt": ["Tudo perfeito, equipa muito profissional."],
}

SURVEY_WORD: T = {
    "en": ["", "great", "👍", "loved it", ""],
    "fr": ["", "top", "parfait", "👍", ""],
    "de": ["", "super"],
    "es": ["", "genial"],
    "it": ["", "ottimo"],
    "pt": ["", "ótimo"],
}

NIGHT_POST: T = {
    "en": [
        "can't sleep, just rewatched the video of our {b} flight for the tenth time",
        "night shift done, booked {b} sunrise for my day off. cannot wait",
    ],
    "fr": [
        "3h du mat et je regarde encore les photos de notre vol {b}",
        "fin de garde de nuit, je viens de réserver un vol {b} pour dimanche, trop hâte",
    ],
    "de": ["Kann nicht schlafen, schaue mir nochmal die Fotos von der {b} Fahrt an"],
    "es": ["Las 3 de la mañana y yo mirando otra vez las fotos del vuelo con {b}"],
    "it": ["Notte insonne, riguardo le foto del volo con {b}"],
    "pt": ["Três da manhã e eu a rever as fotos do voo com a {b}"],
}

NIGHT_Q: T = {
    "en": ["late one sorry - if the flight is at 6 when do we need to be at the field?"],
    "fr": ["désolé de l'heure, pour un vol à 6h il faut être sur place à quelle heure ?"],
    "de": ["Sorry für die Uhrzeit, wann muss man bei einer Fahrt um 6 am Startplatz sein?"],
    "es": ["Perdón por la hora, si el vuelo es a las 6 ¿a qué hora hay que estar?"],
    "it": ["Scusate l'ora, per il volo delle 6 a che ora bisogna arrivare?"],
    "pt": ["Desculpem a hora, para o voo das 6 a que horas temos de estar lá?"],
}

NIGHT_A: T = {
    "en": [
        "No problem! Please be at the launch field 30 minutes before, we send the exact spot the evening before."
    ],
    "fr": [
        "Aucun souci ! Soyez au site 30 minutes avant, nous envoyons le lieu exact la veille au soir."
    ],
    "de": [
        "Kein Problem! Bitte 30 Minuten vorher da sein, den genauen Platz schicken wir am Vorabend."
    ],
    "es": ["¡Sin problema! 30 minutos antes, el punto exacto lo enviamos la tarde anterior."],
    "it": ["Nessun problema! 30 minuti prima, il punto esatto lo mandiamo la sera prima."],
    "pt": ["Sem problema! 30 minutos antes, enviamos o local exato na véspera."],
}

# --- the six consumer problems -------------------------------------------------------

PROBLEMS = ["no_show", "double_charge", "photos", "refund", "wrong_price", "cancel_fee"]

PP: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "the shuttle that never came",
        "fr": "la navette qui n'est jamais venue",
        "de": "der Shuttle, der nie kam",
        "es": "el traslado que nunca llegó",
        "it": "la navetta mai arrivata",
        "pt": "o transfer que nunca apareceu",
    },
    "double_charge": {
        "en": "the double charge for my voucher",
        "fr": "le double prélèvement de mon bon",
        "de": "die doppelte Abbuchung",
        "es": "el cobro doble del bono",
        "it": "il doppio addebito",
        "pt": "a cobrança em dobro",
    },
    "photos": {
        "en": "the photo pack I paid for and never got",
        "fr": "le pack photos payé et jamais reçu",
        "de": "das bezahlte Fotopaket, das nie kam",
        "es": "el pack de fotos pagado y sin recibir",
        "it": "il pacchetto foto pagato e mai arrivato",
        "pt": "o pack de fotos pago e nunca recebido",
    },
    "refund": {
        "en": "the refund for the cancelled flight",
        "fr": "le remboursement du vol annulé",
        "de": "die Erstattung der abgesagten Fahrt",
        "es": "el reembolso del vuelo cancelado",
        "it": "il rimborso del volo annullato",
        "pt": "o reembolso do voo cancelado",
    },
    "wrong_price": {
        "en": "the full price charged to a Sky Club member",
        "fr": "le plein tarif facturé à une membre Sky Club",
        "de": "der volle Preis trotz Sky Club",
        "es": "la tarifa completa siendo socia Sky Club",
        "it": "la tariffa piena nonostante lo Sky Club",
        "pt": "a tarifa cheia sendo sócia Sky Club",
    },
    "cancel_fee": {
        "en": "the rebooking fee for a flight YOU cancelled",
        "fr": "les frais de report pour un vol que VOUS avez annulé",
        "de": "die Umbuchungsgebühr für eine Fahrt, die SIE abgesagt haben",
        "es": "la tasa de cambio por un vuelo que cancelasteis VOSOTROS",
        "it": "la penale per un volo annullato da VOI",
        "pt": "a taxa de remarcação de um voo que VOCÊS cancelaram",
    },
}

AMOUNT = {
    "no_show": 189,
    "double_charge": 189,
    "photos": 29,
    "refund": 349,
    "wrong_price": 40,
    "cancel_fee": 35,
}

COMPLAINT: dict[str, T] = {
    "no_show": {
        "en": [
            "Booked the 6:15 sunrise flight, stood at the meeting point for an hour, NO shuttle, nobody answered the phone. Now the app says FLOWN. {a} for nothing.",
            "Your shuttle never turned up at the meeting point this morning and the app marks our flight as done. We were there at 5:30 with two kids. Disgraceful",
        ],
        "fr": [
            "Rendez-vous à 6h15, personne. Pas de navette, pas de réponse au téléphone, et l'appli marque le vol comme EFFECTUÉ. {a} pour rien.",
            "La navette n'est jamais venue ce matin et votre appli dit qu'on a volé. On était là à 5h30 avec les enfants. Inadmissible",
        ],
        "de": [
            "Um 6:15 am Treffpunkt, KEIN Shuttle, niemand am Telefon. Die App sagt jetzt, wir sind gefahren. {a} für nichts."
        ],
        "es": [
            "A las 6:15 en el punto de encuentro y NADIE. Ni traslado ni teléfono, y la app dice que ya volamos. {a} tirados."
        ],
        "it": [
            "Alle 6:15 al punto d'incontro, nessuna navetta, nessuno al telefono. L'app dice volo EFFETTUATO. {a} buttati."
        ],
        "pt": [
            "Às 6:15 no ponto de encontro e NINGUÉM. Sem transfer, sem telefone, e a app diz que o voo foi feito. {a} deitados fora."
        ],
    },
    "double_charge": {
        "en": [
            "You've charged my card TWICE for the same gift voucher, {a} two times. Rent goes out tomorrow. Sort it please.",
            "Two payments of {a} for one voucher on my statement. Only one voucher in the app.",
        ],
        "fr": [
            "Vous m'avez prélevé DEUX fois {a} pour le même bon cadeau. Mon compte est à découvert maintenant.",
            "Deux débits de {a} pour un seul bon. Un seul bon dans l'appli. Merci de rembourser vite",
        ],
        "de": ["Sie haben ZWEIMAL {a} für denselben Gutschein abgebucht. Bitte sofort zurück."],
        "es": ["Me habéis cobrado DOS veces {a} por el mismo bono. Lo quiero devuelto ya."],
        "it": ["Mi avete addebitato DUE volte {a} per lo stesso buono."],
        "pt": ["Cobraram-me DUAS vezes {a} pelo mesmo vale. Quero o dinheiro de volta."],
    },
    "photos": {
        "en": [
            "Paid {a} for the photo pack on our anniversary flight, three weeks later still nothing. The link in the email is dead.",
            "where are my flight photos?? paid for the pack, waited 20 days, nothing",
        ],
        "fr": [
            "Payé {a} pour le pack photos de notre vol d'anniversaire, trois semaines et toujours rien. Le lien ne marche pas.",
            "Toujours pas de photos du vol alors que le pack est payé. C'était pour l'album de mariage…",
        ],
        "de": [
            "{a} für das Fotopaket bezahlt, nach drei Wochen immer noch nichts. Link funktioniert nicht."
        ],
        "es": [
            "Pagué {a} por el pack de fotos y tres semanas después nada. El enlace no funciona."
        ],
        "it": ["Pagato {a} per le foto del volo, tre settimane e ancora niente."],
        "pt": ["Paguei {a} pelo pack de fotos e três semanas depois nada. O link não funciona."],
    },
    "refund": {
        "en": [
            "Our flight was cancelled for wind on the 2nd, you promised a refund of {a} within 5 days. It's been THREE weeks.",
            "Still waiting on the {a} refund for the flight you cancelled. Three weeks. Three emails.",
        ],
        "fr": [
            "Vol annulé pour cause de vent, remboursement de {a} promis sous 5 jours. Ça fait TROIS semaines.",
            "Toujours pas remboursée des {a} du vol que vous avez annulé. Trois semaines !",
        ],
        "de": [
            "Fahrt wegen Wind abgesagt, {a} Erstattung in 5 Tagen versprochen. Jetzt DREI Wochen."
        ],
        "es": ["Vuelo cancelado por viento, reembolso de {a} en 5 días. Llevo TRES semanas."],
        "it": [
            "Volo annullato per vento, rimborso di {a} promesso in 5 giorni. Sono passate TRE settimane."
        ],
        "pt": [
            "Voo cancelado por vento, reembolso de {a} prometido em 5 dias. Já vão TRÊS semanas."
        ],
    },
    "wrong_price": {
        "en": [
            "I'm a Sky Club member and was charged the full rate again, {a} more than the member price. What am I paying the membership for?",
            "Sky Club member, booked a sunset flight, charged the non-member price. That's {a} extra.",
        ],
        "fr": [
            "Membre Sky Club et facturée plein tarif, {a} de plus que le prix membre. À quoi sert l'abonnement ?",
            "Je suis membre Sky Club et j'ai payé le tarif normal. {a} de trop.",
        ],
        "de": ["Sky-Club-Mitglied und trotzdem den vollen Preis bezahlt, {a} zu viel."],
        "es": ["Soy socia Sky Club y me habéis cobrado la tarifa normal, {a} de más."],
        "it": ["Sono socia Sky Club e ho pagato la tariffa piena, {a} in più."],
        "pt": ["Sou sócia Sky Club e cobraram a tarifa normal, {a} a mais."],
    },
    "cancel_fee": {
        "en": [
            "YOU cancelled our flight for weather and now I'm charged a {a} rebooking fee to move it?? Seriously?",
            "Charged {a} to rebook a flight your pilot cancelled. Take it off please.",
        ],
        "fr": [
            "C'est VOUS qui avez annulé pour la météo et je paie {a} de frais de report ?? Sérieusement ?",
            "{a} de frais pour reporter un vol annulé par votre pilote. Merci de les retirer.",
        ],
        "de": ["SIE haben wegen Wetter abgesagt und ich zahle {a} Umbuchungsgebühr?"],
        "es": ["Cancelasteis VOSOTROS por el tiempo y me cobráis {a} por cambiar la fecha?"],
        "it": ["Avete annullato VOI per il meteo e mi addebitate {a} per spostare il volo?"],
        "pt": ["Foram VOCÊS que cancelaram por causa do tempo e cobram {a} para remarcar?"],
    },
}

PHONE_COMPLAINT: T = {
    "en": [
        "hi I'm calling about {pp} it's {a} and nobody's answered my emails I want this sorted today please"
    ],
    "fr": [
        "oui bonjour j'appelle pour {pp} c'est {a} et personne ne me répond je veux une solution aujourd'hui"
    ],
    "de": ["ja guten Tag ich rufe an wegen {pp} das sind {a} und keiner antwortet mir"],
    "es": ["hola llamo por {pp} son {a} y nadie me contesta quiero que lo solucionéis hoy"],
    "it": ["pronto chiamo per {pp} sono {a} e nessuno mi risponde"],
    "pt": ["olá estou a ligar por causa de {pp} são {a} e ninguém me responde"],
}

LONG_EMAIL: T = {
    "en": [
        "Dear {b} team,\n\nI am writing this on the train home from my father's care home, where I go every Sunday. Last month I bought him the flight he's dreamt about since he was a boy, and I arranged everything around his medication and his carer's rota. I wanted to tell you how it went, but instead I have to complain about {pp}, which is {a}, and I am honestly too tired to chase this again.\n\nPlease sort it out and let me know by e-mail.\n\nKind regards",
        "Hello,\n\nSorry for the long message, I'm writing it from a hospital car park while my wife has her check-up. We have been loyal customers for years and told all our friends about you. But {pp} ({a}) is simply not acceptable, and I have spent two evenings trying to reach someone.\n\nI expect an answer this week.\n\nBest wishes",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, avec un bébé sur les genoux. Nous avions offert ce vol à mes beaux-parents pour leurs 40 ans de mariage, tout était organisé, la famille était venue. Et aujourd'hui je dois vous écrire pour {pp}, soit {a}. Je n'ai vraiment pas le temps de relancer dix fois.\n\nMerci de régler cela rapidement.\n\nCordialement",
        "Madame, Monsieur,\n\nJe profite de ma pause déjeuner au bureau pour vous écrire. Cliente depuis trois ans, j'ai toujours recommandé {b} autour de moi. Mais {pp} ({a}), ce n'est pas sérieux, et personne ne répond au téléphone.\n\nJ'attends une réponse cette semaine.\n\nBien à vous",
    ],
}

SUBJ_COMPLAINT = {
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
SUBJ_CASE = {
    "en": "Re: Your case {c}",
    "fr": "RE : Dossier {c}",
    "de": "AW: Vorgang {c}",
    "es": "RE: Incidencia {c}",
    "it": "R: Pratica {c}",
    "pt": "RE: Processo {c}",
}

CASE_OPENED: T = {
    "en": [
        "Thank you for getting in touch. We've opened case {c} about {pp} and will come back to you within two working days."
    ],
    "fr": [
        "Merci de nous avoir contactés. Nous avons ouvert le dossier {c} concernant {pp} et revenons vers vous sous deux jours ouvrés."
    ],
    "de": [
        "Danke für Ihre Nachricht. Wir haben den Vorgang {c} zu {pp} eröffnet und melden uns innerhalb von zwei Werktagen."
    ],
    "es": [
        "Gracias por escribirnos. Hemos abierto la incidencia {c} sobre {pp} y le respondemos en dos días laborables."
    ],
    "it": [
        "Grazie per averci scritto. Abbiamo aperto la pratica {c} su {pp} e la ricontattiamo entro due giorni lavorativi."
    ],
    "pt": [
        "Obrigado pelo contacto. Abrimos o processo {c} sobre {pp} e respondemos em dois dias úteis."
    ],
}

CHAT_CASE: T = {
    "en": [
        "I'm so sorry about this. I've opened case {c} and passed it to the team that handles it today."
    ],
    "fr": [
        "Je suis vraiment désolée. J'ai ouvert le dossier {c} et l'ai transmis à l'équipe concernée."
    ],
    "de": ["Das tut mir sehr leid. Ich habe den Vorgang {c} angelegt und weitergegeben."],
    "es": ["Lo siento mucho. He abierto la incidencia {c} y la he pasado al equipo."],
    "it": ["Mi dispiace molto. Ho aperto la pratica {c} e l'ho passata al team."],
    "pt": ["Lamento muito. Abri o processo {c} e passei à equipa."],
}

URGENT: T = {
    "en": ["Added to case {c} and marked urgent, sorry you had to write again."],
    "fr": ["Ajouté au dossier {c} et marqué urgent, désolée d'avoir dû relancer."],
    "de": ["Zum Vorgang {c} hinzugefügt und als dringend markiert."],
    "es": ["Añadido a la incidencia {c} y marcado como urgente."],
    "it": ["Aggiunto alla pratica {c} e segnato come urgente."],
    "pt": ["Adicionado ao processo {c} e marcado como urgente."],
}

QUALITY_LEAD: T = {
    "en": [
        "Your case {c} is now with our quality lead, who will call you before Friday lunchtime. We're sorry for the trouble."
    ],
    "fr": [
        "Votre dossier {c} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "es": [
        "Su incidencia {c} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía."
    ],
    "it": [
        "La sua pratica {c} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "O seu processo {c} está agora com a nossa responsável de qualidade, que lhe ligará até sexta ao almoço."
    ],
}

GOOD_NEWS: T = {
    "en": [
        "Good news on case {c}: we've put it right on our side. Could you confirm everything looks fine for you now?"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {c} : c'est corrigé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {c}: Wir haben es korrigiert. Können Sie bestätigen, dass alles passt?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {c}: ya está corregido. ¿Nos confirma que todo está bien?"
    ],
    "it": ["Buone notizie sulla pratica {c}: è stato sistemato. Ci conferma che è tutto a posto?"],
    "pt": [
        "Boas notícias sobre o processo {c}: já está corrigido. Pode confirmar que está tudo bem?"
    ],
}

CONFIRM: T = {
    "en": [
        "Confirmed, case {c} is sorted, money's back. Thanks for fixing it.",
        "yes all good now on {c}, thank you",
    ],
    "fr": [
        "C'est bon pour le dossier {c}, tout est réglé. Merci !",
        "Confirmé pour {c}, merci pour votre aide",
    ],
    "de": ["Bestätigt, Vorgang {c} ist erledigt. Danke!"],
    "es": ["Confirmado, la incidencia {c} está resuelta. ¡Gracias!"],
    "it": ["Confermo, la pratica {c} è risolta. Grazie!"],
    "pt": ["Confirmo, o processo {c} está resolvido. Obrigada!"],
}

APOLOGY: T = {
    "en": [
        "Sorry for the shouty message yesterday, long day. Thanks for sorting it so fast.",
        "Apologies for my tone yesterday, you've been great about it",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
        "Pardon pour le ton d'hier, merci pour votre réactivité",
    ],
    "de": ["Entschuldigung für meinen Ton gestern. Danke fürs schnelle Lösen."],
    "es": ["Perdón por el tono de ayer, estaba fatal. Gracias por resolverlo."],
    "it": ["Scusate per il tono di ieri. Grazie per la rapidità."],
    "pt": ["Desculpem o tom de ontem. Obrigada por resolverem tão rápido."],
}

REPEAT_2: T = {
    "en": [
        "Case {c}: {pp} is STILL not sorted. I wrote on {d}. Nothing since.",
        "writing again about {c}, still nothing on {pp}",
    ],
    "fr": [
        "Dossier {c} : {pp}, TOUJOURS rien. J'ai écrit {d}. Aucune nouvelle.",
        "je relance pour {c}, toujours rien concernant {pp}",
    ],
    "de": ["Vorgang {c}: {pp}, IMMER NOCH nicht geklärt. Ich habe am {d} geschrieben."],
    "es": ["Incidencia {c}: {pp}, SIGUE sin resolver. Escribí el {d}."],
    "it": ["Pratica {c}: {pp}, ANCORA niente. Ho scritto {d}."],
    "pt": ["Processo {c}: {pp}, AINDA nada. Escrevi na {d}."],
}

REPEAT_3: T = {
    "en": [
        "Third time about {c}. {pp}, still open. A friend flies with {k} and they sort this kind of thing the same day.",
        "Third message on {c}. I've looked at what {k} charges, just saying. {pp} still not fixed.",
    ],
    "fr": [
        "Troisième fois pour {c}. {pp}, toujours pas réglé. Une amie vole avec {k} et chez eux c'est réglé dans la journée.",
        "3e message pour {c}. J'ai regardé les prix de {k}, je dis ça… {pp}, toujours rien.",
    ],
    "de": [
        "Drittes Mal wegen {c}. {pp}, immer noch offen. Ein Kollege fährt mit {k}, da geht sowas am selben Tag."
    ],
    "es": [
        "Tercera vez por {c}. {pp}, sin resolver. Una amiga vuela con {k} y allí lo arreglan en el día."
    ],
    "it": [
        "Terza volta per {c}. {pp}, ancora aperta. Un amico vola con {k} e lì risolvono in giornata."
    ],
    "pt": [
        "Terceira vez sobre {c}. {pp}, continua por resolver. Uma amiga voa com a {k} e lá resolvem no mesmo dia."
    ],
}

REPEAT_4: T = {
    "en": ["FOURTH time. Case {c}. {pp}. Is anyone actually reading these?"],
    "fr": ["QUATRIÈME fois. Dossier {c}. {pp}. Quelqu'un lit ces messages ?"],
    "de": ["VIERTES Mal. Vorgang {c}. {pp}. Liest das überhaupt jemand?"],
    "es": ["CUARTA vez. Incidencia {c}. {pp}. ¿Alguien lee esto?"],
    "it": ["QUARTA volta. Pratica {c}. {pp}. Qualcuno legge?"],
    "pt": ["QUARTA vez. Processo {c}. {pp}. Alguém lê isto?"],
}

REPEAT_PHONE: T = {
    "en": ["hi it's about case {c} again {pp} it's still not done I've written twice already"],
    "fr": [
        "oui bonjour c'est encore pour le dossier {c} {pp} c'est toujours pas réglé j'ai déjà écrit"
    ],
    "de": ["ja hallo nochmal wegen Vorgang {c} {pp} ist immer noch nicht erledigt"],
    "es": ["hola otra vez por la incidencia {c} {pp} sigue sin resolver"],
    "it": ["pronto di nuovo per la pratica {c} {pp} ancora niente"],
    "pt": ["olá outra vez por causa do processo {c} {pp} ainda nada"],
}

WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

# --- slow churners ---------------------------------------------------------------------

SLIDE: dict[str, list[str]] = {
    "en": [
        "Flight moved twice this month, each time a text the night before. Bit annoying with a babysitter booked.",
        "Waited 50 minutes in the field this morning before anyone said it was off. Again.",
        "Landed miles away and the retrieve van took two hours. Kids frozen.",
        "Sky Club now charges £15 for the photo pack that used to be included. Not impressed.",
        "Honestly fed up. £35 rebooking fee on a flight your pilot cancelled, and nobody calls back.",
        "My neighbour flies with {k}, booked our anniversary flight with them for Sunday. Done waiting for {b}.",
    ],
    "fr": [
        "Vol déplacé deux fois ce mois-ci, à chaque fois un SMS la veille. Pénible avec la baby-sitter réservée.",
        "50 minutes d'attente dans le champ ce matin avant qu'on nous dise que c'est annulé. Encore.",
        "Atterrissage à 20 km et deux heures pour la navette retour. Enfants gelés.",
        "Le Sky Club fait maintenant payer 15 € le pack photos qui était inclus. Bof.",
        "Franchement à bout. 35 € de frais pour reporter un vol annulé par votre pilote, et personne ne rappelle.",
        "Mon voisin vole avec {k}, j'ai réservé notre vol d'anniversaire chez eux dimanche. Fini d'attendre {b}.",
    ],
    "de": [
        "Fahrt diesen Monat zweimal verschoben, immer per SMS am Vorabend.",
        "50 Minuten auf dem Feld gewartet, bis jemand sagt, es fällt aus. Schon wieder.",
        "Kilometerweit weg gelandet, Rückholwagen brauchte zwei Stunden.",
        "Sky Club verlangt jetzt 15 € für die Fotos, die früher dabei waren.",
        "Echt genervt. 35 € Umbuchungsgebühr für eine Fahrt, die Ihr Pilot abgesagt hat.",
        "Mein Nachbar fährt mit {k}, ich habe unsere Jubiläumsfahrt dort für Sonntag gebucht.",
    ],
    "es": [
        "Vuelo cambiado dos veces este mes, siempre con un SMS la noche antes.",
        "50 minutos esperando en el campo hasta que nos dicen que se cancela. Otra vez.",
        "Aterrizamos lejísimos y la furgoneta tardó dos horas.",
        "El Sky Club ahora cobra 15 € por las fotos que antes venían incluidas.",
        "Harta. 35 € por cambiar un vuelo que canceló vuestro piloto.",
        "Mi vecino vuela con {k}, he reservado allí el vuelo del aniversario para el domingo.",
    ],
    "it": [
        "Volo spostato due volte questo mese, sempre con un SMS la sera prima.",
        "50 minuti nel campo prima che ci dicessero che era annullato. Di nuovo.",
        "Atterrati lontanissimo, il furgone ci ha messo due ore.",
        "Lo Sky Club ora fa pagare 15 € le foto che prima erano incluse.",
        "Stufa. 35 € per spostare un volo annullato dal vostro pilota.",
        "Il mio vicino vola con {k}, ho prenotato lì il volo dell'anniversario per domenica.",
    ],
    "pt": [
        "Voo mudado duas vezes este mês, sempre com um SMS na véspera.",
        "50 minutos no campo até nos dizerem que estava cancelado. Outra vez.",
        "Aterrámos longíssimo e a carrinha demorou duas horas.",
        "O Sky Club agora cobra 15 € pelas fotos que antes estavam incluídas.",
        "Farta. 35 € para remarcar um voo que o vosso piloto cancelou.",
        "O meu vizinho voa com a {k}, reservei lá o voo de aniversário para domingo.",
    ],
}

CANCEL_REQ: T = {
    "en": [
        "Hi, we've moved abroad for my husband's job, so please cancel my Sky Club membership and close my account. Thanks for the lovely flights.",
        "Please cancel Sky Club and close the account. After my knee operation I won't be climbing into a basket again. Lovely memories though.",
    ],
    "fr": [
        "Bonjour, nous partons vivre à l'étranger, merci de résilier mon abonnement Sky Club et de fermer mon compte. Merci pour ces beaux vols.",
        "Merci de résilier le Sky Club et de fermer mon compte, mon médecin m'interdit de voler désormais.",
    ],
    "de": [
        "Bitte kündigen Sie meinen Sky Club und schließen Sie mein Konto, wir ziehen ins Ausland."
    ],
    "es": ["Por favor, dad de baja mi Sky Club y cerrad mi cuenta, nos mudamos fuera."],
    "it": ["Per favore disdite il mio Sky Club e chiudete l'account, ci trasferiamo all'estero."],
    "pt": ["Por favor cancelem o meu Sky Club e fechem a conta, vamos viver para fora."],
}

SORRY_GO: T = {
    "en": [
        "Sorry to see you go! You can cancel Sky Club yourself in the app or on the website under My account."
    ],
    "fr": [
        "Nous sommes tristes de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Mon compte."
    ],
    "de": [
        "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website unter Mein Konto kündigen."
    ],
    "es": ["¡Sentimos que te vayas! Puedes darte de baja en la app o en la web, en Mi cuenta."],
    "it": ["Ci dispiace! Può disdire da sé nell'app o sul sito, in Il mio account."],
    "pt": ["Temos pena! Pode cancelar na app ou no site, em A minha conta."],
}

GRUMPY: T = {
    "en": [
        "The app logs me out EVERY time I open it.",
        "Why does the 'flight tomorrow?' text come at 11pm?",
        "Meeting point car park is a mud bath again",
        "No hot drinks at landing this time. 3 stars.",
        "the weather page still says 'calm' while it's blowing a gale",
    ],
    "fr": [
        "L'appli me déconnecte à CHAQUE fois.",
        "Pourquoi le SMS de confirmation arrive à 23h ?",
        "Parking du point de rendez-vous encore plein de boue",
        "Pas de boisson chaude à l'atterrissage cette fois. 3 étoiles.",
        "la page météo dit 'calme' alors qu'il y a un vent à décorner les bœufs",
    ],
    "de": [
        "Die App meldet mich JEDES Mal ab.",
        "Warum kommt die Bestätigungs-SMS um 23 Uhr?",
        "Parkplatz am Treffpunkt wieder eine Schlammwüste",
    ],
    "es": [
        "La app me cierra sesión CADA vez.",
        "¿Por qué el SMS llega a las 23h?",
        "El parking del punto de encuentro otra vez lleno de barro",
    ],
    "it": [
        "L'app mi disconnette OGNI volta.",
        "Perché l'SMS arriva alle 23?",
        "Parcheggio del ritrovo di nuovo pieno di fango",
    ],
    "pt": [
        "A app faz logout SEMPRE.",
        "Porque é que o SMS chega às 23h?",
        "Parque do ponto de encontro outra vez cheio de lama",
    ],
}

SARCASM: T = {
    "en": [
        "Love how the 'sunrise' flight took off at 9:40. Sunrise in Finland maybe 👏",
        "Great, the champagne at landing was warm AND flat. Living the dream 🙃",
    ],
    "fr": [
        "J'adore le vol 'lever du soleil' qui décolle à 9h40. Bravo 👏",
        "Le champagne à l'atterrissage tiède ET sans bulles, le rêve 🙃",
    ],
    "de": ["Schön, die 'Sonnenaufgangsfahrt' um 9:40. Bravo 👏"],
    "es": ["Me encanta el vuelo 'al amanecer' que sale a las 9:40. Bravo 👏"],
    "it": ["Adoro il volo 'all'alba' che parte alle 9:40. Bravo 👏"],
    "pt": ["Adoro o voo 'ao nascer do sol' que parte às 9:40. Parabéns 👏"],
}

GRUMBLE_ONCE: T = {
    "en": [
        "The weather page takes ages to load this morning, bit annoying",
        "launch site map shows the wrong region for me, small thing",
    ],
    "fr": [
        "La page météo met une éternité à charger ce matin, un peu pénible",
        "la carte des sites me montre la mauvaise région, petit détail",
    ],
    "de": ["Die Wetterseite lädt heute ewig"],
    "es": ["La página del tiempo tarda muchísimo en cargar hoy"],
    "it": ["La pagina meteo oggi è lentissima"],
    "pt": ["A página do tempo está lentíssima hoje"],
}

GRUMBLE_ANSWER: T = {
    "en": ["Thanks for flagging it, we've passed it to the app team."],
    "fr": ["Merci du signalement, c'est transmis à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "it": ["Grazie della segnalazione, passata al team dell'app."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
}

# --- the spike ---------------------------------------------------------------------

SPIKE_CODE = "CKI/PAX-318"

SPIKE: T = {
    "en": [
        "Checked in for tomorrow's flight and the app has REMOVED my husband and both kids from the booking. Only my name left. Error {x}. What??",
        "online check-in just dropped 3 of our 4 passengers, says {x}. Flight is tomorrow morning",
        "Anyone else? Did check-in in the {b} app and now only the lead passenger is on the booking, the others gone. Error {x}",
    ],
    "fr": [
        "Je viens de faire l'enregistrement en ligne et l'appli a SUPPRIMÉ mon mari et ma fille de la réservation. Il ne reste que moi. Erreur {x}",
        "check-in fait pour demain et plus que mon nom sur la résa, les 3 autres ont disparu, code {x}",
        "Quelqu'un d'autre ? Après l'enregistrement dans l'appli {b}, seul le passager principal reste, les autres places sont libérées. Erreur {x}",
    ],
    "de": [
        "Online eingecheckt und die App hat meine Frau von der Buchung GELÖSCHT. Nur noch ich drauf. Fehler {x}",
        "Nach dem Check-in ist nur noch der Hauptpassagier gebucht, Fehler {x}",
    ],
    "es": [
        "He hecho el check-in y la app ha BORRADO a mi pareja de la reserva. Solo quedo yo. Error {x}"
    ],
    "it": [
        "Fatto il check-in e l'app ha TOLTO mio marito dalla prenotazione. Resto solo io. Errore {x}"
    ],
    "pt": ["Fiz o check-in e a app APAGOU o meu marido da reserva. Só fiquei eu. Erro {x}"],
}

SPIKE_REPEAT: T = {
    "en": [
        "Still {x}. Tried again from my husband's phone, same thing, now HE is the only one on it",
        "still happening, {x} again, our seats are showing as free for others to book!!",
    ],
    "fr": [
        "Toujours {x}. Réessayé depuis le téléphone de mon mari, pareil",
        "ça continue, encore {x}, nos places apparaissent libres à la réservation !!",
    ],
    "de": ["Immer noch {x}, auch vom Handy meiner Frau"],
    "es": ["Sigue saliendo {x}, también desde el móvil de mi pareja"],
    "it": ["Ancora {x}, anche dal telefono di mio marito"],
    "pt": ["Continua {x}, também no telemóvel do meu marido"],
}

SPIKE_CHAT_A: T = {
    "en": [
        "Yes, online check-in is dropping companions from bookings right now. Please don't check in again, your seats are held, our engineers are on it."
    ],
    "fr": [
        "Oui, l'enregistrement en ligne retire les accompagnants en ce moment. Ne refaites pas le check-in, vos places sont bloquées, nos équipes s'en occupent."
    ],
    "de": [
        "Ja, der Online-Check-in entfernt gerade Mitreisende. Bitte nicht erneut einchecken, Ihre Plätze sind gesichert."
    ],
    "es": [
        "Sí, el check-in online está quitando acompañantes ahora mismo. No lo repitas, tus plazas están guardadas."
    ],
    "it": [
        "Sì, il check-in online sta togliendo gli accompagnatori. Non ripeterlo, i posti sono bloccati."
    ],
    "pt": [
        "Sim, o check-in online está a retirar acompanhantes. Não repita, os lugares estão guardados."
    ],
}

SPIKE_FIXED: T = {
    "en": [
        "Online check-in works again since {t}. Every passenger removed this morning is back on your booking, and we've added a free photo pack to say sorry."
    ],
    "fr": [
        "L'enregistrement en ligne fonctionne à nouveau depuis {t}. Tous les passagers retirés ce matin sont de retour sur votre réservation, et nous vous offrons le pack photos."
    ],
    "de": [
        "Der Online-Check-in funktioniert seit {t} wieder. Alle Mitreisenden sind wieder auf Ihrer Buchung, das Fotopaket schenken wir Ihnen."
    ],
    "es": [
        "El check-in online funciona de nuevo desde las {t}. Todos los pasajeros vuelven a estar en su reserva y le regalamos el pack de fotos."
    ],
    "it": [
        "Il check-in online funziona di nuovo dalle {t}. Tutti i passeggeri sono tornati sulla prenotazione e le regaliamo le foto."
    ],
    "pt": [
        "O check-in online voltou a funcionar desde as {t}. Todos os passageiros estão de volta na reserva e oferecemos o pack de fotos."
    ],
}

LONE_Q: T = {
    "en": [
        "Did check-in last night and at first it only showed my name, then after refreshing all four were there. Is that normal? Flying Sunday"
    ],
    "fr": [
        "Hier soir au check-in il n'y avait que mon nom, puis après actualisation les trois autres sont revenus. C'est normal ? On vole dimanche"
    ],
}

LONE_A: T = {
    "en": [
        "That's normal, the passenger list loads in two steps. All four of you are checked in, see you Sunday!"
    ],
    "fr": [
        "C'est normal, la liste se charge en deux temps. Vous êtes bien enregistrés tous les quatre, à dimanche !"
    ],
}
