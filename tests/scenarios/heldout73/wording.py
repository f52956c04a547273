# ruff: noqa: E501
"""Consumers' and the spike's words for heldout73 (Cinerva, chimney sweeping and stove servicing).

Every sentence is written from a person's story; slots: {b} brand, {c} competitor,
{ref} case reference, {amt} an amount in the customer's money, {prod} a product,
{t} a local time, {code} the spike's error code, {wd} a weekday.
"""

from __future__ import annotations

BRAND = "Cinerva"
COMPETITORS = ("Schlotto", "Tirallo")
LANGS = ("pt", "de", "en", "fr", "it", "es")

PRODUCTS: list[tuple[str, int]] = [
    ("Chimney sweep, open fireplace / Limpeza de chaminé, lareira aberta", 69),
    ("Wood-stove service / Revisão de salamandra a lenha", 89),
    ("Pellet stove service / Revisão de salamandra a pellets", 119),
    ("Fireplace insert service / Revisão de recuperador de calor", 99),
    ("Flue camera inspection / Inspeção de conduta com câmara", 129),
    ("Bird-nest removal / Remoção de ninho na chaminé", 79),
    ("Chimney cowl fitted / Chapéu de chaminé colocado", 149),
    ("Smoke test and certificate / Teste de fumo e certificado", 59),
    ("Cinerva Care annual plan / Plano anual Cinerva Care", 119),
]

PAGES = [
    "/app/book",
    "/app/my-chimneys",
    "/app/certificates",
    "/prices",
    "/care-plan",
    "/help/before-the-sweep",
    "/help/pellet-stoves",
    "/app/visits",
]

WEEKDAY = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

# --- happy acts -------------------------------------------------------------

PRAISE = {
    "pt": [
        "O senhor da {b} veio hoje limpar a chaminé e nem um grão de fuligem ficou no sofá. Lençóis por todo o lado, aspirou tudo no fim. Impecável!",
        "Primeira lareira do inverno acesa sem fumo na sala 🔥 obg {b}, a tiragem agora é outra coisa",
        "Tirei um ninho de cegonha... ok era de pardal lol mas o técnico da {b} tirou aquilo em 10 min e ainda me mostrou as fotos",
        "A salamandra a pellets estava a apagar-se sozinha há semanas. Revisão da {b} e pronto, trabalha que é uma maravilha. Recomendo!",
        "Marquei pela app às 9h e às 14h já estava cá alguém. Simpático, rápido, deixou o certificado no email. Assim sim.",
    ],
    "de": [
        "Heute war der Kaminkehrer von {b} da. Pünktlich, Schuhüberzieher an, alles abgedeckt und danach gesaugt. Ofen zieht wieder wie am ersten Tag 👍",
        "Endlich ein Schornsteinfeger, der ERKLÄRT was er macht. Kamera-Inspektion mit Bildern in der App, super. Danke {b}!",
        "Pelletofen lief seit Oktober nur noch stotternd, nach der Wartung von {b} läuft er leise und sauber. Top Service",
        "Termin in der App gebucht, Bestätigung sofort, Kehrprotokoll am selben Abend per Mail. So einfach kann das sein.",
        "Unser Kachelofen ist 60 Jahre alt und der Techniker von {b} hat ihn behandelt wie ein Museumsstück. Großes Lob!",
    ],
    "en": [
        "Sweep from {b} came this morning, dust sheets everywhere, not a speck on the rug. Log burner roaring tonight. Cheers!",
        "Had a jackdaw nest in the flue, {b} sorted it in twenty minutes and showed me the photos. Brilliant lad.",
    ],
    "fr": [
        "Ramonage fait ce matin par {b}, technicien adorable, bâches partout et certificat reçu dans l'heure pour l'assurance. Parfait.",
        "Notre poêle à granulés refonctionne comme neuf après l'entretien {b}. Merci à Julien !",
    ],
    "it": [
        "Spazzacamino di {b} arrivato puntuale, tutto coperto con i teli e la stufa a pellet ora va benissimo. Grazie!!",
        "Prenotato dall'app, in due giorni avevo il tecnico a casa e il certificato via mail. Finalmente un servizio serio",
    ],
    "es": [
        "Hoy vino el deshollinador de {b} y la chimenea tira como nunca. Todo tapado con plásticos, ni una mota de hollín. Genial",
        "Revisión de la estufa de pellets con {b}: rápidos, majos y el certificado en el correo esa misma tarde 👌",
    ],
}

AGAIN = {
    "pt": [
        "Terceiro inverno com a {b} e sempre o mesmo cuidado. Continuo a recomendar a toda a gente",
        "Outra vez o Sr. Rui da {b}! Já é quase da família, a salamandra agradece",
    ],
    "de": [
        "Schon wieder der nette Techniker von {b}, der mit dem Dackel im Bus 😄 Dritte Saison, immer zuverlässig.",
        "Immer noch begeistert von {b}: zweites Jahr im Care-Plan und noch nie einen Termin verschieben müssen.",
    ],
    "en": [
        "Third year running with {b} and still the same careful sweep. Wouldn't go anywhere else."
    ],
    "fr": ["Encore une fois impeccable, troisième ramonage avec {b}, toujours le même soin."],
    "it": ["Di nuovo perfetti, terzo anno con {b} e sempre puntuali."],
    "es": ["Otra vez {b}, tercer invierno ya, y siguen igual de cuidadosos."],
}

GRIPE = {
    "pt": [
        "Muito contente com a limpeza, só a app demora imenso a abrir. De resto 5 estrelas",
        "Serviço top, técnico simpático. Só acho que o certificado podia vir em português e não em inglês 🙃",
    ],
    "de": [
        "Sehr zufrieden mit der Wartung, nur das Zeitfenster von 8 bis 12 Uhr ist halt lang wenn man arbeitet. Sonst gerne wieder",
        "Alles prima, nur das Kehrprotokoll kommt als PDF mit 14 MB, mein altes Handy ächzt 😅",
    ],
    "en": ["Great sweep, only gripe is the app logs me out every time. Otherwise spot on."],
    "fr": ["Très bon ramonage, juste dommage que le créneau soit de 4h. Sinon rien à dire."],
    "it": ["Tutto ok, solo che la fascia oraria è un po' lunga. Per il resto bravi"],
    "es": ["Todo bien, solo que la franja de 4 horas es un rollo si trabajas. Por lo demás, de 10"],
}

