# ruff: noqa: E501
"""Consumer wording for heldout120 (Pagaldo: kayak, canoe and paddle-board hire and trips).

Placeholders: {b} brand, {case} case reference, {comp} competitor, {prod} product,
{ag} agent, {t} local time, {code} the spike's error code.
"""

from __future__ import annotations

BRAND = "Pagaldo"
COMPETITORS = ("Corrientix", "Wildfloss")
SPIKE_CODE = "SOS-Q 7714"

PRODUCTS: list[tuple[str, float]] = [
    ("Sit-on-top kayak, half day / Kayak autovaciable, medio día", 34.0),
    ("Tandem kayak, full day / Kayak doble, día completo", 69.0),
    ("Canadian canoe, river descent 12 km / Canoa canadiense, descenso 12 km", 58.0),
    ("Stand-up paddle board, 2 h / Tabla de paddle surf, 2 h", 24.0),
    ("Guided sea-kayak tour, caves / Ruta guiada en kayak de mar, cuevas", 45.0),
    ("Family raft, 4 seats / Balsa familiar, 4 plazas", 96.0),
    ("Sunset paddle tour / Ruta en paddle al atardecer", 39.0),
    ("Weekend canoe camping kit / Kit canoa y acampada fin de semana", 149.0),
]

PAGES = [
    "/trips",
    "/rivers",
    "/coast",
    "/club",
    "/prices",
    "/shuttle",
    "/gift-cards",
    "/safety",
    "/app",
]

AGENTS: dict[str, list[str]] = {
    "es": ["Nuria", "Pablo", "Marisa"],
    "it": ["Marco", "Giulia", "Chiara"],
    "en": ["Tom", "Sinead"],
    "fr": ["Claire", "Yann"],
    "de": ["Jonas", "Heike"],
    "pt": ["Rita", "Duarte"],
}

# Happy praise posts (community or social).
PRAISE: dict[str, list[str]] = {
    "es": [
        "Descenso del Sella con {b} el sábado, guías majísimos y el material impecable. Repetiremos!!",
        "Primera vez en kayak de mar con los niños y ni un susto. Gracias {b} 🙌",
        "La ruta de las cuevas con {b} es una pasada, el guía nos contó la historia de cada rincón",
        "todo perfecto con {b}, reservas en el movil y en 10 min estas en el agua",
        "Qué gusto alquilar así: app, chaleco de mi talla esperando y minibús puntual. {b} 10/10",
    ],
    "it": [
        "Discesa in canoa sul Brenta con {b}, esperienza bellissima e istruttori bravissimi",
        "Giro in kayak alle grotte con {b}: acqua cristallina e organizzazione perfetta 👌",
        "prenotato dall'app alle 8, alle 9 eravamo in acqua. {b} promosso a pieni voti",
        "Tutto impeccabile con {b}, giubbotti puliti, navetta puntuale, bimbi felicissimi",
        "Il tour al tramonto sul lago di {b} vale ogni centesimo, grazie a Chiara la guida",
    ],
    "en": [
        "Brilliant morning on the river with {b}, kit spotless and the guide was a legend",
        "Took my dad out in a tandem kayak with {b}, he hasn't stopped talking about it",
    ],
    "fr": [
        "Super descente en canoë avec {b}, matériel nickel et navette à l'heure",
        "Balade en kayak de mer avec {b}, les enfants ont adoré, merci à toute l'équipe",
    ],
    "de": [
        "Kanutour mit {b} am Samstag, alles top organisiert und super nette Guides",
        "SUP-Verleih bei {b} läuft einfach: App, Brett abholen, los. Klasse!",
    ],
    "pt": [
        "Descida de canoa com o {b} foi incrível, guias simpáticos e tudo a horas",
        "Passeio de kayak às grutas com o {b}, recomendo muito!",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez este verano con {b} y otra vez de diez. Ya somos fijos",
        "Otra vez el guía Pablo en la ruta, otra vez genial. {b} nunca falla jaja",
    ],
    "it": [
        "Terza volta quest'anno con {b} e sempre perfetto",
        "Ancora una volta navetta puntualissima, {b} si conferma",
    ],
    "en": ["Third trip with {b} this year and still the best morning of the month"],
    "fr": ["Encore une fois parfait avec {b}, troisième descente cette année"],
    "de": ["Schon wieder ein super Tag mit {b}, dritte Tour dieses Jahr"],
    "pt": ["Terceira vez com o {b} e continua perfeito"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contentos con {b}, solo que el vestuario del embarcadero era un poco pequeño. Por lo demás genial",
        "Excursión top con {b}, lo único: la app tarda en cargar el mapa. Volveremos",
    ],
    "it": [
        "Tutto ottimo con {b}, solo le docce al pontile erano fredde. Per il resto bravissimi",
        "Bella esperienza con {b}, peccato che il parcheggio fosse lontano. Torneremo",
    ],
    "en": ["Great day with {b}, only gripe is the car park by the launch is tiny"],
    "fr": ["Très bien avec {b}, juste les vestiaires un peu étroits. On reviendra"],
    "de": ["Sehr schön mit {b}, nur die Umkleide am Steg ist winzig. Gerne wieder"],
    "pt": ["Tudo ótimo com o {b}, só os balneários é que eram pequenos"],
}

