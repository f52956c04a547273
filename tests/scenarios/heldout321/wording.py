"""Wording of heldout321: Swingora, indoor golf-simulator bays (written blind)."""
# ruff: noqa: E501

from __future__ import annotations

BRAND = "Swingora"
CLUB = "Swingora Club"
ARM = "Swingora Corporate"
COMPETITORS = ("Fairwix", "Teelio")
CODE = "SIM.52.08"

LANGS = ("es", "pt", "de", "en", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS: dict[str, tuple[str, ...]] = {
    "es": ("ES", "ES", "ES"),
    "pt": ("PT", "PT", "PT"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "fr": ("FR", "FR", "BE"),
    "it": ("IT", "IT", "CH"),
}
FIRST: dict[str, tuple[str, ...]] = {
    "es": ("Nuria", "Álvaro", "Marta", "Iñigo", "Rocío", "Sergio", "Beatriz", "Joaquín"),
    "pt": ("Joana", "Tiago", "Inês", "Rui", "Beatriz", "Gonçalo", "Mariana", "Duarte"),
    "de": ("Jonas", "Sabine", "Lukas", "Anja", "Tobias", "Jana", "Felix", "Birgit"),
    "en": ("Callum", "Niamh", "Harriet", "Owen", "Sinead", "Rory", "Gemma", "Declan"),
    "fr": ("Élodie", "Mathieu", "Camille", "Bastien", "Anaïs", "Julien", "Maëlle", "Thibault"),
    "it": ("Chiara", "Matteo", "Giulia", "Davide", "Federica", "Lorenzo", "Silvia", "Andrea"),
}
LAST: dict[str, tuple[str, ...]] = {
    "es": ("Ortega", "Navarro", "Iglesias", "Serrano", "Molina", "Cabrera", "Vidal", "Pascual"),
    "pt": ("Carvalho", "Moreira", "Teixeira", "Pinto", "Lopes", "Antunes", "Correia", "Ribeiro"),
    "de": ("Hartmann", "Krüger", "Vogel", "Brandl", "Seidel", "Kuhn", "Lorenz", "Pohl"),
    "en": ("Gallagher", "Whitfield", "Doyle", "Pritchard", "Kavanagh", "Hughes", "Barlow", "Nolan"),
    "fr": ("Lemoine", "Girard", "Faure", "Chevalier", "Roussel", "Perrin", "Gautier", "Marchand"),
    "it": ("Ferri", "Galli", "Marchetti", "Costa", "Pellegrini", "Barbieri", "Fontana", "Rinaldi"),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "ES": ("Valencia", "Bilbao", "Málaga", "Zaragoza"),
    "PT": ("Porto", "Braga", "Lisboa", "Aveiro"),
    "DE": ("Köln", "Leipzig", "Mainz"),
    "AT": ("Graz", "Linz"),
    "CH": ("Basel", "Lugano"),
    "UK": ("Leeds", "Bristol"),
    "IE": ("Cork", "Galway"),
    "FR": ("Nantes", "Lille"),
    "BE": ("Liège", "Namur"),
    "IT": ("Torino", "Bologna"),
}
AGENTS = ("Carla", "Bruno", "Heike", "Tom", "Agnès", "Paola", "Xavi", "Filipa")

PRODUCTS: tuple[tuple[str, float], ...] = (
    ("Bay 60 min, off-peak / Bahía 60 min, valle", 28.0),
    ("Bay 90 min, evening / Bahía 90 min, tarde", 45.0),
    ("Lesson with a pro 45 min / Clase con profesional 45 min", 52.0),
    ("Club monthly / Cuota Club mensual", 39.0),
    ("Bay for four, 2 h / Bahía para cuatro, 2 h", 78.0),
)
PAGES = ("/bays", "/book", "/club", "/lessons", "/courses", "/my-bookings", "/gift-cards")

PRAISE: dict[str, tuple[str, ...]] = {
    "es": (
        "Anoche jugamos el campo de St Andrews en Swingora y parecía que estábamos allí. Qué pasada",
        "Tercera vez este mes en la bahía 4 y el sensor sigue clavando cada golpe. Muy recomendable",
        "Mi hijo ha bajado 6 golpes desde que viene a las clases de Swingora, está feliz",
        "Reservar desde la app en dos minutos y bahía limpia y lista. Así da gusto",
    ),
    "pt": (
        "Fomos jogar ao fim da tarde na Swingora e o simulador está impecável, voltamos de certeza",
        "Mais uma vez o professor Nuno foi incrível, finalmente percebi o meu slice",
        "Terceira sessão esta semana e a bahia 2 continua perfeita. Adoro",
        "Aniversário do meu pai no simulador da Swingora, ele não queria sair de lá",
    ),
    "de": (
        "Schon wieder ein super Abend bei Swingora, die Schlagdaten sind genauer als auf der Range",
        "Regen draußen, Pebble Beach drinnen. Swingora rettet meinen Winter",
    ),
    "en": (
        "Third Thursday in a row at Swingora and the bay readings are spot on. Love it",
        "Rainy Sunday sorted: two hours on the sim at Swingora with the lads",
    ),
    "fr": (
        "Encore une soirée top chez Swingora, le simulateur est bluffant",
        "Mon premier eagle, même virtuel, chez Swingora. Je suis ravi",
    ),
    "it": (
        "Ancora una serata perfetta da Swingora, il simulatore legge ogni colpo",
        "Con questo tempo meno male che c'è Swingora, due ore volate",
    ),
}
GRIPE: dict[str, tuple[str, ...]] = {
    "es": (
        "Todo genial en Swingora, solo que el aire acondicionado de la bahía 3 está muy fuerte",
    ),
    "pt": ("Tudo ótimo, só o parque de estacionamento é que é pequeno demais ao sábado",),
    "de": ("Alles prima, nur die Handtücher an Bucht 5 könnten öfter gewechselt werden",),
    "en": ("Great session, only wish the café stayed open past nine",),
    "fr": ("Très bien comme toujours, juste le casier qui ferme mal",),
    "it": ("Tutto bene, solo la musica nella sala era un po' alta",),
}
QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        (
            "Hola, ¿puedo llevar mis propios palos o tengo que usar los vuestros?",
            "¡Claro! Puedes traer tus palos, y si no, los de la bahía están incluidos.",
        ),
        (
            "¿La cuota del Club incluye las horas de tarde o solo las de mañana?",
            "El Club incluye tarifa reducida en todas las franjas, también las de tarde.",
        ),
        (
            "Buenas, ¿cuánto antes tengo que llegar para una clase?",
            "Con 10 minutos antes es suficiente para calentar.",
        ),
    ),
    "pt": (
        (
            "Olá, posso mudar a reserva de sábado para domingo sem custos?",
            "Pode sim, até 24 h antes a mudança é gratuita.",
        ),
        (
            "Boa tarde, a bahia para quatro tem tacos para canhotos?",
            "Tem sim, temos dois sacos para canhotos em cada centro.",
        ),
        ("O cartão presente serve para aulas também?", "Serve, pode usá-lo em bahias e aulas."),
    ),
    "de": (
        (
            "Hallo, kann ich eine Bucht auch für nur 30 Minuten buchen?",
            "Ja, ab 30 Minuten in den Randzeiten.",
        ),
        (
            "Gibt es Linkshänder-Schläger vor Ort?",
            "Ja, an jeder Theke liegt ein Linkshänder-Set bereit.",
        ),
    ),
    "en": (
        (
            "Hi, can I bring my own balls or do I have to use yours?",
            "Please use ours, the sensors are calibrated for them.",
        ),
        (
            "Does the Club discount apply to lessons too?",
            "It does, 15% off lessons for Club members.",
        ),
    ),
    "fr": (
        (
            "Bonjour, peut-on venir à six sur une même baie ?",
            "Oui, jusqu'à six joueurs par baie, en réservant 2 h.",
        ),
        ("La carte cadeau est-elle valable un an ?", "Elle est valable 18 mois."),
    ),
    "it": (
        (
            "Ciao, si può prenotare una baia anche per bambini di 8 anni?",
            "Sì, con un adulto presente, e abbiamo mazze junior.",
        ),
        (
            "L'abbonamento Club si può sospendere d'estate?",
            "Sì, fino a due mesi all'anno dall'app.",
        ),
    ),
}
THANKS: dict[str, tuple[str, ...]] = {
    "es": ("Perfecto, gracias!", "Genial, mil gracias", "Vale, gracias 👍"),
    "pt": ("Perfeito, obrigado!", "Ótimo, obg", "Muito obrigada 🙂"),
    "de": ("Super, danke!", "Alles klar, danke"),
    "en": ("Brilliant, thanks!", "Cheers"),
    "fr": ("Parfait, merci !", "Super merci"),
    "it": ("Perfetto, grazie!", "Ok grazie mille"),
}
REVIEWS: dict[str, tuple[str, ...]] = {
    "es": (
        "Instalaciones nuevas, simuladores muy precisos y personal majo. Cinco estrellas",
        "Buen sitio para practicar en invierno, volveremos",
    ),
    "pt": (
        "Simuladores muito realistas e equipa simpática, recomendo",
        "Ótimo para treinar o jogo curto quando chove",
    ),
    "de": ("Sehr genaue Simulatoren, nettes Team, fairer Preis",),
    "en": ("Accurate sims, friendly staff, clean bays. Five stars",),
    "fr": ("Simulateurs précis et accueil chaleureux",),
    "it": ("Simulatori precisi e personale gentile",),
}
SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "es": ("Genial", "Muy bien", "👍", ""),
    "pt": ("Excelente", "Tudo ótimo", "🙂", ""),
    "de": ("Top", ""),
    "en": ("Great", ""),
    "fr": ("Très bien", ""),
    "it": ("Ottimo", ""),
}
NIGHT_POSTS: dict[str, tuple[str, ...]] = {
    "es": (
        "Las 2 de la mañana y yo viendo vídeos de swing antes de mi bahía de mañana en Swingora",
        "Turno de noche terminado, reservada la bahía de las 11 en Swingora para desconectar",
    ),
    "pt": (
        "3 da manhã e não durmo, já marquei a bahia para amanhã na Swingora",
        "Saída do turno da noite, amanhã é dia de Swingora",
    ),
    "de": ("Kann nicht schlafen, also Swingora-Bucht für morgen gebucht",),
    "en": ("Night shift done, Swingora bay booked for the afternoon",),
    "fr": ("Insomnie, j'ai réservé une baie Swingora pour demain",),
    "it": ("Notte insonne, prenotata la baia da Swingora per domani",),
}
NIGHT_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("¿A qué hora abrís el domingo?", "Abrimos a las 8:00 el domingo."),),
    "pt": (("A que horas abrem amanhã?", "Abrimos às 8h00."),),
    "de": (("Ab wann gilt morgen der Frühtarif?", "Von 8 bis 11 Uhr."),),
    "en": (("What time does the early rate start tomorrow?", "From 8 until 11."),),
    "fr": (("Vous ouvrez à quelle heure dimanche ?", "À 8 h."),),
    "it": (("A che ora aprite domenica?", "Alle 8."),),
}