QUESTION = {
    "pt": [
        (
            "Boa tarde, quanto tempo antes da limpeza tenho de apagar a lareira?",
            "Boa tarde! Pedimos que a lareira esteja apagada e fria pelo menos 12 horas antes. Bom dia!",
        ),
        (
            "Olá, o plano Care inclui a revisão do recuperador de calor ou só a chaminé?",
            "Olá! O Cinerva Care inclui duas limpezas e uma revisão do recuperador por ano. Qualquer dúvida diga.",
        ),
        (
            "o certificado serve para o seguro da casa? a seguradora pediu",
            "Sim, o certificado da Cinerva é aceite pelas seguradoras. Pode descarregá-lo na app em Certificados.",
        ),
        (
            "Bom dia, posso marcar para um sábado?",
            "Bom dia! Sim, temos sábados de manhã na maioria das zonas, aparece na app ao escolher a data.",
        ),
    ],
    "de": [
        (
            "Hallo, muss ich beim Kehren zuhause sein oder reicht es wenn der Nachbar aufmacht?",
            "Hallo! Es reicht, wenn jemand volljährig vor Ort ist und den Ofen zeigen kann. Viele Grüße",
        ),
        (
            "Wie lange vorher darf der Kaminofen nicht mehr brennen?",
            "Guten Tag, bitte mindestens 12 Stunden vorher nicht mehr heizen, damit alles abgekühlt ist.",
        ),
        (
            "Gilt der Care-Plan auch für zwei Öfen im selben Haus?",
            "Ja, im Care-Plan sind bis zu zwei Feuerstätten an einer Adresse enthalten.",
        ),
        (
            "kann man den termin auch am samstag buchen??",
            "Hallo! Ja, samstags vormittags bieten wir in fast allen Gebieten Termine an.",
        ),
    ],
    "en": [
        (
            "Hi, how long before the sweep should the stove be out?",
            "Hi! At least 12 hours please, so it's cold when we arrive.",
        ),
        (
            "Does the certificate count for the landlord's insurance?",
            "Yes, our certificate is accepted by insurers and letting agents. It's in the app under Certificates.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le certificat de ramonage est-il valable pour l'assurance ?",
            "Bonjour ! Oui, il est reconnu par les assureurs, vous le trouvez dans l'app.",
        ),
        (
            "faut il éteindre le poêle la veille ?",
            "Bonjour, oui, au moins 12 heures avant le passage du technicien.",
        ),
    ],
    "it": [
        (
            "Ciao, la pulizia della canna fumaria sporca tanto in casa?",
            "Ciao! Copriamo tutto con teli e aspiriamo alla fine, di solito non resta nulla.",
        ),
        (
            "Il certificato vale per l'assicurazione?",
            "Sì, è riconosciuto dalle assicurazioni. Lo trova nell'app alla voce Certificati.",
        ),
    ],
    "es": [
        (
            "Hola, ¿cuántas horas antes tengo que apagar la chimenea?",
            "¡Hola! Al menos 12 horas antes, que esté fría. Un saludo",
        ),
        (
            "el plan Care incluye la estufa de pellets??",
            "Sí, incluye dos limpiezas y una revisión de la estufa al año.",
        ),
    ],
}

THANKS = {
    "pt": ["Obrigada!", "obg 👍", "Perfeito, obrigado", "ok obg"],
    "de": ["Danke!", "Super, danke euch", "ok danke", "Perfekt, vielen Dank!"],
    "en": ["Thanks!", "cheers", "Great, thank you"],
    "fr": ["Merci !", "Parfait merci"],
    "it": ["Grazie!", "Perfetto grazie"],
    "es": ["¡Gracias!", "Genial, gracias"],
}

PHONE_Q = {
    "pt": [
        (
            "sim bom dia queria saber se a limpeza da chaminé da casa da aldeia pode ser feita no mesmo dia que a de lisboa ou se tenho de marcar duas vezes",
            "Como falámos ao telefone: pode marcar as duas moradas na mesma conta, cada uma com a sua data. Cumprimentos, Equipa Cinerva",
        ),
        (
            "olá boa tarde é por causa da salamandra a pellets a minha mãe tem oitenta anos queria saber se o técnico pode explicar-lhe como se limpa o cinzeiro",
            "Conforme combinado, o técnico vai mostrar à sua mãe a limpeza do cinzeiro na visita. Cumprimentos",
        ),
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob ihr auch Kachelöfen macht die noch mit Kohle beheizt werden also Braunkohle Briketts",
            "Wie telefonisch besprochen: Ja, auch Kachelöfen mit Brikettbetrieb. Sie können den Termin in der App buchen. Viele Grüße",
        ),
        (
            "hallo ich ruf an wegen dem Pelletofen bei meinen Eltern die haben kein Smartphone kann ich für die buchen",
            "Wie besprochen können Sie eine zweite Adresse in Ihrem Konto anlegen und für Ihre Eltern buchen. Freundliche Grüße",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering if you do thatched cottages the chimney is quite old",
            "Following your call: yes, we sweep in thatched properties with extra care. Book in the app and add a note. Kind regards",
        )
    ],
    "fr": [
        (
            "bonjour oui c'est pour savoir si vous ramonez aussi les conduits de chaudière à bois",
            "Suite à votre appel : oui, les chaudières à bois sont prises en charge. Bien cordialement",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se pulite anche i forni a legna da giardino",
            "Come detto al telefono: sì, anche i forni a legna da esterno. Cordiali saluti",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si limpiáis también chimeneas de casas de pueblo muy antiguas",
            "Como hablamos: sí, sin problema, indíquelo en la nota de la reserva. Un saludo",
        )
    ],
}

REVIEW = {
    "pt": ["Rápidos, limpos e simpáticos. 5 estrelas.", "Bom serviço, preço justo."],
    "de": ["Sauber, pünktlich, freundlich. Klare Empfehlung.", "Gute Arbeit, fairer Preis."],
    "en": ["Tidy, on time, friendly. Recommended."],
    "fr": ["Propre, ponctuel, sympa."],
    "it": ["Puliti e puntuali, consigliati."],
    "es": ["Limpios y puntuales, muy recomendable."],
}