REVIEWS: dict[str, list[str]] = {
    "es": [
        "Material nuevo, guía paciente y buena organización. Recomendable",
        "Muy bien todo, el minibús puntual",
    ],
    "it": ["Organizzazione ottima, canoe nuove, consigliato", "Tutto bene, istruttore gentile"],
    "en": ["Well run, friendly staff, decent boats"],
    "fr": ["Bonne organisation, matériel propre"],
    "de": ["Gut organisiert, freundliches Team"],
    "pt": ["Bem organizado, equipa simpática"],
}

# Chat or e-mail questions, agents' answers and thanks (index-matched per language).
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, los niños de 6 años pueden ir en el kayak doble con un adulto?",
            "¡Hola! Sí, desde 5 años en doble con un adulto, y tenemos chalecos infantiles.",
        ),
        (
            "Buenas, si llueve el domingo se puede cambiar la fecha sin coste?",
            "Sí, con lluvia o viento fuerte puedes cambiarla gratis desde la app hasta 2 h antes.",
        ),
        (
            "porfa, hay parking en el embarcadero de Arriondas?",
            "Sí, hay parking gratuito a 100 m del embarcadero.",
        ),
    ],
    "it": [
        (
            "ciao, serve saper nuotare per il giro in canoa?",
            "Ciao! Basta sapersela cavare in acqua, il giubbotto è sempre obbligatorio.",
        ),
        (
            "Buongiorno, posso portare il mio cane sul SUP?",
            "Buongiorno, sì, i cani piccoli e medi sono benvenuti, abbiamo anche giubbotti per cani.",
        ),
        (
            "si può prenotare la navetta di ritorno anche per 5 persone?",
            "Certo, la navetta ha 8 posti, basta indicarlo nella prenotazione.",
        ),
    ],
    "en": [
        (
            "hi, is there somewhere to leave our bags during the tour?",
            "Hi! Yes, there are free lockers at every launch point.",
        )
    ],
    "fr": [
        (
            "bonjour, le canoë convient-il à un enfant de 7 ans ?",
            "Bonjour ! Oui, à partir de 6 ans avec un adulte.",
        )
    ],
    "de": [
        (
            "Hallo, kann man das SUP auch für einen halben Tag mieten?",
            "Hallo! Ja, ab 2 Stunden, halber Tag ist 4 Stunden.",
        )
    ],
    "pt": [
        (
            "olá, o passeio às grutas é adequado para quem nunca andou de kayak?",
            "Olá! Sim, o guia dá uma pequena aula antes de sair.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["genial gracias!!", "Perfecto, muchas gracias", "vale gracias 👍"],
    "it": ["perfetto grazie!", "Grazie mille", "ok grz"],
    "en": ["cheers!", "Great, thanks"],
    "fr": ["merci !", "Parfait merci"],
    "de": ["Danke!", "super, danke"],
    "pt": ["obrigado!", "obg"],
}

PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenos dias queria saber si el descenso del sella se puede hacer con un niño de siete años y si hay que llevar algo especial gracias",
            "Hola, como hablamos por teléfono: sí, desde 6 años en canoa doble. Solo calzado que se pueda mojar y ropa de cambio. Un saludo, {ag}",
        ),
        (
            "buenas llamo por lo del bono regalo que me regalaron queria saber hasta cuando vale y si vale para la ruta de las cuevas",
            "Hola, te confirmo lo que hablamos: el bono vale 12 meses y sirve para cualquier ruta, también la de las cuevas. {ag}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo chiedere se la discesa sul Brenta si fa anche a ottobre e se servono le mute grazie",
            "Buongiorno, come detto al telefono: sì, fino a fine ottobre, le mute sono incluse. Saluti, {ag}",
        ),
        (
            "salve chiamo per sapere se posso spostare la prenotazione di sabato a domenica stessa ora",
            "Salve, le confermo lo spostamento a domenica alla stessa ora, nessun costo. {ag}",
        ),
    ],
    "en": [
        (
            "hi there just wondering if the sunset tour runs on weekdays too thanks",
            "Hi, as discussed: yes, the sunset tour runs Wednesday to Sunday. Best, {ag}",
        )
    ],
    "fr": [
        (
            "bonjour je voulais savoir si on peut louer deux canoës pour samedi matin merci",
            "Bonjour, comme convenu au téléphone, deux canoës sont réservés pour samedi 9h. {ag}",
        )
    ],
    "de": [
        (
            "hallo ich wollte fragen ob man beim Kanu auch ohne Erfahrung mitfahren kann danke",
            "Hallo, wie besprochen: ja, die Guides geben vorher eine kurze Einweisung. Grüße, {ag}",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber se o passeio de sábado ainda tem lugares para quatro pessoas obrigado",
            "Bom dia, como falámos: sim, há lugares, já reservei quatro. {ag}",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["genial", "todo perfecto", "😊", "muy bien", ""],
    "it": ["ottimo", "tutto perfetto", "👍", "bravi", ""],
    "en": ["great", "spot on", ""],
    "fr": ["parfait", "très bien", ""],
    "de": ["super", "alles gut", ""],
    "pt": ["ótimo", "tudo bem", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "es": [
        "son las 3 y no duermo, mirando rutas de {b} para el finde. La de las cuevas o la del Sella?",
        "Salgo del turno de noche del hospital y ya tengo reservado el kayak de {b} para el sábado 😴",
    ],
    "it": [
        "sono le 2 e sto guardando i video dei giri in canoa di {b}, non dormo più",
        "Finito il turno di notte al distributore, prenotato il SUP di {b} per domenica",
    ],
    "en": ["3am and I'm booking a sunset paddle with {b} instead of sleeping"],
    "fr": ["2h du matin, je réserve la descente {b} pour samedi au lieu de dormir"],
    "de": ["Kann nicht schlafen, buche gerade die Kanutour bei {b} fürs Wochenende"],
    "pt": ["São 3 da manhã e estou a marcar o passeio de kayak do {b}"],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "una duda, si devuelvo el SUP mojado al punto de recogida pasa algo?",
            "¡Hola! No pasa nada, los secamos nosotros. Buenas noches",
        )
    ],
    "it": [
        (
            "domanda: a che ora apre il pontile domani mattina?",
            "Ciao! Il pontile apre alle 8:30. Buona notte",
        )
    ],
    "en": [("quick one, what time does the launch open tomorrow?", "Hi! 8:30. Sleep well")],
    "fr": [
        (
            "petite question, le tarif week-end commence le vendredi ?",
            "Bonjour, oui, dès vendredi 14h. Bonne nuit",
        )
    ],
    "de": [
        ("kurze Frage, ab wann gilt der Wochenendtarif?", "Hallo, ab Freitag 14 Uhr. Gute Nacht")
    ],
    "pt": [("pergunta, a que horas abre o cais amanhã?", "Olá! Às 8h30. Boa noite")],
}

