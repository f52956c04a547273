# ruff: noqa: E501
"""Consumer wording for heldout82 (Ormeggia, boatyard and marina services by app).

Written from the stories, in the customers' own words. Placeholders: {brand},
{club}, {comp}, {case}, {amt}, {boat}, {marina}, {first}, {agent}, {time}, {credit}.
"""

from __future__ import annotations

BRAND = "Ormeggia"
CLUB = "Ormeggia Club"
COMPETITORS = ("Kielstra", "Varamar")

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, int, str]] = [
    (
        "Haul-out & pressure wash up to 8 m / Varada y lavado a presión hasta 8 m",
        290,
        "/yard/haul-out",
    ),
    (
        "Antifouling, 2 coats, up to 9 m / Antiincrustante, 2 capas, hasta 9 m",
        640,
        "/yard/antifouling",
    ),
    ("Winter storage ashore, 6 months / Invernaje en seco, 6 meses", 1180, "/winter-storage"),
    ("Outboard winterising / Invernaje de motor fueraborda", 165, "/yard/engine"),
    ("Inboard diesel service / Revisión de motor diésel intraborda", 420, "/yard/engine"),
    ("Launch with crane / Botadura con grúa", 180, "/yard/launch"),
    ("Mooring buoy, summer season / Boya de fondeo, temporada de verano", 890, "/moorings"),
    ("Hull polish & wax / Pulido y encerado de casco", 350, "/yard/polish"),
    ("Sail check & small repairs / Revisión de velas y pequeñas reparaciones", 140, "/yard/sails"),
    ("Anode set replacement / Cambio de ánodos", 95, "/yard/anodes"),
    ("Shrink-wrap cover / Funda termorretráctil", 310, "/winter-storage/cover"),
    ("Dinghy rack, season / Rack para auxiliar, temporada", 120, "/moorings/dinghy"),
]

PAGES = [
    "/app/my-boat",
    "/yard/haul-out",
    "/winter-storage",
    "/club",
    "/moorings",
    "/yard/prices",
    "/marinas",
    "/app/tide-windows",
    "/help/faq",
]

MARINAS: dict[str, list[str]] = {
    "ES": ["Palma", "Dénia", "Vigo", "Santander", "L'Estartit", "Cádiz"],
    "DE": ["Kiel", "Lindau", "Rostock", "Flensburg", "Travemünde"],
    "AT": ["Attersee", "Wolfgangsee", "Wörthersee"],
    "CH": ["Zürichsee", "Thunersee", "Genfersee"],
    "UK": ["Hamble", "Plymouth", "Falmouth"],
    "IE": ["Howth", "Kinsale", "Dún Laoghaire"],
    "FR": ["La Rochelle", "Arcachon", "Lorient"],
    "BE": ["Nieuwpoort", "Blankenberge"],
    "LU": ["Schwebsange"],
    "IT": ["Sanremo", "Garda", "Chioggia"],
    "PT": ["Cascais", "Lagos", "Póvoa de Varzim"],
}

BOATS = [
    "Xaloc",
    "Gaviota",
    "Möwe II",
    "Sirocco",
    "Blue Nelly",
    "Lola",
    "Seebär",
    "Ondina",
    "Marisol",
    "Windspiel",
    "Petrel",
    "Luna Rossa II",
    "Alcatraz",
    "Tramontana",
    "Kormoran",
    "Saudade",
    "Brisa",
    "Odyssée",
    "Dolphin",
    "Amalia",
    "Nordlicht",
    "Calima",
    "Zefiro",
    "Estrela",
    "Pinta",
    "Hafenkind",
    "Bonita",
    "Albatros",
    "Meltemi",
    "Lisboa",
]

# ---------------------------------------------------------------- happy acts