SURVEY_WORD = {
    "pt": ["Excelente", "top", "👍", "Muito bom", ""],
    "de": ["Super", "alles bestens", "👍", "Top", ""],
    "en": ["Great", "👍", ""],
    "fr": ["Très bien", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}

NIGHT_POST = {
    "pt": [
        "3 da manhã, turno da noite no hospital acabado, e marquei a limpeza da chaminé na app em 2 minutos. {b} salva-me",
        "Não consigo dormir e estou a ver vídeos de limpeza de chaminés da {b}. Estranhamente relaxante",
    ],
    "de": [
        "Nachtschicht an der Tankstelle und nebenbei den Kehrtermin bei {b} gebucht. Läuft.",
        "2 Uhr nachts, der Ofen knistert noch, seit der Wartung von {b} riecht es nicht mehr nach Rauch. Herrlich",
    ],
    "en": [
        "2am, can't sleep, booked the sweep on the {b} app in the dark. Easiest thing I've done all week"
    ],
    "fr": ["Insomnie, j'ai réservé le ramonage sur l'app {b} à 3h du mat, trop simple"],
    "it": ["Notte insonne, ho prenotato lo spazzacamino di {b} dall'app alle 2, facilissimo"],
    "es": [
        "Las 3 de la mañana y reservando la limpieza de la chimenea con {b}, cosas del turno de noche"
    ],
}

NIGHT_Q = {
    "pt": [
        (
            "olá ainda há alguém? posso acender a lareira amanhã se a limpeza é só à tarde?",
            "Olá! Sim, desde que esteja apagada e fria 12 horas antes da visita. Boa noite",
        )
    ],
    "de": [
        (
            "hallo, noch jemand da? darf ich heute Nacht noch heizen wenn der Kehrer um 14 uhr kommt?",
            "Guten Abend! Ja, wenn der Ofen bis 2 Uhr aus ist, passt das. Gute Nacht",
        )
    ],
    "en": [
        (
            "anyone about? can I light the stove tonight if the sweep is at 1pm?",
            "Evening! Yes, as long as it's out by about 1am. Night!",
        )
    ],
    "fr": [
        (
            "bonsoir, je peux allumer le poêle ce soir si le ramoneur vient à 14h ?",
            "Bonsoir ! Oui, s'il est éteint vers 2h du matin. Bonne nuit",
        )
    ],
    "it": [
        (
            "c'è qualcuno? posso accendere la stufa stanotte se il tecnico viene alle 14?",
            "Buonasera! Sì, se è spenta entro le 2. Buonanotte",
        )
    ],
    "es": [
        (
            "¿hay alguien? ¿puedo encender la chimenea esta noche si vienen a las 14h?",
            "¡Buenas noches! Sí, si está apagada antes de las 2. Buenas noches",
        )
    ],
}

# --- the six consumer problems --------------------------------------------

PROBLEMS = ("no_show", "double_charge", "soot_mess", "refund", "no_certificate", "wrong_price")

PROBLEM_SUBJECT = {
    "pt": {
        "no_show": "técnico não apareceu",
        "double_charge": "cobrança duplicada",
        "soot_mess": "fuligem na sala",
        "refund": "reembolso em falta",
        "no_certificate": "certificado em falta",
        "wrong_price": "preço errado",
    },
    "de": {
        "no_show": "Techniker nicht gekommen",
        "double_charge": "doppelte Abbuchung",
        "soot_mess": "Ruß im Wohnzimmer",
        "refund": "Erstattung fehlt",
        "no_certificate": "Kehrprotokoll fehlt",
        "wrong_price": "falscher Preis",
    },
    "en": {
        "no_show": "sweep never came",
        "double_charge": "charged twice",
        "soot_mess": "soot all over the lounge",
        "refund": "refund missing",
        "no_certificate": "no certificate",
        "wrong_price": "wrong price",
    },
    "fr": {
        "no_show": "technicien jamais venu",
        "double_charge": "double prélèvement",
        "soot_mess": "suie dans le salon",
        "refund": "remboursement",
        "no_certificate": "certificat manquant",
        "wrong_price": "mauvais tarif",
    },
    "it": {
        "no_show": "tecnico mai arrivato",
        "double_charge": "addebito doppio",
        "soot_mess": "fuliggine in salotto",
        "refund": "rimborso mancante",
        "no_certificate": "certificato mancante",
        "wrong_price": "prezzo sbagliato",
    },
    "es": {
        "no_show": "técnico no vino",
        "double_charge": "cobro doble",
        "soot_mess": "hollín en el salón",
        "refund": "reembolso pendiente",
        "no_certificate": "certificado",
        "wrong_price": "precio equivocado",
    },
}

# core: the complaint itself, one or more variants per language
PROBLEM_CORE = {
    "pt": {
        "no_show": [
            "Tirei a manhã de folga para a limpeza da chaminé e NINGUÉM apareceu. A app dizia 'técnico a caminho' desde as 9h. Às 13h a visita aparece como 'concluída'. Concluída onde??",
            "Esperei das 8 às 12 pelo técnico e nada. Nem uma chamada. E agora a app diz que a visita foi feita.",
        ],
        "double_charge": [
            "Cobraram-me o plano Care DUAS vezes, {amt} + {amt}, no mesmo dia. Tenho a conta a zero por causa disto.",
            "Vi no extrato duas cobranças de {amt} pela mesma revisão da salamandra. Quero o dinheiro de volta já.",
        ],
        "soot_mess": [
            "O técnico não pôs lençol nenhum e a fuligem caiu toda em cima do sofá branco e do tapete. Passei a tarde a limpar e o sofá ficou cinzento.",
            "Depois da limpeza a sala ficou cheia de fuligem, o tapete de lã está preto. Ninguém aspirou nada.",
        ],
        "refund": [
            "Cancelei a visita há TRÊS semanas e o reembolso de {amt} ainda não chegou. Disseram 5 dias úteis.",
            "Estou à espera do reembolso de {amt} desde o início do mês. Já chega.",
        ],
        "no_certificate": [
            "A seguradora exige o certificado de limpeza e a app diz 'em processamento' há 10 dias. Se houver um incêndio não tenho cobertura!",
            "Pedi o certificado três vezes, a limpeza foi feita dia 3 e até hoje nada. O senhorio está a pressionar-me.",
        ],
        "wrong_price": [
            "Sou cliente Care e cobraram-me o preço normal, {amt}. Para que pago o plano então?",
            "A revisão saiu a {amt} quando no plano Care devia ser bem menos. Corrijam isto.",
        ],
    },
    "de": {
        "no_show": [
            "Ich habe mir extra frei genommen und der Kaminkehrer kam NICHT. In der App stand seit 9 Uhr 'Techniker unterwegs', um 13 Uhr plötzlich 'erledigt'. Erledigt wo bitte??",
            "Von 8 bis 12 gewartet, keiner da, kein Anruf. Und jetzt steht der Termin als durchgeführt drin.",
        ],
        "double_charge": [
            "Ihr habt den Care-Plan ZWEIMAL abgebucht, {amt} und nochmal {amt}, am selben Tag. Mein Konto ist jetzt im Minus.",
            "Auf dem Kontoauszug zweimal {amt} für dieselbe Ofenwartung. Ich will mein Geld zurück.",
        ],
        "soot_mess": [
            "Der Techniker hat nichts abgedeckt, der ganze Ruß ist auf das helle Sofa und den Teppich gefallen. Ich habe den Nachmittag geputzt und das Sofa ist trotzdem grau.",
            "Nach dem Kehren war das Wohnzimmer voller Ruß, der Wollteppich ist schwarz. Gesaugt hat keiner.",
        ],
        "refund": [
            "Ich habe vor DREI Wochen storniert und die Erstattung von {amt} ist immer noch nicht da. Es hieß 5 Werktage.",
            "Seit Anfang des Monats warte ich auf {amt} Erstattung. Jetzt reichts.",
        ],
        "no_certificate": [
            "Die Versicherung will das Kehrprotokoll und in der App steht seit 10 Tagen 'in Bearbeitung'. Wenn es brennt, bin ich nicht versichert!",
            "Dreimal nach dem Protokoll gefragt, gekehrt wurde am 3., bis heute nichts. Der Vermieter macht Druck.",
        ],
        "wrong_price": [
            "Ich bin im Care-Plan und mir wurde der normale Preis berechnet, {amt}. Wofür zahle ich den Plan eigentlich?",
            "Die Wartung hat {amt} gekostet, mit Care-Plan müsste das deutlich weniger sein. Bitte korrigieren.",
        ],
    },
    "en": {
        "no_show": [
            "Took the morning off for the sweep and NOBODY turned up. App said 'sweep on the way' from 9, then at 1pm 'visit completed'. Completed where??"
        ],
        "double_charge": [
            "You've taken the Care plan TWICE, {amt} and {amt}, same day. My account's overdrawn because of it."
        ],
        "soot_mess": [
            "Your sweep didn't put a single dust sheet down, soot all over the cream sofa and the rug. Spent all afternoon cleaning and the sofa's still grey."
        ],
        "refund": [
            "Cancelled THREE weeks ago and the {amt} refund still hasn't come. You said 5 working days."
        ],
        "no_certificate": [
            "Insurer wants the sweep certificate and the app has said 'processing' for 10 days. If there's a fire I'm not covered!"
        ],
        "wrong_price": [
            "I'm on the Care plan and got charged full price, {amt}. What am I paying the plan for?"
        ],
    },
    "fr": {
        "no_show": [
            "J'ai posé ma matinée pour le ramonage et PERSONNE n'est venu. L'app affichait 'technicien en route' depuis 9h, puis 'intervention terminée' à 13h. Terminée où ??"
        ],
        "double_charge": [
            "Vous avez prélevé le forfait Care DEUX fois, {amt} et {amt}, le même jour. Je suis à découvert."
        ],
        "soot_mess": [
            "Le technicien n'a rien protégé, la suie est tombée sur le canapé clair et le tapis. J'ai nettoyé tout l'après-midi, le canapé est resté gris."
        ],
        "refund": [
            "J'ai annulé il y a TROIS semaines et toujours pas de remboursement de {amt}. On m'avait dit 5 jours ouvrés."
        ],
        "no_certificate": [
            "L'assurance exige le certificat de ramonage et l'app affiche 'en cours' depuis 10 jours. En cas d'incendie je ne suis pas couverte !"
        ],
        "wrong_price": [
            "Je suis abonnée Care et on m'a facturé le plein tarif, {amt}. À quoi sert l'abonnement ?"
        ],
    },
    "it": {
        "no_show": [
            "Ho preso la mattina di permesso per lo spazzacamino e NON è venuto NESSUNO. L'app diceva 'tecnico in arrivo' dalle 9, alle 13 'intervento completato'. Completato dove??"
        ],
        "double_charge": [
            "Mi avete addebitato il piano Care DUE volte, {amt} e {amt}, lo stesso giorno. Sono in rosso."
        ],
        "soot_mess": [
            "Il tecnico non ha coperto niente, la fuliggine è finita sul divano chiaro e sul tappeto. Ho pulito tutto il pomeriggio e il divano è ancora grigio."
        ],
        "refund": [
            "Ho annullato TRE settimane fa e il rimborso di {amt} non è ancora arrivato. Avevate detto 5 giorni lavorativi."
        ],
        "no_certificate": [
            "L'assicurazione vuole il certificato e l'app dice 'in elaborazione' da 10 giorni. Se prende fuoco non sono coperta!"
        ],
        "wrong_price": [
            "Sono cliente Care e mi avete fatto pagare il prezzo pieno, {amt}. A cosa serve il piano?"
        ],
    },
    "es": {
        "no_show": [
            "Pedí la mañana libre para la limpieza y NO VINO NADIE. La app ponía 'técnico en camino' desde las 9 y a las 13h 'visita completada'. ¿Completada dónde??"
        ],
        "double_charge": [
            "Me habéis cobrado el plan Care DOS veces, {amt} y {amt}, el mismo día. Estoy en números rojos."
        ],
        "soot_mess": [
            "El técnico no tapó nada y el hollín cayó en el sofá blanco y la alfombra. Toda la tarde limpiando y el sofá sigue gris."
        ],
        "refund": [
            "Cancelé hace TRES semanas y el reembolso de {amt} sigue sin llegar. Dijisteis 5 días hábiles."
        ],
        "no_certificate": [
            "El seguro me pide el certificado y la app pone 'en proceso' desde hace 10 días. ¡Si hay un incendio no estoy cubierta!"
        ],
        "wrong_price": [
            "Soy del plan Care y me cobrasteis tarifa normal, {amt}. ¿Para qué pago el plan?"
        ],
    },
}

ANGER_TAIL = {
    "pt": ["Isto é uma vergonha.", "Estou FARTA.", "Resolvam isto HOJE.", "Inacreditável."],
    "de": [
        "Unmöglich.",
        "JETZT REICHTS.",
        "Ich erwarte heute noch eine Antwort.",
        "Echt nicht zu fassen.",
    ],
    "en": ["Absolute joke.", "Sort it out TODAY."],
    "fr": ["C'est inadmissible.", "J'attends une réponse AUJOURD'HUI."],
    "it": ["Vergognoso.", "Voglio una risposta OGGI."],
    "es": ["Una vergüenza.", "YA ESTÁ BIEN."],
}

LONG_OPEN = {
    "pt": [
        "Boa tarde,\n\nescrevo-vos do carro, à porta da natação dos miúdos, porque em casa não tenho um minuto: a minha sogra está connosco desde a operação à anca e estamos a preparar a casa para o inverno dela. Foi precisamente por ela que marquei convosco, porque ela passa o dia ao pé da lareira.\n\n",
        "Caros senhores,\n\nsou cliente há três invernos e nunca tive razão de queixa, por isso custa-me escrever isto. Trabalho por turnos no hospital e organizei a semana toda à volta desta visita.\n\n",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst gerade keine ruhige Minute habe: Wir bauen das alte Haus meiner Großmutter um, und der Kachelofen ist das Einzige, was dort im Moment heizt.\n\n",
        "Hallo,\n\nich bin seit drei Jahren Kundin und war immer zufrieden, deshalb fällt mir diese Mail nicht leicht. Ich arbeite im Schichtdienst und habe die ganze Woche um diesen Termin herum geplant.\n\n",
    ],
}

LONG_CLOSE = {
    "pt": [
        "\n\nPeço que me liguem ainda hoje. Não quero ter de ir para outra empresa depois de tantos anos.\n\nCumprimentos",
        "\n\nAguardo resposta. Obrigada pela atenção, apesar de tudo.\n\n",
    ],
    "de": [
        "\n\nIch bitte um einen Rückruf noch heute. Nach all den Jahren möchte ich ungern wechseln.\n\nMit freundlichen Grüßen",
        "\n\nIch erwarte Ihre Antwort. Danke trotzdem fürs Lesen.\n\n",
    ],
}

COMPLAINT_SUBJECT = {
    "pt": "Reclamação: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "es": "Reclamación: ",
}
RE_SUBJECT = {
    "pt": "RE: Processo ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Dossier ",
    "it": "R: Pratica ",
    "es": "RE: Incidencia ",
}

CASE_OPENED = {
    "pt": "Olá {first},\n\nlamentamos muito. Abrimos o processo {ref} e a equipa vai analisar hoje mesmo. Entraremos em contacto.\n\nEquipa Cinerva",
    "de": "Hallo {first},\n\ndas tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und kümmern uns heute darum.\n\nIhr Cinerva-Team",
    "en": "Hi {first},\n\nreally sorry about this. We've opened case {ref} and the team is looking at it today.\n\nThe Cinerva team",
    "fr": "Bonjour {first},\n\nnous sommes désolés. Le dossier {ref} est ouvert, l'équipe s'en occupe aujourd'hui.\n\nL'équipe Cinerva",
    "it": "Ciao {first},\n\nci dispiace molto. Abbiamo aperto la pratica {ref} e ce ne occupiamo oggi.\n\nIl team Cinerva",
    "es": "Hola {first},\n\nlo sentimos mucho. Hemos abierto la incidencia {ref} y el equipo la revisa hoy.\n\nEl equipo de Cinerva",
}

CHAT_CASE = {
    "pt": "Lamento imenso. Abri o processo {ref}, vai receber novidades por email.",
    "de": "Das tut mir leid. Ich habe den Vorgang {ref} angelegt, Sie hören per Mail von uns.",
    "en": "So sorry. I've opened case {ref}, you'll hear from us by email.",
    "fr": "Désolé. J'ai ouvert le dossier {ref}, vous aurez des nouvelles par mail.",
    "it": "Mi dispiace. Ho aperto la pratica {ref}, riceverà aggiornamenti via mail.",
    "es": "Lo siento mucho. He abierto la incidencia {ref}, te escribimos por correo.",
}

CHAT_URGENT = {
    "pt": "Acrescentei ao processo {ref} e marquei como urgente.",
    "de": "Ich habe es zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "en": "Added to case {ref} and marked urgent.",
    "fr": "Ajouté au dossier {ref}, marqué urgent.",
    "it": "Aggiunto alla pratica {ref}, segnata come urgente.",
    "es": "Lo he añadido a la incidencia {ref} y marcado como urgente.",
}

QUALITY_LEAD = {
    "pt": "Olá {first},\n\no seu processo {ref} está agora com a nossa responsável de qualidade, que lhe vai ligar antes de sexta-feira à hora de almoço.\n\nEquipa Cinerva",
    "de": "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\nIhr Cinerva-Team",
    "en": "Hi {first},\n\nyour case {ref} is now with our quality lead, who will ring you before Friday lunchtime.\n\nThe Cinerva team",
    "fr": "Bonjour {first},\n\nvotre dossier {ref} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.\n\nL'équipe Cinerva",
    "it": "Ciao {first},\n\nla sua pratica {ref} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n\nIl team Cinerva",
    "es": "Hola {first},\n\ntu incidencia {ref} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\nEl equipo de Cinerva",
}

GOOD_NEWS = {
    "pt": "Olá {first},\n\nboas notícias sobre o processo {ref}: já está resolvido do nosso lado. Pode confirmar que está tudo bem?\n\nEquipa Cinerva",
    "de": "Hallo {first},\n\ngute Nachrichten zum Vorgang {ref}: Auf unserer Seite ist alles erledigt. Können Sie bestätigen, dass es passt?\n\nIhr Cinerva-Team",
    "en": "Hi {first},\n\ngood news on case {ref}: it's sorted our end. Could you confirm all is well?\n\nThe Cinerva team",
    "fr": "Bonjour {first},\n\nbonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous confirmer ?\n\nL'équipe Cinerva",
    "it": "Ciao {first},\n\nbuone notizie sulla pratica {ref}: da parte nostra è risolta. Può confermare?\n\nIl team Cinerva",
    "es": "Hola {first},\n\nbuenas noticias sobre la incidencia {ref}: está resuelta. ¿Nos confirmas que todo bien?\n\nEl equipo de Cinerva",
}

CONFIRM = {
    "pt": [
        "Confirmo, processo {ref} resolvido, já está tudo certo. Obrigada!",
        "sim está resolvido ({ref}), obg",
    ],
    "de": [
        "Bestätige, Vorgang {ref} ist erledigt, alles gut. Danke!",
        "ja passt jetzt ({ref}), danke",
    ],
    "en": ["Confirmed, case {ref} sorted. Thanks!"],
    "fr": ["Je confirme, dossier {ref} réglé. Merci !"],
    "it": ["Confermo, pratica {ref} risolta. Grazie!"],
    "es": ["Confirmado, incidencia {ref} resuelta. ¡Gracias!"],
}

STILL_OPEN = {
    "pt": [
        "Processo {ref}: continua tudo na mesma. Ninguém me disse nada. {core_short}",
        "Volto a escrever sobre o {ref}. AINDA não está resolvido.",
    ],
    "de": [
        "Vorgang {ref}: Es hat sich NICHTS getan. Niemand meldet sich. {core_short}",
        "Ich schreibe wieder wegen {ref}. Immer noch nicht gelöst.",
    ],
    "en": ["Case {ref}: still nothing. Nobody's been in touch. {core_short}"],
    "fr": ["Dossier {ref} : toujours rien. Personne ne m'a recontactée. {core_short}"],
    "it": ["Pratica {ref}: ancora niente. Nessuno mi ha richiamata. {core_short}"],
    "es": ["Incidencia {ref}: sigue todo igual. Nadie me ha dicho nada. {core_short}"],
}

THIRD = {
    "pt": [
        "Terceira vez que escrevo ({ref}). Uma colega usa a {c} e resolvem estas coisas no próprio dia.",
        "É a terceira vez por causa do {ref}. Já fui ver quanto a {c} cobra.",
    ],
    "de": [
        "Zum dritten Mal wegen {ref}. Eine Kollegin ist bei {c}, da wird so was am selben Tag geklärt.",
        "Dritte Nachricht zu {ref}. Ich habe mir schon die Preise von {c} angeschaut.",
    ],
    "en": ["Third time about {ref}. A mate uses {c} and they fix this stuff the same day."],
    "fr": [
        "Troisième fois pour le dossier {ref}. Une collègue est chez {c}, eux règlent ça dans la journée."
    ],
    "it": ["Terza volta per la pratica {ref}. Una collega usa {c} e risolvono in giornata."],
    "es": ["Tercera vez por la incidencia {ref}. He mirado lo que cobra {c}."],
}

FOURTH = {
    "pt": "QUARTA vez. Processo {ref}. Continua por resolver. Alguém lê isto?",
    "de": "Zum VIERTEN Mal: Vorgang {ref}, immer noch offen. Liest das überhaupt jemand?",
    "en": "FOURTH time. Case {ref}. Still open. Does anyone read these?",
    "fr": "QUATRIÈME fois. Dossier {ref}. Toujours ouvert.",
    "it": "QUARTA volta. Pratica {ref}. Ancora aperta.",
    "es": "CUARTA vez. Incidencia {ref}. Sigue abierta.",
}

APOLOGY = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo irritada. Obrigada por terem tratado disto.",
        "desculpem ontem, dia péssimo. obg pela ajuda",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war echt geladen. Danke, dass ihr euch drum kümmert.",
        "Entschuldigung wegen gestern, mieser Tag. Danke für die Hilfe",
    ],
    "en": ["Sorry for the rant yesterday, bad day. Thanks for sorting it."],
    "fr": ["Désolée pour mon ton d'hier, journée horrible. Merci."],
    "it": ["Scusate per ieri, giornata pessima. Grazie"],
    "es": ["Perdón por el tono de ayer, mal día. Gracias"],
}

