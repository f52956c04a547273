# ruff: noqa: E501
"""Consumer and spike wording of heldout98 (Cavalesta riding schools), written from the stories.

Placeholders filled by the generator: {brand}, {club}, {name}, {agent}, {case}, {yard},
{horse}, {kid}, {product}, {comp}, {amount}, {time}, {day}, {topic}, {local}, {credit}.
"""

from __future__ import annotations

BRAND = "Cavalesta"
CLUB = "Cavalesta Club"
COMPETITORS = ("Hufwerk", "Caballix")
LANGS = ("es", "it", "en", "de", "fr", "pt")

HORSES = (
    "Canela",
    "Nuvola",
    "Brisa",
    "Zorro",
    "Duna",
    "Fulmine",
    "Stella",
    "Bruno",
    "Ginger",
    "Lucero",
    "Pepita",
    "Morgana",
)

KIDS: dict[str, tuple[str, ...]] = {
    "es": ("Lucía", "Mateo", "Vera", "Hugo", "Martina", "Leo"),
    "it": ("Giulia", "Tommaso", "Sofia", "Pietro", "Alice", "Matilde"),
    "en": ("Poppy", "Alfie", "Isla", "Freddie"),
    "de": ("Mia", "Paul", "Emma", "Jonas"),
    "fr": ("Chloé", "Jules", "Léa", "Arthur"),
    "pt": ("Beatriz", "Tomás", "Leonor", "Duarte"),
}

# (label, price in euros, page). Labels are English / Italian whatever the market.
PRODUCTS: tuple[tuple[str, int, str], ...] = (
    ("Group lesson 1 h / Lezione di gruppo 1 h", 32, "/lessons/group"),
    ("Private lesson 45 min / Lezione privata 45 min", 48, "/lessons/private"),
    ("Pony club Saturday morning / Pony club sabato mattina", 27, "/kids/pony-club"),
    ("Trail ride 2 h / Passeggiata a cavallo 2 h", 55, "/trail-rides"),
    ("10-lesson pack / Carnet 10 lezioni", 290, "/lessons/packs"),
    ("Riding camp, 5 days / Campo estivo, 5 giorni", 340, "/camps"),
    ("Jumping clinic / Clinic di salto", 75, "/clinics/jumping"),
    ("Gift voucher trail ride / Buono regalo passeggiata", 60, "/vouchers"),
    ("Beach ride at sunset / Passeggiata al tramonto in spiaggia", 69, "/trail-rides/beach"),
)

PAGES = (
    "/lessons",
    "/trail-rides",
    "/club",
    "/camps",
    "/yards",
    "/vouchers",
    "/account/bookings",
    "/help/cancellations",
    "/kids/pony-club",
    "/instructors",
)

WEEKDAY: dict[str, tuple[str, ...]] = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
}

SIGN: dict[str, str] = {
    "es": "Un saludo,\n{agent}\nAtención al cliente {brand}",
    "it": "Un caro saluto,\n{agent}\nServizio clienti {brand}",
    "en": "Kind regards,\n{agent}\n{brand} Customer Care",
    "de": "Viele Grüße\n{agent}\n{brand} Kundenservice",
    "fr": "Bien cordialement,\n{agent}\nService client {brand}",
    "pt": "Com os melhores cumprimentos,\n{agent}\nApoio ao cliente {brand}",
}

AGENTS: dict[str, tuple[str, ...]] = {
    "es": ("Marta", "Iñigo", "Rocío", "Álvaro"),
    "it": ("Chiara", "Davide", "Federica", "Lorenzo"),
    "en": ("Hannah", "Owen"),
    "de": ("Svenja", "Timo"),
    "fr": ("Manon", "Bastien"),
    "pt": ("Inês", "Rui"),
}

# --- happy acts -------------------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "es": [
        "Primera clase de {kid} en {brand} {yard} y ha salido montando sola al paso, con una sonrisa de oreja a oreja. Gracias a la monitora por la paciencia!!",
        "La ruta de dos horas por el pinar con {brand} ha sido lo mejor del mes. {horse} es un santo, hasta yo que no monto nunca me he sentido segura.",
        "Qué gusto da llegar a la hípica y tener el caballo ya preparado. En {brand} {yard} cuidan hasta el último detalle",
        "Mi hija lleva un año en el pony club de {brand} y ha ganado muchísima confianza, no solo con los caballos. Encantados.",
        "Clase de salto hoy con {horse}, primer oxer de 80 sin tirar nada 🐴🎉 la instructora de {brand} es una crack",
    ],
    "it": [
        "Prima lezione di {kid} da {brand} a {yard}: è scesa dal pony e ha chiesto quando torniamo. Istruttrice bravissima e pazientissima!",
        "Passeggiata di due ore nelle colline con {brand}, {horse} tranquillissimo e la guida simpatica. Da rifare assolutamente",
        "Da {brand} {yard} i cavalli sono curati benissimo e si vede. Ambiente sereno, niente ansia, finalmente un maneggio serio",
        "Mio figlio fa pony club da {brand} da settembre e ormai parla solo di {horse}. Grazie a tutto lo staff 💛",
        "Lezione privata stamattina, finalmente ho capito il galoppo! Brava Elena di {brand}, spiegazioni chiarissime",
    ],
    "en": [
        "Took my mum on the beach ride at sunset with {brand} for her 60th. She cried (good tears). {horse} was an absolute gentleman.",
        "{kid} had her first pony club morning at {brand} {yard} and hasn't stopped talking about it. Lovely, patient instructors.",
    ],
    "de": [
        "Erste Ausreitstunde bei {brand} in {yard}, {horse} war die Ruhe selbst. Super organisiert, freundliche Reitlehrerin.",
        "Unsere Tochter ist seit dem Sommer im Ponyclub bei {brand} und viel selbstbewusster geworden. Danke ans ganze Team!",
    ],
    "fr": [
        "Balade de deux heures avec {brand} autour de {yard}, {horse} adorable et la monitrice au top. On revient vite !",
        "Premier cours de {kid} au poney club {brand}, elle est rentrée ravie et toute fière. Merci pour la patience 🐴",
    ],
    "pt": [
        "Passeio de duas horas com a {brand} em {yard}, o {horse} foi impecável e a guia muito simpática. A repetir!",
        "Primeira aula da {kid} no pony club da {brand}, saiu de lá radiante. Obrigada à monitora pela paciência",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera ruta este año con {brand} y otra vez perfecta. Ya no buscamos otra cosa para los domingos",
        "Otra vez nos ha tocado {horse} y otra vez clase genial. Sigo encantada con {brand}",
        "Segundo campamento de verano de {kid} en {brand} y repite el año que viene seguro",
    ],
    "it": [
        "Terza volta quest'anno in passeggiata con {brand} e ancora una volta tutto perfetto",
        "Di nuovo {horse}, di nuovo una lezione splendida. Sempre contenti di {brand}",
        "Secondo campo estivo di {kid} da {brand}, l'anno prossimo ci torna di sicuro",
    ],
    "en": ["Third trail ride with {brand} this year and still the best morning out we know."],
    "de": ["Schon wieder eine tolle Stunde auf {horse}, immer noch begeistert von {brand}."],
    "fr": ["Troisième balade cette année avec {brand}, toujours aussi bien."],
    "pt": ["Terceira vez este ano com a {brand} e continua tudo impecável."],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contentos con las clases de {brand}, solo que el parking de {yard} es un barrizal cuando llueve. Por lo demás, de diez",
        "Ruta preciosa con {brand}. Pega pequeña: las botas de préstamo están muy gastadas. Volveremos igual",
        "Clase estupenda, aunque la cafetería de la hípica cierra justo cuando acabamos jaja. Todo lo demás genial",
    ],
    "it": [
        "Lezioni ottime da {brand}, unico neo gli spogliatoi freddi d'inverno. Per il resto tutto perfetto",
        "Passeggiata bellissima, solo i caschi a noleggio un po' vecchiotti. Torneremo comunque con {brand}",
        "Istruttori bravissimi, peccato che l'app non mostri chi fa la lezione. Ma {brand} resta il nostro maneggio",
    ],
    "en": ["Great lessons at {brand}, only wish the yard café opened before 9. Otherwise spot on."],
    "de": [
        "Sehr schöne Stunden bei {brand}, nur die Parkplätze in {yard} sind am Samstag knapp. Sonst alles top."
    ],
    "fr": [
        "Très contents de {brand}, juste les vestiaires un peu petits le samedi. Sinon parfait."
    ],
    "pt": [
        "Aulas ótimas na {brand}, só o estacionamento de {yard} é curto ao sábado. De resto, tudo ótimo."
    ],
}

# (text, rating)
REVIEW: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Instalaciones cuidadas, caballos sanos y monitores que saben lo que hacen. Muy recomendable.",
            "5",
        ),
        ("Buena ruta, algo cara pero merece la pena por los caballos.", "4"),
        ("Mi hijo ha aprendido muchísimo en el pony club. Cinco estrellas.", "5"),
    ],
    "it": [
        ("Maneggio pulito, cavalli sereni, istruttori preparati. Consigliatissimo.", "5"),
        ("Bella esperienza, un po' caro il carnet ma ne vale la pena.", "4"),
        ("Campo estivo fantastico, mia figlia non voleva più tornare a casa.", "5"),
    ],
    "en": [("Well-kept yard, happy horses, brilliant instructors.", "5")],
    "de": [("Gepflegte Anlage, ausgeglichene Pferde, tolle Reitlehrer.", "5")],
    "fr": [("Centre très bien tenu, chevaux calmes, moniteurs pros.", "5")],
    "pt": [("Centro muito bem cuidado, cavalos calmos, monitores excelentes.", "5")],
}

