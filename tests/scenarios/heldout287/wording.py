# ruff: noqa: E501
"""Wording of heldout287 (Glaciva: cold-plunge and ice-bath studios), written by hand.

Placeholders: {ref} case reference, {comp} competitor, {amt} amount, {studio} studio,
{first} a colleague's first name, {day} a weekday, {time} a local time, {code} the error.
"""

from __future__ import annotations

LANGS = ("fr", "en", "de", "es", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "fr": ("FR", "FR", "FR", "BE", "CH"),
    "en": ("UK", "UK", "UK", "IE"),
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES",),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "fr": (
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Nicolas",
        "Chloé",
        "Hugo",
        "Élodie",
        "Mathieu",
        "Inès",
        "Bastien",
        "Aurélie",
        "Quentin",
        "Margaux",
        "Yannick",
    ),
    "en": (
        "Olivia",
        "James",
        "Sophie",
        "Daniel",
        "Hannah",
        "Callum",
        "Grace",
        "Ryan",
        "Niamh",
        "Owen",
        "Megan",
        "Liam",
        "Freya",
        "Aidan",
        "Isla",
        "Connor",
    ),
    "de": (
        "Jana",
        "Felix",
        "Lisa",
        "Tobias",
        "Katrin",
        "Moritz",
        "Anna",
        "Jonas",
        "Sabine",
        "Lukas",
    ),
    "es": (
        "Marta",
        "Javier",
        "Lucía",
        "Álvaro",
        "Nuria",
        "Pablo",
        "Elena",
        "Sergio",
        "Carmen",
        "Diego",
    ),
    "it": (
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Sara",
        "Matteo",
        "Elisa",
        "Andrea",
    ),
    "pt": (
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Nuno",
        "Sofia",
        "Pedro",
    ),
}
LAST = {
    "fr": (
        "Lefèvre",
        "Moreau",
        "Girard",
        "Bonnet",
        "Fontaine",
        "Roussel",
        "Lemaire",
        "Chevalier",
        "Perrin",
        "Gauthier",
        "Masson",
        "Renaud",
    ),
    "en": (
        "Walsh",
        "Hughes",
        "Bennett",
        "Doyle",
        "Carter",
        "Price",
        "Murphy",
        "Ellis",
        "Lynch",
        "Palmer",
        "Fraser",
        "Shaw",
    ),
    "de": (
        "Krüger",
        "Hoffmann",
        "Brandt",
        "Vogel",
        "Schäfer",
        "Lehmann",
        "Graf",
        "Seidel",
        "Kuhn",
        "Wendt",
    ),
    "es": (
        "Navarro",
        "Ortega",
        "Serrano",
        "Molina",
        "Castillo",
        "Iglesias",
        "Rubio",
        "Vidal",
        "Herrero",
        "Peña",
    ),
    "it": (
        "Ferri",
        "Galli",
        "Conti",
        "Marchetti",
        "Barbieri",
        "Rinaldi",
        "Fontana",
        "Caruso",
        "Greco",
        "Bianco",
    ),
    "pt": (
        "Ferreira",
        "Carvalho",
        "Sousa",
        "Pinto",
        "Lopes",
        "Matos",
        "Ribeiro",
        "Teixeira",
        "Moura",
        "Antunes",
    ),
}
STUDIOS = {
    "fr": ("Lyon Confluence", "Bordeaux Chartrons", "Lille Vieux-Lille", "Nantes Île"),
    "en": ("Shoreditch", "Leith", "Clifton", "Ancoats"),
    "de": ("Prenzlauer Berg", "Altona", "Glockenbach"),
    "es": ("Malasaña", "Gràcia", "Ruzafa"),
    "it": ("Navigli", "San Salvario", "Trastevere"),
    "pt": ("Príncipe Real", "Foz", "Campo de Ourique"),
}
COMPETITORS = ("Frioza", "Polarsk")

# products: (label, EUR price)
PRODUCTS = (
    ("Single plunge session 30 min / Séance bain froid 30 min", 18.0),
    ("Contrast session sauna + plunge 60 min / Séance contraste 60 min", 29.0),
    ("10-session card / Carte 10 séances", 160.0),
    ("Guided breathing + ice bath class / Cours respiration + bain glacé", 24.0),
    ("Glaciva Club monthly / Glaciva Club mensuel", 59.0),
    ("Gift voucher 2 sessions / Bon cadeau 2 séances", 36.0),
)
PAGES = ("/studios", "/book", "/club", "/classes", "/gift", "/app/bookings", "/faq/first-time")