# The six consumer problems: (subject topic, clause used inside sentences).
PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "es": {
        "shuttle_no_show": (
            "minibús de vuelta",
            "el minibús de vuelta nunca vino a recogernos al final del descenso y esperamos dos horas mojados con dos niños",
        ),
        "double_charge": (
            "fianza cobrada dos veces",
            "me habéis retenido la fianza DOS veces, 150 € cada una, y ahora tengo la cuenta en números rojos",
        ),
        "damage": (
            "kayak roto",
            "el kayak doble que nos disteis hacía agua por una grieta del casco y tuvimos que volver a los 20 minutos",
        ),
        "refund": (
            "reembolso pendiente",
            "cancelasteis vosotros la ruta por viento y TRES semanas después sigo sin ver los 96 €",
        ),
        "wrong_price": (
            "tarifa de socio",
            "soy socia del Club {b} y me habéis cobrado la tarifa normal, 18 € de más",
        ),
        "cancel_fee": (
            "gastos de cancelación",
            "cancelé con una semana de antelación y me habéis cobrado 30 € de gastos de cancelación",
        ),
    },
    "it": {
        "shuttle_no_show": (
            "navetta di ritorno",
            "la navetta di ritorno non è mai arrivata al punto di sbarco e abbiamo aspettato due ore bagnati fradici",
        ),
        "double_charge": (
            "cauzione addebitata due volte",
            "mi avete bloccato la cauzione DUE volte, 150 € ciascuna, e ora ho il conto in rosso",
        ),
        "damage": (
            "canoa danneggiata",
            "la canoa che ci avete dato imbarcava acqua da una crepa e siamo dovuti rientrare dopo venti minuti",
        ),
        "refund": (
            "rimborso",
            "avete annullato voi il giro per il vento e dopo TRE settimane non ho ancora visto i 96 €",
        ),
        "wrong_price": (
            "tariffa socio",
            "sono socio del Club {b} e mi avete fatto pagare la tariffa piena, 18 € in più",
        ),
        "cancel_fee": (
            "penale di cancellazione",
            "ho disdetto con una settimana di anticipo e mi avete addebitato 30 € di penale",
        ),
    },
    "en": {
        "shuttle_no_show": (
            "return shuttle",
            "the return shuttle never turned up at the take-out and we waited two hours soaked",
        ),
        "double_charge": (
            "deposit taken twice",
            "you've taken the deposit TWICE, £130 each time, and my account is overdrawn",
        ),
        "damage": (
            "leaking kayak",
            "the tandem kayak you gave us was leaking through a crack in the hull and we had to turn back",
        ),
        "refund": (
            "refund",
            "you cancelled the trip for wind and three weeks later I still don't have my £84 back",
        ),
        "wrong_price": ("member rate", "I'm a {b} Club member and was charged the full rate"),
        "cancel_fee": (
            "cancellation fee",
            "I cancelled a week ahead and you still charged me a £26 cancellation fee",
        ),
    },
    "fr": {
        "shuttle_no_show": (
            "navette de retour",
            "la navette de retour n'est jamais venue au point d'arrivée, deux heures d'attente trempés",
        ),
        "double_charge": (
            "caution prélevée deux fois",
            "vous avez bloqué la caution DEUX fois, 150 € chacune",
        ),
        "damage": (
            "kayak fissuré",
            "le kayak prenait l'eau par une fissure et on a dû faire demi-tour",
        ),
        "refund": (
            "remboursement",
            "vous avez annulé la sortie pour le vent et je n'ai toujours pas été remboursé des 96 €",
        ),
        "wrong_price": (
            "tarif adhérent",
            "je suis adhérent du Club {b} et j'ai payé le plein tarif",
        ),
        "cancel_fee": (
            "frais d'annulation",
            "j'ai annulé une semaine avant et vous m'avez facturé 30 € de frais",
        ),
    },
    "de": {
        "shuttle_no_show": (
            "Rücktransfer",
            "der Rücktransfer-Bus ist am Ausstieg nie gekommen, wir haben zwei Stunden nass gewartet",
        ),
        "double_charge": ("Kaution doppelt", "Sie haben die Kaution ZWEIMAL geblockt, je 150 €"),
        "damage": (
            "kaputtes Kanu",
            "das Kanu hatte einen Riss im Rumpf und lief voll Wasser, wir mussten umkehren",
        ),
        "refund": (
            "Erstattung",
            "Sie haben die Tour wegen Wind abgesagt und nach drei Wochen sind die 96 € immer noch nicht da",
        ),
        "wrong_price": (
            "Club-Tarif",
            "ich bin Club-Mitglied bei {b} und habe den vollen Preis gezahlt",
        ),
        "cancel_fee": (
            "Stornogebühr",
            "ich habe eine Woche vorher storniert und trotzdem 30 € Stornogebühr bezahlt",
        ),
    },
    "pt": {
        "shuttle_no_show": (
            "transfer de regresso",
            "o transfer de regresso nunca apareceu no ponto de chegada e esperámos duas horas molhados",
        ),
        "double_charge": ("caução cobrada duas vezes", "cobraram a caução DUAS vezes, 150 € cada"),
        "damage": (
            "kayak danificado",
            "o kayak metia água por uma racha no casco e tivemos de voltar",
        ),
        "refund": (
            "reembolso",
            "cancelaram o passeio por causa do vento e três semanas depois ainda não recebi os 96 €",
        ),
        "wrong_price": ("preço de sócio", "sou sócio do Clube {b} e cobraram-me o preço normal"),
        "cancel_fee": (
            "taxa de cancelamento",
            "cancelei com uma semana de antecedência e cobraram 30 € de taxa",
        ),
    },
}