# (question, agent's answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, mi hija tiene 6 años, puede empezar en el pony club o es muy pequeña?",
            "¡Hola! Desde los 5 años puede empezar en el pony club, los grupos son de 6 niños como máximo. ¿Te reservo una clase de prueba?",
        ),
        (
            "buenas, las botas y el casco los dejáis vosotros o hay que llevarlos?",
            "El casco lo prestamos siempre; las botas también, en tallas de la 28 a la 46. Solo hace falta pantalón largo.",
        ),
        (
            "Se puede pasar una clase del bono de mi marido a mi nombre?",
            "Sí, claro: en la app, en Bonos > Compartir, puedes pasar clases a cualquier miembro de la familia.",
        ),
        (
            "Hola! La ruta de la playa se hace aunque esté nublado?",
            "Sí, solo se anula con lluvia fuerte o viento; en ese caso te avisamos y devolvemos el importe.",
        ),
    ],
    "it": [
        (
            "Ciao, per la passeggiata di 2 ore serve aver già montato?",
            "Ciao! No, la passeggiata di 2 ore è al passo ed è adatta anche a chi non ha mai montato. Ti aspettiamo!",
        ),
        (
            "buongiorno, il carnet da 10 lezioni scade?",
            "Buongiorno! Il carnet vale 12 mesi dal primo utilizzo; se sei socio Club, 18 mesi.",
        ),
        (
            "Posso assistere alla lezione di mio figlio dal bordo campo?",
            "Certo, la tribuna accanto al campo grande è aperta ai genitori durante tutte le lezioni.",
        ),
        (
            "Salve, fate anche lezioni in inglese? Mia cognata è in visita",
            "Sì, a {yard} due istruttori fanno lezione in inglese: nella prenotazione scegli la lingua.",
        ),
    ],
    "en": [
        (
            "Hi, what's the weight limit for the trail ride?",
            "Hi! It's 95 kg for trail rides, for the horses' sake. Private lessons have a few cobs that carry up to 110 kg.",
        ),
        (
            "Can I bring my own saddle for the private lesson?",
            "Of course, just let the yard know so they can check the fit on the horse first.",
        ),
    ],
    "de": [
        (
            "Hallo, kann man beim Ponyclub zuschauen?",
            "Hallo! Ja, Eltern können von der Tribüne am großen Platz zuschauen.",
        ),
        (
            "Gibt es die Ausreitstunde auch am Sonntagnachmittag?",
            "Ja, sonntags um 14 und 16 Uhr, buchbar in der App unter Ausritte.",
        ),
    ],
    "fr": [
        (
            "Bonjour, faut-il une licence pour les cours ?",
            "Bonjour ! Pas pour les cours d'essai ; à partir du 3e cours nous nous occupons de la licence avec vous.",
        ),
        (
            "On peut offrir une balade en bon cadeau ?",
            "Oui, dans l'app ou sur le site, rubrique Bons cadeaux, valables un an.",
        ),
    ],
    "pt": [
        (
            "Olá, a partir de que idade pode fazer o passeio?",
            "Olá! A partir dos 10 anos, acompanhado por um adulto.",
        ),
        (
            "Boa tarde, as aulas de grupo são de quantas pessoas?",
            "Boa tarde! No máximo seis cavaleiros por monitor.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["Genial, gracias!", "perfecto mil gracias", "Vale, gracias 🙂", "gracias!!"],
    "it": ["Perfetto, grazie!", "grz mille", "Ok grazie 🙂", "Ottimo, grazie!"],
    "en": ["Brilliant, thanks!", "great thank you"],
    "de": ["Super, danke!", "Danke schön"],
    "fr": ["Super, merci !", "parfait merci"],
    "pt": ["Ótimo, obrigada!", "obg"],
}

# (subject, question, answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Campamento de Semana Santa",
            "Hola,\n\nQueríamos saber si el campamento de Semana Santa en {yard} incluye comida o hay que llevar táper. {kid} tiene 9 años.\n\nGracias,\n{name}",
            "Hola {name}:\n\nEl campamento incluye comida y merienda; si {kid} tiene alguna alergia, indícalo en la ficha al reservar.\n\n",
        ),
        (
            "Factura de las clases",
            "Buenas tardes, necesitaría la factura de las clases de octubre a nombre de mi empresa para el cheque formación. ¿Es posible?\n\n{name}",
            "Buenas tardes {name}:\n\nClaro, te la hemos adjuntado a este correo. También puedes descargarla en la app, en Cuenta > Facturas.\n\n",
        ),
    ],
    "it": [
        (
            "Campo estivo luglio",
            "Buongiorno,\n\nvorrei sapere se al campo estivo di {yard} il pranzo è compreso. {kid} ha 8 anni ed è celiaca.\n\nGrazie mille,\n{name}",
            "Buongiorno {name},\n\nil pranzo è compreso e la cucina prepara menu senza glutine: basta segnalarlo nella scheda al momento della prenotazione.\n\n",
        ),
        (
            "Regalo per mio marito",
            "Salve, vorrei regalare a mio marito un carnet da 10 lezioni ma con la data di inizio a dicembre. Si può?\n\n{name}",
            "Salve {name},\n\ncerto: il carnet parte dal primo utilizzo, quindi può regalarlo quando vuole.\n\n",
        ),
    ],
    "en": [
        (
            "Lessons for adults",
            "Hello,\n\nI haven't ridden since I was 14. Is there a course for returning adult riders?\n\nThanks,\n{name}",
            "Hello {name},\n\nYes, our 'Back in the saddle' course is six small-group lessons for adults; you can book it in the app under Lessons.\n\n",
        )
    ],
    "de": [
        (
            "Geschenkgutschein",
            "Hallo,\n\nkann ich einen Gutschein für einen Ausritt auch ausdrucken?\n\nGruß\n{name}",
            "Hallo {name},\n\nja, jeder Gutschein kommt als PDF per E-Mail und lässt sich ausdrucken.\n\n",
        )
    ],
    "fr": [
        (
            "Stage des vacances",
            "Bonjour,\n\nLe stage de la Toussaint est-il ouvert aux débutants ?\n\nMerci,\n{name}",
            "Bonjour {name},\n\nOui, il y a un groupe débutants chaque matin du stage.\n\n",
        )
    ],
    "pt": [
        (
            "Aulas para adultos",
            "Olá,\n\nTêm aulas para adultos que nunca montaram?\n\nObrigado,\n{name}",
            "Olá {name},\n\nTemos sim, o curso de iniciação para adultos: quatro aulas de grupo.\n\n",
        )
    ],
}

# (speech-to-text transcript, agent's follow-up e-mail)
PHONE_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenos días quería preguntar si en la hípica de {yard} hay clases los domingos por la tarde porque mi marido trabaja los sábados vale gracias",
            "Hola {name}:\n\nComo te comentamos por teléfono, en {yard} hay clases de grupo los domingos a las 16:00 y a las 17:30.\n\n",
        ),
        (
            "sí mire llamaba por el campamento de verano de mi hijo que tiene 11 años y quería saber si puede ir con su primo aunque sea de otro nivel",
            "Hola {name}:\n\nTal como hablamos, los primos pueden ir al mismo turno; en pista montarán en grupos distintos según su nivel.\n\n",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se per la passeggiata di domenica posso portare anche mia cognata che non ha mai montato grazie",
            "Buongiorno {name},\n\ncome detto al telefono, la passeggiata di domenica è adatta anche a chi non ha mai montato.\n\n",
        ),
        (
            "sì salve chiamo per il pony club di mia figlia volevo sapere se nei giorni festivi c'è lezione lo stesso",
            "Salve {name},\n\ncome le dicevo, nei giorni festivi il pony club è aperto con orario normale.\n\n",
        ),
    ],
    "en": [
        (
            "hi yes I was just wondering if the beach ride goes ahead when the tide is in or if you move it thanks",
            "Hello {name},\n\nAs mentioned on the phone, we move the beach ride's time to match the tide, and you'll get a message the day before.\n\n",
        )
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob man beim Ausritt auch traben darf oder nur Schritt danke",
            "Hallo {name},\n\nwie am Telefon besprochen: beim Einsteiger-Ausritt wird nur Schritt geritten, beim Fortgeschrittenen-Ausritt auch getrabt.\n\n",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut annuler une balade la veille sans frais merci",
            "Bonjour {name},\n\nComme indiqué au téléphone, l'annulation est gratuite jusqu'à 24 h avant la balade.\n\n",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se o passeio ao pôr do sol se faz em novembro obrigada",
            "Bom dia {name},\n\nComo falámos, o passeio ao pôr do sol faz-se até meados de novembro, às 16h30.\n\n",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["", "", "Todo genial", "muy bien 👍", "Encantados", "Perfecto", "😊"],
    "it": ["", "", "Tutto ottimo", "benissimo", "Bravi!", "Perfetto 👍", "🐴"],
    "en": ["", "Lovely", "Spot on"],
    "de": ["", "Sehr gut", "Top"],
    "fr": ["", "Parfait", "Très bien"],
    "pt": ["", "Excelente", "Muito bom"],
}

