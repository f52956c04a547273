"""Consumers' and agents' words for heldout68 (Zolleto, rented vegetable-garden plots).

Written from the stories, Italian and Spanish first. Placeholders: {case}, {agent},
{name}, {amount}, {comp}, {day}, {time}, {product}.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("it", "es", "pt", "de", "fr", "en")

FIRST_F = {
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Elena",
        "Marta",
        "Silvia",
        "Paola",
        "Roberta",
        "Anna",
        "Lucia",
        "Ilaria",
        "Valentina",
        "Caterina",
        "Sara",
        "Teresa",
        "Michela",
    ],
    "es": [
        "Lucía",
        "Carmen",
        "Marta",
        "Elena",
        "Pilar",
        "Nuria",
        "Rocío",
        "Ana",
        "Beatriz",
        "Inés",
        "Sofía",
        "Irene",
        "Raquel",
        "Montse",
        "Julia",
        "Alba",
    ],
    "pt": [
        "Ana",
        "Inês",
        "Mariana",
        "Joana",
        "Catarina",
        "Rita",
        "Sofia",
        "Beatriz",
        "Teresa",
        "Helena",
    ],
    "de": [
        "Anna",
        "Katrin",
        "Sabine",
        "Julia",
        "Miriam",
        "Lena",
        "Petra",
        "Franziska",
        "Ute",
        "Heike",
    ],
    "fr": [
        "Claire",
        "Camille",
        "Sophie",
        "Élodie",
        "Manon",
        "Nathalie",
        "Aurélie",
        "Isabelle",
        "Chloé",
        "Margaux",
    ],
    "en": [
        "Emma",
        "Sarah",
        "Niamh",
        "Aoife",
        "Rachel",
        "Lucy",
        "Hannah",
        "Claire",
        "Siobhan",
        "Kate",
    ],
}
FIRST_M = {
    "it": [
        "Marco",
        "Luca",
        "Davide",
        "Giorgio",
        "Stefano",
        "Matteo",
        "Paolo",
        "Andrea",
        "Riccardo",
        "Fabio",
        "Enrico",
        "Simone",
        "Tommaso",
        "Alberto",
        "Franco",
        "Nicola",
    ],
    "es": [
        "Javier",
        "Pablo",
        "Sergio",
        "Miguel",
        "Álvaro",
        "Jorge",
        "Raúl",
        "Iñaki",
        "Andrés",
        "Diego",
        "Óscar",
        "Manuel",
        "Rubén",
        "Ignacio",
        "Carlos",
        "Toni",
    ],
    "pt": ["João", "Tiago", "Rui", "Pedro", "Miguel", "Nuno", "André", "Bruno", "Duarte", "Filipe"],
    "de": [
        "Jonas",
        "Stefan",
        "Markus",
        "Tobias",
        "Florian",
        "Uwe",
        "Jens",
        "Matthias",
        "Lukas",
        "Bernd",
    ],
    "fr": [
        "Julien",
        "Thomas",
        "Nicolas",
        "Mathieu",
        "Olivier",
        "Antoine",
        "Laurent",
        "Hugo",
        "Pierre",
        "Damien",
    ],
    "en": ["James", "Tom", "Ciarán", "Daniel", "Owen", "Rob", "Padraig", "Mark", "Gareth", "Sean"],
}
SURNAMES = {
    "it": [
        "Bianchi",
        "Rinaldi",
        "Ferraro",
        "Galli",
        "Moretti",
        "Conti",
        "Fontana",
        "Barbieri",
        "Lombardi",
        "Sartori",
        "Marchetti",
        "Testa",
        "Grasso",
        "Pellegrini",
        "Caruso",
        "Vitale",
        "Serra",
        "Gentile",
        "Donati",
        "Bellini",
    ],
    "es": [
        "García",
        "Navarro",
        "Ruiz",
        "Moreno",
        "Ortega",
        "Castillo",
        "Serrano",
        "Vidal",
        "Iglesias",
        "Herrero",
        "Soler",
        "Cano",
        "Prieto",
        "Lozano",
        "Pascual",
        "Gil",
        "Marín",
        "Crespo",
        "Domínguez",
        "Bravo",
    ],
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Rodrigues",
        "Marques",
        "Sousa",
        "Lopes",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moura",
        "Fonseca",
    ],
    "de": [
        "Hofmann",
        "Becker",
        "Wagner",
        "Keller",
        "Schäfer",
        "Krüger",
        "Huber",
        "Brandl",
        "Lechner",
        "Vogt",
        "Seidel",
        "Winkler",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Bonnet",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Mercier",
        "Dupuis",
        "Renard",
        "Perrin",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Thompson",
        "Hughes",
        "Byrne",
        "Clarke",
        "Kelly",
        "Evans",
        "Doyle",
        "Foster",
        "Reid",
        "Gallagher",
    ],
}
JOBS = {
    "it": [
        "infermiera",
        "insegnante",
        "geometra",
        "pensionato",
        "barista",
        "impiegata in comune",
        "farmacista",
        "idraulico",
        "grafica freelance",
        "cuoco",
    ],
    "es": [
        "enfermera",
        "profesor de instituto",
        "fontanero",
        "jubilada",
        "administrativa",
        "taxista",
        "fisioterapeuta",
        "cocinero",
        "dependienta",
        "ingeniero",
    ],
    "pt": ["enfermeira", "professor", "contabilista", "reformado", "cozinheira", "eletricista"],
    "de": ["Krankenpfleger", "Lehrerin", "Rentner", "Schreiner", "Bibliothekarin", "Busfahrer"],
    "fr": ["infirmière", "professeur", "retraité", "boulanger", "comptable", "aide-soignante"],
    "en": ["nurse", "teacher", "retired", "postman", "accountant", "chef"],
}
TOWNS = {
    "IT": [
        "Bologna",
        "Torino",
        "Milano",
        "Padova",
        "Firenze",
        "Verona",
        "Parma",
        "Modena",
        "Brescia",
        "Bergamo",
    ],
    "ES": [
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Madrid",
        "Bilbao",
        "Málaga",
        "Valladolid",
        "Murcia",
        "Granada",
        "Pamplona",
    ],
    "PT": ["Porto", "Lisboa", "Braga", "Coimbra", "Aveiro"],
    "DE": ["Freiburg", "Leipzig", "Köln", "München", "Hannover"],
    "AT": ["Graz", "Linz", "Wien"],
    "CH": ["Lugano", "Zürich", "Bern", "Genève", "Bellinzona"],
    "FR": ["Lyon", "Nantes", "Toulouse", "Grenoble"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "LU": ["Luxembourg"],
    "UK": ["Bristol", "Leeds", "Manchester", "Brighton"],
    "IE": ["Cork", "Galway", "Dublin", "Limerick"],
}
AGENTS = {
    "it": ["Federica", "Alessio", "Giada", "Lorenzo"],
    "es": ["Noelia", "Adrián", "Marina", "Hugo"],
    "pt": ["Carla", "Gonçalo"],
    "de": ["Svenja", "Timo"],
    "fr": ["Léa", "Romain"],
    "en": ["Ellie", "Conor"],
}

# (label, price in EUR, page)
PRODUCTS = [
    ("Plot 25 m², spring-summer season / Orto 25 m², stagione primavera-estate", 149.0, "/orti/25"),
    ("Plot 50 m², spring-summer season / Orto 50 m², stagione primavera-estate", 229.0, "/orti/50"),
    (
        "Plot 50 m², autumn-winter season / Orto 50 m², stagione autunno-inverno",
        159.0,
        "/orti/50-inverno",
    ),
    (
        "Seedling tray, 24 tomatoes and peppers / Vassoio piantine, 24 pomodori e peperoni",
        19.9,
        "/shop/piantine",
    ),
    ("Tended-for-you, 2 weeks (Zolleto Cura) / Cura dell'orto, 2 settimane", 39.0, "/cura"),
    ("Workshop: pruning and grafting / Laboratorio: potatura e innesti", 25.0, "/laboratori"),
    ("Drip line kit for one plot / Kit irrigazione a goccia", 45.0, "/shop/irrigazione"),
    ("Seed box, autumn greens / Scatola semi, verdure d'autunno", 14.5, "/shop/semi"),
    ("Compost, 3 sacks / Compost, 3 sacchi", 12.0, "/shop/compost"),
    ("Garlic and shallot sets / Bulbilli di aglio e scalogno", 9.9, "/shop/bulbi"),
]
PAGES = [
    "/app/mio-orto",
    "/orti/mappa",
    "/laboratori",
    "/help/irrigazione",
    "/club",
    "/shop/piantine",
    "/calendario-semine",
    "/diario",
]

PRAISE = {
    "it": [
        "Primi pomodori raccolti oggi nel mio orto Zolleto 🍅 Mia figlia non ci credeva che li avessimo fatti noi",
        "Sabato mattina all'orto, caffè dal thermos e zappa. Zolleto mi ha salvato la salute mentale quest'anno",
        "Complimenti a Zolleto: il laboratorio di innesti di ieri era fatto benissimo, il giardiniere spiegava con una pazienza...",
        "Le zucchine non si fermano più, ne regalo a tutto il condominio. Grazie Zolleto!!",
        "Orto pulito, acqua che arriva, vicini di parcella simpaticissimi. Cosa volere di più",
        "il diario dell'orto nell'app è una chicca, mi segno tutto e l'anno prossimo so cosa ho seminato dove",
    ],
    "es": [
        "Hoy primera cosecha de habas en mi huerto de Zolleto, mis hijos flipando 🌱",
        "Domingo en el huerto con mi padre, que tiene 81 años y vuelve a casa feliz. Gracias Zolleto",
        "El taller de compostaje de Zolleto de ayer, de 10. Aprendí más en dos horas que en dos años de vídeos",
        "Lechugas, cebollas y unas fresas que no duran ni un día. Zolleto es lo mejor que hemos hecho este año",
        "Qué gusto llegar al huerto y que esté todo regado y en orden. Gracias al equipo de Zolleto",
        "me encanta el diario del huerto de la app, pongo fotos cada semana y se ve crecer todo jajaja",
    ],
    "pt": [
        "Primeira colheita de alfaces na minha horta Zolleto, que orgulho 🥬",
        "Manhã de sábado na horta, o melhor da semana. Obrigada Zolleto",
        "O workshop de rega da Zolleto foi mesmo útil, o jardineiro sabe imenso",
    ],
    "de": [
        "Erste Radieschen aus meinem Zolleto-Beet 😍 Die Kinder essen sie wie Gummibärchen",
        "Samstagmorgen im Gemeinschaftsgarten, Kaffee, Erde an den Händen. Danke Zolleto",
        "Der Kompost-Workshop von Zolleto war richtig gut, endlich verstehe ich das mit dem Mulchen",
    ],
    "fr": [
        "Premières courgettes de ma parcelle Zolleto, fière comme tout 🥒",
        "Dimanche matin au potager, le meilleur moment de la semaine. Merci Zolleto",
        "L'atelier taille de Zolleto était top, le jardinier explique super bien",
    ],
    "en": [
        "First proper harvest off my Zolleto plot today, runner beans everywhere 😄",
        "Saturday morning at the allotment, flask of tea, robin keeping me company. Cheers Zolleto",
        "The composting workshop at Zolleto was brilliant, finally get what greens and browns are",
    ],
}
AGAIN = {
    "it": [
        "Terzo anno con Zolleto e ogni volta l'orto me lo consegnano più bello. Rinnovato al volo",
        "Di nuovo il giardiniere Mauro che mi lascia un biglietto con i consigli sulle piantine. Un tesoro",
        "Ancora una volta piantine arrivate perfette, nemmeno una foglia rovinata",
    ],
    "es": [
        "Tercera temporada con Zolleto y cada vez mejor, renovado sin pensarlo",
        "Otra vez el jardinero me ha dejado una notita con consejos para las tomateras. Son un amor",
        "Por segunda vez me llegan los plantones perfectos, ni uno pocho",
    ],
    "pt": ["Terceira época com a Zolleto e continua impecável. Renovei logo"],
    "de": ["Schon die dritte Saison bei Zolleto und immer noch begeistert. Sofort verlängert"],
    "fr": ["Troisième saison chez Zolleto et toujours aussi contente. Renouvelé direct"],
    "en": ["Third season with Zolleto and still loving it. Renewed the minute the email came"],
}
GRIPE = {
    "it": [
        "Orto bellissimo e gente gentile, solo il bagno comune è sempre chiuso a chiave. Per il resto top",
        "Tutto perfetto, peccato che il parcheggio il sabato sia un delirio. Ma le melanzane valgono la pena",
        "App comoda, solo che le notifiche arrivano alle 7 di domenica mattina 😅 per il resto 10",
    ],
    "es": [
        "Muy contenta con el huerto, solo que las carretillas están siempre cogidas el sábado. Por lo demás genial",
        "Todo bien, pero el grifo de la fila C gotea desde hace semanas. Aun así, encantados",
        "El taller estuvo genial, solo que empezó 20 min tarde. Repetiré",
    ],
    "pt": ["Tudo ótimo, só a torneira da fila B que pinga. De resto, excelente"],
    "de": ["Alles super, nur die Schubkarren sind samstags immer weg. Sonst gerne weiter so"],
    "fr": ["Très contente, juste dommage que les toilettes soient toujours fermées. Sinon top"],
    "en": [
        "Lovely plot and lovely people, only gripe is the hose by row D that leaks. Otherwise spot on"
    ],
}
# (question, answer, thanks or "")
CHATQ = {
    "it": [
        (
            "Ciao, posso piantare l'aglio già a novembre o è tardi?",
            "Ciao! Novembre va benissimo per l'aglio, ti consiglio i bulbilli del negozio e una pacciamatura leggera.",
            "grz mille!",
        ),
        (
            "Buongiorno, il rubinetto comune si può usare anche la sera dopo le 20?",
            "Buongiorno, sì, l'acqua è aperta dalle 6 alle 22 tutti i giorni.",
            "Perfetto grazie",
        ),
        (
            "Come faccio ad aggiungere mio marito all'orto nell'app?",
            "Dal profilo, 'Condividi orto', inserisci la sua email e riceve l'invito.",
            "fatto, grazie!",
        ),
        (
            "scusate ma il laboratorio di sabato c'è anche se piove?",
            "Sì, se piove lo facciamo sotto la tettoia della serra.",
            "",
        ),
        (
            "Ciao, il compost lo lasciate voi vicino alla parcella o devo passare in magazzino?",
            "Lo lasciamo noi accanto alla tua parcella entro due giorni dall'ordine.",
            "ottimo 👍",
        ),
    ],
    "es": [
        (
            "Hola, ¿se pueden plantar fresas en otoño o mejor en primavera?",
            "¡Hola! En otoño van genial, así en primavera ya dan fruto. Te recomiendo acolchar con paja.",
            "gracias!!",
        ),
        (
            "Buenas, ¿el grifo del huerto está abierto los domingos?",
            "Buenas, sí, el agua está abierta de 6 a 22 todos los días.",
            "Perfecto, gracias",
        ),
        (
            "Cómo añado a mi pareja al huerto en la app?",
            "Desde tu perfil, 'Compartir huerto', pones su email y le llega la invitación.",
            "hecho, mil gracias",
        ),
        (
            "una pregunta, el taller de poda es para principiantes??",
            "Sí, está pensado para gente que empieza, trae guantes y ya está.",
            "",
        ),
        (
            "Hola, ¿puedo dejar la carretilla en mi parcela o hay que devolverla?",
            "Hay que devolverla al cobertizo al terminar, así la usan los demás.",
            "vale vale, gracias",
        ),
    ],
    "pt": [
        (
            "Olá, posso plantar favas agora em novembro?",
            "Olá! Sim, novembro é ótimo para favas.",
            "obg!",
        ),
        (
            "A torneira da horta está aberta ao domingo?",
            "Sim, a água está aberta das 6 às 22 todos os dias.",
            "Perfeito, obrigada",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich Knoblauch jetzt im November noch stecken?",
            "Hallo! Ja, November passt gut, etwas Mulch drüber und fertig.",
            "Danke!",
        ),
        (
            "Ist das Wasser am Sonntag auch an?",
            "Ja, das Wasser ist täglich von 6 bis 22 Uhr an.",
            "Super, danke",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux encore planter de l'ail en novembre ?",
            "Bonjour ! Oui, novembre c'est parfait, avec un léger paillage.",
            "merci !",
        ),
        (
            "L'eau est ouverte le dimanche ?",
            "Oui, l'eau est ouverte de 6 h à 22 h tous les jours.",
            "Super merci",
        ),
    ],
    "en": [
        (
            "Hi, is it too late to put garlic in now?",
            "Hi! Not at all, now is a good time, a bit of mulch on top and you're set.",
            "brill, thanks",
        ),
        (
            "Is the water on at the plots on Sundays?",
            "Yes, the water's on 6am to 10pm every day.",
            "Great, cheers",
        ),
    ],
}
# (subject, question, answer)
MAILQ = {
    "it": [
        (
            "Domanda rinnovo",
            "Buongiorno, vorrei rinnovare l'orto anche per l'autunno-inverno. Posso tenere la stessa parcella C-12? Grazie, {name}",
            "Gentile {name}, certo, la parcella resta sua se rinnova entro fine mese dall'app. Un saluto, {agent} - Zolleto",
        ),
        (
            "Fattura",
            "Salve, mi servirebbe la fattura della stagione intestata a mio nome con codice fiscale. Grazie mille",
            "Buongiorno, trova la fattura in 'Pagamenti' nell'app; se serve altro ci scriva. {agent} - Zolleto",
        ),
    ],
    "es": [
        (
            "Renovación",
            "Hola, queremos renovar el huerto para otoño-invierno. ¿Podemos quedarnos con la misma parcela? Gracias, {name}",
            "Hola {name}, sí, la parcela es vuestra si renováis antes de fin de mes desde la app. Un saludo, {agent} - Zolleto",
        ),
        (
            "Factura",
            "Buenas, necesito la factura de la temporada con mi NIF para la declaración. Gracias",
            "Hola, la tienes en 'Pagos' dentro de la app. Cualquier cosa nos dices. {agent} - Zolleto",
        ),
    ],
    "pt": [
        (
            "Renovação",
            "Bom dia, quero renovar a horta para o outono. Posso manter o mesmo talhão? Obrigado, {name}",
            "Bom dia {name}, sim, o talhão fica seu se renovar até ao fim do mês. Cumprimentos, {agent} - Zolleto",
        )
    ],
    "de": [
        (
            "Verlängerung",
            "Hallo, ich möchte mein Beet für Herbst/Winter verlängern. Kann ich dasselbe Beet behalten? Grüße, {name}",
            "Hallo {name}, ja, das Beet bleibt Ihres, wenn Sie bis Monatsende in der App verlängern. Viele Grüße, {agent} - Zolleto",
        )
    ],
    "fr": [
        (
            "Renouvellement",
            "Bonjour, je voudrais garder ma parcelle pour l'automne-hiver, c'est possible ? Merci, {name}",
            "Bonjour {name}, oui, la parcelle reste à vous si vous renouvelez avant la fin du mois. Bien à vous, {agent} - Zolleto",
        )
    ],
    "en": [
        (
            "Renewal",
            "Hi, we'd like to keep our plot for the autumn-winter season, can we keep the same one? Thanks, {name}",
            "Hi {name}, yes, it stays yours if you renew in the app before the end of the month. Best, {agent} - Zolleto",
        )
    ],
}
# (transcript, agent's follow-up e-mail)
CALLQ = {
    "it": [
        (
            "si buongiorno volevo sapere se il laboratorio di potatura di sabato ha ancora posti perché vorrei venire con mia sorella grazie",
            "Buongiorno {name}, come da telefonata ci sono ancora posti sabato, può prenotare per due dall'app. {agent} - Zolleto",
        ),
        (
            "salve chiamo per l'orto C 12 volevo capire se posso mettere una piccola serra di plastica o se è vietato",
            "Gentile {name}, le serre basse fino a 80 cm sono permesse, le allego il regolamento. {agent} - Zolleto",
        ),
    ],
    "es": [
        (
            "hola buenos días quería saber si en el taller del sábado quedan plazas que quiero ir con mi hija gracias",
            "Hola {name}, como hablamos, quedan plazas el sábado, puedes reservar para dos en la app. {agent} - Zolleto",
        ),
        (
            "buenas llamo por la parcela B 7 quería saber si puedo poner un pequeño invernadero o no se puede",
            "Hola {name}, los invernaderos bajos de hasta 80 cm están permitidos, te adjunto las normas. {agent} - Zolleto",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber se ainda há lugares no workshop de sábado para mim e para o meu filho obrigado",
            "Bom dia {name}, como falámos, ainda há lugares, pode reservar para dois na app. {agent} - Zolleto",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob beim Workshop am Samstag noch Plätze frei sind ich würde gern mit meiner Mutter kommen danke",
            "Hallo {name}, wie besprochen sind am Samstag noch Plätze frei, Sie können für zwei in der App buchen. {agent} - Zolleto",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir s'il reste de la place à l'atelier de samedi je viendrais avec ma fille merci",
            "Bonjour {name}, comme convenu il reste de la place samedi, vous pouvez réserver pour deux dans l'appli. {agent} - Zolleto",
        )
    ],
    "en": [
        (
            "hi there just ringing to see if there's space on saturday's workshop for me and my son thanks",
            "Hi {name}, as we said on the phone there's room on Saturday, you can book two places in the app. {agent} - Zolleto",
        )
    ],
}
REVIEW = {
    "it": [
        (5, "Orto ben tenuto, acqua sempre disponibile, personale gentilissimo. Consigliato"),
        (4, "Molto bene, piantine sane. Il parcheggio è piccolo"),
    ],
    "es": [
        (5, "Huerto cuidado, agua siempre, y el personal majísimo. Recomendado"),
        (4, "Muy bien todo, los plantones sanos. Falta sombra en la zona de descanso"),
    ],
    "pt": [(5, "Horta bem cuidada e pessoal simpático. Recomendo")],
    "de": [(5, "Gepflegtes Beet, Wasser immer da, nettes Team. Empfehlenswert")],
    "fr": [(5, "Parcelle bien entretenue, équipe adorable. Je recommande")],
    "en": [(5, "Well kept plots, water always on, friendly staff. Recommend")],
}
SURVEY_WORDS = {
    "it": ["Bene così", "top", "👍", "tutto ok grazie", ""],
    "es": ["Genial", "todo bien", "😊", "muy contenta", ""],
    "pt": ["Ótimo", "👍", ""],
    "de": ["Alles gut", "👍", ""],
    "fr": ["Très bien", "👍", ""],
    "en": ["All good", "👍", ""],
}
NIGHT_POST = {
    "it": [
        "Turno di notte finito, passo all'orto alle 5 con la frontale a dare l'acqua prima del caldo. Zolleto di notte è magico",
        "Non dormo, guardo le foto del mio orto Zolleto e programmo le semine di settembre 😅",
    ],
    "es": [
        "Salgo del turno de noche y me paso por el huerto con la linterna a regar antes del calor. Zolleto a estas horas es otro mundo",
        "Insomnio total, planificando el huerto de otoño a las 3 de la mañana jajaja",
    ],
    "pt": ["Saí do turno da noite e fui regar a horta às 5. Zolleto de madrugada é outra coisa"],
    "de": [
        "Nachtschicht vorbei, um 5 mit Stirnlampe zum Beet gießen, bevor die Hitze kommt. Zolleto bei Nacht hat was"
    ],
    "fr": ["Insomnie, je planifie mes semis d'automne à 3 h du matin 😅 vive Zolleto"],
    "en": [
        "Off a night shift, watered the plot at 5am by head torch before the heat. Zolleto at dawn is something else"
    ],
}
NIGHT_CHAT = {
    "it": [
        (
            "scusate l'ora, si può annaffiare di notte o l'acqua è chiusa?",
            "Ciao! L'acqua è aperta dalle 6 alle 22, di notte è chiusa per le perdite.",
            "ok grazie, vengo alle 6 allora",
        )
    ],
    "es": [
        (
            "perdón por la hora, ¿se puede regar de noche o cierran el agua?",
            "¡Hola! El agua está abierta de 6 a 22, de noche se cierra por las fugas.",
            "vale, iré a las 6 entonces gracias",
        )
    ],
    "pt": [
        (
            "desculpem a hora, dá para regar de noite?",
            "Olá! A água está aberta das 6 às 22.",
            "ok obg",
        )
    ],
    "de": [
        (
            "sorry für die Uhrzeit, kann man nachts gießen?",
            "Hallo! Das Wasser ist von 6 bis 22 Uhr an.",
            "ok danke",
        )
    ],
    "fr": [
        (
            "désolée pour l'heure, on peut arroser la nuit ?",
            "Bonjour ! L'eau est ouverte de 6 h à 22 h.",
            "ok merci",
        )
    ],
    "en": [
        (
            "sorry for the hour, can we water at night or is it off?",
            "Hi! The water's on from 6am to 10pm.",
            "ok thanks, I'll go at 6",
        )
    ],
}

# ---- trouble -------------------------------------------------------------------------

PROBLEMS = ("not_tended", "double_charge", "dead_seedlings", "refund", "wrong_price", "plot_taken")
PROBLEM_EUR = {
    "not_tended": 39.0,
    "double_charge": 229.0,
    "dead_seedlings": 19.9,
    "refund": 149.0,
    "wrong_price": 40.0,
    "plot_taken": 229.0,
}

# problem -> lang -> {topic, mail, chat, social, call}; {amount} in the market's money, {spoken} said aloud
PROB: dict[str, dict[str, dict[str, str]]] = {
    "not_tended": {
        "it": {
            "topic": "orto non curato",
            "mail": "Ho pagato {amount} di Zolleto Cura per i dieci giorni che ero via e al ritorno l'orto era secco. Le piantine di pomodoro tutte morte, la terra spaccata. Nel diario dell'app risultano due visite 'irrigazione fatta' ma è evidente che nessuno è passato.",
            "chat": "ho pagato la Cura e nessuno ha annaffiato il mio orto, è tutto SECCO. Come è possibile??",
            "social": "Pagato Zolleto Cura per le vacanze, torno e trovo l'orto BRUCIATO. Nel diario risultano visite mai fatte. Complimenti",
            "call": "buongiorno chiamo perché ho pagato la cura dell'orto per dieci giorni {spoken} e quando sono tornata era tutto secco le piantine morte nessuno è venuto",
        },
        "es": {
            "topic": "huerto sin cuidar",
            "mail": "Pagué {amount} de Zolleto Cura para los diez días que estuve fuera y al volver el huerto estaba seco. Las tomateras muertas y la tierra agrietada. En el diario de la app salen dos visitas de 'riego hecho' pero está clarísimo que no vino nadie.",
            "chat": "pagué el servicio Cura y NADIE ha regado mi huerto, está todo seco. Cómo puede ser??",
            "social": "Pago Zolleto Cura para irme de vacaciones y vuelvo al huerto SECO. En la app salen visitas que nunca se hicieron. De traca",
            "call": "hola buenas llamo porque pagué el cuidado del huerto diez días {spoken} y al volver estaba todo seco las plantas muertas no vino nadie",
        },
        "pt": {
            "topic": "horta não cuidada",
            "mail": "Paguei {amount} pelo Zolleto Cura para os dez dias em que estive fora e voltei para uma horta seca. Os tomateiros morreram. Na app aparecem regas que ninguém fez.",
            "chat": "paguei o Cura e ninguém regou a minha horta, está tudo SECO",
            "social": "Paguei o Zolleto Cura, volto de férias e a horta está seca. Na app aparecem regas que nunca aconteceram",
            "call": "bom dia liguei porque paguei o cuidado da horta {spoken} e voltei e estava tudo seco ninguém veio",
        },
        "de": {
            "topic": "Beet nicht gepflegt",
            "mail": "Ich habe {amount} für Zolleto Cura bezahlt, für die zehn Tage, die ich weg war, und komme zu einem vertrockneten Beet zurück. Die Tomaten sind tot. In der App stehen zwei Besuche 'gegossen', aber da war offensichtlich niemand.",
            "chat": "ich hab Cura bezahlt und NIEMAND hat gegossen, alles vertrocknet",
            "social": "Zolleto Cura bezahlt, aus dem Urlaub zurück, Beet VERTROCKNET. In der App stehen Besuche, die nie stattfanden",
            "call": "ja guten Tag ich rufe an weil ich die Pflege für zehn Tage bezahlt habe {spoken} und alles ist vertrocknet es war keiner da",
        },
        "fr": {
            "topic": "parcelle non entretenue",
            "mail": "J'ai payé {amount} de Zolleto Cura pour les dix jours où j'étais absente et je retrouve une parcelle desséchée. Les tomates sont mortes. L'appli affiche deux passages 'arrosage fait' qui n'ont jamais eu lieu.",
            "chat": "j'ai payé Cura et PERSONNE n'a arrosé, tout est sec",
            "social": "Payé Zolleto Cura pour les vacances, je rentre : parcelle GRILLÉE. Des passages dans l'appli qui n'ont jamais eu lieu",
            "call": "oui bonjour j'ai payé l'entretien pour dix jours {spoken} et tout est sec personne n'est venu",
        },
        "en": {
            "topic": "plot not tended",
            "mail": "I paid {amount} for Zolleto Cura for the ten days I was away and came back to a dead plot. Tomatoes gone, ground cracked. The app shows two 'watered' visits that plainly never happened.",
            "chat": "paid for Cura and NOBODY watered my plot, it's all dead",
            "social": "Paid Zolleto Cura while on holiday, came back to a DEAD plot. App shows visits that never happened. Brilliant",
            "call": "hi yeah I'm ringing because I paid for the plot care for ten days {spoken} and it's all dried out nobody came",
        },
    },
    "double_charge": {
        "it": {
            "topic": "stagione addebitata due volte",
            "mail": "Mi avete addebitato DUE volte la stagione dell'orto, {amount} più {amount}, stesso giorno. Sul conto adesso non ho i soldi per l'affitto e la banca mi dice che devo chiedere a voi.",
            "chat": "mi avete addebitato la stagione due volte!! {amount} x2, restituite subito",
            "social": "Zolleto mi addebita la stagione dell'orto DUE volte e io a fine mese senza soldi per l'affitto. Bello eh",
            "call": "buongiorno ho visto sull'estratto conto due addebiti della stagione dell'orto {spoken} ciascuno lo stesso giorno",
        },
        "es": {
            "topic": "temporada cobrada dos veces",
            "mail": "Me habéis cobrado DOS veces la temporada del huerto, {amount} y otros {amount}, el mismo día. Ahora no me llega para el alquiler y el banco dice que os lo reclame a vosotros.",
            "chat": "me habéis cobrado la temporada dos veces!! {amount} x2, devolvedlo ya porfa",
            "social": "Zolleto me cobra la temporada del huerto DOS veces y yo a final de mes sin para el alquiler. Genial",
            "call": "hola buenas he visto en el banco dos cargos de la temporada del huerto {spoken} cada uno el mismo día",
        },
        "pt": {
            "topic": "época cobrada duas vezes",
            "mail": "Cobraram-me DUAS vezes a época da horta, {amount} e mais {amount}, no mesmo dia. Fiquei sem dinheiro para a renda.",
            "chat": "cobraram a época duas vezes!! {amount} x2",
            "social": "A Zolleto cobrou-me a época da horta DUAS vezes. Fim do mês sem renda. Obrigadinha",
            "call": "bom dia vi no banco duas cobranças da horta de {spoken} cada no mesmo dia",
        },
        "de": {
            "topic": "Saison doppelt abgebucht",
            "mail": "Sie haben die Saison ZWEIMAL abgebucht, {amount} und nochmal {amount}, am selben Tag. Jetzt platzt meine Miete.",
            "chat": "ihr habt die Saison doppelt abgebucht!! {amount} x2",
            "social": "Zolleto bucht die Beet-Saison ZWEIMAL ab und meine Miete platzt. Danke auch",
            "call": "ja hallo ich habe zwei Abbuchungen für die Saison gesehen {spoken} jeweils am selben Tag",
        },
        "fr": {
            "topic": "saison prélevée deux fois",
            "mail": "Vous m'avez prélevé DEUX fois la saison, {amount} et encore {amount}, le même jour. Mon loyer est rejeté.",
            "chat": "vous avez prélevé la saison deux fois !! {amount} x2",
            "social": "Zolleto me prélève la saison DEUX fois et mon loyer saute. Merci hein",
            "call": "oui bonjour j'ai deux prélèvements pour la saison {spoken} chacun le même jour",
        },
        "en": {
            "topic": "season charged twice",
            "mail": "You've charged me TWICE for the season, {amount} and another {amount}, same day. My rent has bounced.",
            "chat": "you've charged the season twice!! {amount} x2",
            "social": "Zolleto charged me TWICE for my plot season and now my rent's bounced. Cheers",
            "call": "hi I've got two payments for the season {spoken} each on the same day on my statement",
        },
    },
    "dead_seedlings": {
        "it": {
            "topic": "piantine arrivate marce",
            "mail": "Il vassoio di piantine ({amount}) lasciato vicino al mio orto era marcio: foglie nere, muffa bianca sulla terra, metà dei pomodori con il colletto molle. Ho fatto le foto. Non si possono piantare.",
            "chat": "le piantine che mi avete lasciato sono MARCE, muffa dappertutto",
            "social": "24 piantine Zolleto consegnate e sono tutte ammuffite. {amount} buttati",
            "call": "buongiorno mi avete lasciato il vassoio di piantine ed è tutto marcio con la muffa ho pagato {spoken}",
        },
        "es": {
            "topic": "plantones podridos",
            "mail": "La bandeja de plantones ({amount}) que dejasteis junto a mi huerto estaba podrida: hojas negras, moho blanco en la tierra y la mitad de las tomateras con el cuello blando. Tengo fotos. No se pueden plantar.",
            "chat": "los plantones que me dejasteis están PODRIDOS, moho por todas partes",
            "social": "24 plantones de Zolleto y todos con moho. {amount} a la basura",
            "call": "hola buenas me dejasteis la bandeja de plantones y está toda podrida con moho pagué {spoken}",
        },
        "pt": {
            "topic": "plantas podres",
            "mail": "O tabuleiro de plantas ({amount}) estava podre, com bolor. Tenho fotos.",
            "chat": "as plantas que deixaram estão PODRES",
            "social": "24 plantas da Zolleto, todas com bolor. {amount} para o lixo",
            "call": "bom dia deixaram o tabuleiro de plantas e está tudo podre paguei {spoken}",
        },
        "de": {
            "topic": "Jungpflanzen verschimmelt",
            "mail": "Die Jungpflanzen-Schale ({amount}) war verschimmelt, schwarze Blätter, weicher Stängel. Fotos habe ich.",
            "chat": "die Jungpflanzen sind VERSCHIMMELT",
            "social": "24 Jungpflanzen von Zolleto, alle verschimmelt. {amount} weg",
            "call": "ja hallo die Jungpflanzen die Sie hingestellt haben sind alle verschimmelt ich habe {spoken} bezahlt",
        },
        "fr": {
            "topic": "plants pourris",
            "mail": "Le plateau de plants ({amount}) était pourri, moisissure partout. J'ai des photos.",
            "chat": "les plants livrés sont POURRIS",
            "social": "24 plants Zolleto, tous moisis. {amount} à la poubelle",
            "call": "bonjour les plants que vous avez déposés sont tout pourris j'ai payé {spoken}",
        },
        "en": {
            "topic": "seedlings rotten",
            "mail": "The seedling tray ({amount}) left by my plot was rotten, mould on the compost, stems gone soft. I've got photos.",
            "chat": "the seedlings you left are ROTTEN",
            "social": "24 seedlings from Zolleto, every one mouldy. {amount} in the bin",
            "call": "hiya the seedling tray you left is all rotten and mouldy I paid {spoken}",
        },
    },
    "refund": {
        "it": {
            "topic": "rimborso non arrivato",
            "mail": "Ho rinunciato all'orto prima dell'inizio della stagione, con la conferma scritta del rimborso di {amount}. Sono passate TRE settimane e non è arrivato niente.",
            "chat": "tre settimane che aspetto il rimborso di {amount}, dove sono i miei soldi?",
            "social": "Tre settimane che Zolleto deve rimborsarmi {amount}. Confermato per iscritto. Niente.",
            "call": "buongiorno aspetto da tre settimane il rimborso dell'orto {spoken} me l'avevate confermato per email",
        },
        "es": {
            "topic": "reembolso sin llegar",
            "mail": "Renuncié al huerto antes de empezar la temporada, con confirmación por escrito del reembolso de {amount}. Han pasado TRES semanas y nada.",
            "chat": "llevo tres semanas esperando el reembolso de {amount}, dónde está mi dinero?",
            "social": "Tres semanas esperando que Zolleto me devuelva {amount}. Confirmado por escrito. Nada.",
            "call": "hola llevo tres semanas esperando el reembolso del huerto {spoken} me lo confirmasteis por email",
        },
        "pt": {
            "topic": "reembolso em falta",
            "mail": "Desisti da horta antes da época com reembolso de {amount} confirmado. Três semanas e nada.",
            "chat": "três semanas à espera do reembolso de {amount}",
            "social": "Três semanas à espera que a Zolleto devolva {amount}. Nada",
            "call": "bom dia estou há três semanas à espera do reembolso {spoken}",
        },
        "de": {
            "topic": "Erstattung fehlt",
            "mail": "Ich habe das Beet vor Saisonbeginn gekündigt, Erstattung von {amount} schriftlich bestätigt. DREI Wochen, nichts.",
            "chat": "seit drei Wochen warte ich auf {amount} Erstattung",
            "social": "Drei Wochen wartet man bei Zolleto auf {amount} Erstattung. Schriftlich bestätigt. Nichts",
            "call": "ja hallo ich warte seit drei Wochen auf die Erstattung {spoken} die war bestätigt",
        },
        "fr": {
            "topic": "remboursement absent",
            "mail": "J'ai renoncé à la parcelle avant la saison, remboursement de {amount} confirmé par écrit. TROIS semaines, rien.",
            "chat": "trois semaines que j'attends {amount} de remboursement",
            "social": "Trois semaines que Zolleto me doit {amount}. Confirmé par écrit. Rien",
            "call": "bonjour j'attends depuis trois semaines le remboursement {spoken} c'était confirmé",
        },
        "en": {
            "topic": "refund missing",
            "mail": "I gave the plot up before the season with a refund of {amount} confirmed in writing. THREE weeks on, nothing.",
            "chat": "three weeks waiting for my {amount} refund",
            "social": "Three weeks waiting for Zolleto to refund {amount}. Confirmed in writing. Nothing",
            "call": "hi I've been waiting three weeks for the refund {spoken} it was confirmed by email",
        },
    },
    "wrong_price": {
        "it": {
            "topic": "prezzo da non socio",
            "mail": "Sono socia del Club da due anni eppure mi avete fatto pagare la stagione a prezzo pieno, {amount} in più del prezzo soci. Nell'app la tessera risulta attiva.",
            "chat": "sono socia Club e mi avete fatto pagare il prezzo pieno, {amount} in più",
            "social": "Socia Zolleto Club da due anni e mi fanno pagare il prezzo da non socia. {amount} in più. Bravi",
            "call": "buongiorno sono socia del club ma ho pagato il prezzo pieno {spoken} in più rispetto ai soci",
        },
        "es": {
            "topic": "precio de no socio",
            "mail": "Soy socio del Club desde hace dos años y me habéis cobrado la temporada a precio normal, {amount} más que el precio de socio. En la app el carné sale activo.",
            "chat": "soy socio del Club y me habéis cobrado precio normal, {amount} de más",
            "social": "Socio de Zolleto Club dos años y me cobran como si no lo fuera. {amount} de más",
            "call": "hola soy socio del club y me habéis cobrado precio normal {spoken} de más",
        },
        "pt": {
            "topic": "preço de não sócio",
            "mail": "Sou sócia do Club e cobraram-me o preço normal, {amount} a mais.",
            "chat": "sou sócia do Club e paguei {amount} a mais",
            "social": "Sócia do Zolleto Club e cobram-me como não sócia. {amount} a mais",
            "call": "bom dia sou sócia do club e paguei o preço normal {spoken} a mais",
        },
        "de": {
            "topic": "Nichtmitgliedspreis",
            "mail": "Ich bin seit zwei Jahren im Club und habe trotzdem den vollen Preis bezahlt, {amount} mehr.",
            "chat": "bin Club-Mitglied und hab {amount} zu viel bezahlt",
            "social": "Zwei Jahre Zolleto Club und trotzdem voller Preis. {amount} zu viel",
            "call": "ja hallo ich bin im Club und musste den vollen Preis zahlen {spoken} zu viel",
        },
        "fr": {
            "topic": "tarif non-membre",
            "mail": "Je suis membre du Club et on m'a facturé le plein tarif, {amount} de trop.",
            "chat": "je suis membre Club et j'ai payé {amount} de trop",
            "social": "Membre Zolleto Club et facturée plein tarif. {amount} de trop",
            "call": "bonjour je suis membre du club et j'ai payé le plein tarif {spoken} de trop",
        },
        "en": {
            "topic": "non-member rate",
            "mail": "I'm a Club member and got charged the full rate, {amount} over the member price.",
            "chat": "I'm in the Club and got charged {amount} too much",
            "social": "Zolleto Club member two years and charged full whack. {amount} over",
            "call": "hi I'm a club member and I was charged the full price {spoken} over",
        },
    },
    "plot_taken": {
        "it": {
            "topic": "orto assegnato a un altro",
            "mail": "Arrivo sabato al mio orto, pagato {amount}, e trovo un signore che ha già vangato tutto e piantato patate. Dice che l'orto è suo, ha la mail di assegnazione. Avete dato la stessa parcella a due persone.",
            "chat": "c'è un altro nel MIO orto, dice che gliel'avete assegnato voi. Ho pagato {amount}",
            "social": "Pago l'orto a Zolleto e ci trovo un altro a piantare patate. Parcella assegnata a due persone. Ma come si fa",
            "call": "buongiorno sono all'orto e c'è un altro signore che ha piantato tutto dice che gliel'avete dato voi io ho pagato {spoken}",
        },
        "es": {
            "topic": "parcela asignada a otro",
            "mail": "Llego el sábado a mi huerto, pagado {amount}, y me encuentro a una señora que ya lo ha cavado y ha plantado patatas. Dice que es suyo, tiene el email de asignación. Habéis dado la misma parcela a dos personas.",
            "chat": "hay otra persona en MI huerto, dice que se lo habéis asignado. He pagado {amount}",
            "social": "Pago el huerto a Zolleto y me encuentro a otra plantando patatas. Misma parcela a dos personas. Increíble",
            "call": "hola estoy en el huerto y hay otra señora que lo ha plantado todo dice que se lo disteis vosotros yo pagué {spoken}",
        },
        "pt": {
            "topic": "talhão atribuído a outro",
            "mail": "Cheguei à minha horta, paga {amount}, e estava lá outra pessoa a plantar. Deram o mesmo talhão a dois.",
            "chat": "está outra pessoa na MINHA horta",
            "social": "Pago a horta à Zolleto e está lá outro a plantar batatas",
            "call": "bom dia estou na horta e está lá outro senhor diz que lhe deram o talhão eu paguei {spoken}",
        },
        "de": {
            "topic": "Beet doppelt vergeben",
            "mail": "Ich komme zu meinem Beet, bezahlt {amount}, und da pflanzt jemand anderes Kartoffeln. Sie haben es doppelt vergeben.",
            "chat": "da ist jemand anderes in MEINEM Beet",
            "social": "Beet bei Zolleto bezahlt und da pflanzt jemand anders. Doppelt vergeben. Toll",
            "call": "ja hallo ich stehe am Beet und da ist ein anderer Mann der sagt es ist seins ich habe {spoken} bezahlt",
        },
        "fr": {
            "topic": "parcelle attribuée deux fois",
            "mail": "J'arrive à ma parcelle, payée {amount}, et quelqu'un d'autre y a planté des pommes de terre. Attribuée deux fois.",
            "chat": "il y a quelqu'un d'autre sur MA parcelle",
            "social": "Parcelle payée chez Zolleto et quelqu'un d'autre y plante. Attribuée deux fois",
            "call": "bonjour je suis à la parcelle et il y a un monsieur qui dit qu'elle est à lui j'ai payé {spoken}",
        },
        "en": {
            "topic": "plot given to someone else",
            "mail": "Got to my plot, paid {amount}, and someone else has dug it over and put spuds in. You've given it out twice.",
            "chat": "there's someone else on MY plot",
            "social": "Paid Zolleto for my plot and there's a stranger planting spuds on it. Given out twice",
            "call": "hi I'm at the plot and there's another fella says it's his you gave it to him I paid {spoken}",
        },
    },
}

SUBJ_COMPLAINT = {
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
}
SUBJ_CASE = {
    "it": "R: Segnalazione {case}",
    "es": "RE: Incidencia {case}",
    "pt": "RE: Pedido {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Demande {case}",
    "en": "Re: Your case {case}",
}

# long e-mails: a letter with the complaint inside
LONG = {
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mio padre, quindi perdonate se sono disordinata. Quest'anno ho preso l'orto da voi proprio per avere un'ora al giorno tutta mia: tra il lavoro in farmacia, mio padre dopo l'ictus e i ragazzi che hanno la maturità, l'orto era l'unica cosa tranquilla. {complaint}\n\nNon chiedo la luna. Vorrei che qualcuno mi rispondesse, mi dicesse cosa è successo e come rimediate. Ho consigliato Zolleto a mezzo quartiere e adesso mi sento un po' presa in giro.\n\nCordiali saluti,\n{name}",
        "Gentili signori,\n\nsono in pensione da marzo e mia moglie mi ha regalato l'orto per non vedermi girare per casa. Devo dire che fino a ieri era la cosa migliore dell'anno: il giardiniere gentile, i vicini che mi insegnano, la mattina presto con la radio. Poi però succede questo. {complaint}\n\nVi prego di sistemare la cosa in fretta. Non sono abituato a scrivere reclami, ma questa volta non posso lasciar correre.\n\nDistinti saluti,\n{name}",
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche, esperando a que mi hija salga de la academia, así que perdonad si me enrollo. Cogimos el huerto este año porque mi marido está en paro y necesitaba algo que le sacara de casa, y la verdad es que le ha cambiado el humor. {complaint}\n\nNo pido nada del otro mundo. Solo que alguien me conteste, me explique qué ha pasado y cómo lo arregláis. Os he recomendado a medio barrio y ahora me siento un poco tonta.\n\nUn saludo,\n{name}",
        "Buenos días,\n\nme jubilé en febrero y mis hijos me regalaron la parcela para que no me aburriera, y desde entonces voy cada mañana con la radio y mi termo. Es lo mejor que me ha pasado en años, de verdad. Por eso me duele tanto tener que escribir esto. {complaint}\n\nOs ruego que lo solucionéis pronto. No suelo quejarme, pero esta vez no puedo dejarlo pasar.\n\nAtentamente,\n{name}",
    ],
}

CASE_OPENED = {
    "it": (
        "R: {topic} ({case})",
        "Gentile {name}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la ricontattiamo entro 48 ore. {agent} - Zolleto",
    ),
    "es": (
        "RE: {topic} ({case})",
        "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos en 48 horas. {agent} - Zolleto",
    ),
    "pt": (
        "RE: {topic} ({case})",
        "Olá {name}, lamentamos muito. Abrimos o pedido {case} e respondemos em 48 horas. {agent} - Zolleto",
    ),
    "de": (
        "AW: {topic} ({case})",
        "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns binnen 48 Stunden. {agent} - Zolleto",
    ),
    "fr": (
        "RE : {topic} ({case})",
        "Bonjour {name}, nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 48 h. {agent} - Zolleto",
    ),
    "en": (
        "Re: {topic} ({case})",
        "Hi {name}, we're really sorry. We've opened case {case} and will come back to you within 48 hours. {agent} - Zolleto",
    ),
}
CHAT_CASE = {
    "it": "Mi dispiace davvero. Ho aperto la segnalazione {case}, ti scriviamo entro 48 ore.",
    "es": "Lo siento mucho. He abierto la incidencia {case}, te escribimos en 48 horas.",
    "pt": "Lamento imenso. Abri o pedido {case}, respondemos em 48 horas.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} angelegt, wir melden uns binnen 48 Stunden.",
    "fr": "Je suis désolée. J'ai ouvert la demande {case}, on revient vers vous sous 48 h.",
    "en": "I'm so sorry. I've opened case {case}, we'll be in touch within 48 hours.",
}
GOOD_NEWS = {
    "it": "Gentile {name}, buone notizie sulla segnalazione {case}: abbiamo sistemato tutto dal nostro lato. Può confermarci che per lei è a posto? {agent} - Zolleto",
    "es": "Hola {name}, buenas noticias sobre la incidencia {case}: lo hemos solucionado. ¿Nos confirmas que por tu parte está bien? {agent} - Zolleto",
    "pt": "Olá {name}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? {agent} - Zolleto",
    "de": "Hallo {name}, gute Nachrichten zu {case}: wir haben das behoben. Können Sie bestätigen, dass alles passt? {agent} - Zolleto",
    "fr": "Bonjour {name}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous nous confirmer ? {agent} - Zolleto",
    "en": "Hi {name}, good news on case {case}: it's sorted on our side. Could you confirm it's all fine for you? {agent} - Zolleto",
}
CONFIRM = {
    "it": [
        "Confermo, per la {case} è tutto a posto. Grazie",
        "sì tutto ok ({case}), grazie per la pazienza",
    ],
    "es": [
        "Confirmado, lo de la {case} ya está bien. Gracias",
        "sí, todo ok con la {case}, gracias!",
    ],
    "pt": ["Confirmo, o {case} está resolvido. Obrigada"],
    "de": ["Bestätige, {case} ist erledigt. Danke"],
    "fr": ["Je confirme, la demande {case} est réglée. Merci"],
    "en": ["Confirmed, {case} is sorted. Thanks"],
}
APOLOGY = {
    "it": [
        "Scusate per il tono di ieri, ero furiosa. La persona in chat è stata gentile, grazie",
        "ieri ho esagerato, scusate. Aspetto notizie con calma",
    ],
    "es": [
        "Perdón por cómo escribí ayer, estaba muy enfadada. Gracias por la paciencia",
        "ayer me pasé, lo siento. Espero noticias",
    ],
    "pt": ["Desculpem o tom de ontem, estava muito irritada"],
    "de": ["Sorry für meinen Ton gestern, ich war echt sauer"],
    "fr": ["Désolée pour mon ton d'hier, j'étais à bout"],
    "en": ["Sorry for yesterday's rant, I was fuming. Thanks for being patient"],
}
QUALITY_LEAD = {
    "it": "Gentile {name}, la sua segnalazione {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. {agent} - Zolleto",
    "es": "Hola {name}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent} - Zolleto",
    "pt": "Olá {name}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia. {agent} - Zolleto",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent} - Zolleto",
    "fr": "Bonjour {name}, votre demande {case} est suivie par notre responsable qualité, qui vous appellera avant vendredi midi. {agent} - Zolleto",
    "en": "Hi {name}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime. {agent} - Zolleto",
}
CHAT_URGENT = {
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
    "de": "Ich habe es zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "Je l'ai ajouté à la demande {case} et marquée urgente.",
    "en": "I've added it to case {case} and marked it urgent.",
}
# later contacts of an open case; {restate} is the problem's chat line
STILL_OPEN = {
    "it": [
        "Segnalazione {case}: ancora niente. {restate}",
        "Vi riscrivo per la {case}, nessuno mi ha risposto e il problema è sempre lì. {restate}",
    ],
    "es": [
        "Incidencia {case}: sigue todo igual. {restate}",
        "Os vuelvo a escribir por la {case}, nadie me ha contestado y sigue sin resolverse. {restate}",
    ],
    "pt": ["Pedido {case}: continua tudo igual. {restate}"],
    "de": ["Vorgang {case}: immer noch nichts. {restate}"],
    "fr": ["Demande {case} : toujours rien. {restate}"],
    "en": ["Case {case}: still nothing. {restate}"],
}
STILL_OPEN_CALL = {
    "it": "buongiorno chiamo per la segnalazione {case} è ancora aperta nessuno mi ha richiamato",
    "es": "hola llamo por la incidencia {case} sigue abierta nadie me ha llamado",
    "pt": "bom dia ligo por causa do pedido {case} continua aberto ninguém me ligou",
    "de": "ja hallo wegen dem Vorgang {case} der ist immer noch offen keiner hat sich gemeldet",
    "fr": "bonjour j'appelle pour la demande {case} c'est toujours pas réglé personne ne m'a rappelée",
    "en": "hi calling about case {case} it's still open nobody's rung me back",
}
THIRD = {
    "it": [
        "Terza volta che scrivo. Una collega ha l'orto da {comp} e lì queste cose le risolvono in giornata.",
        "È la terza volta. Ho guardato quanto costa {comp}, giusto per sapere.",
    ],
    "es": [
        "Es la tercera vez que escribo. Una compañera tiene huerto en {comp} y allí esto lo arreglan en el día.",
        "Tercera vez. He mirado lo que cobra {comp}, por si acaso.",
    ],
    "pt": ["Terceira vez. Uma colega tem horta na {comp} e lá resolvem no próprio dia."],
    "de": [
        "Das dritte Mal. Eine Kollegin hat ihr Beet bei {comp}, da wird sowas am selben Tag geklärt."
    ],
    "fr": [
        "Troisième fois. Une collègue a sa parcelle chez {comp}, ils règlent ça dans la journée."
    ],
    "en": ["Third time now. A colleague has a plot with {comp} and they sort this the same day."],
}
FOURTH = {
    "it": "QUARTA volta, {case}. Basta.",
    "es": "CUARTA vez, {case}. Ya está bien.",
    "pt": "QUARTA vez, {case}. Chega.",
    "de": "VIERTES Mal, {case}. Jetzt reichts.",
    "fr": "QUATRIÈME fois, {case}. Ça suffit.",
    "en": "FOURTH time, {case}. Enough.",
}
LOW_CSAT_WORDS = {
    "it": ["pessimo", "", "vediamo"],
    "es": ["fatal", "", "ya veremos"],
    "pt": ["mau", ""],
    "de": ["schlecht", ""],
    "fr": ["nul", ""],
    "en": ["poor", ""],
}
LOW_NPS_WORDS = {
    "it": ["Finché non risolvete, no", "deluso", ""],
    "es": ["Hasta que no lo arregléis, no", "decepcionada", ""],
    "pt": ["desiludida", ""],
    "de": ["enttäuscht", ""],
    "fr": ["déçue", ""],
    "en": ["not until it's sorted", ""],
}

# six-step slide; step 6 names a competitor ({comp}) and an amount ({amount})
SLIDE = {
    "it": [
        "Tutto il weekend senza acqua agli orti e nessun avviso. Ho portato le taniche da casa",
        "Gli attrezzi del capanno sono a pezzi: carriola bucata, due zappe senza manico. Zolleto, ci siete?",
        "Il compost promesso a maggio ancora non si è visto, e il cumulo è pieno di plastica",
        "Laboratorio annullato un'ora prima, con me già in macchina. Nessuna scusa",
        "La linea a goccia della fila B perde da una settimana, nessuno viene, i pomodori si afflosciano",
        "E adesso {amount} di 'pulizia parcella' quando l'ho lasciata in ordine, con le foto della vostra app. Mia cognata ha l'orto da {comp}, sto guardando una parcella lì per l'autunno",
    ],
    "es": [
        "Todo el finde sin agua en los huertos y sin avisar. Me traje garrafas de casa",
        "Las herramientas del cobertizo están hechas polvo: carretilla pinchada, dos azadas sin mango. Zolleto, ¿hola?",
        "El compost que prometisteis en mayo sigue sin aparecer y el montón está lleno de plásticos",
        "Taller cancelado una hora antes, conmigo ya en el coche. Ni una disculpa",
        "El riego por goteo de la fila B pierde desde hace una semana, no viene nadie y las tomateras se caen",
        "Y ahora {amount} de 'limpieza de parcela' cuando la dejé impecable, con fotos de vuestra propia app. Mi cuñado tiene huerto en {comp} y ya estoy mirando una parcela allí para el otoño",
    ],
    "pt": [
        "Fim de semana inteiro sem água nas hortas e sem aviso",
        "As ferramentas do abrigo estão destruídas, carrinho de mão furado",
        "O composto prometido em maio nunca chegou",
        "Workshop cancelado uma hora antes, eu já a caminho",
        "A rega gota-a-gota da fila B perde há uma semana e ninguém vem",
        "E agora {amount} de 'limpeza do talhão' quando o deixei impecável. A minha cunhada tem horta na {comp}, já estou a ver um talhão lá",
    ],
    "de": [
        "Das ganze Wochenende kein Wasser an den Beeten, keine Info",
        "Werkzeug im Schuppen kaputt, Schubkarre platt, Hacken ohne Stiel",
        "Der versprochene Kompost vom Mai ist immer noch nicht da",
        "Workshop eine Stunde vorher abgesagt, ich saß schon im Auto",
        "Die Tropfleitung in Reihe B leckt seit einer Woche, keiner kommt",
        "Und jetzt {amount} 'Reinigungsgebühr' fürs Beet, das ich sauber hinterlassen habe, mit Fotos aus eurer App. Mein Schwager gärtnert bei {comp}, ich schaue mir dort ein Beet an",
    ],
    "fr": [
        "Tout le week-end sans eau aux parcelles, aucun message",
        "Les outils de l'abri sont cassés, brouette crevée",
        "Le compost promis en mai n'est toujours pas là",
        "Atelier annulé une heure avant, j'étais déjà en route",
        "Le goutte-à-goutte de la rangée B fuit depuis une semaine, personne ne vient",
        "Et maintenant {amount} de 'nettoyage de parcelle' alors que je l'ai laissée nickel. Mon beau-frère jardine chez {comp}, je regarde une parcelle là-bas",
    ],
    "en": [
        "Whole weekend with no water at the plots and not a word",
        "Tools in the shed are wrecked, flat wheelbarrow, hoes with no handles",
        "Still no sign of the compost promised in May",
        "Workshop cancelled an hour before, I was already in the car",
        "Drip line on row B has leaked for a week and nobody comes",
        "And now a {amount} 'plot cleaning fee' when I left it spotless, with photos from your own app. My brother-in-law's with {comp}, I'm looking at a plot there",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)

LEAVE = {
    "it": [
        (
            "Disdetta Club",
            "Buongiorno, a settembre ci trasferiamo a Rotterdam per il lavoro di mio marito, quindi vorrei disdire il Club e chiudere l'account. Grazie di tutto, {name}",
        ),
        (
            "Chiusura account",
            "Salve, dopo l'operazione al ginocchio non riesco più a zappare, il medico è stato chiaro. Vorrei disdire Zolleto Club e chiudere l'account. Un saluto, {name}",
        ),
    ],
    "es": [
        (
            "Baja del Club",
            "Hola, nos mudamos a Londres en septiembre por trabajo, así que quiero darme de baja del Club y cerrar la cuenta. Gracias por todo, {name}",
        ),
        (
            "Cerrar cuenta",
            "Buenas, después de la operación de rodilla ya no puedo con el huerto. Quiero dar de baja Zolleto Club y cerrar la cuenta. Un saludo, {name}",
        ),
    ],
    "pt": [
        (
            "Cancelamento",
            "Olá, vamos mudar para o Luxemburgo, quero cancelar o Club e fechar a conta. Obrigada, {name}",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Hallo, wir ziehen im September nach Hamburg, ich möchte den Club kündigen und das Konto schließen. Danke, {name}",
        )
    ],
    "fr": [
        (
            "Résiliation",
            "Bonjour, nous déménageons à Montréal, je souhaite résilier le Club et fermer mon compte. Merci, {name}",
        )
    ],
    "en": [
        (
            "Cancel membership",
            "Hi, we're moving to Edinburgh in September so I'd like to cancel Zolleto Club and close my account. Thanks for everything, {name}",
        )
    ],
}
SORRY_GO = {
    "it": "Gentile {name}, ci dispiace vederla andare. Può disdire il Club da sola nell'app o sul sito, in 'Il mio account'. Grazie per questi anni. {agent} - Zolleto",
    "es": "Hola {name}, sentimos mucho que te vayas. Puedes dar de baja el Club tú misma en la app o en la web, en 'Mi cuenta'. Gracias por estos años. {agent} - Zolleto",
    "pt": "Olá {name}, lamentamos vê-la partir. Pode cancelar o Club na app ou no site. {agent} - Zolleto",
    "de": "Hallo {name}, schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen. {agent} - Zolleto",
    "fr": "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier le Club dans l'appli ou sur le site. {agent} - Zolleto",
    "en": "Hi {name}, sorry to see you go. You can cancel the Club yourself in the app or on the website. {agent} - Zolleto",
}
GRUMPY = {
    "it": [
        "L'app mi fa rifare il login OGNI volta. Ogni volta.",
        "Notifica 'ricordati di annaffiare' alle 6:30 di domenica. Grazie eh",
        "Bagno comune chiuso per la terza settimana",
        "Parcheggio pieno di nuovo, mezz'ora a girare",
        "Previsioni meteo dell'app sbagliate come sempre, mi ha detto sole e ho preso la grandine",
        "Acqua senza pressione il pomeriggio, con la canna ci metto un'ora",
        "La bacheca dei laboratori non si aggiorna mai",
    ],
    "es": [
        "La app me pide iniciar sesión CADA vez. Cada una.",
        "Notificación de 'acuérdate de regar' a las 6:30 del domingo. Gracias eh",
        "El baño común cerrado por tercera semana",
        "Parking lleno otra vez, media hora dando vueltas",
        "El tiempo de la app falla siempre, decía sol y me cayó granizo",
        "Sin presión de agua por la tarde, con la manguera tardo una hora",
        "El tablón de talleres nunca está actualizado",
    ],
    "pt": [
        "A app pede login SEMPRE",
        "Notificação às 6:30 de domingo",
        "Casa de banho fechada outra vez",
        "Estacionamento cheio outra vez",
        "Sem pressão de água à tarde",
    ],
    "de": [
        "Die App will JEDES Mal ein neues Login",
        "Gieß-Erinnerung um 6:30 am Sonntag. Danke",
        "Toilette wieder zu",
        "Parkplatz wieder voll",
        "Nachmittags kein Wasserdruck",
    ],
    "fr": [
        "L'appli me redemande de me connecter À CHAQUE fois",
        "Rappel d'arrosage à 6 h 30 un dimanche. Merci",
        "Toilettes encore fermées",
        "Parking encore plein",
        "Pas de pression d'eau l'après-midi",
    ],
    "en": [
        "App logs me out EVERY single time",
        "Watering reminder at 6.30 on a Sunday. Thanks",
        "Toilet locked again",
        "Car park full again",
        "No water pressure in the afternoons",
    ],
}
SARCASM = {
    "it": [
        "Adoro come la visita settimanale del giardiniere capiti esattamente durante la grandinata 👏",
        "Piantine consegnate 'fresche': metà con le lumache in omaggio 😂",
    ],
    "es": [
        "Me encanta que la visita del jardinero coincida justo con la granizada 👏",
        "Plantones 'frescos': la mitad con caracoles de regalo 😂",
    ],
    "pt": ["Adoro que as plantas 'frescas' venham com caracóis de oferta 😂"],
    "de": ["Toll, dass die 'frischen' Jungpflanzen gleich mit Schnecken als Bonus kommen 😂"],
    "fr": ["J'adore les plants 'frais' livrés avec les limaces en cadeau 😂"],
    "en": ["Love that the 'fresh' seedlings come with free slugs 😂"],
}
# quiet hours' mild grumbles: (text, agent answer)
MILD = {
    "it": [
        (
            "la mappa dell'orto nell'app non mostra la nuova fila D, è normale?",
            "Ciao, la aggiorniamo entro la settimana, grazie della segnalazione.",
        ),
        (
            "il diario mette le note in ordine dal più vecchio, si può cambiare?",
            "Per ora no, l'abbiamo girato agli sviluppatori.",
        ),
    ],
    "es": [
        (
            "el mapa del huerto en la app no sale la nueva fila D, ¿es normal?",
            "Hola, lo actualizamos esta semana, gracias por avisar.",
        ),
        (
            "el diario ordena las notas de la más antigua, ¿se puede cambiar?",
            "De momento no, se lo hemos pasado a desarrollo.",
        ),
    ],
    "pt": [("o mapa da app não mostra a fila D nova", "Olá, atualizamos esta semana, obrigada.")],
    "de": [
        (
            "die Karte in der App zeigt die neue Reihe D nicht",
            "Hallo, wir aktualisieren sie diese Woche, danke.",
        )
    ],
    "fr": [
        (
            "la carte de l'appli n'affiche pas la nouvelle rangée D",
            "Bonjour, on la met à jour cette semaine, merci.",
        )
    ],
    "en": [
        (
            "the map in the app doesn't show the new row D",
            "Hi, we'll update it this week, thanks for flagging.",
        )
    ],
}
FORM_ACK = {
    "it": "Grazie {name}, abbiamo ricevuto la sua segnalazione e la giriamo al team dell'app. {agent} - Zolleto",
    "es": "Gracias {name}, hemos recibido tu comentario y lo pasamos al equipo de la app. {agent} - Zolleto",
    "pt": "Obrigada {name}, recebemos a sua mensagem. {agent} - Zolleto",
    "de": "Danke {name}, wir haben Ihre Nachricht erhalten und geben sie weiter. {agent} - Zolleto",
    "fr": "Merci {name}, nous avons bien reçu votre message. {agent} - Zolleto",
    "en": "Thanks {name}, we've got your message and passed it on. {agent} - Zolleto",
}

# ---- the spike: "my plot" opens another member's plot, error PM/48 ----------------------

SPIKE_TOPIC = "garden-plot app opens another member's plot (their name, phone number and diary) instead of one's own, then error PM/48: members see strangers' details and cannot reach their own plot"
SPIKE = {
    "it": [
        "Ma che succede? Apro 'Il mio orto' nell'app Zolleto e mi esce l'orto di un'altra, con nome, telefono e diario! Se torno indietro: errore PM/48",
        "Zolleto l'app mi mostra la parcella di un certo Franco con il suo numero di telefono 😳 e la mia non la vedo più. Errore PM/48",
        "ragazzi l'app fa vedere gli orti degli altri, io vedo i dati di una signora e chissà chi vede i miei. PM/48 ogni volta",
        "Buongiorno, stamattina l'app apre l'orto di un altro socio con tutti i suoi dati e poi dà PM/48. Il mio orto non riesco ad aprirlo. È una cosa grave per la privacy",
        "sono all'orto per piantare l'aglio e l'app mi fa vedere il diario di un altro, il mio sparito, errore PM/48",
        "Qualcuno ha lo stesso problema? 'Il mio orto' apre la parcella D-3 che non è mia e poi PM/48",
    ],
    "es": [
        "¿Qué pasa con la app de Zolleto? Abro 'Mi huerto' y me sale el de otra persona con nombre, teléfono y diario. Si vuelvo atrás, error PM/48",
        "La app de Zolleto me enseña la parcela de un tal Paco con su móvil 😳 y la mía no aparece. Error PM/48",
        "oye la app enseña los huertos de los demás, yo veo los datos de una señora y a saber quién ve los míos. PM/48 todo el rato",
        "Buenos días, esta mañana la app abre el huerto de otro socio con todos sus datos y luego da PM/48. No puedo entrar al mío. Esto es grave",
        "estoy en el huerto para plantar ajos y la app me enseña el diario de otro, el mío ha desaparecido, error PM/48",
        "¿A alguien más le pasa? 'Mi huerto' abre la parcela C-9, que no es mía, y luego PM/48",
    ],
    "pt": [
        "A app da Zolleto abre a horta de outra pessoa, com nome e telefone! Depois dá erro PM/48",
        "alguém mais? a app mostra o talhão de outro sócio e o meu desapareceu, PM/48",
    ],
    "de": [
        "Die Zolleto-App zeigt mir das Beet von jemand anderem, mit Name und Telefonnummer! Danach Fehler PM/48",
        "Hat noch jemand das? 'Mein Beet' öffnet ein fremdes Beet und dann PM/48",
    ],
    "fr": [
        "L'appli Zolleto m'ouvre la parcelle de quelqu'un d'autre avec son nom et son téléphone ! Puis erreur PM/48",
        "Quelqu'un d'autre ? 'Ma parcelle' ouvre celle d'un inconnu puis PM/48",
    ],
    "en": [
        "The Zolleto app is showing me someone else's plot, their name and phone number and all! Then error PM/48",
        "Anyone else? 'My plot' opens a stranger's plot then PM/48",
    ],
}
SPIKE_SUBJ = {
    "it": "App: vedo l'orto di un altro (PM/48)",
    "es": "App: veo el huerto de otro (PM/48)",
    "pt": "App: vejo a horta de outro (PM/48)",
    "de": "App: fremdes Beet (PM/48)",
    "fr": "Appli : parcelle d'un autre (PM/48)",
    "en": "App showing someone else's plot (PM/48)",
}
SPIKE_AGAIN = {
    "it": [
        "Ancora PM/48, anche dal telefono di mio figlio. E continuo a vedere l'orto di un altro",
        "Sempre PM/48, provato anche a reinstallare. Quando la sistemate?",
    ],
    "es": [
        "Sigue el PM/48, también desde el móvil de mi mujer. Y sigo viendo el huerto de otro",
        "Todavía PM/48, he reinstalado la app y nada",
    ],
    "pt": [
        "Continua PM/48, também no telemóvel do meu marido",
        "ainda PM/48 e continuo a ver a horta de outra pessoa",
    ],
    "de": [
        "Immer noch PM/48, auch auf dem Handy meiner Frau",
        "weiterhin PM/48, App neu installiert, bringt nix",
    ],
    "fr": [
        "Toujours PM/48, même sur le téléphone de mon mari",
        "encore PM/48, j'ai réinstallé l'appli, rien",
    ],
    "en": [
        "Still PM/48, on my wife's phone too",
        "still getting PM/48, reinstalled the app, no joy",
    ],
}
SPIKE_CHAT_ANSWER = {
    "it": "Sì, in questo momento l'app mostra orti sbagliati a molti soci, i tecnici ci stanno lavorando. Ci scusiamo.",
    "es": "Sí, ahora mismo la app muestra huertos equivocados a muchos socios, los técnicos están en ello. Perdona.",
    "pt": "Sim, neste momento a app mostra hortas erradas a muitos sócios, os técnicos estão a tratar. Desculpe.",
    "de": "Ja, gerade zeigt die App vielen Mitgliedern falsche Beete, die Technik ist dran. Entschuldigung.",
    "fr": "Oui, en ce moment l'appli affiche de mauvaises parcelles à beaucoup de membres, nos techniciens sont dessus. Désolés.",
    "en": "Yes, right now the app is showing the wrong plots to a lot of members, our engineers are on it. Sorry.",
}
SPIKE_FIXED = {
    "it": "Gentile {name}, da stamattina alle {time} l'app mostra di nuovo solo il suo orto. Nessun altro socio ha potuto modificarlo. Le abbiamo accreditato un mese di Cura ({amount}). Ci scusiamo. {agent} - Zolleto",
    "es": "Hola {name}, desde las {time} la app vuelve a mostrar solo tu huerto. Nadie ha podido modificarlo. Te hemos abonado un mes de Cura ({amount}). Perdona las molestias. {agent} - Zolleto",
    "pt": "Olá {name}, desde as {time} a app volta a mostrar só a sua horta. Creditámos um mês de Cura ({amount}). {agent} - Zolleto",
    "de": "Hallo {name}, seit {time} Uhr zeigt die App wieder nur Ihr Beet. Wir haben Ihnen einen Monat Cura ({amount}) gutgeschrieben. {agent} - Zolleto",
    "fr": "Bonjour {name}, depuis {time} l'appli n'affiche de nouveau que votre parcelle. Un mois de Cura ({amount}) vous a été crédité. {agent} - Zolleto",
    "en": "Hi {name}, since {time} the app shows only your own plot again. Nobody could change it. We've credited a month of Cura ({amount}). Sorry. {agent} - Zolleto",
}
CALM_GRUMBLE = {
    "it": (
        "il calendario delle semine nell'app ci mette un'eternità a caricare",
        "Ciao, lo stiamo alleggerendo, grazie della pazienza.",
    ),
    "es": (
        "el calendario de siembra de la app tarda una eternidad en cargar",
        "Hola, lo estamos aligerando, gracias por la paciencia.",
    ),
}
LONE_Q = {
    "it": (
        "ieri sera ho condiviso l'orto con mio fratello, lui vede il diario ma non può scriverci, è normale?",
        "Sì, chi è invitato vede il diario; per scriverci deve dargli i permessi di modifica dal profilo.",
    ),
    "es": (
        "anoche compartí el huerto con mi hermana, ella ve el diario pero no puede escribir, ¿es normal?",
        "Sí, la persona invitada ve el diario; para escribir tienes que darle permiso de edición en tu perfil.",
    ),
}