PRAISE: dict[str, list[str]] = {
    "es": [
        "Varada del {boat} hecha en 40 minutos y casco limpísimo. El de la grúa un crack. Gracias {brand}!!",
        "Pues nada, otro año con {brand} en {marina}, el barco en seco antes de los temporales y yo tranquilo en casa",
        "Que gusto reservar la botadura desde el móvil y que a las 9 en punto esté la grúa esperando. Así sí",
        "Antifouling impecable, hasta mi suegro que no le gusta nada ha dicho que el casco parece nuevo jajaja",
    ],
    "de": [
        "Kran pünktlich, Rumpf sauber abgestrahlt, der {boat} steht sicher im Winterlager. Top Service von {brand} in {marina}!",
        "Einfach per App das Auskranen gebucht und am Samstag um 8 war alles erledigt. So muss das",
        "Motor eingewintert, Protokoll mit Fotos in der App. Sehr ordentlich gemacht, danke an die Werft",
        "Ehrlich gesagt hatte ich Bammel wegen dem Kiel, aber die Jungs haben das super gemacht. Klare Empfehlung",
    ],
    "en": [
        "Lift-out at {marina} done in half an hour, hull jet-washed and on the stands before the rain. Cheers {brand}",
        "Booked the launch on the app Thursday night, boat was in the water Saturday 9am. Brilliant",
    ],
    "fr": [
        "Mise à terre du {boat} nickel à {marina}, carène propre et calage solide. Merci l'équipe {brand} !",
        "Réservé la grutage sur l'appli en 2 minutes, grue à l'heure, rien à redire",
    ],
    "it": [
        "Alaggio del {boat} a {marina} fatto in mezz'ora, carena pulita e invaso sistemato bene. Bravi {brand}!",
        "Prenotato il varo dall'app e alle 9 la gru era lì. Finalmente un cantiere serio",
    ],
    "pt": [
        "Varagem do {boat} em {marina} feita num instante, casco lavado e bem calçado. Obrigado {brand}!",
        "Marquei o bota-abaixo pela app e às 9h a grua estava à espera. Assim dá gosto",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercer invierno que dejo el {boat} con {brand} y otra vez perfecto. El motor arrancó a la primera en abril",
        "Otra vez el mismo chico de la grúa, Rafa creo, que majo es y con qué cuidado trata los barcos",
    ],
    "de": [
        "Schon wieder alles tiptop beim Einwintern, jetzt das dritte Jahr in {marina}. Gerne weiter so",
        "Immer noch begeistert vom Antifouling letztes Jahr, der Rumpf war den ganzen Sommer sauber",
    ],
    "en": [
        "Third season with {brand} and still not a single scratch on the gelcoat. Same lads on the crane every time"
    ],
    "fr": [
        "Encore une fois parfait, troisième hivernage chez {brand}, le moteur a démarré au quart de tour au printemps"
    ],
    "it": [
        "Ancora una volta tutto perfetto, terzo inverno al cantiere {brand} e la barca esce come l'ho lasciata"
    ],
    "pt": [
        "Outra vez impecável, é o terceiro inverno com a {brand} e o motor pegou à primeira em março"
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "es": [
        "Todo genial con la varada, solo que la factura llega en PDF de 6 páginas y no hay quien la entienda. Por lo demás 10",
        "Muy contenta, el casco quedó perfecto. Lo único el parking de la marina los sábados, imposible",
    ],
    "de": [
        "Sehr zufrieden mit dem Winterlager, nur die Duschen am Steg sind im November echt kalt. Sonst alles bestens",
        "Super Arbeit am Rumpf, einziger Punkt: die App zeigt die Fotos nur winzig klein. Trotzdem 5 Sterne",
    ],
    "en": [
        "Great job on the antifouling, only gripe is the app's invoice screen is tiny on my phone. Otherwise spot on"
    ],
    "fr": [
        "Très bon travail sur la carène, seul bémol le portail de la marina qui grince à 7h du mat. Sinon top"
    ],
    "it": [
        "Lavoro ottimo, unica cosa la fattura arriva solo in PDF e il commercialista si lamenta. Per il resto bravissimi"
    ],
    "pt": [
        "Tudo ótimo, só a casa de banho da marina é que precisava de obras. De resto, cinco estrelas"
    ],
}

# (question, agent answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, el invernaje en seco incluye la funda o se paga aparte?",
            "¡Hola! La funda termorretráctil se paga aparte (310 €), la puedes añadir en la app en 'Mi barco'. Un saludo, {agent}",
        ),
        (
            "Buenas, puedo estar presente cuando saquen el barco? me da cosa la orza",
            "¡Claro que sí! Te avisamos por la app 30 minutos antes de la varada. {agent}",
        ),
        (
            "se puede cambiar la botadura del sábado al domingo??",
            "Hecho, te la he pasado al domingo a las 10:00, te llegará la confirmación a la app. {agent}",
        ),
        (
            "una pregunta, el precio club vale tb para el antifouling?",
            "Sí, los socios del {club} tienen un 15 % en antifouling y varadas. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich im Winterlager selbst am Boot schleifen oder ist das verboten?",
            "Hallo! Eigene Arbeiten sind Mo-Sa 8-18 Uhr erlaubt, bitte mit Plane darunter. Viele Grüße, {agent}",
        ),
        (
            "Guten Tag, wird der Mast beim Auskranen mit gelegt oder muss ich das vorher machen?",
            "Guten Tag! Das Mastlegen können Sie in der App dazubuchen (95 €), sonst bitte vorher legen. {agent}",
        ),
        (
            "hi, gilt der Club-Preis auch für den Motorservice?",
            "Hallo, ja, als Mitglied im {club} sparen Sie 15 % auf alle Werftarbeiten. {agent}",
        ),
        (
            "Wie lange vorher muss ich das Einkranen im April buchen?",
            "Am besten 3-4 Wochen vorher, die Slots im April sind schnell weg. {agent}",
        ),
    ],
    "en": [
        (
            "hi is the shrink wrap included in winter storage or extra?",
            "Hi! The shrink-wrap is extra (£265), you can add it in the app under My boat. {agent}",
        ),
        (
            "Can I leave the outboard on the transom over winter or do you take it off?",
            "We take it off and store it indoors at no extra charge. {agent}",
        ),
    ],
    "fr": [
        (
            "bonjour, est-ce que je peux venir poncer moi-même pendant l'hivernage ?",
            "Bonjour ! Oui, du lundi au samedi 8h-18h, avec une bâche au sol. {agent}",
        ),
        (
            "Le tarif club s'applique aussi à l'antifouling ?",
            "Oui, 15 % pour les membres du {club}. {agent}",
        ),
    ],
    "it": [
        (
            "ciao, il rimessaggio include il telo o si paga a parte?",
            "Ciao! Il telo termoretraibile è a parte (310 €), lo aggiungi in app. {agent}",
        ),
        (
            "Posso essere presente durante l'alaggio?",
            "Certo, ti avvisiamo in app mezz'ora prima. {agent}",
        ),
    ],
    "pt": [
        (
            "olá, a invernagem em seco inclui a capa?",
            "Olá! A capa termo-retrátil é à parte (310 €), pode juntar na app em 'O meu barco'. {agent}",
        ),
        (
            "Posso estar presente quando tirarem o barco da água?",
            "Claro! Avisamos pela app 30 minutos antes. {agent}",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["Genial, gracias!!", "perfecto gracias", "mil gracias 🙏"],
    "de": ["Super, danke!", "ok danke", "Vielen Dank 👍"],
    "en": ["brilliant thanks", "Great, cheers!"],
    "fr": ["Super merci !", "parfait merci"],
    "it": ["Perfetto grazie!", "ok grz"],
    "pt": ["Ótimo, obrigado!", "obg"],
}

# (phone transcript, agent follow-up e-mail subject, text)
PHONE_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola buenos días llamaba para preguntar si para la varada tengo que vaciar el depósito de agua o lo hacéis vosotros",
            "Tu llamada de hoy",
            "Hola {first}, como te comenté por teléfono, el depósito de agua lo vaciamos nosotros al invernar. No tienes que hacer nada. Un saludo, {agent}",
        ),
        (
            "sí hola mire es que quería saber si el seguro del barco tiene que estar vigente mientras está en seco en la marina",
            "Seguro durante el invernaje",
            "Hola {first}, te confirmo lo hablado: sí, el seguro debe estar vigente, basta con enviarnos el certificado por la app. {agent}",
        ),
        (
            "buenas tardes quería saber a qué hora abre la grúa el sábado que tengo que sacar el barco temprano",
            "Horario de grúa",
            "Hola {first}, la grúa funciona los sábados de 8:00 a 14:00. ¡Hasta el sábado! {agent}",
        ),
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob ich den Außenborder vor dem Auskranen selbst abbauen muss oder ob das die Werft macht",
            "Ihr Anruf heute",
            "Hallo {first}, wie besprochen bauen wir den Außenborder ab und lagern ihn in der Halle. Viele Grüße, {agent}",
        ),
        (
            "hallo hier ist {first} ich hab das Boot im Winterlager und wollte wissen ob ich zwischendurch mal an Bord darf",
            "Besuch im Winterlager",
            "Hallo {first}, ja, das Lager ist Mo-Sa von 8 bis 18 Uhr offen, einfach an der Pforte melden. {agent}",
        ),
        (
            "guten Morgen ich rufe an wegen dem Antifouling muss das Boot dafür eine Woche an Land stehen oder geht das schneller",
            "Antifouling: Dauer",
            "Hallo {first}, für zwei Schichten planen wir drei Tage an Land ein. Beste Grüße, {agent}",
        ),
    ],
    "en": [
        (
            "hi there just ringing to ask do I need to drain the water tanks before the lift out or do you do that",
            "Your call today",
            "Hi {first}, as discussed we drain the tanks when we winterise, nothing for you to do. {agent}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si je dois vider le réservoir d'eau avant la mise à terre ou si vous le faites",
            "Votre appel",
            "Bonjour {first}, comme convenu, nous vidons le réservoir à l'hivernage. {agent}",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se devo svuotare il serbatoio dell'acqua prima dell'alaggio o lo fate voi",
            "La sua chiamata",
            "Buongiorno {first}, come detto lo svuotiamo noi durante il rimessaggio. {agent}",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se tenho de esvaziar o depósito de água antes da varagem ou se são vocês",
            "A sua chamada",
            "Olá {first}, como falámos, somos nós que esvaziamos o depósito na invernagem. {agent}",
        )
    ],
}