LOW_WORDS: dict[str, list[str]] = {
    "es": ["", "Fatal", "nada resuelto"],
    "it": ["", "Pessimo", "ancora niente"],
    "en": ["", "Poor"],
    "de": ["", "Schlecht"],
    "fr": ["", "Nul"],
    "pt": ["", "Péssimo"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Las 2 de la mañana y sin dormir viendo vídeos de doma. Mañana a las 10 clase con {horse} en {brand}, ojalá me acuerde de algo jajaja",
        "Salgo del turno de noche del hospital y lo primero que hago es reservar la ruta del sábado con {brand}. Mi terapia",
        "Insomnio + mirar fotos de la ruta del domingo con {brand} = ganas de que llegue el finde",
    ],
    "it": [
        "Sono le 2 e ancora sveglia a riguardare i video della lezione di salto. Grazie {brand} per avermi fatto tornare la passione",
        "Finito il turno di notte in farmacia, prenotata la passeggiata di sabato con {brand}. Il mio premio",
        "Notte insonne, ma il pensiero della lezione di domani con {horse} mi mette di buon umore 🐴",
    ],
    "en": [
        "3am, night shift break, just booked Saturday's trail ride with {brand}. Something to look forward to."
    ],
    "de": ["Nachtschicht vorbei, Samstagsausritt bei {brand} gebucht. Bestes Gefühl."],
    "fr": ["2h du mat, insomnie, je regarde les photos de la balade {brand}. Vivement samedi."],
    "pt": [
        "Duas da manhã, sem sono, a rever as fotos do passeio da {brand}. Que saudades do {horse}."
    ],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, a esta hora hay alguien? puedo cambiar la clase de mañana a las 11 en vez de las 10?",
            "¡Hola! Sí, te la hemos cambiado a las 11:00 con el mismo instructor. ¡Buena clase!",
        ),
        (
            "Perdón por la hora, la ruta del sábado sale igual si hace frío?",
            "Sí, el frío no es problema: trae guantes y capas. Solo anulamos por lluvia fuerte o viento.",
        ),
        (
            "buenas noches jaja, se puede pagar la clase de prueba con el bono regalo que me dieron en el cumple?",
            "¡Sí! Al reservar elige 'Vale regalo' como forma de pago y mete el código.",
        ),
        (
            "no puedo dormir y estoy mirando campamentos, el de Navidad es para niños de 7 años tambien?",
            "Sí, desde los 6 años. Quedan plazas en el turno del 28 al 30 de diciembre.",
        ),
    ],
    "it": [
        (
            "scusate l'ora, posso aggiungere mia sorella alla passeggiata di sabato?",
            "Ciao! Sì, c'è ancora un cavallo libero: l'abbiamo aggiunta alla tua prenotazione.",
        ),
        (
            "Ciao, il carnet lo posso usare anche a {yard} o solo nel mio maneggio?",
            "Il carnet vale in tutti i centri {brand}, basta scegliere il centro quando prenoti.",
        ),
        (
            "buonanotte 😅 domanda veloce: per la lezione di salto servono i gambali o bastano gli stivali?",
            "Bastano gli stivali; se hai i gambali vanno benissimo anche quelli.",
        ),
        (
            "Sono appena tornata dal turno in ospedale, posso spostare la passeggiata di domani al pomeriggio?",
            "Certo, ti abbiamo spostata alle 15:30, stesso gruppo. Riposati!",
        ),
    ],
    "en": [
        (
            "sorry it's late, can I move tomorrow's lesson to the afternoon?",
            "No problem, you're now booked at 15:00 with the same instructor.",
        )
    ],
    "de": [
        (
            "Sorry für die Uhrzeit, kann ich morgen eine Freundin mitbringen?",
            "Ja, es ist noch ein Pferd frei, wir haben sie eingetragen.",
        )
    ],
    "fr": [
        (
            "désolée pour l'heure, je peux décaler le cours de demain à 14h ?",
            "Bien sûr, c'est fait : 14h avec la même monitrice.",
        )
    ],
    "pt": [
        (
            "desculpem a hora, posso mudar a aula de amanhã para as 11h?",
            "Claro, já está mudada para as 11h.",
        )
    ],
}

# --- agents' replies to trouble --------------------------------------------------------

CASE_OPENED: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {case}",
        "Hola {name}:\n\nSentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y la revisa ya el equipo de tu centro; te escribimos en cuanto tengamos respuesta.\n\n",
    ),
    "it": (
        "Segnalazione {case}",
        "Gentile {name},\n\nci dispiace molto. Abbiamo aperto la segnalazione {case} e il responsabile del centro la sta già verificando; ti scriviamo appena abbiamo una risposta.\n\n",
    ),
    "en": (
        "Your case {case}",
        "Hello {name},\n\nWe're sorry about this. We've opened case {case} and the yard manager is looking into it; we'll write as soon as we know more.\n\n",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {name},\n\ndas tut uns leid. Wir haben den Vorgang {case} angelegt, die Stallleitung prüft ihn bereits; wir melden uns, sobald wir mehr wissen.\n\n",
    ),
    "fr": (
        "Votre demande {case}",
        "Bonjour {name},\n\nNous sommes désolés. Nous avons ouvert la demande {case}, le responsable du centre s'en occupe ; nous revenons vers vous dès que possible.\n\n",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {name},\n\nLamentamos muito. Abrimos o pedido {case} e o responsável do centro já está a analisá-lo; voltamos a escrever assim que soubermos mais.\n\n",
    ),
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {case}: la lleva nuestra responsable de calidad",
        "Hola {name}:\n\nHemos pasado tu incidencia {case} a nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n",
    ),
    "it": (
        "Segnalazione {case}: la segue la nostra responsabile qualità",
        "Gentile {name},\n\nla segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno.\n\n",
    ),
    "en": (
        "Case {case}: now with our quality lead",
        "Hello {name},\n\nYour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n",
    ),
    "de": (
        "Vorgang {case}: jetzt bei unserer Qualitätsleitung",
        "Hallo {name},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\n",
    ),
    "fr": (
        "Demande {case} : transmise à notre responsable qualité",
        "Bonjour {name},\n\nVotre demande {case} est maintenant suivie par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n",
    ),
    "pt": (
        "Pedido {case}: agora com a nossa responsável de qualidade",
        "Olá {name},\n\nO seu pedido {case} passou para a nossa responsável de qualidade, que lhe vai ligar até sexta ao meio-dia.\n\n",
    ),
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola {name}:\n\nBuenas noticias sobre la incidencia {case}: ya está corregido por nuestra parte. ¿Nos confirmas que lo ves bien?\n\n",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Gentile {name},\n\nbuone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Ci confermi che ora è a posto?\n\n",
    ),
    "en": (
        "Re: Your case {case}",
        "Hello {name},\n\nGood news on case {case}: it's been put right on our side. Could you confirm it looks fine to you?\n\n",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {name},\n\ngute Nachrichten zu Vorgang {case}: es ist bei uns korrigiert. Können Sie kurz bestätigen, dass alles passt?\n\n",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour {name},\n\nBonne nouvelle pour la demande {case} : c'est corrigé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?\n\n",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá {name},\n\nBoas notícias sobre o pedido {case}: já está corrigido. Pode confirmar-nos que está tudo bem?\n\n",
    ),
}

CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {name}. He abierto la incidencia {case} y la paso ahora mismo al responsable del centro.",
    "it": "Mi dispiace davvero, {name}. Ho aperto la segnalazione {case} e la passo subito al responsabile del centro.",
    "en": "I'm really sorry, {name}. I've opened case {case} and passed it straight to the yard manager.",
    "de": "Das tut mir sehr leid, {name}. Ich habe den Vorgang {case} angelegt und direkt an die Stallleitung gegeben.",
    "fr": "Je suis vraiment désolée, {name}. J'ai ouvert la demande {case} et je la transmets au responsable du centre.",
    "pt": "Lamento muito, {name}. Abri o pedido {case} e passei-o já ao responsável do centro.",
}

URGENT_CHAT: dict[str, str] = {
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente. Perdona de verdad.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente. Scusaci davvero.",
    "en": "I've added this to case {case} and marked it urgent. I'm truly sorry.",
    "de": "Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigung.",
    "fr": "Je l'ai ajouté à la demande {case} et marquée urgente. Toutes nos excuses.",
    "pt": "Juntei isto ao pedido {case} e marquei-o como urgente. As nossas desculpas.",
}

CONFIRM: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "RE: Incidencia {case}",
            "Confirmado, ya lo veo bien. Gracias por resolver lo de la {case}.",
        ),
        ("RE: Incidencia {case}", "Sí, todo correcto ya. Gracias, {agent}!"),
    ],
    "it": [
        ("R: Segnalazione {case}", "Confermo, ora è tutto a posto. Grazie per la {case}!"),
        ("R: Segnalazione {case}", "Sì, risolto. Grazie mille {agent}"),
    ],
    "en": [("Re: Your case {case}", "Confirmed, all fine now. Thanks for sorting {case}.")],
    "de": [
        (
            "AW: Vorgang {case}",
            "Bestätigt, jetzt passt alles. Danke für die schnelle Lösung von {case}.",
        )
    ],
    "fr": [("RE : Demande {case}", "Confirmé, tout est bon maintenant. Merci pour la {case}.")],
    "pt": [("RE: Pedido {case}", "Confirmo, está tudo certo. Obrigada por resolverem o {case}.")],
}

CONFIRM_CHAT: dict[str, str] = {
    "es": "Hola, solo para confirmar que lo de la {case} ya está bien. Gracias!",
    "it": "Ciao, vi confermo che la {case} è risolta. Grazie!",
    "en": "Hi, just confirming {case} is sorted now. Thanks!",
    "de": "Hallo, nur kurz: {case} ist erledigt, danke!",
    "fr": "Bonjour, je confirme que la {case} est réglée. Merci !",
    "pt": "Olá, só para confirmar que o {case} ficou resolvido. Obrigado!",
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad lo de ayer, estaba muy enfadada y lo pagué con vosotros. Gracias por arreglarlo tan rápido.",
        "oye siento el tono de ayer, no era para tanto. Gracias por la respuesta",
    ],
    "it": [
        "Scusate per ieri, ero arrabbiatissima e me la sono presa con voi. Grazie per aver risolto così in fretta.",
        "scusate il tono di ieri, ero fuori di me. Grazie della risposta",
    ],
    "en": [
        "Sorry about my message yesterday, I was fuming and took it out on you. Thanks for fixing it so fast."
    ],
    "de": ["Entschuldigung für gestern, ich war echt sauer. Danke für die schnelle Lösung."],
    "fr": ["Désolée pour hier, j'étais vraiment énervée. Merci d'avoir réglé ça si vite."],
    "pt": [
        "Desculpem a mensagem de ontem, estava mesmo irritada. Obrigada por resolverem tão depressa."
    ],
}

SORRY_GO: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Baja del {club}",
        "Hola {name}:\n\nSentimos mucho que te vayas y te agradecemos estos años con nosotros. Puedes darte de baja del {club} y cerrar la cuenta tú mismo en la app o en la web, en Cuenta > Mi suscripción.\n\n",
    ),
    "it": (
        "R: Disdetta {club}",
        "Gentile {name},\n\nci dispiace molto vederti andare via e ti ringraziamo per questi anni insieme. Puoi disdire il {club} e chiudere l'account da solo nell'app o sul sito, in Account > Abbonamento.\n\n",
    ),
    "en": (
        "Re: Cancelling {club}",
        "Hello {name},\n\nWe're sorry to see you go, and thank you for riding with us. You can cancel {club} and close your account yourself in the app or on the website, under Account > Membership.\n\n",
    ),
    "de": (
        "AW: Kündigung {club}",
        "Hallo {name},\n\nschade, dass Sie gehen, und danke für die gemeinsame Zeit. Sie können den {club} in der App oder auf der Website unter Konto > Mitgliedschaft selbst kündigen und das Konto schließen.\n\n",
    ),
    "fr": (
        "RE : Résiliation {club}",
        "Bonjour {name},\n\nNous sommes désolés de vous voir partir. Vous pouvez résilier le {club} et fermer le compte vous-même dans l'app ou sur le site, rubrique Compte > Abonnement.\n\n",
    ),
    "pt": (
        "RE: Cancelamento {club}",
        "Olá {name},\n\nLamentamos vê-lo partir e obrigado por estes anos. Pode cancelar o {club} e fechar a conta na app ou no site, em Conta > Subscrição.\n\n",
    ),
}