SUBJECT_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJECT_CASE = {
    "es": "RE: Incidencia {case}",
    "it": "R: Segnalazione {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
}

# Bad-moment wrappers: {p} is the problem clause.
SHORT_EMAIL: dict[str, list[str]] = {
    "es": [
        "Hola. {p}. Esto no es serio, quiero una solución hoy mismo.",
        "Buenas tardes, {p}. YA ESTÁ BIEN, espero respuesta.",
    ],
    "it": [
        "Buongiorno, {p}. Non è accettabile, voglio una risposta oggi.",
        "Salve, {p}. Sono davvero arrabbiata, aspetto notizie.",
    ],
    "en": ["Hello, {p}. Not good enough, I want this sorted today."],
    "fr": ["Bonjour, {p}. C'est inadmissible, j'attends une réponse."],
    "de": ["Guten Tag, {p}. Das geht so nicht, ich erwarte eine Lösung."],
    "pt": ["Boa tarde, {p}. Isto não pode ser, quero uma resposta hoje."],
}
CHAT: dict[str, list[str]] = {
    "es": ["hola, {p}. q hago??", "Oye, {p}. ME LO EXPLICAIS?"],
    "it": ["ciao, {p}. che faccio??", "Scusate ma {p}. mi spiegate?"],
    "en": ["hi, {p}. what now??"],
    "fr": ["bonjour, {p}. je fais quoi ?"],
    "de": ["hallo, {p}. was jetzt??"],
    "pt": ["olá, {p}. e agora??"],
}
SOCIAL: dict[str, list[str]] = {
    "es": ["{b} {p}. Vaya tela 😡", "Increíble lo de {b}: {p}. No os recomiendo"],
    "it": ["{b} {p}. Vergogna 😡", "Complimenti a {b}: {p}. Sconsigliato"],
    "en": ["{b} {p}. Shocking 😡"],
    "fr": ["{b} {p}. Lamentable 😡"],
    "de": ["{b} {p}. Unmöglich 😡"],
    "pt": ["{b} {p}. Vergonha 😡"],
}
FORM: dict[str, list[str]] = {
    "es": [
        "{P}. Reserva del sábado. Por favor revisadlo cuanto antes.",
        "{P}. Adjunto el justificante. Pido que lo solucionéis.",
    ],
    "it": [
        "{P}. Prenotazione di sabato. Vi prego di verificare.",
        "{P}. Chiedo una soluzione rapida.",
    ],
    "en": ["{P}. Saturday's booking. Please look into it."],
    "fr": ["{P}. Réservation de samedi. Merci de vérifier."],
    "de": ["{P}. Buchung vom Samstag. Bitte prüfen."],
    "pt": ["{P}. Reserva de sábado. Por favor verifiquem."],
}
CALL: dict[str, list[str]] = {
    "es": [
        "hola mire le llamo porque {p} y nadie me dice nada quiero saber que van a hacer",
        "si buenas llamo otra vez por lo mismo {p} esto no puede ser",
    ],
    "it": [
        "buongiorno la chiamo perché {p} e nessuno mi dice niente vorrei sapere cosa fate",
        "salve senta {p} non è possibile",
    ],
    "en": ["hi yeah I'm calling because {p} and nobody's told me anything"],
    "fr": ["bonjour j'appelle parce que {p} et personne ne me répond"],
    "de": ["ja hallo ich rufe an weil {p} und niemand meldet sich"],
    "pt": ["bom dia estou a ligar porque {p} e ninguém me diz nada"],
}
LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del fisio de mi madre, que se rompió la muñeca hace un mes, así que perdonen si voy al grano. Este año les he recomendado a media oficina y hemos hecho tres rutas con ustedes. Pero el sábado {p}. Mi hijo pequeño acabó llorando y yo tuve que explicar a otros padres por qué les había convencido de venir.\n\nLes pido que me digan qué piensan hacer y cuándo. No quiero un cupón, quiero una explicación.\n\nUn saludo,\n{name}",
        "Hola:\n\nEscribo esto en el coche mientras espero a que salgan las gemelas de natación, porque si no, no lo escribo nunca. Entre la obra del piso de mi suegra y el trabajo, la excursión del domingo era lo único que teníamos planeado en todo el mes. Y {p}.\n\nSiempre he hablado bien de {b}. Ahora mismo no sé qué decir. Espero noticias esta semana.\n\n{name}",
    ],
    "it": [
        "Buonasera,\n\nvi scrivo dal bancone del negozio tra un cliente e l'altro, quindi scusate la fretta. Sono cliente da tre estati e vi ho sempre consigliato a tutti. Domenica però {p}. Avevamo con noi mia nipote di nove anni e il pomeriggio è finito in lacrime.\n\nVi chiedo di dirmi cosa intendete fare, non uno sconto generico.\n\nCordiali saluti,\n{name}",
        "Gentile {b},\n\nscrivo di sera, dopo aver messo a letto i bambini, perché di giorno tra il trasloco e l'ufficio non ho un minuto. La gita di sabato era il regalo di compleanno per mio marito. E invece {p}.\n\nNon è da voi, lo so, ma vorrei una risposta seria entro la settimana.\n\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, also bitte entschuldigen Sie die Kürze. Wir sind seit drei Jahren Kunden und haben Sie überall empfohlen. Am Samstag aber {p}. Für die Kinder war der Tag gelaufen.\n\nIch erwarte eine Erklärung und eine Lösung, keinen Gutschein.\n\nMit freundlichen Grüßen\n{name}",
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto tengamos novedades. {ag}, atención al cliente {b}"
    ],
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti aggiorniamo appena possibile. {ag}, assistenza {b}"
    ],
    "en": [
        "Hi {first}, really sorry about this. We've opened case {case} and will update you shortly. {ag}, {b} support"
    ],
    "fr": [
        "Bonjour {first}, toutes nos excuses. Nous avons ouvert le dossier {case} et revenons vers vous rapidement. {ag}, service client {b}"
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns bald. {ag}, Kundenservice {b}"
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar em breve. {ag}, apoio {b}"
    ],
}
CHAT_CASE: dict[str, list[str]] = {
    "es": [
        "Lo siento mucho, {first}. Te abro la incidencia {case} ahora mismo y lo revisa el equipo hoy."
    ],
    "it": [
        "Mi dispiace tanto, {first}. Ti apro subito la segnalazione {case}, il team la guarda oggi."
    ],
    "en": ["So sorry, {first}. I've opened case {case} and the team will look at it today."],
    "fr": ["Désolé, {first}. J'ouvre le dossier {case}, l'équipe le traite aujourd'hui."],
    "de": [
        "Tut mir leid, {first}. Ich habe den Vorgang {case} angelegt, das Team schaut heute drauf."
    ],
    "pt": ["Lamento, {first}. Abri o pedido {case}, a equipa vê isso hoje."],
}
GOOD_NEWS: dict[str, list[str]] = {
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: ya está solucionado y el importe corregido. ¿Nos confirmas que lo ves bien? {ag}"
    ],
    "it": [
        "Ciao {first}, buone notizie sulla segnalazione {case}: è tutto sistemato e l'importo corretto. Ci confermi? {ag}"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted and the amount corrected. Could you confirm? {ag}"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? {ag}"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {case}: erledigt und korrigiert. Können Sie das bestätigen? {ag}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? {ag}"
    ],
}
QUALITY_LEAD: dict[str, list[str]] = {
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {ag}"
    ],
    "it": [
        "Ciao {first}, la segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno. {ag}"
    ],
    "en": [
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {ag}"
    ],
    "fr": [
        "Bonjour {first}, le dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {ag}"
    ],
    "de": [
        "Hallo {first}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {ag}"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia. {ag}"
    ],
}
ADDED_URGENT: dict[str, str] = {
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "en": "I've added this to case {case} and marked it urgent.",
    "fr": "J'ai ajouté ceci au dossier {case}, marqué urgent.",
    "de": "Ich habe das zu Vorgang {case} ergänzt und als dringend markiert.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
# Later contacts about the same open case.
REPEAT_2: dict[str, list[str]] = {
    "es": [
        "Incidencia {case}: sigue SIN resolver. {P}. Nadie me ha contestado.",
        "vuelvo a escribir por la {case}, todavía nada. {p}",
    ],
    "it": [
        "Segnalazione {case}: ancora NIENTE. {P}. Nessuno mi ha risposto.",
        "riscrivo per la {case}, ancora tutto fermo. {p}",
    ],
    "en": ["Case {case}: still not sorted. {P}. Nobody has replied."],
    "fr": ["Dossier {case} : toujours rien. {P}."],
    "de": ["Vorgang {case}: immer noch nichts. {P}."],
    "pt": ["Pedido {case}: continua sem resolução. {P}."],
}
REPEAT_3: dict[str, list[str]] = {
    "es": [
        "Tercera vez que escribo por la {case}. Sigue igual. Una compañera alquila con {comp} y a ella se lo arreglan en el día.",
        "{case} otra vez. Sigo esperando. Ya he mirado lo que cobra {comp}.",
    ],
    "it": [
        "Terza volta che scrivo per la {case}. Tutto uguale. Un collega noleggia da {comp} e lì risolvono in giornata.",
        "{case} di nuovo. Ho già guardato i prezzi di {comp}.",
    ],
    "en": [
        "Third time about {case}. Nothing. A colleague uses {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Une collègue loue chez {comp}, eux règlent ça dans la journée."
    ],
    "de": ["Dritte Nachricht zu {case}. Ein Kollege mietet bei {comp}, da geht das am selben Tag."],
    "pt": ["Terceira vez sobre o {case}. Uma colega aluga na {comp} e lá resolvem no mesmo dia."],
}
REPEAT_4: dict[str, list[str]] = {
    "es": ["CUARTA vez por la {case}. {P}. Esto es una tomadura de pelo."],
    "it": ["QUARTA volta per la {case}. {P}. È una presa in giro."],
    "en": ["FOURTH time about {case}. {P}. Unbelievable."],
    "fr": ["QUATRIÈME fois pour {case}. {P}."],
    "de": ["VIERTES Mal wegen {case}. {P}."],
    "pt": ["QUARTA vez sobre o {case}. {P}."],
}
CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, la {case} está bien, ya lo veo en la cuenta. Gracias",
        "todo ok con la {case}, gracias por arreglarlo",
    ],
    "it": ["Confermo, la {case} è risolta. Grazie", "ok per la {case}, tutto sistemato grazie"],
    "en": ["Confirmed, {case} is sorted. Thanks"],
    "fr": ["Confirmé, le dossier {case} est réglé. Merci"],
    "de": ["Bestätigt, {case} ist erledigt. Danke"],
    "pt": ["Confirmo, o {case} está resolvido. Obrigado"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba muy enfadada. Gracias por solucionarlo tan rápido",
        "siento lo de ayer, se me fue la mano. Gracias",
    ],
    "it": ["Scusate il tono di ieri, ero furiosa. Grazie per la rapidità"],
    "en": ["Sorry for my tone yesterday, thanks for sorting it"],
    "fr": ["Désolée pour le ton d'hier, merci d'avoir réglé ça"],
    "de": ["Entschuldigung für gestern, danke für die schnelle Lösung"],
    "pt": ["Desculpem o tom de ontem, obrigada pela rapidez"],
}
LOW_CSAT_WORDS: dict[str, list[str]] = {
    "es": ["fatal", "", "mal"],
    "it": ["pessimo", "", "male"],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "pt": ["mau", ""],
}