PROBLEM_TOPIC: dict[str, dict[str, str]] = {
    "locked_out": {
        "es": "bahía cerrada al llegar",
        "pt": "bahia fechada à chegada",
        "de": "Bucht verschlossen",
        "en": "bay locked on arrival",
        "fr": "baie fermée à l'arrivée",
        "it": "baia chiusa all'arrivo",
    },
    "double_charge": {
        "es": "cobro doble",
        "pt": "cobrança a dobrar",
        "de": "doppelt abgebucht",
        "en": "charged twice",
        "fr": "débité deux fois",
        "it": "addebito doppio",
    },
    "broken_sim": {
        "es": "simulador averiado",
        "pt": "simulador avariado",
        "de": "Simulator defekt",
        "en": "simulator broken",
        "fr": "simulateur en panne",
        "it": "simulatore guasto",
    },
    "refund": {
        "es": "reembolso pendiente",
        "pt": "reembolso em falta",
        "de": "Erstattung fehlt",
        "en": "refund missing",
        "fr": "remboursement absent",
        "it": "rimborso mancante",
    },
    "wrong_price": {
        "es": "tarifa de no socio",
        "pt": "preço de não sócio",
        "de": "falscher Tarif",
        "en": "non-member rate",
        "fr": "mauvais tarif",
        "it": "tariffa sbagliata",
    },
    "cancel_fee": {
        "es": "cargo por cancelación",
        "pt": "taxa de cancelamento",
        "de": "Stornogebühr",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "it": "penale di cancellazione",
    },
}
PROBLEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "locked_out": {
        "es": (
            "Teníamos la bahía 6 reservada a las 19:00, llegamos y la puerta cerrada, nadie en recepción y la app dice que la sesión ya ha empezado. Hemos perdido la tarde y el dinero",
            "Reserva pagada para las 10, local cerrado a cal y canto. Cuatro personas esperando en la calle 40 minutos. Vergonzoso",
        ),
        "pt": (
            "Reservei a bahia 3 para as 18h, cheguei e estava tudo fechado, ninguém atendia o telefone. Paguei 45 € para ficar à porta",
            "Chegámos à hora marcada e a bahia estava trancada, a app a contar o tempo como se estivéssemos lá dentro",
        ),
        "de": (
            "Bucht 4 für 19 Uhr bezahlt, Tür zu, niemand da, die App zählt trotzdem die Zeit runter",
        ),
        "en": (
            "Booked bay 2 for 7pm, turned up to a locked door and nobody on the desk, the app says my session has started",
        ),
        "fr": (
            "Baie réservée à 18 h, porte fermée, personne à l'accueil, et l'appli compte le temps quand même",
        ),
        "it": (
            "Baia prenotata alle 19, porta chiusa e nessuno alla reception, l'app intanto scala il tempo",
        ),
    },
    "double_charge": {
        "es": (
            "Me habéis cobrado la misma reserva DOS veces, 45 € y 45 €, y no me ha llegado más que una confirmación",
            "Dos cargos idénticos en la tarjeta por una sola bahía. Quiero que me devolváis uno ya",
        ),
        "pt": (
            "Fui cobrada DUAS vezes pela mesma reserva, 78 € cada, e só tenho uma confirmação",
            "Dois débitos iguais no cartão por uma única sessão. Devolvam-me um, por favor, já",
        ),
        "de": ("Dieselbe Buchung wurde ZWEIMAL abgebucht, zweimal 45 €",),
        "en": ("You've charged my card TWICE for the same bay, £39 and £39",),
        "fr": ("Vous m'avez débité DEUX fois la même réservation, 45 € chacune",),
        "it": ("Mi avete addebitato DUE volte la stessa prenotazione, 45 € l'una",),
    },
    "broken_sim": {
        "es": (
            "El sensor de la bahía 5 no registraba la mitad de los golpes, la pantalla se colgaba cada diez minutos y nadie vino a arreglarlo. Pagamos la hora entera",
            "Simulador muerto media sesión, la bola salía y la pantalla nada. Y encima nos cobráis todo",
        ),
        "pt": (
            "O sensor da bahia 1 não lia metade das pancadas e o ecrã bloqueou três vezes. Pagámos a hora inteira para nada",
            "Simulador avariado quase toda a sessão e ninguém veio ajudar",
        ),
        "de": (
            "Der Sensor in Bucht 3 hat jeden zweiten Schlag nicht erkannt, das Bild ist dreimal eingefroren",
        ),
        "en": (
            "The launch monitor in bay 5 missed every other shot and the screen froze three times, and we paid the full hour",
        ),
        "fr": ("Le capteur de la baie 2 ratait un coup sur deux et l'écran a gelé trois fois",),
        "it": (
            "Il sensore della baia 4 perdeva un colpo su due e lo schermo si è bloccato tre volte",
        ),
    },
    "refund": {
        "es": (
            "Cancelé la reserva hace tres semanas y el reembolso de 78 € sigue sin aparecer",
            "TRES semanas esperando los 45 € de una reserva cancelada. ¿Dónde está mi dinero?",
        ),
        "pt": (
            "Cancelei há três semanas e os 78 € do reembolso ainda não chegaram",
            "Já passaram TRÊS semanas e nada do reembolso de 45 €",
        ),
        "de": ("Vor drei Wochen storniert, die 78 € sind immer noch nicht zurück",),
        "en": ("Cancelled three weeks ago and the £67 refund still hasn't shown up",),
        "fr": ("Annulé il y a trois semaines et toujours pas de remboursement des 78 €",),
        "it": ("Ho cancellato tre settimane fa e i 78 € non sono ancora tornati",),
    },
    "wrong_price": {
        "es": (
            "Soy socio del Club y me habéis cobrado la tarifa de no socio, 45 € en vez de 32 €",
            "Pago el Club cada mes y la app me cobra como si no lo fuera. Tres reservas ya así",
        ),
        "pt": (
            "Sou sócio do Club e cobraram-me o preço normal, 45 € em vez de 32 €",
            "Pago o Club todos os meses e a app cobra-me como não sócio. Já vão três reservas",
        ),
        "de": ("Ich bin Club-Mitglied und zahle trotzdem den normalen Preis, 45 € statt 32 €",),
        "en": ("I'm a Club member and got charged the non-member rate, £39 instead of £28",),
        "fr": ("Je suis membre du Club et on m'a facturé le tarif normal, 45 € au lieu de 32 €",),
        "it": ("Sono socio Club e mi avete fatto pagare la tariffa piena, 45 € invece di 32 €",),
    },
    "cancel_fee": {
        "es": (
            "Cancelé con CUATRO días de antelación y me habéis cobrado 20 € de penalización",
            "Anulo la reserva el lunes para el viernes y me cobráis cargo por cancelación tardía. ¿Perdona?",
        ),
        "pt": (
            "Cancelei com QUATRO dias de antecedência e cobraram-me 20 € de taxa",
            "Cancelei na segunda para sexta e aparece uma taxa de cancelamento tardio. Como assim?",
        ),
        "de": ("Vier Tage vorher storniert und trotzdem 20 € Stornogebühr",),
        "en": ("Cancelled four days ahead and still got a £17 late-cancellation fee",),
        "fr": ("Annulé quatre jours avant et 20 € de frais d'annulation quand même",),
        "it": ("Ho cancellato quattro giorni prima e mi avete addebitato 20 € di penale",),
    },
}
SUBJ_COMPLAINT = {
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
}
SUBJ_CASE = {
    "es": "RE: Incidencia ",
    "pt": "RE: Pedido ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "it": "R: Segnalazione ",
}
EMAIL_WRAP: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("Hola,\n\n", "\n\nEspero respuesta hoy.\n{name}"),
        ("Buenas tardes:\n\n", "\n\nUn saludo,\n{name}"),
    ),
    "pt": (
        ("Boa tarde,\n\n", "\n\nAguardo resposta.\n{name}"),
        ("Olá,\n\n", "\n\nCumprimentos,\n{name}"),
    ),
    "de": (("Hallo,\n\n", "\n\nGruß\n{name}"),),
    "en": (("Hi,\n\n", "\n\nThanks,\n{name}"),),
    "fr": (("Bonjour,\n\n", "\n\nCordialement,\n{name}"),),
    "it": (("Buongiorno,\n\n", "\n\nSaluti,\n{name}"),),
}
LONG_WRAP: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        (
            "Hola, os escribo desde la sala de espera del dentista de mi madre, así que perdonad si me enrollo. Llevamos un año viniendo a Swingora mi cuñado y yo todos los jueves, es nuestra escapada desde que nació mi segunda hija, y hasta ahora todo de diez. Pero lo del otro día no lo entiendo: ",
            ". Ya os digo que no es por el dinero, es que esa tarde la había preparado con mucha ilusión. Os pido que lo miréis y me digáis algo.\n\nGracias,\n{name}",
        ),
        (
            "Buenos días. Os escribo en el descanso del turno en la farmacia, entre receta y receta. Soy clienta casi desde que abristeis en mi ciudad y os he recomendado a media oficina de mi marido. Por eso me sabe fatal escribir esto: ",
            ". Espero que sea un error y que lo arregléis pronto.\n\nUn abrazo,\n{name}",
        ),
    ),
    "pt": (
        (
            "Bom dia. Escrevo do carro, à espera que o meu filho saia do treino de natação, por isso desculpem os erros. Sou cliente desde a abertura e o simulador foi a minha salvação neste inverno de obras em casa. Mas desta vez não posso ficar calado: ",
            ". Não quero fazer disto um drama, só quero que resolvam.\n\nObrigado,\n{name}",
        ),
        (
            "Olá. Estou a escrever no intervalo do almoço, no banco em frente à escola onde dou aulas. Venho à Swingora com o meu pai, que tem 71 anos e adora, todos os sábados. Por isso custa-me escrever isto: ",
            ". Peço que vejam o que aconteceu e me respondam.\n\nCumprimentos,\n{name}",
        ),
    ),
    "de": (
        (
            "Hallo zusammen, ich schreibe aus dem Wartezimmer beim Tierarzt, unser Hund hat sich die Pfote verletzt. Ich komme seit zwei Jahren fast jede Woche zu Swingora und war nie unzufrieden, aber das geht nicht: ",
            ". Bitte kümmern Sie sich darum.\n\nViele Grüße\n{name}",
        ),
    ),
    "en": (
        (
            "Hello, writing this on the train home so forgive the length. I've been coming to Swingora since the week you opened, it's been my winter golf for two years, but this one I can't let go: ",
            ". Please look into it.\n\nRegards,\n{name}",
        ),
    ),
    "fr": (
        (
            "Bonjour, je vous écris depuis la salle d'attente de la kiné. Je viens chez Swingora chaque semaine depuis un an, mais là ça ne va pas : ",
            ". Merci de regarder ça.\n\n{name}",
        ),
    ),
    "it": (
        (
            "Buongiorno, vi scrivo dalla sala d'attesa del pediatra. Vengo da Swingora ogni settimana da un anno, ma questa volta no: ",
            ". Vi prego di verificare.\n\n{name}",
        ),
    ),
}
CASE_OPENED = {
    "es": (
        "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {ref} y te respondemos en 48 h como máximo.",
    ),
    "pt": (
        "Olá {first}, lamentamos o sucedido. Abrimos o pedido {ref} e respondemos no máximo em 48 h.",
    ),
    "de": (
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns binnen 48 Stunden.",
    ),
    "en": (
        "Hi {first}, sorry about this. We've opened case {ref} and will come back to you within 48 hours.",
    ),
    "fr": ("Bonjour {first}, désolés. Nous avons ouvert la demande {ref}, réponse sous 48 h.",),
    "it": (
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {ref}, risposta entro 48 ore.",
    ),
}
GOOD_NEWS = {
    "es": (
        "Hola {first}, buenas noticias sobre la incidencia {ref}: está resuelto por nuestra parte. ¿Nos confirmas que lo ves bien?",
    ),
    "pt": (
        "Olá {first}, boas notícias sobre o pedido {ref}: já está resolvido do nosso lado. Pode confirmar?",
    ),
    "de": (
        "Hallo {first}, gute Nachrichten zu {ref}: bei uns ist es erledigt. Können Sie das bestätigen?",
    ),
    "en": ("Hi {first}, good news on case {ref}: it's sorted on our side. Could you confirm?",),
    "fr": (
        "Bonjour {first}, bonne nouvelle pour {ref} : c'est réglé chez nous. Pouvez-vous confirmer ?",
    ),
    "it": ("Ciao {first}, buone notizie su {ref}: risolto da parte nostra. Ce lo confermi?",),
}
CONFIRM = {
    "es": (
        "Confirmado lo de {ref}, ya está todo bien. Gracias",
        "Visto, {ref} resuelto. Gracias por la rapidez",
    ),
    "pt": (
        "Confirmo, o {ref} está resolvido. Obrigado",
        "Tudo certo com o {ref}, obrigada pela rapidez",
    ),
    "de": ("Bestätigt, {ref} ist erledigt. Danke",),
    "en": ("Confirmed, {ref} is sorted now. Thanks",),
    "fr": ("Confirmé pour {ref}, tout est bon. Merci",),
    "it": ("Confermo, {ref} risolto. Grazie",),
}
APOLOGY = {
    "es": (
        "Perdón por el tono de ayer, estaba muy quemado. Gracias por arreglarlo",
        "Siento lo borde que fui ayer, no era con vosotros",
    ),
    "pt": (
        "Peço desculpa pelo tom de ontem, estava mesmo irritada. Obrigada por resolverem",
        "Desculpem a mensagem de ontem, exagerei",
    ),
    "de": ("Sorry für den Ton gestern, war echt sauer. Danke fürs Lösen",),
    "en": ("Sorry for the tone yesterday, I was fuming. Thanks for sorting it",),
    "fr": ("Désolé pour le ton d'hier, j'étais énervé. Merci d'avoir réglé ça",),
    "it": ("Scusate il tono di ieri, ero arrabbiato. Grazie per aver risolto",),
}
LOW_WORDS = {
    "es": ("Mal", "Fatal", ""),
    "pt": ("Mau", "Péssimo", ""),
    "de": ("Schlecht", ""),
    "en": ("Poor", ""),
    "fr": ("Nul", ""),
    "it": ("Male", ""),
}
STILL_OPEN = {
    "es": (
        "Sigo sin solución con la incidencia {ref}. {core}",
        "Vuelvo a escribir por {ref}, sigue abierta y nadie me dice nada. {core}",
    ),
    "pt": (
        "O pedido {ref} continua por resolver. {core}",
        "Volto a escrever sobre o {ref}, ainda está em aberto. {core}",
    ),
    "de": ("Vorgang {ref} ist immer noch offen. {core}",),
    "en": ("Case {ref} is still open. {core}",),
    "fr": ("La demande {ref} est toujours ouverte. {core}",),
    "it": ("La segnalazione {ref} è ancora aperta. {core}",),
}
THIRD = {
    "es": (
        "Un compañero juega en {comp} y allí esto lo arreglan en el día.",
        "He mirado lo que cobra {comp}, por si acaso.",
    ),
    "pt": (
        "Um colega joga na {comp} e lá resolvem isto no mesmo dia.",
        "Já fui ver os preços da {comp}, para que saibam.",
    ),
    "de": ("Ein Kollege spielt bei {comp}, da wird so etwas am selben Tag erledigt.",),
    "en": ("A mate plays at {comp} and they sort this the same day.",),
    "fr": ("Un collègue joue chez {comp}, eux règlent ça dans la journée.",),
    "it": ("Un collega gioca da {comp} e lì lo risolvono in giornata.",),
}
FOURTH = {
    "es": "Es la CUARTA vez que escribo.",
    "pt": "É a QUARTA vez que escrevo.",
    "de": "Das ist das VIERTE Mal.",
    "en": "This is the FOURTH time I'm writing.",
    "fr": "C'est la QUATRIÈME fois.",
    "it": "È la QUARTA volta che scrivo.",
}
QUALITY_LEAD = {
    "es": "Hola {first}, tu incidencia {ref} ya está con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "pt": "Olá {first}, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia.",
    "de": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hi {first}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {first}, votre demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao {first}, la segnalazione {ref} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
}
URGENT_CHAT = {
    "es": "Lo añado a {ref} y lo marco como urgente.",
    "pt": "Acrescento ao {ref} e marco como urgente.",
    "de": "Ich ergänze {ref} und markiere ihn dringend.",
    "en": "Added to {ref} and marked urgent.",
    "fr": "Ajouté à {ref}, marqué urgent.",
    "it": "Aggiunto a {ref}, segnato come urgente.",
}