# --- the six consumer problems ----------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "wrong_horse", "refund", "wrong_price", "cancel_fee")

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "clase sin monitor",
        "it": "lezione saltata",
        "en": "lesson that never happened",
        "de": "ausgefallene Reitstunde",
        "fr": "cours non assuré",
        "pt": "aula que não aconteceu",
    },
    "double_charge": {
        "es": "cuota cobrada dos veces",
        "it": "quota addebitata due volte",
        "en": "fee taken twice",
        "de": "Beitrag doppelt abgebucht",
        "fr": "cotisation prélevée deux fois",
        "pt": "quota cobrada duas vezes",
    },
    "wrong_horse": {
        "es": "caballo no adecuado",
        "it": "cavallo non adatto",
        "en": "wrong horse for a beginner",
        "de": "falsches Pferd",
        "fr": "cheval inadapté",
        "pt": "cavalo desadequado",
    },
    "refund": {
        "es": "reembolso del curso",
        "it": "rimborso del corso",
        "en": "course refund",
        "de": "Erstattung des Kurses",
        "fr": "remboursement du stage",
        "pt": "reembolso do curso",
    },
    "wrong_price": {
        "es": "tarifa de no socio",
        "it": "tariffa da non socio",
        "en": "non-member rate",
        "de": "Nichtmitglieder-Preis",
        "fr": "tarif non-adhérent",
        "pt": "preço de não sócio",
    },
    "cancel_fee": {
        "es": "penalización por cancelar",
        "it": "penale di cancellazione",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "fr": "frais d'annulation",
        "pt": "taxa de cancelamento",
    },
}

AMOUNT: dict[str, int] = {
    "no_show": 48,
    "double_charge": 59,
    "wrong_horse": 32,
    "refund": 180,
    "wrong_price": 19,
    "cancel_fee": 55,
}

# The complaint itself; {amount} is the money in the customer's market (spoken in calls).
CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "Hemos ido hasta {yard} para la clase particular de las 10, pagada ({amount}), y allí no había monitor ni caballo preparado. El mozo de cuadra no sabía nada. Cuarenta minutos de coche para NADA.",
            "Sábado 10:00, clase reservada y pagada en la app. Llegamos y nadie, ni monitor ni caballo. {amount} y una niña llorando en el coche de vuelta.",
        ],
        "it": [
            "Siamo arrivati a {yard} per la lezione privata delle 10, pagata ({amount}), e non c'era nessun istruttore né cavallo pronto. Lo stalliere non ne sapeva niente. Quaranta minuti di macchina per NIENTE.",
            "Lezione prenotata e pagata in app per le 10. Arriviamo e non c'è nessuno. {amount} buttati e mia figlia in lacrime.",
        ],
        "en": [
            "We drove 40 minutes to {yard} for the 10am private lesson, paid ({amount}), and there was no instructor and no horse tacked up. The groom knew nothing about it."
        ],
        "de": [
            "Wir sind 40 Minuten nach {yard} gefahren, Privatstunde um 10 Uhr, bezahlt ({amount}), und es war weder Reitlehrerin noch Pferd da. Der Pfleger wusste von nichts."
        ],
        "fr": [
            "On a fait 40 minutes de route jusqu'à {yard} pour le cours particulier de 10h, payé ({amount}), et il n'y avait ni moniteur ni cheval prêt. Personne n'était au courant."
        ],
        "pt": [
            "Fizemos 40 minutos de carro até {yard} para a aula particular das 10h, paga ({amount}), e não havia monitor nem cavalo preparado. Ninguém sabia de nada."
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado la cuota del {club} DOS veces este mes, {amount} y otros {amount}. Y justo a fin de mes, con el recibo del colegio.",
            "En el banco me aparecen dos cargos iguales de {amount} del {club}, mismo día. Solo tengo una cuota.",
        ],
        "it": [
            "Mi avete addebitato la quota del {club} DUE volte questo mese, {amount} più {amount}. E proprio a fine mese.",
            "In banca vedo due addebiti identici di {amount} per il {club}, stesso giorno. Ho un solo abbonamento.",
        ],
        "en": [
            "You've taken the {club} fee twice this month, {amount} and another {amount}, the same day."
        ],
        "de": [
            "Sie haben den {club}-Beitrag diesen Monat ZWEIMAL abgebucht, zweimal {amount} am selben Tag."
        ],
        "fr": [
            "Vous avez prélevé la cotisation {club} deux fois ce mois-ci, {amount} et encore {amount}."
        ],
        "pt": [
            "Cobraram a quota do {club} duas vezes este mês, {amount} e mais {amount} no mesmo dia."
        ],
    },
    "wrong_horse": {
        "es": [
            "Mi hija tiene 8 años y es principiante, y en la clase de grupo la pusieron en {horse}, que según la propia monitora es caballo de avanzados. Se desbocó y se cayó. Está bien, un moratón, pero no quiere volver a subir.",
            "A mi hijo, que lleva tres clases, le dieron a {horse} y el caballo le tiró en el trote. Moratones y un susto enorme. Quién decide los caballos??",
        ],
        "it": [
            "Mia figlia ha 8 anni ed è principiante, e nella lezione di gruppo l'hanno messa su {horse}, che a detta della stessa istruttrice è un cavallo per esperti. È partito al galoppo ed è caduta. Sta bene, un livido, ma non vuole più salire.",
            "A mio figlio, alla terza lezione, hanno dato {horse} che lo ha disarcionato al trotto. Lividi e uno spavento enorme. Chi decide i cavalli??",
        ],
        "en": [
            "My 8-year-old is a beginner and was put on {horse}, a horse the instructor herself says is for advanced riders. It bolted and she fell. She's fine, a bruise, but won't get back on."
        ],
        "de": [
            "Meine Tochter, 8 und Anfängerin, wurde in der Gruppenstunde auf {horse} gesetzt, laut Reitlehrerin ein Pferd für Fortgeschrittene. Es ist durchgegangen, sie ist gestürzt. Nur ein blauer Fleck, aber sie will nicht mehr reiten."
        ],
        "fr": [
            "Ma fille de 8 ans, débutante, a été mise sur {horse}, un cheval pour cavaliers confirmés d'après la monitrice elle-même. Il s'est emballé et elle est tombée. Juste un bleu, mais elle ne veut plus remonter."
        ],
        "pt": [
            "A minha filha de 8 anos, principiante, foi posta no {horse}, que segundo a própria monitora é cavalo para avançados. Disparou e ela caiu. Está bem, uma nódoa negra, mas não quer voltar a montar."
        ],
    },
    "refund": {
        "es": [
            "Cancelasteis vosotros el curso de otoño de mi hijo porque se fue el monitor y prometisteis devolver los {amount}. Han pasado TRES semanas y nada.",
            "Sigo esperando el reembolso de {amount} del curso que anulasteis vosotros. Tres semanas ya.",
        ],
        "it": [
            "Avete annullato voi il corso autunnale di mio figlio perché l'istruttore se n'è andato, e avete promesso il rimborso di {amount}. Sono passate TRE settimane e niente.",
            "Aspetto ancora il rimborso di {amount} del corso annullato da voi. Tre settimane ormai.",
        ],
        "en": [
            "You cancelled my son's autumn course yourselves and promised a refund of {amount}. Three weeks on, nothing."
        ],
        "de": [
            "Sie haben den Herbstkurs meines Sohnes selbst abgesagt und die Erstattung von {amount} versprochen. Drei Wochen später: nichts."
        ],
        "fr": [
            "Vous avez annulé vous-mêmes le stage de mon fils et promis le remboursement de {amount}. Trois semaines après, rien."
        ],
        "pt": [
            "Foram vocês que cancelaram o curso do meu filho e prometeram devolver {amount}. Três semanas depois, nada."
        ],
    },
    "wrong_price": {
        "es": [
            "Soy socia del {club} y me habéis cobrado las clases particulares a precio de no socio, {amount} más cada una. Ya van cuatro.",
            "Pago el {club} cada mes y en la app me sale la tarifa normal, {amount} más por clase. Para qué pago entonces?",
        ],
        "it": [
            "Sono socia del {club} e mi avete fatto pagare le lezioni private a tariffa da non socio, {amount} in più ognuna. Sono già quattro.",
            "Pago il {club} ogni mese e l'app mi applica la tariffa piena, {amount} in più a lezione. Allora a cosa serve?",
        ],
        "en": [
            "I pay for {club} and you've charged my private lessons at the non-member rate, {amount} more each time."
        ],
        "de": [
            "Ich bin im {club} und Sie berechnen mir die Privatstunden zum Nichtmitglieder-Preis, {amount} mehr pro Stunde."
        ],
        "fr": [
            "Je suis adhérente {club} et vous me facturez le tarif non-adhérent, {amount} de plus par cours."
        ],
        "pt": [
            "Sou sócia do {club} e cobraram-me as aulas particulares a preço de não sócio, mais {amount} por aula."
        ],
    },
    "cancel_fee": {
        "es": [
            "Cancelé la ruta del domingo en la app con CUATRO días de antelación y me habéis cobrado la penalización entera, {amount}. Tengo la captura.",
            "Anulé con cuatro días y aun así me quitáis {amount} de penalización. Vuestras condiciones dicen 24 horas.",
        ],
        "it": [
            "Ho cancellato la passeggiata di domenica in app con QUATTRO giorni di anticipo e mi avete addebitato la penale intera, {amount}. Ho lo screenshot.",
            "Disdetta con quattro giorni di anticipo e mi prendete comunque {amount} di penale. Le vostre condizioni dicono 24 ore.",
        ],
        "en": [
            "I cancelled Sunday's trail ride in the app four days ahead and you charged the full fee, {amount}. I have the screenshot."
        ],
        "de": [
            "Ich habe den Ausritt vier Tage vorher in der App storniert und Sie haben die volle Gebühr berechnet, {amount}."
        ],
        "fr": [
            "J'ai annulé la balade quatre jours avant dans l'app et vous m'avez facturé la totalité, {amount}."
        ],
        "pt": [
            "Cancelei o passeio na app com quatro dias de antecedência e cobraram-me a taxa toda, {amount}."
        ],
    },
}