# Six-step slide of a happy customer; the last step names a competitor.
SLIDE: dict[str, list[str]] = {
    "es": [
        "El minibús llegó 40 minutos tarde al embarcadero y nadie avisó. Una pena",
        "Los remos estaban pelados y un chaleco con la hebilla rota. Cada vez peor {b}",
        "Ahora hay que mandar foto de cada pieza al devolver el kayak?? Qué lío",
        "Fianza de 150 € en vez de 75 y una semana para devolverla. No entiendo nada",
        "FURIOSA: 35 € de 'limpieza' por un kayak que devolví limpio, con las fotos de vuestra propia app",
        "Mi cuñado alquila con {comp} y ya he reservado allí la ruta del sábado",
    ],
    "it": [
        "La navetta è arrivata con 40 minuti di ritardo e nessuno ha avvisato. Peccato",
        "Pagaie consumate e un giubbotto con la fibbia rotta. {b} sempre peggio",
        "Adesso bisogna fotografare ogni pezzo alla riconsegna?? Assurdo",
        "Cauzione di 150 € invece di 75 e una settimana per riaverla. Non capisco",
        "FURIOSO: 35 € di 'pulizia' per una canoa riconsegnata pulita, con le foto della vostra app",
        "Mio cognato noleggia da {comp}, ho già prenotato lì per sabato",
    ],
    "en": [
        "Shuttle 40 minutes late and no one told us. Shame",
        "Worn paddles and a buoyancy aid with a broken buckle. {b} slipping",
        "Now we have to photograph every piece at return?? Ridiculous",
        "£130 deposit instead of £65 and a week to get it back",
        "FURIOUS: £30 'cleaning fee' for a kayak I returned spotless, your own app's photos show it",
        "My brother-in-law uses {comp}, I've booked Saturday's trip there",
    ],
    "fr": [
        "Navette en retard de 40 minutes, personne n'a prévenu",
        "Pagaies usées et un gilet à la boucle cassée. {b} baisse",
        "Il faut maintenant photographier chaque pièce au retour ?? N'importe quoi",
        "Caution de 150 € au lieu de 75 et une semaine pour la récupérer",
        "FURIEUX : 35 € de 'nettoyage' pour un kayak rendu propre, photos de votre appli à l'appui",
        "Mon beau-frère loue chez {comp}, j'ai réservé samedi là-bas",
    ],
    "de": [
        "Shuttle 40 Minuten zu spät, keiner hat Bescheid gesagt",
        "Abgenutzte Paddel und eine Weste mit kaputter Schnalle. {b} lässt nach",
        "Jetzt muss man bei Rückgabe jedes Teil fotografieren?? Unsinn",
        "150 € Kaution statt 75 und eine Woche bis zur Freigabe",
        "STINKSAUER: 35 € 'Reinigung' für ein sauberes Kanu, Ihre eigene App zeigt die Fotos",
        "Mein Schwager mietet bei {comp}, Samstag ist dort gebucht",
    ],
    "pt": [
        "O transfer chegou 40 minutos atrasado e ninguém avisou",
        "Pagaias gastas e um colete com a fivela partida. {b} cada vez pior",
        "Agora é preciso fotografar cada peça na devolução?? Absurdo",
        "Caução de 150 € em vez de 75 e uma semana para devolver",
        "FURIOSO: 35 € de 'limpeza' por um kayak devolvido limpo, com as fotos da vossa app",
        "O meu cunhado aluga na {comp}, já marquei lá o passeio de sábado",
    ],
}
LEAVE: dict[str, list[str]] = {
    "es": [
        "Hola, nos hemos comprado nuestros propios kayaks con la paga extra, así que quiero darme de baja del Club {b} y cerrar la cuenta. Gracias por estos años",
        "Buenas, me mudo a Madrid, lejos de cualquier río decente. Quiero cancelar el Club {b} y cerrar mi cuenta.",
    ],
    "it": [
        "Buongiorno, ci siamo comprati due kayak nostri, vorrei disdire il Club {b} e chiudere l'account. Grazie di tutto",
        "Salve, mi trasferisco a Milano in centro, vorrei cancellare il Club {b} e chiudere l'account.",
    ],
    "en": [
        "Hi, we've bought our own kayaks, so I'd like to cancel my {b} Club membership and close the account. Thanks for everything"
    ],
    "fr": [
        "Bonjour, nous avons acheté nos propres kayaks, je souhaite résilier le Club {b} et fermer mon compte."
    ],
    "de": [
        "Hallo, wir haben uns eigene Kajaks gekauft. Bitte Club {b} kündigen und Konto schließen."
    ],
    "pt": [
        "Olá, comprámos os nossos próprios kayaks, quero cancelar o Clube {b} e fechar a conta."
    ],
}
SORRY_GO: dict[str, list[str]] = {
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Mi cuenta > Club. ¡Buenas paladas! {ag}"
    ],
    "it": [
        "Ciao {first}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, in Il mio account > Club. {ag}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under My account > Club. {ag}"
    ],
    "fr": [
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Mon compte > Club. {ag}"
    ],
    "de": [
        "Hallo {first}, schade! Sie können selbst in der App oder auf der Website kündigen, Mein Konto > Club. {ag}"
    ],
    "pt": [
        "Olá {first}, temos pena. Pode cancelar na app ou no site, em A minha conta > Clube. {ag}"
    ],
}
GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app de {b} me cierra la sesión cada vez que la abro. Cansino",
        "El SMS de 'tu ruta empieza en 2 horas' a las 6 de la mañana, en serio?",
        "Colas de media hora en el embarcadero cada sábado",
        "Los bidones estancos no cierran bien, otra vez",
        "El parking del embarcadero es un barrizal",
        "Cambiáis la hora del minibús y no avisáis",
    ],
    "it": [
        "L'app di {b} mi scollega ogni volta. Che noia",
        "L'SMS 'il giro inizia tra 2 ore' alle 6 del mattino, davvero?",
        "Mezz'ora di coda al pontile ogni sabato",
        "I bidoni stagni non chiudono bene, di nuovo",
        "Il parcheggio del pontile è un pantano",
        "Cambiate l'orario della navetta senza avvisare",
    ],
    "en": [
        "{b} app logs me out every single time",
        "The '2 hours to go' text at 6am, really?",
        "Half-hour queue at the launch every Saturday",
        "Dry bags don't seal properly, again",
        "Launch car park is a mud bath",
    ],
    "fr": [
        "L'appli {b} me déconnecte à chaque fois",
        "Le SMS à 6h du matin, sérieusement ?",
        "Une demi-heure de queue au ponton chaque samedi",
        "Les bidons étanches fuient encore",
        "Le parking est un bourbier",
    ],
    "de": [
        "Die {b}-App loggt mich jedes Mal aus",
        "Die SMS um 6 Uhr morgens, echt jetzt?",
        "Jeden Samstag eine halbe Stunde Schlange am Steg",
        "Die Packsäcke sind schon wieder undicht",
        "Der Parkplatz am Steg ist eine Schlammwüste",
    ],
    "pt": [
        "A app do {b} desliga-me a sessão sempre",
        "SMS às 6 da manhã, a sério?",
        "Meia hora de fila no cais todos os sábados",
        "Os bidões estanques voltam a meter água",
        "O parque de estacionamento é um lamaçal",
    ],
}
SARCASM: dict[str, list[str]] = {
    "es": [
        "Genial el minibús 'puntual' de {b}: 50 minutos para recogernos. Así da tiempo a secarse 👏",
        "Qué detalle {b}, el kayak venía con la arena del cliente anterior incluida 😂",
    ],
    "it": [
        "Bravissimi {b}, navetta 'puntuale': 50 minuti. Così ci asciughiamo 👏",
        "Che pensiero gentile {b}, la canoa con la sabbia del cliente prima 😂",
    ],
    "en": ["Love the 'punctual' {b} shuttle, 50 minutes, plenty of time to dry off 👏"],
    "fr": ["Merci {b} pour la navette 'ponctuelle', 50 minutes pour sécher 👏"],
    "de": ["Danke {b} für den 'pünktlichen' Shuttle, 50 Minuten zum Trocknen 👏"],
    "pt": ["Obrigado {b} pelo transfer 'pontual', 50 minutos para secar 👏"],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "el buscador de embarcaderos me sale en otra ciudad, raro",
            "Gracias por avisar, lo pasamos al equipo de la app.",
        ),
        (
            "me llegan las notificaciones en inglés, se puede cambiar?",
            "Sí, en Ajustes > Idioma. Lo revisamos también.",
        ),
    ],
    "it": [
        (
            "la ricerca dei pontili mi mostra un'altra città, strano",
            "Grazie della segnalazione, la passiamo al team app.",
        ),
        ("le notifiche mi arrivano in inglese, si cambia?", "Sì, in Impostazioni > Lingua."),
    ],
    "en": [("launch finder shows the wrong town for me", "Thanks, passed to the app team.")],
    "fr": [
        ("la recherche des pontons m'affiche une autre ville", "Merci, on transmet à l'équipe.")
    ],
    "de": [("die Stegsuche zeigt mir die falsche Stadt", "Danke, geben wir ans App-Team weiter.")],
    "pt": [("a pesquisa de cais mostra outra cidade", "Obrigado, passamos à equipa.")],
}