LOW_CSAT_WORD = {
    "pt": ["mau", "", "péssimo"],
    "de": ["schlecht", "", "mies"],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
}

# --- the slide (six steps; amounts fixed per language) ----------------------

SLIDE = {
    "pt": [
        "O técnico da {b} chegou com três horas de atraso e sem avisar. Acontece, mas liguem.",
        "Desta vez a escova parecia gasta e o aspirador sem força, ficou pó na soleira da lareira.",
        "Agora a {b} quer que eu tire foto da lareira antes E depois da visita, senão não aceitam reclamações. A sério?",
        "A marcação passou de 2 dias para 2 semanas de espera. Em pleno inverno.",
        "Cobraram-me 35 € de 'deslocação extra' porque a minha rua é 'de difícil acesso'. Moro aqui há 20 anos e o camião do lixo passa todos os dias. Ridículo.",
        "O meu cunhado usa a {c} e marquei lá a limpeza de sábado. Vamos ver.",
    ],
    "de": [
        "Der Techniker von {b} kam drei Stunden zu spät, ohne Anruf. Kann passieren, aber meldet euch doch.",
        "Diesmal sah die Bürste abgenutzt aus und der Sauger hatte kaum Zug, Asche blieb auf dem Sims.",
        "Jetzt will {b}, dass ich vor UND nach jedem Termin den Ofen fotografiere, sonst keine Reklamation. Echt jetzt?",
        "Wartezeit für einen Termin von 2 Tagen auf 2 Wochen. Mitten im Winter.",
        "35 € 'Anfahrtszuschlag', weil meine Straße 'schwer erreichbar' sei. Die Müllabfuhr kommt hier jeden Tag durch. Lächerlich.",
        "Mein Schwager ist bei {c}, ich habe den Termin für Samstag dort gebucht. Mal sehen.",
    ],
    "en": [
        "{b} sweep turned up three hours late, no call. Happens, but ring me.",
        "Brush looked worn this time and the vacuum had no suction, ash left on the hearth.",
        "Now {b} want photos of the fireplace before AND after every visit or no complaints accepted. Really?",
        "Wait for a slot has gone from 2 days to 2 weeks. In winter.",
        "£30 'access surcharge' because my road is 'hard to reach'. The bin lorry manages daily. Ridiculous.",
        "My brother-in-law uses {c}, booked Saturday's sweep with them. We'll see.",
    ],
    "fr": [
        "Le technicien {b} est arrivé avec trois heures de retard, sans appeler. Ça arrive, mais prévenez.",
        "Cette fois la brosse avait l'air usée et l'aspirateur sans force, il restait de la cendre sur l'âtre.",
        "Maintenant {b} exige des photos de la cheminée avant ET après, sinon pas de réclamation. Sérieusement ?",
        "Délai pour un rendez-vous passé de 2 jours à 2 semaines. En plein hiver.",
        "35 € de 'supplément d'accès' parce que ma rue serait 'difficile d'accès'. Le camion poubelle y passe tous les jours. Ridicule.",
        "Mon beau-frère est chez {c}, j'ai réservé samedi chez eux. On verra.",
    ],
    "it": [
        "Il tecnico di {b} è arrivato con tre ore di ritardo senza avvisare. Capita, ma chiamate.",
        "Stavolta lo scovolo sembrava consumato e l'aspiratore senza forza, cenere rimasta sul piano.",
        "Adesso {b} vuole le foto del camino prima E dopo, altrimenti niente reclami. Davvero?",
        "Attesa per un appuntamento passata da 2 giorni a 2 settimane. In pieno inverno.",
        "35 € di 'supplemento accesso' perché la mia via sarebbe 'difficile'. Il camion dei rifiuti ci passa ogni giorno. Ridicolo.",
        "Mio cognato usa {c}, ho prenotato sabato da loro. Vedremo.",
    ],
    "es": [
        "El técnico de {b} llegó tres horas tarde y sin avisar. Pasa, pero llamad.",
        "Esta vez el cepillo estaba gastado y el aspirador sin fuerza, quedó ceniza en el hogar.",
        "Ahora {b} pide fotos de la chimenea antes Y después, si no, no aceptan reclamaciones. ¿En serio?",
        "La espera para una cita ha pasado de 2 días a 2 semanas. En pleno invierno.",
        "35 € de 'suplemento de acceso' porque mi calle es 'de difícil acceso'. El camión de la basura pasa a diario. Ridículo.",
        "Mi cuñado va con {c}, he reservado el sábado con ellos. Ya veremos.",
    ],
}