# One shouted line per problem for social posts.
SHOUT: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "Ni una llamada. VERGÜENZA.",
        "it": "Nemmeno una telefonata. VERGOGNA.",
        "en": "Not even a call. DISGRACEFUL.",
        "de": "Nicht mal ein Anruf. UNFASSBAR.",
        "fr": "Même pas un appel. HONTEUX.",
        "pt": "Nem um telefonema. VERGONHA.",
    },
    "double_charge": {
        "es": "DEVOLVEDME MI DINERO.",
        "it": "RIDATEMI I SOLDI.",
        "en": "GIVE IT BACK.",
        "de": "ZURÜCK DAMIT.",
        "fr": "REMBOURSEZ.",
        "pt": "DEVOLVAM O DINHEIRO.",
    },
    "wrong_horse": {
        "es": "Podía haber sido mucho peor. INACEPTABLE.",
        "it": "Poteva andare molto peggio. INACCETTABILE.",
        "en": "It could have been so much worse. UNACCEPTABLE.",
        "de": "Das hätte viel schlimmer ausgehen können. UNVERANTWORTLICH.",
        "fr": "Ça aurait pu être bien pire. INADMISSIBLE.",
        "pt": "Podia ter sido muito pior. INACEITÁVEL.",
    },
    "refund": {
        "es": "YA ESTÁ BIEN.",
        "it": "ADESSO BASTA.",
        "en": "ENOUGH.",
        "de": "JETZT REICHTS.",
        "fr": "ÇA SUFFIT.",
        "pt": "JÁ CHEGA.",
    },
    "wrong_price": {
        "es": "Menudo timo.",
        "it": "Che presa in giro.",
        "en": "What a con.",
        "de": "Frechheit.",
        "fr": "Quelle arnaque.",
        "pt": "Que roubo.",
    },
    "cancel_fee": {
        "es": "Esto es un ROBO.",
        "it": "Questo è un FURTO.",
        "en": "This is THEFT.",
        "de": "Das ist ABZOCKE.",
        "fr": "C'est du VOL.",
        "pt": "Isto é um ROUBO.",
    },
}

COMPLAINT_SUBJ: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}

EMAIL_OPEN: dict[str, list[str]] = {
    "es": ["Hola,\n\n", "Buenas tardes:\n\n", "A quien corresponda:\n\n"],
    "it": ["Buongiorno,\n\n", "Salve,\n\n", "Spett.le {brand},\n\n"],
    "en": ["Hello,\n\n"],
    "de": ["Guten Tag,\n\n"],
    "fr": ["Bonjour,\n\n"],
    "pt": ["Boa tarde,\n\n"],
}
EMAIL_CLOSE: dict[str, list[str]] = {
    "es": ["\n\nEspero una solución ya.\n{name}", "\n\nQuiero una respuesta hoy.\n\n{name}"],
    "it": ["\n\nAspetto una soluzione subito.\n{name}", "\n\nVoglio una risposta oggi.\n\n{name}"],
    "en": ["\n\nI expect this sorted today.\n{name}"],
    "de": ["\n\nIch erwarte eine Lösung.\n{name}"],
    "fr": ["\n\nJ'attends une solution.\n{name}"],
    "pt": ["\n\nEspero uma solução rápida.\n{name}"],
}
CHAT_OPEN: dict[str, list[str]] = {
    "es": ["hola, ", "Buenas. ", ""],
    "it": ["ciao, ", "Salve. ", ""],
    "en": ["hi, "],
    "de": ["Hallo, "],
    "fr": ["bonjour, "],
    "pt": ["olá, "],
}
FORM_CLOSE: dict[str, str] = {
    "es": " Solicito que se revise y se me conteste por correo.",
    "it": " Chiedo una verifica e una risposta via email.",
    "en": " Please look into it and reply by e-mail.",
    "de": " Bitte prüfen und per E-Mail antworten.",
    "fr": " Merci de vérifier et de répondre par e-mail.",
    "pt": " Peço que verifiquem e respondam por e-mail.",
}
PHONE_OPEN: dict[str, list[str]] = {
    "es": ["hola buenos días mire le llamo por lo siguiente ", "sí hola a ver le explico "],
    "it": ["buongiorno senta la chiamo per questo ", "sì salve allora le spiego "],
    "en": ["hi yes I'm calling because "],
    "de": ["ja guten Tag also es geht um Folgendes "],
    "fr": ["oui bonjour alors j'appelle parce que "],
    "pt": ["bom dia olhe estou a ligar porque "],
}
PHONE_CLOSE: dict[str, str] = {
    "es": " y quiero que alguien me dé una solución",
    "it": " e voglio che qualcuno mi dia una soluzione",
    "en": " and I want someone to sort it out",
    "de": " und ich möchte dass das jemand klärt",
    "fr": " et je voudrais que quelqu'un règle ça",
    "pt": " e quero que alguém resolva isto",
}
SPOKEN_MONEY: dict[str, tuple[str, str, str]] = {
    # (euros, pounds, francs) as said aloud
    "es": ("euros", "libras", "francos"),
    "it": ("euro", "sterline", "franchi"),
    "en": ("euros", "pounds", "francs"),
    "de": ("Euro", "Pfund", "Franken"),
    "fr": ("euros", "livres", "francs"),
    "pt": ("euros", "libras", "francos"),
}

# Long e-mails: the complaint inside a letter (open, close); Spanish and Italian.
LONG_FRAME: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, buenas tardes:\n\nOs escribo desde la sala de espera del fisio de mi padre, que le operaron de la rodilla hace dos semanas y ahora le llevo tres días a la semana, así que perdonad si me enrollo o si se me cuela alguna falta, que voy con el móvil y con prisas. Llevamos ya dos años con vosotros, primero solo mi hija en el pony club y luego yo también me animé con las clases de adultos, y la verdad es que hasta ahora todo había ido bien, la hípica nos encanta y los caballos se ve que están cuidados.\n\nPero lo de esta semana no lo puedo dejar pasar. ",
            " Entiendo que se puede cometer un error, pero así no, y cuando llamé a la hípica para preguntar el teléfono sonó y sonó sin que nadie lo cogiera.\n\nOs pido que lo reviséis y me digáis algo pronto, porque con todo lo de mi padre no tengo tiempo ni ganas de estar persiguiendo a nadie.\n\nGracias y un saludo,\n{name}",
        ),
        (
            "Buenas:\n\nOs escribo desde el coche, esperando a que mi hijo salga del entrenamiento de fútbol, porque por teléfono no me aclaro y en el chat me cortaban. Estamos de obras en casa (cocina nueva, todo patas arriba, polvo hasta en la cama) y la hípica era nuestra única escapada de la semana, el momento que mi hijo y yo teníamos para nosotros.\n\nVoy al grano. ",
            " Me da mucha pena porque os he recomendado a media oficina, y dos compañeras se han apuntado por mí.\n\nEspero que podáis solucionarlo y que me contestéis por aquí.\n\nUn saludo,\n{name}",
        ),
    ],
    "it": [
        (
            "Buongiorno,\n\nvi scrivo dal parcheggio della scuola di danza di mia figlia, tra un'ora e l'altra, quindi perdonate se la mail è un po' lunga e disordinata. Siamo clienti da quasi tre anni, prima solo mia figlia al pony club e poi anche io con le lezioni per adulti, e finora mi sono sempre trovata benissimo, lo dico sinceramente: il maneggio è curato e gli istruttori sono persone splendide.\n\nPerò quello che è successo questa settimana non posso lasciarlo correre. ",
            " Capisco che un errore possa capitare, ma così non va, e quando ho chiamato il centro per chiedere il telefono squillava a vuoto.\n\nVi chiedo di verificare e di farmi sapere al più presto, perché tra lavoro e bambini non ho proprio il tempo di rincorrere nessuno.\n\nGrazie e cordiali saluti,\n{name}",
        ),
        (
            "Gentile servizio clienti,\n\napprofitto della pausa pranzo in ufficio per scrivervi con calma, visto che al telefono non riesco mai a prendere la linea. Stiamo ristrutturando la casa dei nonni in campagna (muri, impianti, un disastro) e le lezioni da voi erano l'unico momento della settimana tutto per me e mio figlio.\n\nVengo al punto. ",
            " Mi dispiace molto perché vi ho consigliati a mezzo ufficio, e due colleghe si sono iscritte grazie a me.\n\nSpero possiate sistemare la cosa e rispondermi qui.\n\nCordiali saluti,\n{name}",
        ),
    ],
}

# --- repeat contacts --------------------------------------------------------------------