REVIEWS: dict[str, list[str]] = {
    "es": [
        "Buen servicio de varadero, rápidos y cuidadosos. Precio correcto",
        "Cuarta temporada con ellos, todo en orden. La app muy práctica",
    ],
    "de": [
        "Zuverlässige Werft, faire Preise, freundliches Team am Kran",
        "Winterlager sauber und trocken, Boot kam im Frühjahr top zurück ins Wasser",
    ],
    "en": ["Solid yard, careful crane crew, fair price for the lift-out"],
    "fr": ["Chantier sérieux, grutage soigné, prix correct"],
    "it": ["Cantiere serio, personale gentile, prezzi onesti"],
    "pt": ["Estaleiro sério, pessoal cuidadoso, preço justo"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["todo bien", "muy contento", "👍", "rápidos", ""],
    "de": ["alles gut", "top", "👍", "schnell und sauber", ""],
    "en": ["great", "all good", ""],
    "fr": ["très bien", "nickel", ""],
    "it": ["tutto ok", "bravi", ""],
    "pt": ["tudo bem", "5 estrelas", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "es": [
        "Las 3 de la mañana y yo mirando en la app el parte de viento para la botadura del sábado. Turno de noche en el hospital, qué le vamos a hacer",
        "Sin poder dormir, viendo vídeos de cómo poner antifouling. Menos mal que este año lo hace {brand} jaja",
    ],
    "de": [
        "2 Uhr nachts, Nachtschicht an der Tankstelle und ich plane schon die Saison. Einkranen im April ist gebucht 😄",
        "Kann nicht schlafen, schau mir die Fotos vom Boot im Winterlager an. Sieht gut aus da bei {brand}",
        "Halb vier, Baby wach, ich lese Foren über Osmose. Gut dass die Werft nächste Woche den Rumpf prüft",
    ],
    "en": [
        "3am, night shift at the depot, just booked Saturday's launch on the {brand} app. Can't wait"
    ],
    "fr": [
        "2h du mat, insomnie, je regarde les photos de l'hivernage dans l'appli. Le bateau a l'air bien au chaud"
    ],
    "it": [
        "Le 3 di notte e io a guardare il meteo per il varo di sabato. Turno di notte in ospedale"
    ],
    "pt": ["3 da manhã, turno da noite, acabei de marcar o bota-abaixo na app da {brand}"],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola a estas horas, si llego tarde a la varada del sábado me esperan 15 min?",
            "¡Hola! Sí, esperamos hasta 20 minutos, avísanos en la app si te retrasas. {agent}",
        )
    ],
    "de": [
        (
            "Hallo, kann ich den Schlüssel fürs Boot nachts in den Briefkasten am Werfttor werfen?",
            "Hallo! Ja, bitte im Umschlag mit Bootsname, wir holen ihn morgens ab. {agent}",
        )
    ],
    "en": [
        (
            "hi, can I drop the boat keys in the box at the gate tonight?",
            "Hi! Yes, in an envelope with the boat's name please. {agent}",
        )
    ],
    "fr": [
        (
            "bonsoir, je peux déposer les clés du bateau dans la boîte du chantier cette nuit ?",
            "Bonsoir ! Oui, dans une enveloppe avec le nom du bateau. {agent}",
        )
    ],
    "it": [
        (
            "salve, posso lasciare le chiavi nella cassetta del cantiere stanotte?",
            "Salve! Sì, in una busta con il nome della barca. {agent}",
        )
    ],
    "pt": [
        (
            "olá, posso deixar as chaves do barco na caixa do portão esta noite?",
            "Olá! Sim, num envelope com o nome do barco. {agent}",
        )
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Genial lo de la botadura 'a primera hora': las 13:40. Justo para comer en el pantalán 👏",
        "Me encanta que el barco vuelva del lavado con las algas del vecino incluidas 😂",
    ],
    "de": [
        "Toll, 'Kranen am Morgen' heißt bei euch 14 Uhr. Da hatte ich ja den ganzen Tag was vor 👏",
        "Danke für die Gratis-Möwenkacke aufs frisch polierte Deck im Winterlager 😂",
    ],
    "en": ["Love that 'first thing' means 2pm at {marina}. Whole day on the pontoon, cheers 👏"],
    "fr": [
        "Génial, 'tôt le matin' ça veut dire 14h chez vous. Merci pour la journée sur le ponton 👏"
    ],
    "it": ["Bellissimo, 'al mattino presto' vuol dire alle 14. Giornata intera sul pontile 👏"],
    "pt": ["Adorei, 'logo de manhã' afinal é às 14h. Passei o dia no pontão 👏"],
}

# ---------------------------------------------------------------- problems

PROBLEM_LABEL: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "varada no realizada",
        "de": "Auskranen nicht erfolgt",
        "en": "lift-out never happened",
        "fr": "mise à terre non effectuée",
        "it": "alaggio mai fatto",
        "pt": "varagem não feita",
    },
    "double_charge": {
        "es": "invernaje cobrado dos veces",
        "de": "Winterlager doppelt abgebucht",
        "en": "winter storage charged twice",
        "fr": "hivernage débité deux fois",
        "it": "rimessaggio addebitato due volte",
        "pt": "invernagem cobrada duas vezes",
    },
    "damage": {
        "es": "casco dañado en la varada",
        "de": "Rumpf beim Kranen beschädigt",
        "en": "hull damaged on the lift",
        "fr": "coque abîmée au grutage",
        "it": "scafo danneggiato all'alaggio",
        "pt": "casco danificado na varagem",
    },
    "refund": {
        "es": "fianza de la boya sin devolver",
        "de": "Kaution für die Boje nicht zurück",
        "en": "mooring deposit not refunded",
        "fr": "caution du corps-mort non remboursée",
        "it": "deposito del gavitello non restituito",
        "pt": "caução da boia não devolvida",
    },
    "wrong_price": {
        "es": "no me aplican el precio club",
        "de": "kein Club-Preis berechnet",
        "en": "club rate not applied",
        "fr": "tarif club non appliqué",
        "it": "prezzo club non applicato",
        "pt": "preço clube não aplicado",
    },
    "cancel_fee": {
        "es": "penalización por cancelar la botadura",
        "de": "Stornogebühr fürs Einkranen",
        "en": "cancellation fee for the launch",
        "fr": "frais d'annulation de la mise à l'eau",
        "it": "penale per l'annullamento del varo",
        "pt": "taxa de cancelamento do bota-abaixo",
    },
}