CANCEL_ASK = {
    "pt": [
        "Olá, trocámos a lareira por uma bomba de calor este verão, já não preciso do plano. Quero cancelar o Cinerva Care e fechar a conta, por favor.",
        "Boa tarde, vamos mudar para um apartamento sem lareira. Pretendo cancelar o plano Care e encerrar a conta.",
    ],
    "de": [
        "Hallo, wir haben den Ofen ausgebaut und eine Wärmepumpe eingebaut. Bitte Care-Plan kündigen und Konto schließen.",
        "Guten Tag, wir ziehen in eine Wohnung ohne Kamin. Ich möchte den Care-Plan kündigen und das Konto schließen.",
    ],
    "en": [
        "Hi, we've had the stove taken out for a heat pump. Please cancel my Care plan and close the account."
    ],
    "fr": [
        "Bonjour, nous déménageons dans un appartement sans cheminée. Je souhaite résilier Care et fermer le compte."
    ],
    "it": [
        "Buongiorno, abbiamo tolto la stufa per una pompa di calore. Vorrei disdire il piano Care e chiudere l'account."
    ],
    "es": [
        "Hola, nos mudamos a un piso sin chimenea. Quiero cancelar el plan Care y cerrar la cuenta."
    ],
}

SORRY_GO = {
    "pt": "Olá {first},\n\nlamentamos vê-la partir. Pode cancelar o plano na app ou no site, em Conta > Plano.\n\nEquipa Cinerva",
    "de": "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Plan in der App oder auf der Website unter Konto > Plan kündigen.\n\nIhr Cinerva-Team",
    "en": "Hi {first},\n\nsorry to see you go. You can cancel in the app or on the website under Account > Plan.\n\nThe Cinerva team",
    "fr": "Bonjour {first},\n\ndésolés de vous voir partir. Résiliation dans l'app ou sur le site, Compte > Abonnement.\n\nL'équipe Cinerva",
    "it": "Ciao {first},\n\nci dispiace vederla andare via. Può disdire dall'app o dal sito, Account > Piano.\n\nIl team Cinerva",
    "es": "Hola {first},\n\nsentimos que te vayas. Puedes cancelar en la app o en la web, Cuenta > Plan.\n\nEl equipo de Cinerva",
}