REPEAT_SECOND: dict[str, list[str]] = {
    "es": [
        "Incidencia {case} ({topic}): sigo igual, nadie me ha dicho nada.",
        "Os vuelvo a escribir por la {case}, lo de {topic}. Sigue sin resolver. Otra vez a esperar?",
    ],
    "it": [
        "Segnalazione {case} ({topic}): ancora niente, nessuno mi ha detto nulla.",
        "Vi riscrivo per la {case}, la questione è sempre {topic}. Ancora aperta. Di nuovo ad aspettare?",
    ],
    "en": ["Case {case} ({topic}): still nothing. Nobody has been back to me."],
    "de": ["Vorgang {case} ({topic}): immer noch nichts. Keiner hat sich gemeldet."],
    "fr": ["Demande {case} ({topic}) : toujours rien. Personne ne m'a recontacté."],
    "pt": ["Pedido {case} ({topic}): continua tudo igual. Ninguém me respondeu."],
}
REPEAT_THIRD: dict[str, list[str]] = {
    "es": [
        "Tercera vez que escribo por la {case} y sigue abierta. Una amiga monta en {comp} y allí esto lo arreglan en el día.",
        "Tercera vez con la {case}. Ya he mirado lo que cobra {comp} por las clases, por si acaso.",
    ],
    "it": [
        "Terza volta che scrivo per la {case} ed è ancora aperta. Un'amica monta da {comp} e lì queste cose le sistemano in giornata.",
        "Terza volta con la {case}. Ho già guardato quanto costa {comp}, non si sa mai.",
    ],
    "en": [
        "Third time writing about {case} and it's still open. A friend rides at {comp} and they fix this kind of thing the same day."
    ],
    "de": [
        "Zum dritten Mal wegen {case}, immer noch offen. Eine Freundin reitet bei {comp}, dort wird so etwas am selben Tag geklärt."
    ],
    "fr": [
        "Troisième fois pour la {case}, toujours ouverte. Une amie monte chez {comp}, là-bas c'est réglé dans la journée."
    ],
    "pt": [
        "Terceira vez que escrevo pelo {case} e continua aberto. Uma amiga monta na {comp} e lá resolvem no próprio dia."
    ],
}
REPEAT_FOURTH: dict[str, list[str]] = {
    "es": ["CUARTA vez. {case}. Sigue sin arreglarse. De verdad no hay nadie que se haga cargo??"],
    "it": ["QUARTA volta. {case}. Ancora non risolto. Davvero non c'è nessuno che se ne occupi??"],
    "en": ["FOURTH time. {case}. Still not fixed. Is there really nobody who can deal with this??"],
    "de": ["Zum VIERTEN Mal. {case}. Immer noch nicht gelöst. Kümmert sich wirklich niemand??"],
    "fr": ["QUATRIÈME fois. {case}. Toujours pas réglé. Personne ne peut s'en occuper ??"],
    "pt": ["QUARTA vez. {case}. Continua por resolver. Não há mesmo ninguém que trate disto??"],
}
REPEAT_SUBJ: dict[str, str] = {
    "es": "RE: Incidencia {case}",
    "it": "R: Segnalazione {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Demande {case}",
    "pt": "RE: Pedido {case}",
}
REPEAT_PHONE: dict[str, str] = {
    "es": "sí hola llamo otra vez por la incidencia {case} lo de {topic} que sigue sin resolver",
    "it": "sì buongiorno richiamo per la segnalazione {case} {topic} che non è ancora risolta",
    "en": "hi yes calling again about case {case} the {topic} it still isn't sorted",
    "de": "ja hallo ich rufe nochmal wegen Vorgang {case} an {topic} das ist immer noch nicht gelöst",
    "fr": "oui bonjour je rappelle pour la demande {case} {topic} ce n'est toujours pas réglé",
    "pt": "sim olá estou a ligar outra vez pelo pedido {case} {topic} continua por resolver",
}

# --- slow churners: six steps, the last naming {comp} ------------------------------------

SLIDE: dict[str, list[str]] = {
    "es": [
        "La clase de hoy en {brand} ha empezado 20 minutos tarde y nadie ha dicho ni perdón. Bueno, un mal día lo tiene cualquiera",
        "Otra vez el mismo caballo cansado de todas las semanas y la monitora medio clase con el móvil. {brand} antes no era así",
        "Pista sin rastrillar, charcos por todas partes y los niños resbalando. Pagamos lo mismo que siempre en {brand}",
        "Suben otra vez el precio y ahora las clases del bono caducan a los 30 días. Cada mes un poco peor, {brand}",
        "INCREÍBLE: me cobran 40 € de 'no presentado' por una clase que anuló LA PROPIA MONITORA. {brand} ya no sé ni qué decir",
        "Mi cuñada monta en {comp} y está encantada. He reservado una clase de prueba allí para el sábado. Adiós {brand}, creo",
    ],
    "it": [
        "Lezione di oggi da {brand} iniziata con 20 minuti di ritardo e nessuno ha chiesto scusa. Va beh, capita",
        "Di nuovo lo stesso cavallo stanco di tutte le settimane e l'istruttrice mezza lezione al telefono. {brand} prima non era così",
        "Campo non livellato, pozzanghere ovunque e i bambini che scivolano. E paghiamo come sempre, {brand}",
        "Aumentano di nuovo i prezzi e ora le lezioni del carnet scadono dopo 30 giorni. Ogni mese un po' peggio, {brand}",
        "INCREDIBILE: 40 € di 'mancata presenza' per una lezione annullata DALL'ISTRUTTRICE. {brand} non so più cosa dire",
        "Mia cognata monta da {comp} e si trova benissimo. Ho prenotato una lezione di prova lì per sabato. Ciao {brand}, credo",
    ],
    "en": [
        "Lesson at {brand} started 20 minutes late today, not even a sorry. Oh well, off day I suppose",
        "Same tired horse every week and the instructor on her phone half the lesson. {brand} didn't used to be like this",
        "Arena not harrowed, puddles everywhere, kids slipping. Same price as always, {brand}",
        "Prices up again and now pack lessons expire after 30 days. A bit worse every month, {brand}",
        "UNBELIEVABLE: £35 'no-show' fee for a lesson THE INSTRUCTOR cancelled. {brand} I'm lost for words",
        "My sister-in-law rides at {comp} and loves it. Booked a trial lesson there for Saturday. Bye {brand}, I think",
    ],
    "de": [
        "Stunde bei {brand} heute 20 Minuten zu spät angefangen, keine Entschuldigung. Naja, kann passieren",
        "Wieder dasselbe müde Pferd wie jede Woche und die Reitlehrerin die halbe Stunde am Handy. Früher war {brand} anders",
        "Platz nicht abgezogen, überall Pfützen, die Kinder rutschen. Zahlen tun wir trotzdem dasselbe, {brand}",
        "Schon wieder teurer und jetzt verfallen die Stunden aus der Zehnerkarte nach 30 Tagen. Jeden Monat etwas schlechter, {brand}",
        "UNFASSBAR: 40 € 'Nichterscheinen' für eine Stunde, die DIE REITLEHRERIN abgesagt hat. {brand} mir fehlen die Worte",
        "Meine Schwägerin reitet bei {comp} und ist begeistert. Probestunde dort für Samstag gebucht. Tschüss {brand}, glaube ich",
    ],
    "fr": [
        "Cours chez {brand} commencé avec 20 minutes de retard aujourd'hui, pas un mot d'excuse. Bon, ça arrive",
        "Encore le même cheval fatigué chaque semaine et la monitrice au téléphone la moitié du cours. {brand} n'était pas comme ça avant",
        "Carrière pas hersée, flaques partout, les enfants glissent. Même prix que d'habitude, {brand}",
        "Encore une hausse, et maintenant les cours de la carte expirent au bout de 30 jours. Un peu pire chaque mois, {brand}",
        "INCROYABLE : 40 € de 'non-présentation' pour un cours annulé PAR LA MONITRICE. {brand} je n'ai plus de mots",
        "Ma belle-sœur monte chez {comp} et elle adore. J'ai réservé un cours d'essai là-bas samedi. Au revoir {brand}, je crois",
    ],
    "pt": [
        "A aula de hoje na {brand} começou 20 minutos atrasada e ninguém pediu desculpa. Enfim, acontece",
        "Outra vez o mesmo cavalo cansado de todas as semanas e a monitora metade da aula ao telemóvel. A {brand} não era assim",
        "Picadeiro por gradar, poças por todo o lado, os miúdos a escorregar. Pagamos o mesmo de sempre, {brand}",
        "Aumentam outra vez o preço e agora as aulas do pacote caducam ao fim de 30 dias. Cada mês um bocadinho pior, {brand}",
        "INACREDITÁVEL: 40 € de 'falta' por uma aula que A PRÓPRIA MONITORA cancelou. {brand} já nem sei o que dizer",
        "A minha cunhada monta na {comp} e adora. Marquei uma aula experimental lá para sábado. Adeus {brand}, acho eu",
    ],
}
SLIDE_RATINGS = ("3", "3", "2", "2", "1", "1")

# --- leavers ------------------------------------------------------------------------------

LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del {club}",
            "Hola,\n\nMi hija ha dejado la equitación (ahora es todo baloncesto) y yo sin ella no voy a ir. Quiero darme de baja del {club} y cerrar la cuenta, por favor. Gracias por todo.\n\n{name}",
        ),
        (
            "Cerrar cuenta",
            "Buenas,\n\nNos mudamos a Madrid centro en diciembre y no nos queda ninguna hípica cerca. Por favor, dad de baja el {club} y cerrad mi cuenta.\n\nUn saludo,\n{name}",
        ),
    ],
    "it": [
        (
            "Disdetta {club}",
            "Buongiorno,\n\nabbiamo comprato un cavallo tutto nostro e lo teniamo da un'amica in campagna, quindi non ci servono più le lezioni. Vorrei disdire il {club} e chiudere l'account.\n\nGrazie di tutto,\n{name}",
        ),
        (
            "Chiusura account",
            "Salve,\n\nci trasferiamo a Milano per lavoro e non avremo più un vostro centro vicino. Per favore disdite il {club} e chiudete il mio account.\n\n{name}",
        ),
    ],
    "en": [
        (
            "Cancel {club}",
            "Hello,\n\nWe're moving to a flat in the city centre and won't be near a yard any more. Please cancel {club} and close my account.\n\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung {club}",
            "Hallo,\n\nunsere Tochter hat jetzt ein eigenes Pflegepferd auf dem Hof einer Freundin. Bitte den {club} kündigen und das Konto schließen.\n\n{name}",
        )
    ],
    "fr": [
        (
            "Résiliation {club}",
            "Bonjour,\n\nNous déménageons à Lyon et il n'y a pas de centre près de chez nous. Merci de résilier le {club} et de fermer mon compte.\n\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar {club}",
            "Olá,\n\nO meu filho deixou a equitação e passou para o futebol. Quero cancelar o {club} e fechar a conta.\n\n{name}",
        )
    ],
}