PRAISE = {
    "fr": (
        "Première fois au bain glacé chez Glaciva {studio}, 3 minutes à 4 degrés et je me sens neuve. Merci à l'équipe !",
        "Séance contraste ce matin à {studio}, le coach pour la respiration était top, je dors comme un bébé depuis",
        "Franchement Glaciva c'est devenu mon rituel du dimanche, vestiaires impeccables et eau bien froide 🥶",
        "Encore une super séance à {studio}, troisième fois ce mois-ci et toujours aussi bien accueillie",
    ),
    "en": (
        "First cold plunge at Glaciva {studio} today, 3 minutes at 4 degrees and I've never felt so awake. Lovely staff",
        "Contrast session after my long run, legs feel brand fresh. {studio} is spotless",
        "Third week in a row at Glaciva and still buzzing after every plunge 🧊",
        "The breathing coach at {studio} talked me through the whole 2 minutes, couldn't have done it alone. Cheers Glaciva",
    ),
    "de": (
        "Heute zum ersten Mal Eisbad bei Glaciva {studio}. Drei Minuten bei 4 Grad, danach fühl ich mich wie neu geboren",
        "Saunagang plus Tauchbecken am Morgen, die Leute in {studio} sind super herzlich. Gerne wieder",
    ),
    "es": (
        "Primera vez en el baño de hielo de Glaciva {studio} y qué subidón, el monitor de respiración un crack",
        "Sesión de contraste después del pádel, salgo nueva. Todo limpísimo en {studio}",
    ),
    "it": (
        "Prima immersione nel ghiaccio da Glaciva {studio}, tre minuti a 4 gradi e mi sento rinata. Staff gentilissimo",
        "Sauna e vasca fredda dopo la corsa, a {studio} è tutto pulito e curato. Ci torno di sicuro",
    ),
    "pt": (
        "Primeira vez no banho de gelo da Glaciva {studio}, três minutos a 4 graus e saí outra pessoa. Equipa impecável",
        "Sessão de contraste depois do surf, no {studio} está tudo sempre limpo. Recomendo",
    ),
}
GRIPE_PRAISE = {
    "fr": (
        "Super séance comme d'hab, juste les sèche-cheveux du vestiaire qui soufflent froid lol. Sinon rien à dire",
    ),
    "en": (
        "Great session as always, only the lockers are a bit small for a gym bag. Otherwise spot on",
    ),
    "de": ("Tolle Session, nur die Handtücher könnten größer sein. Sonst alles top",),
    "es": (
        "Genial como siempre, solo que el secador del vestuario va fatal jaja. Lo demás perfecto",
    ),
    "it": ("Sessione ottima, solo gli armadietti un po' piccoli. Per il resto tutto perfetto",),
    "pt": ("Sessão ótima, só os cacifos é que são pequenos. De resto tudo impecável",),
}
QUESTION = {
    "fr": (
        "Bonjour, est-ce qu'on peut venir au bain glacé si on a un petit rhume ?",
        "Coucou, le Glaciva Club permet de réserver combien de séances par semaine ?",
        "Bonjour, je peux offrir un bon cadeau pour deux personnes ?",
    ),
    "en": (
        "Hi, can I bring my own towel or do you provide them?",
        "Hello, does the Club include the guided breathing classes or are they extra?",
        "Hi there, is there a minimum age for the plunge? My son is 15",
    ),
    "de": (
        "Hallo, muss ich für das Eisbad Badeschuhe mitbringen?",
        "Hi, kann ich meine Club-Mitgliedschaft im Urlaub pausieren?",
    ),
    "es": (
        "Hola, ¿puedo ir al baño de hielo si estoy embarazada de 3 meses?",
        "Buenas, ¿el Club incluye las clases de respiración?",
    ),
    "it": (
        "Ciao, posso sospendere l'abbonamento Club per un mese?",
        "Salve, serve portare le ciabatte?",
    ),
    "pt": (
        "Olá, posso levar uma amiga que nunca experimentou?",
        "Bom dia, o Club inclui as aulas de respiração?",
    ),
}
ANSWER = {
    "fr": "Bonjour, merci pour votre message ! Tout est expliqué ici et l'équipe du studio vous guidera sur place. Belle journée, l'équipe Glaciva",
    "en": "Hi, thanks for asking! Yes, all the details are on our FAQ page and the studio team will walk you through it on the day. Glaciva support",
    "de": "Hallo, danke für Ihre Frage! Die Details stehen in unseren FAQ, das Team vor Ort hilft gerne weiter. Ihr Glaciva-Team",
    "es": "¡Hola! Gracias por escribirnos. Tienes todos los detalles en las preguntas frecuentes y el equipo del estudio te ayudará. Equipo Glaciva",
    "it": "Ciao, grazie per la domanda! Trovi tutti i dettagli nelle FAQ e lo staff in studio ti seguirà. Il team Glaciva",
    "pt": "Olá, obrigado pela pergunta! Tem todos os detalhes nas perguntas frequentes e a equipa do estúdio ajuda no dia. Equipa Glaciva",
}
THANKS = {
    "fr": ("Super merci !", "Parfait, merci beaucoup 🙏", "top merci bcp"),
    "en": ("Brilliant, thanks!", "Perfect, cheers", "thanks a lot 👍"),
    "de": ("Super, danke!", "Perfekt, vielen Dank"),
    "es": ("¡Genial, gracias!", "Perfecto, mil gracias"),
    "it": ("Perfetto, grazie!", "Grazie mille"),
    "pt": ("Ótimo, obrigada!", "Perfeito, obg"),
}
REVIEW = {
    "fr": (
        "Endroit calme, eau vraiment glacée, coachs bienveillants. Je recommande.",
        "Parfait pour récupérer après le trail.",
    ),
    "en": (
        "Calm place, properly cold water, kind coaches. Recommend.",
        "Perfect for recovery after football.",
    ),
    "de": ("Ruhig, eiskaltes Wasser, nette Coaches. Empfehlenswert.",),
    "es": ("Sitio tranquilo, agua heladísima y monitores majos. Recomendable.",),
    "it": ("Posto tranquillo, acqua gelida, coach gentili. Consigliato.",),
    "pt": ("Sítio calmo, água mesmo gelada, treinadores simpáticos. Recomendo.",),
}
SURVEY_WORD = {
    "fr": ("Top", "Très bien", "", "🥶👍"),
    "en": ("Great", "Loved it", "", "🧊"),
    "de": ("Super", ""),
    "es": ("Genial", ""),
    "it": ("Ottimo", ""),
    "pt": ("Ótimo", ""),
}
PHONE_QUESTION = {
    "fr": "oui bonjour je voulais savoir si le bon cadeau est valable dans tous les studios ou seulement à {studio} merci",
    "en": "hi yeah i just wanted to check if the gift voucher works at any studio or only at {studio} thanks",
    "de": "ja hallo ich wollte fragen ob der Gutschein in allen Studios gilt oder nur in {studio} danke",
    "es": "hola buenas quería saber si el bono regalo vale en todos los estudios o solo en {studio} gracias",
    "it": "sì buongiorno volevo sapere se il buono regalo vale in tutti gli studi o solo a {studio} grazie",
    "pt": "olá bom dia queria saber se o vale oferta serve em todos os estúdios ou só no {studio} obrigada",
}
PHONE_FOLLOWUP = {
    "fr": "Suite à votre appel : le bon cadeau est valable dans tous nos studios pendant 12 mois. L'équipe Glaciva",
    "en": "Following your call: the gift voucher is valid at every studio for 12 months. Glaciva support",
    "de": "Nach Ihrem Anruf: Der Gutschein gilt 12 Monate in allen Studios. Ihr Glaciva-Team",
    "es": "Tras tu llamada: el bono regalo vale 12 meses en todos los estudios. Equipo Glaciva",
    "it": "Dopo la tua chiamata: il buono vale 12 mesi in tutti gli studi. Il team Glaciva",
    "pt": "Na sequência da sua chamada: o vale serve em todos os estúdios durante 12 meses. Equipa Glaciva",
}
NIGHT_POST = {
    "fr": (
        "3h du mat, insomnie, je regarde des vidéos de respiration Glaciva et je réserve déjà samedi",
        "Retour de garde à l'hôpital, vivement le bain glacé de 7h chez Glaciva",
    ),
    "en": (
        "Can't sleep, booked a 7am plunge at Glaciva to reset 😴",
        "Night shift done, Glaciva first thing tomorrow, can't wait",
    ),
    "de": ("Nachtschicht vorbei, morgen früh direkt ins Eisbad bei Glaciva",),
    "es": ("Las 2 de la mañana y aquí reservando baño de hielo en Glaciva para el sábado jaja",),
    "it": ("Insonnia, prenoto la vasca fredda da Glaciva per domattina",),
    "pt": ("3 da manhã sem sono, já marquei banho de gelo na Glaciva para sábado",),
}
NIGHT_QUESTION = {
    "fr": (
        "Bonsoir, le studio ouvre à quelle heure le samedi ?",
        "Re, peut-on réserver la séance de 6h30 demain ?",
    ),
    "en": (
        "Hi, what time does the studio open on Saturdays?",
        "Evening, can I still book tomorrow's 6:30 slot?",
    ),
    "de": ("Hallo, ab wann hat das Studio samstags offen?",),
    "es": ("Hola, ¿a qué hora abre el estudio los sábados?",),
    "it": ("Ciao, a che ora apre lo studio il sabato?",),
    "pt": ("Olá, a que horas abre o estúdio ao sábado?",),
}
NIGHT_ANSWER = {
    "fr": "Bonsoir ! Ouverture à 6h30 le samedi, et oui le créneau est encore libre. Bonne nuit",
    "en": "Evening! We open at 6:30 on Saturdays and yes, that slot is still free. Night!",
    "de": "Guten Abend! Samstags ab 6:30, und ja, der Termin ist noch frei.",
    "es": "¡Buenas! Los sábados abrimos a las 6:30 y sí, queda hueco.",
    "it": "Buonasera! Il sabato apriamo alle 6:30 e sì, c'è posto.",
    "pt": "Boa noite! Ao sábado abrimos às 6:30 e sim, ainda há vaga.",
}