# core: the complaint as written in a message; angry: a short angry line
PROBLEM_CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "Tenía la varada del {boat} reservada el sábado a las 9 en {marina}, con la marea buena. Estuve DOS horas en el pantalán y no vino nadie. Y la app dice 'completada'. Ahora viene el temporal y mi barco sigue en el agua."
        ],
        "de": [
            "Das Auskranen der {boat} war für Samstag 9 Uhr in {marina} gebucht. Ich stand zwei Stunden am Steg, niemand kam. In der App steht 'ERLEDIGT'. Der Sturm kommt am Dienstag und das Boot liegt noch im Wasser."
        ],
        "en": [
            "The lift-out for {boat} was booked for Saturday 9am at {marina}. I stood on the pontoon for two hours and nobody came, and the app says COMPLETED. There's a gale due Tuesday and she's still in the water."
        ],
        "fr": [
            "La mise à terre du {boat} était réservée samedi 9h à {marina}. J'ai attendu deux heures sur le ponton, personne. L'appli dit 'TERMINÉ'. Le coup de vent arrive mardi et le bateau est toujours à l'eau."
        ],
        "it": [
            "L'alaggio della {boat} era prenotato sabato alle 9 a {marina}. Due ore sul pontile e non è venuto nessuno, e l'app dice 'COMPLETATO'. Martedì arriva la burrasca e la barca è ancora in acqua."
        ],
        "pt": [
            "A varagem do {boat} estava marcada para sábado às 9h em {marina}. Fiquei duas horas no pontão e ninguém apareceu, e a app diz 'CONCLUÍDO'. Vem aí temporal e o barco continua na água."
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado el invernaje DOS veces, {amt} y otra vez {amt}, el mismo día. Me ha rebotado el recibo del colegio de los niños por vuestra culpa."
        ],
        "de": [
            "Sie haben das Winterlager ZWEIMAL abgebucht, {amt} und nochmal {amt} am selben Tag. Jetzt ist meine Miete geplatzt."
        ],
        "en": [
            "You've taken the winter storage TWICE, {amt} and another {amt} the same day. My rent bounced because of it."
        ],
        "fr": [
            "Vous avez prélevé l'hivernage DEUX fois, {amt} puis encore {amt} le même jour. Mon loyer a été rejeté."
        ],
        "it": [
            "Mi avete addebitato il rimessaggio DUE volte, {amt} e di nuovo {amt} lo stesso giorno. Mi è tornato indietro l'affitto."
        ],
        "pt": [
            "Cobraram-me a invernagem DUAS vezes, {amt} e outra vez {amt} no mesmo dia. A renda da casa foi devolvida por causa disso."
        ],
    },
    "damage": {
        "es": [
            "Al sacar el {boat} con la travel-lift las cinchas le han hecho una raja en el gelcoat de casi medio metro, a babor. Lo he visto hoy en el invernaje, con fotos. El barco estaba perfecto."
        ],
        "de": [
            "Beim Auskranen haben die Gurte einen halben Meter langen Riss ins Gelcoat der {boat} gemacht, Backbord. Ich habe es heute im Winterlager gesehen und fotografiert. Das Boot war einwandfrei."
        ],
        "en": [
            "When you lifted {boat} out the slings gouged half a metre of gelcoat off the port side. Saw it today in storage, photos taken. The hull was perfect before."
        ],
        "fr": [
            "Au grutage, les sangles ont arraché un demi-mètre de gelcoat côté bâbord du {boat}. Constaté aujourd'hui au chantier, photos à l'appui. La coque était impeccable."
        ],
        "it": [
            "All'alaggio le cinghie hanno strappato mezzo metro di gelcoat a sinistra della {boat}. L'ho visto oggi al rimessaggio, ho le foto. Lo scafo era perfetto."
        ],
        "pt": [
            "Na varagem as cintas arrancaram meio metro de gelcoat a bombordo do {boat}. Vi hoje no parque, tenho fotos. O casco estava perfeito."
        ],
    },
    "refund": {
        "es": [
            "La temporada de boya terminó el 30 de septiembre y la fianza de {amt} sigue sin aparecer. TRES semanas ya, y nadie me dice nada."
        ],
        "de": [
            "Die Bojensaison ist seit Ende September vorbei und die Kaution von {amt} ist immer noch nicht da. DREI Wochen jetzt."
        ],
        "en": [
            "The mooring season ended on 30 September and my {amt} deposit still hasn't come back. THREE weeks now."
        ],
        "fr": [
            "La saison du corps-mort est finie depuis le 30 septembre et la caution de {amt} n'est toujours pas revenue. TROIS semaines."
        ],
        "it": [
            "La stagione del gavitello è finita il 30 settembre e il deposito di {amt} non è ancora tornato. TRE settimane."
        ],
        "pt": [
            "A época da boia acabou a 30 de setembro e a caução de {amt} ainda não voltou. TRÊS semanas."
        ],
    },
    "wrong_price": {
        "es": [
            "Soy socia del {club} desde hace cuatro años y me habéis cobrado el antifouling a precio normal, {amt} de más. En la app sale que soy socia."
        ],
        "de": [
            "Ich bin seit Jahren im {club} und Sie haben mir fürs Antifouling den normalen Preis berechnet, {amt} zu viel. In der App steht Mitglied."
        ],
        "en": [
            "I'm a {club} member and you've charged me the full antifouling price, {amt} too much. The app even says member."
        ],
        "fr": [
            "Je suis membre du {club} et vous m'avez facturé l'antifouling au tarif normal, {amt} de trop."
        ],
        "it": [
            "Sono socio del {club} e mi avete fatto pagare l'antivegetativa a prezzo pieno, {amt} in più."
        ],
        "pt": ["Sou sócio do {club} e cobraram-me o antivegetativo a preço normal, {amt} a mais."],
    },
    "cancel_fee": {
        "es": [
            "Cancelé la botadura con CINCO días de antelación, como dicen vuestras condiciones, y me habéis cobrado {amt} de penalización."
        ],
        "de": [
            "Ich habe das Einkranen FÜNF Tage vorher storniert, wie es in Ihren Bedingungen steht, und trotzdem {amt} Stornogebühr bezahlt."
        ],
        "en": [
            "I cancelled the launch FIVE days ahead, exactly as your terms say, and you charged me a {amt} cancellation fee."
        ],
        "fr": [
            "J'ai annulé la mise à l'eau CINQ jours avant, comme vos conditions le disent, et vous m'avez facturé {amt} de frais."
        ],
        "it": [
            "Ho annullato il varo CINQUE giorni prima, come dicono le vostre condizioni, e mi avete addebitato {amt} di penale."
        ],
        "pt": [
            "Cancelei o bota-abaixo com CINCO dias de antecedência, como dizem as condições, e cobraram-me {amt} de taxa."
        ],
    },
}