GRUMBLE = {
    "pt": [
        "A app da {b} faz logout TODAS as vezes. Todas.",
        "Mensagem às 7h da manhã a dizer 'o seu técnico chega entre as 8 e as 12'. Obrigadinha.",
        "Mais uma vez o certificado em inglês. Estamos em Portugal.",
        "Janela de 4 horas para uma limpeza de 40 minutos, francamente",
        "Ninguém avisa quando mudam a hora da visita",
    ],
    "de": [
        "Die App von {b} loggt mich JEDES Mal aus. Jedes. Mal.",
        "SMS um 7 Uhr morgens: 'Ihr Techniker kommt zwischen 8 und 12'. Danke auch.",
        "4-Stunden-Zeitfenster für 40 Minuten Arbeit, ernsthaft",
        "Keine Info, wenn sich die Uhrzeit ändert. Wie immer.",
        "Die Hotline-Warteschleife spielt seit Jahren dasselbe Lied",
    ],
    "en": [
        "The {b} app logs me out EVERY time.",
        "4-hour window for a 40 minute job, honestly",
        "Text at 7am saying 'sweep between 8 and 12'. Thanks.",
    ],
    "fr": [
        "L'app {b} me déconnecte À CHAQUE fois.",
        "Créneau de 4h pour 40 min de travail, franchement",
        "SMS à 7h du matin. Merci.",
    ],
    "it": [
        "L'app di {b} mi disconnette OGNI volta.",
        "Fascia di 4 ore per 40 minuti di lavoro, dai",
        "SMS alle 7 di mattina. Grazie.",
    ],
    "es": [
        "La app de {b} me echa CADA vez.",
        "Franja de 4 horas para 40 minutos de trabajo, en serio",
        "SMS a las 7 de la mañana. Gracias.",
    ],
}