PROBLEMS = ("locked_out", "double_charge", "warm_water", "refund", "wrong_price", "cancel_fee")
TOPIC = {
    "fr": {
        "locked_out": "code porte refusé",
        "double_charge": "abonnement prélevé deux fois",
        "warm_water": "bain pas froid",
        "refund": "séance annulée non remboursée",
        "wrong_price": "tarif non-membre",
        "cancel_fee": "frais d'annulation",
    },
    "en": {
        "locked_out": "door code refused",
        "double_charge": "membership charged twice",
        "warm_water": "plunge not cold",
        "refund": "cancelled class not refunded",
        "wrong_price": "non-member price",
        "cancel_fee": "cancellation fee",
    },
    "de": {
        "locked_out": "Türcode abgelehnt",
        "double_charge": "Beitrag doppelt abgebucht",
        "warm_water": "Becken nicht kalt",
        "refund": "keine Erstattung",
        "wrong_price": "Nichtmitgliederpreis",
        "cancel_fee": "Stornogebühr",
    },
    "es": {
        "locked_out": "código de puerta",
        "double_charge": "cuota cobrada dos veces",
        "warm_water": "agua no fría",
        "refund": "reembolso pendiente",
        "wrong_price": "precio de no socio",
        "cancel_fee": "gastos de cancelación",
    },
    "it": {
        "locked_out": "codice porta",
        "double_charge": "quota addebitata due volte",
        "warm_water": "vasca non fredda",
        "refund": "rimborso mancante",
        "wrong_price": "prezzo non socio",
        "cancel_fee": "penale di cancellazione",
    },
    "pt": {
        "locked_out": "código da porta",
        "double_charge": "mensalidade cobrada duas vezes",
        "warm_water": "água não fria",
        "refund": "reembolso em falta",
        "wrong_price": "preço de não sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}
COMPLAINT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "locked_out": (
            "Séance réservée à 7h à {studio}, le code de la porte refusé, personne à l'accueil avant 8h. J'ai attendu dehors sous la pluie et la séance m'est quand même comptée. Inadmissible.",
            "Le code d'accès envoyé par l'app ne marche pas, je suis resté devant la porte 25 minutes. Je veux ma séance recréditée.",
        ),
        "double_charge": (
            "Mon Glaciva Club a été prélevé DEUX fois ce mois-ci, {amt} en trop, et mon loyer est passé à découvert. Remboursez-moi vite.",
            "Double prélèvement de l'abonnement ce mois, ça fait {amt} de trop sur mon compte. C'est pas normal.",
        ),
        "warm_water": (
            "Le bain 'glacé' était à 14 degrés ce matin à {studio}, le thermomètre était là sous nos yeux. J'ai payé pour un bain tiède.",
            "Eau pas froide du tout, le refroidisseur en panne d'après le coach, et on nous fait payer plein tarif ??",
        ),
        "refund": (
            "Le cours de respiration a été annulé par vous il y a trois semaines et toujours pas remboursé ({amt}). Trois relances sans réponse.",
            "Toujours rien sur mon compte pour le cours que VOUS avez annulé. Ça fait 3 semaines.",
        ),
        "wrong_price": (
            "Je suis membre du Club et l'app m'a fait payer le tarif non-membre sur mes quatre dernières séances, {amt} de différence.",
            "Membre Club depuis un an et on me facture le prix plein. Corrigez svp.",
        ),
        "cancel_fee": (
            "Annulé quatre jours avant et on me prend {amt} de frais d'annulation ?? Vos conditions disent 24h.",
            "Frais d'annulation alors que j'ai annulé largement à l'avance. Je conteste.",
        ),
    },
    "en": {
        "locked_out": (
            "Booked the 7am at {studio}, door code refused, nobody on the desk till 8. Stood outside in the rain and the session's still been taken off my card. Not good enough.",
            "The app's door code doesn't work, waited 25 mins outside. I want the session back.",
        ),
        "double_charge": (
            "My Glaciva Club has been taken TWICE this month, {amt} extra, and my rent bounced because of it. Sort it out please.",
            "Membership charged twice this month, that's {amt} out of my account for nothing.",
        ),
        "warm_water": (
            "The 'ice bath' was 14 degrees this morning at {studio}, the thermometer was right there. I paid for a lukewarm bath.",
            "Water wasn't cold at all, coach said the chiller's broken, and we still pay full price??",
        ),
        "refund": (
            "You cancelled the breathing class three weeks ago and I still haven't had my {amt} back. Third time asking.",
            "Still nothing back for the class YOU cancelled. Three weeks now.",
        ),
        "wrong_price": (
            "I'm a Club member and the app charged me the non-member price on my last four sessions, {amt} difference.",
            "Club member for a year and being charged full price. Please fix.",
        ),
        "cancel_fee": (
            "Cancelled four days ahead and charged a {amt} cancellation fee?? Your terms say 24 hours.",
            "Cancellation fee even though I cancelled days in advance. I'm disputing this.",
        ),
    },
    "de": {
        "locked_out": (
            "Termin um 7 Uhr in {studio}, der Türcode wurde abgelehnt, niemand am Empfang vor 8. Ich stand im Regen und die Session ist trotzdem abgebucht.",
        ),
        "double_charge": (
            "Mein Glaciva Club wurde diesen Monat ZWEIMAL abgebucht, {amt} zu viel. Bitte sofort zurück.",
        ),
        "warm_water": (
            "Das Eisbad hatte heute früh in {studio} 14 Grad, das Thermometer hing direkt daneben. Ich zahle nicht für lauwarmes Wasser.",
        ),
        "refund": (
            "Sie haben den Atemkurs vor drei Wochen abgesagt und ich warte immer noch auf {amt}.",
        ),
        "wrong_price": (
            "Ich bin Club-Mitglied und die App berechnet mir den Nichtmitgliederpreis, {amt} Unterschied.",
        ),
        "cancel_fee": (
            "Vier Tage vorher storniert und trotzdem {amt} Stornogebühr? Laut AGB gilt 24 Stunden.",
        ),
    },
    "es": {
        "locked_out": (
            "Reservé a las 7 en {studio}, el código de la puerta no funciona y no hay nadie hasta las 8. Esperando fuera bajo la lluvia y encima me cobráis la sesión.",
        ),
        "double_charge": (
            "Me habéis cobrado el Glaciva Club DOS veces este mes, {amt} de más. Devolvédmelo ya.",
        ),
        "warm_water": (
            "El baño de hielo estaba a 14 grados esta mañana en {studio}. He pagado por un baño templado.",
        ),
        "refund": (
            "Cancelasteis la clase de respiración hace tres semanas y sigo sin ver los {amt}.",
        ),
        "wrong_price": (
            "Soy socia del Club y la app me cobra precio de no socio, {amt} de diferencia.",
        ),
        "cancel_fee": (
            "Cancelé con cuatro días y me cobráis {amt} de cancelación?? Las condiciones dicen 24 horas.",
        ),
    },
    "it": {
        "locked_out": (
            "Prenotato alle 7 a {studio}, il codice della porta non funziona e nessuno alla reception prima delle 8. Sotto la pioggia e la sessione scalata lo stesso.",
        ),
        "double_charge": (
            "L'abbonamento Club mi è stato addebitato DUE volte questo mese, {amt} in più. Rimborsatemi.",
        ),
        "warm_water": (
            "La vasca 'ghiacciata' stamattina a {studio} era a 14 gradi. Ho pagato per un bagno tiepido.",
        ),
        "refund": (
            "Avete annullato voi il corso di respirazione tre settimane fa e dei {amt} nessuna traccia.",
        ),
        "wrong_price": (
            "Sono socia Club e l'app mi fa pagare il prezzo pieno, {amt} di differenza.",
        ),
        "cancel_fee": (
            "Cancellato quattro giorni prima e mi addebitate {amt} di penale?? Le condizioni dicono 24 ore.",
        ),
    },
    "pt": {
        "locked_out": (
            "Marquei para as 7h no {studio}, o código da porta não funciona e ninguém na receção antes das 8. Fiquei à chuva e a sessão foi descontada na mesma.",
        ),
        "double_charge": (
            "Cobraram a mensalidade do Club DUAS vezes este mês, {amt} a mais. Quero o dinheiro de volta.",
        ),
        "warm_water": (
            "O banho de gelo estava a 14 graus esta manhã no {studio}. Paguei por um banho morno.",
        ),
        "refund": ("Cancelaram a aula de respiração há três semanas e ainda não vi os {amt}.",),
        "wrong_price": (
            "Sou sócia do Club e a app cobra-me o preço de não sócio, {amt} de diferença.",
        ),
        "cancel_fee": (
            "Cancelei com quatro dias de antecedência e cobram {amt} de taxa?? As condições dizem 24 horas.",
        ),
    },
}
PHONE_COMPLAINT = {
    "fr": "oui bonjour alors voilà je vous appelle parce que {topic} et franchement ça fait trois fois que j'écris personne ne me répond je voudrais que quelqu'un s'en occupe aujourd'hui",
    "en": "hi yeah i'm calling because of the {topic} thing and honestly i've been on the app for ages and nobody gets back to me i need someone to sort it today",
    "de": "ja hallo ich rufe an wegen {topic} und ehrlich gesagt meldet sich niemand ich möchte dass das heute geklärt wird",
    "es": "hola buenas llamo por lo de {topic} y la verdad es que nadie me contesta quiero que alguien lo mire hoy",
    "it": "sì buongiorno chiamo per il problema {topic} e sinceramente nessuno mi risponde vorrei che qualcuno se ne occupasse oggi",
    "pt": "olá boa tarde ligo por causa do {topic} e sinceramente ninguém me responde queria que alguém tratasse disto hoje",
}
LONG_EMAIL = {
    "fr": (
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, entre deux séances de rééducation pour mon genou, et je profite de ce moment pour vous raconter ma semaine. Je viens chez Glaciva depuis l'hiver dernier, au départ sur les conseils de mon kiné justement, et j'en parle autour de moi comme d'une vraie découverte.\n\n{complaint}\n\nJe sais que vos équipes font de leur mieux et que les coachs n'y sont pour rien, mais j'aimerais une réponse claire et rapide. Je suis cliente fidèle et je voudrais le rester.\n\nBien cordialement,",
        "Bonjour l'équipe,\n\nPetit mot écrit dans le train du retour après un week-end chez mes parents, qui déménagent et m'ont épuisée. Le bain froid du lundi est normalement mon moment à moi et c'est pour ça que je vous écris.\n\n{complaint}\n\nMerci de regarder ça sérieusement, je n'ai pas l'habitude de me plaindre.\n\nCordialement,",
    ),
    "en": (
        "Hello,\n\nI'm writing this from the side of the pitch while my daughter's under-12s warm up, so forgive the state of it. I've been coming to Glaciva since January on my physio's advice and I've recommended you to half the parents here.\n\n{complaint}\n\nI know the studio staff aren't to blame and they've always been lovely, but I'd like a proper answer this week. I'd like to keep coming.\n\nKind regards,",
        "Hi,\n\nBit of a long one, typed on my lunch break between two site visits. The Monday plunge is usually the one hour of the week that's mine, which is why this annoyed me more than it should.\n\n{complaint}\n\nPlease look at it properly, I don't normally complain.\n\nThanks,",
    ),
}
CASE_OPENED = {
    "fr": "Bonjour, nous sommes désolés. Votre demande est ouverte sous la référence {ref}, un conseiller revient vers vous sous 24 h. L'équipe Glaciva",
    "en": "Hi, we're sorry about this. We've opened case {ref} and someone will get back to you within 24 hours. Glaciva support",
    "de": "Hallo, das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns innerhalb von 24 Stunden. Ihr Glaciva-Team",
    "es": "Hola, lo sentimos. Hemos abierto la incidencia {ref} y te respondemos en menos de 24 horas. Equipo Glaciva",
    "it": "Ciao, ci dispiace. Abbiamo aperto la segnalazione {ref}, ti rispondiamo entro 24 ore. Il team Glaciva",
    "pt": "Olá, lamentamos. Abrimos o pedido {ref} e respondemos em menos de 24 horas. Equipa Glaciva",
}
ESCALATED = {
    "fr": "Bonjour, votre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi. L'équipe Glaciva",
    "en": "Hi, your case {ref} is now with our quality lead, who will call you before Friday lunchtime. Glaciva support",
    "de": "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. Ihr Glaciva-Team",
    "es": "Hola, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "it": "Ciao, la tua segnalazione {ref} è ora seguita dal nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
}
GOOD_NEWS = {
    "fr": "Bonne nouvelle pour votre dossier {ref} : c'est corrigé de notre côté et la séance ou le montant vous est rendu. Pouvez-vous nous confirmer que tout est en ordre ? L'équipe Glaciva",
    "en": "Good news on case {ref}: it's fixed on our side and the session or amount has been put back. Could you confirm everything looks right? Glaciva support",
    "de": "Gute Nachricht zu Vorgang {ref}: Es ist behoben und die Session bzw. der Betrag ist zurückgebucht. Können Sie kurz bestätigen? Ihr Glaciva-Team",
    "es": "Buenas noticias sobre la incidencia {ref}: está resuelto y te hemos devuelto la sesión o el importe. ¿Nos confirmas que todo está bien?",
    "it": "Buone notizie sulla segnalazione {ref}: è sistemato e ti abbiamo restituito sessione o importo. Ci confermi che è tutto a posto?",
    "pt": "Boas notícias sobre o pedido {ref}: está resolvido e devolvemos a sessão ou o valor. Pode confirmar que está tudo bem?",
}
CONFIRMED = {
    "fr": (
        "C'est bon pour {ref}, je vois le remboursement, merci !",
        "Confirmé pour le dossier {ref}, tout est rentré dans l'ordre. Merci",
    ),
    "en": (
        "All sorted on {ref}, I can see it back, thanks!",
        "Confirmed, case {ref} is fine now. Thanks for that",
    ),
    "de": ("Passt, {ref} ist erledigt. Danke!",),
    "es": ("Confirmado, {ref} resuelto. ¡Gracias!",),
    "it": ("Confermo, {ref} sistemato. Grazie!",),
    "pt": ("Confirmo, {ref} resolvido. Obrigada!",),
}
APOLOGY = {
    "fr": (
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite.",
        "Je m'excuse pour le ton d'hier, c'était une sale journée. Merci à vous",
    ),
    "en": (
        "Sorry for my message yesterday, bad day. Thanks for sorting it so quickly.",
        "Apologies for the tone yesterday, you lot were great about it",
    ),
    "de": ("Sorry für meine Nachricht gestern, war ein blöder Tag. Danke fürs schnelle Lösen.",),
    "es": (
        "Perdón por el mensaje de ayer, estaba de los nervios. Gracias por resolverlo tan rápido.",
    ),
    "it": ("Scusate per il messaggio di ieri, giornataccia. Grazie per la rapidità.",),
    "pt": ("Desculpem a mensagem de ontem, estava de cabeça perdida. Obrigada pela rapidez.",),
}
LOW_CSAT_WORD = {
    "fr": ("Bof", ""),
    "en": ("Meh", ""),
    "de": ("",),
    "es": ("Regular", ""),
    "it": ("",),
    "pt": ("",),
}
STILL_OPEN = {
    "fr": (
        "Dossier {ref} toujours pas réglé. Je relance, c'est toujours le même problème.",
        "Re {ref} : rien n'a bougé, toujours en attente.",
    ),
    "en": (
        "Case {ref} still isn't sorted. Chasing again, same problem as before.",
        "Re {ref}: nothing has changed, still waiting.",
    ),
    "de": ("Vorgang {ref} ist immer noch offen. Gleiches Problem wie vorher.",),
    "es": ("La incidencia {ref} sigue sin resolver. Mismo problema.",),
    "it": ("La segnalazione {ref} è ancora aperta. Stesso problema di prima.",),
    "pt": ("O pedido {ref} continua por resolver. O mesmo problema.",),
}
THIRD = {
    "fr": (
        "Troisième fois pour {ref}. Une amie va chez {comp} et chez eux ça se règle dans la journée.",
        "{ref}, troisième relance. J'ai regardé les tarifs de {comp}, pour info.",
    ),
    "en": (
        "Third time about {ref}. A mate goes to {comp} and they sort this kind of thing same day.",
        "{ref}, third message. I've had a look at what {comp} charges, just saying.",
    ),
    "de": (
        "Zum dritten Mal wegen {ref}. Bei {comp} wird sowas am selben Tag gelöst, sagt ein Kollege.",
    ),
    "es": ("Tercera vez por {ref}. Una amiga va a {comp} y allí lo arreglan en el día.",),
    "it": ("Terza volta per {ref}. Un'amica va da {comp} e lì risolvono in giornata.",),
    "pt": ("Terceira vez sobre o {ref}. Uma amiga vai à {comp} e lá resolvem no próprio dia.",),
}
FOURTH = {
    "fr": ("QUATRIÈME fois que j'écris pour {ref}. Toujours rien.",),
    "en": ("FOURTH time writing about {ref}. Still nothing.",),
    "de": ("Zum VIERTEN Mal wegen {ref}. Immer noch nichts.",),
    "es": ("CUARTA vez que escribo por {ref}. Nada.",),
    "it": ("QUARTA volta che scrivo per {ref}. Ancora niente.",),
    "pt": ("QUARTA vez que escrevo sobre o {ref}. Nada.",),
}
ADDED_URGENT = {
    "fr": "J'ai ajouté votre message au dossier {ref} et l'ai marqué urgent.",
    "en": "I've added this to case {ref} and marked it urgent.",
    "de": "Ich habe das zu Vorgang {ref} hinzugefügt und als dringend markiert.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado urgente.",
    "it": "Ho aggiunto il messaggio alla segnalazione {ref} e l'ho segnata urgente.",
    "pt": "Juntei ao pedido {ref} e marquei como urgente.",
}
SLIDE = {
    "fr": (
        "Séance correcte ce matin mais l'eau était moins froide que d'habitude",
        "Deuxième fois que le créneau de 7h est complet alors que je suis membre Club, un peu dommage",
        "Vestiaires pas nettoyés ce soir, serviettes qui traînent, ça commence à baisser niveau qualité",
        "L'app plante à chaque réservation et le coach n'était pas là pour le cours, je commence à me lasser",
        "Franchement Glaciva ça devient n'importe quoi, 59 € par mois pour des créneaux jamais dispo et une eau tiède",
        "Mon beau-frère va chez {comp}, j'ai réservé une séance d'essai là-bas samedi. Vous avez perdu ce qui faisait votre charme",
    ),
    "en": (
        "Decent session but the water felt a bit warmer than usual",
        "Second time the 7am is full even though I'm a Club member, bit of a shame",
        "Changing rooms not cleaned tonight, towels everywhere, standards slipping",
        "App crashes every time I book and the coach didn't turn up for the class, getting fed up",
        "Honestly Glaciva is going downhill, £52 a month for slots I never get and lukewarm water",
        "My brother-in-law goes to {comp}, I've booked a trial there Saturday. You've lost what made you good",
    ),
    "de": (
        "Session ok, aber das Wasser war wärmer als sonst",
        "Schon wieder ist 7 Uhr ausgebucht, obwohl ich Club-Mitglied bin",
        "Umkleide heute nicht geputzt, Handtücher überall",
        "App stürzt beim Buchen ab und der Coach kam nicht zum Kurs. Langsam reicht es",
        "Glaciva wird echt immer schlechter, 59 € im Monat für nie freie Termine und lauwarmes Wasser",
        "Mein Schwager geht zu {comp}, ich hab dort Samstag ein Probetraining gebucht",
    ),
    "es": (
        "Sesión bien pero el agua menos fría que de costumbre",
        "Otra vez la sesión de las 7 llena y soy socia del Club",
        "Vestuarios sin limpiar hoy, toallas por el suelo",
        "La app se cuelga al reservar y el monitor no vino a la clase. Me estoy cansando",
        "Glaciva va a peor, 59 € al mes para no encontrar hueco y agua templada",
        "Mi cuñado va a {comp}, he reservado una prueba allí el sábado",
    ),
    "it": (
        "Sessione ok ma l'acqua meno fredda del solito",
        "Di nuovo le 7 al completo e sono socia Club",
        "Spogliatoi non puliti stasera, asciugamani ovunque",
        "L'app si blocca e il coach non si è presentato al corso. Comincio a stufarmi",
        "Glaciva peggiora, 59 € al mese per orari mai liberi e acqua tiepida",
        "Mio cognato va da {comp}, ho prenotato una prova lì sabato",
    ),
    "pt": (
        "Sessão boa mas a água menos fria do que o costume",
        "Outra vez as 7h cheias e sou sócia do Club",
        "Balneários por limpar hoje, toalhas no chão",
        "A app bloqueia ao marcar e o treinador não apareceu na aula. Estou a ficar farta",
        "A Glaciva está cada vez pior, 59 € por mês para nunca haver vaga e água morna",
        "O meu cunhado vai à {comp}, marquei uma experiência lá no sábado",
    ),
}
CANCEL_REQUEST = {
    "fr": (
        "Bonjour, je déménage à la campagne loin de tout studio, merci de résilier mon Glaciva Club et de fermer mon compte.",
        "Je souhaite résilier mon abonnement Club et supprimer mon compte, j'ai installé un bac froid dans mon jardin.",
    ),
    "en": (
        "Hi, I'm moving out to the country, nowhere near a studio, please cancel my Glaciva Club and close my account.",
        "Please cancel my Club membership and close the account, I've put a cold tub in the garden.",
    ),
    "de": (
        "Hallo, ich ziehe weg, bitte kündigen Sie meinen Glaciva Club und schließen Sie mein Konto.",
    ),
    "es": (
        "Hola, me mudo lejos de cualquier estudio, por favor dad de baja mi Glaciva Club y cerrad mi cuenta.",
    ),
    "it": ("Ciao, mi trasferisco, per favore disdite il mio Glaciva Club e chiudete l'account.",),
    "pt": ("Olá, vou mudar de cidade, por favor cancelem o meu Glaciva Club e fechem a conta.",),
}
SORRY_TO_GO = {
    "fr": "Bonjour, c'est fait : votre Glaciva Club est résilié et votre compte sera fermé. Désolés de vous voir partir !",
    "en": "Hi, done: your Glaciva Club is cancelled and your account will be closed. Sorry to see you go!",
    "de": "Hallo, erledigt: Ihr Glaciva Club ist gekündigt, das Konto wird geschlossen. Schade, dass Sie gehen!",
    "es": "Hola, hecho: tu Glaciva Club está cancelado y cerraremos la cuenta. ¡Sentimos que te vayas!",
    "it": "Ciao, fatto: il Glaciva Club è disdetto e l'account verrà chiuso. Ci dispiace vederti andare!",
    "pt": "Olá, feito: o Glaciva Club está cancelado e a conta será fechada. Temos pena que saia!",
}
GRUMPY = {
    "fr": (
        "Encore la musique trop forte dans l'espace détente.",
        "Le parking devant le studio est toujours plein, pénible.",
        "Toujours pas de savon dans les douches hommes.",
    ),
    "en": (
        "Music in the chill-out room too loud again.",
        "Parking outside the studio is always full, annoying.",
        "Still no soap in the men's showers.",
    ),
    "de": ("Die Musik im Ruheraum ist wieder zu laut.", "Nie ein Parkplatz vor dem Studio."),
    "es": (
        "Otra vez la música altísima en la zona de relax.",
        "Nunca hay aparcamiento delante del estudio.",
    ),
    "it": ("Di nuovo musica troppo alta nella zona relax.", "Mai parcheggio davanti allo studio."),
    "pt": (
        "Outra vez música alta demais na zona de relaxe.",
        "Nunca há estacionamento à porta do estúdio.",
    ),
}
SARCASM = {
    "fr": ("Génial, le bain 'glacé' à 15 degrés, on se croirait à la piscine municipale 👏",),
    "en": ("Love paying extra for an 'ice bath' at the temperature of a cup of tea 👏",),
    "de": ("Super, ein 'Eisbad' mit Badewannentemperatur 👏",),
    "es": ("Qué maravilla, un 'baño de hielo' a temperatura de caldo 👏",),
    "it": ("Fantastico, un 'bagno di ghiaccio' alla temperatura del brodo 👏",),
    "pt": ("Que maravilha, um 'banho de gelo' à temperatura de sopa 👏",),
}
GRUMBLE_ONCE = {
    "fr": "La carte des studios met une éternité à charger dans l'app.",
    "en": "The studio map in the app takes forever to load.",
    "de": "Die Studiokarte in der App lädt ewig.",
    "es": "El mapa de estudios de la app tarda una eternidad en cargar.",
    "it": "La mappa degli studi nell'app ci mette un'eternità.",
    "pt": "O mapa dos estúdios na app demora imenso a carregar.",
}
GRUMBLE_ANSWER = {
    "fr": "Merci du retour, on transmet à l'équipe de l'app.",
    "en": "Thanks for flagging, we've passed it to the app team.",
    "de": "Danke für den Hinweis, wir geben es ans App-Team weiter.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
    "it": "Grazie della segnalazione, la passiamo al team dell'app.",
    "pt": "Obrigado pelo aviso, passámos à equipa da app.",
}
BILINGUAL_WHY = (
    "studied abroad",
    "partner's language",
    "works for a foreign firm",
    "grew up in two countries",
    "lives near the border",
)