PROBLEM_ANGRY: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "Dos horas esperando la grúa en {marina} y la app pone COMPLETADA. Mi barco sigue en el agua con temporal a la vista. Increíble",
        "de": "Zwei Stunden am Steg in {marina} gewartet, kein Kran, App sagt ERLEDIGT. Boot noch im Wasser, Sturm kommt. Unfassbar",
        "en": "Two hours on the pontoon at {marina}, no crane, app says COMPLETED. Boat still in with a gale coming. Unbelievable",
        "fr": "Deux heures sur le ponton à {marina}, pas de grue, l'appli dit TERMINÉ. Bateau à l'eau, coup de vent mardi. Incroyable",
        "it": "Due ore sul pontile a {marina}, nessuna gru, l'app dice COMPLETATO. Barca in acqua con la burrasca in arrivo",
        "pt": "Duas horas no pontão em {marina}, grua nenhuma, app diz CONCLUÍDO. Barco na água com temporal a chegar",
    },
    "double_charge": {
        "es": "Invernaje cobrado DOS veces, {amt} x2. Me ha rebotado un recibo. YA ESTÁ BIEN",
        "de": "Winterlager ZWEIMAL abgebucht, 2x {amt}. Miete geplatzt. JETZT REICHTS",
        "en": "Winter storage taken TWICE, 2x {amt}. Rent bounced. Sort it out",
        "fr": "Hivernage prélevé DEUX fois, 2x {amt}. Loyer rejeté. C'est pas possible",
        "it": "Rimessaggio addebitato DUE volte, 2x {amt}. Affitto respinto. BASTA",
        "pt": "Invernagem cobrada DUAS vezes, 2x {amt}. Renda devolvida. CHEGA",
    },
    "damage": {
        "es": "Las cinchas de la travel-lift le han hecho una raja enorme al gelcoat de mi barco. Estaba PERFECTO",
        "de": "Die Krangurte haben das Gelcoat meiner {boat} aufgerissen. Das Boot war TADELLOS",
        "en": "Your lift slings ripped the gelcoat off my hull. She was PERFECT",
        "fr": "Vos sangles ont arraché le gelcoat de ma coque. Elle était PARFAITE",
        "it": "Le vostre cinghie hanno rovinato il gelcoat della mia barca. Era PERFETTA",
        "pt": "As vossas cintas arrancaram o gelcoat do meu barco. Estava PERFEITO",
    },
    "refund": {
        "es": "TRES semanas esperando la fianza de la boya ({amt}). Alguien me explica??",
        "de": "DREI Wochen auf die Bojenkaution ({amt}) warten. Hallo??",
        "en": "THREE weeks waiting for my mooring deposit ({amt}). Hello??",
        "fr": "TROIS semaines pour la caution du corps-mort ({amt}). Allô ??",
        "it": "TRE settimane per il deposito del gavitello ({amt}). Pronto??",
        "pt": "TRÊS semanas à espera da caução da boia ({amt}). Alguém??",
    },
    "wrong_price": {
        "es": "Socia del club y me cobráis el antifouling a precio normal, {amt} de más. Para qué pago la cuota??",
        "de": "Club-Mitglied und trotzdem den vollen Preis fürs Antifouling, {amt} zu viel. Wofür zahl ich den Beitrag??",
        "en": "Club member, charged full price for antifouling, {amt} over. What's the membership for??",
        "fr": "Membre du club et facturé plein tarif, {amt} de trop. À quoi sert l'adhésion ??",
        "it": "Socio del club e pago prezzo pieno, {amt} in più. A cosa serve la quota??",
        "pt": "Sócio do clube e pago preço normal, {amt} a mais. Para que pago a quota??",
    },
    "cancel_fee": {
        "es": "Cancelo con CINCO días y me cobráis {amt}. Leed vuestras propias condiciones",
        "de": "FÜNF Tage vorher storniert und {amt} Gebühr. Lest mal eure eigenen AGB",
        "en": "Cancelled FIVE days ahead and charged {amt}. Read your own terms",
        "fr": "Annulé CINQ jours avant et {amt} de frais. Lisez vos conditions",
        "it": "Annullato CINQUE giorni prima e {amt} di penale. Leggete le vostre condizioni",
        "pt": "Cancelei com CINCO dias e cobram {amt}. Leiam as vossas condições",
    },
}

GREETING: dict[str, str] = {
    "es": "Hola,",
    "de": "Guten Tag,",
    "en": "Hi,",
    "fr": "Bonjour,",
    "it": "Buongiorno,",
    "pt": "Olá,",
}
SIGNOFF: dict[str, str] = {
    "es": "Espero respuesta hoy.",
    "de": "Ich erwarte heute eine Antwort.",
    "en": "I expect an answer today.",
    "fr": "J'attends une réponse aujourd'hui.",
    "it": "Aspetto una risposta oggi.",
    "pt": "Espero resposta hoje.",
}
FORM_ASK: dict[str, str] = {
    "es": "Quiero una solución ya.",
    "de": "Bitte sofort klären.",
    "en": "Please fix this now.",
    "fr": "Merci de régler ça rapidement.",
    "it": "Voglio una soluzione subito.",
    "pt": "Quero uma solução já.",
}
PHONE_OPEN: dict[str, str] = {
    "es": "hola buenas llamo porque",
    "de": "ja hallo ich rufe an weil",
    "en": "hi yeah I'm calling because",
    "fr": "oui bonjour j'appelle parce que",
    "it": "pronto buongiorno chiamo perché",
    "pt": "olá boa tarde ligo porque",
}
COMPLAINT_SUBJ: dict[str, str] = {
    "es": "Reclamación: {label}",
    "de": "Beschwerde: {label}",
    "en": "Complaint: {label}",
    "fr": "Réclamation : {label}",
    "it": "Reclamo: {label}",
    "pt": "Reclamação: {label}",
}
CASE_SUBJ: dict[str, str] = {
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}

LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Hola,\n\nos escribo desde el puesto del mercado entre clienta y clienta, así que perdonad si salto de un tema a otro. Este mes ha sido una locura: mi madre operada de la cadera, los niños con exámenes y yo sola con el puesto. El barco era lo único que tenía organizado, o eso creía.\n\n{core}\n\nLlevo varios años con vosotros y nunca había tenido un problema, por eso me duele más. Os pido que me llaméis hoy, porque no tengo tiempo de perseguir a nadie.\n\nUn saludo,\n{first}",
        "Buenas tardes,\n\nos escribo desde el coche, en la puerta de la piscina de los gemelos, que es el único rato libre que tengo desde que estamos reformando el piso de mi tía. Iba a dejar esto para el lunes pero no puedo.\n\n{core}\n\nEntiendo que en temporada de varadas vais a tope, pero esto no es un detalle. Espero una solución esta semana.\n\n{first}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, der Hund hat sich an der Pfote verletzt, und ich habe endlich zehn Minuten. Nebenbei bauen wir gerade die Einliegerwohnung für meine Schwiegermutter aus, ich bin also ohnehin am Limit.\n\n{core}\n\nIch bin seit Jahren bei Ihnen und war eigentlich immer gut betreut, aber das geht so nicht. Bitte rufen Sie mich heute noch an.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo,\n\nich sitze auf einer Bank vor der Berufsschule meines Sohnes und habe endlich Zeit, Ihnen zu schreiben. Seit Wochen renovieren wir das Haus meiner Oma, jedes Wochenende Baustelle, und das Boot war das Einzige, um das ich mich nicht kümmern wollte.\n\n{core}\n\nIch möchte bitte bis Freitag wissen, wie das gelöst wird.\n\nGruß\n{first}",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie den langen Text, ich schreibe zwischen zwei Schichten in der Klinik und vom Handy. Eigentlich wollte ich nur kurz Bescheid geben, aber je länger ich darüber nachdenke, desto mehr ärgert es mich.\n\n{core}\n\nIch bitte um einen Rückruf.\n\n{first}",
    ],
}