# The planted spike: the app's pre-launch SOS check fails, staff will not release boats.
SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "En el embarcadero y la app no pasa el test SOS, sale error {code}. El monitor no nos deja salir sin eso. Qué hacemos?",
        "@{b} test SOS de la app fallando: {code}. 8 personas esperando en la orilla sin poder salir",
        "no me deja hacer la comprobacion SOS, error {code}, y sin eso no nos dan los kayaks",
    ],
    "it": [
        "Siamo al pontile e il test SOS dell'app non passa, errore {code}. Senza quello l'istruttore non ci dà le canoe",
        "@{b} il controllo SOS dell'app dà {code}, siamo fermi a riva",
        "test sos fallito codice {code} e non possiamo partire, che succede?",
    ],
    "en": [
        "App SOS check fails with {code} at the launch, staff won't release the kayaks. What's going on?"
    ],
    "fr": ["Le test SOS de l'appli échoue, erreur {code}, on ne peut pas partir. Que faire ?"],
    "de": ["SOS-Test in der App schlägt fehl, Fehler {code}, ohne den gibt es kein Kanu. Was nun?"],
    "pt": ["O teste SOS da app falha com o erro {code} e não nos deixam sair. O que se passa?"],
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue igual, {code} también en el móvil de mi mujer. Seguimos en la orilla",
        "otra vez {code}, ya van 30 min esperando",
    ],
    "it": ["Ancora {code}, anche sul telefono di mia moglie. Siamo sempre a riva"],
    "en": ["Still {code}, tried my wife's phone too. Still on the bank"],
    "fr": ["Toujours {code}, même sur le téléphone de ma femme"],
    "de": ["Immer noch {code}, auch auf dem Handy meiner Frau"],
    "pt": ["Continua {code}, também no telemóvel da minha mulher"],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, el test SOS está fallando ahora mismo en todos los embarcaderos, nuestros técnicos ya están en ello.",
    "it": "Sì, il test SOS sta fallendo adesso in tutti i pontili, i tecnici ci stanno lavorando.",
    "en": "Yes, the SOS check is failing at every launch right now, our engineers are on it.",
    "fr": "Oui, le test SOS échoue en ce moment sur tous les pontons, nos techniciens s'en occupent.",
    "de": "Ja, der SOS-Test fällt gerade an allen Stegen aus, die Technik ist dran.",
    "pt": "Sim, o teste SOS está a falhar agora em todos os cais, os técnicos estão a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "es": "Hola {first}, el test SOS funciona de nuevo desde las {t}. Sentimos mucho la espera: la salida de hoy corre de nuestra cuenta y te hemos añadido {cr} de saldo. {ag}",
    "it": "Ciao {first}, il test SOS funziona di nuovo dalle {t}. Ci scusiamo: l'uscita di oggi è offerta da noi e ti abbiamo aggiunto {cr} di credito. {ag}",
    "en": "Hi {first}, the SOS check works again since {t}. Sorry for the wait: today's trip is on us and we've added {cr} credit. {ag}",
    "fr": "Bonjour {first}, le test SOS fonctionne à nouveau depuis {t}. Désolés : la sortie du jour est offerte et {cr} de crédit ajoutés. {ag}",
    "de": "Hallo {first}, der SOS-Test funktioniert seit {t} wieder. Die heutige Tour geht auf uns, {cr} Guthaben sind gutgeschrieben. {ag}",
    "pt": "Olá {first}, o teste SOS funciona de novo desde as {t}. A saída de hoje é por nossa conta e juntámos {cr} de crédito. {ag}",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "ayer probé el test SOS de la app en casa y tardó un rato en ponerse verde, pero al final salió bien. Mañana en el embarcadero irá?",
        "¡Hola! Sí, a veces tarda unos segundos con poca cobertura, en el embarcadero funciona sin problema.",
    ),
    "it": (
        "ieri ho provato il test SOS dell'app a casa e ci ha messo un po' a diventare verde, poi ok. Domani al pontile funzionerà?",
        "Ciao! Sì, con poco segnale ci mette qualche secondo, al pontile va benissimo.",
    ),
}
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "el mapa de rutas de la app tarda mucho en cargar, no?",
        "Gracias por avisar, estamos mejorando la carga del mapa.",
    ),
    "it": (
        "la mappa dei percorsi nell'app è lentissima a caricare",
        "Grazie, stiamo migliorando il caricamento della mappa.",
    ),
}