# the spike
SPIKE_REPORT = {
    "fr": (
        "Impossible de réserver une séance dans l'app, ça bloque au paiement avec l'erreur {code}. Quelqu'un d'autre ?",
        "Erreur {code} à chaque fois que je veux payer ma séance de ce matin. Je fais comment ?",
        "l'app Glaciva affiche {code} au moment de payer, aucune réservation possible",
    ),
    "en": (
        "Can't book anything in the app, it dies at payment with error {code}. Anyone else?",
        "Error {code} every time I try to pay for this morning's plunge. What do I do?",
    ),
    "de": (
        "Buchen in der App unmöglich, beim Bezahlen kommt Fehler {code}.",
        "Fehler {code} beim Bezahlen, keine Buchung möglich.",
    ),
    "es": (
        "No puedo reservar en la app, al pagar sale el error {code}.",
        "Error {code} al pagar la sesión de esta mañana.",
    ),
    "it": ("Impossibile prenotare dall'app, al pagamento esce l'errore {code}.",),
    "pt": ("Não consigo marcar na app, no pagamento aparece o erro {code}.",),
}
SPIKE_REPEAT = {
    "fr": ("Toujours {code}, même depuis le téléphone de mon copain.",),
    "en": ("Still {code}, tried my partner's phone too.",),
    "de": ("Immer noch {code}, auch mit dem Handy meiner Frau.",),
    "es": ("Sigue saliendo {code}, también desde el móvil de mi pareja.",),
    "it": ("Ancora {code}, anche dal telefono di mio marito.",),
    "pt": ("Continua {code}, também no telemóvel do meu namorado.",),
}
SPIKE_CHAT_ANSWER = {
    "fr": "Oui, les paiements dans l'app échouent en ce moment, nos ingénieurs sont dessus.",
    "en": "Yes, payments in the app are failing right now, our engineers are on it.",
    "de": "Ja, Zahlungen in der App schlagen gerade fehl, unsere Technik ist dran.",
    "es": "Sí, los pagos en la app fallan ahora mismo, el equipo técnico ya está en ello.",
    "it": "Sì, i pagamenti nell'app non funzionano in questo momento, ci stiamo lavorando.",
    "pt": "Sim, os pagamentos na app estão a falhar neste momento, a equipa técnica já está a tratar.",
}
SPIKE_FIXED = {
    "fr": "Les réservations fonctionnent de nouveau depuis {time} (heure locale). Votre prochaine séance est offerte, un crédit de 10 € a été ajouté.",
    "en": "Bookings work again since {time} (local time). Your next session is on us, a credit has been added.",
    "de": "Buchungen funktionieren wieder seit {time} (Ortszeit). Die nächste Session geht auf uns, 10 € Guthaben sind gebucht.",
    "es": "Las reservas vuelven a funcionar desde las {time} (hora local). Tu próxima sesión corre de nuestra cuenta, 10 € de crédito añadidos.",
    "it": "Le prenotazioni funzionano di nuovo dalle {time} (ora locale). La prossima sessione la offriamo noi, 10 € di credito aggiunti.",
    "pt": "As marcações voltaram a funcionar desde as {time} (hora local). A próxima sessão é por nossa conta, 10 € de crédito adicionados.",
}
LONE_QUESTION = {
    "fr": "Bonjour, hier soir le paiement a mis une minute à passer dans l'app, mais c'est passé. Normal ?",
    "en": "Hi, last night the payment took a minute to go through in the app but it did work. Is that normal?",
}
LONE_ANSWER = {
    "fr": "Bonjour, oui, parfois la banque demande une validation, c'est normal si c'est passé.",
    "en": "Hi, yes, sometimes the bank asks for a check; if it went through, all is fine.",
}