SLIDE: dict[str, tuple[str, ...]] = {
    "es": (
        "La app tardó una eternidad en confirmar la reserva de Swingora hoy, raro",
        "Bahía sin toalla y con la alfombra despegada. Otras veces estaba mejor",
        "Tercera semana que la bahía que reservo está ocupada al llegar y me mandan a otra peor",
        "Han subido la tarifa de tarde y el sensor sigue fallando. Cada vez menos ganas",
        "Harto. 45 € por una hora con el simulador colgado y ni una disculpa",
        "Mi cuñado se ha pasado a {comp} y el sábado me voy con él. Aquí ya no",
    ),
    "pt": (
        "A app demorou imenso a confirmar a reserva hoje, estranho",
        "Bahia sem toalha e com o tapete levantado. Já foi melhor",
        "Terceira semana que a bahia reservada está ocupada quando chego",
        "Subiram o preço da tarde e o sensor continua a falhar. Cada vez menos vontade",
        "Farta. 45 € por uma hora com o simulador bloqueado e nem um pedido de desculpa",
        "O meu cunhado mudou-se para a {comp} e sábado vou com ele. Aqui acabou",
    ),
    "de": (
        "Die App hat heute ewig für die Buchung gebraucht, komisch",
        "Keine Handtücher und die Matte löst sich. War schon mal besser",
        "Dritte Woche, dass meine gebuchte Bucht besetzt ist",
        "Preise erhöht und der Sensor spinnt weiter. Immer weniger Lust",
        "Reicht. 45 € für eine Stunde mit eingefrorenem Simulator, keine Entschuldigung",
        "Mein Schwager spielt jetzt bei {comp}, Samstag gehe ich mit. Hier nicht mehr",
    ),
    "en": (
        "App took ages to confirm my booking today, odd",
        "No towel and the mat's peeling in the bay. It used to be better",
        "Third week my booked bay is taken when I turn up",
        "Evening prices up and the sensor's still playing up. Losing interest",
        "Done. £39 for an hour of a frozen simulator and not a word of sorry",
        "My brother-in-law has moved to {comp}, I'm going with him Saturday. Not here",
    ),
    "fr": (
        "L'appli a mis un temps fou à confirmer ma réservation aujourd'hui",
        "Pas de serviette et le tapis se décolle. C'était mieux avant",
        "Troisième semaine que ma baie réservée est occupée",
        "Prix en hausse et capteur toujours capricieux. Plus trop envie",
        "Marre. 45 € pour une heure de simulateur figé, sans excuses",
        "Mon beau-frère est passé chez {comp}, j'y vais samedi. Plus ici",
    ),
    "it": (
        "L'app ci ha messo un'eternità a confermare oggi, strano",
        "Niente asciugamano e il tappeto si stacca. Prima era meglio",
        "Terza settimana che la mia baia prenotata è occupata",
        "Prezzi aumentati e il sensore fa ancora i capricci. Sempre meno voglia",
        "Basta. 45 € per un'ora di simulatore bloccato, nessuna scusa",
        "Mio cognato è passato a {comp}, sabato vado con lui. Qui basta",
    ),
}
LEAVE = {
    "es": (
        "Hola, me mudo a un pueblo sin centro Swingora cerca. Quiero darme de baja del Club y cerrar la cuenta, por favor.",
        "Buenas, me he comprado una red y un simulador para el garaje. Quiero cancelar el Club y cerrar mi cuenta.",
    ),
    "pt": (
        "Olá, vou mudar-me para uma terra sem Swingora perto. Quero cancelar o Club e fechar a conta, por favor.",
        "Boa tarde, comprei um simulador para a garagem. Quero cancelar o Club e encerrar a conta.",
    ),
    "de": (
        "Hallo, ich ziehe weg, kein Swingora in der Nähe. Bitte Club kündigen und Konto schließen.",
    ),
    "en": (
        "Hi, I'm moving somewhere with no Swingora nearby. Please cancel my Club and close the account.",
    ),
    "fr": (
        "Bonjour, je déménage loin de tout centre Swingora. Merci de résilier le Club et de fermer mon compte.",
    ),
    "it": (
        "Buongiorno, mi trasferisco lontano da Swingora. Vorrei disdire il Club e chiudere l'account.",
    ),
}
SORRY_GO = {
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar el Club tú mismo en la app o en la web, en Mi cuenta.",
    "pt": "Olá {first}, temos pena. Pode cancelar o Club na app ou no site, em A minha conta.",
    "de": "Hallo {first}, schade! Sie können den Club selbst in der App oder auf der Website kündigen.",
    "en": "Hi {first}, sorry to see you go. You can cancel the Club yourself in the app or on the website.",
    "fr": "Bonjour {first}, dommage ! Vous pouvez résilier le Club dans l'appli ou sur le site.",
    "it": "Ciao {first}, ci dispiace. Puoi disdire il Club dall'app o dal sito.",
}
GRUMBLES = {
    "es": (
        "Otra vez la app cerrándome la sesión cada vez que la abro",
        "El aparcamiento de Swingora un sábado es imposible",
        "La máquina de bolas del bar siempre vacía",
    ),
    "pt": (
        "Outra vez a app a fazer logout sempre que a abro",
        "O estacionamento ao sábado é impossível",
        "A máquina de café avariada outra vez",
    ),
    "de": ("Die App meldet mich schon wieder ständig ab", "Samstags ist der Parkplatz immer voll"),
    "en": (
        "App logging me out again every single time",
        "Saturday parking is a nightmare as usual",
    ),
    "fr": ("L'appli me déconnecte encore à chaque fois", "Le parking le samedi, impossible"),
    "it": ("L'app mi scollega di nuovo ogni volta", "Il parcheggio il sabato è impossibile"),
}
SARCASM = {
    "es": (
        'Genial, la bahía "premium" con el proyector parpadeando. Muy premium todo 👏',
        "Me encanta esperar 25 minutos a que acabe el de antes. Puntualidad Swingora 😂",
    ),
    "pt": (
        'Adorei a bahia "premium" com o projetor a piscar. Muito premium 👏',
        "Nada como esperar 25 minutos pelo grupo anterior. Pontualidade Swingora 😂",
    ),
    "de": ('Toll, die "Premium"-Bucht mit flackerndem Beamer. Sehr premium 👏',),
    "en": ('Love the "premium" bay with the flickering projector. Very premium 👏',),
    "fr": ('Génial la baie "premium" avec le projecteur qui clignote 👏',),
    "it": ('Bellissima la baia "premium" col proiettore che sfarfalla 👏',),
}
MILD = {
    "es": (
        "La app me enseña el centro de otra ciudad al buscar, un poco lío",
        "Las notificaciones me llegan en inglés aunque tengo la app en español",
    ),
    "pt": (
        "A pesquisa da app mostra o centro de outra cidade",
        "As notificações chegam em inglês apesar de ter a app em português",
    ),
    "de": ("Die Suche zeigt mir den Standort einer anderen Stadt",),
    "en": ("The app search shows me another city's centre first",),
    "fr": ("La recherche de l'appli affiche le centre d'une autre ville",),
    "it": ("La ricerca dell'app mi mostra il centro di un'altra città",),
}
MILD_ACK = {
    "es": "Gracias {first}, lo pasamos al equipo de la app.",
    "pt": "Obrigado {first}, passámos à equipa da app.",
    "de": "Danke {first}, ist an das App-Team weitergegeben.",
    "en": "Thanks {first}, passed to the app team.",
    "fr": "Merci {first}, transmis à l'équipe de l'appli.",
    "it": "Grazie {first}, girato al team dell'app.",
}