# --- steadily grumpy, sarcastic, mild --------------------------------------------------

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app de {brand} me cierra la sesión CADA vez que la abro. Cada vez.",
        "El recordatorio de la clase llega a las 6 de la mañana. En serio {brand}?",
        "Media hora esperando en recepción para que me den el casco. Como siempre en {brand}",
        "El parking de la hípica es un lodazal, hoy casi dejo el coche ahí. Nadie hace nada",
        "Cambian al monitor sin avisar y te enteras al llegar. Típico de {brand}",
        "Vestuarios helados otra vez. Tres estrellas por los caballos, no por lo demás",
        "Imposible coger clase el sábado, siempre lista de espera. Para qué tanto anuncio",
    ],
    "it": [
        "L'app di {brand} mi fa uscire dall'account OGNI volta che la apro. Ogni volta.",
        "Il promemoria della lezione arriva alle 6 del mattino. Sul serio {brand}?",
        "Mezz'ora in segreteria per avere un casco. Come sempre da {brand}",
        "Il parcheggio del maneggio è un pantano, oggi ci lasciavo la macchina. Nessuno fa niente",
        "Cambiano istruttore senza avvisare e lo scopri arrivando. Tipico di {brand}",
        "Spogliatoi gelidi di nuovo. Tre stelle per i cavalli, non per il resto",
        "Impossibile trovare posto il sabato, sempre lista d'attesa. E poi fate pubblicità",
    ],
    "en": [
        "The {brand} app logs me out EVERY time I open it.",
        "Lesson reminder text at 6am. Really, {brand}?",
        "Changed instructor again without telling anyone. Typical {brand}",
    ],
    "de": [
        "Die {brand}-App meldet mich JEDES Mal ab.",
        "Erinnerung an die Reitstunde um 6 Uhr morgens. Echt jetzt, {brand}?",
        "Wieder Reitlehrerwechsel ohne Info. Typisch {brand}",
    ],
    "fr": [
        "L'appli {brand} me déconnecte À CHAQUE fois.",
        "Rappel du cours à 6h du matin. Sérieusement {brand} ?",
        "Encore un changement de moniteur sans prévenir. Typique {brand}",
    ],
    "pt": [
        "A app da {brand} termina a sessão SEMPRE que a abro.",
        "Lembrete da aula às 6 da manhã. A sério, {brand}?",
        "Mudaram outra vez de monitor sem avisar. Típico da {brand}",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Qué maravilla, 'luces de la pista arregladas' dice el correo de {brand}, y hoy otra vez montando a oscuras 👏",
        "Me encanta pagar una 'clase particular' en {brand} y compartirla con otros dos 😂",
    ],
    "it": [
        "Che meraviglia, 'luci del campo riparate' dice la mail di {brand}, e stasera di nuovo a cavallo al buio 👏",
        "Adoro pagare una 'lezione privata' da {brand} e dividerla con altri due 😂",
    ],
    "en": [
        "Love that {brand} emailed 'arena lights fixed' and we rode in the dark again tonight 👏"
    ],
    "de": [
        "Toll, laut {brand}-Mail ist das Flutlicht repariert, und heute wieder im Dunkeln geritten 👏"
    ],
    "fr": [
        "Génial, 'éclairage réparé' dit le mail de {brand}, et ce soir encore à cheval dans le noir 👏"
    ],
    "pt": [
        "Que maravilha, 'luzes do picadeiro reparadas' diz o email da {brand}, e hoje outra vez a montar às escuras 👏"
    ],
}

# (grumble, agent's answer): quiet_hours' mild grumblers
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "En la app el calendario de clases solo pone las iniciales de los monitores, así no hay quien elija",
            "Tienes razón, lo hemos pasado al equipo de la app. Mientras, en la ficha de la clase sale el nombre completo.",
        ),
        (
            "el pin del mapa de la hípica de {yard} lleva a la puerta de atrás de la finca, hoy hemos dado una vuelta enorme",
            "Gracias por avisar, lo corregimos. La entrada buena es la del camino asfaltado.",
        ),
    ],
    "it": [
        (
            "Nell'app il calendario mostra solo le iniziali degli istruttori, così è difficile scegliere",
            "Hai ragione, l'abbiamo segnalato al team dell'app. Nel frattempo nella scheda della lezione c'è il nome completo.",
        ),
        (
            "il segnaposto del maneggio di {yard} porta al cancello sul retro, abbiamo fatto un giro enorme",
            "Grazie della segnalazione, lo correggiamo. L'ingresso giusto è quello sulla strada asfaltata.",
        ),
    ],
    "en": [
        (
            "The lesson calendar in the app only shows instructors' initials, hard to choose",
            "Fair point, passed to the app team; the lesson page shows the full name meanwhile.",
        )
    ],
    "de": [
        (
            "Im Kalender der App stehen nur die Initialen der Reitlehrer, schwer zu wählen",
            "Stimmt, ist ans App-Team weitergegeben; auf der Stundenseite steht der volle Name.",
        )
    ],
    "fr": [
        (
            "Le calendrier de l'appli n'affiche que les initiales des moniteurs",
            "Bien vu, c'est transmis à l'équipe de l'appli ; la fiche du cours montre le nom complet.",
        )
    ],
    "pt": [
        (
            "O calendário da app só mostra as iniciais dos monitores",
            "Tem razão, já passámos à equipa da app; a ficha da aula mostra o nome completo.",
        )
    ],
}
MILD_ACK: dict[str, str] = {
    "es": "Hola {name}:\n\nGracias por el aviso, lo hemos pasado al equipo correspondiente.\n\n",
    "it": "Gentile {name},\n\ngrazie della segnalazione, l'abbiamo girata al team giusto.\n\n",
    "en": "Hello {name},\n\nThanks for letting us know, we've passed it on.\n\n",
    "de": "Hallo {name},\n\ndanke für den Hinweis, wir haben ihn weitergegeben.\n\n",
    "fr": "Bonjour {name},\n\nMerci pour le signalement, c'est transmis.\n\n",
    "pt": "Olá {name},\n\nObrigado pelo aviso, já o passámos à equipa.\n\n",
}

# --- the spike: Saturday 14 November 2026 ------------------------------------------------
# Every outdoor lesson, pony club and trail ride of the morning is cancelled in the app by a
# weather-safety check that has gone wrong ("severe wind alert", error E-MET/219) under a
# clear, calm sky: families at the yard, horses tacked up, bookings gone.

SPIKE_CODE = "E-MET/219"
SPIKE_TOPIC = "riding lessons and trail rides cancelled in the app by a false severe-weather alert on a calm morning, error E-MET/219"

