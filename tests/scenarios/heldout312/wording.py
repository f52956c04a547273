# ruff: noqa: E501
"""Wording for heldout312 (Flipperra: pinball and arcade machine hire), written blind."""

from __future__ import annotations

BRAND = "Flipperra"
CLUB = "Flipperra Club"
ARM = "Flipperra Venue"
COMPETITORS = ("Tiltomat", "Bumpera")
LANGS = ("it", "de", "en", "es", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "it": ("IT", "IT", "IT", "CH"),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "es": ("ES",),
    "fr": ("FR", "FR", "BE", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "it": (
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elena",
        "Matteo",
        "Sara",
        "Andrea",
    ),
    "de": (
        "Jonas",
        "Katrin",
        "Felix",
        "Sabine",
        "Tobias",
        "Miriam",
        "Lukas",
        "Anja",
        "Stefan",
        "Jana",
    ),
    "en": ("Oliver", "Hannah", "Callum", "Megan", "Rory", "Siobhan"),
    "es": ("Pablo", "Nuria", "Álvaro", "Marta", "Iker", "Lucía"),
    "fr": ("Camille", "Julien", "Manon", "Thibault", "Élodie", "Bastien"),
    "pt": ("Tiago", "Inês", "Rui", "Beatriz", "Nuno", "Joana"),
}
LAST = {
    "it": (
        "Ferri",
        "Galli",
        "Rinaldi",
        "Moretti",
        "Bassi",
        "Conte",
        "Lombardi",
        "Serra",
        "Vitale",
        "Fontana",
    ),
    "de": (
        "Krüger",
        "Hoffmann",
        "Vogt",
        "Brandl",
        "Seidel",
        "Winkler",
        "Lorenz",
        "Haas",
        "Kühn",
        "Roth",
    ),
    "en": ("Walsh", "Pritchard", "Doyle", "Harding", "Quinn", "Fairley"),
    "es": ("Ortega", "Salas", "Iglesias", "Bravo", "Campos", "Vidal"),
    "fr": ("Lemaire", "Garnier", "Roux", "Chevalier", "Perrin", "Marchand"),
    "pt": ("Carvalho", "Pinto", "Moura", "Teixeira", "Lopes", "Antunes"),
}
PRODUCTS = (
    ("Pinball 'Deep Sea', 1 month", 89),
    ("Retro cabinet 60-in-1, 1 month", 59),
    ("Air hockey table, weekend", 45),
    ("Pinball 'Space Rally', 3 months", 239),
    ("Dance machine, weekend party", 79),
    ("Claw crane, 1 month", 69),
)
PAGES = ("/machines", "/machines/pinball", "/club", "/delivery-slots", "/my-hires", "/swap")

PRAISE = {
    "it": (
        "Il flipper di {b} è arrivato ieri sera, i ragazzi non si staccano più. Montaggio in 10 minuti, bravissimi",
        "Terza volta che prendiamo un cabinato da {b}, sempre puntuali e gentili",
        "Serata tra amici col tavolo da air hockey di {b}, abbiamo riso fino all'una",
        "Il tecnico di {b} mi ha pure spiegato come regolare l'inclinazione del flipper, top",
    ),
    "de": (
        "Der Flipper von {b} steht seit Samstag im Keller und mein Mann spielt jeden Abend. Aufbau ging ratzfatz",
        "Schon wieder ein super Tausch bei {b}, diesmal der Retro-Automat. Die Jungs waren pünktlich auf die Minute",
        "Kindergeburtstag mit dem Greifautomaten von {b} - alle Kinder glücklich, ich auch",
        "Ehrlich, der Service von {b} ist klasse. Frage per Chat gestellt, nach 3 Minuten Antwort",
    ),
    "en": (
        "The {b} pinball has taken over our garage and I regret nothing",
        "Second swap with {b} and the lads carried it down the stairs without a scratch. Cheers",
    ),
    "es": (
        "La recreativa de {b} es lo mejor que hemos metido en casa este invierno, los críos encantados",
        "Tercera vez que cambiamos de máquina con {b} y siempre puntuales",
    ),
    "fr": (
        "Le flipper de {b} fait l'unanimité à la maison, même ma grand-mère y joue",
        "Échange de machine chez {b} nickel, les livreurs super sympas",
    ),
    "pt": (
        "O flipper da {b} chegou e os miúdos não querem outra coisa, montagem rapidíssima",
        "Segunda troca com a {b}, tudo impecável e a horas",
    ),
}
PRAISE_GRIPE = {
    "it": (
        "Tutto ottimo con {b}, solo il cavo di alimentazione è un po' corto. Per il resto rifarei subito",
    ),
    "de": ("Sehr schöner Automat von {b}, nur die Anleitung gibt es nur als PDF. Sonst alles top",),
    "en": ("Love the cabinet from {b}, only wish the volume went lower for late games",),
    "es": ("Todo genial con {b}, solo que el manual viene en inglés",),
    "fr": ("Très contente de {b}, juste le créneau de livraison un peu large",),
    "pt": ("Adoramos a {b}, só o cabo é curto demais",),
}
QUESTION = {
    "it": (
        "Ciao, posso cambiare il flipper con un cabinato a metà mese o devo aspettare la fine?",
        "Salve, il flipper passa da una porta di 75 cm?",
        "Buongiorno, con il Club lo scambio mensile è incluso anche per il tavolo air hockey?",
    ),
    "de": (
        "Hallo, passt der Flipper durch eine Kellertür mit 78 cm?",
        "Kann ich den Tausch auf nächsten Samstag verschieben?",
        "Gilt der Club-Rabatt auch für den Tanzautomaten am Wochenende?",
    ),
    "en": (
        "Hi, can you deliver to a second floor flat without a lift?",
        "Does the Club swap include the dance machine?",
    ),
    "es": (
        "Hola, ¿el flipper cabe por una puerta de 80 cm?",
        "¿Puedo cambiar la máquina antes de que acabe el mes?",
    ),
    "fr": (
        "Bonjour, est-ce que le flipper passe dans un escalier étroit ?",
        "Peut-on décaler l'échange à samedi ?",
    ),
    "pt": ("Olá, o flipper passa numa porta de 80 cm?", "Posso trocar de máquina a meio do mês?"),
}
ANSWER = {
    "it": "Ciao! Sì, nessun problema: ti ho messo la richiesta nel tuo profilo, riceverai la conferma dell'orario per e-mail. Buon divertimento!",
    "de": "Hallo! Ja, das geht: Ich habe es in Ihrem Konto eingetragen, die Bestätigung kommt per E-Mail. Viel Spaß!",
    "en": "Hi! Yes, that's fine: I've noted it on your account and you'll get the slot confirmed by e-mail. Enjoy!",
    "es": "¡Hola! Sí, sin problema: lo he anotado en tu cuenta y te llegará la confirmación por e-mail. ¡A disfrutar!",
    "fr": "Bonjour ! Oui, c'est possible : je l'ai noté sur votre compte, la confirmation arrive par e-mail. Bon jeu !",
    "pt": "Olá! Sim, sem problema: ficou registado na sua conta e recebe a confirmação por e-mail. Divirta-se!",
}
THANKS = {
    "it": ("Grazie mille!", "Perfetto, grazie", "grz, gentilissimi"),
    "de": ("Danke!", "Super, danke schön", "Top, danke euch"),
    "en": ("Brilliant, thanks",),
    "es": ("¡Gracias!",),
    "fr": ("Merci beaucoup !",),
    "pt": ("Obrigada!",),
}
CALL_Q = {
    "it": (
        "buongiorno volevo sapere se il tecnico può venire sabato mattina per lo scambio del cabinato",
    ),
    "de": (
        "ja hallo ich wollte fragen ob der Techniker am Samstag Vormittag zum Tausch kommen kann",
    ),
    "en": ("hi there just wondering if the swap can be on saturday morning",),
    "es": ("hola quería saber si el cambio puede ser el sábado por la mañana",),
    "fr": ("bonjour je voulais savoir si l'échange peut se faire samedi matin",),
    "pt": ("bom dia queria saber se a troca pode ser no sábado de manhã",),
}
CALL_FOLLOW = {
    "it": "Come d'accordo al telefono: lo scambio è fissato per sabato tra le 9 e le 11. A presto!",
    "de": "Wie telefonisch besprochen: Der Tausch ist für Samstag zwischen 9 und 11 Uhr eingeplant.",
    "en": "As agreed on the phone: your swap is booked for Saturday between 9 and 11.",
    "es": "Como hablamos por teléfono: el cambio queda para el sábado entre las 9 y las 11.",
    "fr": "Comme convenu au téléphone : l'échange est prévu samedi entre 9 h et 11 h.",
    "pt": "Como combinado ao telefone: a troca fica marcada para sábado entre as 9 e as 11.",
}
REVIEW = {
    "it": (
        "Flipper perfetto, consegna puntuale. Cinque stelle",
        "Scambio facilissimo dall'app, consigliato",
    ),
    "de": ("Gerät top gepflegt, Lieferung pünktlich", "Unkompliziert und fair, gerne wieder"),
    "en": ("Spotless machine, friendly crew",),
    "es": ("Máquina impecable y entrega puntual",),
    "fr": ("Machine impeccable, équipe très pro",),
    "pt": ("Máquina impecável, entrega pontual",),
}
SURVEY_WORD = {
    "it": ("Ottimo", "", "👍", "Sempre gentili"),
    "de": ("Super", "", "👍", "Alles bestens"),
    "en": ("Great", ""),
    "es": ("Genial", ""),
    "fr": ("Parfait", ""),
    "pt": ("Ótimo", ""),
}
NIGHT_POST = {
    "it": (
        "Le 2 di notte e sono ancora al flipper di {b}, domani sarò uno zombie",
        "Turno di notte finito, partita al cabinato {b} prima di dormire",
    ),
    "de": (
        "3 Uhr nachts, Highscore am {b}-Flipper geknackt, jetzt kann ich schlafen",
        "Nachtschicht vorbei und noch eine Runde am Automaten von {b}",
    ),
    "en": ("1am and the {b} pinball is still winning",),
    "es": ("Las 2 de la mañana y sigo con la recreativa de {b}",),
    "fr": ("2h du mat et toujours sur le flipper {b}",),
    "pt": ("2 da manhã e ainda no flipper da {b}",),
}
NIGHT_Q = {
    "it": ("Scusate l'ora, il flipper si può lasciare acceso tutta la notte?",),
    "de": ("Sorry für die Uhrzeit, darf der Automat über Nacht an bleiben?",),
    "en": ("Sorry it's late, is it ok to leave the cabinet on overnight?",),
    "es": ("Perdón por la hora, ¿puedo dejar la máquina encendida toda la noche?",),
    "fr": ("Désolé pour l'heure, on peut laisser le flipper allumé la nuit ?",),
    "pt": ("Desculpem a hora, posso deixar a máquina ligada a noite toda?",),
}
NIGHT_A = {
    "it": "Ciao! Sì, ma consigliamo la modalità risparmio dal menu. Buona notte!",
    "de": "Hallo! Ja, am besten im Sparmodus aus dem Menü. Gute Nacht!",
    "en": "Hi! Yes, ideally in the eco mode from the menu. Good night!",
    "es": "¡Hola! Sí, mejor en modo ahorro desde el menú. ¡Buenas noches!",
    "fr": "Bonjour ! Oui, idéalement en mode éco depuis le menu. Bonne nuit !",
    "pt": "Olá! Sim, de preferência no modo poupança do menu. Boa noite!",
}

# ---- problems ---------------------------------------------------------------
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "no_show": (
            "lo scambio era fissato sabato 9-11, ho aspettato tutta la mattina e nessuno è venuto, nessuna chiamata",
            "il flipper risulta CONSEGNATO nell'app ma qui non è mai arrivato",
        ),
        "double_charge": (
            "mi avete addebitato la cauzione di 150 € DUE volte",
            "sulla carta vedo due addebiti uguali per lo stesso noleggio",
        ),
        "damage": (
            "il flipper è arrivato con il vetro incrinato e la paletta sinistra che non funziona",
            "il cabinato si spegne da solo dopo cinque minuti, appena arrivato",
        ),
        "refund": (
            "la cauzione dopo il ritiro non mi è ancora stata restituita, sono passate TRE settimane",
            "aspetto ancora il rimborso dei 150 € di cauzione",
        ),
        "wrong_price": (
            "sono socia del Club e mi avete fatto pagare la tariffa piena",
            "il prezzo Club non è stato applicato, 30 € in più",
        ),
        "cancel_fee": (
            "ho disdetto quattro giorni prima e mi avete addebitato la penale",
            "penale di annullamento anche se ho disdetto con una settimana di anticipo",
        ),
    },
    "de": {
        "no_show": (
            "der Tausch war für Samstag 9-11 gebucht, ich habe den ganzen Vormittag gewartet und es kam NIEMAND",
            "in der App steht GELIEFERT, aber hier ist kein Flipper",
        ),
        "double_charge": (
            "die Kaution von 150 € wurde ZWEIMAL abgebucht",
            "auf meiner Karte sind zwei gleiche Abbuchungen für eine Miete",
        ),
        "damage": (
            "der Flipper kam mit gesprungener Glasscheibe und der linke Flipperfinger geht nicht",
            "der Automat geht nach fünf Minuten einfach aus",
        ),
        "refund": (
            "die Kaution ist seit DREI Wochen nach der Abholung nicht zurück",
            "ich warte immer noch auf die 150 € Kaution",
        ),
        "wrong_price": (
            "ich bin Club-Mitglied und habe trotzdem den vollen Preis bezahlt",
            "der Club-Preis wurde nicht berechnet, 30 € zu viel",
        ),
        "cancel_fee": (
            "ich habe vier Tage vorher storniert und trotzdem Stornogebühr bezahlt",
            "Stornogebühr obwohl ich eine Woche vorher abgesagt habe",
        ),
    },
    "en": {
        "no_show": (
            "the swap was booked for Saturday 9-11, I waited all morning and nobody turned up",
            "the app says DELIVERED but there's no machine here",
        ),
        "double_charge": ("you've taken the £130 deposit TWICE",),
        "damage": ("the pinball arrived with cracked glass and a dead left flipper",),
        "refund": ("three weeks since collection and still no deposit back",),
        "wrong_price": ("I'm a Club member and got charged the full rate",),
        "cancel_fee": ("I cancelled four days ahead and still got a cancellation fee",),
    },
    "es": {
        "no_show": (
            "el cambio era el sábado de 9 a 11, esperé toda la mañana y no vino NADIE",
            "en la app pone ENTREGADO y aquí no hay ninguna máquina",
        ),
        "double_charge": ("me habéis cobrado la fianza de 150 € DOS veces",),
        "damage": ("el flipper llegó con el cristal rajado y la paleta izquierda sin funcionar",),
        "refund": ("TRES semanas desde la recogida y la fianza sin devolver",),
        "wrong_price": ("soy socia del Club y me cobrasteis la tarifa normal",),
        "cancel_fee": ("cancelé cuatro días antes y me cobrasteis penalización",),
    },
    "fr": {
        "no_show": (
            "l'échange était prévu samedi 9h-11h, j'ai attendu toute la matinée et personne",
            "l'appli indique LIVRÉ mais aucune machine ici",
        ),
        "double_charge": ("la caution de 150 € a été prélevée DEUX fois",),
        "damage": ("le flipper est arrivé avec la vitre fêlée et le batteur gauche mort",),
        "refund": ("trois semaines après l'enlèvement, toujours pas de caution remboursée",),
        "wrong_price": ("je suis membre du Club et on m'a facturé le plein tarif",),
        "cancel_fee": ("j'ai annulé quatre jours avant et vous m'avez facturé des frais",),
    },
    "pt": {
        "no_show": (
            "a troca estava marcada para sábado das 9 às 11, esperei a manhã toda e ninguém apareceu",
            "a app diz ENTREGUE mas aqui não há máquina nenhuma",
        ),
        "double_charge": ("cobraram a caução de 150 € DUAS vezes",),
        "damage": ("o flipper chegou com o vidro rachado e a palheta esquerda avariada",),
        "refund": ("três semanas depois da recolha e a caução ainda não foi devolvida",),
        "wrong_price": ("sou sócia do Club e cobraram-me a tarifa normal",),
        "cancel_fee": ("cancelei quatro dias antes e cobraram taxa de cancelamento",),
    },
}
TOPIC = {
    "it": {
        "no_show": "scambio mancato",
        "double_charge": "doppio addebito",
        "damage": "flipper danneggiato",
        "refund": "cauzione non restituita",
        "wrong_price": "prezzo Club",
        "cancel_fee": "penale di annullamento",
    },
    "de": {
        "no_show": "Tausch nicht erschienen",
        "double_charge": "doppelte Abbuchung",
        "damage": "beschädigter Flipper",
        "refund": "Kaution nicht erstattet",
        "wrong_price": "Club-Preis",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "missed swap",
        "double_charge": "double charge",
        "damage": "damaged machine",
        "refund": "deposit not returned",
        "wrong_price": "Club rate",
        "cancel_fee": "cancellation fee",
    },
    "es": {
        "no_show": "cambio no realizado",
        "double_charge": "cobro doble",
        "damage": "máquina dañada",
        "refund": "fianza sin devolver",
        "wrong_price": "precio Club",
        "cancel_fee": "penalización",
    },
    "fr": {
        "no_show": "échange manqué",
        "double_charge": "double prélèvement",
        "damage": "machine abîmée",
        "refund": "caution non rendue",
        "wrong_price": "tarif Club",
        "cancel_fee": "frais d'annulation",
    },
    "pt": {
        "no_show": "troca falhada",
        "double_charge": "cobrança dupla",
        "damage": "máquina danificada",
        "refund": "caução por devolver",
        "wrong_price": "preço Club",
        "cancel_fee": "taxa de cancelamento",
    },
}
COMPLAINT_SUBJECT = {
    "it": "Reclamo: {t}",
    "de": "Beschwerde: {t}",
    "en": "Complaint: {t}",
    "es": "Reclamación: {t}",
    "fr": "Réclamation : {t}",
    "pt": "Reclamação: {t}",
}
COMPLAINT = {
    "it": (
        "Buongiorno, {p}. Non è accettabile, voglio una soluzione oggi.",
        "Sono davvero arrabbiata: {p}. Mi spiegate come è possibile?",
        "{p}!!! Pessimo servizio",
    ),
    "de": (
        "Guten Tag, {p}. So geht das nicht, ich erwarte heute eine Lösung.",
        "Ich bin echt sauer: {p}. Wie kann das sein?",
        "{p}. JETZT REICHTS",
    ),
    "en": ("Hello, {p}. Not good enough, I want this sorted today.",),
    "es": ("Hola, {p}. Esto no puede ser, quiero una solución hoy.",),
    "fr": ("Bonjour, {p}. Inadmissible, je veux une solution aujourd'hui.",),
    "pt": ("Bom dia, {p}. Isto não é aceitável, quero uma solução hoje.",),
}
SOCIAL_COMPLAINT = {
    "it": ("{b} {p}. Vergogna", "Mai più {b}: {p}"),
    "de": ("{b}, {p}. Unfassbar", "Danke für nix, {b}: {p}"),
    "en": ("{b} {p}. Shocking",),
    "es": ("{b} {p}. Vergüenza",),
    "fr": ("{b} {p}. Lamentable",),
    "pt": ("{b} {p}. Uma vergonha",),
}
LONG_EMAIL = {
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con mia figlia che ha la febbre da due giorni e il lavoro che mi aspetta. Vi scrivo perché davvero non so più a chi rivolgermi. Il flipper lo avevamo preso per il compleanno di mio marito e fino ad ora era stato tutto perfetto. Però {p}. Ho già perso mezza giornata per questo.\n\nVi chiedo di sistemare subito la cosa e di farmi sapere per e-mail, perché al telefono non riesco a rispondere.\n\nCordiali saluti\n{n}",
        "Salve,\n\nsono in macchina davanti alla piscina dove mio figlio fa allenamento, approfitto di questi venti minuti. Da quando ci siamo trasferiti nella casa nuova il cabinato in taverna era l'unica cosa che funzionava. Ma {p}. Sono cliente da un anno e sono sempre stata contenta, ma così non va.\n\nAttendo una risposta.\n{n}",
    ),
    "de": (
        "Hallo,\n\nich schreibe Ihnen aus dem Wartezimmer beim Zahnarzt, weil ich sonst einfach keine Zeit finde: Umzug, zwei Kinder, die Schwiegermutter im Krankenhaus. Der Flipper war das Geschenk zum Vierzigsten meines Mannes und bis jetzt lief alles wunderbar. Aber {p}. Ich habe dafür extra meinen Tag umgeplant.\n\nBitte kümmern Sie sich sofort darum und antworten Sie per E-Mail, ans Telefon komme ich kaum.\n\nMit freundlichen Grüßen\n{n}",
        "Guten Abend,\n\nich sitze gerade im Auto vor dem Fußballtraining meiner Tochter und nutze die Zeit. Wir renovieren seit Monaten das Haus meiner Eltern, und der Automat im Hobbyraum war unsere kleine Belohnung. Nun ist es so, dass {p}. Ich miete seit über einem Jahr bei Ihnen und hatte nie Probleme, aber so geht das nicht.\n\nIch erwarte eine Rückmeldung.\n{n}",
    ),
}
CASE_OPENED = {
    "it": "Gentile cliente, abbiamo aperto la segnalazione {ref} e ce ne occupiamo subito. Ci scusiamo per il disagio.",
    "de": "Guten Tag, wir haben den Vorgang {ref} eröffnet und kümmern uns sofort darum. Entschuldigen Sie die Unannehmlichkeiten.",
    "en": "Hello, we've opened case {ref} and are on it. Sorry for the trouble.",
    "es": "Hola, hemos abierto la incidencia {ref} y nos ponemos con ello. Disculpa las molestias.",
    "fr": "Bonjour, nous avons ouvert le dossier {ref} et nous nous en occupons. Désolés pour la gêne.",
    "pt": "Olá, abrimos o pedido {ref} e estamos a tratar disso. Lamentamos o incómodo.",
}
CASE_SUBJ = {
    "it": "Segnalazione {ref}",
    "de": "Vorgang {ref}",
    "en": "Your case {ref}",
    "es": "Incidencia {ref}",
    "fr": "Dossier {ref}",
    "pt": "Pedido {ref}",
}
RE = {"it": "R: ", "de": "AW: ", "en": "Re: ", "es": "RE: ", "fr": "RE : ", "pt": "RE: "}
ESCALATED = {
    "it": "Gentile cliente, la segnalazione {ref} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.",
    "de": "Guten Tag, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hello, case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Hola, la incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "fr": "Bonjour, le dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "pt": "Olá, o pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia.",
}
GOOD_NEWS = {
    "it": "Buone notizie sulla segnalazione {ref}: abbiamo risolto. Ci conferma che ora è tutto a posto?",
    "de": "Gute Nachrichten zu {ref}: Das ist erledigt. Können Sie bestätigen, dass jetzt alles passt?",
    "en": "Good news on case {ref}: it's sorted. Could you confirm all is well now?",
    "es": "Buenas noticias sobre {ref}: está resuelto. ¿Nos confirmas que ya está todo bien?",
    "fr": "Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer que tout va bien ?",
    "pt": "Boas notícias sobre o pedido {ref}: está resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "it": ("Confermo, {ref} risolto. Grazie!", "Sì, tutto a posto adesso ({ref}), grazie"),
    "de": ("Bestätige, {ref} ist erledigt. Danke!", "Ja, passt jetzt ({ref}), vielen Dank"),
    "en": ("Confirmed, {ref} is sorted. Thanks!",),
    "es": ("Confirmado, {ref} resuelto. ¡Gracias!",),
    "fr": ("Je confirme, {ref} est réglé. Merci !",),
    "pt": ("Confirmo, {ref} resolvido. Obrigado!",),
}
APOLOGY = {
    "it": ("Scusate per il tono di ieri, ero esausta. Grazie per aver risolto",),
    "de": ("Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke fürs Lösen",),
    "en": ("Sorry for snapping yesterday, long day. Thanks for fixing it",),
    "es": ("Perdón por el tono de ayer, estaba agotada. Gracias por solucionarlo",),
    "fr": ("Désolée pour le ton d'hier, journée difficile. Merci d'avoir réglé ça",),
    "pt": ("Desculpem o tom de ontem, estava exausta. Obrigada por resolverem",),
}
LOW_WORD = {
    "it": ("Deludente", ""),
    "de": ("Enttäuschend", ""),
    "en": ("Poor", ""),
    "es": ("Mal", ""),
    "fr": ("Décevant", ""),
    "pt": ("Mau", ""),
}
STILL_OPEN = {
    "it": (
        "Scrivo di nuovo per {ref}: ancora niente. {p}",
        "{ref} è ancora aperta, nessuno mi ha richiamata. {p}",
    ),
    "de": (
        "Ich melde mich nochmal wegen {ref}: immer noch nichts. {p}",
        "{ref} ist immer noch offen, keiner hat zurückgerufen. {p}",
    ),
    "en": ("Writing again about {ref}: still nothing. {p}",),
    "es": ("Vuelvo a escribir por {ref}: sigue sin resolverse. {p}",),
    "fr": ("Je relance pour {ref} : toujours rien. {p}",),
    "pt": ("Escrevo outra vez por causa do {ref}: continua por resolver. {p}",),
}
THIRD = {
    "it": " Un mio collega noleggia da {c} e lì sistemano tutto in giornata.",
    "de": " Ein Kollege mietet bei {c}, da wird sowas am selben Tag gelöst.",
    "en": " A mate hires from {c} and they sort this the same day.",
    "es": " Un compañero alquila en {c} y allí lo arreglan en el día.",
    "fr": " Un collègue loue chez {c} et eux règlent ça dans la journée.",
    "pt": " Um colega aluga na {c} e lá resolvem isto no mesmo dia.",
}
FOURTH = {
    "it": " È la QUARTA volta che scrivo.",
    "de": " Das ist jetzt das VIERTE Mal.",
    "en": " This is the FOURTH time.",
    "es": " Es la CUARTA vez.",
    "fr": " C'est la QUATRIÈME fois.",
    "pt": " É a QUARTA vez.",
}
URGENT = {
    "it": "Aggiunto alla segnalazione {ref} e segnato come urgente.",
    "de": "Zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "en": "Added to case {ref} and marked urgent.",
    "es": "Añadido a la incidencia {ref} y marcado como urgente.",
    "fr": "Ajouté au dossier {ref} et marqué urgent.",
    "pt": "Adicionado ao pedido {ref} e marcado como urgente.",
}
SLIDE = {
    "it": (
        "Lo scambio è arrivato con due ore di ritardo e nessuno ha avvisato. Peccato",
        "Il nuovo flipper ha la palla che si incastra, lo segnalo e basta",
        "Ora per la restituzione vogliono foto di ogni lato della macchina, mah",
        "Cauzione raddoppiata senza spiegazioni e una settimana per sbloccarla. Sempre peggio",
        "40 € di 'pulizia' per un cabinato restituito perfetto, con le foto della vostra app. Vergogna",
        "Mia cognata noleggia da {c}, ho già prenotato lì il flipper per sabato",
    ),
    "de": (
        "Der Tausch kam zwei Stunden zu spät, ohne Anruf. Schade",
        "Beim neuen Flipper bleibt die Kugel ständig hängen. Nur so als Info",
        "Jetzt wollen sie für die Rückgabe Fotos von jeder Seite des Geräts. Naja",
        "Kaution verdoppelt ohne Erklärung und eine Woche bis zur Freigabe. Wird immer schlechter",
        "40 € 'Reinigung' für einen tadellos zurückgegebenen Automaten, mit Fotos aus eurer eigenen App. Frechheit",
        "Meine Schwägerin mietet bei {c}, ich habe den Flipper für Samstag dort gebucht",
    ),
    "en": (
        "Swap turned up two hours late, no call. Shame",
        "New pinball keeps trapping the ball. Just saying",
        "Now they want photos of every side of the machine at return. Hmm",
        "Deposit doubled with no explanation and a week to release it. Getting worse",
        "£35 'cleaning fee' for a spotless cabinet, with your own app's photos. Disgraceful",
        "My sister-in-law hires from {c}, booked Saturday's pinball there",
    ),
    "es": (
        "El cambio llegó dos horas tarde y sin avisar. Una pena",
        "El flipper nuevo se traga la bola cada dos por tres",
        "Ahora piden fotos de cada lado de la máquina para devolverla. En fin",
        "Fianza doblada sin explicación y una semana para liberarla. Cada vez peor",
        "40 € de 'limpieza' por una máquina devuelta impecable, con las fotos de vuestra app. Vergüenza",
        "Mi cuñada alquila en {c}, ya he reservado allí el flipper del sábado",
    ),
    "fr": (
        "Échange arrivé avec deux heures de retard, sans appel. Dommage",
        "Le nouveau flipper bloque la bille sans arrêt",
        "Maintenant il faut des photos de chaque côté de la machine au retour. Bon",
        "Caution doublée sans explication et une semaine pour la débloquer. De pire en pire",
        "40 € de 'nettoyage' pour une borne rendue impeccable, photos de votre appli à l'appui. Honteux",
        "Ma belle-sœur loue chez {c}, j'ai réservé le flipper de samedi là-bas",
    ),
    "pt": (
        "A troca chegou duas horas atrasada e sem aviso. Pena",
        "O flipper novo prende a bola a toda a hora",
        "Agora querem fotos de todos os lados da máquina na devolução. Enfim",
        "Caução a dobrar sem explicação e uma semana para a libertar. Cada vez pior",
        "40 € de 'limpeza' por uma máquina devolvida impecável, com as fotos da vossa app. Vergonha",
        "A minha cunhada aluga na {c}, já reservei lá o flipper para sábado",
    ),
}
CANCEL_ASK = {
    "it": (
        "Buongiorno, abbiamo comprato un flipper nostro con la tredicesima. Vorrei disdire il {club} e chiudere l'account.",
        "Ci trasferiamo in un bilocale senza taverna: vorrei annullare il {club} e chiudere il mio account.",
    ),
    "de": (
        "Hallo, wir haben uns von der Prämie einen eigenen Flipper gekauft. Bitte kündigen Sie meinen {club} und schließen Sie das Konto.",
        "Wir ziehen in eine Wohnung ohne Keller. Ich möchte den {club} kündigen und mein Konto schließen.",
    ),
    "en": ("Hi, we bought our own machine. Please cancel my {club} and close the account.",),
    "es": ("Hola, nos hemos comprado una máquina. Quiero cancelar el {club} y cerrar la cuenta.",),
    "fr": (
        "Bonjour, nous avons acheté notre propre flipper. Je souhaite résilier le {club} et fermer mon compte.",
    ),
    "pt": ("Olá, comprámos uma máquina nossa. Quero cancelar o {club} e fechar a conta.",),
}
SORRY_GO = {
    "it": "Ci dispiace vederla andare via! Può annullare il Club da sola nell'app o sul sito, in Profilo > Abbonamento.",
    "de": "Schade, dass Sie gehen! Sie können den Club selbst in der App oder auf der Website kündigen, unter Profil > Mitgliedschaft.",
    "en": "Sorry to see you go! You can cancel the Club yourself in the app or on the website, under Profile > Membership.",
    "es": "¡Sentimos que te vayas! Puedes cancelar el Club tú mismo en la app o en la web, en Perfil > Suscripción.",
    "fr": "Désolés de vous voir partir ! Vous pouvez résilier le Club vous-même dans l'appli ou sur le site, Profil > Abonnement.",
    "pt": "Lamentamos vê-lo partir! Pode cancelar o Club na app ou no site, em Perfil > Subscrição.",
}
GRUMBLE = {
    "it": (
        "L'app mi disconnette ogni volta, che noia",
        "Fasce di consegna di 4 ore, ma dai",
        "Il promemoria alle 7 di mattina anche no",
        "Ancora il cavo corto, serve sempre la prolunga",
    ),
    "de": (
        "Die App loggt mich jedes Mal aus, nervig",
        "Lieferfenster von 4 Stunden, echt jetzt",
        "Erinnerungs-SMS um 7 Uhr morgens, muss nicht sein",
        "Wieder das kurze Kabel, ohne Verlängerung geht nix",
    ),
    "en": ("App logs me out every time, tedious", "Four-hour delivery windows, really?"),
    "es": (
        "La app me cierra sesión cada vez, qué pesadez",
        "Franjas de entrega de 4 horas, en serio",
    ),
    "fr": (
        "L'appli me déconnecte à chaque fois, pénible",
        "Créneaux de livraison de 4 heures, sérieusement",
    ),
    "pt": ("A app desliga-me a sessão sempre, que seca", "Janelas de entrega de 4 horas, a sério"),
}
SARCASM = {
    "it": (
        "Consegna 'express' alle 21:30, giusto in tempo per giocare a flipper col vicino che dorme 👏",
    ),
    "de": (
        "'Express'-Lieferung um 21:30, perfekt, um noch schnell die Nachbarn wachzuflippern 👏",
    ),
    "en": ("'Express' delivery at 9.30pm, perfect for waking the neighbours 👏",),
    "es": ("Entrega 'exprés' a las 21:30, justo a tiempo para despertar a los vecinos 👏",),
    "fr": ("Livraison 'express' à 21h30, parfait pour réveiller les voisins 👏",),
    "pt": ("Entrega 'expresso' às 21:30, mesmo a tempo de acordar os vizinhos 👏",),
}
MILD = {
    "it": ("La ricerca delle fasce orarie mi mostra la città sbagliata",),
    "de": ("Die Terminsuche zeigt mir die falsche Stadt an",),
    "en": ("The slot search keeps showing the wrong town",),
    "es": ("El buscador de franjas me enseña otra ciudad",),
    "fr": ("La recherche de créneaux affiche la mauvaise ville",),
    "pt": ("A pesquisa de horários mostra a cidade errada",),
}
FORM_ACK = {
    "it": "Grazie della segnalazione, la giriamo al team dell'app.",
    "de": "Danke für den Hinweis, wir geben ihn ans App-Team weiter.",
    "en": "Thanks for flagging this, passed to the app team.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
    "fr": "Merci du signalement, transmis à l'équipe de l'appli.",
    "pt": "Obrigado pelo aviso, passámos à equipa da app.",
}