SARCASM = {
    "pt": [
        "Técnico 'pontual' da {b}: chegou às 19h40, mesmo a tempo de jantarmos com cheiro a fuligem 👏",
        "Adoro quando a {b} me lembra a visita DEPOIS de ela acontecer 😂",
    ],
    "de": [
        "Danke {b} für den 'pünktlichen' Kehrer um 19:40, gerade rechtzeitig zum Abendessen mit Rußgeruch 👏",
        "Erinnerungs-SMS von {b} kam schön NACH dem Termin 😂",
    ],
    "en": ["Love a 'punctual' {b} sweep at 7:40pm, just in time for tea with soot 👏"],
    "fr": ["Merci {b} pour le ramoneur 'ponctuel' à 19h40, pile pour le dîner à la suie 👏"],
    "it": [
        "Grazie {b} per lo spazzacamino 'puntuale' alle 19:40, giusto per cena alla fuliggine 👏"
    ],
    "es": [
        "Gracias {b} por el técnico 'puntual' a las 19:40, justo para cenar con olor a hollín 👏"
    ],
}

MILD = {
    "pt": [
        (
            "A pesquisa de técnicos mostra-me o Porto e eu moro em Faro",
            "Obrigado pelo aviso, já corrigimos a sua zona. Boa tarde!",
        ),
        (
            "as notificações vêm em alemão, não sei porquê",
            "Lamentamos, já mudámos o idioma da sua conta.",
        ),
    ],
    "de": [
        (
            "Die Suche zeigt mir Techniker in Graz, ich wohne in Linz",
            "Danke für den Hinweis, wir haben Ihre Region korrigiert.",
        ),
        (
            "Benachrichtigungen kommen auf Portugiesisch?",
            "Entschuldigung, die Sprache ist jetzt korrigiert.",
        ),
    ],
    "en": [
        ("app keeps showing me sweeps in Cork, I'm in Galway", "Thanks, we've fixed your area.")
    ],
    "fr": [("les notifications arrivent en italien ?", "Désolés, la langue est corrigée.")],
    "it": [
        ("la ricerca mi mostra tecnici a Torino, abito a Bari", "Grazie, abbiamo corretto la zona.")
    ],
    "es": [("las notificaciones me llegan en francés", "Perdona, ya está corregido el idioma.")],
}