AGENT_CASE_OPENED: dict[str, str] = {
    "es": "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y la revisa hoy el jefe de varadero. Te escribimos en cuanto sepamos algo. {agent}, {brand}",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt, der Werftleiter schaut sich das heute an. Wir melden uns. {agent}, {brand}",
    "en": "Hi {first}, we're really sorry. We've opened case {case} and the yard manager is looking at it today. We'll be in touch. {agent}, {brand}",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert la demande {case}, le chef de chantier la regarde aujourd'hui. {agent}, {brand}",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case}, il capocantiere la guarda oggi. {agent}, {brand}",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e o chefe do estaleiro vê isto hoje. {agent}, {brand}",
}
AGENT_CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {first}. Te he abierto la incidencia {case} y la paso ahora al varadero.",
    "de": "Das tut mir leid, {first}. Ich habe den Vorgang {case} angelegt und gebe ihn direkt an die Werft.",
    "en": "I'm so sorry, {first}. I've opened case {case} and passed it straight to the yard.",
    "fr": "Je suis vraiment désolé, {first}. J'ai ouvert la demande {case} et la transmets au chantier.",
    "it": "Mi dispiace molto, {first}. Ho aperto la segnalazione {case} e la passo subito al cantiere.",
    "pt": "Lamento muito, {first}. Abri o pedido {case} e passei já ao estaleiro.",
}
AGENT_GOOD_NEWS: dict[str, str] = {
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está solucionado por nuestra parte. ¿Nos puedes confirmar que lo ves bien? {agent}",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: auf unserer Seite ist alles erledigt. Können Sie uns kurz bestätigen, dass es passt? {agent}",
    "en": "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm it looks right to you? {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous confirmer ? {agent}",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: è risolto da parte nostra. Ci confermi? {agent}",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar? {agent}",
}
AGENT_QUALITY: dict[str, str] = {
    "es": "Hola {first}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "fr": "Bonjour {first}, votre demande {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    "it": "Ciao {first}, la tua segnalazione {case} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}",
    "pt": "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}",
}
AGENT_URGENT: dict[str, str] = {
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "de": "Ich habe es zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "en": "I've added this to your case {case} and marked it urgent.",
    "fr": "Je l'ai ajouté à votre demande {case} et marquée urgente.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "pt": "Juntei ao seu pedido {case} e marquei como urgente.",
}
CONFIRM: dict[str, str] = {
    "es": "Confirmado, lo de la incidencia {case} ya está bien. Gracias",
    "de": "Bestätigt, Vorgang {case} passt jetzt. Danke",
    "en": "Confirmed, case {case} is all fine now. Thanks",
    "fr": "Confirmé, la demande {case} est réglée. Merci",
    "it": "Confermo, la segnalazione {case} è a posto. Grazie",
    "pt": "Confirmo, o pedido {case} está resolvido. Obrigado",
}
APOLOGY: dict[str, str] = {
    "es": "Perdonad el tono de ayer, estaba desbordada. Gracias por responder tan rápido",
    "de": "Sorry für den Ton gestern, war einfach ein schlechter Tag. Danke für die schnelle Antwort",
    "en": "Sorry for the tone yesterday, bad day. Thanks for getting back so fast",
    "fr": "Désolée pour le ton d'hier, journée difficile. Merci pour la réponse rapide",
    "it": "Scusate il tono di ieri, giornataccia. Grazie della risposta veloce",
    "pt": "Desculpem o tom de ontem, foi um dia mau. Obrigado pela resposta rápida",
}
LOW_WORDS: dict[str, list[str]] = {
    "es": ["fatal", "", "mal"],
    "de": ["schlecht", "", "enttäuscht"],
    "en": ["poor", ""],
    "fr": ["décevant", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}

REPEAT_LATER: dict[str, list[str]] = {
    "es": [
        "Sigo esperando con la incidencia {case}. Sigue igual: {label}. Nadie me ha llamado.",
        "Incidencia {case}: SIGUE ABIERTA. {label}. Cuántas veces tengo que escribir?",
    ],
    "de": [
        "Vorgang {case} ist immer noch offen: {label}. Keiner hat sich gemeldet.",
        "Ich schreibe NOCHMAL wegen {case}. {label}, nichts passiert.",
    ],
    "en": ["Still waiting on case {case}: {label}. Nobody has called."],
    "fr": ["Demande {case} toujours ouverte : {label}. Personne ne m'a rappelé."],
    "it": ["Segnalazione {case} ancora aperta: {label}. Nessuno mi ha chiamato."],
    "pt": ["Pedido {case} continua aberto: {label}. Ninguém me ligou."],
}
REPEAT_THIRD: dict[str, str] = {
    "es": "Un compañero del club tiene el barco en {comp} y allí esto lo arreglan en el día.",
    "de": "Ich hab mal geschaut, was {comp} fürs Winterlager nimmt.",
    "en": "A mate keeps his boat at {comp} and they sort this kind of thing the same day.",
    "fr": "Un ami a son bateau chez {comp}, eux règlent ça dans la journée.",
    "it": "Un amico tiene la barca da {comp} e lì queste cose le risolvono in giornata.",
    "pt": "Um amigo tem o barco na {comp} e lá resolvem isto no mesmo dia.",
}
REPEAT_FOURTH: dict[str, str] = {
    "es": "Es la CUARTA vez que escribo.",
    "de": "Das ist das VIERTE Mal, dass ich schreibe.",
    "en": "This is the FOURTH time I'm writing.",
    "fr": "C'est la QUATRIÈME fois que j'écris.",
    "it": "È la QUARTA volta che scrivo.",
    "pt": "É a QUARTA vez que escrevo.",
}

# ---------------------------------------------------------------- slide (six steps)

SLIDE: dict[str, list[str]] = {
    "es": [
        "La grúa llegó tres horas tarde a la varada y nadie avisó. Bueno, pasa",
        "El lavado a presión a medias, la quilla con algas todavía. Tuve que rascar yo",
        "Ahora la app pide una foto de cada accesorio antes de dejar el barco en seco. De cada defensa. En serio?",
        "Me suben la fianza del invernaje al doble y tardan una semana en devolverla. Cada vez peor",
        "45 € de 'limpieza de cuna' por una cuna que dejé impecable, con las fotos de vuestra propia app. Estoy hasta las narices",
        "Mi cuñado tiene el barco en {comp}, ya he reservado allí la botadura de primavera",
    ],
    "de": [
        "Kran kam drei Stunden zu spät zum Auskranen, ohne Anruf. Na gut",
        "Rumpf nur halb abgestrahlt, am Kiel noch Algen. Musste selbst kratzen",
        "Jetzt will die App vor dem Winterlager ein Foto von jedem Fender. Jedem. Ernsthaft?",
        "Kaution fürs Lager verdoppelt, Rückzahlung dauert eine Woche. Wird immer schlechter",
        "45 € 'Bockreinigung' für einen Lagerbock, den ich sauber hinterlassen habe, mit Fotos aus eurer eigenen App. Mir reichts",
        "Mein Schwager liegt bei {comp}, hab das Einkranen im Frühjahr dort gebucht",
    ],
    "en": [
        "Crane turned up three hours late for the lift-out, no call. Fine, it happens",
        "Pressure wash half done, weed still on the keel. Had to scrape it myself",
        "Now the app wants a photo of every fender before storage. Every one. Seriously?",
        "Storage deposit doubled and a week to get it back. Getting worse",
        "£40 'cradle cleaning fee' for a cradle I left spotless, with photos from your own app. I'm done",
        "Brother-in-law keeps his boat at {comp}, I've booked my spring launch there",
    ],
    "fr": [
        "Grue arrivée trois heures en retard pour la mise à terre, sans appel. Bon",
        "Carène lavée à moitié, encore des algues sur la quille. J'ai gratté moi-même",
        "Maintenant l'appli exige une photo de chaque pare-battage avant l'hivernage. Sérieux ?",
        "Caution de l'hivernage doublée et une semaine pour la rendre. De pire en pire",
        "45 € de 'nettoyage de ber' pour un ber laissé propre, photos de votre propre appli. J'en ai marre",
        "Mon beau-frère est chez {comp}, j'ai réservé ma mise à l'eau de printemps là-bas",
    ],
    "it": [
        "La gru è arrivata tre ore tardi per l'alaggio, senza avvisare. Vabbè",
        "Lavaggio a metà, alghe ancora sulla chiglia. Ho grattato io",
        "Adesso l'app vuole una foto di ogni parabordo prima del rimessaggio. Davvero?",
        "Deposito del rimessaggio raddoppiato e una settimana per riaverlo. Sempre peggio",
        "45 € di 'pulizia invaso' per un invaso lasciato pulito, con le foto della vostra app. Basta",
        "Mio cognato tiene la barca da {comp}, ho prenotato lì il varo di primavera",
    ],
    "pt": [
        "A grua chegou três horas atrasada para a varagem, sem avisar. Pronto",
        "Lavagem a meio, algas ainda na quilha. Tive de raspar eu",
        "Agora a app quer uma foto de cada defensa antes da invernagem. A sério?",
        "Caução da invernagem a dobrar e uma semana para devolver. Cada vez pior",
        "45 € de 'limpeza do berço' por um berço que deixei limpo, com fotos da vossa própria app. Farto",
        "O meu cunhado tem o barco na {comp}, já marquei lá o bota-abaixo da primavera",
    ],
}

CANCEL_ASK: dict[str, list[str]] = {
    "es": [
        "Hola, he vendido el barco (la cadera ya no me deja subir a bordo) y quiero darme de baja del {club} y cerrar la cuenta. Gracias por estos años",
        "Buenas, nos mudamos a Madrid y el barco se vende. Quiero cancelar el {club} y cerrar mi cuenta, por favor",
    ],
    "de": [
        "Hallo, wir haben das Boot verkauft und ziehen nach München. Bitte kündigen Sie meine Mitgliedschaft im {club} und schließen Sie mein Konto",
        "Guten Tag, ich möchte den {club} kündigen und mein Konto schließen, das Boot geht an meinen Neffen in Hamburg",
    ],
    "en": [
        "Hi, I've sold the boat, I'd like to cancel my {club} membership and close the account please"
    ],
    "fr": ["Bonjour, j'ai vendu le bateau, je souhaite résilier le {club} et fermer mon compte"],
    "it": ["Buongiorno, ho venduto la barca, vorrei disdire il {club} e chiudere l'account"],
    "pt": ["Olá, vendi o barco e quero cancelar o {club} e fechar a conta, por favor"],
}
AGENT_SORRY_GO: dict[str, str] = {
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web, en 'Mi cuenta'. ¡Buenos vientos! {agent}",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter 'Mein Konto' selbst kündigen. Allzeit gute Fahrt! {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under My account. Fair winds! {agent}",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. Bon vent ! {agent}",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire da solo in app o sul sito. Buon vento! {agent}",
    "pt": "Olá {first}, lamentamos vê-lo partir. Pode cancelar na app ou no site em 'A minha conta'. Bons ventos! {agent}",
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me cierra sesión CADA vez que la abro",
        "El SMS de 'ventana de marea mañana' a las 6 de la mañana, en serio??",
        "Otra vez 40 minutos de cola en el muelle de grúa un sábado",
        "Las escaleras de los caballetes del invernaje están rotas desde agosto",
        "Nadie avisa cuando cambian la hora de la grúa",
    ],
    "de": [
        "Die App loggt mich JEDES Mal aus",
        "SMS 'Tidenfenster morgen' um 6 Uhr früh, echt jetzt?",
        "Wieder 40 Minuten Schlange am Kransteg am Samstag",
        "Die Leitern im Winterlager sind seit August kaputt",
        "Keiner sagt Bescheid, wenn sich die Kranzeit ändert",
    ],
    "en": [
        "App logs me out every single time",
        "Tide window text at 6am, really?",
        "40 minute queue at the crane dock again",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "SMS 'fenêtre de marée' à 6h du matin, sérieux ?",
        "Encore 40 minutes d'attente au quai de grutage",
    ],
    "it": [
        "L'app mi scollega ogni volta",
        "SMS 'finestra di marea' alle 6 del mattino, davvero?",
        "Di nuovo 40 minuti di coda alla gru",
    ],
    "pt": [
        "A app faz logout sempre que a abro",
        "SMS da 'janela de maré' às 6h da manhã, a sério?",
        "Outra vez 40 minutos de fila na grua",
    ],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "la búsqueda de marinas me sale Vigo cuando estoy en Dénia, se puede arreglar?",
            "Gracias por avisar, lo pasamos al equipo de la app. {agent}",
        ),
        (
            "las notificaciones me llegan en inglés aunque tengo el móvil en español",
            "Gracias, lo revisamos. Mientras, puedes cambiar el idioma en Ajustes. {agent}",
        ),
    ],
    "de": [
        (
            "Die Marina-Suche zeigt mir Rostock statt Lindau an, kleiner Bug?",
            "Danke für den Hinweis, wir geben das ans App-Team. {agent}",
        ),
        (
            "Benachrichtigungen kommen auf Englisch, obwohl alles auf Deutsch steht",
            "Danke, schauen wir uns an. Die Sprache lässt sich in den Einstellungen ändern. {agent}",
        ),
    ],
    "en": [
        (
            "marina search keeps showing Plymouth when I'm in Hamble, minor thing",
            "Thanks for flagging, passed to the app team. {agent}",
        )
    ],
    "fr": [
        (
            "les notifications arrivent en anglais alors que tout est en français",
            "Merci, nous regardons ça. {agent}",
        )
    ],
    "it": [
        (
            "le notifiche arrivano in inglese anche se ho tutto in italiano",
            "Grazie, verifichiamo. {agent}",
        )
    ],
    "pt": [
        (
            "a pesquisa de marinas mostra Lagos quando estou em Cascais",
            "Obrigado pelo aviso, passámos à equipa da app. {agent}",
        )
    ],
}
FORM_ACK: dict[str, str] = {
    "es": "Gracias por tu mensaje, {first}. Lo hemos pasado al equipo correspondiente. {agent}",
    "de": "Danke für Ihre Nachricht, {first}. Wir haben sie ans zuständige Team gegeben. {agent}",
    "en": "Thanks for your message, {first}. We've passed it to the right team. {agent}",
    "fr": "Merci pour votre message, {first}. Nous l'avons transmis à l'équipe. {agent}",
    "it": "Grazie del messaggio, {first}. L'abbiamo passato al team. {agent}",
    "pt": "Obrigado pela mensagem, {first}. Passámos à equipa certa. {agent}",
}