# ---- the spike ---------------------------------------------------------------
CODE = "K4Q7T"
SPIKE = {
    "it": (
        "Il flipper stamattina si è bloccato su una schermata 'licenza non valida', errore {code}. Non si gioca più",
        "{b} il cabinato dice errore {code} e non parte, anche dopo averlo riacceso",
        "Macchina bloccata con codice {code} da stamattina, che succede?",
    ),
    "de": (
        "Der Flipper hängt seit heute früh auf 'Lizenz ungültig', Fehler {code}. Geht gar nichts mehr",
        "{b} Automat zeigt Fehler {code} und startet nicht, auch nach Neustart",
        "Gerät gesperrt mit Code {code} seit heute Morgen, was ist los?",
    ),
    "en": ("Pinball stuck on a 'licence invalid' screen since this morning, error {code}",),
    "es": ("La recreativa se ha quedado en 'licencia no válida', error {code}, no arranca",),
    "fr": ("Le flipper bloqué sur 'licence invalide' depuis ce matin, erreur {code}",),
    "pt": ("O flipper ficou preso em 'licença inválida', erro {code}, não arranca",),
}
SPIKE_AGAIN = {
    "it": "Ancora {code}, ho staccato la spina per dieci minuti e niente.",
    "de": "Immer noch {code}, zehn Minuten Stecker raus und nichts.",
    "en": "Still {code}, unplugged it ten minutes, nothing.",
    "es": "Sigue el {code}, lo he desenchufado diez minutos y nada.",
    "fr": "Toujours {code}, débranché dix minutes, rien.",
    "pt": "Continua o {code}, desliguei dez minutos e nada.",
}
SPIKE_CHAT_A = {
    "it": "Sì, da stamattina le macchine mostrano questo errore ovunque, i nostri tecnici ci stanno lavorando.",
    "de": "Ja, seit heute früh zeigen die Geräte überall diesen Fehler, unsere Technik ist dran.",
    "en": "Yes, machines everywhere show this since this morning, our engineers are on it.",
    "es": "Sí, desde esta mañana las máquinas muestran ese error en todas partes, estamos en ello.",
    "fr": "Oui, depuis ce matin les machines affichent cette erreur partout, nos techniciens s'en occupent.",
    "pt": "Sim, desde esta manhã as máquinas mostram esse erro em todo o lado, estamos a tratar.",
}
WORKS_AGAIN = {
    "it": "Le macchine funzionano di nuovo dalle {t} (ora locale). Il noleggio di oggi lo offriamo noi: 10 € di credito aggiunti.",
    "de": "Die Geräte laufen seit {t} Uhr (Ortszeit) wieder. Die heutige Miete übernehmen wir: 10 € Guthaben gutgeschrieben.",
    "en": "Machines work again since {t} (local time). Today's hire is on us: £9 credit added.",
    "es": "Las máquinas funcionan de nuevo desde las {t} (hora local). Hoy invitamos nosotros: 10 € de saldo.",
    "fr": "Les machines fonctionnent de nouveau depuis {t} (heure locale). La location du jour est offerte : 10 € de crédit.",
    "pt": "As máquinas voltaram a funcionar às {t} (hora local). O aluguer de hoje é por nossa conta: 10 € de crédito.",
}
LONE_Q = {
    "it": "Ieri sera il flipper ha fatto un aggiornamento da solo e ci ha messo mezz'ora, è normale? Adesso funziona.",
    "de": "Gestern Abend hat der Flipper allein ein Update gemacht, hat eine halbe Stunde gedauert. Normal? Läuft jetzt.",
}
LONE_A = {
    "it": "Sì, è normale: gli aggiornamenti notturni possono durare fino a 40 minuti.",
    "de": "Ja, das ist normal: Nächtliche Updates können bis zu 40 Minuten dauern.",
}