SPIKE_SOCIAL: dict[str, list[str]] = {
    "es": [
        "Sol, cero viento, el caballo ensillado y la app de {brand} me anula la clase por 'alerta de viento severo' E-MET/219. Pero qué?? 🌞",
        "{brand} acaba de cancelar el pony club de mi hija por 'temporal' (E-MET/219). Estamos EN la hípica y no se mueve ni una hoja",
        "ALERTA METEOROLÓGICA dice la app de {brand}. E-MET/219. Hace un día precioso. Ruta anulada con todos aquí montados",
    ],
    "it": [
        "Sole, zero vento, cavallo sellato e l'app di {brand} mi annulla la lezione per 'allerta vento forte' E-MET/219. Ma cosa?? 🌞",
        "{brand} ha appena annullato il pony club di mia figlia per 'maltempo' (E-MET/219). Siamo AL maneggio e non si muove una foglia",
        "ALLERTA METEO dice l'app di {brand}. E-MET/219. Giornata splendida. Passeggiata annullata con tutti già in sella",
    ],
    "en": [
        "Blue sky, not a breath of wind, pony tacked up, and the {brand} app cancels the lesson for a 'severe wind alert' E-MET/219. What??"
    ],
    "de": [
        "Sonne, kein Lüftchen, Pferd gesattelt, und die {brand}-App sagt die Stunde wegen 'Sturmwarnung' ab, E-MET/219. Hallo??"
    ],
    "fr": [
        "Grand soleil, pas un souffle de vent, poney sellé, et l'appli {brand} annule le cours pour 'alerte vent violent' E-MET/219. Sérieux ?"
    ],
    "pt": [
        "Sol, vento nenhum, cavalo aparelhado e a app da {brand} cancela a aula por 'alerta de vento forte' E-MET/219. O quê??"
    ],
}
SPIKE_CHAT: dict[str, list[str]] = {
    "es": [
        "hola, la app me ha anulado la clase de las 10 por alerta de viento, error E-MET/219, pero aquí hace sol y no hay viento. Estamos ya en la hípica",
        "Buenas, me sale 'clase cancelada por condiciones meteorológicas (E-MET/219)' y en {yard} hace un día perfecto. Qué pasa?",
    ],
    "it": [
        "ciao, l'app mi ha annullato la lezione delle 10 per allerta vento, errore E-MET/219, ma qui c'è il sole e niente vento. Siamo già al maneggio",
        "Salve, mi compare 'lezione annullata per condizioni meteo (E-MET/219)' e a {yard} è una giornata perfetta. Che succede?",
    ],
    "en": [
        "hi, the app just cancelled my 10am lesson for a wind alert, error E-MET/219, but it's sunny and calm here. We're at the yard already"
    ],
    "de": [
        "Hallo, die App hat meine Stunde um 10 wegen Sturmwarnung abgesagt, Fehler E-MET/219, hier ist es windstill und sonnig. Wir sind schon am Stall"
    ],
    "fr": [
        "bonjour, l'appli a annulé mon cours de 10h pour alerte vent, erreur E-MET/219, mais ici il fait beau et aucun vent. On est déjà au centre"
    ],
    "pt": [
        "olá, a app cancelou-me a aula das 10h por alerta de vento, erro E-MET/219, mas aqui está sol e sem vento. Já estamos no centro"
    ],
}
SPIKE_COMMUNITY: dict[str, list[str]] = {
    "es": [
        "¿A alguien más le ha anulado {brand} la clase de esta mañana por 'alerta de viento severo' (E-MET/219)? En {yard} hace sol y los monitores tampoco entienden nada",
        "Ruta de las 10 anulada por la app con E-MET/219 'condiciones meteorológicas adversas'. Cielo despejado. Los de recepción dicen que no pueden recuperar la reserva",
    ],
    "it": [
        "Anche a voi {brand} ha annullato la lezione di stamattina per 'allerta vento forte' (E-MET/219)? A {yard} c'è il sole e nemmeno gli istruttori capiscono",
        "Passeggiata delle 10 annullata dall'app con E-MET/219 'condizioni meteo avverse'. Cielo sereno. In segreteria dicono che non possono ripristinare la prenotazione",
    ],
    "en": [
        "Anyone else had this morning's {brand} lesson cancelled for a 'severe wind alert' (E-MET/219)? Sunny and calm at {yard}, the instructors are baffled too"
    ],
    "de": [
        "Noch jemand, dem {brand} heute früh die Stunde wegen 'Sturmwarnung' (E-MET/219) gestrichen hat? In {yard} strahlender Sonnenschein, die Reitlehrer verstehen es auch nicht"
    ],
    "fr": [
        "D'autres ont eu leur cours {brand} de ce matin annulé pour 'alerte vent violent' (E-MET/219) ? Grand soleil à {yard}, les moniteurs n'y comprennent rien"
    ],
    "pt": [
        "Mais alguém ficou sem a aula desta manhã da {brand} por 'alerta de vento forte' (E-MET/219)? Em {yard} está sol e os monitores também não percebem"
    ],
}
SPIKE_EMAIL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Clase anulada por error E-MET/219",
            "Hola:\n\nEsta mañana la app nos ha cancelado la clase de las 10:00 en {yard} por 'alerta de viento severo', código E-MET/219. No hay ni una nube ni viento. Estamos en la hípica y en recepción no pueden volver a meter la reserva. ¿Qué hacemos?\n\n{name}",
        )
    ],
    "it": [
        (
            "Lezione annullata errore E-MET/219",
            "Buongiorno,\n\nstamattina l'app ci ha annullato la lezione delle 10:00 a {yard} per 'allerta vento forte', codice E-MET/219. Non c'è una nuvola né vento. Siamo al maneggio e in segreteria non riescono a ripristinare la prenotazione. Cosa facciamo?\n\n{name}",
        )
    ],
    "en": [
        (
            "Lesson cancelled - error E-MET/219",
            "Hello,\n\nThe app cancelled our 10am lesson at {yard} this morning for a 'severe wind alert', code E-MET/219. There isn't a cloud or a breeze. We're at the yard and reception can't rebook it. What now?\n\n{name}",
        )
    ],
    "de": [
        (
            "Stunde abgesagt - Fehler E-MET/219",
            "Guten Tag,\n\ndie App hat heute früh unsere Stunde um 10 Uhr in {yard} wegen 'Sturmwarnung' abgesagt, Code E-MET/219. Kein Wind, keine Wolke. Wir sind am Stall und die Rezeption kann nicht neu buchen. Was nun?\n\n{name}",
        )
    ],
    "fr": [
        (
            "Cours annulé - erreur E-MET/219",
            "Bonjour,\n\nL'appli a annulé notre cours de 10h à {yard} ce matin pour 'alerte vent violent', code E-MET/219. Aucun vent, aucun nuage. Nous sommes au centre et l'accueil ne peut pas réinscrire. Que faire ?\n\n{name}",
        )
    ],
    "pt": [
        (
            "Aula cancelada - erro E-MET/219",
            "Olá,\n\nA app cancelou a nossa aula das 10h em {yard} esta manhã por 'alerta de vento forte', código E-MET/219. Nem vento nem nuvens. Estamos no centro e a receção não consegue remarcar. E agora?\n\n{name}",
        )
    ],
}
SPIKE_FORM: dict[str, str] = {
    "es": "Clase de las 10 en {yard} cancelada por la app con 'alerta de viento severo' E-MET/219 y hace un día perfecto. Pido que se reactive la reserva.",
    "it": "Lezione delle 10 a {yard} annullata dall'app con 'allerta vento forte' E-MET/219 e c'è una giornata perfetta. Chiedo di ripristinare la prenotazione.",
    "en": "10am lesson at {yard} cancelled by the app with 'severe wind alert' E-MET/219 on a perfect day. Please restore the booking.",
    "de": "Stunde um 10 in {yard} von der App wegen 'Sturmwarnung' E-MET/219 abgesagt, bei bestem Wetter. Bitte Buchung wiederherstellen.",
    "fr": "Cours de 10h à {yard} annulé par l'appli pour 'alerte vent violent' E-MET/219 par un temps parfait. Merci de rétablir la réservation.",
    "pt": "Aula das 10h em {yard} cancelada pela app com 'alerta de vento forte' E-MET/219 num dia perfeito. Peço que reponham a reserva.",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, ahora mismo la app está anulando clases y rutas con una falsa alerta de viento (E-MET/219) en todos los centros. El equipo técnico ya está en ello; no hace falta que hagas nada, te escribimos en cuanto esté resuelto.",
    "it": "Sì, in questo momento l'app sta annullando lezioni e passeggiate con una falsa allerta vento (E-MET/219) in tutti i centri. I tecnici ci stanno lavorando; non devi fare nulla, ti scriviamo appena è risolto.",
    "en": "Yes, the app is cancelling lessons and rides with a false wind alert (E-MET/219) at every yard right now. Our engineers are on it; you needn't do anything, we'll write as soon as it's fixed.",
    "de": "Ja, die App sagt gerade an allen Ställen Stunden und Ausritte mit einer falschen Sturmwarnung (E-MET/219) ab. Die Technik arbeitet daran; wir melden uns, sobald es behoben ist.",
    "fr": "Oui, l'appli annule en ce moment cours et balades avec une fausse alerte vent (E-MET/219) dans tous les centres. Nos techniciens s'en occupent ; nous vous écrivons dès que c'est réglé.",
    "pt": "Sim, neste momento a app está a cancelar aulas e passeios com um falso alerta de vento (E-MET/219) em todos os centros. A equipa técnica já está a tratar; escrevemos assim que estiver resolvido.",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue igual: E-MET/219 también con la app de mi marido, y ahora la clase de las 11 también anulada.",
        "Siguen sin reactivar la clase, E-MET/219 otra vez al intentar reservar de nuevo. Ya nos vamos a casa.",
    ],
    "it": [
        "Ancora uguale: E-MET/219 anche sull'app di mio marito, e ora anche la lezione delle 11 è annullata.",
        "Ancora niente, di nuovo E-MET/219 provando a riprenotare. Ormai torniamo a casa.",
    ],
    "en": [
        "Still the same: E-MET/219 on my husband's phone too, and now the 11 o'clock is cancelled as well."
    ],
    "de": [
        "Immer noch: E-MET/219 auch auf dem Handy meines Mannes, jetzt ist auch die Stunde um 11 weg."
    ],
    "fr": [
        "Toujours pareil : E-MET/219 aussi sur le téléphone de mon mari, et le cours de 11h est annulé à son tour."
    ],
    "pt": [
        "Continua igual: E-MET/219 também no telemóvel do meu marido, e agora a aula das 11h também foi cancelada."
    ],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu clase de hoy y el error E-MET/219",
        "Hola {name}:\n\nDesde las {local} (hora local) la app ya no anula clases por la falsa alerta de viento E-MET/219 y las reservas de hoy se han recuperado. Te devolvemos la clase de esta mañana y te hemos añadido {credit} de saldo. Perdona las molestias.\n\n",
    ),
    "it": (
        "La tua lezione di oggi e l'errore E-MET/219",
        "Gentile {name},\n\ndalle {local} (ora locale) l'app non annulla più le lezioni per la falsa allerta vento E-MET/219 e le prenotazioni di oggi sono state ripristinate. Ti restituiamo la lezione di stamattina e ti abbiamo aggiunto {credit} di credito. Scusa il disagio.\n\n",
    ),
    "en": (
        "Today's lesson and error E-MET/219",
        "Hello {name},\n\nSince {local} (local time) the app no longer cancels lessons for the false wind alert E-MET/219 and today's bookings are restored. This morning's lesson is refunded and we've added {credit} credit to your account. Sorry for the trouble.\n\n",
    ),
    "de": (
        "Ihre heutige Stunde und Fehler E-MET/219",
        "Hallo {name},\n\nseit {local} Uhr (Ortszeit) sagt die App keine Stunden mehr wegen der falschen Sturmwarnung E-MET/219 ab, die heutigen Buchungen sind wiederhergestellt. Die Stunde von heute früh erstatten wir, dazu {credit} Guthaben. Entschuldigen Sie die Umstände.\n\n",
    ),
    "fr": (
        "Votre cours d'aujourd'hui et l'erreur E-MET/219",
        "Bonjour {name},\n\nDepuis {local} (heure locale) l'appli n'annule plus de cours pour la fausse alerte vent E-MET/219 et les réservations du jour sont rétablies. Le cours de ce matin est remboursé et nous avons ajouté {credit} de crédit. Toutes nos excuses.\n\n",
    ),
    "pt": (
        "A sua aula de hoje e o erro E-MET/219",
        "Olá {name},\n\nDesde as {local} (hora local) a app já não cancela aulas pelo falso alerta de vento E-MET/219 e as reservas de hoje foram repostas. Devolvemos a aula desta manhã e juntámos {credit} de crédito. Pedimos desculpa.\n\n",
    ),
}

# Two lone questions on the calm Friday before: tomorrow's forecast, a ride that goes ahead.
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Hola, la previsión para mañana en {yard} dice algo de viento por la tarde. La ruta de las 10 se hace o la anuláis?",
        "¡Hola! Por la mañana la previsión es buena, la ruta de las 10 sale. Si el instructor viera riesgo te avisaríamos por la app.",
    ),
    "it": (
        "Ciao, il meteo per domani a {yard} dice un po' di vento nel pomeriggio. La lezione delle 10 si fa?",
        "Ciao! Al mattino il meteo è buono, la lezione delle 10 si fa. Se l'istruttore vedesse rischi ti avviseremmo nell'app.",
    ),
}

# The two who grumble once on the calm Monday: the yard map loading slowly.
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "la app tarda un montón en cargar el mapa de las hípicas, medio minuto mirando la ruedecita",
        "Gracias, {name}. Lo sabemos, esta semana sale una versión que lo mejora.",
    ),
    "it": (
        "l'app ci mette un'eternità a caricare la mappa dei maneggi, mezzo minuto a guardare la rotellina",
        "Grazie, {name}. Lo sappiamo, questa settimana esce un aggiornamento che lo migliora.",
    ),
}