# the business arm, Glaciva Works: wellness passes for staff, on account
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT = {
    "fr": {
        "invoice": "Bonjour, vos factures Glaciva Works arrivent sans notre numéro de bon de commande et au nom de l'ancienne société. Notre comptabilité les rejette toutes.",
        "service_blocked": "Bonjour, nos salariés se font refuser à l'accueil de {studio} avec 'compte suspendu', alors que tout est payé. C'est gênant vis-à-vis des équipes.",
        "portal": "Le portail Works n'affiche plus aucun salarié inscrit, impossible de retirer les départs, et on continue d'être facturés.",
        "overbilled": "On nous facture chaque passage au tarif séance au lieu du forfait mensuel prévu au contrat, plus de 700 € d'écart.",
    },
    "en": {
        "invoice": "Hi, your Glaciva Works invoices come without our PO number and under our old company name. Accounts are bouncing every one.",
        "service_blocked": "Hi, our staff are being turned away at {studio} with 'account on hold', though everything is paid. Embarrassing for us.",
        "portal": "The Works portal shows no enrolled staff at all, so we can't remove leavers, and the bill keeps running.",
        "overbilled": "We're being billed per visit instead of the flat monthly rate in our contract, over £600 difference.",
    },
    "de": {
        "invoice": "Hallo, Ihre Glaciva-Works-Rechnungen kommen ohne unsere Bestellnummer und mit dem alten Firmennamen. Die Buchhaltung lehnt alle ab.",
        "service_blocked": "Hallo, unsere Mitarbeitenden werden in {studio} mit 'Konto gesperrt' abgewiesen, obwohl alles bezahlt ist.",
        "portal": "Das Works-Portal zeigt keine angemeldeten Mitarbeitenden mehr, Abmeldungen sind unmöglich und die Rechnung läuft weiter.",
        "overbilled": "Sie berechnen jeden Besuch einzeln statt der vertraglichen Monatspauschale, über 700 € Differenz.",
    },
    "es": {
        "invoice": "Hola, las facturas de Glaciva Works llegan sin nuestro número de pedido y con el nombre antiguo de la empresa. Contabilidad las rechaza.",
        "service_blocked": "Hola, a nuestra gente la rechazan en {studio} con 'cuenta bloqueada' y está todo pagado.",
        "portal": "El portal Works no muestra ningún empleado dado de alta, no podemos dar de baja a nadie y seguimos pagando.",
        "overbilled": "Nos cobráis por visita en vez de la tarifa mensual del contrato, más de 700 € de diferencia.",
    },
    "it": {
        "invoice": "Buongiorno, le fatture Glaciva Works arrivano senza il nostro numero d'ordine e con la vecchia ragione sociale.",
        "service_blocked": "Buongiorno, i nostri dipendenti vengono respinti a {studio} con 'account sospeso', ma è tutto pagato.",
        "portal": "Il portale Works non mostra più nessun dipendente, non possiamo togliere chi è uscito e la fattura continua.",
        "overbilled": "Ci fatturate a ingresso invece della tariffa mensile del contratto, oltre 700 € di differenza.",
    },
    "pt": {
        "invoice": "Bom dia, as faturas da Glaciva Works chegam sem o nosso número de encomenda e com o nome antigo da empresa.",
        "service_blocked": "Bom dia, os nossos colaboradores são recusados no {studio} com 'conta suspensa', e está tudo pago.",
        "portal": "O portal Works não mostra nenhum colaborador inscrito, não conseguimos retirar quem saiu e a fatura continua.",
        "overbilled": "Estão a faturar por visita em vez da mensalidade do contrato, mais de 700 € de diferença.",
    },
}
B2B_LATER = {
    "fr": "Bonjour, je me joins à {first} qui vous a écrit {day} (dossier {ref}) : même problème chez nous, rien n'a changé.",
    "en": "Hi, following up on what {first} sent {day} (case {ref}): same problem on our side, nothing has changed.",
    "de": "Hallo, ich schließe mich {first} an, die Ihnen {day} geschrieben hat (Vorgang {ref}): gleiches Problem, nichts hat sich geändert.",
    "es": "Hola, me sumo a lo que os escribió {first} el {day} (incidencia {ref}): mismo problema, nada ha cambiado.",
    "it": "Buongiorno, mi aggiungo a {first} che vi ha scritto {day} (segnalazione {ref}): stesso problema, nulla è cambiato.",
    "pt": "Bom dia, junto-me ao que a {first} vos escreveu na {day} (pedido {ref}): o mesmo problema, nada mudou.",
}
B2B_LAST_EMAIL = {
    "fr": "Dossier {ref} : toujours rien de réglé, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.",
    "en": "Case {ref}: still nothing fixed, several colleagues have written. Procurement has already asked {comp} for their rates.",
    "de": "Vorgang {ref}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "es": "Incidencia {ref}: sigue sin resolverse y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "it": "Segnalazione {ref}: ancora niente, vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto le tariffe a {comp}.",
    "pt": "Pedido {ref}: continua tudo por resolver, vários colegas escreveram. As compras já pediram preços à {comp}.",
}
B2B_LAST_CALL = {
    "fr": "oui bonjour c'est pour le dossier {ref} toujours pas réglé plusieurs collègues vous ont écrit et mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "en": "hi it's about case {ref} still not fixed several of my colleagues have written and my boss says we move the account if it's not sorted this week",
    "de": "ja hallo es geht um Vorgang {ref} immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "es": "hola llamo por la incidencia {ref} sigue sin resolver varios compañeros os han escrito y mi jefa dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "buongiorno chiamo per la segnalazione {ref} ancora non risolta diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "pt": "bom dia ligo por causa do pedido {ref} continua por resolver vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_ACK = {
    "fr": "Bonjour, merci, c'est noté sous la référence {ref}. Notre équipe Works revient vers vous rapidement.",
    "en": "Hi, thanks, logged under reference {ref}. Our Works team will be back to you shortly.",
    "de": "Hallo, danke, erfasst unter {ref}. Unser Works-Team meldet sich zeitnah.",
    "es": "Hola, gracias, registrado con la referencia {ref}. El equipo Works os contesta enseguida.",
    "it": "Buongiorno, grazie, registrato con riferimento {ref}. Il team Works vi ricontatta a breve.",
    "pt": "Bom dia, obrigado, registado com a referência {ref}. A equipa Works responde em breve.",
}
B2B_SUGGEST = {
    "fr": (
        "Suggestion : pourriez-vous nous exporter les passages par service pour notre budget bien-être ?",
        "Ce serait pratique de recevoir chaque mois la liste des salariés inscrits par studio.",
    ),
    "en": (
        "Suggestion: could the portal export visits by department for our wellbeing budget?",
        "It would help to get a monthly list of enrolled staff by studio.",
    ),
    "de": (
        "Vorschlag: Könnte das Portal die Besuche nach Abteilung exportieren?",
        "Praktisch wäre eine monatliche Liste der Angemeldeten pro Studio.",
    ),
    "es": (
        "Sugerencia: ¿podría el portal exportar las visitas por departamento?",
        "Nos vendría bien una lista mensual de inscritos por estudio.",
    ),
    "it": (
        "Suggerimento: il portale potrebbe esportare gli ingressi per reparto?",
        "Sarebbe utile una lista mensile degli iscritti per studio.",
    ),
    "pt": (
        "Sugestão: o portal podia exportar as visitas por departamento?",
        "Dava jeito uma lista mensal dos inscritos por estúdio.",
    ),
}
B2B_SUGGEST_ACK = {
    "fr": "Merci pour l'idée, nous la transmettons à l'équipe produit Works.",
    "en": "Thanks for the idea, we've passed it to the Works product team.",
    "de": "Danke für die Idee, wir geben sie ans Works-Produktteam weiter.",
    "es": "Gracias por la idea, la pasamos al equipo de producto Works.",
    "it": "Grazie dell'idea, la giriamo al team prodotto Works.",
    "pt": "Obrigado pela ideia, passámos à equipa de produto Works.",
}
B2B_QUESTION = {
    "fr": (
        "Bonjour, comment ajouter un nouveau salarié au forfait Works ?",
        "Les stagiaires peuvent-ils profiter du forfait ?",
    ),
    "en": (
        "Hi, how do I add a new starter to our Works plan?",
        "Can interns use the company passes too?",
    ),
    "de": ("Hallo, wie füge ich neue Mitarbeitende zum Works-Tarif hinzu?",),
    "es": ("Hola, ¿cómo doy de alta a un empleado nuevo en Works?",),
    "it": ("Buongiorno, come aggiungo un nuovo dipendente al piano Works?",),
    "pt": ("Bom dia, como adiciono um novo colaborador ao plano Works?",),
}
B2B_ANSWER = {
    "fr": "Bonjour, depuis le portail Works, onglet Salariés, bouton Ajouter. C'est actif tout de suite.",
    "en": "Hi, in the Works portal, Staff tab, Add. It's live straight away.",
    "de": "Hallo, im Works-Portal unter Mitarbeitende auf Hinzufügen. Sofort aktiv.",
    "es": "Hola, en el portal Works, pestaña Empleados, Añadir. Queda activo al momento.",
    "it": "Buongiorno, nel portale Works, scheda Dipendenti, Aggiungi. È subito attivo.",
    "pt": "Bom dia, no portal Works, separador Colaboradores, Adicionar. Fica logo ativo.",
}
B2B_PRAISE = {
    "fr": ("Nos équipes adorent les séances Glaciva du jeudi, merci !",),
    "en": ("Our team loves the Thursday Glaciva sessions, thank you!",),
    "de": ("Unser Team liebt die Glaciva-Sessions am Donnerstag, danke!",),
    "es": ("¡Al equipo le encantan las sesiones Glaciva de los jueves!",),
    "it": ("Il team adora le sessioni Glaciva del giovedì, grazie!",),
    "pt": ("A equipa adora as sessões Glaciva de quinta, obrigado!",),
}
COMPANIES = {
    "fr": ("Ateliers Marbeuf", "Cabinet Verlaine", "Groupe Hélianthe"),
    "en": ("Harbourline Logistics", "Fenwick & Rowe"),
    "de": ("Brückner Metallbau", "Stadtwerke Ilmenau"),
    "es": ("Talleres Urbión",),
    "it": ("Studio Tessari",),
    "pt": ("Construções Vouga",),
}
JOB_TITLES = (
    "HR manager",
    "Office manager",
    "Wellbeing lead",
    "Finance assistant",
    "Team lead",
    "Operations manager",
)
WEEKDAY = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": (
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ),
    "de": (
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
}