# ---- the business arm ----------------------------------------------------------
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_PROBLEM = {
    "it": {
        "invoice": "le fatture di {ARM} riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge",
        "service_blocked": "il tecnico si è rifiutato di riparare il flipper del locale: 'conto bloccato', ma abbiamo pagato tutto",
        "portal": "il portale non mostra più le nostre macchine, non possiamo segnalare guasti",
        "overbilled": "ci fatturate la tariffa di listino per macchina invece di quella del contratto",
    },
    "de": {
        "invoice": "die Rechnungen von {ARM} tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab",
        "service_blocked": "der Techniker hat die Reparatur am Automaten verweigert: 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keine unserer Geräte mehr, wir können keine Störung melden",
        "overbilled": "Sie berechnen uns den Listenpreis pro Gerät statt des Vertragspreises",
    },
    "en": {
        "invoice": "your invoices still carry our old company name and no PO number",
        "service_blocked": "your engineer refused to fix our machine, 'account on hold', though we've paid",
        "portal": "the portal shows none of our machines, so we can't log faults",
        "overbilled": "we're billed list price per machine instead of our contract rate",
    },
    "es": {
        "invoice": "las facturas siguen con el nombre antiguo de la empresa y sin número de pedido",
        "service_blocked": "el técnico se negó a reparar la máquina: 'cuenta bloqueada', y está todo pagado",
        "portal": "el portal no muestra ninguna de nuestras máquinas y no podemos avisar averías",
        "overbilled": "nos cobráis tarifa de lista por máquina en vez de la del contrato",
    },
    "fr": {
        "invoice": "vos factures portent encore l'ancien nom de la société et aucun numéro de commande",
        "service_blocked": "votre technicien a refusé de réparer la borne : 'compte bloqué', alors que tout est payé",
        "portal": "le portail n'affiche plus nos machines, impossible de signaler une panne",
        "overbilled": "vous facturez le tarif catalogue par machine au lieu du tarif contrat",
    },
    "pt": {
        "invoice": "as faturas ainda têm o nome antigo da empresa e nenhum número de encomenda",
        "service_blocked": "o técnico recusou reparar a máquina: 'conta bloqueada', e está tudo pago",
        "portal": "o portal não mostra nenhuma máquina nossa, não conseguimos reportar avarias",
        "overbilled": "cobram o preço de tabela por máquina em vez do preço do contrato",
    },
}
B2B_FIRST = {
    "it": "Buongiorno, {p}. Vi chiedo di sistemare al più presto.",
    "de": "Guten Tag, {p}. Bitte beheben Sie das zeitnah.",
    "en": "Hello, {p}. Please sort this promptly.",
    "es": "Buenos días, {p}. Rogamos lo solucionéis pronto.",
    "fr": "Bonjour, {p}. Merci de corriger rapidement.",
    "pt": "Bom dia, {p}. Pedimos que resolvam rapidamente.",
}
B2B_LATER = {
    "it": "Buongiorno, come vi ha già scritto {who} ({ref}), {p}. Anche da noi in sede è lo stesso.",
    "de": "Guten Tag, wie {who} schon geschrieben hat ({ref}): {p}. Bei uns genauso.",
    "en": "Hello, as {who} already wrote ({ref}), {p}. Same here.",
    "es": "Hola, como ya os escribió {who} ({ref}), {p}. Aquí igual.",
    "fr": "Bonjour, comme {who} vous l'a écrit ({ref}), {p}. Pareil chez nous.",
    "pt": "Olá, como o/a {who} já escreveu ({ref}), {p}. Aqui igual.",
}
B2B_LAST_MAIL = {
    "it": "{ref}: non è cambiato niente e ormai vi hanno scritto in tanti. L'ufficio acquisti ha già chiesto un preventivo a {c}.",
    "de": "{ref}: Es hat sich nichts getan, und inzwischen haben mehrere Kollegen geschrieben. Der Einkauf hat schon ein Angebot bei {c} angefragt.",
    "en": "{ref}: nothing has changed and several of us have written. Procurement has asked {c} for rates.",
    "es": "{ref}: nada ha cambiado y ya os hemos escrito varios. Compras ha pedido precios a {c}.",
    "fr": "{ref} : rien n'a changé et plusieurs collègues ont écrit. Les achats ont demandé un devis à {c}.",
    "pt": "{ref}: nada mudou e já escrevemos vários. As compras pediram preços à {c}.",
}
B2B_LAST_CALL = {
    "it": "buongiorno chiamo per la segnalazione {ref} non è cambiato niente e vi hanno scritto già in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "de": "guten Tag ich rufe wegen Vorgang {ref} an es hat sich nichts getan und mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "en": "hello calling about case {ref} nothing has changed several of us have written my boss says we move the account if it isnt fixed this week",
    "es": "hola llamo por la incidencia {ref} no ha cambiado nada y os han escrito varios mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "fr": "bonjour j'appelle pour le dossier {ref} rien n'a changé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "pt": "bom dia ligo por causa do pedido {ref} nada mudou e já escreveram vários o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_ACK = {
    "it": "Buongiorno, abbiamo aperto la pratica {ref} per il vostro conto e vi aggiorniamo a breve.",
    "de": "Guten Tag, wir haben den Vorgang {ref} für Ihr Konto eröffnet und melden uns kurzfristig.",
    "en": "Hello, we've opened case {ref} on your account and will update you shortly.",
    "es": "Buenos días, hemos abierto la incidencia {ref} en vuestra cuenta y os informamos en breve.",
    "fr": "Bonjour, nous avons ouvert le dossier {ref} sur votre compte et revenons vers vous rapidement.",
    "pt": "Bom dia, abrimos o pedido {ref} na vossa conta e damos notícias em breve.",
}
B2B_MILD = {
    "it": (
        "Suggerimento: sarebbe utile esportare gli incassi per locale in CSV",
        "Si potrebbe indicare sulla bolla la data dell'ultimo controllo tecnico?",
    ),
    "de": (
        "Vorschlag: Einnahmen je Standort als CSV exportieren wäre praktisch",
        "Könnte auf dem Lieferschein das Datum der letzten Wartung stehen?",
    ),
    "en": ("Suggestion: a CSV export of takings per site would help",),
    "es": ("Sugerencia: exportar la recaudación por local en CSV",),
    "fr": ("Suggestion : un export CSV des recettes par site serait pratique",),
    "pt": ("Sugestão: exportar a receita por local em CSV",),
}
B2B_ROUTINE_Q = {
    "it": ("Possiamo aggiungere un secondo flipper nella sala giochi da lunedì?",),
    "de": ("Können wir ab Montag einen zweiten Flipper in den Spielbereich stellen?",),
    "en": ("Can we add a second pinball at the bar from Monday?",),
    "es": ("¿Podemos añadir una segunda máquina desde el lunes?",),
    "fr": ("Peut-on ajouter un second flipper dès lundi ?",),
    "pt": ("Podemos acrescentar uma segunda máquina a partir de segunda?",),
}
B2B_PRAISE = {
    "it": ("I clienti del bar adorano il nuovo cabinato di {b}",),
    "de": ("Unsere Gäste lieben den neuen Automaten von {b}",),
    "en": ("Guests love the new {b} cabinet in the lounge",),
    "es": ("A los clientes les encanta la máquina nueva de {b}",),
    "fr": ("Les clients adorent la nouvelle borne {b}",),
    "pt": ("Os clientes adoram a máquina nova da {b}",),
}
COMPANY_KIND = (
    "bar",
    "hotel",
    "bowling",
    "cinema",
    "hostel",
    "student union",
    "pub",
    "games cafe",
    "youth club",
)
COMPANY_NAME = {
    "it": ("Bar Centrale {n}", "Hotel Belvedere {n}", "Bowling Stella {n}"),
    "de": ("Gasthaus Linde {n}", "Hotel Seeblick {n}", "Bowlingcenter Nord {n}"),
    "en": ("The Red Lion {n}", "Harbour Hostel {n}"),
    "es": ("Bar La Plaza {n}",),
    "fr": ("Brasserie du Port {n}",),
    "pt": ("Café Central {n}",),
}