SPIKE = {
    "es": (
        "No me deja hacer el check-in en la bahía, la pantalla dice error {code} y no arranca la sesión",
        "Error {code} al escanear en la bahía, estamos los cuatro plantados sin poder jugar",
        "¿Qué pasa con el check-in? {code} todo el rato y la bahía no se enciende",
    ),
    "pt": (
        "Não consigo fazer check-in na bahia, o ecrã dá erro {code} e a sessão não começa",
        "Erro {code} ao ler o código na bahia, estamos parados sem jogar",
        "O check-in não funciona, sempre {code}, a bahia não liga",
    ),
    "de": ("Check-in an der Bucht geht nicht, Fehler {code}, die Session startet nicht",),
    "en": ("Can't check in at the bay, screen says error {code} and the session won't start",),
    "fr": ("Impossible de faire le check-in à la baie, erreur {code}, la session ne démarre pas",),
    "it": ("Non riesco a fare il check-in alla baia, errore {code}, la sessione non parte",),
}
SPIKE_AGAIN = {
    "es": "Sigue dando {code}, también con el móvil de mi mujer. Seguimos sin jugar",
    "pt": "Continua {code}, também no telemóvel do meu marido. Continuamos sem jogar",
    "de": "Immer noch {code}, auch mit dem Handy meiner Frau",
    "en": "Still {code}, tried my wife's phone too. Still not playing",
    "fr": "Toujours {code}, même avec le téléphone de ma femme",
    "it": "Ancora {code}, anche col telefono di mia moglie",
}
SPIKE_CHAT = {
    "es": "Sí, el check-in de las bahías falla ahora mismo en todos los centros, el equipo técnico ya está en ello.",
    "pt": "Sim, o check-in das bahias está a falhar agora em todos os centros, a equipa técnica já está a tratar.",
    "de": "Ja, der Check-in fällt gerade in allen Zentren aus, die Technik ist dran.",
    "en": "Yes, bay check-in is failing at every centre right now, our engineers are on it.",
    "fr": "Oui, le check-in des baies est en panne dans tous les centres, nos techniciens sont dessus.",
    "it": "Sì, il check-in delle baie non funziona in tutti i centri, i tecnici ci stanno lavorando.",
}
WORKS_AGAIN = {
    "es": "Hola {first}, el check-in vuelve a funcionar desde las {local}. La sesión de hoy corre de nuestra cuenta: te hemos abonado 10 €.",
    "pt": "Olá {first}, o check-in voltou a funcionar desde as {local}. A sessão de hoje é por nossa conta: creditámos 10 €.",
    "de": "Hallo {first}, der Check-in geht seit {local} wieder. Die heutige Session geht auf uns: 10 € gutgeschrieben.",
    "en": "Hi {first}, check-in works again since {local}. Today's session is on us: {credit} credit added.",
    "fr": "Bonjour {first}, le check-in fonctionne à nouveau depuis {local}. La séance d'aujourd'hui est offerte : 10 € crédités.",
    "it": "Ciao {first}, il check-in funziona di nuovo dalle {local}. La sessione di oggi è offerta: 10 € accreditati.",
}
LONE = {
    "es": (
        "Ayer por la noche el código de check-in salía gris en la app hasta que subí el brillo, ¿funcionará mañana en la bahía?",
        "Sale gris con poco brillo, la bahía lo lee sin problema.",
    ),
    "pt": (
        "Ontem à noite o código de check-in aparecia cinzento até aumentar o brilho, amanhã vai funcionar na bahia?",
        "Fica cinzento com pouco brilho, a bahia lê-o sem problema.",
    ),
}
CALM_GRUMBLE = {
    "es": ("El mapa de centros tarda mucho en cargar en la app", "Gracias por avisar, lo miramos."),
    "pt": ("O mapa dos centros demora muito a carregar na app", "Obrigado pelo aviso, vamos ver."),
}

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Las facturas de Swingora Corporate salen sin nuestro número de pedido y con la razón social antigua, contabilidad no puede pagarlas",
        "pt": "As faturas da Swingora Corporate vêm sem o número de encomenda e com o nome antigo da empresa, a contabilidade não as aceita",
        "de": "Die Rechnungen von Swingora Corporate kommen ohne unsere Bestellnummer und mit dem alten Firmennamen, die Buchhaltung kann nicht zahlen",
        "en": "Swingora Corporate invoices arrive without our PO number and under our old company name, accounts can't pay them",
        "fr": "Les factures Swingora Corporate arrivent sans notre numéro de commande et avec l'ancienne raison sociale",
        "it": "Le fatture Swingora Corporate arrivano senza numero d'ordine e con la vecchia ragione sociale",
    },
    "service_blocked": {
        "es": 'Nos han cancelado las bahías del evento de equipo por "cuenta bloqueada" y la cuenta está pagada al día',
        "pt": 'Cancelaram as bahias do evento de equipa por "conta bloqueada" e temos tudo pago',
        "de": 'Unsere Team-Event-Buchten wurden wegen "Konto gesperrt" storniert, obwohl alles bezahlt ist',
        "en": 'Our team-event bays were cancelled as "account on hold" though the account is paid up',
        "fr": "Nos baies pour l'événement d'équipe ont été annulées, \"compte bloqué\", alors que tout est payé",
        "it": 'Ci hanno cancellato le baie dell\'evento aziendale per "conto bloccato" ma è tutto pagato',
    },
    "portal": {
        "es": "El portal de empresa no muestra ninguna reserva activa, así que no podemos añadir invitados ni cambiar horarios",
        "pt": "O portal empresarial não mostra reservas ativas, não conseguimos adicionar convidados",
        "de": "Das Firmenportal zeigt keine aktiven Buchungen, wir können keine Gäste hinzufügen",
        "en": "The corporate portal shows no active bookings so we can't add guests or change times",
        "fr": "Le portail entreprise n'affiche aucune réservation, impossible d'ajouter des invités",
        "it": "Il portale aziendale non mostra prenotazioni attive, non possiamo aggiungere ospiti",
    },
    "overbilled": {
        "es": "Nos facturáis tarifa de hora punta en vez de la tarifa de contrato, más de 600 € de diferencia este trimestre",
        "pt": "Estão a faturar preço de hora de ponta em vez do preço do contrato, mais de 600 € de diferença",
        "de": "Sie berechnen Spitzenzeit statt Vertragstarif, über 600 € Differenz im Quartal",
        "en": "You're billing peak rates instead of our contract rate, over £500 difference this quarter",
        "fr": "Vous facturez le tarif heure de pointe au lieu du tarif contrat, plus de 600 € d'écart",
        "it": "Fatturate la tariffa di punta invece di quella di contratto, oltre 600 € di differenza",
    },
}
B2B_LATER = {
    "es": "Como ya escribió {other} el {day}, incidencia {ref}: {core}. Nos afecta también en mi departamento.",
    "pt": "Como a {other} já escreveu {day}, pedido {ref}: {core}. Afeta também o meu departamento.",
    "de": "Wie {other} schon am {day} geschrieben hat, Vorgang {ref}: {core}. Betrifft auch meine Abteilung.",
    "en": "As {other} wrote on {day}, case {ref}: {core}. It hits my team too.",
    "fr": "Comme {other} l'a écrit {day}, demande {ref} : {core}. Mon service aussi.",
    "it": "Come ha scritto {other} {day}, segnalazione {ref}: {core}. Anche il mio reparto.",
}
B2B_LAST = {
    "es": "Seguimos igual con {ref}, nada arreglado y ya han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "pt": "Continuamos na mesma com o {ref}, nada resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}.",
    "de": "Bei {ref} ist nichts passiert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "en": "Still nothing on {ref}, several colleagues have written. Procurement has asked {comp} for rates.",
    "fr": "Toujours rien sur {ref}, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "Ancora niente su {ref}, diversi colleghi hanno scritto. Gli acquisti hanno chiesto i prezzi a {comp}.",
}
B2B_LAST_CALL = {
    "es": "hola llamo por la incidencia {ref} que sigue sin arreglarse ya os han escrito varios compañeros y mi jefe dice que si no se soluciona esta semana nos vamos a otro proveedor",
    "pt": "olá ligo por causa do pedido {ref} que continua por resolver já vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "hallo ich rufe wegen Vorgang {ref} an das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "en": "hi calling about case {ref} still not fixed several of us have written and my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour j'appelle pour la demande {ref} toujours pas réglée plusieurs collègues ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "buongiorno chiamo per la segnalazione {ref} ancora non risolta hanno scritto in tanti e il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
}
B2B_ACK = {
    "es": "Hola {first}, registrado en la incidencia {ref}, nuestro equipo de empresas lo revisa.",
    "pt": "Olá {first}, registado no pedido {ref}, a equipa empresarial está a analisar.",
    "de": "Hallo {first}, erfasst unter {ref}, unser Firmenkunden-Team prüft das.",
    "en": "Hi {first}, logged as case {ref}, our corporate team is on it.",
    "fr": "Bonjour {first}, enregistré sous {ref}, notre équipe entreprises s'en occupe.",
    "it": "Ciao {first}, registrato come {ref}, il team aziende se ne occupa.",
}
B2B_SUGGEST = {
    "es": (
        "Estaría bien poder exportar el gasto por centro de coste desde el portal",
        "Sugerencia: que la confirmación del evento incluya la lista de invitados",
    ),
    "pt": (
        "Seria útil exportar os gastos por centro de custo no portal",
        "Sugestão: incluir a lista de convidados na confirmação do evento",
    ),
    "de": ("Wäre schön, die Kosten nach Kostenstelle exportieren zu können",),
    "en": ("Would be handy to export spend by cost centre from the portal",),
    "fr": ("Ce serait pratique d'exporter les dépenses par centre de coût",),
    "it": ("Sarebbe utile esportare la spesa per centro di costo",),
}
B2B_QUESTIONS = {
    "es": (
        (
            "¿Podemos reservar tres bahías juntas para el jueves por la tarde?",
            "Sí, las tienes bloqueadas en el portal.",
        ),
    ),
    "pt": (
        (
            "Podemos reservar três bahias juntas para quinta à tarde?",
            "Sim, já estão bloqueadas no portal.",
        ),
    ),
    "de": (
        (
            "Können wir drei Buchten nebeneinander für Donnerstag buchen?",
            "Ja, im Portal reserviert.",
        ),
    ),
    "en": (
        (
            "Can we get three bays side by side for Thursday afternoon?",
            "Yes, held for you in the portal.",
        ),
    ),
    "fr": (
        (
            "Peut-on avoir trois baies côte à côte jeudi après-midi ?",
            "Oui, bloquées dans le portail.",
        ),
    ),
    "it": (("Possiamo avere tre baie vicine giovedì pomeriggio?", "Sì, bloccate nel portale."),),
}
B2B_PRAISE = {
    "es": "El afterwork de equipo en Swingora fue un éxito, repetiremos",
    "pt": "O evento de equipa na Swingora foi um sucesso, vamos repetir",
    "de": "Unser Team-Abend bei Swingora war ein voller Erfolg",
    "en": "Team night at Swingora was a hit, booking again",
    "fr": "Soirée d'équipe chez Swingora réussie, on revient",
    "it": "Serata aziendale da Swingora riuscitissima",
}
WEEKDAY = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": (
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