ACK_FORM = {
    "pt": "Obrigado pela mensagem, já a registámos. Equipa Cinerva",
    "de": "Danke für Ihre Nachricht, wir haben sie aufgenommen. Ihr Cinerva-Team",
    "en": "Thanks for your message, we've logged it. The Cinerva team",
    "fr": "Merci pour votre message, c'est noté. L'équipe Cinerva",
    "it": "Grazie per il messaggio, l'abbiamo registrato. Il team Cinerva",
    "es": "Gracias por tu mensaje, queda registrado. El equipo de Cinerva",
}

# --- the spike ----------------------------------------------------------------

SPIKE_CODE = "KQ-0x9E"

SPIKE_REPORT = {
    "pt": [
        "A app da {b} diz que a minha chaminé tem 90 metros!! É uma moradia de dois pisos. Não deixa marcar nada, 'conduta industrial, contacte um especialista' erro {code}",
        "Alguém mais? Orçamento de limpeza: 'altura da conduta 70 m, chaminé industrial', erro {code}. Tenho uma salamandra numa casa térrea 😂😡",
        "não consigo marcar a limpeza, a app diz que a chaminé é industrial e dá erro KQ 0x9E. sábado de manhã era o único dia que podia",
    ],
    "de": [
        "Die {b} App behauptet, mein Schornstein sei 110 Meter hoch und ein 'Industrieschornstein'. Reihenhaus, zwei Stockwerke. Fehler {code}, kein Termin buchbar",
        "Bei euch auch? Jeder Kamin wird als Industrieschlot angezeigt, Höhe mal zehn, Fehler {code}. Buchen unmöglich.",
        "kann keinen kehrtermin buchen, app sagt 'Industrieanlage, Fachbetrieb kontaktieren' code kq-0x9e. WAS?",
    ],
    "en": [
        "{b} app thinks my terrace has an 80 metre industrial chimney, won't let me book, error {code}"
    ],
    "fr": [
        "L'app {b} dit que ma cheminée fait 90 m, 'conduit industriel', erreur {code}. Impossible de réserver."
    ],
    "it": [
        "L'app di {b} dice che il mio camino è alto 100 metri, 'canna industriale', errore {code}. Non si può prenotare"
    ],
    "es": [
        "La app de {b} dice que mi chimenea mide 90 metros, 'chimenea industrial', error {code}. No deja reservar"
    ],
}

SPIKE_REPEAT = {
    "pt": [
        "Continua, agora no telemóvel do meu marido também: {code}, chaminé 'industrial'.",
        "Ainda {code}. Tentei no site e dá o mesmo.",
    ],
    "de": [
        "Immer noch {code}, jetzt auch am Handy meiner Frau. 'Industrieschornstein'.",
        "Auch über die Website: {code}. Geht immer noch nicht.",
    ],
    "en": ["Still {code}, tried the website too, same thing."],
    "fr": ["Toujours {code}, même sur le site."],
    "it": ["Ancora {code}, anche dal sito."],
    "es": ["Sigue el {code}, también en la web."],
}

SPIKE_CHAT_ANSWER = {
    "pt": "Sim, neste momento a app está a calcular mal a altura das chaminés e não deixa marcar. Os engenheiros já estão a tratar.",
    "de": "Ja, die App berechnet gerade die Schornsteinhöhen falsch und lässt keine Buchung zu. Unsere Technik ist dran.",
    "en": "Yes, the app is miscalculating chimney heights right now and blocking bookings. Engineers are on it.",
    "fr": "Oui, l'app calcule mal la hauteur des conduits en ce moment. Nos équipes s'en occupent.",
    "it": "Sì, in questo momento l'app calcola male l'altezza dei camini. I tecnici ci stanno lavorando.",
    "es": "Sí, ahora mismo la app calcula mal la altura de las chimeneas. Los técnicos están en ello.",
}

SPIKE_FIXED = {
    "pt": "Olá {first},\n\na marcação funciona de novo desde as {t}. Pedimos desculpa: a sua próxima limpeza tem {amt} de desconto, já na conta.\n\nEquipa Cinerva",
    "de": "Hallo {first},\n\nBuchungen funktionieren wieder seit {t} Uhr. Entschuldigung: {amt} Gutschrift für Ihren nächsten Termin ist im Konto.\n\nIhr Cinerva-Team",
    "en": "Hi {first},\n\nbooking works again since {t}. Sorry: {amt} credit for your next visit is on your account.\n\nThe Cinerva team",
    "fr": "Bonjour {first},\n\nla réservation refonctionne depuis {t}. Désolés : {amt} de crédit sur votre compte.\n\nL'équipe Cinerva",
    "it": "Ciao {first},\n\nle prenotazioni funzionano di nuovo dalle {t}. Scusate: {amt} di credito sul suo account.\n\nIl team Cinerva",
    "es": "Hola {first},\n\nlas reservas funcionan de nuevo desde las {t}. Perdón: {amt} de crédito en tu cuenta.\n\nEl equipo de Cinerva",
}

SPIKE_DAY_GRUMBLE = {
    "pt": ("o mapa das zonas demora imenso a carregar hoje", "Obrigado, estamos a ver isso."),
    "de": ("Die Gebietskarte lädt heute ewig", "Danke, schauen wir uns an."),
}

LONE_Q = {
    "pt": (
        "Ontem à noite o orçamento mostrou a altura da chaminé em pés em vez de metros, depois voltou ao normal. Amanhã marco sem problema?",
        "Às vezes a app mostra pés se o telemóvel estiver em inglês; a marcação funciona normalmente.",
    ),
    "de": (
        "Gestern Abend stand die Kaminhöhe kurz in Fuß statt Meter, dann wieder normal. Kann ich morgen ganz normal buchen?",
        "Das passiert bei englischer Handysprache, die Buchung klappt ganz normal.",
    ),
}