AGENTS = ["Marta", "Jonas", "Lucía", "Felix", "Inês", "Giulia", "Claire", "Sean", "Pablo", "Anke"]

# ---------------------------------------------------------------- the spike

SPIKE_TOPIC = (
    "boatyard app shows every boat as already hauled out and ashore in a storage rack, so crane crews skip "
    "boats still in the water and no haul-out can be requested: error HL/07-ASH"
)
SPIKE_CODE = "HL/07-ASH"

SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "La app dice que mi barco está EN SECO, rack B12, y lo tengo delante flotando en el pantalán. Error HL/07-ASH. La grúa ha pasado de largo!!",
        "Hoy era mi varada y la grúa se ha saltado mi barco porque en su tablet sale que ya está en tierra. En la app igual: 'En seco' y HL/07-ASH. Está en el agua!!",
        "Qué pasa con la app? Todos los barcos del pantalán salen como varados, el mío también, código HL/07-ASH. No puedo pedir la varada",
    ],
    "de": [
        "Die App zeigt mein Boot als AN LAND, Regal C4, und es schwimmt vor mir am Steg. Fehler HL/07-ASH. Der Kran ist einfach vorbeigefahren!",
        "Heute sollte ausgekrant werden, aber die Kranmannschaft sagt, laut Tablet steht das Boot schon im Lager. In der App: 'An Land', HL/07-ASH. Es liegt im WASSER",
        "Was ist los mit der App? Alle Boote am Steg stehen als ausgekrant drin, meins auch, Code HL/07-ASH. Auskranen lässt sich nicht anfordern",
    ],
    "en": [
        "App says my boat is ASHORE in rack A7 and I'm looking at her floating on the pontoon. Error HL/07-ASH. The crane went straight past",
        "Lift-out today and the crew skipped us, their tablet says she's already out. App says the same, HL/07-ASH. She's in the water!",
    ],
    "fr": [
        "L'appli dit que mon bateau est À TERRE, rack B3, alors qu'il flotte devant moi. Erreur HL/07-ASH. La grue est passée sans s'arrêter",
        "Grutage prévu ce matin, l'équipe dit que sur leur tablette le bateau est déjà sorti. Appli pareil, HL/07-ASH. Il est dans l'eau !",
    ],
    "it": [
        "L'app dice che la mia barca è A TERRA, rastrelliera D2, e ce l'ho davanti che galleggia. Errore HL/07-ASH. La gru è passata oltre",
        "Alaggio stamattina e la squadra ci ha saltati, sul tablet la barca risulta già fuori. In app uguale, HL/07-ASH",
    ],
    "pt": [
        "A app diz que o meu barco está EM TERRA, rack A2, e está aqui a flutuar no pontão. Erro HL/07-ASH. A grua passou à frente",
        "Varagem hoje e a equipa saltou o meu barco, no tablet diz que já está fora. Na app igual, HL/07-ASH",
    ],
}
SPIKE_SUBJ: dict[str, str] = {
    "es": "Error HL/07-ASH, barco en el agua",
    "de": "Fehler HL/07-ASH, Boot noch im Wasser",
    "en": "Error HL/07-ASH, boat still in the water",
    "fr": "Erreur HL/07-ASH, bateau à l'eau",
    "it": "Errore HL/07-ASH, barca in acqua",
    "pt": "Erro HL/07-ASH, barco na água",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue igual, HL/07-ASH, ahora también en el móvil de mi mujer. La grúa ya se ha ido al otro pantalán",
        "Sigue saliendo HL/07-ASH y el barco sigue en el agua, nadie del varadero sabe nada",
    ],
    "de": [
        "Immer noch HL/07-ASH, jetzt auch auf dem Handy meiner Frau. Der Kran ist schon am anderen Steg",
        "Weiterhin HL/07-ASH, Boot immer noch im Wasser, im Büro weiß keiner was",
    ],
    "en": ["Still HL/07-ASH, on my wife's phone too now. Crane's gone to the other pontoon"],
    "fr": ["Toujours HL/07-ASH, aussi sur le téléphone de ma femme. La grue est partie"],
    "it": ["Ancora HL/07-ASH, anche sul telefono di mia moglie. La gru è andata via"],
    "pt": ["Continua HL/07-ASH, também no telemóvel da minha mulher. A grua já foi"],
}
SPIKE_AGENT_CHAT: dict[str, str] = {
    "es": "Sí, ahora mismo la app y las tablets del varadero muestran todos los barcos como varados. Nuestros técnicos están en ello.",
    "de": "Ja, gerade zeigen App und Werft-Tablets alle Boote als an Land. Unsere Technik arbeitet daran.",
    "en": "Yes, right now the app and the yard tablets show every boat as ashore. Our engineers are on it.",
    "fr": "Oui, en ce moment l'appli et les tablettes du chantier affichent tous les bateaux à terre. Nos techniciens s'en occupent.",
    "it": "Sì, in questo momento app e tablet del cantiere mostrano tutte le barche a terra. I tecnici ci stanno lavorando.",
    "pt": "Sim, neste momento a app e os tablets do estaleiro mostram todos os barcos em terra. Os técnicos estão a tratar.",
}
SPIKE_AGENT_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu varada de hoy",
        "Hola {first}, desde las {time} la app vuelve a mostrar bien dónde está cada barco y la grúa ha retomado las varadas. La de hoy corre de nuestra cuenta y te hemos añadido {credit} de saldo. Perdona las molestias. {agent}",
    ),
    "de": (
        "Ihr Auskranen heute",
        "Hallo {first}, seit {time} Uhr zeigt die App wieder den richtigen Liegeplatz und der Kran arbeitet wieder. Das heutige Auskranen geht auf uns, {credit} Guthaben sind gebucht. Entschuldigung! {agent}",
    ),
    "en": (
        "Your lift-out today",
        "Hi {first}, since {time} the app shows every boat where it really is again and the crane is back on the list. Today's lift-out is on us and we've added {credit} credit. Sorry for the hassle. {agent}",
    ),
    "fr": (
        "Votre grutage aujourd'hui",
        "Bonjour {first}, depuis {time} l'appli affiche de nouveau le bon emplacement et la grue a repris. Le grutage d'aujourd'hui est offert, {credit} de crédit ajoutés. {agent}",
    ),
    "it": (
        "Il tuo alaggio di oggi",
        "Ciao {first}, dalle {time} l'app mostra di nuovo dove si trova ogni barca e la gru ha ripreso. L'alaggio di oggi è offerto, {credit} di credito aggiunti. {agent}",
    ),
    "pt": (
        "A sua varagem de hoje",
        "Olá {first}, desde as {time} a app volta a mostrar onde está cada barco e a grua retomou. A varagem de hoje é por nossa conta, {credit} de crédito adicionados. {agent}",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Anoche mientras remolcaban mi barco al muelle de grúa la app puso 'en tránsito' un minuto y luego volvió a 'en el agua'. Mañana sigue en pie la varada?",
        "¡Hola! Sí, 'en tránsito' sale mientras lo mueven, es normal. La varada de mañana sigue a las 9:00. {agent}",
    ),
    "de": (
        "Gestern Abend stand mein Boot beim Verholen zum Kransteg kurz auf 'unterwegs', dann wieder 'im Wasser'. Bleibt das Auskranen morgen?",
        "Hallo! Ja, 'unterwegs' erscheint beim Verholen, ganz normal. Auskranen morgen bleibt wie gebucht. {agent}",
    ),
}
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "la webcam de la marina en la app tarda un montón en cargar",
        "Gracias, lo pasamos a los de la app. {agent}",
    ),
    "de": (
        "die Hafen-Webcam in der App lädt ewig",
        "Danke, geben wir ans App-Team weiter. {agent}",
    ),
}
